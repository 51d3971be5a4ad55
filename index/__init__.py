"""The newsdesk engine: articles in, searchable statements (who said what, when) out. No UI here.

The public API is the names below; a UI (the CLI and the TUI in `newsdesk.tui`) needs nothing else.

- `Desk(folder, data_dir=None)`: a desk and its data folder, the facade for everything below.
  `index()` brings the index up to date (-> `IndexSummary`; raises `DeskError`, one line for the
  user); `search_page()` (-> `ResultPage` of `Hit`s; raises `QueryError` for a query that cannot
  run, `StoreError` when there is no usable index yet), `article()` (-> `Article`), `statements()`
  (-> `Statement`s), `highlights()` (-> `Highlights`), `registry()` (-> `Registry` of `Actor`s),
  `actor_stats()` (-> `ActorStats`), `iter_statements()` (-> `StatementRow`s for a timeline).
- `build_timeline(rows)` -> `TimelineEntry`s: one actor's statements in order, with shifts.
- `BookmarkStore(data_dir)`: the desk's bookmarks (`Bookmark`; `BookmarkError`, one line).
- `read_file(path)`, `iter_desk_files(folder)`: the readers, for a file outside any index; a file
  they cannot read is a `ReadWarning` (one line), never an exception.
- `MARK_START`, `MARK_END`: what surrounds a matched word in a snippet.
- `atomic_write_text(path, text)`: how user data (config, exports) is written.

Every offset is a character offset into `Article.text` (see `newsdesk.index.model`).

Names are imported on first use (PEP 562): importing `newsdesk.index` costs nothing, and a command
that only searches never loads the readers, the extractor or YAML. Packages: `search` (the whoosh
index and ranking), `ingest` (readers, the manifest, one file through extraction), `language` (quotes,
speakers, dates, stance), `actors` (the desk-wide registry and gazetteer), `userdata` (bookmarks,
atomic writes).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsdesk.index.actors.registry import Registry
    from newsdesk.index.desk import ActorStats, Desk, DeskError, IndexSummary
    from newsdesk.index.ingest.readers import iter_desk_files, read_file
    from newsdesk.index.model import Actor, Article, ReadWarning, Statement
    from newsdesk.index.search.results import Highlights, Hit, ResultPage
    from newsdesk.index.search.snippets import MARK_END, MARK_START
    from newsdesk.index.search.store import StatementRow, StoreError
    from newsdesk.index.search.syntax import QueryError
    from newsdesk.index.timeline import TimelineEntry, build_timeline
    from newsdesk.index.userdata.atomic import atomic_write_text
    from newsdesk.index.userdata.bookmarks import Bookmark, BookmarkError, BookmarkStore

# Public name -> the module that defines it.
_HOMES = {
    "Desk": "desk",
    "DeskError": "desk",
    "IndexSummary": "desk",
    "ActorStats": "desk",
    "Article": "model",
    "Statement": "model",
    "Actor": "model",
    "ReadWarning": "model",
    "QueryError": "search.syntax",
    "StoreError": "search.store",
    "ResultPage": "search.results",
    "Hit": "search.results",
    "Highlights": "search.results",
    "StatementRow": "search.store",
    "MARK_START": "search.snippets",
    "MARK_END": "search.snippets",
    "Registry": "actors.registry",
    "TimelineEntry": "timeline",
    "build_timeline": "timeline",
    "Bookmark": "userdata.bookmarks",
    "BookmarkError": "userdata.bookmarks",
    "BookmarkStore": "userdata.bookmarks",
    "read_file": "ingest.readers",
    "iter_desk_files": "ingest.readers",
    "atomic_write_text": "userdata.atomic",
}

__all__ = [
    "MARK_END",
    "MARK_START",
    "Actor",
    "ActorStats",
    "Article",
    "Bookmark",
    "BookmarkError",
    "BookmarkStore",
    "Desk",
    "DeskError",
    "Highlights",
    "Hit",
    "IndexSummary",
    "QueryError",
    "ReadWarning",
    "Registry",
    "ResultPage",
    "Statement",
    "StatementRow",
    "StoreError",
    "TimelineEntry",
    "atomic_write_text",
    "build_timeline",
    "iter_desk_files",
    "read_file",
]


def __getattr__(name: str) -> Any:
    """Import a public name from its module on first use."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)


def __dir__() -> list[str]:
    """The module's own names and the public ones (what `dir()` and completion show)."""
    return sorted(set(globals()) | set(__all__))
