"""The dialog that asks where to write an export of the bookmarks (and, for a brief, how to group it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.widgets import Input, Label, RadioButton, RadioSet, Static

from newsdesk.tui.keys import bindings
from newsdesk.tui.sanitize import clean_label
from newsdesk.tui.screens.catch_up import CatchUpDialog
from newsdesk.tui.widgets.hints import current_keys

GROUPS = (("tag", "by tag"), ("actor", "by speaker (desk actor)"))


@dataclass(frozen=True, slots=True)
class ExportChoice:
    """Where to write (absolute) and, for a brief, how to group it ("tag" or "actor")."""

    path: Path
    group_by: str = "tag"


def default_export_name(kind: str, today: dt.date, tag: str | None = None) -> str:
    """'./newsdesk-brief-2025-08-20.md' (or '-bookmarks-…json'), with the tag filtered by, if any."""
    stem = "newsdesk-brief" if kind == "markdown" else "newsdesk-bookmarks"
    if tag:
        stem += "-" + slug(tag)
    return f"./{stem}-{today.isoformat()}.{'md' if kind == 'markdown' else 'json'}"


def slug(text: str) -> str:
    """A file-name-safe form of a tag."""
    cleaned = "".join(c if c.isalnum() else "-" for c in text.casefold())
    return "-".join(part for part in cleaned.split("-") if part)[:40] or "tag"


def resolve_target(typed: str, cwd: Path) -> Path | None:
    """The file a typed path names (~ expanded, relative to `cwd`); None when nothing was typed."""
    typed = typed.strip()
    if not typed:
        return None
    path = Path(typed).expanduser()
    return path if path.is_absolute() else cwd / path


class ExportDialog(CatchUpDialog[ExportChoice | None]):
    """A path field (Enter writes, escape cancels) and, for Markdown, tag / speaker grouping."""

    FIRST_FIELD = "#export-path"
    BINDINGS: ClassVar[list[BindingType]] = bindings("dialog")

    def __init__(self, kind: str, count: int, default: str, cwd: Path) -> None:
        super().__init__()
        self._kind = kind
        self._count = count
        self._default = default
        self._cwd = cwd

    def compose(self) -> ComposeResult:
        what = "a Markdown brief" if self._kind == "markdown" else "JSON"
        noun = "bookmark" if self._count == 1 else "bookmarks"
        with Vertical(id="export-dialog", classes="dialog"):
            yield Label(f"Export {self._count} {noun} as {what} to:", classes="dialog-title", markup=False)
            yield Input(self._default, id="export-path", select_on_focus=False)
            if self._kind == "markdown":
                with RadioSet(id="export-group"):
                    for index, (_, label) in enumerate(GROUPS):
                        yield RadioButton(f"Group {label}", value=index == 0)
            hint = "{dialog-submit} write · {dialog-cancel} cancel"
            if self._kind == "markdown":
                hint += " · {focus-next} grouping"
            yield Label(current_keys(self).hint(hint), classes="dialog-help", markup=False)
            # A Static wraps (a long working folder is shown whole, not cut).
            yield Static(
                f"A relative path starts in {clean_label(str(self._cwd))}", id="export-cwd", markup=False
            )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.submit()

    @property
    def group_by(self) -> str:
        """The grouping chosen ("tag" unless the brief's speaker grouping is picked)."""
        radios = self.query(RadioSet)
        index = radios.first().pressed_index if radios else 0
        return GROUPS[index][0] if 0 <= index < len(GROUPS) else "tag"

    def submit(self) -> None:
        """Close with the file and grouping chosen (a bell when no file is named)."""
        target = resolve_target(self.query_one("#export-path", Input).value, self._cwd)
        if target is None:
            self.app.bell()
            return
        self.dismiss(ExportChoice(target, self.group_by))

    def action_cancel(self) -> None:
        """Close without writing."""
        self.dismiss(None)
