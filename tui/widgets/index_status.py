"""The indexing status bar: runs `newsdesk index --progress-jsonl` in a process and shows its progress."""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.cells import cell_len
from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import ProgressBar, Static

from newsdesk.tui.keys import KeyMap
from newsdesk.tui.sanitize import clean_label
from newsdesk.tui.widgets.hints import current_keys, follow_keys

UPDATING_ACTORS = "Updating the actor list… (searches answer meanwhile)"


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


def progress_label(done: int, total: int, rate_from: tuple[float, int], now: float) -> str:
    """'Indexing 1,200/2,294 (52%) · 35 files/s · 31 s left' (rate and time once measurable)."""
    text = f"Indexing {done:,}/{total:,} ({done * 100 // max(total, 1)}%)"
    since, done_then = rate_from
    elapsed = now - since
    if elapsed >= 1.0 and done > done_then:
        rate = (done - done_then) / elapsed
        left = (total - done) / rate
        text += f" · {rate:,.0f} files/s · {_duration(left)} left"
    return text


def summary_line(summary: dict[str, Any]) -> str:
    """'Indexed: 21,562 added, 0 updated, 0 removed, 0 failed' from the indexer's summary event."""
    counts = {name: _int(summary.get(name)) for name in ("added", "updated", "removed", "failed")}
    return "Indexed: " + ", ".join(f"{count:,} {name}" for name, count in counts.items())


def _int(value: Any) -> int:
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        return 0


def _duration(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}:{seconds:02d}"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}"


