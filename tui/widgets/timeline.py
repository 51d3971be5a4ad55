"""The Timeline tab: one actor's statements across the desk in date order, shifts marked."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from newsdesk.tui.sanitize import clean_label
from newsdesk.tui.widgets.tables import NavTable

SHIFT_MARK = "⇄"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def entry_date(entry: Any) -> str:
    """The entry's date as a list shows it (its own wording when only approximate)."""
    if entry.date is None:
        return entry.date_text or "undated"
    text = entry.date.isoformat()
    if entry.date_precision not in ("day", "article", "none") and entry.date_text:
        text = f"~{text}"
    return text


def entry_cell(entry: Any, width: int) -> Text:
    """Date, stance, outlets on the first line; the quote on the second."""
    outlets = len(entry.sources)
    head = (
        f"{entry_date(entry)}  {entry.stance} · {entry.cue} · {outlets} source{'s' if outlets != 1 else ''}"
    )
    source = clean_label(entry.source, 16)
    return Text.assemble(
        (clean_label(head, max(10, width - len(source) - 2)), "bold"), "  ", (source, "dim"), "\n",
        clean_label(entry.quote, width),
    )  # fmt: skip


class TimelineTable(NavTable):
    """Timeline entries, two lines each, a shift mark in the first column; the row key is the index."""

    FIXED_WIDTHS: ClassVar[tuple[int, ...]] = (1,)
    ROW_HEIGHT = 2

    def on_mount(self) -> None:
        self.add_column(SHIFT_MARK, key="shift")
        self.add_column("Entry (Enter: open the article there)", key="entry")

    def rows_for(self, items: Sequence[Any], flex_width: int) -> list[tuple[str, list[Text]]]:
        return [
            (
                str(index),
                [
                    Text(SHIFT_MARK if entry.shift else "", style="bold magenta"),
                    entry_cell(entry, flex_width),
                ],
            )
            for index, entry in enumerate(items)
        ]

    def show_entries(self, entries: list[Any]) -> None:
        """Replace the rows with these TimelineEntries."""
        self.show_items(entries)


class TimelinePane(Vertical):
    """A heading naming the actor, then the table."""

    def compose(self) -> ComposeResult:
        yield Static(
            "No actor chosen: press t on a statement, or a to pick one.", id="timeline-title", markup=False
        )
        yield TimelineTable(id="timeline")
        yield Static("", id="timeline-detail", markup=False)

    def show(self, actor: str, entries: list[Any]) -> None:
        """Show an actor's timeline."""
        shifts = sum(1 for entry in entries if entry.shift)
        sources = len({entry.source for entry in entries if entry.source})
        heading = Text.assemble(
            (clean_label(actor, 40), "bold"),
            f"  {_count(len(entries), 'statement')}, {_count(sources, 'source')}, "
            f"{_count(shifts, 'shift')} ({SHIFT_MARK})",
        )
        self.query_one("#timeline-title", Static).update(heading)
        self.query_one(TimelineTable).show_entries(entries)
        self.detail(entries[0] if entries else None)

    def detail(self, entry: Any) -> None:
        """Describe one entry under the table: cue, outlets, and the earlier position it reverses."""
        widget = self.query_one("#timeline-detail", Static)
        if entry is None:
            widget.update("")
            return
        outlets = ", ".join(dict.fromkeys(clean_label(ref[0] or "?", 20) for ref in entry.sources))
        parts: list[str | tuple[str, str]] = [
            (f"{clean_label(entry.cue, 20)} · {entry.kind}", "bold"),
            f"  reported by {len(entry.sources)}: {outlets}",
        ]
        if entry.shift is not None:
            shift = entry.shift
            when = shift.date.isoformat() if shift.date else "undated"
            parts.append((f"\n{SHIFT_MARK} shift from {shift.stance} ({when}): ", "bold magenta"))
            parts.append(f"“{clean_label(shift.quote, 120)}” ({clean_label(shift.why, 80)})")
        widget.update(Text.assemble(*parts))
