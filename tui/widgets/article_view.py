"""The article pane: a read-only TextArea that marks search hits and statements.

TextArea has no public API for range highlights; we extend its private `_build_highlight_map()`
(textual is pinned for this) and style the names through a registered TextAreaTheme.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Any, ClassVar

from rich.style import Style
from textual.binding import Binding, BindingType
from textual.document._document import Document
from textual.document._document_navigator import DocumentNavigator
from textual.document._wrapped_document import WrappedDocument
from textual.widgets import TextArea
from textual.widgets.text_area import Selection, TextAreaTheme

from newsdesk.tui.sanitize import for_text_area

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


class _HeightCachingWrap(WrappedDocument):
    """WrappedDocument whose height is computed once per wrap.

    TextArea asks for the height on every rendered line and WrappedDocument sums over all lines
    each time: with a 1 MB article that made each cursor move take ~200 ms.
    """

    _cached_height: int | None = None

    def wrap(self, width: int, tab_width: int | None = None) -> None:
        self._cached_height = None
        super().wrap(width, tab_width)

    def wrap_range(self, *args: Any, **kwargs: Any) -> Any:
        self._cached_height = None
        return super().wrap_range(*args, **kwargs)

    @property
    def height(self) -> int:
        if self._cached_height is None:
            self._cached_height = super().height
        return self._cached_height


@dataclass(frozen=True, slots=True)
class PreparedText:
    """An article text made ready for the pane off the UI thread: wrapping 1 MB takes ~0.4 s."""

    shown: str
    line_starts: tuple[int, ...]
    document: Document
    wrapped: WrappedDocument
    width: int


def prepare_text(text: str, width: int, tab_width: int) -> PreparedText:
    """Sanitize, split and soft-wrap an article text at `width`; safe to run in any thread."""
    shown = for_text_area(text)
    starts = [0]
    find = shown.find
    pos = find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = find("\n", pos + 1)
    document = Document(shown)
    wrapped = _HeightCachingWrap(document, width=width, tab_width=tab_width)
    return PreparedText(shown, tuple(starts), document, wrapped, width)


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
        # Row -> (start byte, end byte, style name) for statements, the active one and hits, painted
        # in that order (later wins); only the active one is recomputed when the cursor moves.
        self._base_marks: dict[int, list[tuple[int, int, str]]] = {}
        self._hit_marks: dict[int, list[tuple[int, int, str]]] = {}
        self._active_marks: dict[int, list[tuple[int, int, str]]] = {}
        self.hits: list[tuple[int, int]] = []
        self.statement_spans: list[tuple[int, int]] = []
        self.active_spans: tuple[tuple[int, int], ...] = ()

    def show_text(self, text: str, hits: list[tuple[int, int]], statements: list[tuple[int, int]]) -> None:
        """Load a new article text with its hit and statement spans; the cursor goes to the top."""
        self.show_prepared(prepare_text(text, self.wrap_width, self.indent_width), hits, statements)

    def show_prepared(
        self, prepared: PreparedText, hits: list[tuple[int, int]], statements: list[tuple[int, int]]
    ) -> None:
        """Show a text prepared by `prepare_text` (in a worker), with its hit and statement spans."""
        self._line_starts = list(prepared.line_starts)
        self.hits = sorted(hits)
        self.statement_spans = sorted(statements)
        self.active_spans = ()
        self._base_marks = self._hit_marks = self._active_marks = {}
        # What TextArea.load_text/_set_document do for plain text, minus the wrapping done already.
        self.history.clear()
        self._highlight_query = None
        self.document = prepared.document
        self.wrapped_document = prepared.wrapped
        self.navigator = DocumentNavigator(prepared.wrapped)
        if prepared.width != self.wrap_width:  # resized meanwhile
            prepared.wrapped.wrap(self.wrap_width, tab_width=self.indent_width)
        self._rebuild_marks()
        self._build_highlight_map()
        self.move_cursor((0, 0))
        self._line_cache.clear()
        self._refresh_size()
        self.post_message(self.Changed(self).set_sender(self))

    def _set_document(self, text: str, language: str | None) -> None:
        super()._set_document(text, language)
        # Same object, one cached property more (see _HeightCachingWrap); textual is pinned.
        self.wrapped_document.__class__ = _HeightCachingWrap

    def set_active(self, spans: tuple[tuple[int, int], ...]) -> None:
        """Mark the spans of one statement as the current one (empty: none)."""
        if spans == self.active_spans:
            return
        self.active_spans = spans
        self._active_marks = self._row_marks(list(spans), ACTIVE)
        self._build_highlight_map()
        self.refresh()

    def set_hits(self, hits: list[tuple[int, int]]) -> None:
        """Replace the search-hit marks (after the query changed) without reloading the text."""
        self.hits = sorted(hits)
        self._remark()

    def _remark(self) -> None:
        self._rebuild_marks()
        self._build_highlight_map()
        self.refresh()

    def _rebuild_marks(self) -> None:
        self._base_marks = self._row_marks(self.statement_spans, STATEMENT)
        self._hit_marks = self._row_marks(self.hits, HIT)
        self._active_marks = self._row_marks(list(self.active_spans), ACTIVE)

    def _row_marks(self, spans: list[tuple[int, int]], name: str) -> dict[int, list[tuple[int, int, str]]]:
        """Spans in character offsets as TextArea highlights: per row, UTF-8 byte offsets."""
        rows: dict[int, list[tuple[int, int, str]]] = {}
        document = self.document
        last_row = document.line_count - 1
        for start, end in spans:
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
                byte_a = len(line[:col_a].encode("utf-8"))
                byte_b = len(line[:col_b].encode("utf-8"))
                rows.setdefault(row, []).append((byte_a, byte_b, name))
        return rows

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
        highlights = self._highlights
        layers = ("_base_marks", "_active_marks", "_hit_marks")
        for marks in (getattr(self, name, None) for name in layers):
            for row, items in (marks or {}).items():
                highlights[row].extend(items)
