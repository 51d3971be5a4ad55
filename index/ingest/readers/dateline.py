"""Datelines at the start of a news body: "MOSCOW, Aug 19 (Reuters) -", "SALVADOR, Feb 26 -"."""

from __future__ import annotations

import datetime as dt
import re

from newsdesk.index.ingest.readers.pubdate import MONTHS, make_date

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
        candidates = [make_date(reference.year + shift, month, day) for shift in (-1, 0, 1)]
        dates = [d for d in candidates if d is not None]
        return (min(dates, key=lambda d: abs((d - reference).days)) if dates else None), line
    if year is None:
        return None, line
    return make_date(year, month, day), line


def dateline_credit(line: str) -> str | None:
    """The agency credited in a dateline: "Reuters" for "MOSCOW, Aug 19 (Reuters) -"."""
    match = _match(line)
    if match is None:
        return None
    credit = match["credit"] or match["credit2"]
    return credit.strip() if credit else None


def _match(text: str) -> re.Match[str] | None:
    match = _DATED.match(text)
    if match is not None and (match["month"] or match["month2"]).lower() in MONTHS:
        return match
    match = _UNDATED.match(text)
    # An all-capitals opening word such as "A" or "I" is a sentence, not a place.
    if match is not None and sum(c.isalpha() for c in match["place"]) >= 2:
        return match
    return None
