"""Datelines at the start of a news body: "MOSCOW, Aug 19 (Reuters) -", "SALVADOR, Feb 26 -"."""

from __future__ import annotations

import datetime as dt
import re

from index.readers.pubdate import MONTHS, make_date

_PLACE = r"[A-Z][A-Z.'’/&-]*(?:\s+[A-Z][A-Z.'’/&-]*)*"
_REGION = r"(?:,\s+[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*)*)*"
_MONTH = r"(?P<month>[A-Z][a-z]{2,8})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_WHEN = rf"(?:,\s+(?:{_MONTH}\s+{_DAY}|(?P<day2>\d{{1,2}})\s+(?P<month2>[A-Z][a-z]{{2,8}})\.?)(?:,?\s+(?P<year>\d{{4}}))?)?"
_CREDIT = r"(?:\s*\((?P<credit>[^()\n]{1,40})\))?"
_DATELINE = re.compile(rf"\s*(?P<line>(?P<place>{_PLACE}){_REGION}{_WHEN}{_CREDIT}\s*(?:[-–—]+|:)(?=\s|$))")


def parse_dateline(body: str, year: int | None, *, reference: dt.date | None = None) -> tuple[dt.date | None, str | None]:
    """The date and text of the dateline opening `body`, or (None, None).

    The year comes from the dateline itself, else `year`; with neither the date stays None (never guessed).
    With a `reference` date (e.g. from the file name) the year is the one putting the date nearest to it.
    """
    match = _DATELINE.match(body)
    if match is None or not _is_place(match["place"]):
        return None, None
    line = match["line"]
    month, day = (match["month"], match["day"]) if match["month"] else (match["month2"], match["day2"])
    if month is None:
        return None, line
    if month.lower().rstrip(".") not in MONTHS:
        return None, None
    if match["year"]:
        return make_date(match["year"], month, day), line
    if reference is not None:
        candidates = [make_date(reference.year + shift, month, day) for shift in (-1, 0, 1)]
        dates = [d for d in candidates if d is not None]
        return (min(dates, key=lambda d: abs((d - reference).days)) if dates else None), line
    if year is None:
        return None, line
    return make_date(year, month, day), line


def dateline_credit(line: str) -> str | None:
    """The agency credited in a dateline: "Reuters" for "MOSCOW, Aug 19 (Reuters) -"."""
    match = _DATELINE.match(line)
    return match["credit"].strip() if match and match["credit"] else None


def _is_place(place: str) -> bool:
    # An all-capitals opening word such as "A" or "I" is a sentence, not a place.
    letters = [c for c in place if c.isalpha()]
    return len(letters) >= 2
