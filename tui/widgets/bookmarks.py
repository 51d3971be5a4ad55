"""The Bookmarks tab: saved passages, filterable by tag, with keys to edit, delete, copy, export."""

from __future__ import annotations

from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input

from tui.widgets.tables import NavTable, cell


def passage_of(bookmark: Any) -> str:
    """The bookmarked text, whatever the store calls it."""
    for name in ("passage", "text", "quote", "excerpt"):
        value = getattr(bookmark, name, None)
        if isinstance(value, str):
            return value
    return ""


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
        self.add_column("Title", key="title")
        self.add_column("Passage", key="passage")
        self.add_column("Note", key="note")
        self.add_column("Tags", key="tags")

    def show_bookmarks(self, bookmarks: list[Any]) -> None:
        """Replace the rows with these Bookmarks."""
        self.set_rows(
            (
                str(bm.id),
                [
                    cell(getattr(bm, "title", "") or getattr(bm, "path", ""), 30),
                    cell(passage_of(bm), 50),
                    cell(getattr(bm, "note", ""), 30),
                    cell(", ".join(getattr(bm, "tags", ()) or ()), 24),
                ],
            )
            for bm in bookmarks
        )

    def action_focus_filter(self) -> None:
        """Put the cursor in the tag filter."""
        self.screen.query_one("#tag-filter", Input).focus()


class BookmarksPane(Vertical):
    """Tag filter above the bookmarks table."""

    def compose(self) -> ComposeResult:
        yield Input(placeholder="filter by tag (Enter)", id="tag-filter")
        yield BookmarksTable(id="bookmarks")

    @property
    def tag(self) -> str | None:
        """The tag to filter by, or None for all bookmarks."""
        value = self.query_one("#tag-filter", Input).value.strip()
        return value or None
