"""The indexing status bar: a ProgressBar fed by `newsdesk index --progress-jsonl` events."""

from __future__ import annotations

import json
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import ProgressBar, Static


def parse_index_event(line: str | bytes) -> dict[str, Any] | None:
    """One JSON event from the indexer's stdout, or None for a line that is not one."""
    if isinstance(line, bytes):
        line = line.decode("utf-8", errors="replace")
    line = line.strip()
    if not line.startswith("{"):
        return None
    try:
        event = json.loads(line)
    except ValueError:
        return None
    if not isinstance(event, dict) or not isinstance(event.get("event"), str):
        return None
    return event


class IndexStatus(Horizontal):
    """'Indexing 120/2000' with a bar, then the outcome and the count of warnings."""

    def compose(self) -> ComposeResult:
        yield Static("", id="index-label", markup=False)
        yield ProgressBar(total=None, show_eta=False, id="index-bar")
        yield Static("", id="index-warnings", markup=False)

    def on_mount(self) -> None:
        self.query_one("#index-bar", ProgressBar).display = False
        # Warnings (e.g. from config files) may have come before this bar was mounted.
        self.warnings(len(getattr(self.app, "index_warnings", ())))

    def progress(self, done: int, total: int) -> None:
        """Show progress of a running indexer."""
        bar = self.query_one("#index-bar", ProgressBar)
        bar.display = True
        bar.update(total=max(total, 1), progress=done)
        self.query_one("#index-label", Static).update(f"Indexing {done}/{total}")

    def finished(self, message: str) -> None:
        """Show how the indexing run ended and hide the bar."""
        self.query_one("#index-label", Static).update(message)
        self.query_one("#index-bar", ProgressBar).display = False

    def warnings(self, count: int) -> None:
        """Show the number of warnings so far."""
        label = Text(f"{count} warning{'s' if count != 1 else ''} (w: show)", style="yellow") if count else ""
        self.query_one("#index-warnings", Static).update(label)
