"""Datelines at the start of a news body: "MOSCOW, Aug 19 (Reuters) -", "SALVADOR, Feb 26 -".

The one dateline parser: the readers date an article from it (`parse_dateline`), and statement
dating (`newsdesk.index.language.dates`) finds where it ends and the day it names (`dateline_extent`).
"""

from __future__ import annotations

import datetime as dt
import re

from newsdesk.index.ingest.readers.pubdate import make_date
from newsdesk.index.months import MONTHS, month_pattern

_CAPS_PLACE = r"[A-Z][A-Z.'’/&-]*(?:\s+[A-Z][A-Z.'’/&-]*)*"
# With a date after it the shape is distinctive enough to accept "New York" or "Edmonton" too.
_ANY_PLACE = r"[A-Z][A-Za-z.'’/&-]*(?:\s+[A-Z][A-Za-z.'’/&-]*){0,3}"
_REGION = r"(?:,\s+[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*)*)*"
_DATE = (
    r",\s+(?:(?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    r"|(?P<day2>\d{1,2})\s+(?P<month2>[A-Za-z]{3,9})\.?)(?:,?\s+(?P<year>\d{4}))?"
)
_CREDIT = r"(?:\s*\((?P<credit>[^()\n]{1,40})\)|,\s*(?P<credit2>Reuters?|AP|UPI|AFP|dpa|DPA)(?=[\s,]))?"
_END = r",?\s*(?:[-–—]+|:)(?=\s|$)"
_DATED = re.compile(rf"\s*(?P<line>(?P<place>{_ANY_PLACE}){_REGION}{_DATE}{_CREDIT}{_END})")
_UNDATED = re.compile(rf"\s*(?P<line>(?P<place>{_CAPS_PLACE}){_REGION}{_CREDIT}{_END})")
# Reuters also writes the region and then the month with no comma between: "LAKE SUCCESS, N.Y. March
# 3 -". A looser shape (any place words, capitalised month names only), so it only stands in where
# the shapes above give no day, and only to find the dateline's end and day (`dateline_extent`).
_LOOSE_MONTH = month_pattern("month")
_LOOSE_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_LOOSE = re.compile(
    rf"^\s*[A-Z][A-Za-z .,'’/-]{{1,60}}?,?\s+(?:{_LOOSE_WEEKDAY},?\s+)?{_LOOSE_MONTH}\s+"
    r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d\d))?"
    r"\s*(?:\([A-Za-z .&]+\)\s*)?[-–—]+\s"
)


def parse_dateline(
    body: str, year: int | None, *, reference: dt.date | None = None
) -> tuple[dt.date | None, str | None]:
    """The date and text of the dateline opening `body`, or (None, None).

    The year comes from the dateline itself, else `year`; with neither the date stays None (never guessed).
    With a `reference` date (e.g. from the file name) the year is the one putting the date nearest to it.
    """
    match = _match(body)
    if match is None:
        return None, None
    line = match["line"]
    if match.re is _UNDATED:
        return None, line
    month, day = (match["month"], match["day"]) if match["month"] else (match["month2"], match["day2"])
    if match["year"]:
        return make_date(match["year"], month, day), line
    if reference is not None:
        return _nearest(month, day, reference), line
    if year is None:
        return None, line
    return make_date(year, month, day), line


def dateline_extent(body: str, reference: dt.date | None) -> tuple[int, dt.date | None] | None:
    """Where the dateline opening `body` ends (an offset into `body`) and the day it names, or None.

    The day is None when neither the dateline nor `reference` (the publication date) gives a year.
    Reuters' "LAKE SUCCESS, N.Y. March 3 -" is read too, where the shapes `parse_dateline` knows give
    no day.
    """
    when, line = parse_dateline(body, None, reference=reference)
    if line is not None and when is not None:
        return body.find(line) + len(line), when
    loose = _LOOSE.match(body[:200])
    if loose is None:
        return None
    month, day = MONTHS[loose["month"].lower().rstrip(".")], int(loose["day"])
    if loose["year"]:
        return loose.end(), make_date(loose["year"], month, day)
    return loose.end(), _nearest(month, day, reference) if reference is not None else None


def dateline_credit(line: str) -> str | None:
    """The agency credited in a dateline: "Reuters" for "MOSCOW, Aug 19 (Reuters) -"."""
    match = _match(line)
    if match is None:
        return None
    credit = match["credit"] or match["credit2"]
    return credit.strip() if credit else None


def _nearest(month: int | str, day: int | str, reference: dt.date) -> dt.date | None:
    """The (month, day) in the year that puts it nearest to `reference`; the earlier one on a tie."""
    candidates = [make_date(reference.year + shift, month, day) for shift in (-1, 0, 1)]
    dates = [d for d in candidates if d is not None]
    return min(dates, key=lambda d: abs((d - reference).days)) if dates else None


def _match(text: str) -> re.Match[str] | None:
    match = _DATED.match(text)
    if match is not None and (match["month"] or match["month2"]).lower() in MONTHS:
        return match
    match = _UNDATED.match(text)
    # An all-capitals opening word such as "A" or "I" is a sentence, not a place.
    if match is not None and sum(c.isalpha() for c in match["place"]) >= 2:
        return match
    return None
