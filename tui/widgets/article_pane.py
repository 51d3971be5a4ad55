"""The article pane: the text with hits and statements marked, and a line about the statement under
the cursor. Opening an article (load, mark, wrap) happens here, off the UI thread.
"""

from __future__ import annotations

import asyncio
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message

from newsdesk.tui.engine_thread import EngineThread
from newsdesk.tui.keys import KeyMap
from newsdesk.tui.live_query import live_query
from newsdesk.tui.sanitize import clean_label
from newsdesk.tui.widgets.article_view import ArticleView, prepare_text
from newsdesk.tui.widgets.hints import follow_keys
from newsdesk.tui.widgets.statement import StatementLine

PARAGRAPH_LIMIT = 2000
# Re-marking hits in the open article as you type re-analyses its text on the engine thread; past
# this size that would hold up the next search, so long articles get new marks when (re)opened.
LIVE_HITS_LIMIT = 200_000
HINT = "{timeline}: timeline of the speaker under the cursor"
HIT_HINT = "{next-hit}/{previous-hit}: next/previous"


def paragraph_span(text: str, offset: int, limit: int = PARAGRAPH_LIMIT) -> tuple[int, int] | None:
    """The paragraph around `offset`: text between blank lines, or the line when that is too long."""
    if not text.strip():
        return None
    offset = max(0, min(offset, len(text)))
    start = text.rfind("\n\n", 0, offset)
    start = 0 if start == -1 else start + 2
    end = text.find("\n\n", offset)
    end = len(text) if end == -1 else end
    if end - start > limit or start >= end:
        start = text.rfind("\n", 0, offset) + 1
        newline = text.find("\n", offset)
        end = len(text) if newline == -1 else newline
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def statement_at(statements: list[Any], offset: int) -> int | None:
    """Index of the statement whose span (or speaker) holds `offset`, innermost first; None if none does."""
    best: int | None = None
    for index, st in enumerate(statements):
        spans = [(st.start, st.end)]
        if st.speaker_start is not None and st.speaker_end is not None:
            spans.append((st.speaker_start, st.speaker_end))
        if any(a <= offset < b for a, b in spans) and (
            best is None or (st.end - st.start) < (statements[best].end - statements[best].start)
        ):
            best = index
    return best


def statement_spans(st: Any) -> tuple[tuple[int, int], ...]:
    """What to mark of a statement: its quoted fragments, not the narration between them."""
    return tuple(st.spans) or ((st.start, st.end),)


