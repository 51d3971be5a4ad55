"""Article text and judging context read straight from the desk files (no build involved).

`text` is the headline, a blank line and the body, the coordinates every product offset points into
(the product's Markdown reader gives the same string for these corpora; `score.py` checks it).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from tests.eval.scoring import sentences

_FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.S)


@dataclass(frozen=True, slots=True)
class CorpusArticle:
    """One corpus article as the evaluation reads it."""

    id: str
    title: str
    date: str | None
    body: str

    @property
    def text(self) -> str:
        """Headline, blank line, body."""
        return f"{self.title}\n\n{self.body}" if self.title else self.body

    @property
    def body_offset(self) -> int:
        """Where the body starts in `text`."""
        return len(self.title) + 2 if self.title else 0


def read_article(path: Path) -> CorpusArticle:
    """Parse one corpus Markdown file (front matter with title/date/id, then the body)."""
    raw = path.read_text(encoding="utf-8")
    m = _FRONT.match(raw)
    front, body = (m.group(1), raw[m.end() :]) if m else ("", raw)
    title = date = None
    for line in front.splitlines():
        key, _, value = line.partition(":")
        value = value.strip()
        if key == "title":
            title = json.loads(value) if value.startswith('"') else value
        elif key == "date":
            date = value
    return CorpusArticle(path.stem, title or "", date, body.strip())


@lru_cache(maxsize=4096)
def load(folder: str, article: str) -> CorpusArticle:
    """An article of a desk folder by id (cached)."""
    return read_article(Path(folder) / f"{article}.md")


def one_line(text: str, limit: int = 400) -> str:
    """Whitespace collapsed, cut to `limit` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def context(art: CorpusArticle, start: int, end: int, before: int = 1, after: int = 0) -> str:
    """The sentences covering [start, end) plus `before`/`after` neighbours, the span marked ⟦ ⟧."""
    spans = sentences(art.text)
    idx = [i for i, (s, e) in enumerate(spans) if e > start and s < end]
    if not idx:
        return one_line(art.text[max(0, start - 200) : end + 100], 900)
    lo, hi = max(0, idx[0] - before), min(len(spans) - 1, idx[-1] + after)
    a, b = spans[lo][0], spans[hi][1]
    t = art.text
    s, e = max(start, a), min(end, b)
    return one_line(t[a:s] + "⟦" + t[s:e] + "⟧" + t[e:b], 1400)
