"""Plain-text articles: headline line, optional "By ..." byline, body, minus trailing site furniture."""

from __future__ import annotations

import re

from newsdesk.index.ingest.readers.assemble import Found, split_first_line

_BYLINE = re.compile(r"(?:By|BY|by)\s+(?P<names>\S.{0,100})")
# Words allowed in lower case inside a byline's names ("By Jane Doe and John Roe in Kyiv").
_BYLINE_LOWER = {
    "and",
    "in",
    "de",
    "van",
    "von",
    "der",
    "den",
    "la",
    "le",
    "du",
    "da",
    "di",
    "al",
    "bin",
    "of",
    "the",
    "for",
}
# Lines that end a page's text without belonging to the article; only ever dropped from the end.
_FURNITURE = re.compile(
    r"[-•*–—]?\s*(?:comments?(?:\s*\(\d+\))?|related(?: news| articles| stories| content)?|share(?: this(?: article| story)?)?"
    r"|advertisement|read more|more news|recommended|you may also like|print|email|tags?)\s*:?",
    re.IGNORECASE,
)


def parse_text(text: str) -> Found:
    """Headline (first non-empty line), byline, body: the body keeps every character of the article."""
    title, rest = split_first_line(text)
    author = None
    first, _, after = rest.partition("\n")
    names = byline_names(first)
    if names is not None:
        author, rest = names, after.lstrip("\n")
    rest = drop_trailing_furniture(rest)
    return Found(title=title, body=rest, author=author)


def byline_names(line: str) -> str | None:
    """ "Staff, Agencies" for a byline line "By Staff, Agencies"; None when the line is prose ("By the end ...")."""
    match = _BYLINE.fullmatch(line.strip())
    if match is None:
        return None
    names = match["names"].strip()
    words = re.findall(r"[^\s,;&]+", names)
    if not words or len(words) > 12 or not words[0][:1].isupper() or names.endswith((":", "?", "!")):
        return None
    if any(not w[:1].isupper() and w.lower() not in _BYLINE_LOWER for w in words):
        return None
    return names


def drop_trailing_furniture(body: str) -> str:
    """Drop lines like "Comments" or "- Related News" from the end of a body only."""
    lines = body.rstrip().split("\n")
    while lines and (not lines[-1].strip() or _FURNITURE.fullmatch(lines[-1].strip())):
        lines.pop()
    return "\n".join(lines).rstrip()
