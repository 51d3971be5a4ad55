"""The `?` screen: every key binding with its id, as currently mapped, and the query syntax."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual import events
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


def key_cells(row: Sequence[str], muted: Style) -> tuple[Text, Text]:
    """A keys-table row as two cells: the keys, and what they do with, under it, where they work,
    the binding id and whether it may be remapped (so the whole row reads at 80 columns)."""
    where, keys, does, binding_id, remap = row
    return Text(keys), Text.assemble(does, "\n", (f"{where} · id {binding_id} · remap: {remap}", muted))


def syntax_text() -> str:
    """The syntax page as plain text (for tests and tools)."""
    return "\n".join(f"{typed}  {finds}" for typed, finds in QUERY_SYNTAX) + "\n" + NOTES


class HelpScreen(ModalScreen[None]):
    """The keys table (where, keys, what, binding id, remappable) and the query syntax; `s` switches,
    escape, q or ? closes."""

    BINDINGS: ClassVar[list[BindingType]] = bindings("help")
    COMPONENT_CLASSES: ClassVar[set[str]] = {"help--muted"}
    KEY_WIDTH = 16

    def __init__(self, rows: Sequence[tuple[str, ...]], *, syntax_first: bool = False) -> None:
        super().__init__()
        # (where, keys, what it does, binding id, remappable), as KeyMap.help_rows gives them.
        self.rows = list(rows)
        self._syntax_first = syntax_first
        self._table_width = 0

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
        self._show("syntax-page" if self._syntax_first else "help-table")
        self.call_after_refresh(self._fill_keys)

    def on_resize(self, event: events.Resize) -> None:
        self.call_after_refresh(self._fill_keys)

    def _fill_keys(self) -> None:
        """(Re)build the keys table for its width: the keys column, and the rest wrapped beside it."""
        table = self.query_one("#help-table", DataTable)
        # The scrollbar's two columns and a cell padding of one on each side of both columns.
        width = table.size.width - 2 - 4
        if width <= 0 or width == self._table_width:
            return
        self._table_width = width
        keys_width = min(self.KEY_WIDTH, max(len(row[1]) for row in self.rows) if self.rows else 4)
        cursor = table.cursor_row
        table.clear(columns=True)
        table.add_column("Key", width=keys_width)
        table.add_column("Does (where · binding id · remap)", width=max(20, width - keys_width))
        muted = self.get_component_rich_style("help--muted", partial=True)
        for row in self.rows:
            table.add_row(*key_cells(row, muted), height=None)
        if 0 <= cursor < table.row_count:
            table.move_cursor(row=cursor, animate=False)

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
