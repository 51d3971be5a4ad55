"""The Quotes tab: statements of the open article in text order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.text import Text

from newsdesk.tui.sanitize import clean_label
from newsdesk.tui.widgets.tables import NavTable


def statement_date(statement: Any) -> str:
    """How a statement's date reads in a list: the date, or the phrase it came from."""
    if statement.date is not None:
        return statement.date.isoformat()
    return statement.date_text or ""


def statement_cell(st: Any, width: int) -> Text:
    """Actor and "cue · kind · date" on the first line, the quote on the second."""
    head = f"{clean_label(st.cue, 16)} · {st.kind} · {statement_date(st) or 'undated'}"
    actor = clean_label(st.actor or st.speaker or "?", max(8, width - len(head) - 2))
    return Text.assemble((actor, "bold"), "  ", (head, "dim"), "\n", clean_label(st.quote, width))


class QuotesTable(NavTable):
    """One two-line row per statement; the row key is the statement's index in the article's list."""

    ROW_HEIGHT = 2

    def on_mount(self) -> None:
        self.add_column("Statements (Enter: select in the text, t: timeline)", key="statement")

    def rows_for(self, items: Sequence[Any], flex_width: int) -> list[tuple[str, list[Text]]]:
        return [(str(index), [statement_cell(st, flex_width)]) for index, st in enumerate(items)]

    def show_statements(self, statements: list[Any]) -> None:
        """Replace the rows with these Statements."""
        self.show_items(statements)
