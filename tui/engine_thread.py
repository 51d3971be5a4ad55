"""One thread that owns the Desk: whoosh searchers are per-thread, so every engine call goes here.

Async workers in the app `await engine.call(fn, ...)`; cancelling such a worker drops a call that
has not started yet, so a burst of keystrokes does not queue a burst of searches.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


class EngineThread:
    """Runs engine calls on a single thread and holds the Desk (opened lazily, on that thread)."""

    def __init__(self, folder: Path, data_dir: Path, on_error: Callable[[str], None] | None = None) -> None:
        self.folder = folder
        self.data_dir = data_dir
        # Where `try_call` reports a failed call (the app shows it as a notification).
        self.on_error: Callable[[str], None] = on_error or (lambda message: None)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsdesk-engine")
        self._desk: Any = None
        self._store: Any = None

    async def call(self, fn: Callable[..., T], *args: Any) -> T:
        """Run `fn(*args)` on the engine thread and wait for it without blocking the event loop."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, fn, *args)

    async def try_call(self, fn: Callable[..., T], *args: Any) -> T | None:
        """Like `call`, but a failure is reported to `on_error` (one line) and returns None."""
        try:
            return await self.call(fn, *args)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            self.on_error(str(exc) or exc.__class__.__name__)
            return None

    def warm_up(self) -> None:
        """Open the desk and its index on the engine thread now (imports included), without waiting:
        the first search then finds them open."""

        def open_index() -> None:
            with contextlib.suppress(Exception):  # no index yet, or a broken one: the search says so
                _ = self.desk.store

        self._executor.submit(open_index)

    @property
    def desk(self) -> Any:
        """The Desk, opened on first use; only touch it from inside `call`."""
        if self._desk is None:
            from newsdesk.index.desk import Desk

            self._desk = Desk(self.folder, self.data_dir)
        return self._desk

    @property
    def bookmarks(self) -> Any:
        """The BookmarkStore of the desk's data dir, created on first use."""
        if self._store is None:
            from newsdesk.index.userdata.bookmarks import BookmarkStore

            self._store = BookmarkStore(self.data_dir)
        return self._store

    def _close(self) -> None:
        if self._desk is not None and hasattr(self._desk, "close"):
            self._desk.close()
        self._desk = None

    def shutdown(self) -> None:
        """Close the desk on its own thread and stop the thread; pending calls are dropped."""
        # Closing is best effort when the app is already going away.
        with contextlib.suppress(Exception):
            self._executor.submit(self._close).result(timeout=5)
        self._executor.shutdown(wait=False, cancel_futures=True)
