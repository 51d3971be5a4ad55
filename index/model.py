"""The domain model shared by every part of newsdesk.

One coordinate system: every offset anywhere in the product (statements, speakers, search hits,
bookmarks) is a character offset into `Article.text`, which is the headline, a blank line, then the
body, exactly as the article pane shows it. `Article.body_offset` is where the body starts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

DateSource = Literal["metadata", "dateline", "filename", "none"]
StatementKind = Literal["direct", "mixed", "indirect"]
ActorKind = Literal["person", "organisation", "state", "outlet", "unnamed"]
# "article": no time word of its own, dated by its report; "before": said at an unknown time before the
# report ("had said", "has previously said"), `date` is then the report's day, an upper bound.
DatePrecision = Literal["day", "weekend", "week", "month", "year", "before", "article", "none"]


@dataclass(frozen=True, slots=True)
class Article:
    """One article as a reader produced it; `key` is unique in a desk (path, or path#n in a list file)."""

    key: str
    path: str
    title: str
    body: str
    source: str | None = None
    author: str | None = None
    url: str | None = None
    tags: tuple[str, ...] = ()
    date: dt.date | None = None
    date_source: DateSource = "none"
    format: str = "md"
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def text(self) -> str:
        """Headline, blank line, body: the text every offset points into."""
        return f"{self.title}\n\n{self.body}" if self.title else self.body

    @property
    def body_offset(self) -> int:
        """Offset of the body's first character in `text`."""
        return len(self.title) + 2 if self.title else 0


@dataclass(frozen=True, slots=True)
class ReadWarning:
    """A problem with one input file: shown as one line, never fatal to a run."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"warning: {self.path}: {self.reason}"


@dataclass(slots=True)
class Statement:
    """Who said what in one article; offsets point into `Article.text`.

        `quote` joins split fragments with " … "; `spans` are the fragments' (start, end) offsets and
        `start`/`end` cover all of them. `actor` is the canonical actor name within the article (the desk
        registry may merge it further). Date fields are filled by `newsdesk.index.language.dates`: `date`..
    `date_end` is when the words were said (or, with precision "article", the report's day standing in),
    `reported_on` the article's publication day, and `cue_context` the words of the cue's clause before
    and after the cue, content excluded ("did not", "has previously"), which stance reads.

        A value: never changed once built (use `dataclasses.replace`). Not declared frozen because the
        extractor builds several per article and a frozen dataclass's `__init__` (object.__setattr__ per
        field) costs 8x a plain one: ~4% of extraction time.
    """

    quote: str
    start: int
    end: int
    kind: StatementKind
    cue: str
    cue_lemma: str
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    actor: str | None
    actor_kind: ActorKind | None
    why: str
    fragments: tuple[str, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()
    role: str | None = None
    affiliation: str | None = None
    date: dt.date | None = None
    date_end: dt.date | None = None
    date_precision: DatePrecision = "none"
    date_text: str | None = None
    reported_on: dt.date | None = None
    cue_context: tuple[str, str] | None = None
    # The key the desk-wide actor step knows this speaker by: the slug of a name the article could give
    # for the whole desk, or an article-scoped key for a bare surname or an unnamed source
    # (`newsdesk.index.actors.names.article_scoped`). None when `actor` is None.
    actor_key: str | None = None
    actor_gender: str | None = None


@dataclass(frozen=True, slots=True)
class Actor:
    """A canonical speaker across the desk: one per entity, with every way it was named."""

    id: str
    name: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    affiliation: str | None = None
    # Every way the desk wrote this actor as a speaker ("Moscow", "Mr Trump"), with how often, most first.
    alias_counts: tuple[tuple[str, int], ...] = ()
