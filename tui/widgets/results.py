"""The results list: one two-line row per search hit (title; source, date) and its hit count."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from rich.style import Style
from rich.text import Text

from newsdesk.tui.keys import KeyMap
from newsdesk.tui.sanitize import clean_label
from newsdesk.tui.widgets.hints import follow_keys
from newsdesk.tui.widgets.tables import NavTable, Row, Styles, cell

HINT = "{list-open} open · {focus-search} search"


def result_cell(hit: Any, width: int, styles: Styles) -> Text:
    """Title on the first line, source and date on the second."""
    meta = " · ".join(
        part for part in (clean_label(hit.source), hit.date.isoformat() if hit.date else "") if part
    )
    return Text.assemble(
        (clean_label(hit.title or hit.path, width), styles.get("result--title", Style())),
        "\n",
        (clean_label(meta or hit.path, width), styles.get("result--meta", Style())),
    )


class ResultsTable(NavTable):
    """Search results; the row key is the hit's position (statement hits can share an article)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"result--title", "result--meta"}
    FIXED_WIDTHS: ClassVar[tuple[int, ...]] = (4,)
    ROW_HEIGHT = 2
    COLUMNS: ClassVar[tuple[tuple[str, str], ...]] = (("Result", "result"), ("Hits", "hits"))

    def on_mount(self) -> None:
        self.border_title = "Results"
        follow_keys(self, self._hints)

    def _hints(self, keys: KeyMap) -> None:
        self.border_subtitle = keys.hint(HINT)

    def rows_for(self, items: Sequence[Any], flex_width: int, styles: Styles) -> list[Row]:
        return [
            (str(index), [result_cell(hit, flex_width, styles), cell(hit.hit_count)])
            for index, hit in enumerate(items)
        ]

    def show_hits(self, hits: list[Any]) -> None:
        """Replace the rows with these SearchHits, best first."""
        self.show_items(hits)
