"""Cleaning user text before a writer sees it: the characters no document format accepts."""

from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, C1 controls, lone surrogates and the two non-characters
# XML 1.0 forbids. Form feed and vertical tab (pasted from PDFs) become line breaks.
_BAD = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_BREAKS = re.compile("[\x0b\x0c\r\u2028\u2029]")


def clean(text: str) -> str:
    text = _BREAKS.sub("\n", text.replace("\r\n", "\n"))
    return _BAD.sub("", text).replace("\t", " ")
