"""The main screen: search bar on top; results, article and the Quotes/Timeline/Bookmarks tabs below.

Each pane owns its workflow (searching, opening an article, building a timeline, keeping
bookmarks, indexing); this screen lays them out, routes their messages to one another and holds the
actions of the main screen's keys.

Only the search bar and the footer are there for the first frame: the panes' modules are imported
and the panes mounted just after it, so the window paints about as fast as a bare Textual app, and
the first search starts on the engine thread meanwhile. Messages from the panes are handled by
name (`on_article_pane_opened`), which needs no pane class at import time.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal
from textual.dom import DOMNode
from textual.geometry import Size
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Input

from newsdesk.tui.engine_thread import EngineThread
from newsdesk.tui.heap import CollectionPause, freeze_long_lived
from newsdesk.tui.keys import ACTIONS, actions_in, bindings
from newsdesk.tui.sanitize import clean_label
from newsdesk.tui.widgets.footer import FittedFooter
from newsdesk.tui.widgets.hints import current_keys
from newsdesk.tui.widgets.search_bar import SearchBar

if TYPE_CHECKING:
    from textual.widgets import DataTable, TabbedContent

    from newsdesk.tui.app import NewsdeskApp
    from newsdesk.tui.widgets.article_pane import ArticlePane
    from newsdesk.tui.widgets.article_view import ArticleView
    from newsdesk.tui.widgets.bookmarks import BookmarksPane
    from newsdesk.tui.widgets.index_status import IndexStatus
    from newsdesk.tui.widgets.quotes import QuotesTable
    from newsdesk.tui.widgets.results import ResultsTable
    from newsdesk.tui.widgets.timeline import TimelinePane

NO_SPEAKER = "No speaker here: put the cursor on a statement, or press {pick-actor} to pick an actor."
# Below this many columns the side pane is hidden until asked for (it then takes the results' place);
# below STACK_WIDTH the results sit above the article instead of beside it.
# While an index run is in progress the desk answers from the actor registry it had before the run.
STALE_ACTORS_NOTE = "Indexing: the actors are as of the last index; they update when it ends."
NARROW_WIDTH = 110
# The side panes mount once the first results are drawn, or after this many seconds.
FIRST_ANSWER_WAIT = 1.0
STACK_WIDTH = 70
COMPACT_FOOTER_WIDTH = 130
# Below this many columns the footer leaves out the palette's key (help lists it): room for the
# pane's own key ("n Next hit") without cutting "? Help".
PALETTE_FOOTER_WIDTH = 90
# The binding id of each main-screen action, for check_action.
_MAIN_IDS = {action.action: action.id for action in actions_in(["main"])}
# Actions that need the side panes (or the status bar), which mount just after the first results.
_SIDE_ACTIONS = {
    "timeline",
    "show_quotes",
    "toggle_side",
    "pick_actor",
    "show_bookmarks",
    "reindex",
    "bookmark",
}


# The layout classes that `_fit` sets; app.tcss's rules with them select the widget that has them,
# never its descendants (tests/test_tui_layout.py checks), so `restyle_alone` may restyle it alone.
LAYOUT_CLASSES = ("-narrow", "-stacked")


def restyle_alone(widget: Widget, classes: dict[str, bool]) -> None:
    """Set or clear layout classes and restyle the widget alone, not its subtree.

    Textual restyles a widget's whole subtree when its classes change, ~0.3 ms a node: the side
    tabs alone took ~7 ms, and #main (every pane) ~13 ms, of every resize that changed the layout.
    """
    if all(widget.has_class(name) == on for name, on in classes.items()):
        return
    widget.update_classes(classes, update=False)
    widget.app.stylesheet.apply(widget)


class MainScreen(Screen[None]):
    """The desk: search, results, the open article, and its quotes, timelines and bookmarks."""

    BINDINGS: ClassVar[list[BindingType]] = bindings("main")
    # The results list, not the search Input: an Input focused at start would swallow `/`, `b`, `q`.
    AUTO_FOCUS = "#results"

    def __init__(self, engine: EngineThread, *, index_on_start: bool = True, initial_query: str = "") -> None:
        super().__init__()
        self.engine = engine
        self.index_on_start = index_on_start
        self._initial_query = initial_query
        # The desk's quoted actors, most quoted first, with their aliases and statement counts.
        self.actor_names: list[tuple[str, tuple[str, ...]]] = []
        self.actor_counts: dict[str, int] = {}
        # The names above come from the registry of before a running index.
        self.actors_stale = False
        # Shown or hidden by the user (None: as suits the width).
        self._side_choice: bool | None = None
        # (narrow, stacked, side pane shown, compact footer, no palette key) as last laid out.
        self._layout = (False, False, True, False, False)
        self._laid_out = False
        self.search_bar = SearchBar(engine, id="search-bar")
        # The indexer starts just after the first results: until it ends, "no results" may mean "not yet".
        self.search_bar.indexing = index_on_start
        # The other panes are made after the first frame (`_mount_panes`); what they hold can be
        # read through the attributes below from then on, also after the app has ended.
        self.results: ResultsTable
        self.article_pane: ArticlePane
        self.quotes: QuotesTable
        self.timeline_pane: TimelinePane
        self.bookmarks_pane: BookmarksPane
        self.index_status: IndexStatus
        self._panes_ready = asyncio.Event()
        self._side_mounting = False
        self._early_answer: SearchBar.Answered | None = None
        self._collection_pause = CollectionPause()

    @property
    def newsdesk(self) -> NewsdeskApp:
        """The app, typed."""
        return self.app  # type: ignore[return-value]

    # ---- layout --------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield self.search_bar
        yield Horizontal(id="main")
        yield FittedFooter()

    def on_mount(self) -> None:
        self.sub_title = clean_label(str(self.engine.folder))
        # Import the engine and open the index while the first frame is drawn: results come ~0.1 s
        # sooner (bench_tui_startup: 0.47-0.49 s vs 0.54-0.64 s), the frame itself shares the GIL.
        self.engine.warm_up()
        self._fit(self.app.size.width)
        # After the first frame: importing the panes, opening the index and spawning the indexer
        # would each delay the paint.
        self.call_after_refresh(self._begin)

    def on_unmount(self) -> None:
        self._collection_pause.end()  # an app that ends mid-resize leaves collections as they were

    def _begin(self) -> None:
        self.load_start()
        self.call_after_refresh(self._mount_panes)

    async def _mount_panes(self) -> None:
        """Make and mount the results and the article; the side tabs and the status bar follow once
        the first results are on screen (or after FIRST_ANSWER_WAIT), so they do not hold those up."""
        from newsdesk.tui.widgets.article_pane import ArticlePane
        from newsdesk.tui.widgets.results import ResultsTable

        engine = self.engine
        self.results = ResultsTable(id="results")
        self.article_pane = ArticlePane(engine, id="article-pane")
        main = self.query_one("#main", Horizontal)
        await main.mount(self.results, self.article_pane)
        if self.focused is None:
            self.results.focus()
        if self._early_answer is not None:
            self.on_search_bar_answered(self._early_answer)
        self.set_timer(FIRST_ANSWER_WAIT, self._mount_side)

    def _mount_side(self) -> None:
        """Mount the side tabs and the status bar (once), in a worker: the screen's message loop
        stays free meanwhile."""
        if not self._side_mounting:
            self._side_mounting = True
            self.run_worker(self._mount_side_panes(), group="mount-side")

    async def _mount_side_panes(self) -> None:
        engine = self.engine
        main = self.query_one("#main", Horizontal)
        from textual.widgets import TabbedContent, TabPane

        from newsdesk.tui.widgets.bookmarks import BookmarksPane
        from newsdesk.tui.widgets.index_status import IndexStatus
        from newsdesk.tui.widgets.quotes import QuotesTable
        from newsdesk.tui.widgets.timeline import TimelinePane

        self.quotes = QuotesTable(id="quotes")
        self.timeline_pane = TimelinePane(engine, id="timeline-pane")
        self.bookmarks_pane = BookmarksPane(engine, engine.data_dir, id="bookmarks-pane")
        self.index_status = IndexStatus(engine.folder, engine.data_dir, self.newsdesk.warn, id="index-status")
        side = TabbedContent(id="side")
        # Hidden until `_fit` below lays it out: on a narrow terminal it would show for the frames
        # its tabs take to mount, squeezing the results and the article.
        side.display = False
        await main.mount(side)
        await side.add_pane(TabPane("Quotes", self.quotes, id="quotes-tab"))
        await side.add_pane(TabPane("Timeline", self.timeline_pane, id="timeline-tab"))
        await side.add_pane(TabPane("Bookmarks", self.bookmarks_pane, id="bookmarks-tab"))
        await self.mount(self.index_status, before=self.query_one(Footer))
        self._panes_ready.set()
        self._fit(self.size.width)

    @work(exclusive=True, group="start")
    async def load_start(self) -> None:
        """Show what is already indexed, then load the bookmarks, then start the indexer.

        The first search starts at once (the panes mount meanwhile) and the indexer only after it,
        so re-opening an indexed desk shows results as soon as the engine answers. Actors are
        loaded when first needed (picker, palette): building the registry of a 20k desk takes
        ~0.6 s on the engine thread, and typed searches would queue behind it.
        """
        search = self.search_bar
        await search.run_search(self._initial_query, debounce=False)
        if self._initial_query:
            search.input.value = self._initial_query
        search.load_memory(self.newsdesk.warn)
        await self._panes_ready.wait()
        await self.bookmarks_pane.load()
        freeze_long_lived()  # the desk is on screen: what lives now lives as long as the app
        if self.index_on_start:
            self.index_status.run()

    async def panes_mounted(self) -> None:
        """Wait until the panes are mounted (for tools and tests that drive the screen)."""
        await self._panes_ready.wait()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in _SIDE_ACTIONS and not self._panes_ready.is_set():
            return None  # the side panes are not mounted yet (a moment after the first results)
        # A letter key that would act here is typed into a focused text field instead.
        binding_id = _MAIN_IDS.get(action)
        typing = isinstance(self.focused, Input)
        return not (binding_id and typing and current_keys(self).yields_to_text(binding_id))

    # ---- parts ---------------------------------------------------------------------------------

    @property
    def article_view(self) -> ArticleView:
        """The article's text widget."""
        return self.article_pane.view

    # What the panes hold, for the palette and for tests.
    @property
    def hits(self) -> list[Any]:
        return self.search_bar.hits

    @property
    def query_text(self) -> str:
        return self.search_bar.query_text

    @property
    def article(self) -> Any:
        return self.article_pane.article

    @property
    def statements(self) -> list[Any]:
        return self.article_pane.statements

    @property
    def timeline_actor(self) -> str | None:
        return self.timeline_pane.actor

    @property
    def timeline_entries(self) -> list[Any]:
        return self.timeline_pane.entries

    @property
    def bookmark_list(self) -> list[Any]:
        return self.bookmarks_pane.bookmarks

    # ---- searching and opening -----------------------------------------------------------------

    def search_later(self, text: str) -> None:
        """Search for `text` after the debounce (as if typed)."""
        self.search_bar.search_later(text)

    def on_search_bar_answered(self, event: SearchBar.Answered) -> None:
        if not hasattr(self, "results") or not self.results.is_mounted:
            self._early_answer = event  # shown as soon as the results list is mounted
            return
        self._early_answer = None
        if event.appended:
            self.results.append_hits(event.hits, self.search_bar.actor_names)
            return
        self.results.show_hits(event.hits, self.search_bar.actor_names)
        self.article_pane.refresh_hits(event.text)
        if not self._side_mounting:
            self.call_after_refresh(self._mount_side)  # after the frame that shows the results

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.search_bar.remember(event.value)
        self.submit_search(event.value)

    @work(exclusive=True, group="submit")
    async def submit_search(self, text: str) -> None:
        """Enter in the search bar: make sure the results are for this text, then open the top one."""
        hits = await self.search_bar.ensure(text)
        if not hits:
            self.app.bell()
            return
        table = self.results
        row = table.cursor_row if 0 <= table.cursor_row < len(hits) else 0
        self._open_hit(row, focus=True)

    def _open_hit(self, row: int, *, focus: bool) -> None:
        hit = self.hits[row]
        statement = getattr(hit, "statement", None)
        select = (statement.start, statement.end) if statement is not None else None
        self.open_article(hit.key, select=select, focus=focus)

    def open_article(
        self, key: str, select: tuple[int, int] | None = None, focus: bool = False, bookmark: Any = None
    ) -> None:
        """Open an article in the article pane (marking the current query's hits)."""
        self.article_pane.open(key, self.query_text, select=select, focus=focus, bookmark=bookmark)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        table = event.data_table.id
        if table == "results" and 0 <= event.cursor_row < len(self.hits):
            event.stop()
            self.search_bar.remember(self.query_text)
            self._open_hit(event.cursor_row, focus=True)
        elif table == "quotes" and 0 <= event.cursor_row < len(self.statements):
            event.stop()
            st = self.statements[event.cursor_row]
            view = self.article_view
            view.select_span(st.start, st.end)
            view.focus()

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        table = event.data_table
        if table.id != "results":
            return
        if self.results.near_end() and self.search_bar.more:
            self.search_bar.load_more()
        # Preview only while the user walks the list; a refresh must not replace what they read.
        if table.has_focus and 0 <= event.cursor_row < len(self.hits):
            self._open_hit(event.cursor_row, focus=False)

    def action_sort_results(self) -> None:
        """Sort the results by relevance or newest first (and search again)."""
        order = self.search_bar.toggle_sort()
        self.notify("Results: newest first" if order == "date" else "Results: by relevance", markup=False)

    def action_show_copies(self) -> None:
        """List the copies (same body) of the highlighted result; Enter opens one."""
        hit = self._current_hit()
        if hit is None or not getattr(hit, "copies", ()):
            self.notify("No copies: no other article has this one's body.", markup=False)
            return
        from newsdesk.tui.screens.copies import CopiesScreen

        def picked(key: str | None) -> None:
            if key:
                self.open_article(key, focus=True)

        self.app.push_screen(CopiesScreen(self.engine, hit), callback=picked)

    def _current_hit(self) -> Any:
        """The hit under the results' cursor, or the one whose article is open."""
        if not hasattr(self, "results"):
            return None
        row = self.results.cursor_row
        article = self.article
        if article is not None and not self.results.has_focus:
            found = next((h for h in self.hits if h.key == article.key or article.key in h.copies), None)
            if found is not None:
                return found
        return self.hits[row] if 0 <= row < len(self.hits) else None

    def on_article_pane_opened(self, event: ArticlePane.Opened) -> None:
        self._fill_quotes(event.statements, event.select)

    @work(exclusive=True, group="quotes")
    async def _fill_quotes(self, statements: list[Any], select: tuple[int, int] | None = None) -> None:
        await self._panes_ready.wait()
        await self.quotes.show_items_async(statements)
        # Opened at a statement (a statement result, a timeline entry): its row is the current one.
        row = next(
            (n for n, st in enumerate(statements) if select is not None and (st.start, st.end) == select),
            None,
        )
        if row is not None:
            self.quotes.move_cursor(row=row, animate=False)

    def on_article_pane_bookmark_moved(self) -> None:
        self.bookmarks_pane.reload()

    def on_index_status_started(self) -> None:
        self.search_bar.indexing = True

    def on_index_status_committed(self) -> None:
        self.refresh_desk()

    def on_index_status_finished(self) -> None:
        self.search_bar.indexing = False
        # Also when nothing changed: a search that said "indexing" must now say what there is.
        self.refresh_desk()

    @work(group="refresh")
    async def refresh_desk(self) -> None:
        """Pick up what the indexer committed and re-run the current search (keeping the open article)."""
        engine = self.engine
        await engine.try_call(lambda: engine.desk.refresh())
        self.search_bar.search_now()

    # ---- quotes and timeline -------------------------------------------------------------------

    def action_timeline(self) -> None:
        """Show the timeline of the speaker under the cursor, or of the highlighted quote."""
        st = None
        quotes = self.quotes
        if self.focused is quotes:
            st = quotes.current_item
        else:
            st = self.article_pane.current_statement()
            if st is None and self.statements:
                st = quotes.current_item
        name = (st.actor or st.speaker) if st is not None else None
        if not name:
            self.notify(current_keys(self).hint(NO_SPEAKER), markup=False)
            return
        self.timeline_pane.show_actor(name, canonicalize=True)

    def show_timeline(self, name: str) -> None:
        """Build and show an actor's timeline."""
        if not self._panes_ready.is_set():
            self.app.bell()
            return
        self.timeline_pane.show_actor(name)

    def on_timeline_pane_shown(self) -> None:
        self._show_tab("timeline-tab")
        self.query_one("#timeline").focus()

    def on_timeline_pane_open_at(self, event: TimelinePane.OpenAt) -> None:
        self.open_article(event.key, select=event.span, focus=True)

    @property
    def _side(self) -> TabbedContent:
        return self.query_one("#side")  # type: ignore[return-value]

    def _show_tab(self, tab: str) -> None:
        """Bring a side tab forward (and the side pane into view on a narrow terminal)."""
        self._side.active = tab
        if not self._side_shown:
            self._side_choice = True
            self._fit(self.size.width)

    def action_show_quotes(self) -> None:
        """Open the Quotes tab and put the cursor in it."""
        self._show_tab("quotes-tab")
        self.set_focus(self.quotes)  # now, not focus() (deferred): `Qj` moves in the quotes

    def action_toggle_side(self) -> None:
        """Show or hide the side pane."""
        opening = not self._side_shown
        self._side_choice = opening
        self._fit(self.size.width)
        side = self._side
        if opening and side.active == "quotes-tab":
            self.set_focus(self.quotes)
        elif not opening and self.focused is not None and side in self.focused.ancestors:
            self.results.focus()

    # ---- layout --------------------------------------------------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        # Runs before Screen._on_resize lays the screen out at the new size and draws it: the
        # classes, the footer's keys and the status bar set here are in that first frame. (Set any
        # earlier, e.g. from the App's resize, they would be laid out at the old size first.)
        width = event.size.width
        # No garbage collection until the screen is drawn at the new size (a collection meanwhile
        # put that frame off by its own length).
        self._collection_pause.begin()
        self.call_after_refresh(self._collection_pause.end)
        self._fit(width)
        for footer in self.query(FittedFooter):
            footer.fit_keys(width)
        if self._panes_ready.is_set():
            self.index_status.fit(width)

    def _size_updated(
        self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        # Textual calls this while it lays the screen out at a new size. The screen's own scrollable
        # size changes with every resize, and Textual then asks for one more layout and a repaint of
        # the whole screen, which it has just laid out and drawn at this very size: that cost one
        # more layout and frame ~16-33 ms later (its update timer). The panes' own requests for a
        # layout still come (their sizes changed), so the screen is laid out once more all the same.
        return super()._size_updated(size, virtual_size, container_size, layout=False)

    @property
    def _side_shown(self) -> bool:
        return self._layout[2]

    def _fit(self, width: int) -> None:
        """Lay the panes out for the terminal's width: -narrow / -stacked classes on the widgets they
        shape (app.tcss has the rules), and the side pane or the results shown or not."""
        narrow, stacked = width < NARROW_WIDTH, width < STACK_WIDTH
        if narrow != self._layout[0]:
            self._side_choice = None  # crossing the line: back to what suits the new width
        side = not narrow if self._side_choice is None else self._side_choice
        layout = (narrow, stacked, side, width < COMPACT_FOOTER_WIDTH, width < PALETTE_FOOTER_WIDTH)
        if layout == self._layout and self._laid_out:
            return
        self._layout = layout
        for footer in self.query(Footer):
            footer.compact = layout[3]
            footer.show_command_palette = not layout[4]
        restyle_alone(self.query_one("#main"), {"-stacked": stacked})
        if not self._panes_ready.is_set():
            return
        self._laid_out = True
        panes = self.query_one("#side"), self.results, self.article_pane
        for pane in panes:
            restyle_alone(pane, {"-narrow": narrow, "-stacked": stacked})
        self._side.display = side
        self.results.display = not (narrow and side)

    def action_pick_actor(self) -> None:
        """Choose an actor by name and show their timeline."""
        from newsdesk.tui.screens.actor_picker import ActorPicker

        def picked(name: str | None) -> None:
            if name:
                self.show_timeline(name)

        # Pushed now, not from a worker, so keys typed right behind `a` land in the picker; the
        # names are (re)loaded meanwhile and handed over when they come.
        picker = ActorPicker(self.actor_names or None, self.actor_counts)
        self.app.push_screen(picker, callback=picked)
        self.load_actors_into(picker)

    @work(exclusive=True, group="actors")
    async def load_actors_into(self, picker: Any) -> None:
        """Load the desk's actors and give them to an open picker."""
        await self.load_actors()
        if not picker.is_attached:
            return
        if not self.actor_names:
            picker.dismiss(None)
            self.notify(
                "No actors yet: the desk has no attributed statements (or is still indexing).", markup=False
            )
            return
        picker.set_actors(self.actor_names, self.actor_counts)
        if self.actors_stale:
            self.notify(STALE_ACTORS_NOTE, markup=False)

    async def load_actors(self) -> None:
        """(Re)load the desk's actor names and aliases."""
        engine = self.engine

        def actors() -> tuple[list[tuple[str, tuple[str, ...], int]], bool]:
            from newsdesk.index.search.store import StoreError

            try:
                stats = engine.desk.actor_stats()
            except StoreError:
                return [], False
            # Most quoted first, so the picker opens on who matters; never-quoted names have no timeline.
            ranked = sorted(stats, key=lambda s: (-s.statements, s.actor.name.casefold()))
            listed = [
                (s.actor.name, tuple(s.actor.aliases), s.statements) for s in ranked if s.statements > 0
            ]
            return listed, bool(engine.desk.registry_stale)

        answer = await engine.try_call(actors)
        if answer is not None:
            found, stale = answer
            self.actor_names = [(name, aliases) for name, aliases, _ in found]
            self.actor_counts = {name: count for name, _, count in found}
            self.actors_stale = stale

    # ---- bookmarks -----------------------------------------------------------------------------

    def action_bookmark(self) -> None:
        """Bookmark the selection, or the paragraph under the cursor."""
        pane = self.article_pane
        article = pane.article
        if article is None:
            self.notify("Open an article first.", markup=False)
            return
        span = pane.paragraph_or_selection()
        if span is None:
            self.app.bell()
            return
        from newsdesk.tui.screens.bookmark_dialog import BookmarkDialog, BookmarkInput

        start, end = span
        bookmarks = self.bookmarks_pane

        def answered(answer: BookmarkInput | None) -> None:
            if isinstance(answer, BookmarkInput):
                bookmarks.add(article, span, answer.note, answer.tags)

        # Pushed now, not from a worker: a note typed right behind `b` lands in the dialog.
        dialog = BookmarkDialog(article.text[start:end], title=f"Bookmark: {clean_label(article.title, 60)}")
        self.app.push_screen(dialog, callback=answered)

    def action_show_bookmarks(self) -> None:
        """Open the Bookmarks tab."""
        self._show_tab("bookmarks-tab")
        pane = self.bookmarks_pane
        self.set_focus(pane.table)
        pane.reload()

    def on_bookmarks_pane_open_at(self, event: BookmarksPane.OpenAt) -> None:
        bm = event.bookmark
        self.open_article(bm.key, select=(bm.start, bm.end), focus=True, bookmark=bm)

    # ---- navigation ----------------------------------------------------------------------------

    def action_focus_search(self) -> None:
        """Put the cursor in the search bar."""
        # set_focus now, not focus() (deferred): keys typed right after `/` must reach the Input.
        self.set_focus(self.search_bar.input)

    def action_back(self) -> None:
        """Return focus to the results list (closing the side pane where it covers the results)."""
        if self._layout[0] and self._side_shown:
            self._side_choice = False
            self._fit(self.size.width)
        self.set_focus(self.results)  # now: see action_focus_search

    async def action_quit(self) -> None:
        """Quit (`q`, main screen only: in a dialog it is just a letter)."""
        self.app.exit()

    def action_show_warnings(self) -> None:
        """Show the warnings of the indexing run and config files."""
        from newsdesk.tui.screens.lines import LinesScreen

        warnings = self.newsdesk.warnings
        self.app.push_screen(LinesScreen(f"Warnings ({len(warnings)})", warnings))

    def action_reindex(self) -> None:
        """Re-index the desk in the background."""
        self.index_status.run()

    # ---- the article outside the app -----------------------------------------------------------

    def action_open_url(self) -> None:
        """Open the article's url in the browser (http and https only)."""
        from newsdesk.tui.outside import safe_url

        article = self.article
        url = safe_url(getattr(article, "url", None)) if article is not None else None
        if url is None:
            self.notify(
                "This article has no web address." if article else "Open an article first.", markup=False
            )
            return
        self.app.open_url(url)
        self.notify(f"Opening {clean_label(url, 80)}", markup=False)

    def action_open_editor(self) -> None:
        """Open the article's file in $VISUAL / $EDITOR (the app is suspended meanwhile)."""
        self._run_on_file(("VISUAL", "EDITOR"), "vi")

    def action_open_pager(self) -> None:
        """Open the article's file in $PAGER."""
        self._run_on_file(("PAGER",), "less")

    def _run_on_file(self, variables: tuple[str, ...], fallback: str) -> None:
        import subprocess

        from textual.app import SuspendNotSupported

        from newsdesk.tui.outside import article_file, external_command

        article = self.article
        if article is None:
            self.notify("Open an article first.", markup=False)
            return
        path = article_file(self.engine.folder, article.path)
        if path is None:
            self.notify(
                f"{clean_label(article.path, 80)}: not a file in the desk", severity="warning", markup=False
            )
            return
        command = external_command(variables, fallback, path)
        if command is None:
            self.notify(
                f"${variables[-1]} is not a command newsdesk can run", severity="warning", markup=False
            )
            return
        try:
            with self.app.suspend():
                subprocess.run(command, check=False)  # an argument list: no shell sees the path
        except (OSError, SuspendNotSupported) as exc:
            self.notify(clean_label(f"cannot run {command[0]}: {exc}", 200), severity="error", markup=False)
        self.refresh()

    # ---- saved searches ------------------------------------------------------------------------

    def action_save_search(self) -> None:
        """Save the query in the search bar."""
        query = self.search_bar.input.value.strip()
        if not query:
            self.notify("Type a search first.", markup=False)
            return
        saved = self.search_bar.save_query(query)
        self.notify(f"Saved search: {clean_label(query, 60)}" if saved else "Already saved.", markup=False)

    def action_saved_searches(self) -> None:
        """Pick a saved search and run it."""
        from newsdesk.tui.screens.saved_searches import SavedSearches

        def picked(query: str | None) -> None:
            if query:
                bar = self.search_bar
                bar.input.value = query
                bar.remember(query)
                bar.search_now(query)

        self.app.push_screen(SavedSearches(self.search_bar), callback=picked)

    # ---- command palette -----------------------------------------------------------------------

    def _scope_node(self, scope: str) -> DOMNode:
        nodes: dict[str, Callable[[], DOMNode]] = {
            "app": lambda: self.app,
            "main": lambda: self,
            "article": lambda: self.article_view,
            "bookmarks": lambda: self.bookmarks_pane,
            "timeline": lambda: self.timeline_pane,
        }
        return nodes.get(scope, lambda: self)()

    def palette_actions(self) -> list[tuple[str, Callable[[], Any], str]]:
        """Every action with a palette entry: (title, what it runs, its key)."""
        keys = current_keys(self)
        return [
            (
                action.palette,
                partial(self.app.run_action, action.action, self._scope_node(action.scopes[0])),
                f"key: {keys.all_keys(action.id)}",
            )
            for action in ACTIONS
            if action.palette
        ]

    @work(exclusive=True, group="actors-preload")
    async def palette_prepare(self) -> None:
        """Load what "go to actor" offers, in the background (the palette calls this when it opens)."""
        await self.load_actors()

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
