"""A modal that shows lines of plain text, e.g. the warnings of an indexing run."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, RichLog

from newsdesk.tui.keys import bindings


class LinesScreen(ModalScreen[None]):
    """Scrollable lines, each wrapped to the dialog's width (a warning names a file and the reason:
    cut at 80 columns it lost the reason); escape or q closes."""

    BINDINGS: ClassVar[list[BindingType]] = bindings("lines")

    def __init__(self, title: str, lines: Sequence[str]) -> None:
        super().__init__()
        self._title = title
        self.lines = list(lines)

    def compose(self) -> ComposeResult:
        with Vertical(id="lines-dialog", classes="dialog"):
            yield Label(self._title, classes="dialog-title", markup=False)
            yield RichLog(id="lines-log", wrap=True, markup=False, highlight=False, min_width=20)

    def on_mount(self) -> None:
        log = self.query_one("#lines-log", RichLog)
        # Text objects, never markup: a file name may hold "[bold]".
        for line in self.lines or ["(none)"]:
            log.write(Text(line, no_wrap=False, overflow="fold"))
        log.focus()

    def action_close(self) -> None:
        """Back to where you were."""
        self.dismiss(None)
