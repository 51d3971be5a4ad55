"""HTML pages: trafilatura's main text and metadata, else the <title> and the page's visible text."""

from __future__ import annotations

import html as htmllib
import re

from newsdesk.index.ingest.readers.assemble import Found

_TITLE = re.compile(r"<title[^>]*>(?P<title>.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_NO_TEXT = "no text found"


def parse_html(page: str) -> tuple[Found | None, list[str]]:
    """The article in an HTML page, or None with a warning when it holds no text."""
    found = _extract(page) or _fallback(page)
    if found is None:
        return None, [_NO_TEXT]
    return found, []


def _extract(page: str) -> Found | None:
    # Imported here: trafilatura costs ~0.4 s to import and only HTML files need it.
    import trafilatura

    try:
        document = trafilatura.bare_extraction(
            page,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            # Only dates the page states (meta tags, URL, visible date), never today's or a guess.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # trafilatura/lxml failures on odd markup: fall back to plain stripping
        return None
    if document is None:
        return None
    data = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    text = (data.get("text") or "").strip()
    if not text:
        return None
    title = " ".join((data.get("title") or "").split())
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if title and lines and lines[0] == title:
        lines = lines[1:]
    if not title:
        title, lines = lines[0], lines[1:]
    tags = tuple(
        str(t) for t in (*(data.get("categories") or ()), *(data.get("tags") or ())) if str(t).strip()
    )
    return Found(
        title=title,
        body="\n\n".join(lines),
        date_value=data.get("date"),
        source=data.get("sitename") or None,
        author=data.get("author") or None,
        url=data.get("url") or None,
        tags=tags,
        extra={"hostname": data["hostname"]} if data.get("hostname") else {},
    )


def _fallback(page: str) -> Found | None:
    match = _TITLE.search(page)
    title = " ".join(htmllib.unescape(match["title"]).split()) if match else ""
    lines = [" ".join(line.split()) for line in _visible_text(page).split("\n")]
    lines = [line for line in lines if line]
    if lines and lines[0] == title:
        lines = lines[1:]
    if not title and lines:
        title, lines = lines[0], lines[1:]
    if not lines:
        return None
    return Found(title=title, body="\n\n".join(lines))


def _visible_text(page: str) -> str:
    import lxml.html

    try:
        tree = lxml.html.fromstring(page)
    except Exception:  # not parseable at all: no text rather than a crash
        return ""
    for bad in tree.xpath("//script|//style|//noscript|//template|//head"):
        bad.drop_tree()
    for block in tree.xpath("//p|//div|//br|//li|//h1|//h2|//h3|//h4|//h5|//h6|//tr|//article|//section"):
        block.tail = "\n" + (block.tail or "")
    return str(tree.text_content())
