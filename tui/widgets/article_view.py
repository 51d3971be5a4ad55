"""The article pane: a read-only TextArea that marks search hits and statements.

TextArea has no public API for range highlights; we extend its private `_build_highlight_map()`
(textual is pinned for this) and style the names through a registered TextAreaTheme.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import ClassVar

from rich.style import Style
from textual.binding import Binding, BindingType
from textual.widgets import TextArea
from textual.widgets.text_area import Selection, TextAreaTheme

from tui.sanitize import for_text_area

HIT = "search.hit"
STATEMENT = "statement"
ACTIVE = "statement.active"

NEWSDESK_THEME = TextAreaTheme(
    name="newsdesk",
    syntax_styles={
        STATEMENT: Style(color="#9fd3ff", underline=True),
        ACTIVE: Style(color="#000000", bgcolor="#7fbfff"),
        HIT: Style(color="#000000", bgcolor="#ffd75f", bold=True),
    },
)


class ArticleView(TextArea):
    """Shows `Article.text` literally; offsets in and out are character offsets into that text."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="cursor-down"),
        Binding("k", "cursor_up", "Up", show=False, id="cursor-up"),
        Binding("n", "next_hit", "Next hit", id="next-hit"),
        Binding("N", "previous_hit", "Prev hit", id="previous-hit"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", read_only=True, soft_wrap=True, show_line_numbers=False, id=id)
        self.register_theme(NEWSDESK_THEME)
        self.theme = "newsdesk"
        self._line_starts: list[int] = [0]
        # (start, end, style name) in character offsets, painted in this order (later wins).
        self._marks: list[tuple[int, int, str]] = []
        self.hits: list[tuple[int, int]] = []
        self.statement_spans: list[tuple[int, int]] = []
        self.active_span: tuple[int, int] | None = None

    def show_text(self, text: str, hits: list[tuple[int, int]], statements: list[tuple[int, int]]) -> None:
        """Load a new article text with its hit and statement spans; the cursor goes to the top."""
        shown = for_text_area(text)
        starts = [0]
        find = shown.find
        pos = find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        self._line_starts = starts
        self.hits = sorted(hits)
        self.statement_spans = sorted(statements)
        self.active_span = None
        self._rebuild_marks()
        self.load_text(shown)

    def set_active(self, span: tuple[int, int] | None) -> None:
        """Mark one statement as the current one (or none)."""
        if span == self.active_span:
            return
        self.active_span = span
        self._remark()

    def set_hits(self, hits: list[tuple[int, int]]) -> None:
        """Replace the search-hit marks (after the query changed) without reloading the text."""
        self.hits = sorted(hits)
        self._remark()

    def _remark(self) -> None:
        self._rebuild_marks()
        self._build_highlight_map()
        self.refresh()

    def _rebuild_marks(self) -> None:
        marks = [(s, e, STATEMENT) for s, e in self.statement_spans]
        if self.active_span is not None:
            marks.append((*self.active_span, ACTIVE))
        marks.extend((s, e, HIT) for s, e in self.hits)
        self._marks = marks

    def location_of(self, offset: int) -> tuple[int, int]:
        """(row, column) of a character offset into the shown text."""
        offset = max(0, offset)
        row = bisect_right(self._line_starts, offset) - 1
        line = self.document.get_line(row) if row < self.document.line_count else ""
        return row, min(offset - self._line_starts[row], len(line))

    def offset_of(self, location: tuple[int, int]) -> int:
        """Character offset of a (row, column) location."""
        row, column = location
        row = max(0, min(row, len(self._line_starts) - 1))
        return self._line_starts[row] + column

    @property
    def cursor_offset(self) -> int:
        """Character offset of the cursor."""
        return self.offset_of(self.cursor_location)

    def selected_span(self) -> tuple[int, int] | None:
        """Character offsets of the selection, in order, or None when nothing is selected."""
        start, end = sorted((self.selection.start, self.selection.end))
        if start == end:
            return None
        return self.offset_of(start), self.offset_of(end)

    def select_span(self, start: int, end: int) -> None:
        """Select a span and scroll it into view (its start first, so long quotes show their beginning)."""
        begin = self.location_of(start)
        self.selection = Selection(self.location_of(end), begin)
        self.scroll_cursor_visible(center=True)

    def action_next_hit(self) -> None:
        """Move to the next search hit after the cursor, wrapping around."""
        self._jump_hit(forward=True)

    def action_previous_hit(self) -> None:
        """Move to the previous search hit before the cursor, wrapping around."""
        self._jump_hit(forward=False)

    def _jump_hit(self, *, forward: bool) -> None:
        if not self.hits:
            self.app.bell()
            return
        here = self.cursor_offset
        if forward:
            later = [h for h in self.hits if h[0] > here]
            target = later[0] if later else self.hits[0]
        else:
            earlier = [h for h in self.hits if h[0] < here]
            target = earlier[-1] if earlier else self.hits[-1]
        self.selection = Selection.cursor(self.location_of(target[0]))
        self.scroll_cursor_visible(center=True)

    def _build_highlight_map(self) -> None:
        super()._build_highlight_map()
        marks = getattr(self, "_marks", None)
        if not marks:
            return
        highlights = self._highlights
        document = self.document
        last_row = document.line_count - 1
        for start, end, name in marks:
            if end <= start:
                continue
            first_row, first_col = self.location_of(start)
            end_row, end_col = self.location_of(end)
            for row in range(first_row, min(end_row, last_row) + 1):
                line = document.get_line(row)
                col_a = first_col if row == first_row else 0
                col_b = end_col if row == end_row else len(line)
                if col_b <= col_a:
                    continue
                # TextArea highlight offsets are UTF-8 byte offsets within the row.
                byte_a = len(line[:col_a].encode("utf-8"))
                byte_b = len(line[:col_b].encode("utf-8"))
                highlights[row].append((byte_a, byte_b, name))
