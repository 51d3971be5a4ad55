"""The `?` screen: every key binding with its id, as currently mapped."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Label

from newsdesk.tui.keys import bindings


class HelpScreen(ModalScreen[None]):
    """A table of (where, keys, what, binding id, remappable); escape, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = bindings("help")

    def __init__(self, rows: Sequence[tuple[str, ...]]) -> None:
        super().__init__()
        self._rows = list(rows)

    def compose(self) -> ComposeResult:
        with Vertical(id="help-dialog", classes="dialog"):
            yield Label(
                "Keys. Remap with `keymap: {binding-id: key}` in ~/.config/newsdesk/config.yaml or DATA/config.yaml;"
                " Quit, Help and the palette keep their keys",
                classes="dialog-title",
                markup=False,
            )
            yield DataTable(id="help-table", cursor_type="row", zebra_stripes=True)

    def on_mount(self) -> None:
        table = self.query_one("#help-table", DataTable)
        table.add_columns("Where", "Key", "Does", "Binding id", "Remap")
        for row in self._rows:
            table.add_row(*(Text(value) for value in row))
        table.focus()

    def action_close(self) -> None:
        """Back to where you were."""
        self.dismiss(None)
