"""A yes/no question in a modal."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label

from newsdesk.tui.keys import bindings
from newsdesk.tui.widgets.hints import current_keys


class ConfirmDialog(ModalScreen[bool]):
    """y or Enter answers yes; n or escape answers no."""

    BINDINGS: ClassVar[list[BindingType]] = bindings("confirm")

    def __init__(self, question: str) -> None:
        super().__init__()
        self._question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-dialog", classes="dialog"):
            yield Label(self._question, markup=False)
            keys = current_keys(self)
            hint = f"{keys.all_keys('confirm-yes')}: yes    {keys.all_keys('confirm-no')}: no"
            yield Label(hint, classes="dialog-help", markup=False)

    def action_answer(self, yes: bool) -> None:
        """Close with the answer."""
        self.dismiss(yes)
