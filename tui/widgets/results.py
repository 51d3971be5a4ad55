"""The results list: one row per search hit (title, source, date, hit count)."""

from __future__ import annotations

from typing import Any

from textual import events

from tui.widgets.tables import NavTable, cell

SOURCE_WIDTH = 12
DATE_WIDTH = 10
HITS_WIDTH = 4
# Two columns of padding per cell, four cells.
FIXED_WIDTH = SOURCE_WIDTH + DATE_WIDTH + HITS_WIDTH + 8


class ResultsTable(NavTable):
    """Search results; the row key is the hit's position (statement hits can share an article)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._hits: list[Any] = []
        self._title_width = 30

    def on_mount(self) -> None:
        self.add_column("Title", key="title")
        self.add_column("Source", key="source")
        self.add_column("Date", key="date")
        self.add_column("Hits", key="hits")

    def on_resize(self, event: events.Resize) -> None:
        # Titles get what the fixed columns leave, so source/date/hits stay visible.
        width = max(12, event.size.width - FIXED_WIDTH - 2)
        if width != self._title_width:
            self._title_width = width
            if self._hits:
                row = self.cursor_row
                self.show_hits(self._hits)
                self.move_cursor(row=row)

    def show_hits(self, hits: list[Any]) -> None:
        """Replace the rows with these SearchHits, best first."""
        self._hits = list(hits)
        self.set_rows(
            (
                str(index),
                [
                    cell(hit.title or hit.path, self._title_width),
                    cell(hit.source, SOURCE_WIDTH),
                    cell(hit.date),
                    cell(hit.hit_count),
                ],
            )
            for index, hit in enumerate(hits)
        )
