"""Markdown articles: YAML front matter (safe loading only), then the body as written."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from newsdesk.index import safeyaml
from newsdesk.index.ingest.readers.assemble import Found, split_first_line

_FENCE = re.compile(r"^---[ \t]*$", re.MULTILINE)
_CLOSING_FENCE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
_HEADING = re.compile(r"#{1,6}[ \t]+(?P<title>.+?)(?:[ \t]+#+)?[ \t]*")
# Front matter made only of `key: "string"` and `key: 2025-08-20` lines (as every corpus file is) is read
# without YAML: libyaml still costs ~0.1 ms a file, a third of reading 20k articles. Anything else goes to YAML.
_SIMPLE_LINE = re.compile(
    r'(?P<key>[A-Za-z_][\w-]*):[ \t]+(?:"(?P<string>[^"\\\x00-\x1f]*)"|(?P<date>\d{4}-\d{2}-\d{2}))[ \t]*'
)
_KNOWN_KEYS = {"title", "date", "source", "author", "authors", "byline", "url", "tags"}


def parse_markdown(text: str) -> tuple[Found, list[str]]:
    """Front matter fields and the body; warnings (reasons) for a broken front matter, which is then skipped."""
    warnings: list[str] = []
    meta: dict[str, Any] = {}
    body = text
    if text.startswith("---") and _FENCE.match(text):
        meta, body, problem = split_front_matter(text)
        if problem:
            warnings.append(f"broken front matter ({problem}): indexed the body only")
    title = _text_value(meta.get("title"))
    if title:
        body = _drop_repeated_title(body.strip("\n").rstrip(), title)
    else:
        title, body = _title_from_body(body)
    extra = {k: plain_value(v) for k, v in meta.items() if k not in _KNOWN_KEYS}
    found = Found(
        title=title,
        body=unwrap_paragraphs(body),
        date_value=meta.get("date"),
        source=_text_value(meta.get("source")),
        author=_people(meta.get("author") or meta.get("authors") or meta.get("byline")),
        url=_text_value(meta.get("url")),
        tags=tags_value(meta.get("tags")),
        extra=extra,
    )
    return found, warnings


_BLOCK_LINE = re.compile(r"\s*(?:[-*+]\s|\d+[.)]\s|#|>|\||```|~~~)|    |\t")


def unwrap_paragraphs(body: str) -> str:
    """Join hard-wrapped lines of prose paragraphs, so the pane can soft-wrap and sentences stay whole.

    Paragraphs holding lists, headings, quotes, tables, code or indented lines are left as written.
    """
    if "\n" not in body.strip("\n"):
        return body
    blocks = body.split("\n\n")
    out = []
    for block in blocks:
        lines = block.split("\n")
        if len(lines) > 1 and not any(_BLOCK_LINE.match(line) for line in lines if line.strip()):
            block = " ".join(line.strip() for line in lines if line.strip())
        out.append(block)
    return "\n\n".join(out)


def split_front_matter(text: str) -> tuple[dict[str, Any], str, str | None]:
    """(fields, body, problem): the YAML between the opening and closing fences, and what follows it."""
    start = text.index("\n") + 1 if "\n" in text else len(text)
    closing = _CLOSING_FENCE.search(text, start)
    if closing is None:
        return {}, text[start:], "no closing ---"
    block = text[start : closing.start()]
    body = text[closing.end() + 1 :]
    simple = _simple_front_matter(block)
    if simple is not None:
        return simple, body, None
    try:
        loaded = safeyaml.load(block)
    except safeyaml.YAMLError as exc:
        # +1: the block starts on the file's second line.
        where = f"line {exc.line + 1}: " if exc.line is not None else ""
        return {}, body, f"{where}{exc.reason}"
    if loaded is None:
        return {}, body, None
    if not isinstance(loaded, dict):
        return {}, body, "not a key: value mapping"
    return {str(k): v for k, v in loaded.items()}, body, None


def _simple_front_matter(block: str) -> dict[str, Any] | None:
    fields: dict[str, Any] = {}
    for line in block.splitlines():
        match = _SIMPLE_LINE.fullmatch(line)
        if match is None or match["key"] in fields:
            return None
        if match["date"] is not None:
            try:
                fields[match["key"]] = dt.date.fromisoformat(match["date"])
            except ValueError:
                return None
        else:
            fields[match["key"]] = match["string"]
    return fields


def tags_value(value: object) -> tuple[str, ...]:
    """Tags from a list or a comma-separated string, trimmed, empty ones dropped."""
    if isinstance(value, str):
        items: Sequence[object] = value.split(",")
    elif isinstance(value, list | tuple):
        items = list(value)
    else:
        return ()
    return tuple(t for t in (str(i).strip() for i in items if i is not None) if t)


def plain_value(value: object) -> object:
    """A metadata value with dates as ISO strings, so `Article.extra` stays JSON-serialisable."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): plain_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain_value(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def _text_value(value: object) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    text = " ".join(str(value).split())
    return text or None


def _people(value: object) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_text_value(v) for v in value) if n]
        return ", ".join(names) or None
    return _text_value(value)


def _drop_repeated_title(body: str, title: str) -> str:
    # Static-site exports often repeat the front matter title as the first heading; the pane shows it once.
    first, _, rest = body.partition("\n")
    heading = _HEADING.fullmatch(first.strip())
    if heading and " ".join(heading["title"].split()).casefold() == title.casefold():
        return rest.strip("\n")
    return body


def _title_from_body(body: str) -> tuple[str, str]:
    stripped = body.lstrip("\n")
    first, _, rest = stripped.partition("\n")
    heading = _HEADING.fullmatch(first.strip())
    if heading:
        return heading["title"].strip(), rest.strip("\n").rstrip()
    return split_first_line(stripped)
