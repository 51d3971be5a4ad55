"""The `?` screen: every key binding with its id, as currently mapped, and the query syntax."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import ContentSwitcher, DataTable, Label, Static

from newsdesk.tui.keys import bindings
from newsdesk.tui.query_help import NOTES, QUERY_SYNTAX
from newsdesk.tui.widgets.hints import current_keys

KEYS_TITLE = (
    "Keys ({help-syntax}: query syntax). Remap with `keymap: {{binding-id: key}}` in ~/.config/newsdesk/config.yaml"
    " or DATA/config.yaml; Quit, Help and the palette keep their keys"
)
SYNTAX_TITLE = "Query syntax ({help-syntax}: keys)"


def syntax_table() -> Table:
    """What to type and what it finds, one row per query form (text only, never markup)."""
    table = Table(box=None, expand=True, show_edge=False, pad_edge=False)
    table.add_column("Type", ratio=2, style="bold")
    table.add_column("Finds", ratio=3)
    for typed, finds in QUERY_SYNTAX:
        table.add_row(Text(typed), Text(finds))
    return table


def syntax_text() -> str:
    """The syntax page as plain text (for tests and tools)."""
    return "\n".join(f"{typed}  {finds}" for typed, finds in QUERY_SYNTAX) + "\n" + NOTES


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
                # A Rich table in a Static: its cells wrap, so the syntax reads whole at 80 columns.
                with VerticalScroll(id="syntax-page", can_focus=True):
                    yield Static(syntax_table(), id="syntax-table")
                    yield Static(NOTES, id="syntax-notes", classes="dialog-help", markup=False)

    def on_mount(self) -> None:
        table = self.query_one("#help-table", DataTable)
        table.add_columns("Where", "Key", "Does", "Binding id", "Remap")
        for row in self._rows:
            table.add_row(*(Text(value) for value in row))
        self._show("syntax-page" if self._syntax_first else "help-table")

    @property
    def page(self) -> str:
        """ "keys" or "syntax": what is shown."""
        return "syntax" if self.query_one(ContentSwitcher).current == "syntax-page" else "keys"

    def _show(self, page: str) -> None:
        self.query_one(ContentSwitcher).current = page
        syntax = page == "syntax-page"
        keys = current_keys(self)
        self.query_one("#help-title", Label).update(keys.hint(SYNTAX_TITLE if syntax else KEYS_TITLE))
        self.query_one(f"#{page}").focus()

    def action_switch(self) -> None:
        """Switch between the keys and the query syntax."""
        self._show("help-table" if self.page == "syntax" else "syntax-page")

    def action_close(self) -> None:
        """Back to where you were."""
        self.dismiss(None)
