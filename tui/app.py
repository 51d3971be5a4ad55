"""The newsdesk TUI: search a desk, read an article, see who said what, follow an actor, keep evidence.

Textual only imports here; the engine (whoosh) is imported lazily on the engine thread so the first
paint is not delayed. Every engine call goes through one thread (`EngineThread`).
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from rich.text import Text
from textual import events, on, work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.lazy import Lazy
from textual.screen import ModalScreen
from textual.widgets import DataTable, Footer, Input, Static, TabbedContent, TabPane, TextArea

from newsdesk.tui.config import config_paths, load_keymap
from newsdesk.tui.engine_thread import EngineThread
from newsdesk.tui.live_query import live_query
from newsdesk.tui.sanitize import clean_label
from newsdesk.tui.widgets.article_view import ArticleView, prepare_text
from newsdesk.tui.widgets.bookmarks import BookmarksPane, BookmarksTable, passage_of
from newsdesk.tui.widgets.index_status import IndexStatus, parse_index_event
from newsdesk.tui.widgets.quotes import QuotesTable, statement_date
from newsdesk.tui.widgets.results import ResultsTable
from newsdesk.tui.widgets.tables import NavTable
from newsdesk.tui.widgets.timeline import TimelinePane, TimelineTable

# Short enough that results land within ~100 ms of the last key on a 20k desk; a burst of keys
# still costs one search, because each key cancels the wait of the one before.
DEBOUNCE_SECONDS = 0.05
RESULT_LIMIT = 50
# An empty query lists every article only on small desks: "*" scores every document (7 s at 8k).
LIST_ALL_LIMIT = 500
PARAGRAPH_LIMIT = 2000
# Re-marking hits in the open article as you type re-analyses its text on the engine thread; past
# this size that would hold up the next search, so long articles get new marks when (re)opened.
LIVE_HITS_LIMIT = 200_000
# Actions that act on the main screen; a modal on top disables them so its keys stay its own.
MAIN_ACTIONS = {
    "focus_search", "bookmark", "show_bookmarks", "timeline", "pick_actor", "show_warnings", "help", "back",
    "bookmark_delete", "bookmark_edit", "bookmark_copy", "bookmark_export", "quit_main",
}  # fmt: skip


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


def _palette_commands() -> Any:
    """The palette provider, imported when the palette first opens (textual.command is slow to import)."""
    from newsdesk.tui.screens.palette import NewsdeskCommands

    return NewsdeskCommands


class NewsdeskApp(App[int]):
    """Search bar on top; results, article and the Quotes/Timeline/Bookmarks tabs side by side."""

    # Absolute, so subclasses defined elsewhere (bench, tests) still find it.
    CSS_PATH = Path(__file__).with_name("app.tcss")
    TITLE = "newsdesk"
    # The results list, not the search Input: an Input focused at start would swallow `/`, `b`, `q`.
    AUTO_FOCUS = "#results"
    COMMANDS = App.COMMANDS | {_palette_commands}
    ENABLE_COMMAND_PALETTE = True

    BINDINGS: ClassVar[list[BindingType]] = [
        # Priority: a non-priority binding runs only once the key has bubbled back from the focused
        # widget, and keys typed right behind it (tmux send-keys '/' 'trump') would be sent there.
        Binding("slash", "focus_search", "Search", id="focus-search", priority=True),
        Binding("b", "bookmark", "Bookmark", id="bookmark", priority=True),
        Binding("B", "show_bookmarks", "Bookmarks", id="show-bookmarks"),
        Binding("t", "timeline", "Timeline", id="timeline"),
        Binding("a", "pick_actor", "Actor", id="pick-actor", priority=True),
        Binding("w", "show_warnings", "Warnings", show=False, id="show-warnings"),
        Binding("question_mark", "help", "Help", id="help"),
        # Priority for the same reason as `/`; a modal on top disables it (check_action), so the
        # modal's own escape still closes it.
        Binding("escape", "back", "Back", show=False, id="back", priority=True),
        Binding("q", "quit_main", "Quit", id="quit"),
        Binding("ctrl+q", "quit", "Quit", show=False, priority=True, id="quit-now"),
        Binding("ctrl+p", "command_palette", "Palette", show=False, priority=True, id="command-palette"),
        Binding("tab", "focus_next", "Next pane", show=False, priority=True, id="focus-next"),
        Binding(
            "shift+tab", "focus_previous", "Previous pane", show=False, priority=True, id="focus-previous"
        ),
    ]

    def __init__(
        self,
        folder: Path,
        data_dir: Path,
        *,
        index_on_start: bool = True,
        config_files: list[Path] | None = None,
        initial_query: str = "",
    ) -> None:
        super().__init__()
        self.folder = Path(folder)
        self.data_dir = Path(data_dir)
        self.index_on_start = index_on_start
        self.engine = EngineThread(self.folder, self.data_dir)
        self._config_files = config_paths(self.data_dir) if config_files is None else config_files
        self._initial_query = initial_query
        self.keymap: dict[str, str] = {}
        self.query_text = ""
        self._search_seq = 0
        self._shown_seq = 0
        self.hits: list[Any] = []
        self.article: Any = None
        self.statements: list[Any] = []
        self.timeline_actor: str | None = None
        self.timeline_entries: list[Any] = []
        self.bookmark_list: list[Any] = []
        self.actor_names: list[tuple[str, tuple[str, ...]]] = []
        self.index_warnings: list[str] = []
        self._indexer: asyncio.subprocess.Process | None = None
        self._index_seen = False

    # ---- layout --------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal(id="search-bar"):
            yield Input(
                placeholder='/ search  (words, "phrases", actor:name, cue:warn, date:2025-09)', id="search"
            )
            yield Static("", id="search-status", markup=False)
        # Everything below the search bar is empty until the engine answers, so it is mounted just
        # after the first frame (textual.lazy): the window paints as fast as a bare app.
        with Lazy(Horizontal(id="main")):
            yield ResultsTable(id="results")
            with Vertical(id="article-pane"):
                yield ArticleView(id="article")
                yield Static("", id="speaker-line", markup=False)
            with Lazy(TabbedContent(id="side", initial="quotes-tab")):
                with TabPane("Quotes", id="quotes-tab"):
                    yield QuotesTable(id="quotes")
                with TabPane("Timeline", id="timeline-tab"):
                    yield TimelinePane(id="timeline-pane")
                with TabPane("Bookmarks", id="bookmarks-tab"):
                    yield BookmarksPane(id="bookmarks-pane")
        yield Lazy(IndexStatus(id="index-status"))
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = clean_label(str(self.folder))
        # After the first frame: opening the index and spawning the indexer would delay the paint.
        self.call_after_refresh(self._start_background)

    def _start_background(self) -> None:
        if not self.query("#bookmarks-pane") or not self.query("#index-status"):
            # The panes and the status bar are mounted lazily, just after the first paint.
            self.call_after_refresh(self._start_background)
            return
        if self.focused is None:
            self.query_one("#results", ResultsTable).focus()
        self.keymap = load_keymap(self._config_files, self._warn)
        if self.keymap:
            self.set_keymap(self.keymap)
        self.load_start()
        if self.index_on_start:
            self.run_indexer()

    async def on_unmount(self) -> None:
        process = self._indexer
        if process is not None and process.returncode is None:
            # The index is incremental: a later launch picks up where this run stopped.
            process.terminate()
        self.engine.shutdown()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return not (action in MAIN_ACTIONS and isinstance(self.screen, ModalScreen))

    # ---- helpers -------------------------------------------------------------------------------

    def _warn(self, message: str) -> None:
        self.index_warnings.append(clean_label(message))
        for status in self.query(IndexStatus):  # none yet while it is still lazily mounting
            status.warnings(len(self.index_warnings))

    def _error(self, message: str) -> None:
        self.notify(clean_label(message, 300), title="Error", severity="error", markup=False, timeout=8)

    async def _engine(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Run an engine call on the engine thread; errors become notifications and None."""
        try:
            return await self.engine.call(fn, *args)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            self._error(f"{exc.__class__.__name__}: {exc}" if not str(exc) else str(exc))
            return None

    def _set_search_status(self, text: str, *, error: bool = False) -> None:
        status = self.query_one("#search-status", Static)
        status.update(Text(clean_label(text, 80), style="red" if error else ""))

    # ---- start-up and background indexing ------------------------------------------------------

    @work(exclusive=True, group="start")
    async def load_start(self) -> None:
        """Open the desk, show what is already indexed, load bookmarks.

        Actors are loaded when first needed (picker, palette): building the registry of a 20k desk
        takes ~0.6 s on the engine thread, and typed searches would queue behind it.
        """
        await self._run_search(self._initial_query, debounce=False)
        if self._initial_query:
            self.query_one("#search", Input).value = self._initial_query
        await self._load_bookmarks()

    @work(exclusive=True, group="indexer")
    async def run_indexer(self) -> None:
        """Index the desk in another process (whoosh indexing holds the GIL) and follow its events."""
        status = self.query_one("#index-status", IndexStatus)
        status.progress(0, 0)
        try:
            process = await asyncio.create_subprocess_exec(
                sys.executable, "-P", "-m", "newsdesk.tui.cli", "index", str(self.folder), "--data", str(self.data_dir),
                "--json", "--progress-jsonl",
                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE, stdin=asyncio.subprocess.DEVNULL,
            )  # fmt: skip
        except OSError as exc:
            status.finished("Index not updated")
            self._error(f"cannot start the indexer: {exc}")
            return
        self._indexer = process
        stderr_task = asyncio.create_task(process.stderr.read()) if process.stderr else None
        summary: dict[str, Any] | None = None
        error: str | None = None
        assert process.stdout is not None
        async for raw in process.stdout:
            event = parse_index_event(raw)
            if event is None:
                continue
            kind = event["event"]
            if kind == "progress":
                status.progress(int(event.get("done", 0)), int(event.get("total", 0)))
            elif kind == "warning":
                self._warn(str(event.get("message", "")))
            elif kind == "commit":
                await self.refresh_desk()
            elif kind == "error":
                error = str(event.get("message", "indexing failed"))
            elif kind == "summary":
                summary = event
        code = await process.wait()
        stderr = (await stderr_task).decode("utf-8", "replace") if stderr_task else ""
        self._indexer = None
        if code != 0 and summary is None:
            last = error or next(
                (line for line in reversed(stderr.splitlines()) if line.strip()), f"exit code {code}"
            )
            status.finished("Index not updated")
            self._error(f"indexing failed: {last}")
            return
        if summary is not None:
            changed = sum(int(summary.get(name, 0) or 0) for name in ("added", "updated", "removed"))
            failed = int(summary.get("failed", 0) or 0)
            status.finished(
                f"Indexed: {summary.get('added', 0)} added, {summary.get('updated', 0)} updated, "
                f"{summary.get('removed', 0)} removed, {failed} failed"
            )
            if changed:
                await self.refresh_desk()
        else:
            status.finished("Index up to date")

    def _index_exists(self) -> bool:
        """True once an index is on disk (engine thread only).

        Until then the desk is not opened: opening creates an empty index, which would race the
        indexer process creating its own.
        """
        if self._index_seen:
            return True
        from whoosh import index as whoosh_index

        self._index_seen = whoosh_index.exists_in(str(self.data_dir / "index"))
        return self._index_seen

    async def refresh_desk(self) -> None:
        """Pick up what the indexer committed and re-run the current search (keeping the open article)."""
        await self._engine(lambda: self._index_exists() and self.engine.desk.refresh())
        self.search_now(self.query_text)

    async def _load_actors(self) -> None:
        def actors() -> list[tuple[str, tuple[str, ...]]]:
            if not self._index_exists():
                return []
            found = self.engine.desk.registry().actors()
            return sorted(((a.name, tuple(a.aliases)) for a in found), key=lambda pair: pair[0].casefold())

        names = await self._engine(actors)
        if names is not None:
            self.actor_names = names

    # ---- searching -----------------------------------------------------------------------------

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        self.search_later(event.value)

    @work(exclusive=True, group="search")
    async def search_later(self, text: str) -> None:
        """Search after a pause in typing; a newer keystroke cancels this one."""
        await self._run_search(text, debounce=True)

    @work(exclusive=True, group="search")
    async def search_now(self, text: str) -> None:
        """Search at once (after indexing commits)."""
        await self._run_search(text, debounce=False)

    async def _run_search(self, text: str, *, debounce: bool) -> bool:
        self._search_seq += 1
        seq = self._search_seq
        if debounce:
            await asyncio.sleep(DEBOUNCE_SECONDS)
        query = live_query(text)
        note: list[str] = []

        def search() -> list[Any] | None:
            if seq != self._search_seq:
                return None  # a newer search was queued behind this one
            if not self._index_exists():
                note.append("no index yet")
                return []
            from newsdesk.index.search.store import QueryError

            desk = self.engine.desk
            if not query:
                count = desk.article_count()
                if count <= LIST_ALL_LIMIT:
                    return desk.search("*", limit=RESULT_LIMIT, snippets=False)
                note.append(f"{count:,} articles: type to search")
                return []
            try:
                return desk.search(query, limit=RESULT_LIMIT, snippets=False)
            except QueryError as exc:
                raise _BadQuery(str(exc)) from exc

        try:
            hits = await self.engine.call(search)
        except _BadQuery as exc:
            if seq == self._search_seq:
                self._set_search_status(str(exc), error=True)
            return False
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            self._error(str(exc) or exc.__class__.__name__)
            return False
        if hits is None or seq < self._shown_seq or seq != self._search_seq:
            return False  # stale: a newer answer is on its way or already shown
        self._shown_seq = seq
        self.query_text = text
        self.hits = hits
        self.query_one("#results", ResultsTable).show_hits(hits)
        noun = "result" if len(hits) == 1 else "results"
        self._set_search_status(
            note[0] if note else f"{len(hits)}{'+' if len(hits) >= RESULT_LIMIT else ''} {noun}"
        )
        if self.article is not None and len(self.article.text) <= LIVE_HITS_LIMIT:
            self._refresh_hits()
        return True

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        self.submit_search(event.value)

    @work(exclusive=True, group="search")
    async def submit_search(self, text: str) -> None:
        """Enter in the search bar: make sure the results are for this text, then open the top one."""
        if text != self.query_text or not self.hits:
            await self._run_search(text, debounce=False)
        if not self.hits:
            self.bell()
            return
        table = self.query_one("#results", ResultsTable)
        row = table.cursor_row if 0 <= table.cursor_row < len(self.hits) else 0
        self._open_hit(row, focus=True)

    # ---- opening articles ----------------------------------------------------------------------

    def _open_hit(self, row: int, *, focus: bool) -> None:
        hit = self.hits[row]
        statement = getattr(hit, "statement", None)
        select = (statement.start, statement.end) if statement is not None else None
        self.open_article(hit.key, select=select, focus=focus)

    @on(DataTable.RowSelected, "#results")
    def _result_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if 0 <= event.cursor_row < len(self.hits):
            self._open_hit(event.cursor_row, focus=True)

    @on(DataTable.RowHighlighted, "#results")
    def _result_highlighted(self, event: DataTable.RowHighlighted) -> None:
        # Preview only while the user walks the list; a refresh must not replace what they read.
        if event.data_table.has_focus and 0 <= event.cursor_row < len(self.hits):
            self._open_hit(event.cursor_row, focus=False)

    @work(exclusive=True, group="article")
    async def open_article(
        self, key: str, select: tuple[int, int] | None = None, focus: bool = False, bookmark: Any = None
    ) -> None:
        """Load an article (off the UI thread: it may be large), mark hits and statements, select a span."""
        query = live_query(self.query_text)

        def load() -> tuple[Any, list[Any], list[tuple[int, int]], Any, str | None]:
            desk = self.engine.desk
            article = desk.article(key)
            if article is None:
                return None, [], [], None, None
            statements = desk.statements(key)
            hits = desk.hit_spans(key, query) if query else []
            anchored = self.engine.bookmarks.reanchor(bookmark, article) if bookmark is not None else None
            unsaved = None
            if anchored is not None and anchored != bookmark:
                # The article changed since the passage was marked: keep the found place, so the
                # next jump and every export point at the passage as it reads now.
                try:
                    self.engine.bookmarks.replace(anchored)
                except Exception as exc:  # a broken or busy bookmarks file: the jump still works
                    unsaved = str(exc) or type(exc).__name__
            return article, statements, hits, anchored, unsaved

        loaded = await self._engine(load)
        if loaded is None:
            return
        article, statements, hits, anchored, unsaved = loaded
        if article is None:
            self._error(f"{key}: not in the index (re-index the desk)")
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
                    self._error(f"the bookmark's new place was not saved: {unsaved}")
                elif anchored != bookmark:
                    self.reload_bookmarks()
        view = self.query_one("#article", ArticleView)
        # Wrapping a long article is pure Python: off the UI thread (and off the engine thread).
        prepared = await asyncio.to_thread(prepare_text, article.text, view.wrap_width, view.indent_width)
        quotes = self.query_one("#quotes", QuotesTable)
        rows = await asyncio.to_thread(quotes.rows_for, statements, quotes.flex_width)
        self._show_article(article, statements, hits, prepared)
        if select is not None:
            view.select_span(*select)
        if focus:
            view.focus()
        quotes.items = list(statements)
        await quotes.set_rows_async(rows)

    def _show_article(
        self, article: Any, statements: list[Any], hits: list[tuple[int, int]], prepared: Any
    ) -> None:
        self.article = article
        self.statements = statements
        view = self.query_one("#article", ArticleView)
        view.show_prepared(prepared, hits, [span for st in statements for span in statement_spans(st)])
        self._update_speaker_line()

    @work(exclusive=True, group="hits")
    async def _refresh_hits(self) -> None:
        article = self.article
        if article is None:
            return
        query = live_query(self.query_text)
        spans = await self._engine(lambda: self.engine.desk.hit_spans(article.key, query))
        if spans is not None and self.article is article:
            self.query_one("#article", ArticleView).set_hits(spans)

    # ---- the statement under the cursor --------------------------------------------------------

    @on(TextArea.SelectionChanged, "#article")
    def _cursor_moved(self, event: TextArea.SelectionChanged) -> None:
        self._update_speaker_line()

    def _current_statement(self) -> Any:
        if not self.statements:
            return None
        index = statement_at(self.statements, self.query_one("#article", ArticleView).cursor_offset)
        return None if index is None else self.statements[index]

    def _update_speaker_line(self) -> None:
        line = self.query_one("#speaker-line", Static)
        view = self.query_one("#article", ArticleView)
        st = self._current_statement()
        if st is None:
            view.set_active(())
            if self.article is None:
                line.update("")
            else:
                count = len(self.statements)
                line.update(
                    Text.assemble(
                        (clean_label(self.article.source or "", 30), "bold"),
                        f"  {self.article.date.isoformat() if self.article.date else 'undated'}  ",
                        f"{count} statement{'s' if count != 1 else ''}",
                        ("  (t: timeline of the speaker under the cursor)" if count else "", "dim"),
                    )
                )
            return
        view.set_active(statement_spans(st))
        speaker = clean_label(st.speaker or "unnamed", 40)
        actor = clean_label(st.actor or "", 40)
        who = speaker if not actor or actor == speaker else f"{speaker} → {actor}"
        role = clean_label(", ".join(p for p in (st.role, st.affiliation) if p), 40)
        line.update(
            Text.assemble(
                (who, "bold"),
                (f" ({role})" if role else "", "dim"),
                f"  {clean_label(st.cue, 20)} · {st.kind} · {statement_date(st) or 'undated'}",
            )
        )

    # ---- quotes and timeline -------------------------------------------------------------------

    @on(DataTable.RowSelected, "#quotes")
    def _quote_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if 0 <= event.cursor_row < len(self.statements):
            st = self.statements[event.cursor_row]
            view = self.query_one("#article", ArticleView)
            view.select_span(st.start, st.end)
            view.focus()

    def action_timeline(self) -> None:
        """Show the timeline of the speaker under the cursor, or of the highlighted quote."""
        st = None
        quotes = self.query_one("#quotes", QuotesTable)
        if self.focused is quotes and 0 <= quotes.cursor_row < len(self.statements):
            st = self.statements[quotes.cursor_row]
        elif self.focused is not quotes:
            st = self._current_statement()
            if st is None and self.statements and 0 <= quotes.cursor_row < len(self.statements):
                st = self.statements[quotes.cursor_row]
        name = (st.actor or st.speaker) if st is not None else None
        if not name:
            self.notify(
                "No speaker here: put the cursor on a statement, or press a to pick an actor.", markup=False
            )
            return
        self.show_timeline(name, canonicalize=True)

    @work(exclusive=True, group="timeline")
    async def show_timeline(self, name: str, canonicalize: bool = False) -> None:
        """Build and show an actor's timeline across the desk."""

        def build() -> tuple[str, list[Any]]:
            desk = self.engine.desk
            actor = name
            if canonicalize:
                actor = desk.registry().canonical(name) or name
            from newsdesk.index.timeline import build_timeline

            registry = desk.registry()
            return actor, build_timeline(
                desk.iter_statements(actor_names=[actor]), canonical=registry.canonical
            )

        built = await self._engine(build)
        if built is None:
            return
        actor, entries = built
        self.timeline_actor = actor
        self.timeline_entries = entries
        self.query_one("#timeline-pane", TimelinePane).show(actor, entries)
        self.query_one("#side", TabbedContent).active = "timeline-tab"
        self.query_one("#timeline", TimelineTable).focus()

    @on(DataTable.RowHighlighted, "#timeline")
    def _timeline_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if 0 <= event.cursor_row < len(self.timeline_entries):
            self.query_one("#timeline-pane", TimelinePane).detail(self.timeline_entries[event.cursor_row])

    @on(DataTable.RowSelected, "#timeline")
    def _timeline_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if 0 <= event.cursor_row < len(self.timeline_entries):
            entry = self.timeline_entries[event.cursor_row]
            self.open_article(entry.key, select=(entry.start, entry.end), focus=True)

    def action_pick_actor(self) -> None:
        """Choose an actor by name and show their timeline."""
        if self._type_into_input("a"):
            return
        from newsdesk.tui.screens.actor_picker import ActorPicker

        def picked(name: str | None) -> None:
            if name:
                self.show_timeline(name)

        # Pushed now, not from a worker, so keys typed right behind `a` land in the picker; the
        # names are (re)loaded meanwhile and handed over when they come.
        picker = ActorPicker(self.actor_names or None)
        self.push_screen(picker, callback=picked)
        self.load_actors_into(picker)

    @work(exclusive=True, group="actors")
    async def load_actors_into(self, picker: Any) -> None:
        """Load the desk's actors and give them to an open picker."""
        await self._load_actors()
        if not picker.is_attached:
            return
        if not self.actor_names:
            picker.dismiss(None)
            self.notify(
                "No actors yet: the desk has no attributed statements (or is still indexing).", markup=False
            )
            return
        picker.set_actors(self.actor_names)

    def _type_into_input(self, char: str) -> bool:
        """When a text field has focus, a priority key is typed there instead of acting; True if so."""
        focused = self.focused
        if isinstance(focused, Input):
            # Queued behind keys the field has not handled yet, so "a/b" typed fast stays in order.
            focused.post_message(events.Key(char, char))
            return True
        return False

    # ---- bookmarks -----------------------------------------------------------------------------

    def action_bookmark(self) -> None:
        """Bookmark the selection, or the paragraph under the cursor."""
        if self._type_into_input("b"):
            return
        if self.article is None:
            self.notify("Open an article first.", markup=False)
            return
        view = self.query_one("#article", ArticleView)
        span = view.selected_span() or paragraph_span(self.article.text, view.cursor_offset)
        if span is None:
            self.bell()
            return
        from newsdesk.tui.screens.bookmark_dialog import BookmarkDialog, BookmarkInput

        article = self.article
        start, end = span

        def answered(answer: BookmarkInput | None) -> None:
            if isinstance(answer, BookmarkInput):
                self.add_bookmark(article, span, answer)

        # Pushed now, not from a worker: a note typed right behind `b` lands in the dialog.
        dialog = BookmarkDialog(article.text[start:end], title=f"Bookmark: {clean_label(article.title, 60)}")
        self.push_screen(dialog, callback=answered)

    @work(group="bookmark-save")
    async def add_bookmark(self, article: Any, span: tuple[int, int], answer: Any) -> None:
        """Save a bookmark with the dialog's note and tags."""
        start, end = span
        saved = await self._engine(
            lambda: self.engine.bookmarks.add(article, start, end, answer.note, answer.tags)
        )
        if saved is not None:
            self.notify(f"Bookmarked ({len(saved.passage)} characters)", markup=False)
            await self._load_bookmarks()

    async def _load_bookmarks(self) -> None:
        pane = self.query_one("#bookmarks-pane", BookmarksPane)
        tag = pane.tag
        loaded = await self._engine(lambda: (self.engine.bookmarks.list(tag), self.engine.bookmarks.tags()))
        if loaded is not None:
            self.bookmark_list, tags = loaded
            self.query_one("#bookmarks", BookmarksTable).show_bookmarks(self.bookmark_list)
            pane.suggest_tags(tags)

    @work(exclusive=True, group="bookmarks")
    async def reload_bookmarks(self) -> None:
        await self._load_bookmarks()

    def action_show_bookmarks(self) -> None:
        """Open the Bookmarks tab."""
        self.query_one("#side", TabbedContent).active = "bookmarks-tab"
        self.query_one("#bookmarks", BookmarksTable).focus()
        self.reload_bookmarks()

    @on(Input.Submitted, "#tag-filter")
    def _tag_filter(self, event: Input.Submitted) -> None:
        event.stop()
        self.reload_bookmarks()
        self.query_one("#bookmarks", BookmarksTable).focus()

    def _selected_bookmark(self) -> Any:
        table = self.query_one("#bookmarks", BookmarksTable)
        key = table.current_key
        return next((bm for bm in self.bookmark_list if str(bm.id) == key), None)

    @on(DataTable.RowSelected, "#bookmarks")
    def _bookmark_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        bm = self._selected_bookmark()
        if bm is not None:
            self.open_article(bm.key, select=(bm.start, bm.end), focus=True, bookmark=bm)

    def action_bookmark_delete(self) -> None:
        """Delete the highlighted bookmark after asking."""
        self.delete_bookmark()

    @work(exclusive=True, group="bookmark-dialog")
    async def delete_bookmark(self) -> None:
        bm = self._selected_bookmark()
        if bm is None:
            self.bell()
            return
        from newsdesk.tui.screens.confirm import ConfirmDialog

        question = f"Delete the bookmark on “{clean_label(passage_of(bm), 60)}”?"
        if not await self.push_screen_wait(ConfirmDialog(question)):
            return
        if await self._engine(lambda: self.engine.bookmarks.delete(bm.id)) is not None:
            self.notify("Bookmark deleted", markup=False)
            await self._load_bookmarks()

    def action_bookmark_edit(self) -> None:
        """Edit the highlighted bookmark's note and tags."""
        self.edit_bookmark()

    @work(exclusive=True, group="bookmark-dialog")
    async def edit_bookmark(self) -> None:
        bm = self._selected_bookmark()
        if bm is None:
            self.bell()
            return
        from newsdesk.tui.screens.bookmark_dialog import BookmarkDialog, BookmarkInput

        dialog = BookmarkDialog(passage_of(bm), title="Edit bookmark", note=bm.note, tags=tuple(bm.tags))
        answer = await self.push_screen_wait(dialog)
        if not isinstance(answer, BookmarkInput):
            return
        if await self._engine(
            lambda: self.engine.bookmarks.update(bm.id, note=answer.note, tags=answer.tags)
        ):
            self.notify("Bookmark saved", markup=False)
            await self._load_bookmarks()

    def action_bookmark_copy(self) -> None:
        """Copy the highlighted bookmark's passage with its citation."""
        bm = self._selected_bookmark()
        if bm is None:
            self.bell()
            return
        cite = ", ".join(p for p in (bm.source, bm.date, bm.title) if p)
        self.copy_to_clipboard(f"“{passage_of(bm)}” ({cite})")
        self.notify("Passage copied (if your terminal allows OSC 52 clipboard access)", markup=False)

    def action_bookmark_export(self, kind: str) -> None:
        """Export the listed bookmarks to Markdown or JSON in the data folder."""
        self.export_bookmarks(kind)

    @work(exclusive=True, group="bookmarks")
    async def export_bookmarks(self, kind: str) -> None:
        bookmarks = list(self.bookmark_list)
        tag = self.query_one("#bookmarks-pane", BookmarksPane).tag
        suffix = "md" if kind == "markdown" else "json"
        stem = "bookmarks" if tag is None else f"bookmarks-{_slug(tag)}"
        path = self.data_dir / f"{stem}.{suffix}"

        def export() -> Path:
            from newsdesk.index.userdata.atomic import atomic_write_text

            store = self.engine.bookmarks
            text = store.export_markdown(bookmarks) if kind == "markdown" else store.export_json(bookmarks)
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_text(path, text)
            return path

        written = await self._engine(export)
        if written is not None:
            self.notify(f"Exported {len(bookmarks)} bookmarks to {written}", markup=False, timeout=10)

    # ---- navigation ----------------------------------------------------------------------------

    def action_focus_search(self) -> None:
        """Put the cursor in the search bar (in a text field, `/` is just typed)."""
        if self._type_into_input("/"):
            return
        # set_focus now, not focus() (deferred): keys typed right after `/` must reach the Input.
        self.screen.set_focus(self.query_one("#search", Input))

    def action_back(self) -> None:
        """Return focus to the results list."""
        self.screen.set_focus(self.query_one("#results", ResultsTable))  # now: see action_focus_search

    async def action_quit_main(self) -> None:
        """Quit (`q`, main screen only: in a dialog it is just a letter)."""
        await self.action_quit()

    def action_show_warnings(self) -> None:
        """Show the warnings of the indexing run and config files."""
        from newsdesk.tui.screens.lines import LinesScreen

        self.push_screen(LinesScreen(f"Warnings ({len(self.index_warnings)})", self.index_warnings))

    def action_help(self) -> None:
        """List every key binding."""
        from newsdesk.tui.screens.help import HelpScreen

        self.push_screen(HelpScreen(self.binding_rows()))

    def binding_rows(self) -> list[tuple[str, str, str, str]]:
        """(where, key, description, id) for every binding, with the keymap applied."""
        owners: list[tuple[str, list[Any]]] = [
            ("everywhere", self.BINDINGS),
            ("lists", NavTable.BINDINGS),
            ("article", ArticleView.BINDINGS),
            ("bookmarks", BookmarksTable.BINDINGS[len(NavTable.BINDINGS) :]),
        ]
        rows = []
        for where, bindings in owners:
            for binding in bindings:
                key = self.keymap.get(binding.id or "", binding.key)
                keys = ", ".join(self.get_key_display(Binding(part.strip(), "")) for part in key.split(","))
                rows.append((where, keys, binding.description or binding.action, binding.id or ""))
        rows.append(("lists", "enter", "Open / jump to it", ""))
        return rows

    # ---- command palette -----------------------------------------------------------------------

    def palette_actions(self) -> list[tuple[str, Callable[[], Any], str]]:
        """Every app action the palette offers, by description."""
        entries: list[tuple[str, Callable[[], Any], str]] = [
            ("Search", self.action_focus_search, "put the cursor in the search bar"),
            ("Bookmark the selection or paragraph", self.action_bookmark, "b"),
            ("Bookmarks", self.action_show_bookmarks, "open the Bookmarks tab"),
            ("Timeline of the speaker under the cursor", self.action_timeline, "t"),
            ("Pick an actor", self.action_pick_actor, "a"),
            ("Next search hit", lambda: self.query_one("#article", ArticleView).action_next_hit(), "n"),
            (
                "Previous search hit",
                lambda: self.query_one("#article", ArticleView).action_previous_hit(),
                "N",
            ),
            (
                "Export bookmarks to Markdown",
                lambda: self.action_bookmark_export("markdown"),
                "into the data folder",
            ),
            ("Export bookmarks to JSON", lambda: self.action_bookmark_export("json"), "into the data folder"),
            ("Re-index the desk", self.run_indexer, "in the background"),
            ("Indexing warnings", self.action_show_warnings, "w"),
            ("Keys", self.action_help, "?"),
            ("Quit", self.exit, "q"),
        ]
        return entries

    def action_command_palette(self) -> None:
        """Open the palette, loading actor names for "go to actor" in the background."""
        self.preload_actors()
        super().action_command_palette()

    @work(exclusive=True, group="actors-preload")
    async def preload_actors(self) -> None:
        await self._load_actors()

    def palette_actors(self) -> list[str]:
        """Actor names for "go to actor"."""
        return [name for name, _ in self.actor_names]

    def palette_articles(self) -> list[tuple[str, str]]:
        """(key, title) of the current results for "go to article"."""
        seen: dict[str, str] = {}
        for hit in self.hits:
            seen.setdefault(hit.key, hit.title or hit.path)
        return list(seen.items())

    def go_to_actor(self, name: str) -> None:
        """Show an actor's timeline."""
        self.show_timeline(name)

    def go_to_article(self, key: str) -> None:
        """Open an article and focus it."""
        self.open_article(key, focus=True)


class _BadQuery(Exception):
    """A QueryError carried out of the engine thread without importing the engine here."""


def _slug(text: str) -> str:
    cleaned = "".join(c if c.isalnum() else "-" for c in text.casefold())
    return "-".join(part for part in cleaned.split("-") if part) or "tag"
