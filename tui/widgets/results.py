"""The results list: one two-line row per search hit (title; source, date) and its hit count."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from rich.text import Text

from newsdesk.tui.sanitize import clean_label
from newsdesk.tui.widgets.tables import NavTable, cell


def result_cell(hit: Any, width: int) -> Text:
    """Title on the first line, source and date dimmed on the second."""
    meta = " · ".join(
        part for part in (clean_label(hit.source), hit.date.isoformat() if hit.date else "") if part
    )
    return Text.assemble(
        clean_label(hit.title or hit.path, width), "\n", (clean_label(meta or hit.path, width), "dim")
    )


class ResultsTable(NavTable):
    """Search results; the row key is the hit's position (statement hits can share an article)."""

    FIXED_WIDTHS: ClassVar[tuple[int, ...]] = (4,)
    ROW_HEIGHT = 2

    def on_mount(self) -> None:
        self.add_column("Result", key="result")
        self.add_column("Hits", key="hits")

    def rows_for(self, items: Sequence[Any], flex_width: int) -> list[tuple[str, list[Text]]]:
        return [
            (str(index), [result_cell(hit, flex_width), cell(hit.hit_count)])
            for index, hit in enumerate(items)
        ]

    def show_hits(self, hits: list[Any]) -> None:
        """Replace the rows with these SearchHits, best first."""
        self.show_items(hits)
