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
from functools import cache, lru_cache

MIN_PART = 6  # letters kept on either side of a break
_LETTERS = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_WORD = re.compile(rf"([(\[«‹„“‘'\"]*)([{_LETTERS}]+(?:['’][{_LETTERS}]+)*)([)\]»›”’'\".,;:!?…]*)\Z")
_POINTS: dict[tuple[str, str], tuple[int, ...]] = {}


_NO_DIGITS = str.maketrans("", "", "0123456789")


class _Patterns(dict):
    """A dictionary's patterns by their letters, each parsed the first time a word needs it."""

    def get(self, key, default=None):
        value = dict.get(self, key)
        if type(value) is str:
            value = self[key] = _parse(value)
        return default if value is None else value


def _parse(pattern: str) -> tuple[int, tuple[int, ...]] | None:
    """A pattern as Pyphen keeps it: the offset of its first non-zero value, and the values from there."""
    values = [0] * (len(pattern.translate(_NO_DIGITS)) + 1)
    at = 0
    for ch in pattern:
        if "0" <= ch <= "9":
            values[at] = int(ch)
        else:
            at += 1
    if not any(values):
        return None
    start, end = 0, len(values)
    while not values[start]:
        start += 1
    while not values[end - 1]:
        end -= 1
    return start, tuple(values[start:end])


@cache
def _dictionary(lang: str):
    """Pyphen's patterns for a language ("nl", "fr", "en"), or None when it has none.

    Pyphen's own loader parses all of a dictionary's patterns (some 70 ms for Dutch, in a pack
    export of about half a second); this one indexes them, and parses the few that the words
    being hyphenated meet. The words are hyphenated by Pyphen's algorithm (HyphDict.positions)."""
    import pyphen

    name = pyphen.language_fallback(lang) if lang else None
    if not name:
        return None
    path = pyphen.LANGUAGES[name]
    first, _, rest = path.read_bytes().partition(b"\n")
    encoding = first.decode("ascii").strip()
    text = rest.decode("cp1251" if encoding.lower() == "microsoft-cp1251" else encoding)
    if "^^" in text or ("/" in text and "=" in text):
        return pyphen.HyphDict(path)  # hex escapes or non-standard breaks: Pyphen's own loader
    lines = text.split()  # a pattern holds no space: this strips them, and splits the keyword lines
    if "%" in text or "#" in text:  # comment lines: dropped whole
        lines = " ".join(line for line in text.split("\n") if not line.lstrip().startswith(("%", "#"))).split()
    keys = [line.translate(_NO_DIGITS) for line in lines]
    found = pyphen.HyphDict.__new__(pyphen.HyphDict)
    # a line with no digit (a keyword, NEXTLEVEL) or no letter (a keyword's number) is no pattern
    found.patterns = _Patterns({key: line for key, line in zip(keys, lines, strict=True) if key != line and key})
    found.cache = {}
    found.maxlen = max(map(len, found.patterns))
    return found


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
                    start, last = len(match[1]), len(core) - MIN_PART
                    found = tuple(
                        start + p for p in dictionary.positions(core) if MIN_PART <= p <= last and p.data is None
                    )
        _POINTS[key] = found
    return found


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Common short words of one language and not of the other two: enough to tell which of them a text is in.
_COMMON = {
    "nl": _set(
        "het een van voor met op bij niet zijn worden wordt naar ook door aan uit tussen deze dat om tot "
        "heeft hebben wij er maar nog meer onder tegen zal kan moet werd hun wat"
    ),
    "fr": _set(
        "le la les des du une et pour dans sur est au aux par que qui avec sont ont ce cette ces leur "
        "leurs mais plus pas ne nous vous il elle ils entre été être"
    ),
    "en": _set(
        "the and to for with on are by this that from was were be it as at an which their have has not "
        "will can should been its into"
    ),
}
_LANGUAGE_OF = {word: lang for lang, words in _COMMON.items() for word in words}
_WORDS = re.compile(r"[a-zà-öø-ÿ]+")


def language(text: str, default: str, sample: int = 4000) -> str:
    """The language (nl, fr or en) a text is clearly written in, else ``default`` (the pack's).

    The visit's own text need not be in the pack's language (a Dutch programme in a French pack):
    its words are hyphenated by their own language's rules. Only the first ``sample`` characters count."""
    return _language(text[:sample], default)


@lru_cache(maxsize=4096)  # the same paragraphs come back at every refresh of the preview
def _language(text: str, default: str) -> str:
    counts = dict.fromkeys(_COMMON, 0)
    of = _LANGUAGE_OF.get
    for word in _WORDS.findall(text.lower()):
        lang = of(word)
        if lang is not None:
            counts[lang] += 1
    best = max(counts, key=counts.__getitem__)
    if best != default and counts[best] >= 3 and counts[best] >= 2 * counts.get(default, 0):
        return best
    return default


def capitalised(word: str) -> bool:
    """Whether a word starts with a capital (after opening punctuation): a name, or a sentence's first word."""
    for ch in word:
        if ch.isalpha():
            return ch.isupper()
    return False
