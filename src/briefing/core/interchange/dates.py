"""Publication dates stated in Dutch, French or English text.

Candidates are found by pattern ("Gepubliceerd op 5 maart 2024", "publié le 30 mai 2024",
"Published 31 May 2024", "2024-05-31", "31/05/2024") and read with a table of the month names
of the three languages, day before month; only whole dates (day, month and year) count. A text
in another shape goes to dateparser (in the three languages, day first), once per distinct text:
dateparser takes milliseconds a call, so a long text's many candidates never go there.

Every pattern here runs in time linear in the text (no two adjacent quantifiers can share a
character), so a hostile line of spaces or letters costs no more than reading it.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import cache, lru_cache
from typing import Any

_MONTH_WORD = r"[^\W\d_]{3,10}\.?"
_DATE = (
    r"(?:\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}(?:er|e|st|nd|rd|th)?\.?\s+" + _MONTH_WORD + r",?\s+\d{4}"
    r"|" + _MONTH_WORD + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{4})"
)
_STATED = re.compile(
    r"(?:gepubliceerd(?:\s+op)?|gepost\s+op|verschenen\s+op|laatst\s+bijgewerkt(?:\s+op)?|bijgewerkt\s+op"
    r"|publi[ée]e?\s+le|mis\s+en\s+ligne\s+le|mise\s+[àa]\s+jour\s+le|mis\s+[àa]\s+jour\s+le"
    r"|published(?:\s+on)?|posted(?:\s+on)?|updated(?:\s+on)?|last\s+updated(?:\s+on)?"
    r"|datum|date)\s*(?::\s*)?(?:(?:le|op|on|de)\s+)?(?:[^\W\d_]+\s+)?(" + _DATE + ")",
    re.IGNORECASE,
)
DATE_PATTERN = _DATE
_ALONE = re.compile(r"^\s*(?:[^\W\d_]+\s+)?(" + _DATE + r")\s*$", re.IGNORECASE)


@cache
def _parser() -> Any:  # a dateparser DateDataParser
    import dateparser

    return dateparser.DateDataParser(
        languages=["nl", "fr", "en"],
        settings={"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first"},
    )


_MONTH_NAMES = {
    1: "januari jan janvier janv january",
    2: "februari feb fevrier fevr fev february",
    3: "maart mrt mars mar march",
    4: "april apr avril avr",
    5: "mei mai may",
    6: "juni jun juin june",
    7: "juli jul juillet juil july",
    8: "augustus aug aout august",
    9: "september sep sept septembre",
    10: "oktober okt octobre oct october",
    11: "november nov novembre",
    12: "december dec decembre",
}
_MONTHS = {word: number for number, words in _MONTH_NAMES.items() for word in words.split()}
_NUMERIC = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")
_DAY_FIRST = re.compile(r"(\d{1,2})(?:er|e|st|nd|rd|th)?\.?\s+([^\W\d_]{3,10})\.?,?\s+(\d{4})", re.IGNORECASE)
_MONTH_FIRST = re.compile(r"([^\W\d_]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", re.IGNORECASE)


def _month(word: str) -> int:
    folded = "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))
    return _MONTHS.get(folded, 0)


def _iso(year: int, month: int, day: int) -> str:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return ""


def parse_date(text: str) -> str:
    """``text`` as an ISO date (YYYY-MM-DD), or "" when it is not one whole date."""
    text = " ".join(text.split()).strip(" ,.:")
    if not text:
        return ""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return _iso(int(text[:4]), int(text[5:7]), int(text[8:]))
    if found := _NUMERIC.fullmatch(text):
        day, month, year = (int(g) for g in found.groups())
        if month > 12 >= day:  # 05/31/2024: written month first
            day, month = month, day
        return _iso(year, month, day)
    if found := _DAY_FIRST.fullmatch(text):
        month = _month(found.group(2))
        return _iso(int(found.group(3)), month, int(found.group(1))) if month else ""
    if found := _MONTH_FIRST.fullmatch(text):
        month = _month(found.group(1))
        return _iso(int(found.group(3)), month, int(found.group(2))) if month else ""
    return _dateparser(text[:200])


@lru_cache(maxsize=512)
def _dateparser(text: str) -> str:
    data = _parser().get_date_data(text)
    if data is None or data.date_obj is None or data.period != "day":
        return ""
    iso: str = data.date_obj.date().isoformat()
    return iso


def is_date_line(line: str) -> str:
    """A line that is a date and nothing else (a weekday may lead): its ISO date, else ""."""
    match = _ALONE.match(line)
    return parse_date(match.group(1)) if match else ""


def stated_date(text: str, head_lines: int = 12) -> str:
    """The publication date the text states, else a date standing alone near its top, else ""."""
    for match in _STATED.finditer(text):
        found = parse_date(match.group(1))
        if found:
            return found
    for line in text.split("\n", head_lines)[:head_lines]:
        found = is_date_line(line)
        if found:
            return found
    return ""


__all__ = ["DATE_PATTERN", "is_date_line", "parse_date", "stated_date"]