class IndexStatus(Horizontal):
    """'Indexing 120/2000' with a bar, then the outcome and the count of warnings."""

    class Started(Message):
        """An indexing run began."""

    class Committed(Message):
        """The indexer committed: there is more to find."""

    class Finished(Message):
        """The indexing run ended; `changed` when it added, updated or removed anything."""

        def __init__(self, changed: bool) -> None:
            super().__init__()
            self.changed = changed

    def __init__(
        self, folder: Path, data_dir: Path, warn: Callable[[str], None], *, id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self.folder = folder
        self.data_dir = data_dir
        self._warn = warn
        self._process: asyncio.subprocess.Process | None = None
        self._warning_count = 0
        # (monotonic time, files done) when the first file was counted: the rate is measured from there.
        self._rate_from: tuple[float, int] | None = None

    def compose(self) -> ComposeResult:
        yield Static("", id="index-label", markup=False)
        # The label says the share done: the bar shows no percentage of its own.
        yield ProgressBar(total=None, show_eta=False, show_percentage=False, id="index-bar")
        yield Static("", id="index-warnings", markup=False)

    def on_mount(self) -> None:
        self.query_one("#index-bar", ProgressBar).display = False
        follow_keys(self, self._hints)
        # Warnings (e.g. from config files) may have come before this bar was mounted.
        self.warnings(len(getattr(self.app, "warnings", ())))
        signal = getattr(self.app, "warnings_changed", None)
        if signal is not None:
            signal.subscribe(self, self.warnings)

    def _hints(self, keys: KeyMap) -> None:
        self.warnings(self._warning_count)

    def on_unmount(self) -> None:
        process = self._process
        if process is not None and process.returncode is None:
            # The index is incremental: a later launch picks up where this run stopped.
            process.terminate()

    def progress(self, done: int, total: int) -> None:
        """Show progress of a running indexer: count, share, rate and time left once they are known."""
        if not self.is_attached or not self.children:
            return  # the app is closing: the indexer's last lines have nowhere to go
        label = self.query_one("#index-label", Static)
        bar = self.query_one("#index-bar", ProgressBar)
        if total <= 0:
            # The indexer is starting or comparing the desk with its manifest: no count to show yet.
            bar.display = False
            label.update("Checking the desk for changes…")
            self._fit()
            return
        bar.display = True
        bar.update(total=total, progress=done)
        now = time.monotonic()
        if self._rate_from is None:
            self._rate_from = (now, done)
        label.update(progress_label(done, total, self._rate_from, now))
        self._fit()

    def updating_actors(self) -> None:
        """Say the indexer is rebuilding the actor list, its last step (the bar pulses meanwhile)."""
        if not self.is_attached or not self.children:
            return
        self.query_one("#index-label", Static).update(UPDATING_ACTORS)
        bar = self.query_one("#index-bar", ProgressBar)
        bar.display = True
        bar.update(total=None)
        self._fit()

    def finished(self, message: str) -> None:
        """Show how the indexing run ended and hide the bar."""
        if not self.is_attached or not self.children:
            return
        self.query_one("#index-label", Static).update(message)
        self.query_one("#index-bar", ProgressBar).display = False
        self._fit()

    def warnings(self, count: int) -> None:
        """Show the number of warnings so far."""
        self._warning_count = count
        hint = current_keys(self).key("show-warnings")
        label = f"{count} warning{'s' if count != 1 else ''} ({hint}: show)" if count else ""
        self.query_one("#index-warnings", Static).update(label)
        self._fit()

    def on_resize(self) -> None:
        self._fit()

    def fit(self, width: int) -> None:
        """Lay the bar out for a width it is about to have (a terminal resize on its way)."""
        self._fit(width)

    def _fit(self, width: int | None = None) -> None:
        """Mark the bar -tight when the label and the warnings together are wider than it: app.tcss
        then cuts the label (with an ellipsis) so the count of warnings stays whole."""
        if not self.is_attached or not self.children:
            return
        # Static.content is what was last passed to update(): here always a str (markup off).
        label = str(self.query_one("#index-label", Static).content)
        warnings = str(self.query_one("#index-warnings", Static).content)
        # Both have one column of padding each side; an empty warnings label takes no room.
        needed = cell_len(label) + 2 + (cell_len(warnings) + 2 if warnings else 0)
        self.set_class(needed > (self.size.width if width is None else width), "-tight")

    @work(exclusive=True, group="indexer")
    async def run(self) -> None:
        """Index the desk in another process (whoosh indexing holds the GIL) and follow its events."""
        self._rate_from = None
        self.progress(0, 0)
        self.post_message(self.Started())
        try:
            process = await asyncio.create_subprocess_exec(
                # -P: the working directory (which may hold an index.py) is not on the import path.
                sys.executable, "-P", "-m", "newsdesk.tui.cli", "index", str(self.folder),
                "--data", str(self.data_dir), "--json", "--progress-jsonl",
                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE, stdin=asyncio.subprocess.DEVNULL,
            )  # fmt: skip
        except OSError as exc:
            self.finished("Index not updated")
            self.notify(clean_label(f"cannot start the indexer: {exc}", 300), severity="error", markup=False)
            return
        self._process = process
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
                self.progress(int(event.get("done", 0)), int(event.get("total", 0)))
            elif kind == "warning":
                self._warn(str(event.get("message", "")))
            elif kind == "commit":
                self.post_message(self.Committed())
            elif kind == "registry":
                self.updating_actors()
            elif kind == "error":
                error = str(event.get("message", "indexing failed"))
            elif kind == "summary":
                summary = event
        code = await process.wait()
        stderr = (await stderr_task).decode("utf-8", "replace") if stderr_task else ""
        self._process = None
        if code != 0 and summary is None:
            last = error or next(
                (line for line in reversed(stderr.splitlines()) if line.strip()), f"exit code {code}"
            )
            self.finished("Index not updated")
            message = clean_label(f"indexing failed: {last}", 300)
            self.notify(message, title="Error", severity="error", markup=False, timeout=8)
            self.post_message(self.Finished(False))
            return
        changed = False
        if summary is not None:
            changed = any(int(summary.get(name, 0) or 0) for name in ("added", "updated", "removed"))
            self.finished(summary_line(summary))
        else:
            self.finished("Index up to date")
        self.post_message(self.Finished(changed))
