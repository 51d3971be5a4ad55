"""The article pane: `Article.text` soft-wrapped and read-only, with a cursor, a selection, search hits
and statements marked.

Built on Textual's public Line API (ScrollView + render_line), not on TextArea: TextArea has no
public way to mark ranges, and it renders a whole text line for every screen row it shows, which
froze the app for minutes on a 3 MB article written as one line. Here wrapping is a list of row
starts made off the UI thread, a row is drawn from its own slice of the text, and the marks that
touch it are found by bisection, so the cost of a frame depends on the screen, not on the article.

Every offset in and out is a character offset into the article text; the shown text has the same
length (controls and tabs become spaces). Styles come from the component classes in app.tcss.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import ClassVar

from rich.cells import cell_len, get_character_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import BindingType
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from newsdesk.tui.keys import bindings
from newsdesk.tui.sanitize import for_text_area

Span = tuple[int, int]
# Articles up to this size are re-wrapped on the UI thread when the pane is resized (a few ms);
# longer ones in a worker thread, keeping the old layout on screen meanwhile.
SYNC_WRAP_LIMIT = 200_000
_WORD = re.compile(r"\w+")


def wrap_rows(text: str, width: int) -> list[int]:
    """The offset each screen row starts at: lines split at "\\n", then at the last space that fits.

    A word longer than the row is cut. Widths are terminal cells (wide characters count two).
    """
    width = max(1, width)
    rows: list[int] = []
    append = rows.append
    start = 0
    length = len(text)
    while True:
        newline = text.find("\n", start)
        end = length if newline == -1 else newline
        append(start)
        if end - start > width:
            _wrap_line(text, start, end, width, rows)
        if newline == -1:
            return rows
        start = newline + 1


def _wrap_line(text: str, start: int, end: int, width: int, rows: list[int]) -> None:
    """Append the soft-wrap row starts inside one line (its own start is already in `rows`)."""
    ascii_only = text[start:end].isascii()
    pos = start
    while True:
        fit = width if ascii_only else _chars_that_fit(text, pos, end, width)
        if end - pos <= fit:
            return
        limit = pos + fit
        space = text.rfind(" ", pos + 1, limit + 1)
        cut = space + 1 if space > pos else limit
        if cut >= end:
            return
        rows.append(cut)
        pos = cut


def _chars_that_fit(text: str, pos: int, end: int, width: int) -> int:
    """How many characters from `pos` fill at most `width` cells (at least one)."""
    chunk = text[pos : min(end, pos + width)]
    if cell_len(chunk) <= width:
        return len(chunk)
    used = 0
    for index, character in enumerate(chunk):
        used += get_character_cell_size(character)
        if used > width:
            return max(1, index)
    return len(chunk)


@dataclass(frozen=True, slots=True)
class PreparedText:
    """An article text made ready for the pane, in any thread: sanitised and wrapped at `width`."""

    shown: str
    rows: list[int]
    width: int


def prepare_text(text: str, width: int) -> PreparedText:
    """Sanitise an article text for the screen (same length) and wrap it at `width` cells."""
    shown = for_text_area(text).replace("\t", " ")
    return PreparedText(shown, wrap_rows(shown, width), width)


def merge_spans(spans: Iterable[Span]) -> tuple[list[int], list[int]]:
    """Sorted, disjoint (starts, ends) covering the same characters; empty spans dropped."""
    starts: list[int] = []
    ends: list[int] = []
    for start, end in sorted(spans):
        if end <= start:
            continue
        if ends and start <= ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends


class _Layer:
    """One kind of mark (hits, statements, ...) as disjoint intervals, for bisection by row."""

    __slots__ = ("ends", "spans", "starts")

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        self.spans = sorted(spans)
        self.starts, self.ends = merge_spans(self.spans)

    def within(self, start: int, end: int) -> list[Span]:
        """The intervals that overlap [start, end), clipped to it."""
        out: list[Span] = []
        index = bisect_right(self.ends, start)
        starts, ends = self.starts, self.ends
        while index < len(starts) and starts[index] < end:
            out.append((max(starts[index], start), min(ends[index], end)))
            index += 1
        return out


LAYERS = ("statement", "active", "hit", "selection", "cursor")
# No mark at all: the widget's own style (cached: `rich_style` walks every ancestor each time).
_PLAIN = (False,) * len(LAYERS)


class ArticleView(ScrollView, can_focus=True):
    """Shows one article; offsets in and out are character offsets into `Article.text`."""

    BINDINGS: ClassVar[list[BindingType]] = bindings("article")
    COMPONENT_CLASSES: ClassVar[set[str]] = {f"article--{name}" for name in LAYERS}

    class HitMoved(Message):
        """The cursor jumped to hit number `index` (0-based) of the marked hits."""

        def __init__(self, view: ArticleView, index: int) -> None:
            super().__init__()
            self.view = view
            self.index = index

        @property
        def control(self) -> ArticleView:
            return self.view

    class MoreHits(Message):
        """`n` went past the last hit marked while the query has more: mark those after `after`."""

        def __init__(self, view: ArticleView, after: int) -> None:
            super().__init__()
            self.view = view
            self.after = after

        @property
        def control(self) -> ArticleView:
            return self.view

    class SelectionChanged(Message):
        """The cursor moved or the selection changed."""

        def __init__(self, view: ArticleView) -> None:
            super().__init__()
            self.view = view

        @property
        def control(self) -> ArticleView:
            return self.view

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._text = ""
        self._rows: list[int] = [0]
        self._width = 0
        self.cursor = 0
        self.selection_anchor = 0
        self._goal_x: int | None = None
        self._dragging = False
        self._layers: dict[str, _Layer] = {name: _Layer() for name in ("statement", "active", "hit")}
        self._styles: dict[tuple[bool, ...], Style] = {}
        self._wrap_generation = 0
        # (size, scrollable size, container size) when last laid out: see `_size_updated`.
        self._laid_out_as: tuple[Size, Size, Size] | None = None
        # Every hit of the query in this text, marked or not yet (hits are marked a batch at a time).
        self.hits_total = 0

    # ---- content -----------------------------------------------------------------------------

    @property
    def text(self) -> str:
        """The text on screen (the article text with controls as spaces: same offsets)."""
        return self._text

    @property
    def hits(self) -> list[Span]:
        """The search hits marked, in order."""
        return self._layers["hit"].spans

    @property
    def statement_spans(self) -> list[Span]:
        """The statement spans marked, in order."""
        return self._layers["statement"].spans

    @property
    def active_spans(self) -> list[Span]:
        """The spans of the current statement."""
        return self._layers["active"].spans

    @property
    def wrap_width(self) -> int:
        """The width rows are wrapped at: the pane's width inside its border and scrollbar.

        Before the pane is laid out it has no width; a text opened then is wrapped at 80 columns
        (not at one, which would make a row of every character) and again once it has one.
        """
        width = self.scrollable_content_region.width
        return width if width > 0 else 80

    @property
    def row_count(self) -> int:
        """How many screen rows the wrapped text has."""
        return len(self._rows)

    def show_text(self, text: str, hits: Sequence[Span] = (), statements: Sequence[Span] = ()) -> None:
        """Show a new text with its hit and statement spans; the cursor goes to the top."""
        self.show_prepared(prepare_text(text, self.wrap_width), hits, statements)

    def show_prepared(
        self, prepared: PreparedText, hits: Sequence[Span] = (), statements: Sequence[Span] = ()
    ) -> None:
        """Show a text prepared by `prepare_text` (in a worker), with its hit and statement spans."""
        self._wrap_generation += 1
        self._text = prepared.shown
        self._rows = prepared.rows
        self._width = prepared.width
        self._layers = {"statement": _Layer(statements), "active": _Layer(), "hit": _Layer(hits)}
        self.hits_total = len(self._layers["hit"].spans)
        self.cursor = self.selection_anchor = 0
        self._goal_x = None
        self._update_virtual_size()
        self.scroll_to(0, 0, animate=False, immediate=True)
        if prepared.width != self.wrap_width:  # resized meanwhile
            self._rewrap()
        self.refresh()
        self.post_message(self.SelectionChanged(self))

    def set_hits(self, hits: Sequence[Span], total: int | None = None) -> None:
        """Replace the search-hit marks (after the query changed) without reloading the text.

        `total` is how many hits the query has in the text (more than marked when it was capped).
        """
        self._layers["hit"] = _Layer(hits)
        self.hits_total = len(hits) if total is None else max(total, len(hits))
        self.refresh()

    def add_hits(self, hits: Sequence[Span]) -> None:
        """Mark more hits (the next batch of a long article's)."""
        self._layers["hit"] = _Layer([*self._layers["hit"].spans, *hits])
        self.hits_total = max(self.hits_total, len(self._layers["hit"].spans))
        self.refresh()

    def set_active(self, spans: Sequence[Span]) -> None:
        """Mark the spans of one statement as the current one (empty: none)."""
        if sorted(spans) == self._layers["active"].spans:
            return
        self._layers["active"] = _Layer(spans)
        self.refresh()

    def marks_in_row(self, row: int) -> dict[str, list[Span]]:
        """The marks drawn on one screen row, per layer, as character offsets (for tests and tools)."""
        start, end = self._row_bounds(row)
        return {name: layer.within(start, end) for name, layer in self._layers.items()}

    # ---- geometry ----------------------------------------------------------------------------

    def _update_virtual_size(self) -> None:
        self.virtual_size = Size(self.wrap_width, len(self._rows))

    def _row_bounds(self, row: int) -> Span:
        """[start, end) of a screen row's characters, without its line break."""
        rows = self._rows
        start = rows[row]
        if row + 1 < len(rows):
            end = rows[row + 1]
            if end > start and self._text[end - 1] == "\n":
                end -= 1
        else:
            end = len(self._text)
        return start, end

    def row_of(self, offset: int) -> int:
        """The screen row an offset is shown on."""
        return max(0, bisect_right(self._rows, offset) - 1)

    def _x_of(self, offset: int) -> int:
        start = self._rows[self.row_of(offset)]
        return cell_len(self._text[start:offset])

    def _offset_at(self, row: int, x: int) -> int:
        """The offset shown at cell column `x` of a row (its end when x is past it)."""
        row = max(0, min(row, len(self._rows) - 1))
        start, end = self._row_bounds(row)
        line = self._text[start:end]
        if line.isascii():
            return start + max(0, min(x, len(line)))
        used = 0
        for index, character in enumerate(line):
            used += get_character_cell_size(character)
            if used > x:
                return start + index
        return end

    def _size_updated(
        self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        # Textual calls this while it lays the screen out at a new size, before it draws that frame
        # (the Resize event comes after the frame): a short text re-wrapped here is drawn wrapped
        # for the new width in that first frame, not one layout and frame later.
        if (size, self.virtual_size, container_size) == self._laid_out_as:
            # Laid out again as it already is (Textual lays the screen out once more after a resize):
            # Textual would repaint the scrollbar all the same, which costs one more frame.
            return False
        resized = super()._size_updated(size, virtual_size, container_size, layout)
        if self.wrap_width != self._width and len(self._text) <= SYNC_WRAP_LIMIT:
            self._rewrap()
            self._scroll_update(self.virtual_size)  # the scrollbar for the new row count, same frame
        self._laid_out_as = (size, self.virtual_size, container_size)
        return resized

    def on_resize(self, event: events.Resize) -> None:
        if self.wrap_width != self._width:
            self._rewrap()

    def _rewrap(self) -> None:
        width = self.wrap_width
        if len(self._text) <= SYNC_WRAP_LIMIT:
            self._apply_wrap(self._wrap_generation, width, wrap_rows(self._text, width))
        else:
            self._rewrap_in_thread(self._wrap_generation, self._text, width)

    def _rewrap_in_thread(self, generation: int, text: str, width: int) -> None:
        def wrap() -> None:
            rows = wrap_rows(text, width)
            self.app.call_from_thread(self._apply_wrap, generation, width, rows)

        self.run_worker(wrap, thread=True, exclusive=True, group="article-wrap")

    def _apply_wrap(self, generation: int, width: int, rows: list[int]) -> None:
        if generation != self._wrap_generation or width != self.wrap_width:
            return
        self._rows = rows
        self._width = width
        self._update_virtual_size()
        self.scroll_cursor_visible(center=True)
        self.refresh()

    # ---- drawing -----------------------------------------------------------------------------

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles = {}

    def _style(self, flags: tuple[bool, ...]) -> Style:
        style = self._styles.get(flags)
        if style is None:
            style = self.rich_style
            for name, on in zip(LAYERS, flags, strict=True):
                if on:
                    style += self.get_component_rich_style(f"article--{name}", partial=True)
            self._styles[flags] = style
        return style

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        row = self.scroll_offset.y + y
        if row >= len(self._rows) or (not self._text and not self.has_focus):
            return Strip.blank(width, self._style(_PLAIN))
        start, end = self._row_bounds(row)
        spans = {name: layer.within(start, end) for name, layer in self._layers.items()}
        low, high = sorted((self.selection_anchor, self.cursor))
        spans["selection"] = [(max(low, start), min(high, end))] if low < end and high > start else []
        cursor_end = end + 1 if end == len(self._text) or row + 1 < len(self._rows) else end
        show_cursor = self.has_focus and start <= self.cursor < cursor_end and self.row_of(self.cursor) == row
        spans["cursor"] = [(self.cursor, self.cursor + 1)] if show_cursor else []
        text = self._text[start:end]
        if show_cursor and self.cursor >= end:
            text += " "  # the cursor at the end of a line sits on a blank cell
        stop = start + len(text)
        edges = {start, stop}
        for found in spans.values():
            for a, b in found:
                edges.add(max(start, min(a, stop)))
                edges.add(max(start, min(b, stop)))
        points = sorted(edges)
        segments: list[Segment] = []
        for a, b in pairwise(points):
            if a >= b:
                continue
            flags = tuple(any(s <= a < e for s, e in spans[name]) for name in LAYERS)
            segments.append(Segment(text[a - start : b - start], self._style(flags)))
        return Strip(segments).adjust_cell_length(width, self._style(_PLAIN))

    # ---- cursor and selection ----------------------------------------------------------------

    @property
    def cursor_offset(self) -> int:
        """Character offset of the cursor."""
        return self.cursor

    def selected_span(self) -> Span | None:
        """Character offsets of the selection, in order, or None when nothing is selected."""
        if self.selection_anchor == self.cursor:
            return None
        low, high = sorted((self.selection_anchor, self.cursor))
        return low, high

    @property
    def selected_text(self) -> str:
        """The selected text ("" when nothing is selected)."""
        span = self.selected_span()
        return self._text[span[0] : span[1]] if span else ""

    def move_to(self, offset: int, *, select: bool = False, keep_goal: bool = False) -> None:
        """Put the cursor at an offset; with `select`, extend the selection to it."""
        offset = max(0, min(offset, len(self._text)))
        changed = offset != self.cursor or (not select and self.selection_anchor != offset)
        self.cursor = offset
        if not select:
            self.selection_anchor = offset
        if not keep_goal:
            self._goal_x = None
        self.scroll_cursor_visible()
        if changed:
            self.refresh()
            self.post_message(self.SelectionChanged(self))

    def select_span(self, start: int, end: int) -> None:
        """Select a span and scroll it into view, its start first (long quotes show their beginning)."""
        length = len(self._text)
        self.selection_anchor = max(0, min(end, length))
        self.cursor = max(0, min(start, length))
        self._goal_x = None
        self.scroll_cursor_visible(center=True)
        self.refresh()
        self.post_message(self.SelectionChanged(self))

    def scroll_cursor_visible(self, center: bool = False) -> None:
        """Scroll so the cursor's row is on screen (in the middle with `center`)."""
        row = self.row_of(self.cursor)
        height = max(1, self.scrollable_content_region.height)
        top = self.scroll_offset.y
        if center and not top <= row < top + height:
            self.scroll_to(y=max(0, row - height // 2), animate=False, immediate=True)
        elif row < top:
            self.scroll_to(y=row, animate=False, immediate=True)
        elif row >= top + height:
            self.scroll_to(y=row - height + 1, animate=False, immediate=True)

    def _vertical(self, rows: int, select: bool) -> None:
        if self._goal_x is None:
            self._goal_x = self._x_of(self.cursor)
        row = self.row_of(self.cursor) + rows
        if row < 0:
            target = 0
        elif row >= len(self._rows):
            target = len(self._text)
        else:
            target = self._offset_at(row, self._goal_x)
        self.move_to(target, select=select, keep_goal=True)

    def action_cursor_down(self, select: bool = False) -> None:
        """One row down."""
        self._vertical(1, select)

    def action_cursor_up(self, select: bool = False) -> None:
        """One row up."""
        self._vertical(-1, select)

    def action_page_down(self, select: bool = False) -> None:
        """One screen down."""
        self._vertical(max(1, self.scrollable_content_region.height - 1), select)

    def action_page_up(self, select: bool = False) -> None:
        """One screen up."""
        self._vertical(-max(1, self.scrollable_content_region.height - 1), select)

    def action_cursor_left(self, select: bool = False) -> None:
        """One character left (collapses a selection to its start)."""
        span = self.selected_span()
        self.move_to(span[0] if span and not select else self.cursor - 1, select=select)

    def action_cursor_right(self, select: bool = False) -> None:
        """One character right (collapses a selection to its end)."""
        span = self.selected_span()
        self.move_to(span[1] if span and not select else self.cursor + 1, select=select)

    def action_word_left(self, select: bool = False) -> None:
        """To the start of this or the previous word."""
        starts = [m.start() for m in _WORD.finditer(self._text, max(0, self.cursor - 400), self.cursor)]
        self.move_to(starts[-1] if starts else max(0, self.cursor - 1), select=select)

    def action_word_right(self, select: bool = False) -> None:
        """To the end of this or the next word."""
        found = _WORD.search(self._text, self.cursor)
        self.move_to(found.end() if found else len(self._text), select=select)

    def action_line_start(self, select: bool = False) -> None:
        """To the start of the line."""
        self.move_to(self._text.rfind("\n", 0, self.cursor) + 1, select=select)

    def action_line_end(self, select: bool = False) -> None:
        """To the end of the line."""
        newline = self._text.find("\n", self.cursor)
        self.move_to(len(self._text) if newline == -1 else newline, select=select)

    def action_top(self) -> None:
        """To the start of the article."""
        self.move_to(0)

    def action_bottom(self) -> None:
        """To the end of the article."""
        self.move_to(len(self._text))

    def action_copy(self) -> None:
        """Copy the selection to the clipboard (OSC 52: the terminal must allow it)."""
        if self.selected_text:
            self.app.copy_to_clipboard(self.selected_text)

    def action_next_hit(self) -> None:
        """Move to the next search hit after the cursor, wrapping around."""
        self._jump_hit(forward=True)

    def action_previous_hit(self) -> None:
        """Move to the previous search hit before the cursor, wrapping around."""
        self._jump_hit(forward=False)

    def _jump_hit(self, *, forward: bool) -> None:
        hits = self._layers["hit"].spans
        if not hits:
            self.app.bell()
            return
        here = (self.cursor, len(self._text) + 1)
        if forward:
            index = bisect_right(hits, here)
            if index >= len(hits):
                if len(hits) < self.hits_total:
                    self.post_message(self.MoreHits(self, hits[-1][1]))
                    return
                index = 0
        else:
            index = bisect_left(hits, (self.cursor, -1)) - 1
            if index < 0:
                index = len(hits) - 1
        self.move_to(hits[index][0])
        self.scroll_cursor_visible(center=True)
        self.post_message(self.HitMoved(self, index))

    # ---- mouse -------------------------------------------------------------------------------

    def _offset_at_mouse(self, event: events.MouseEvent) -> int | None:
        where = event.get_content_offset_capture(self) if self._dragging else event.get_content_offset(self)
        if where is None:
            return None
        return self._offset_at(self.scroll_offset.y + where.y, self.scroll_offset.x + where.x)

    async def on_mouse_down(self, event: events.MouseDown) -> None:
        offset = self._offset_at_mouse(event)
        if event.button != 1 or offset is None:
            return
        self.focus()
        self.move_to(offset, select=event.shift)
        self._dragging = True
        self.capture_mouse()

    async def on_mouse_move(self, event: events.MouseMove) -> None:
        if self._dragging:
            offset = self._offset_at_mouse(event)
            if offset is not None:
                self.move_to(offset, select=True)

    async def on_mouse_up(self, event: events.MouseUp) -> None:
        if self._dragging:
            self._dragging = False
            self.release_mouse()

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()
