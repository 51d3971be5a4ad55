"""The `?` screen: every key binding with its id, as currently mapped, and the query syntax."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import ContentSwitcher, DataTable, Label

from newsdesk.tui.keys import bindings
from newsdesk.tui.query_help import NOTES, QUERY_SYNTAX
from newsdesk.tui.widgets.hints import current_keys

KEYS_TITLE = (
    "Keys ({help-syntax}: query syntax). Remap with `keymap: {{binding-id: key}}` in ~/.config/newsdesk/config.yaml"
    " or DATA/config.yaml; Quit, Help and the palette keep their keys"
)
SYNTAX_TITLE = "Query syntax ({help-syntax}: keys)"


class HelpScreen(ModalScreen[None]):
    """The keys table (where, keys, what, binding id, remappable) and the query syntax; `s` switches,
    escape, q or ? closes."""

    BINDINGS: ClassVar[list[BindingType]] = bindings("help")

    def __init__(self, rows: Sequence[tuple[str, ...]], *, syntax_first: bool = False) -> None:
        super().__init__()
        self._rows = list(rows)
        self._syntax_first = syntax_first

    def compose(self) -> ComposeResult:
        with Vertical(id="help-dialog", classes="dialog"):
            yield Label("", id="help-title", classes="dialog-title", markup=False)
            with ContentSwitcher(initial="help-table", id="help-pages"):
                yield DataTable(id="help-table", cursor_type="row", zebra_stripes=True)
                yield DataTable(id="syntax-table", cursor_type="row", zebra_stripes=True)
            yield Label(NOTES, id="syntax-notes", classes="dialog-help", markup=False)

    def on_mount(self) -> None:
        table = self.query_one("#help-table", DataTable)
        table.add_columns("Where", "Key", "Does", "Binding id", "Remap")
        for row in self._rows:
            table.add_row(*(Text(value) for value in row))
        syntax = self.query_one("#syntax-table", DataTable)
        syntax.add_columns("Type", "Finds")
        for typed, finds in QUERY_SYNTAX:
            syntax.add_row(Text(typed), Text(finds))
        self._show("syntax-table" if self._syntax_first else "help-table")

    @property
    def page(self) -> str:
        """ "keys" or "syntax": what is shown."""
        return "syntax" if self.query_one(ContentSwitcher).current == "syntax-table" else "keys"

    def _show(self, page: str) -> None:
        self.query_one(ContentSwitcher).current = page
        syntax = page == "syntax-table"
        keys = current_keys(self)
        self.query_one("#help-title", Label).update(keys.hint(SYNTAX_TITLE if syntax else KEYS_TITLE))
        self.query_one("#syntax-notes", Label).display = syntax
        self.query_one(f"#{page}", DataTable).focus()

    def action_switch(self) -> None:
        """Switch between the keys and the query syntax."""
        self._show("help-table" if self.page == "syntax" else "syntax-table")

    def action_close(self) -> None:
        """Back to where you were."""
        self.dismiss(None)
