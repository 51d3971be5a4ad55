"""What a search answers: pages of hits, and where a query matched inside one article.

Plain values, no whoosh: the TUI and the CLI build their screens from these. Every offset is a
character offset into `Article.text` (see newsdesk.index.model).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from newsdesk.index.model import Statement

ARTICLE = "article"
STATEMENT = "statement"

Sort = Literal["relevance", "date"]
SORTS: tuple[Sort, ...] = ("relevance", "date")


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result: an article, or a statement when the query named a statement field.

    `date` is the article's date, or for a statement the date it was made (the article's when the
    text gives none). `snippet` marks hits with « and »; `hit_count` counts the query's matches in
    the title and body (in the quote for a statement), exact up to `snippets.SNIPPET_HITS`.
    A statement hit carries the whole `statement`: speaker, actor, cue, kind, quote and its
    offsets in the article, so a UI can show it and open the article at `start`..`end`.
    """

    key: str
    path: str
    title: str
    source: str | None
    date: dt.date | None
    score: float
    snippet: str
    hit_count: int
    doctype: str = ARTICLE
    statement: Statement | None = None
    # Keys of other articles with the same body, when the search folded copies (best placed first).
    copies: tuple[str, ...] = ()

    @property
    def speaker(self) -> str | None:
        """The statement's speaker as the text names them (None for an article hit)."""
        return self.statement.speaker if self.statement else None

    @property
    def actor(self) -> str | None:
        """The actor the statement's speaker resolved to (None for an article hit)."""
        return self.statement.actor if self.statement else None

    @property
    def cue(self) -> str | None:
        """The statement's cue verb, as written ("said", "warned")."""
        return self.statement.cue if self.statement else None

    @property
    def kind(self) -> str | None:
        """direct, indirect or mixed (None for an article hit)."""
        return self.statement.kind if self.statement else None

    @property
    def quote(self) -> str | None:
        """The statement's words (fragments joined with " … ")."""
        return self.statement.quote if self.statement else None

    @property
    def span(self) -> tuple[int, int] | None:
        """Where the statement is in `Article.text` (start, end); None for an article hit."""
        return (self.statement.start, self.statement.end) if self.statement else None


@dataclass(frozen=True, slots=True)
class ResultPage:
    """One page of a search: `hits` are results `offset` .. `offset + len(hits)` of `total`.

    `statements` says the hits are statements. `cut_short` is None when every document was
    searched; otherwise one line saying why the search stopped early (the time limit, and what
    made the query slow), and `total` then counts only the matches found before it stopped.
    """

    query: str
    hits: tuple[Hit, ...]
    total: int
    offset: int
    limit: int
    sort: Sort
    statements: bool = False
    cut_short: str | None = None
    folded: int = 0  # copies left out of `total` (see Store.search_page's fold_copies)

    @property
    def more(self) -> bool:
        """True when results follow this page."""
        return self.offset + len(self.hits) < self.total


@dataclass(frozen=True, slots=True)
class Highlights:
    """Where a query matched in one article: spans of `Article.text`, in order, not overlapping.

    A phrase is one span from its first word to its last; a statement query marks each matching
    statement's start..end. `spans` holds at most the `limit` asked for, from the `start` asked
    for; `total` counts every match from `start` on, up to `count_cap` (then `capped` is True
    and `total` is a lower bound).
    """

    spans: tuple[tuple[int, int], ...]
    total: int
    capped: bool = False
