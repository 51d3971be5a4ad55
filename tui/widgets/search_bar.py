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
from textual.containers import Horizontal
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
RESULT_LIMIT = 50
# An empty query lists every article only on small desks: "*" scores every document (7 s at 8k).
LIST_ALL_LIMIT = 500
EMPTY_DESK = "no articles in this folder (.md .txt .html .json)"
PLACEHOLDER = '{focus-search} search  (words, "phrases", actor:name, cue:warn, date:2025-09)'


class _BadQuery(Exception):
    """A QueryError carried out of the engine thread without importing the engine here."""


class SearchInput(Input):
    """The query field; up and down walk the search history."""

    BINDINGS: ClassVar[list[BindingType]] = bindings("search")

    def action_history(self, direction: int) -> None:
        """Show the previous (-1) or next (+1) query of the history."""
        bar = self.parent
        if isinstance(bar, SearchBar):
            bar.step_history(direction)


class SearchBar(Horizontal):
    """The query field and, beside it, how many results (or why there are none)."""

    class Answered(Message):
        """Results for `text` are in (`hits`); `note` says why there are none, when it is known."""

        def __init__(self, text: str, hits: list[Any], note: str | None) -> None:
            super().__init__()
            self.text = text
            self.hits = hits
            self.note = note

    def __init__(self, engine: EngineThread, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.engine = engine
        self.query_text = ""
        self.hits: list[Any] = []
        self._seq = 0
        self._shown_seq = 0
        self.memory = SearchMemory(engine.data_dir / FILE_NAME)
        self._walk = HistoryCursor()
        self._shown_from_history: str | None = None
        # While the first index is being built: an empty result then says so, not "0 results".
        self.indexing = False

    def compose(self) -> ComposeResult:
        yield SearchInput(id="search")
        yield Static("", id="search-status", markup=False)

    def on_mount(self) -> None:
        follow_keys(self, self._hints)

    def _hints(self, keys: KeyMap) -> None:
        self.query_one("#search", Input).placeholder = keys.hint(PLACEHOLDER)

    @property
    def input(self) -> Input:
        """The query field."""
        return self.query_one("#search", Input)

    def set_status(self, text: str, *, error: bool = False) -> None:
        """Show a short status beside the field (red for an error)."""
        status = self.query_one("#search-status", Static)
        status.set_class(error, "-error")
        status.update(clean_label(text, 80))

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

    async def run_search(self, text: str, *, debounce: bool) -> bool:
        """Search for `text` and post the answer; False when it failed or a newer search won."""
        self._seq += 1
        seq = self._seq
        if debounce:
            await asyncio.sleep(DEBOUNCE_SECONDS)
        query = live_query(text)
        engine = self.engine
        note: list[str] = []

        def search() -> list[Any] | None:
            if seq != self._seq:
                return None  # a newer search was queued behind this one
            from newsdesk.index.search.store import QueryError, StoreError

            desk = engine.desk
            try:
                if not query:
                    count = desk.article_count()
                    if count == 0:
                        note.append("indexing: results come as it goes" if self.indexing else EMPTY_DESK)
                        return []
                    if count <= LIST_ALL_LIMIT:
                        return desk.search("*", limit=RESULT_LIMIT, snippets=False)
                    note.append(f"{count:,} articles: type to search")
                    return []
                return desk.search(query, limit=RESULT_LIMIT, snippets=False)
            except QueryError as exc:
                raise _BadQuery(str(exc)) from exc
            except StoreError as exc:
                reason = str(exc).split(":")[0]
                if self.indexing:
                    note.append("indexing: results come as it goes")
                else:
                    note.append("no index yet" if reason.startswith("no index") else reason)
                return []

        try:
            hits = await engine.call(search)
        except _BadQuery as exc:
            if seq == self._seq:
                self.set_status(str(exc), error=True)
            return False
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            engine.on_error(str(exc) or exc.__class__.__name__)
            return False
        if hits is None or seq < self._shown_seq or seq != self._seq:
            return False  # stale: a newer answer is on its way or already shown
        self._shown_seq = seq
        self.query_text = text
        self.hits = hits
        noun = "result" if len(hits) == 1 else "results"
        self.set_status(note[0] if note else f"{len(hits)}{'+' if len(hits) >= RESULT_LIMIT else ''} {noun}")
        self.post_message(self.Answered(text, hits, note[0] if note else None))
        return True

    async def ensure(self, text: str) -> list[Any]:
        """The results for `text`, searching first unless they are the ones shown."""
        if text != self.query_text or not self.hits:
            await self.run_search(text, debounce=False)
        return self.hits if text == self.query_text else []
