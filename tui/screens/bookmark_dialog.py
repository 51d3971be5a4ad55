"""The dialog that asks for a bookmark's note and tags."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.widgets import Input, Label, Static

from newsdesk.tui.keys import bindings
from newsdesk.tui.sanitize import clean_label
from newsdesk.tui.screens.catch_up import CatchUpDialog
from newsdesk.tui.widgets.hints import current_keys


@dataclass(frozen=True, slots=True)
class BookmarkInput:
    """What the user typed: a note and the tags (split on commas, blanks dropped)."""

    note: str
    tags: tuple[str, ...]


def parse_tags(text: str) -> tuple[str, ...]:
    """Comma-separated tags, trimmed, empty ones and duplicates dropped, order kept."""
    seen: dict[str, None] = {}
    for part in text.split(","):
        tag = part.strip()
        if tag:
            seen.setdefault(tag, None)
    return tuple(seen)


class BookmarkDialog(CatchUpDialog[BookmarkInput | None]):
    """Enter saves, escape cancels; tab moves between note and tags."""

    FIRST_FIELD = "#bookmark-note"

    BINDINGS: ClassVar[list[BindingType]] = bindings("dialog")

    def __init__(
        self, passage: str, *, title: str = "Bookmark", note: str = "", tags: tuple[str, ...] = ()
    ) -> None:
        super().__init__()
        self._passage = passage
        self._title = title
        self._note = note
        self._tags = tags

    def compose(self) -> ComposeResult:
        with Vertical(id="bookmark-dialog", classes="dialog"):
            yield Label(self._title, classes="dialog-title", markup=False)
            yield Static(clean_label(self._passage, 400), id="bookmark-passage", markup=False)
            # Editing appends to what is there rather than replacing it on the first key.
            yield Input(self._note, placeholder="note", id="bookmark-note", select_on_focus=False)
            yield Input(
                ", ".join(self._tags),
                placeholder="tags, comma separated",
                id="bookmark-tags",
                select_on_focus=False,
            )
            hint = current_keys(self).hint(
                "{dialog-submit} save · {dialog-cancel} cancel · {focus-next} next field"
            )
            yield Label(hint, classes="dialog-help", markup=False)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.submit()

    def submit(self) -> None:
        """Close with the note and tags as typed."""
        note = self.query_one("#bookmark-note", Input).value.strip()
        tags = parse_tags(self.query_one("#bookmark-tags", Input).value)
        self.dismiss(BookmarkInput(note, tags))

    def action_cancel(self) -> None:
        """Close without saving."""
        self.dismiss(None)
