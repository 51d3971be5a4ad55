"""The search bar: a query field and a status, and the search-as-you-type workflow behind them.

Each keystroke waits DEBOUNCE_SECONDS and is cancelled by the next one, so a burst of keys costs
one search; answers come back through `Answered`, and an answer older than one already shown is
dropped.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Input, Static

from newsdesk.tui.engine_thread import EngineThread
from newsdesk.tui.keys import KeyMap, bindings
from newsdesk.tui.live_query import live_query
from newsdesk.tui.sanitize import clean_label
from newsdesk.tui.search_memory import FILE_NAME, HistoryCursor, SearchMemory
from newsdesk.tui.widgets.hints import follow_keys

# Short enough that results land within ~100 ms of the last key on a 20k desk; a burst of keys
# still costs one search, because each key cancels the wait of the one before.
DEBOUNCE_SECONDS = 0.05
# An answer slower than this (a loaded machine, a first index running) says "searching…" meanwhile,
# so the count beside the field never stands for a query it does not answer.
SEARCHING_AFTER = 0.2
SEARCHING = "searching…"
# Results come a page at a time; the next page loads when the cursor nears the end of the list.
PAGE_SIZE = 50
EMPTY_DESK = "no articles in this folder (.md .txt .html .json)"
INDEXING = "indexing: results come as it goes"
# Said under the field while an index run is in progress: the desk keeps its last actor registry.
STALE_ACTORS = "indexing: actor names are as of the last index; they update when it ends"
TYPE_MORE = "type more: one-letter and common words are not searched"
PLACEHOLDER = '{focus-search} search  (words, "phrases", actor:name, cue:warn, date:2025-09; F1: syntax)'
SORT_NAMES = {"relevance": "by relevance", "date": "newest first"}


def page_status(shown: int, total: int, *, statements: bool, sort: str, cut_short: bool) -> str:
    """'1-50 of 289 statements · newest first' (the count of what is listed, of every match)."""
    noun = "statement" if statements else "result"
    if total == 0:
        return f"0 {noun}s"
    plural = noun if total == 1 else noun + "s"
    more = "+" if cut_short else ""
    head = f"{total:,}{more} {plural}" if shown >= total else f"1-{shown:,} of {total:,}{more} {plural}"
    return head + (f" · {SORT_NAMES[sort]}" if sort != "relevance" else "")


def too_short(text: str) -> bool:
    """True while the query is too short to mean anything: one character, or one letter and a star."""
    word = text.strip().rstrip("*~")
    return 0 < len(word) < 2 and word.isalnum()


class _BadQuery(Exception):
    """A QueryError carried out of the engine thread without importing the engine here."""


class SearchInput(Input):
    """The query field; up and down walk the search history."""

    BINDINGS: ClassVar[list[BindingType]] = bindings("search")

    def action_history(self, direction: int) -> None:
        """Show the previous (-1) or next (+1) query of the history."""
        for bar in self.ancestors:
            if isinstance(bar, SearchBar):
                bar.step_history(direction)
                return


class SearchBar(Vertical):
    """The query field and, beside it, how many results; under it, why a query cannot run."""

    class Answered(Message):
        """Results for `text` are in (`hits`); `note` says why there are none, when it is known.

        `appended` is True when `hits` is the next page of the same search (the list grows).
        """

        def __init__(self, text: str, hits: list[Any], note: str | None, appended: bool = False) -> None:
            super().__init__()
            self.text = text
            self.hits = hits
            self.note = note
            self.appended = appended

    def __init__(self, engine: EngineThread, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.engine = engine
        self.query_text = ""
        self.hits: list[Any] = []
        # The search as last answered: how many match, whether they are statements, the sort.
        self.total = 0
        self.statements = False
        self.cut_short: str | None = None
        self.sort = "relevance"
        # Desk-wide actor names of the statements listed, by statement actor key.
        self.actor_names: dict[str, str] = {}
        self._seq = 0
        self._shown_seq = 0
        self._loading_more = False
        self.memory = SearchMemory(engine.data_dir / FILE_NAME)
        self._walk = HistoryCursor()
        self._shown_from_history: str | None = None
        # While the first index is being built: an empty result then says so, not "0 results".
        self.indexing = False

    def compose(self) -> ComposeResult:
        with Horizontal(id="search-row"):
            yield SearchInput(id="search")
            yield Static("", id="search-status", markup=False)
        yield Static("", id="search-message", markup=False)

    def on_mount(self) -> None:
        self.query_one("#search-message", Static).display = False
        follow_keys(self, self._hints)

    def _hints(self, keys: KeyMap) -> None:
        self.query_one("#search", Input).placeholder = keys.hint(PLACEHOLDER)

    @property
    def input(self) -> Input:
        """The query field."""
        return self.query_one("#search", Input)

    @property
    def more(self) -> bool:
        """True when results follow the ones listed."""
        return len(self.hits) < self.total

    def set_status(self, text: str, *, error: bool = False) -> None:
        """Show a short status beside the field (red for an error)."""
        status = self.query_one("#search-status", Static)
        status.set_class(error, "-error")
        status.update(clean_label(text, 80))

    def set_message(self, text: str = "", *, error: bool = False) -> None:
        """Show a line under the field (why a query cannot run, or a note); empty hides it."""
        message = self.query_one("#search-message", Static)
        message.set_class(error, "-error")
        message.update(clean_label(text))
        message.display = bool(text)

    @property
    def message(self) -> str:
        """The line under the field ("" when hidden)."""
        message = self.query_one("#search-message", Static)
        return str(message.render()) if message.display else ""

    def _show_count(self) -> None:
        self.set_status(
            page_status(
                len(self.hits), self.total, statements=self.statements, sort=self.sort,
                cut_short=self.cut_short is not None,
            )
        )  # fmt: skip

    @on(Input.Changed, "#search")
    def _changed(self, event: Input.Changed) -> None:
        if event.value != self._shown_from_history:
            self._walk.reset()
        self._shown_from_history = None
        self.search_later(event.value)

    # ---- history and saved searches ------------------------------------------------------------

    def load_memory(self, warn: Callable[[str], None]) -> None:
        """Read the desk's search history and saved searches."""
        self.memory, warning = SearchMemory.load(self.engine.data_dir)
        if warning:
            warn(warning)

    def step_history(self, direction: int) -> None:
        """Put the previous (-1) or next (+1) query of the history in the field."""
        text = self._walk.step(self.memory.history, self.input.value, direction)
        if text is None:
            self.app.bell()
            return
        self._shown_from_history = text
        self.input.value = text
        self.input.cursor_position = len(text)

    def remember(self, query: str) -> None:
        """Add a query to the history and write it (in a thread: an fsync may take a while)."""
        if self.memory.remember(query):
            self._write_memory()

    def save_query(self, query: str) -> bool:
        """Save a query; False when it is empty or saved already."""
        if not self.memory.save(query):
            return False
        self._write_memory()
        return True

    def forget_query(self, query: str) -> None:
        """Remove a saved query."""
        if self.memory.forget(query):
            self._write_memory()

    @work(group="search-memory")
    async def _write_memory(self) -> None:
        try:
            await asyncio.to_thread(self.memory.write)
        except OSError as exc:
            self.engine.on_error(f"search history not saved: {exc.strerror or exc}")

    # ---- searching -----------------------------------------------------------------------------

    @work(exclusive=True, group="search")
    async def search_later(self, text: str) -> None:
        """Search after a pause in typing; a newer keystroke cancels this one."""
        await self.run_search(text, debounce=True)

    @work(exclusive=True, group="search")
    async def search_now(self, text: str | None = None) -> None:
        """Search at once (what the field holds when `text` is None), e.g. after the indexer committed."""
        await self.run_search(self.input.value if text is None else text, debounce=False)

    def toggle_sort(self) -> str:
        """Switch between relevance and date order and search again; returns the new order."""
        self.sort = "date" if self.sort == "relevance" else "relevance"
        self.search_now(self.query_text)
        return self.sort

    def _page_call(self, text: str, seq: int, offset: int, sort: str, note: list[str]) -> Callable[[], Any]:
        """The engine call for one page of `text` (None when a newer search was queued behind it)."""
        query = live_query(text) or "*"
        engine = self.engine
        indexing = self.indexing

        def search() -> tuple[Any, dict[str, str], bool] | None:
            if seq != self._seq:
                return None
            from newsdesk.index.search.store import QueryError, StoreError

            desk = engine.desk
            try:
                page = desk.search_page(query, offset=offset, limit=PAGE_SIZE, sort=sort, fold_copies=True)
                if page.total == 0 and (indexing or query == "*"):
                    # While the first index is built, "0 results" may only mean "not yet".
                    note.append(INDEXING if indexing else EMPTY_DESK)
            except QueryError as exc:
                raise _BadQuery(str(exc)) from exc
            except StoreError as exc:
                reason = str(exc).split(":")[0]
                note.append(
                    INDEXING if indexing else "no index yet" if reason.startswith("no index") else reason
                )
                return None, {}, False
            actors, stale = _desk_actors(desk, page.hits) if page.statements else ({}, False)
            return page, actors, stale

        return search

    async def run_search(self, text: str, *, debounce: bool) -> bool:
        """Search for `text` and post the answer; False when it failed or a newer search won."""
        self._seq += 1
        seq = self._seq
        if debounce:
            await asyncio.sleep(DEBOUNCE_SECONDS)
        if too_short(text):
            if seq == self._seq:
                self.set_message(TYPE_MORE)
            return False
        note: list[str] = []
        sort = self.sort
        slow = asyncio.get_running_loop().call_later(SEARCHING_AFTER, self._searching, seq)
        try:
            answer = await self.engine.call(self._page_call(text, seq, 0, sort, note))
        except _BadQuery as exc:
            if seq == self._seq:
                self.set_message(str(exc), error=True)
                self.set_status("cannot search", error=True)
            return False
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            if seq == self._seq:
                self.set_status("search failed", error=True)
            self.engine.on_error(str(exc) or exc.__class__.__name__)
            return False
        finally:
            slow.cancel()
        if answer is None or seq < self._shown_seq or seq != self._seq:
            return False  # stale: a newer answer is on its way or already shown
        page, actors, stale = answer
        self._shown_seq = seq
        self.query_text = text
        self.hits = list(page.hits) if page is not None else []
        self.total = page.total if page is not None else 0
        self.statements = bool(page is not None and page.statements)
        self.cut_short = page.cut_short if page is not None else None
        self.actor_names = actors
        if note:
            self.set_status(note[0])
        else:
            self._show_count()
        self.set_message(self.cut_short or (STALE_ACTORS if stale else ""))
        self.post_message(self.Answered(text, self.hits, note[0] if note else None))
        return True

    def _searching(self, seq: int) -> None:
        """Say the search typed is still running (its answer is slow to come)."""
        if seq == self._seq and self._shown_seq < seq:
            self.set_status(SEARCHING)

    @work(exclusive=True, group="search-more")
    async def load_more(self) -> None:
        """Fetch the next page of the current search and append it to the list."""
        if self._loading_more or not self.more:
            return
        self._loading_more = True
        seq, text, offset = self._seq, self.query_text, len(self.hits)
        try:
            answer = await self.engine.try_call(self._page_call(text, seq, offset, self.sort, []))
        except _BadQuery:
            answer = None
        finally:
            self._loading_more = False
        if not answer or answer[0] is None or seq != self._seq or len(self.hits) != offset:
            return
        page, actors, _stale = answer
        self.hits.extend(page.hits)
        self.actor_names.update(actors)
        self._show_count()
        self.post_message(self.Answered(text, list(page.hits), None, appended=True))

    async def ensure(self, text: str) -> list[Any]:
        """The results for `text`, searching first unless they are the ones shown."""
        if text != self.query_text or not self.hits:
            await self.run_search(text, debounce=False)
        return self.hits if text == self.query_text else []


def _desk_actors(desk: Any, hits: Any) -> tuple[dict[str, str], bool]:
    """The desk-wide actor name of each statement hit's actor key (engine thread), and whether they come
    from the registry of before a running index (the desk does not rebuild it while the index grows)."""
    keys = {hit.statement.actor_key for hit in hits if hit.statement is not None and hit.statement.actor_key}
    if not keys:
        return {}, False
    try:
        registry = desk.registry()
    except Exception:  # no registry yet (first index): the statement's own actor name stands in
        return {}, False
    names = {}
    for key in keys:
        actor = registry.actor_for_key(key)
        if actor is not None:
            names[key] = actor.name
    return names, bool(desk.registry_stale)
