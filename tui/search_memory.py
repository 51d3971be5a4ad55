"""Search history and saved searches, kept per desk in DATA/searches.json (written atomically).

A broken or oversized file is one warning and is never written over: the next save goes to the
same place only once the file has been read cleanly (or did not exist).
"""

from __future__ import annotations

import json
import stat
from dataclasses import dataclass, field
from pathlib import Path

HISTORY_LIMIT = 200
SAVED_LIMIT = 500
QUERY_LIMIT = 1000
FILE_LIMIT = 1024 * 1024
FILE_NAME = "searches.json"


@dataclass
class SearchMemory:
    """The queries typed (oldest first) and the ones saved, for one desk."""

    path: Path
    history: list[str] = field(default_factory=list)
    saved: list[str] = field(default_factory=list)
    # False when the file on disk could not be read: it is then left alone.
    writable: bool = True

    @classmethod
    def load(cls, data_dir: Path) -> tuple[SearchMemory, str | None]:
        """Read DATA/searches.json; returns the memory and a warning line when the file is unusable."""
        path = data_dir / FILE_NAME
        try:
            info = path.stat()
        except FileNotFoundError:
            return cls(path), None
        except OSError as exc:
            return cls(
                path, writable=False
            ), f"warning: {path}: cannot read ({exc.strerror or exc}), not saved to"
        if not stat.S_ISREG(info.st_mode) or info.st_size > FILE_LIMIT:
            return cls(path, writable=False), f"warning: {path}: not a regular file under 1 MB, not saved to"
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError) as exc:  # RecursionError: nested too deep
            return cls(
                path, writable=False
            ), f"warning: {path}: unreadable ({type(exc).__name__}), not saved to"
        if not isinstance(raw, dict):
            return cls(path, writable=False), f"warning: {path}: not a JSON object, not saved to"
        return cls(
            path, _queries(raw.get("history"), HISTORY_LIMIT), _queries(raw.get("saved"), SAVED_LIMIT)
        ), None

    def remember(self, query: str) -> bool:
        """Add a query to the history (moved to the end when already there); True when it changed."""
        query = _clean(query)
        if not query or (self.history and self.history[-1] == query):
            return False
        kept = [q for q in self.history if q != query][-(HISTORY_LIMIT - 1) :]
        self.history = [*kept, query]
        return True

    def save(self, query: str) -> bool:
        """Save a query; True when it was not saved already."""
        query = _clean(query)
        if not query or query in self.saved:
            return False
        self.saved = [*self.saved, query][-SAVED_LIMIT:]
        return True

    def forget(self, query: str) -> bool:
        """Remove a saved query; True when it was there."""
        if query not in self.saved:
            return False
        self.saved = [q for q in self.saved if q != query]
        return True

    def write(self) -> None:
        """Write the file atomically (temp, fsync, rename); not when the file on disk was unreadable."""
        if not self.writable:
            return
        from newsdesk.index.userdata.atomic import atomic_write_text

        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps({"history": self.history, "saved": self.saved}, ensure_ascii=False, indent=1)
        atomic_write_text(self.path, text + "\n")


def _clean(query: str) -> str:
    """One line, trimmed, bounded: what is worth keeping of a typed query."""
    return " ".join(query.split())[:QUERY_LIMIT]


def _queries(value: object, limit: int) -> list[str]:
    if not isinstance(value, list):
        return []
    cleaned = (_clean(item) for item in value if isinstance(item, str))
    return list(dict.fromkeys(q for q in cleaned if q))[-limit:]


class HistoryCursor:
    """Walks the history from the newest entry with up/down; the text typed before walking comes back last."""

    def __init__(self) -> None:
        self.index: int | None = None
        self.draft = ""

    def step(self, history: list[str], current: str, direction: int) -> str | None:
        """The text to show after one step (-1 older, +1 newer), or None when there is nowhere to go."""
        if not history:
            return None
        if self.index is None:
            if direction > 0:
                return None
            self.draft = current
            self.index = len(history) - 1
            return history[self.index]
        target = self.index + direction
        if target < 0:
            return None
        if target >= len(history):
            self.index = None
            return self.draft
        self.index = target
        return history[target]

    def reset(self) -> None:
        """Typing ends the walk."""
        self.index = None
