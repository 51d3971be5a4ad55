"""The copies of a result: articles with the same body, folded into one row of the results."""

from __future__ import annotations

from typing import Any, ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from newsdesk.tui.engine_thread import EngineThread
from newsdesk.tui.keys import bindings
from newsdesk.tui.sanitize import clean_label
from newsdesk.tui.widgets.hints import current_keys

HINT = "{dialog-submit} open · {dialog-cancel} close"


def copy_label(key: str, path: str, source: str | None, date: Any, title: str) -> str:
    """One line per copy: date, outlet, path and title."""
    day = date.isoformat() if date else "undated"
    return " · ".join(
        part for part in (day, clean_label(source), clean_label(path, 60), clean_label(title, 60)) if part
    )


class CopiesScreen(ModalScreen[str | None]):
    """The result and its copies, one per line; Enter opens the highlighted one."""

    BINDINGS: ClassVar[list[BindingType]] = bindings("dialog")

    def __init__(self, engine: EngineThread, hit: Any) -> None:
        super().__init__()
        self._engine = engine
        self._keys: list[str] = [hit.key, *hit.copies]
        self._title = hit.title or hit.path

    def compose(self) -> ComposeResult:
        with Vertical(id="copies-dialog", classes="dialog"):
            yield Label(
                f"{len(self._keys)} articles with the same body: {clean_label(self._title, 60)}",
                classes="dialog-title",
                markup=False,
            )
            yield OptionList(*(Option(clean_label(key, 100), id=key) for key in self._keys), id="copies-options",
                             markup=False)  # fmt: skip
            yield Label(current_keys(self).hint(HINT), classes="dialog-help", markup=False)

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()
        self._describe()

    @work(exclusive=True, group="copies")
    async def _describe(self) -> None:
        """Replace each key with the copy's date, outlet, path and title."""
        engine, keys = self._engine, list(self._keys)

        def facts() -> list[str]:
            lines = []
            for key in keys:
                article = engine.desk.article(key)
                lines.append(
                    key
                    if article is None
                    else copy_label(key, article.path, article.source, article.date, article.title)
                )
            return lines

        lines = await engine.try_call(facts)
        if not lines or not self.is_attached:
            return
        options = self.query_one(OptionList)
        highlighted = options.highlighted
        options.clear_options()
        options.add_options([Option(line, id=key) for key, line in zip(keys, lines, strict=True)])
        options.highlighted = highlighted or 0

    @property
    def lines(self) -> list[str]:
        """The lines listed (for tests)."""
        options = self.query_one(OptionList)
        return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]

    def _highlighted(self) -> str | None:
        index = self.query_one(OptionList).highlighted
        return self._keys[index] if index is not None and 0 <= index < len(self._keys) else None

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self._highlighted())

    def action_submit(self) -> None:
        """Open the highlighted copy."""
        self.dismiss(self._highlighted())

    def action_cancel(self) -> None:
        """Close."""
        self.dismiss(None)
