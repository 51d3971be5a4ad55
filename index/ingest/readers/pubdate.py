"""Publication dates from metadata values and file names; never guesses a date that is not written."""

from __future__ import annotations

import datetime as dt
import re

from newsdesk.index.months import MONTHS

_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_ISO = re.compile(r"(?P<year>\d{4})[-/](?P<month>\d{1,2})[-/](?P<day>\d{1,2})(?![\d])")
_DAY_MONTH_YEAR = re.compile(
    rf"{_WEEKDAY}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?P<year>\d{{4}})\b", re.I
)
_MONTH_DAY_YEAR = re.compile(
    rf"{_WEEKDAY}{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b", re.I
)
_DOTTED = re.compile(r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})\b")
_COMPACT = re.compile(r"(?P<year>(?:19|20)\d{2})(?P<month>[01]\d)(?P<day>[0-3]\d)")
_YEAR_ONLY = re.compile(r"(?:19|20)\d{2}")
_FILENAME_DATE = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d{2})(?P<sep>[-_.]?)(?P<month>[01]\d)(?P=sep)(?P<day>[0-3]\d)(?!\d)"
)


def make_date(year: int | str, month: int | str, day: int | str) -> dt.date | None:
    """A date from parts, or None when the parts are not a real calendar day."""
    if isinstance(month, str) and not month.isdigit():
        month = MONTHS.get(month.lower().rstrip("."), 0)
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def parse_date_value(value: object) -> dt.date | None:
    """A date from a metadata value: a date, a datetime (its date as written) or a string in common formats."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    text = value.strip()
    for pattern in (_ISO, _DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _DOTTED):
        match = pattern.match(text)
        if match:
            return make_date(match["year"], match["month"], match["day"])
    match = _COMPACT.fullmatch(text)
    if match:
        return make_date(match["year"], match["month"], match["day"])
    return None


def year_of_value(value: object) -> int | None:
    """The year a metadata value names even when it is not a full date ("2025", 2025, "August 2025")."""
    full = parse_date_value(value)
    if full is not None:
        return full.year
    if isinstance(value, int) and not isinstance(value, bool) and 1900 <= value <= 2099:
        return value
    if isinstance(value, str):
        years = _YEAR_ONLY.findall(value)
        if len(years) == 1:
            return int(years[0])
    return None


def date_from_filename(name: str) -> dt.date | None:
    """A date written in a file name: 2025-08-20-title.md, 20250820_x.txt, 2025_08_20.json."""
    for match in _FILENAME_DATE.finditer(name):
        found = make_date(match["year"], match["month"], match["day"])
        if found is not None:
            return found
    return None
