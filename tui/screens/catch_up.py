"""Modal dialogs that keep keys typed before they are ready.

A dialog opened by a key (b, a) mounts a moment later than the keys typed right behind it arrive
(fast typists, pastes, `tmux send-keys b 'note' Enter`). Those keys reach the dialog screen before
its text field has focus and would be lost; these dialogs hold them and replay them into the field.
"""

from __future__ import annotations

from typing import ClassVar, TypeVar

from textual import events
from textual.screen import ModalScreen
from textual.widgets import Input

ResultType = TypeVar("ResultType")


class CatchUpDialog(ModalScreen[ResultType]):
    """Focuses FIRST_FIELD after its first refresh and replays the keys that came before."""

    FIRST_FIELD: ClassVar[str] = "Input"
    # Focus is taken by hand once the dialog is drawn (see _take_focus).
    AUTO_FOCUS = ""

    def __init__(self) -> None:
        super().__init__()
        self._early: list[events.Key] = []
        self._ready = False

    def on_mount(self) -> None:
        self.call_after_refresh(self._take_focus)

    def on_key(self, event: events.Key) -> None:
        if not self._ready:
            event.stop()
            event.prevent_default()
            self._early.append(event)

    def _take_focus(self) -> None:
        self._ready = True
        field = self.query_one(self.FIRST_FIELD, Input)
        field.cursor_position = len(field.value)
        self.set_focus(field)
        early, self._early = self._early, []
        for event in early:
            if not self.is_attached or not self.replay(event):
                break

    def replay(self, event: events.Key) -> bool:
        """Apply one early key; False stops the replay (the dialog closed)."""
        field = self.focused
        if event.key == "escape":
            self.dismiss(None)
            return False
        if event.key == "enter":
            self.submit()
            return False
        if not isinstance(field, Input):
            return True
        if event.key == "tab":
            self.focus_next(Input)
        elif event.key == "backspace":
            field.action_delete_left()
        elif event.is_printable and event.character:
            field.insert_text_at_cursor(event.character)
        return True

    def submit(self) -> None:
        """What Enter does; subclasses override."""

    def action_submit(self) -> None:
        """Enter outside a text field does what Enter in one does."""
        self.submit()
