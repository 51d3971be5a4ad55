"""The Bookmarks tab: saved passages, filterable by tag, with keys to edit, delete, copy, export."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.suggester import SuggestFromList
from textual.widgets import Input

from newsdesk.tui.sanitize import clean_label
from newsdesk.tui.widgets.tables import NavTable


def passage_of(bookmark: Any) -> str:
    """The bookmarked text, whatever the store calls it."""
    for name in ("passage", "text", "quote", "excerpt"):
        value = getattr(bookmark, name, None)
        if isinstance(value, str):
            return value
    return ""


def bookmark_cell(bm: Any, width: int) -> Text:
    """Title and tags on the first line; the note, then the passage, on the second."""
    tags = " ".join(f"#{tag}" for tag in getattr(bm, "tags", ()) or ())
    title = clean_label(getattr(bm, "title", "") or getattr(bm, "path", ""), max(8, width - len(tags) - 2))
    note = clean_label(getattr(bm, "note", ""))
    second = f"{note} — “{clean_label(passage_of(bm))}”" if note else f"“{clean_label(passage_of(bm))}”"
    return Text.assemble(
        (title, "bold"), "  ", (clean_label(tags, width), "cyan"), "\n", clean_label(second, width)
    )


class BookmarksTable(NavTable):
    """One row per bookmark; the row key is the bookmark id."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *NavTable.BINDINGS,
        Binding("d", "app.bookmark_delete", "Delete", id="bookmark-delete"),
        Binding("e", "app.bookmark_edit", "Edit", id="bookmark-edit"),
        Binding("c", "app.bookmark_copy", "Copy", id="bookmark-copy"),
        Binding("x", "app.bookmark_export('markdown')", "Export md", id="bookmark-export-markdown"),
        Binding("X", "app.bookmark_export('json')", "Export json", id="bookmark-export-json"),
        Binding("f", "focus_filter", "Tag filter", id="bookmark-filter"),
    ]

    def on_mount(self) -> None:
        self.add_column("Bookmarks (Enter: go to the passage)", key="bookmark")

    ROW_HEIGHT = 2

    def rows_for(self, items: Sequence[Any], flex_width: int) -> list[tuple[str, list[Text]]]:
        return [(str(bm.id), [bookmark_cell(bm, flex_width)]) for bm in items]

    def show_bookmarks(self, bookmarks: list[Any]) -> None:
        """Replace the rows with these Bookmarks."""
        self.show_items(bookmarks)

    def action_focus_filter(self) -> None:
        """Put the cursor in the tag filter."""
        self.screen.query_one("#tag-filter", Input).focus()


class BookmarksPane(Vertical):
    """Tag filter above the bookmarks table."""

    def compose(self) -> ComposeResult:
        yield Input(placeholder="filter by tag (→ completes, Enter filters, empty: all)", id="tag-filter")
        yield BookmarksTable(id="bookmarks")

    def suggest_tags(self, tags: list[str]) -> None:
        """Offer the tags in use as completions in the filter (right arrow accepts)."""
        self.query_one("#tag-filter", Input).suggester = SuggestFromList(tags, case_sensitive=False)

    @property
    def tag(self) -> str | None:
        """The tag to filter by, or None for all bookmarks."""
        value = self.query_one("#tag-filter", Input).value.strip()
        return value or None
