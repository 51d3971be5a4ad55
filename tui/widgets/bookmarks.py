"""The Bookmarks tab: saved passages, filterable by tag, with keys to edit, delete, copy, export."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar

from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.suggester import SuggestFromList
from textual.widgets import DataTable, Input

from newsdesk.tui.engine_thread import EngineThread
from newsdesk.tui.keys import KeyMap, bindings
from newsdesk.tui.sanitize import clean_label
from newsdesk.tui.widgets.hints import follow_keys
from newsdesk.tui.widgets.tables import NavTable, Row, Styles

HINT = (
    "{list-open} go to · {bookmark-edit} edit · {bookmark-delete} delete · {bookmark-export-markdown} export"
)


def passage_of(bookmark: Any) -> str:
    """The bookmarked text, whatever the store calls it."""
    for name in ("passage", "text", "quote", "excerpt"):
        value = getattr(bookmark, name, None)
        if isinstance(value, str):
            return value
    return ""


def bookmark_cell(bm: Any, width: int, styles: Styles) -> Text:
    """Title and tags on the first line; the note, then the passage, on the second."""
    tags = " ".join(f"#{tag}" for tag in getattr(bm, "tags", ()) or ())
    title = clean_label(getattr(bm, "title", "") or getattr(bm, "path", ""), max(8, width - len(tags) - 2))
    note = clean_label(getattr(bm, "note", ""))
    second = f"{note} — “{clean_label(passage_of(bm))}”" if note else f"“{clean_label(passage_of(bm))}”"
    return Text.assemble(
        (title, styles.get("bookmark--title", Style())),
        "  ",
        (clean_label(tags, max(1, width - len(title) - 2)), styles.get("bookmark--tags", Style())),
        "\n",
        clean_label(second, width),
    )


class BookmarksTable(NavTable):
    """One row per bookmark; the row key is the bookmark id."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"bookmark--title", "bookmark--tags"}
    ROW_HEIGHT = 2

    COLUMNS: ClassVar[tuple[tuple[str, str], ...]] = (("Bookmark", "bookmark"),)

    def on_mount(self) -> None:
        self.show_header = False

    def rows_for(self, items: Sequence[Any], flex_width: int, styles: Styles) -> list[Row]:
        return [(str(bm.id), [bookmark_cell(bm, flex_width, styles)]) for bm in items]


