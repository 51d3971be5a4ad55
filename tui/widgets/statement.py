"""How a statement reads on screen: one set of parts, styled from app.tcss, for every pane.

`StatementLine` shows the statement under the cursor (or the open article's summary); the Quotes
and Timeline lists draw their cells with the same functions and the same component classes, so a
statement looks the same wherever it appears. No style is written in Python: each part names a
component class and the widget that draws it supplies the style.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Protocol

from rich.style import Style
from rich.text import Text
from textual.widgets import Static

from newsdesk.tui.sanitize import clean_label

# The component classes of a statement's parts; widgets that draw statements declare them.
STATEMENT_PARTS = frozenset(
    {"statement--who", "statement--role", "statement--meta", "statement--quote", "statement--hint"}
)
Part = tuple[str, str]  # (text, component class; "" for the widget's own style)


class Dated(Protocol):
    """What `statement_date` reads: a statement or a timeline entry."""

    @property
    def date(self) -> dt.date | None: ...
    @property
    def date_text(self) -> str | None: ...


def statement_date(statement: Dated) -> str:
    """How a statement's date reads in a list: the date, or the phrase it came from."""
    if statement.date is not None:
        return statement.date.isoformat()
    return statement.date_text or ""


def who_said(statement: Any, limit: int = 40) -> str:
    """The speaker as written, and the actor it was resolved to when that differs."""
    speaker = clean_label(statement.speaker or "unnamed", limit)
    actor = clean_label(statement.actor or "", limit)
    return speaker if not actor or actor == speaker else f"{speaker} → {actor}"


def statement_meta(statement: Any, cue_limit: int = 20) -> str:
    """'cue · kind · date'."""
    return f"{clean_label(statement.cue, cue_limit)} · {statement.kind} · {statement_date(statement) or 'undated'}"


def line_parts(statement: Any) -> list[Part]:
    """One line about a statement: who said it, their role, then cue, kind and date."""
    role = clean_label(", ".join(p for p in (statement.role, statement.affiliation) if p), 40)
    return [
        (who_said(statement), "statement--who"),
        (f" ({role})" if role else "", "statement--role"),
        (f"  {statement_meta(statement)}", "statement--meta"),
    ]


def cell_parts(statement: Any, width: int) -> list[Part]:
    """Two lines for a list: the actor and 'cue · kind · date', then the quote."""
    head = statement_meta(statement, 16)
    actor = clean_label(statement.actor or statement.speaker or "?", max(8, width - len(head) - 2))
    if len(actor) + 2 + len(head) > width:  # a narrow pane: the meta gives way, the name stays
        head = clean_label(head, max(1, width - len(actor) - 2))
    return [
        (actor, "statement--who"),
        ("  ", ""),
        (head, "statement--meta"),
        ("\n", ""),
        (clean_label(statement.quote, width), "statement--quote"),
    ]


def article_parts(article: Any, count: int, hint: str) -> list[Part]:
    """The line under an article when the cursor is on no statement: outlet, date, statement count."""
    date = article.date.isoformat() if article.date else "undated"
    return [
        (clean_label(article.source or "", 30), "statement--who"),
        (f"  {date}  {count} statement{'s' if count != 1 else ''}", ""),
        (f"  ({hint})" if count and hint else "", "statement--hint"),
    ]


def assemble(parts: list[Part], styles: Mapping[str, Style] | Callable[[str], Style]) -> Text:
    """The parts as Rich text (never parsed as markup), each in its component's style."""
    lookup = styles if callable(styles) else styles.get
    return Text.assemble(
        *((text, (lookup(name) if name else None) or Style()) for text, name in parts if text)
    )


class StatementLine(Static):
    """One line: the statement under the article's cursor, or the article's outlet and date."""

    COMPONENT_CLASSES: ClassVar[set[str]] = set(STATEMENT_PARTS)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)
        self.parts: list[Part] = []

    def _part_style(self, name: str) -> Style:
        return self.get_component_rich_style(name, partial=True)

    def show_parts(self, parts: list[Part]) -> None:
        """Show these parts (an empty list clears the line)."""
        self.parts = parts
        self.update(assemble(parts, self._part_style))

    def show_statement(self, statement: Any) -> None:
        """Who said it, their role, the cue, kind and date."""
        self.show_parts(line_parts(statement))

    def show_article(self, article: Any, count: int, hint: str) -> None:
        """The article's outlet and date, its statement count and a hint."""
        self.show_parts(article_parts(article, count, hint))

    @property
    def plain(self) -> str:
        """The line as plain text."""
        return "".join(text for text, _ in self.parts)
