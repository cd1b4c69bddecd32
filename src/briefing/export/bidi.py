"""Right-to-left text (Arabic, Hebrew) for the writers: which text needs it, and the order of a line.

The levels follow the Unicode Bidirectional Algorithm (UAX #9) for one paragraph without explicit
embeddings: rules W1-W7, N1-N2, I1-I2 and L1-L2. Explicit embedding, override and isolate controls
are kept in the text but, like BN characters, take the level of the character before them
(X9 as the standard's implementation notes allow); bracket pairs (N0) are left to the neutral rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar
from unicodedata import bidirectional

# Scripts written right to left (strong R or AL): Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan,
# Mandaic and their presentation forms.
RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]")
# Text a font must shape (joining, reordering, marks): the right-to-left scripts above, and the
# scripts of South and South-East Asia and Tibet.
COMPLEX = re.compile(
    "[\u0590-\u08ff\u0900-\u0dff\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff\ufb1d-\ufdff\ufe70-\ufefc"
    "\U00010800-\U00010fff\U0001e800-\U0001efff]"
)

_STRONG = {"L": 0, "R": 1, "AL": 1}
_NEUTRAL = {"B", "S", "WS", "ON"}
_IGNORED = {"BN", "LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"}


def base_level(text: str) -> int:
    """A paragraph's direction: 1 (right to left) when most of its letters are right-to-left ones,
    and on a tie when the first of them is (rule P2). The pack is written in a left-to-right
    language, so a Dutch sentence that opens with an Arabic name stays a left-to-right paragraph."""
    if RTL.search(text) is None:
        return 0
    rtl = ltr = 0
    first = None
    for ch in text:
        kind = bidirectional(ch)
        if kind == "L":
            ltr += 1
        elif kind in ("R", "AL"):
            rtl += 1
        else:
            continue
        if first is None:
            first = kind
    if rtl != ltr:
        return int(rtl > ltr)
    return int(first != "L")


def levels(text: str, base: int) -> list[int]:
    """The embedding level of each character of one line, in a paragraph of direction ``base``."""
    kept = [i for i, ch in enumerate(text) if bidirectional(ch) not in _IGNORED]
    types = [bidirectional(text[i]) or "L" for i in kept]
    n = len(types)
    sos = "R" if base % 2 else "L"
    # W1: a non-spacing mark takes the type of the character before it
    for i in range(n):
        if types[i] == "NSM":
            types[i] = types[i - 1] if i else sos
    # W2 and W3: European digits after Arabic letters are Arabic numbers; AL is R
    last = sos
    for i in range(n):
        t = types[i]
        if t in ("L", "R", "AL"):
            last = t
        elif t == "EN" and last == "AL":
            types[i] = "AN"
    types = ["R" if t == "AL" else t for t in types]
    # W4: one separator between two numbers of the same kind joins them
    for i in range(1, n - 1):
        t, before, after = types[i], types[i - 1], types[i + 1]
        if t == "ES" and before == after == "EN":
            types[i] = "EN"
        elif t == "CS" and before == after and before in ("EN", "AN"):
            types[i] = before
    # W5: terminators (%, currency) next to European digits are European digits
    i = 0
    while i < n:
        if types[i] == "ET":
            j = i
            while j < n and types[j] == "ET":
                j += 1
            if (i and types[i - 1] == "EN") or (j < n and types[j] == "EN"):
                types[i:j] = ["EN"] * (j - i)
            i = j
        else:
            i += 1
    # W6: the separators and terminators left are neutral
    types = ["ON" if t in ("ES", "ET", "CS") else t for t in types]
    # W7: European digits after left-to-right text are left-to-right
    last = sos
    for i in range(n):
        t = types[i]
        if t in ("L", "R"):
            last = t
        elif t == "EN" and last == "L":
            types[i] = "L"
    # N1 and N2: neutrals between two of the same direction take it, the others the paragraph's
    i = 0
    while i < n:
        if types[i] in _NEUTRAL:
            j = i
            while j < n and types[j] in _NEUTRAL:
                j += 1
            before = sos if i == 0 else ("L" if types[i - 1] == "L" else "R")
            after = sos if j == n else ("L" if types[j] == "L" else "R")
            types[i:j] = [before if before == after else sos] * (j - i)
            i = j
        else:
            i += 1
    # I1 and I2
    out = [base] * len(text)
    for index, t in zip(kept, types, strict=True):
        if base % 2 == 0:
            out[index] = base + (1 if t == "R" else 2 if t in ("AN", "EN") else 0)
        else:
            out[index] = base + (1 if t in ("L", "EN", "AN") else 0)
    # X9: the ignored characters take the level before them
    previous = base
    kept_set = set(kept)
    for i in range(len(text)):
        if i in kept_set:
            previous = out[i]
        else:
            out[i] = previous
    # L1: separators, and the whitespace before them and at the end of the line, at the paragraph's level
    trailing = True
    for i in range(len(text) - 1, -1, -1):
        kind = bidirectional(text[i])
        if kind in ("S", "B"):
            out[i] = base
            trailing = True
        elif trailing and (kind == "WS" or kind in _IGNORED):
            out[i] = base
        else:
            trailing = False
    return out


T = TypeVar("T")


def reorder(runs: Sequence[tuple[int, T]]) -> list[tuple[int, T]]:
    """Runs of one line (level, run) from logical to visual order (rule L2): from the highest level
    down to the lowest odd one, every stretch of runs at that level or higher is reversed.

    A run's own characters are not reversed here: the shaper sets an odd-level run right to left."""
    out = list(runs)
    if not out:
        return out
    highest = max(level for level, _ in out)
    lowest_odd = min((level for level, _ in out if level % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(out):
            if out[i][0] >= level:
                j = i
                while j < len(out) and out[j][0] >= level:
                    j += 1
                out[i:j] = out[i:j][::-1]
                i = j
            else:
                i += 1
    return out
