"""What the desk-wide actor step knows of each statement's speaker: one typed record per statement.

Extraction resolves a speaker within its article; the desk-wide step (`registry.build_registry`) joins
those per-article actors into desk actors. It needs, per statement, the actor's key and name as the
article resolved them, how the speaker was written, and the speaker's gender, role and affiliation. The
records live in the manifest (one compact row each), so the registry is rebuilt without reading the index.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from newsdesk.index.actors.names import article_scoped, slug
from newsdesk.index.model import ActorKind, Article, Statement

KINDS: frozenset[str] = frozenset({"person", "organisation", "state", "outlet", "unnamed"})


@dataclass(frozen=True, slots=True)
class MentionRecord:
    """One statement's speaker: the article's actor for it and how the article wrote it."""

    article: str
    key: str
    name: str
    kind: ActorKind
    role: str | None = None
    affiliation: str | None = None
    date: str | None = None
    surface: str | None = None
    gender: str | None = None
    source: str | None = None

    @property
    def scoped(self) -> bool:
        """True when the article could not name the actor for the whole desk (a surname, "officials")."""
        return "@" in self.key


def statement_key(statement: Statement, article_key: str) -> str | None:
    """The key a statement's actor is stored under: the slug of a desk-wide name, else article-scoped."""
    if not statement.actor:
        return None
    return statement.actor_key or slug(statement.actor)


def records_for(article: Article, statements: Iterable[Statement]) -> list[MentionRecord]:
    """The mention records of one article's statements (those with an actor)."""
    out = []
    for s in statements:
        key = statement_key(s, article.key)
        if key is None or s.actor is None:
            continue
        day = s.date or article.date
        out.append(
            MentionRecord(
                article=article.key,
                key=key,
                name=s.actor,
                kind=s.actor_kind or "person",
                role=s.role,
                affiliation=s.affiliation,
                date=day.isoformat() if day else None,
                surface=s.speaker,
                gender=s.actor_gender,
                source=article.source,
            )
        )
    return out


def to_rows(records: Sequence[MentionRecord], article_keys: Sequence[str]) -> list[list[Any]]:
    """Compact manifest rows: the article as its index in the file's `keys`, then the fields in order."""
    where = {k: n for n, k in enumerate(article_keys)}
    return [
        [
            where.get(r.article, 0),
            r.key,
            r.name,
            r.kind,
            r.role,
            r.affiliation,
            r.date,
            r.surface,
            r.gender,
            r.source,
        ]
        for r in records
    ]


def from_rows(rows: Iterable[Sequence[Any]], article_keys: Sequence[str]) -> list[MentionRecord]:
    """Records back from manifest rows; a malformed row (a hand-edited manifest) is skipped."""
    out = []
    for row in rows:
        if len(row) != 10 or not isinstance(row[1], str) or not isinstance(row[2], str):
            continue
        n = row[0] if isinstance(row[0], int) and 0 <= row[0] < len(article_keys) else 0
        kind = row[3] if row[3] in KINDS else "person"
        out.append(
            MentionRecord(
                article=article_keys[n] if article_keys else "",
                key=row[1],
                name=row[2],
                kind=cast(ActorKind, kind),
                role=_text(row[4]),
                affiliation=_text(row[5]),
                date=_text(row[6]),
                surface=_text(row[7]),
                gender=_text(row[8]),
                source=_text(row[9]),
            )
        )
    return out


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


__all__ = ["MentionRecord", "article_scoped", "from_rows", "records_for", "statement_key", "to_rows"]
