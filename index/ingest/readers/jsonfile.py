"""JSON articles: one object, or a list of objects, with title / body / date / source / url / author / tags."""

from __future__ import annotations

import json
from typing import Any

from newsdesk.index.ingest.readers.assemble import Found, split_first_line
from newsdesk.index.ingest.readers.markdown import plain_value, tags_value

_BODY_KEYS = ("body", "text", "content", "article", "article_text")
_TITLE_KEYS = ("title", "headline")
_DATE_KEYS = ("date", "published", "published_at", "publishedAt", "pubdate", "datePublished")
_SOURCE_KEYS = ("source", "outlet", "publisher", "site", "sitename")
_AUTHOR_KEYS = ("author", "authors", "byline")
_URL_KEYS = ("url", "link")
_TAG_KEYS = ("tags", "keywords")
_KNOWN_KEYS = {*_BODY_KEYS, *_TITLE_KEYS, *_DATE_KEYS, *_SOURCE_KEYS, *_AUTHOR_KEYS, *_URL_KEYS, *_TAG_KEYS}
# Deeper structures are no article; the YAML loader draws the same line (newsdesk.index.safeyaml).
MAX_DEPTH = 64
# Wrappers like {"articles": [...]} as news APIs return them.
_LIST_KEYS = ("articles", "items", "results", "data")


def parse_json(text: str) -> tuple[list[tuple[int | None, Found]], list[str]]:
    """Articles by list index (None for a single object) and warnings such as "item 3: no body"."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return [], [f"broken JSON (line {exc.lineno}: {exc.msg})"]
    except RecursionError:
        return [], [f"broken JSON (nested deeper than {MAX_DEPTH} levels)"]
    except ValueError as exc:  # a number past int()'s 4,300-digit limit
        return [], [f"broken JSON ({str(exc).split(':')[0]})"]
    if _too_deep(data):
        # Every later step (cleaning, pickling into the index) walks the values recursively.
        return [], [f"broken JSON (nested deeper than {MAX_DEPTH} levels)"]
    if isinstance(data, dict) and not _body(data):
        wrapped = next((data[k] for k in _LIST_KEYS if isinstance(data.get(k), list)), None)
        if wrapped is not None:
            data = wrapped
    if isinstance(data, dict):
        found = _article(data)
        return ([(None, found)], []) if found else ([], ["no text found"])
    if not isinstance(data, list):
        return [], [f"not an article: a JSON {type(data).__name__}, expected an object or a list of objects"]
    results: list[tuple[int | None, Found]] = []
    warnings: list[str] = []
    for index, item in enumerate(data):
        if not isinstance(item, dict):
            warnings.append(f"item {index}: not an object")
            continue
        found = _article(item)
        if found is None:
            warnings.append(f"item {index}: no body")
        else:
            results.append((index, found))
    if not data:
        warnings.append("no text found")
    return results, warnings


def _too_deep(data: Any) -> bool:
    """True when lists and objects nest deeper than MAX_DEPTH (checked without recursion)."""
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            value = list(value.values())
        if isinstance(value, list):
            if depth > MAX_DEPTH:
                return True
            stack.extend((v, depth + 1) for v in value if isinstance(v, dict | list))
    return False


def _article(item: dict[str, Any]) -> Found | None:
    body = _body(item)
    if not body:
        return None
    title = _text(_first(item, _TITLE_KEYS))
    if title:
        body = body.strip("\n").rstrip()
    else:
        title, body = split_first_line(body)
    author = _first(item, _AUTHOR_KEYS)
    if isinstance(author, list):
        author = ", ".join(n for n in (_text(_name(a)) for a in author) if n)
    else:
        author = _text(_name(author))
    return Found(
        title=title,
        body=body,
        date_value=_first(item, _DATE_KEYS),
        source=_text(_name(_first(item, _SOURCE_KEYS))),
        author=author or None,
        url=_text(_first(item, _URL_KEYS)),
        tags=tags_value(_first(item, _TAG_KEYS)),
        extra={str(k): plain_value(v) for k, v in item.items() if k not in _KNOWN_KEYS},
    )


def _body(item: dict[str, Any]) -> str:
    value = _first(item, _BODY_KEYS)
    if isinstance(value, list):
        value = "\n\n".join(str(p).strip() for p in value if isinstance(p, str) and p.strip())
    return value if isinstance(value, str) and value.strip() else ""


def _first(item: dict[str, Any], keys: tuple[str, ...]) -> Any:
    return next((item[k] for k in keys if item.get(k) not in (None, "", [])), None)


def _name(value: Any) -> Any:
    # {"name": "Reuters"} as schema.org-style JSON writes people and publishers.
    return value.get("name") if isinstance(value, dict) else value


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, dict | list | bool):
        return None
    text = " ".join(str(value).split())
    return text or None