class ArticlePane(Vertical):
    """The open article and the statement line under it."""

    class Opened(Message):
        """An article is on screen with these statements."""

        def __init__(
            self, article: Any, statements: list[Any], select: tuple[int, int] | None = None
        ) -> None:
            super().__init__()
            self.article = article
            self.statements = statements
            self.select = select

    class BookmarkMoved(Message):
        """A bookmark was re-anchored in its changed article and saved in its new place."""

    def __init__(self, engine: EngineThread, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.engine = engine
        self.article: Any = None
        self.statements: list[Any] = []
        self.hit_query = ""
        self.hits_capped = False
        self._hit_index: int | None = None
        self._hint = ""
        self._hit_hint = ""

    def compose(self) -> ComposeResult:
        yield ArticleView(id="article")
        yield StatementLine(id="speaker-line")

    def on_mount(self) -> None:
        follow_keys(self, self._hints)

    def _hints(self, keys: KeyMap) -> None:
        self._hint = keys.hint(HINT)
        self._hit_hint = keys.hint(HIT_HINT)
        self.update_statement_line()
        self.update_hit_count()

    @property
    def view(self) -> ArticleView:
        """The text widget."""
        return self.query_one(ArticleView)

    @work(exclusive=True, group="article")
    async def open(
        self,
        key: str,
        query_text: str = "",
        select: tuple[int, int] | None = None,
        focus: bool = False,
        bookmark: Any = None,
    ) -> None:
        """Load an article (off the UI thread: it may be large), mark hits and statements, select a span."""
        query = live_query(query_text)
        engine = self.engine

        def load() -> tuple[Any, list[Any], Any, Any, str | None]:
            desk = engine.desk
            article = desk.article(key)
            if article is None:
                return None, [], None, None, None
            statements = desk.statements(key)
            hits = desk.highlights(key, query) if query else None
            anchored = engine.bookmarks.reanchor(bookmark, article) if bookmark is not None else None
            unsaved = None
            if anchored is not None and anchored != bookmark:
                # The article changed since the passage was marked: keep the found place, so the
                # next jump and every export point at the passage as it reads now.
                try:
                    engine.bookmarks.replace(anchored)
                except Exception as exc:  # a broken or busy bookmarks file: the jump still works
                    unsaved = str(exc) or type(exc).__name__
            return article, statements, hits, anchored, unsaved

        loaded = await engine.try_call(load)
        if loaded is None:
            return
        article, statements, hits, anchored, unsaved = loaded
        if article is None:
            engine.on_error(f"{key}: not in the index (re-index the desk)")
            return
        if bookmark is not None:
            if anchored is None:
                self.notify(
                    f"The bookmarked passage is no longer in {clean_label(bookmark.path)}: showing the article.",
                    severity="warning", markup=False,
                )  # fmt: skip
            else:
                select = (anchored.start, anchored.end)
                if unsaved is not None:
                    engine.on_error(f"the bookmark's new place was not saved: {unsaved}")
                elif anchored != bookmark:
                    self.post_message(self.BookmarkMoved())
        view = self.view
        # Wrapping a long article is pure Python: off the UI thread (and off the engine thread).
        prepared = await asyncio.to_thread(prepare_text, article.text, view.wrap_width)
        self.article = article
        self.statements = statements
        self.hit_query = query
        view.show_prepared(prepared, (), [span for st in statements for span in statement_spans(st)])
        self._show_highlights(hits)
        if select is not None:
            view.select_span(*select)
        if focus:
            view.focus()
        self.update_statement_line()
        self.post_message(self.Opened(article, statements, select))

    @work(exclusive=True, group="hits")
    async def refresh_hits(self, query_text: str) -> None:
        """Mark the hits of a new query in the open article (short articles only: see LIVE_HITS_LIMIT)."""
        article = self.article
        if article is None or len(article.text) > LIVE_HITS_LIMIT:
            return
        query = live_query(query_text)
        engine = self.engine
        found = await engine.try_call(lambda: engine.desk.highlights(article.key, query) if query else None)
        if self.article is article:
            self.hit_query = query
            self._show_highlights(found)

    def _show_highlights(self, found: Any) -> None:
        """Mark a query's hits (a search.results.Highlights, or None for no query) and say how many."""
        view = self.view
        self.hits_capped = bool(found is not None and found.capped)
        view.set_hits(found.spans if found is not None else (), found.total if found is not None else 0)
        self._hit_index = None
        self.update_hit_count()

    def update_hit_count(self) -> None:
        """'hit 2/9' on the article's border once `n` moved, else how many hits there are."""
        view = self.view
        total = view.hits_total
        # The engine stops counting at 20,000 hits (a 3 MB one-line article has 30k): say so.
        capped = self.hits_capped
        more, note = ("+", " (count capped)") if capped else ("", "")
        if not total:
            view.border_subtitle = ""
        elif self._hit_index is None:
            view.border_subtitle = f"{total:,}{more} hit{'s' if total != 1 else ''}{note} · {self._hit_hint}"
        else:
            view.border_subtitle = f"hit {self._hit_index + 1:,}/{total:,}{more}{note}"

    @property
    def hit_label(self) -> str:
        """What the article's border says about hits ("hit 2/9")."""
        return str(self.view.border_subtitle or "")

    @on(ArticleView.HitMoved)
    def _hit_moved(self, event: ArticleView.HitMoved) -> None:
        self._hit_index = event.index
        self.update_hit_count()

    @on(ArticleView.MoreHits)
    def _more_hits(self, event: ArticleView.MoreHits) -> None:
        self._load_more_hits(event.after)

    @work(exclusive=True, group="more-hits")
    async def _load_more_hits(self, after: int) -> None:
        """Mark the next batch of hits after `after`, then move to the first of them."""
        article, query, engine = self.article, self.hit_query, self.engine
        if article is None or not query:
            return
        found = await engine.try_call(lambda: engine.desk.highlights(article.key, query, start=after))
        if found is None or self.article is not article:
            return
        fresh = [span for span in found.spans if span[0] >= after]
        if not fresh:  # nothing after all (the text changed): wrap around as usual
            self.view.hits_total = len(self.view.hits)
        else:
            self.view.add_hits(fresh)
        self.view.action_next_hit()

    # ---- the statement under the cursor --------------------------------------------------------

    @on(ArticleView.SelectionChanged)
    def _cursor_moved(self, event: ArticleView.SelectionChanged) -> None:
        self.update_statement_line()

    def current_statement(self) -> Any:
        """The statement under the cursor, or None."""
        if not self.statements:
            return None
        index = statement_at(self.statements, self.view.cursor_offset)
        return None if index is None else self.statements[index]

    def update_statement_line(self) -> None:
        """Describe the statement under the cursor (or the article) in the line under the text."""
        line = self.query_one(StatementLine)
        st = self.current_statement()
        if st is None:
            self.view.set_active(())
            if self.article is None:
                line.show_parts([])
            else:
                line.show_article(self.article, len(self.statements), self._hint)
            return
        self.view.set_active(statement_spans(st))
        line.show_statement(st)

    def paragraph_or_selection(self) -> tuple[int, int] | None:
        """The selected span, or the paragraph under the cursor."""
        if self.article is None:
            return None
        return self.view.selected_span() or paragraph_span(self.article.text, self.view.cursor_offset)
