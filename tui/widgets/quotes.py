"""The Quotes tab: statements of the open article in text order."""

from __future__ import annotations

from typing import Any

from rich.text import Text

from tui.widgets.tables import NavTable, cell


def statement_date(statement: Any) -> str:
    """How a statement's date reads in a list: the date, or the phrase it came from."""
    if statement.date is not None:
        return statement.date.isoformat()
    return statement.date_text or ""


class QuotesTable(NavTable):
    """One row per statement; the row key is the statement's index in the article's list."""

    def on_mount(self) -> None:
        self.add_column("Actor", key="actor")
        self.add_column("Cue", key="cue")
        self.add_column("Kind", key="kind")
        self.add_column("Date", key="date")
        self.add_column("Quote", key="quote")

    def show_statements(self, statements: list[Any]) -> None:
        """Replace the rows with these Statements."""
        self.set_rows(quote_rows(statements))


def quote_rows(statements: list[Any]) -> list[tuple[str, list[Text]]]:
    """Table rows for statements (key = index); pure, so it can run in a worker thread."""
    return [
        (
            str(index),
            [
                cell(st.actor or st.speaker or "?", 24),
                cell(st.cue, 12),
                cell(st.kind),
                cell(statement_date(st)),
                cell(st.quote, 60),
            ],
        )
        for index, st in enumerate(statements)
    ]
