"""Publication dates stated in Dutch, French or English text.

Candidates are found by pattern ("Gepubliceerd op 5 maart 2024", "publié le 30 mai 2024",
"Published 31 May 2024", "2024-05-31", "31/05/2024"); dateparser reads them, in the three
languages, day before month, and only whole dates (day, month and year) count.
"""

from __future__ import annotations

import re
from functools import cache

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
    r"|datum|date)\s*:?\s*(?:(?:le|op|on|de)\s+)?(?:[^\W\d_]+\s+)?(" + _DATE + ")",
    re.IGNORECASE,
)
DATE_PATTERN = _DATE
_ALONE = re.compile(r"^\s*(?:[^\W\d_]+\s+)?(" + _DATE + r")\s*$", re.IGNORECASE)


@cache
def _parser():
    import dateparser

    return dateparser.DateDataParser(
        languages=["nl", "fr", "en"],
        settings={"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first"},
    )


def parse_date(text: str) -> str:
    """``text`` as an ISO date (YYYY-MM-DD), or "" when it is not one whole date."""
    text = " ".join(text.split()).strip(" ,.:")
    if not text:
        return ""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        import datetime as dt

        try:
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            return ""
    data = _parser().get_date_data(text)
    if data is None or data.date_obj is None or data.period != "day":
        return ""
    return data.date_obj.date().isoformat()


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
    for line in text.split("\n")[:head_lines]:
        found = is_date_line(line)
        if found:
            return found
    return ""


__all__ = ["DATE_PATTERN", "is_date_line", "parse_date", "stated_date"]
