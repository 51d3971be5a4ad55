"""The Quotes tab: statements of the open article in text order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from newsdesk.tui.keys import KeyMap
from newsdesk.tui.widgets.hints import follow_keys
from newsdesk.tui.widgets.statement import STATEMENT_PARTS, assemble, cell_parts
from newsdesk.tui.widgets.tables import NavTable, Row, Styles

HINT = "{list-open} select in the text · {timeline} timeline"


class QuotesTable(NavTable):
    """One two-line row per statement; the row key is the statement's index in the article's list."""

    COMPONENT_CLASSES: ClassVar[set[str]] = set(STATEMENT_PARTS)
    ROW_HEIGHT = 2
    COLUMNS: ClassVar[tuple[tuple[str, str], ...]] = (("Statement", "statement"),)

    def on_mount(self) -> None:
        self.show_header = False
        self.border_title = "Statements"
        follow_keys(self, self._hints)

    def _hints(self, keys: KeyMap) -> None:
        self.border_subtitle = keys.hint(HINT)

    def rows_for(self, items: Sequence[Any], flex_width: int, styles: Styles) -> list[Row]:
        return [
            (str(index), [assemble(cell_parts(st, flex_width), styles)]) for index, st in enumerate(items)
        ]
