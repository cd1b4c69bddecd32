"""Where a long word may be hyphenated at the end of a line, in the pack's language (Pyphen).

Pyphen (LGPL/MPL) ships the LibreOffice hyphenation patterns: Dutch (hyph_nl_NL.dic, LGPL from the
patterns' author; BSD or CC BY 3.0 in LibreOffice's OpenTaal package), French (hyph_fr.dic, LGPL 2.1+)
and English (hyph_en_*.dic, BSD-style). A dictionary is loaded the first time a word needs it.

Only ordinary words are hyphenated: Latin letters (an apostrophe inside, as in "l'organisation", and
punctuation around them allowed), no capital after the first letter, no digit, no "@", "/" or "." inside
(so no URL, e-mail address, number or acronym), and at least MIN_PART letters on either side of a break.
Whether a capitalised word is a name is the caller's decision (see ``capitalised``).
"""

from __future__ import annotations

import re
from functools import cache

MIN_PART = 6  # letters kept on either side of a break
_LETTERS = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_WORD = re.compile(rf"([(\[«‹„“‘'\"]*)([{_LETTERS}]+(?:['’][{_LETTERS}]+)*)([)\]»›”’'\".,;:!?…]*)\Z")
_POINTS: dict[tuple[str, str], tuple[int, ...]] = {}


@cache
def _dictionary(lang: str):
    """Pyphen's patterns for a language ("nl", "fr", "en"), or None when it has none."""
    import pyphen

    name = pyphen.language_fallback(lang) if lang else None
    if not name:
        return None
    return pyphen.Pyphen(lang=name, left=MIN_PART, right=MIN_PART)


def points(lang: str, word: str) -> tuple[int, ...]:
    """The offsets in ``word`` (punctuation included) where it may be broken with a hyphen; cached."""
    key = (lang, word)
    found = _POINTS.get(key)
    if found is None:
        found = ()
        match = _WORD.match(word) if len(word) >= 2 * MIN_PART else None
        if match is not None:
            core = match[2]
            letters = core.replace("'", "").replace("’", "")
            if len(letters) >= 2 * MIN_PART and letters[1:].islower():
                dictionary = _dictionary(lang)
                if dictionary is not None:
                    start = len(match[1])
                    found = tuple(start + p for p in dictionary.positions(core) if p.data is None)
        _POINTS[key] = found
    return found


def capitalised(word: str) -> bool:
    """Whether a word starts with a capital (after opening punctuation): a name, or a sentence's first word."""
    for ch in word:
        if ch.isalpha():
            return ch.isupper()
    return False
