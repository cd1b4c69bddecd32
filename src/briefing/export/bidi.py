"""Right-to-left text (Arabic, Hebrew) for the writers: which text needs it, and the order of a line.

The levels and the visual order come from python-bidi's implementation of the Unicode Bidirectional
Algorithm (UAX #9: rules W1-W7, N1-N2, I1-I2 and L1-L2), for one paragraph without explicit
embeddings. Explicit embedding, override and isolate controls are kept in the text but, like BN
characters, take the level of the character before them (X9 as the standard's implementation notes
allow); bracket pairs (N0) are left to the neutral rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, TypeVar
from unicodedata import bidirectional

from bidi import algorithm

# Scripts written right to left (strong R or AL): Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan,
# Mandaic and their presentation forms.
RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]")
# Text a font must shape (joining, reordering, marks): the right-to-left scripts above, and the
# scripts of South and South-East Asia and Tibet.
COMPLEX = re.compile(
    "[\u0590-\u08ff\u0900-\u0dff\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff\ufb1d-\ufdff\ufe70-\ufefc"
    "\U00010800-\U00010fff\U0001e800-\U0001efff]"
)

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
    storage = algorithm.get_empty_storage()
    storage["base_level"] = base
    storage["base_dir"] = "R" if base % 2 else "L"
    algorithm.get_embedding_levels(text, storage)
    chars = list(storage["chars"])  # one entry per character: the library drops the X9 ones from its list
    for char in chars:
        if char["type"] in _IGNORED:
            char["type"] = char["orig"] = "BN"  # removed by X9; reset at the end of the line by L1
        elif not char["type"]:
            char["type"] = "L"  # an unassigned code point
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    # X9: the ignored characters take the level before them, before L1 sees the whole line
    previous = base
    for char in chars:
        if char["orig"] == "BN":
            char["level"] = previous
        else:
            previous = char["level"]
    storage["chars"] = list(chars)
    algorithm.reorder_resolved_levels(storage, False)  # L1 sets the levels; its L2 reorders its own list
    return [char["level"] for char in chars]


T = TypeVar("T")


def reorder(runs: Sequence[tuple[int, T]]) -> list[tuple[int, T]]:
    """Runs of one line (level, run) from logical to visual order (rule L2): from the highest level
    down to the lowest odd one, every stretch of runs at that level or higher is reversed.

    A run's own characters are not reversed here: the shaper sets an odd-level run right to left."""
    items: list[dict[str, Any]] = [{"level": level, "run": run} for level, run in runs]
    if items:
        highest = max(level for level, _ in runs)
        lowest_odd = min((level for level, _ in runs if level % 2), default=highest + 1)
        algorithm.reverse_contiguous_sequence(items, 0, len(items) - 1, highest, lowest_odd)
    return [(item["level"], item["run"]) for item in items]