class BookmarksPane(Vertical):
    """Tag filter above the bookmarks table; owns loading, editing, deleting and exporting them."""

    BINDINGS: ClassVar[list[BindingType]] = bindings("bookmarks")

    class OpenAt(Message):
        """Go to a bookmark's passage (Enter on a row)."""

        def __init__(self, bookmark: Any) -> None:
            super().__init__()
            self.bookmark = bookmark

    def __init__(self, engine: EngineThread, data_dir: Path, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.engine = engine
        self.data_dir = data_dir
        self.bookmarks: list[Any] = []

    def compose(self) -> ComposeResult:
        yield Input(placeholder="filter by tag (→ completes, Enter filters, empty: all)", id="tag-filter")
        yield BookmarksTable(id="bookmarks")

    def on_mount(self) -> None:
        follow_keys(self, self._hints)

    def _hints(self, keys: KeyMap) -> None:
        self.query_one(BookmarksTable).border_subtitle = keys.hint(HINT)

    @property
    def table(self) -> BookmarksTable:
        """The list of bookmarks."""
        return self.query_one(BookmarksTable)

    @property
    def tag(self) -> str | None:
        """The tag to filter by, or None for all bookmarks."""
        value = self.query_one("#tag-filter", Input).value.strip()
        return value or None

    @property
    def selected(self) -> Any:
        """The highlighted bookmark, or None."""
        key = self.table.current_key
        return next((bm for bm in self.bookmarks if str(bm.id) == key), None)

    # ---- loading -------------------------------------------------------------------------------

    async def load(self) -> None:
        """Read the bookmarks (filtered by the tag) and the tags in use."""
        tag = self.tag
        engine = self.engine
        loaded = await engine.try_call(lambda: (engine.bookmarks.list(tag), engine.bookmarks.tags()))
        if loaded is not None:
            self.bookmarks, tags = loaded
            self.table.show_items(self.bookmarks)
            self.query_one("#tag-filter", Input).suggester = SuggestFromList(tags, case_sensitive=False)

    @work(exclusive=True, group="bookmarks")
    async def reload(self) -> None:
        """Read the bookmarks again."""
        await self.load()

    @on(Input.Submitted, "#tag-filter")
    def _tag_filter(self, event: Input.Submitted) -> None:
        event.stop()
        self.reload()
        self.table.focus()

    @on(DataTable.RowSelected, "#bookmarks")
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if self.selected is not None:
            self.post_message(self.OpenAt(self.selected))

    # ---- changing ------------------------------------------------------------------------------

    @work(group="bookmark-save")
    async def add(self, article: Any, span: tuple[int, int], note: str, tags: tuple[str, ...]) -> None:
        """Save a bookmark of a span of an article."""
        start, end = span
        saved = await self.engine.try_call(
            lambda: self.engine.bookmarks.add(article, start, end, note, list(tags))
        )
        if saved is not None:
            self.notify(f"Bookmarked ({len(saved.passage)} characters)", markup=False)
            await self.load()

    def action_delete(self) -> None:
        """Delete the highlighted bookmark after asking."""
        self._delete()

    @work(exclusive=True, group="bookmark-dialog")
    async def _delete(self) -> None:
        bm = self.selected
        if bm is None:
            self.app.bell()
            return
        from newsdesk.tui.screens.confirm import ConfirmDialog

        question = f"Delete the bookmark on “{clean_label(passage_of(bm), 60)}”?"
        if not await self.app.push_screen_wait(ConfirmDialog(question)):
            return
        if await self.engine.try_call(lambda: self.engine.bookmarks.delete(bm.id)) is not None:
            self.notify("Bookmark deleted", markup=False)
            await self.load()

    def action_edit(self) -> None:
        """Edit the highlighted bookmark's note and tags."""
        self._edit()

    @work(exclusive=True, group="bookmark-dialog")
    async def _edit(self) -> None:
        bm = self.selected
        if bm is None:
            self.app.bell()
            return
        from newsdesk.tui.screens.bookmark_dialog import BookmarkDialog, BookmarkInput

        dialog = BookmarkDialog(passage_of(bm), title="Edit bookmark", note=bm.note, tags=tuple(bm.tags))
        answer = await self.app.push_screen_wait(dialog)
        if not isinstance(answer, BookmarkInput):
            return
        if await self.engine.try_call(
            lambda: self.engine.bookmarks.update(bm.id, note=answer.note, tags=answer.tags)
        ):
            self.notify("Bookmark saved", markup=False)
            await self.load()

    def action_copy(self) -> None:
        """Copy the highlighted bookmark's passage with its citation."""
        bm = self.selected
        if bm is None:
            self.app.bell()
            return
        cite = ", ".join(p for p in (bm.source, bm.date, bm.title) if p)
        self.app.copy_to_clipboard(f"“{passage_of(bm)}” ({cite})")
        self.notify("Passage copied (if your terminal allows OSC 52 clipboard access)", markup=False)

    def action_export(self, kind: str) -> None:
        """Export the listed bookmarks as a Markdown brief or JSON, to a file the user names."""
        self._export(kind)

    @work(exclusive=True, group="bookmark-dialog")
    async def _export(self, kind: str) -> None:
        import datetime as dt
        import os

        from newsdesk.tui.screens.export_dialog import ExportChoice, ExportDialog, default_export_name

        bookmarks = list(self.bookmarks)
        if not bookmarks:
            self.notify("No bookmarks to export.", markup=False)
            return
        cwd = Path(os.getcwd())
        default = default_export_name(kind, dt.date.today(), self.tag)
        choice = await self.app.push_screen_wait(ExportDialog(kind, len(bookmarks), default, cwd))
        if not isinstance(choice, ExportChoice):
            return
        path = choice.path
        if path.is_dir():
            self.notify(
                f"{clean_label(str(path))} is a folder: name a file", severity="warning", markup=False
            )
            return
        if path.exists():
            from newsdesk.tui.screens.confirm import ConfirmDialog

            if not await self.app.push_screen_wait(ConfirmDialog(f"Replace {clean_label(str(path))}?")):
                return
        engine = self.engine

        def export() -> Path:
            from newsdesk.index.userdata.atomic import atomic_write_text
            from newsdesk.index.userdata.bookmarks import export_json
            from newsdesk.index.userdata.brief import entries_for, render_brief

            if kind == "markdown":
                entries = entries_for(engine.desk, bookmarks)
                text = render_brief(entries, group_by=choice.group_by)  # type: ignore[arg-type]
            else:
                text = export_json(bookmarks)
            atomic_write_text(path, text)
            return path

        try:
            written = await engine.call(export)
        except OSError as exc:
            message = f"cannot write {path}: {exc.strerror or exc}"
            self.notify(
                clean_label(message), title="Export failed", severity="error", markup=False, timeout=10
            )
            return
        noun = "bookmark" if len(bookmarks) == 1 else "bookmarks"
        # The whole path, never cut: the toast wraps it.
        self.notify(
            f"Exported {len(bookmarks)} {noun} to {clean_label(str(written))}",
            title="Export",
            markup=False,
            timeout=15,
        )

    def action_focus_filter(self) -> None:
        """Put the cursor in the tag filter."""
        self.query_one("#tag-filter", Input).focus()
