"""A dependency-free progress line for the CLI (Textual is not loaded on the CLI path)."""

from __future__ import annotations

import time
from typing import TextIO


class ProgressLine:
    """Redraws one terminal line at most ten times a second."""

    def __init__(self, out: TextIO, label: str, width: int = 30) -> None:
        self._out = out
        self._label = label
        self._width = width
        self._last = 0.0
        self._started = time.monotonic()

    def update(self, done: int, total: int) -> None:
        """Show `done` of `total`."""
        now = time.monotonic()
        if done < total and now - self._last < 0.1:
            return
        self._last = now
        frac = done / total if total else 1.0
        filled = int(frac * self._width)
        rate = done / max(now - self._started, 1e-6)
        self._out.write(
            f"\r{self._label} [{'#' * filled}{'.' * (self._width - filled)}] {done}/{total} {rate:.0f} files/s"
        )
        self._out.flush()

    def note(self, text: str) -> None:
        """Replace the bar with a short status (e.g. while the final commit runs)."""
        self._out.write(f"\r\x1b[2K{self._label}: {text}")
        self._out.flush()

    def clear(self) -> None:
        """Erase the line."""
        self._out.write("\r\x1b[2K")
        self._out.flush()
