"""The list panes' shared base: a row-cursor DataTable with vim keys and plain-text cells."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections.abc import Iterable, Sequence
from typing import Any, ClassVar

from rich.style import Style
from rich.text import Text
from textual import events, work
from textual.binding import BindingType
from textual.geometry import Size
from textual.widgets import DataTable

from newsdesk.tui.keys import bindings
from newsdesk.tui.sanitize import clean_label

Styles = dict[str, Style]
# A resize waits this long before the rows are cut anew: a window being dragged costs one rebuild.
REFIT_DELAY = 0.05
# Lists up to this long (a page of results, an article's quotes) are re-cut at once on a resize, in
# the same frame as the rest of the re-flow (~1 ms for 50 rows); longer ones after REFIT_DELAY in a
# thread (a timeline may hold thousands).
SYNC_REFIT_ROWS = 120
Row = tuple[str, list[Text]]


def cell(value: object, limit: int | None = None) -> Text:
    """A table cell that shows untrusted text literally (a str cell would be parsed as markup)."""
    if value is None:
        return Text("")
    if isinstance(value, dt.date):
        return Text(value.isoformat())
    return Text(clean_label(str(value), limit))


class NavTable(DataTable[Text]):
    """A DataTable of rows with j/k movement and one flexible text column.

    Subclasses list their fixed column widths in FIXED_WIDTHS and build rows in `rows_for`; the
    flexible column gets what the pane has left, so no column is pushed out of sight. Cell styles
    come from the subclass's COMPONENT_CLASSES (app.tcss), read on the UI thread by `cell_styles`
    and handed to `rows_for`, which may run in a worker thread.
    """

    BINDINGS: ClassVar[list[BindingType]] = bindings("lists")
    # (label, key) of each column, the flexible one included.
    COLUMNS: ClassVar[tuple[tuple[str, str], ...]] = ()
    FIXED_WIDTHS: ClassVar[tuple[int, ...]] = ()
    MIN_FLEX = 12
    ROW_HEIGHT = 1

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self.items: list[Any] = []
        self.flex_width = 30
        self._g_pressed = 0.0  # when `g` was pressed: a second one within GG_SECONDS goes to the top
        self._own_rich_style: Style | None = None
        # (size, scrollable size, container size) when last laid out: see `_size_updated`.
        self._laid_out_as: tuple[Size, Size, Size] | None = None

    GG_SECONDS = 1.0

    @property
    def rich_style(self) -> Style:
        # DataTable asks for it for every line it draws, and Textual computes it anew each time by
        # walking every ancestor (~13% of a resized frame's drawing): kept until the styles change.
        # Any restyle of the table or of an ancestor restyles the table too (notify_style_update).
        style = self._own_rich_style
        if style is None:
            style = self._own_rich_style = super().rich_style
        return style

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._own_rich_style = None

    def action_go_top(self) -> None:
        """`gg`: the first row (a single `g` waits for the second)."""
        now = time.monotonic()
        if now - self._g_pressed <= self.GG_SECONDS:
            self._g_pressed = 0.0
            self.action_first_row()
        else:
            self._g_pressed = now

    def action_go_bottom(self) -> None:
        """`G`: the last row."""
        self.action_last_row()

    def action_first_row(self) -> None:
        """The first row."""
        if self.row_count:
            self.move_cursor(row=0, animate=False)

    def action_last_row(self) -> None:
        """The last row."""
        if self.row_count:
            self.move_cursor(row=self.row_count - 1, animate=False)

    def _on_mount(self, event: events.Mount) -> None:
        self._reset_columns()

    def _reset_columns(self) -> None:
        """Empty the table and make its columns anew: a column keeps the width of its widest cell
        ever, so rows cut for a narrower pane would still leave it too wide."""
        self.clear(columns=True)
        for label, key in self.COLUMNS:
            self.add_column(label, key=key)

    def cell_styles(self) -> Styles:
        """The styles of this table's component classes, by name."""
        return {
            name: self.get_component_rich_style(name, partial=True)
            for name in self.COMPONENT_CLASSES
            if not name.startswith("datatable--")
        }

    def rows_for(self, items: Sequence[Any], flex_width: int, styles: Styles) -> list[Row]:
        """(row key, cells) for each item; pure, so it may run in a worker thread."""
        raise NotImplementedError

    async def show_items_async(self, items: Sequence[Any]) -> None:
        """Like `show_items`, building the rows in a thread and adding them in batches."""
        styles = self.cell_styles()
        width = self.flex_width
        rows = await asyncio.to_thread(self.rows_for, list(items), width, styles)
        self.items = list(items)
        if width != self.flex_width:
            # Resized while the rows were being cut (its re-cut saw the old items): cut them again.
            rows = await asyncio.to_thread(self.rows_for, self.items, self.flex_width, self.cell_styles())
        await self.set_rows_async(rows)
        self.call_after_refresh(self._recut_if_stale)

    def show_items(self, items: Sequence[Any]) -> None:
        """Replace the rows with these items (at once: for short lists such as search results)."""
        self.items = list(items)
        self.set_rows(self.rows_for(self.items, self.flex_width, self.cell_styles()))
        self.call_after_refresh(self._recut_if_stale)

    def _flex_for(self, width: int) -> int:
        # Two columns of padding per cell, and room for a vertical scrollbar and the border.
        fixed = sum(self.FIXED_WIDTHS) + 2 * (len(self.FIXED_WIDTHS) + 1) + 4
        return max(self.MIN_FLEX, width - fixed)

    def on_show(self) -> None:
        self.call_after_refresh(self._recut_if_stale)

    def recut(self) -> None:
        """Cut the rows again for the width the table has now."""
        self.flex_width = -1
        self._recut_if_stale()

    def _recut_if_stale(self) -> None:
        # A pane laid out while its rows were being set can miss the resize that re-cuts them (on a
        # loaded machine the rows stayed cut for the width of a frame before): check once laid out.
        width = self.outer_size.width
        if width > 0 and self._flex_for(width) != self.flex_width:
            self.on_resize(events.Resize(self.outer_size, self.virtual_size, self.container_size))

    def _size_updated(
        self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        # Textual calls this while it lays the screen out at a new size, before it draws that frame
        # (the Resize event comes after the frame): a short list re-cut here is drawn cut for the
        # new width in that first frame, and the frame after it finds its lines cached, instead of
        # drawing the stale rows first and the whole table again one layout and frame later.
        width = self._flex_for(size.width)
        if size.width > 0 and width != self.flex_width and len(self.items) <= SYNC_REFIT_ROWS:
            self._cut_now(width)
            self._measure_rows()
        laid_out = (size, self.virtual_size, container_size)
        if laid_out == self._laid_out_as:
            # Laid out again as it already is (Textual lays the screen out once more after a resize):
            # Textual would repaint the scrollbars all the same, which costs one more frame.
            return False
        self._laid_out_as = laid_out
        return super()._size_updated(size, virtual_size, container_size, layout)

    def _measure_rows(self) -> None:
        """Size the columns and the scrollable area for the rows just added, as DataTable does when
        idle, so that they are drawn right in the frame being laid out."""
        if self._require_update_dimensions:
            self._require_update_dimensions = False
            new_rows = self._new_rows.copy()
            self._new_rows.clear()
            self._update_dimensions(new_rows)

    def on_resize(self, event: events.Resize) -> None:
        width = self._flex_for(event.size.width)
        if width != self.flex_width:
            if len(self.items) > SYNC_REFIT_ROWS:
                self.flex_width = width
                self._refit(width)
            else:
                self._cut_now(width)

    def _cut_now(self, width: int) -> None:
        """Cut the rows for a flexible column this wide, keeping the cursor's row."""
        self.flex_width = width
        if self.items:
            row = self.cursor_row
            self.set_rows(self.rows_for(self.items, width, self.cell_styles()))
            self.move_cursor(row=row, animate=False)

    @work(exclusive=True, group="table-refit")
    async def _refit(self, width: int) -> None:
        """Cut the rows for a new width: built in a thread and added in batches (a timeline may hold
        thousands), after a short pause so a window being dragged costs one rebuild."""
        await asyncio.sleep(REFIT_DELAY)
        row = self.cursor_row
        items = self.items
        rows = await asyncio.to_thread(self.rows_for, items, width, self.cell_styles())
        if width != self.flex_width or items is not self.items:
            return
        await self.set_rows_async(rows)
        self.move_cursor(row=row, animate=False)

    def set_rows(self, rows: Iterable[Row]) -> None:
        """Replace all rows with (key, cells) pairs."""
        self._reset_columns()
        for key, cells in rows:
            self.add_row(*cells, key=key, height=self.ROW_HEIGHT)

    async def set_rows_async(self, rows: list[Row], batch: int = 200) -> None:
        """Like `set_rows`, yielding to the event loop between batches so long lists never freeze it."""
        self._reset_columns()
        for index in range(0, len(rows), batch):
            for key, cells in rows[index : index + batch]:
                self.add_row(*cells, key=key, height=self.ROW_HEIGHT)
            await asyncio.sleep(0)

    @property
    def current_item(self) -> Any:
        """The item under the cursor, or None for an empty table."""
        if 0 <= self.cursor_row < len(self.items) and self.row_count:
            return self.items[self.cursor_row]
        return None

    @property
    def current_key(self) -> str | None:
        """The key of the row under the cursor, or None for an empty table."""
        if self.row_count == 0:
            return None
        try:
            return self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value
        except Exception:
            return None
