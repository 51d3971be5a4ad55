"""The list panes' shared base: a row-cursor DataTable with vim keys and plain-text cells."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterable
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets import DataTable

from tui.sanitize import clean_label


def cell(value: object, limit: int | None = None) -> Text:
    """A table cell that shows untrusted text literally (a str cell would be parsed as markup)."""
    if value is None:
        return Text("")
    if isinstance(value, dt.date):
        return Text(value.isoformat())
    return Text(clean_label(str(value), limit))


class NavTable(DataTable):
    """A DataTable of rows with j/k movement; subclasses fill it with `set_rows`."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="cursor-down"),
        Binding("k", "cursor_up", "Up", show=False, id="cursor-up"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)

    def set_rows(self, rows: Iterable[tuple[str, list[Text]]]) -> None:
        """Replace all rows with (key, cells) pairs, keeping the columns."""
        self.clear()
        for key, cells in rows:
            self.add_row(*cells, key=key)

    async def set_rows_async(self, rows: list[tuple[str, list[Text]]], batch: int = 200) -> None:
        """Like `set_rows`, yielding to the event loop between batches so long lists never freeze it."""
        self.clear()
        for index in range(0, len(rows), batch):
            for key, cells in rows[index : index + batch]:
                self.add_row(*cells, key=key)
            await asyncio.sleep(0)

    @property
    def current_key(self) -> str | None:
        """The key of the row under the cursor, or None for an empty table."""
        if self.row_count == 0:
            return None
        try:
            return self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value
        except Exception:
            return None
