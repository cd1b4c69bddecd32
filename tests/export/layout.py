"""Layout facts read back from a PDF (poppler's pdftotext -bbox): the lines of each page with their
positions, the page's body (between the running header and footer) and its furniture."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from dataclasses import dataclass

_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


@dataclass(frozen=True)
class Word:
    x0: float
    y0: float  # from the page's top
    x1: float
    y1: float
    text: str


@dataclass(frozen=True)
class Line:
    y: float  # its words' lowest bottom, from the page's top
    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    lines: tuple[Line, ...]

    def body(self, top: float, bottom: float) -> list[Line]:
        """The lines between the header (``top`` points from the top) and the footer (``bottom`` from the foot)."""
        return [line for line in self.lines if top < line.y < self.height - bottom]


def have_pdftotext() -> bool:
    return shutil.which("pdftotext") is not None


def pages(pdf: bytes) -> list[Page]:
    out = subprocess.run(
        ["pdftotext", "-bbox", "-", "-"], input=pdf, capture_output=True, check=True, timeout=60
    ).stdout.decode("utf-8")
    result = []
    for width, height, body in _PAGE.findall(out):
        words = [
            Word(float(a), float(b), float(c), float(d), html.unescape(t)) for a, b, c, d, t in _WORD.findall(body)
        ]
        result.append(Page(float(width), float(height), tuple(_lines(words))))
    return result


def _lines(words: list[Word]) -> list[Line]:
    """Words on one baseline (within 1.5 pt), left to right; lines top to bottom."""
    rows: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.y1, w.x0)):
        if rows and abs(rows[-1][0].y1 - word.y1) <= 1.5:
            rows[-1].append(word)
        else:
            rows.append([word])
    return [Line(max(w.y1 for w in row), tuple(sorted(row, key=lambda w: w.x0))) for row in rows]
