"""A modal that shows lines of plain text, e.g. the warnings of an indexing run."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, Log

from newsdesk.tui.keys import bindings


class LinesScreen(ModalScreen[None]):
    """Scrollable log of lines; escape or q closes."""

    BINDINGS: ClassVar[list[BindingType]] = bindings("lines")

    def __init__(self, title: str, lines: Sequence[str]) -> None:
        super().__init__()
        self._title = title
        self._lines = list(lines)

    def compose(self) -> ComposeResult:
        with Vertical(id="lines-dialog", classes="dialog"):
            yield Label(self._title, classes="dialog-title", markup=False)
            yield Log(id="lines-log", highlight=False)

    def on_mount(self) -> None:
        log = self.query_one("#lines-log", Log)
        log.write_lines(self._lines or ["(none)"])
        log.focus()

    def action_close(self) -> None:
        """Back to where you were."""
        self.dismiss(None)
