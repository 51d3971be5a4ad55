"""Turning what a format reader found into an Article: the date and source precedence shared by all formats."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from newsdesk.index.ingest.readers.dateline import dateline_credit, parse_dateline
from newsdesk.index.ingest.readers.decode import clean_text
from newsdesk.index.ingest.readers.outlets import headline_outlet, outlet_name
from newsdesk.index.ingest.readers.pubdate import date_from_filename, parse_date_value, year_of_value
from newsdesk.index.model import Article, DateSource

# Titles longer than this are a first paragraph, not a headline.
MAX_TITLE_CHARS = 300


@dataclass(frozen=True, slots=True)
class Found:
    """What one format reader found in one article, before the shared rules apply."""

    title: str
    body: str
    date_value: Any = None
    source: str | None = None
    author: str | None = None
    url: str | None = None
    tags: tuple[str, ...] = ()
    headline_source: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def build_article(found: Found, *, key: str, path: str, fmt: str) -> Article:
    """Apply the date order (metadata, dateline, file name, none) and source order (metadata, headline, dateline)."""
    extra = dict(found.extra)
    name = path.rsplit("/", 1)[-1]
    file_date = date_from_filename(name)
    date: dt.date | None = parse_date_value(found.date_value)
    date_source: DateSource = "metadata" if date else "none"
    year = year_of_value(found.date_value) or (file_date.year if file_date else None)
    reference = file_date if date is None and year_of_value(found.date_value) is None else None
    dateline_date, dateline = parse_dateline(found.body, year, reference=reference)
    if dateline:
        extra["dateline"] = dateline
    if date is None and dateline_date is not None:
        date, date_source = dateline_date, "dateline"
    if date is None and file_date is not None:
        date, date_source = file_date, "filename"
    source = found.source
    headline_source = found.headline_source or headline_outlet(found.title)
    if headline_source:
        extra["headline_source"] = headline_source
        full = outlet_name(headline_source)
        if full:
            extra["headline_source_name"] = full
        source = source or full
    if source is None and dateline:
        credit = dateline_credit(dateline)
        if credit:
            source = outlet_name(credit) or credit
    # Escapes in YAML ("\e"), JSON ("\u001b") and HTML ("&#27;") decode to control characters only now.
    return Article(
        key=key,
        path=path,
        title=clean_text(found.title),
        body=clean_text(found.body),
        source=clean_text(source) if source else None,
        author=clean_text(found.author) if found.author else None,
        url=clean_text(found.url) if found.url else None,
        tags=tuple(clean_text(t) for t in found.tags),
        date=date,
        date_source=date_source,
        format=fmt,
        extra={k: _clean_value(v) for k, v in extra.items()},
    )


def _clean_value(value: Any) -> Any:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [_clean_value(v) for v in value]
    if isinstance(value, dict):
        return {k: _clean_value(v) for k, v in value.items()}
    return value


def split_first_line(text: str) -> tuple[str, str]:
    """Title and body from plain text: the first non-empty line, then the rest with no text lost.

    A first "line" too long to be a headline (a paragraph) is shortened for the title and kept whole in the body.
    """
    stripped = text.lstrip("\n")
    first, _, rest = stripped.partition("\n")
    title = first.strip()
    if len(title) <= MAX_TITLE_CHARS:
        return title, rest.lstrip("\n").rstrip()
    cut = title[:MAX_TITLE_CHARS].rsplit(" ", 1)[0]
    return cut + " …", stripped.rstrip()
