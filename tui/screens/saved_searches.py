"""The saved searches: Enter runs one, d deletes it, escape closes."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from newsdesk.tui.keys import bindings
from newsdesk.tui.sanitize import clean_label
from newsdesk.tui.widgets.hints import current_keys

if TYPE_CHECKING:
    from newsdesk.tui.widgets.search_bar import SearchBar

HINT = "{dialog-submit} run · {saved-delete} delete · {dialog-cancel} close · {save-search} in the search bar saves one"


class SavedSearches(ModalScreen[str | None]):
    """A list of the desk's saved searches, newest last."""

    BINDINGS: ClassVar[list[BindingType]] = [*bindings("dialog"), *bindings("saved")]

    def __init__(self, search_bar: SearchBar) -> None:
        super().__init__()
        self._bar = search_bar

    def compose(self) -> ComposeResult:
        with Vertical(id="saved-dialog", classes="dialog"):
            yield Label("Saved searches", classes="dialog-title", markup=False)
            yield OptionList(id="saved-options", markup=False)
            yield Label(current_keys(self).hint(HINT), classes="dialog-help", markup=False)

    def on_mount(self) -> None:
        self._fill()
        self.query_one(OptionList).focus()

    def _fill(self) -> None:
        options = self.query_one(OptionList)
        highlighted = options.highlighted
        options.clear_options()
        saved = self._bar.memory.saved
        options.add_options([Option(clean_label(query, 100), id=str(i)) for i, query in enumerate(saved)])
        if saved:
            options.highlighted = min(highlighted or 0, len(saved) - 1)

    def _highlighted(self) -> str | None:
        options = self.query_one(OptionList)
        saved = self._bar.memory.saved
        index = options.highlighted
        return saved[index] if index is not None and 0 <= index < len(saved) else None

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self._highlighted())

    def action_submit(self) -> None:
        """Run the highlighted search."""
        self.dismiss(self._highlighted())

    def action_delete(self) -> None:
        """Forget the highlighted search."""
        query = self._highlighted()
        if query is None:
            self.app.bell()
            return
        self._bar.forget_query(query)
        self._fill()

    def action_cancel(self) -> None:
        """Close without running anything."""
        self.dismiss(None)
