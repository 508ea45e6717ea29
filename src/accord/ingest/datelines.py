"""Recognise the dateline line of a scraped article and turn it into a datetime.

Scraped pages put the publication date on its own line under the title, in whatever
shape the site uses. We accept a handful of common shapes and only when the *whole*
line is a date, so an ordinary first sentence is never mistaken for a dateline.
"""

from __future__ import annotations

import re
from datetime import datetime

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
# "sept" is a common abbreviation that is not a prefix-3 of its month name's canonical form.
_MONTH_ALIASES = {name[:3]: num for name, num in _MONTHS.items()} | {"sept": 9}

# Optional leading weekday ("Thu," / "Thursday,") that many sites prepend.
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
# Optional time after the date, separated by space, comma, dash, "at" or "|".
_TIME = r"(?:\s*(?:[-–—,|]|\bat\b)?\s*(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?" \
        r"(?:\s*(?P<ampm>[ap]\.?m\.?))?)?"
_MONTH_NAME = r"(?P<month_name>[a-z]{3,9})\.?"

_NUMERIC = re.compile(
    _WEEKDAY + r"(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})" + _TIME, re.I
)
_MONTH_FIRST = re.compile(
    _WEEKDAY + _MONTH_NAME + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})" + _TIME, re.I
)
_DAY_FIRST = re.compile(
    _WEEKDAY + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH_NAME + r",?\s+(?P<year>\d{4})" + _TIME,
    re.I,
)
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")


def parse_dateline(line: str) -> datetime | None:
    """Return the datetime a dateline line denotes, or None if the line is not a dateline.

    ISO 8601 values keep their UTC offset (an aware datetime); the other shapes carry no
    zone, so they come back naive, in the site's local time.
    """
    text = line.strip()
    if not text or len(text) > 60:  # datelines are short; skip regex work on body lines
        return None
    if _ISO.fullmatch(text):
        try:
            return datetime.fromisoformat(text)
        except ValueError:
            return None
    if match := _NUMERIC.fullmatch(text):
        return _numeric(match)
    for pattern in (_MONTH_FIRST, _DAY_FIRST):
        if match := pattern.fullmatch(text):
            month = _month_number(match["month_name"])
            if month is None:
                return None
            return _build(int(match["year"]), month, int(match["day"]), match)
    return None


def _numeric(match: re.Match[str]) -> datetime | None:
    a, b, year = int(match["a"]), int(match["b"]), int(match["year"])
    # Day-first is the norm for slashed and dotted dates outside the US; fall back to
    # month-first only when day-first is impossible (e.g. 12/28/2023).
    day, month = (a, b) if b <= 12 else (b, a)
    return _build(year, month, day, match)


def _month_number(name: str) -> int | None:
    name = name.lower()
    if name in _MONTHS:
        return _MONTHS[name]
    return _MONTH_ALIASES.get(name)


def _build(year: int, month: int, day: int, match: re.Match[str]) -> datetime | None:
    hour = int(match["hour"]) if match["hour"] else 0
    minute = int(match["minute"]) if match["minute"] else 0
    second = int(match["second"]) if match["second"] else 0
    ampm = (match["ampm"] or "").replace(".", "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError:  # 31/02/2023, 25:00 and the like: not a real date, so not a dateline
        return None
