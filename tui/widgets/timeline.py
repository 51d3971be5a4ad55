"""The Timeline tab: one actor's statements across the desk in date order, shifts marked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import DataTable, Input, Static

from newsdesk.tui.engine_thread import EngineThread
from newsdesk.tui.keys import KeyMap, bindings
from newsdesk.tui.sanitize import clean_label
from newsdesk.tui.widgets.hints import follow_keys
from newsdesk.tui.widgets.statement import STATEMENT_PARTS, assemble
from newsdesk.tui.widgets.tables import NavTable, Row, Styles

if TYPE_CHECKING:
    from newsdesk.index import TimelineEntry

SHIFT_MARK = "⇄"
EMPTY = "No actor chosen: press {timeline} on a statement, or {pick-actor} to pick one."
HINT = "{list-open} open the article there · {timeline-filter} filter"
FILTER_PLACEHOLDER = "filter: topic words  since:2025-06-01  until:2025-08 (Enter applies, empty: all)"


# While an index run is in progress the desk answers from the actor registry it had before the run.
STALE_TIMELINE = "Indexing: this timeline is as of the last index; it may miss what the run adds."
NOT_AN_ACTOR = "no statement on this desk is attributed to that name (an unnamed or unresolved speaker)."


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def timeline_counts(entries: Sequence[Any], statements: int, *, dated: bool) -> str:
    """'311 statements as 267 entries (repeats joined), 1 outlet, 0 shifts (⇄)'.

    `statements` counts the actor's statements as the actor picker and `newsdesk actors` do; an entry
    joins the reports of the same words by several articles. With a date filter, entries are
    chosen by their joined date, so only entries are counted.
    """
    outlets = len({ref[0] for entry in entries for ref in entry.sources if ref[0]})
    shifts = sum(1 for entry in entries if entry.shift)
    if dated:
        head = f"{len(entries):,} {'entry' if len(entries) == 1 else 'entries'}"
    elif statements != len(entries):
        head = f"{_count(statements, 'statement')} as {len(entries):,} entries (repeats joined)"
    else:
        head = _count(statements, "statement")
    return f"{head}, {_count(outlets, 'outlet')}, {_count(shifts, 'shift')} ({SHIFT_MARK})"


@dataclass(frozen=True, slots=True)
class TimelineFilter:
    """What the timeline's filter field asks for: topic words (a full-text query over quotes) and dates."""

    topic: str = ""
    since: dt.date | None = None
    until: dt.date | None = None

    def describe(self) -> str:
        """How the heading names the filter ("" for none)."""
        parts = [f"“{self.topic}”"] if self.topic else []
        if self.since:
            parts.append(f"since {self.since.isoformat()}")
        if self.until:
            parts.append(f"until {self.until.isoformat()}")
        return ", ".join(parts)


def _day(text: str, *, end: bool) -> dt.date:
    """YYYY-MM-DD, or YYYY-MM / YYYY meaning its first (or, with `end`, last) day."""
    parts = text.split("-")
    if len(parts) == 3:
        return dt.date.fromisoformat(text)
    if not all(part.isdigit() for part in parts) or len(parts[0]) != 4:
        raise ValueError(text)
    year = int(parts[0])
    if len(parts) == 2:
        month = int(parts[1])
        if end:
            following = dt.date(year + month // 12, month % 12 + 1, 1)
            return following - dt.timedelta(days=1)
        return dt.date(year, month, 1)
    if len(parts) == 1:
        return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
    raise ValueError(text)


def parse_filter(text: str) -> TimelineFilter:
    """'troops since:2025-06 until:2025-08-31' -> topic and date range; ValueError says what is wrong."""
    topic: list[str] = []
    since = until = None
    for word in text.split():
        name, colon, value = word.partition(":")
        if colon and name.lower() in ("since", "until"):
            try:
                day = _day(value, end=name.lower() == "until")
            except ValueError:
                raise ValueError(f"{name}: {value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)") from None
            if name.lower() == "since":
                since = day
            else:
                until = day
        else:
            topic.append(word)
    if since and until and since > until:
        raise ValueError(f"since {since.isoformat()} is after until {until.isoformat()}")
    return TimelineFilter(" ".join(topic), since, until)


def entry_date(entry: TimelineEntry) -> str:
    """The entry's date as a list shows it (its own wording when only approximate)."""
    if entry.date is None:
        return entry.date_text or "undated"
    text = entry.date.isoformat()
    if entry.date_precision not in ("day", "article", "none") and entry.date_text:
        text = f"~{text}"
    return text


def entry_cell(entry: Any, width: int, styles: Styles) -> Text:
    """Date and stance, then the outlet ("×3" when three articles reported it); the quote below.

    The date and stance come first and whole; the outlet gives way in a narrow pane (the cue and
    every outlet are on the detail line under the list).
    """
    reports = len(entry.sources)
    head = clean_label(f"{entry_date(entry)}  {entry.stance}", max(10, width - 6))
    times = f" ×{reports}" if reports > 1 else ""
    room = width - len(head) - 2 - len(times)
    source = clean_label(entry.source or "", room) if room >= 4 else ""
    return assemble(
        [
            (head, "statement--who"),
            ("  " if source or times else "", ""),
            (source + times if room >= 4 else times.strip(), "statement--meta"),
            ("\n", ""),
            (clean_label(entry.quote, width), "statement--quote"),
        ],
        styles,
    )


class TimelineTable(NavTable):
    """Timeline entries, two lines each, a shift mark in the first column; the row key is the index."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {*STATEMENT_PARTS, "timeline--shift"}
    FIXED_WIDTHS: ClassVar[tuple[int, ...]] = (1,)
    ROW_HEIGHT = 2

    COLUMNS: ClassVar[tuple[tuple[str, str], ...]] = ((SHIFT_MARK, "shift"), ("Entry", "entry"))

    def on_mount(self) -> None:
        self.show_header = False

    def rows_for(self, items: Sequence[Any], flex_width: int, styles: Styles) -> list[Row]:
        shift = styles.get("timeline--shift", Style())
        return [
            (
                str(index),
                [Text(SHIFT_MARK if entry.shift else "", style=shift), entry_cell(entry, flex_width, styles)],
            )
            for index, entry in enumerate(items)
        ]


class TimelinePane(Vertical):
    """A heading naming the actor, the table, and the highlighted entry in detail."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {*STATEMENT_PARTS, "timeline--shift"}
    BINDINGS: ClassVar[list[BindingType]] = bindings("timeline")

    class OpenAt(Message):
        """Open an article with a span selected (Enter on an entry)."""

        def __init__(self, key: str, span: tuple[int, int]) -> None:
            super().__init__()
            self.key = key
            self.span = span

    class Shown(Message):
        """A timeline was built and shown."""

    def __init__(self, engine: EngineThread, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.engine = engine
        self.actor: str | None = None
        self.entries: list[Any] = []
        self.filter = TimelineFilter()

    def compose(self) -> ComposeResult:
        yield Static("", id="timeline-title", markup=False)
        yield Input(placeholder=FILTER_PLACEHOLDER, id="timeline-filter")
        yield TimelineTable(id="timeline")
        yield Static("", id="timeline-detail", markup=False)

    def on_mount(self) -> None:
        follow_keys(self, self._hints)

    def _hints(self, keys: KeyMap) -> None:
        if self.actor is None:
            self.query_one("#timeline-title", Static).update(keys.hint(EMPTY))
        self.query_one(TimelineTable).border_subtitle = keys.hint(HINT)

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(name, partial=True)

    def action_focus_filter(self) -> None:
        """Put the cursor in the filter field."""
        self.query_one("#timeline-filter", Input).focus()

    @on(Input.Submitted, "#timeline-filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        try:
            self.filter = parse_filter(event.value)
        except ValueError as exc:
            self.notify(clean_label(str(exc), 120), severity="warning", markup=False)
            return
        self.query_one(TimelineTable).focus()
        if self.actor is not None:
            self.show_actor(self.actor)

    @work(exclusive=True, group="timeline")
    async def show_actor(self, name: str, canonicalize: bool = False) -> None:
        """Build an actor's timeline across the desk (on the engine thread), filtered, and show it."""
        engine = self.engine
        wanted = self.filter

        def build() -> tuple[str, list[Any], int, bool]:
            from newsdesk.index.timeline import build_timeline

            desk = engine.desk
            registry = desk.registry()
            actor = (registry.canonical(name) or name) if canonicalize else name
            records = list(desk.iter_statements(actor_names=[actor], query=wanted.topic or None))
            entries = build_timeline(
                records, since=wanted.since, until=wanted.until, canonical=registry.canonical
            )
            return actor, entries, len(records), bool(desk.registry_stale)

        built = await engine.try_call(build)
        if built is None:
            return
        actor, entries, statements, stale = built
        if stale:
            self.notify(STALE_TIMELINE, markup=False)
        described = wanted.describe()
        if not statements and not described:
            # An unnamed or unresolved speaker ("the suits in Tolvik"): no actor, so no timeline;
            # the timeline shown stays.
            self.notify(f"No timeline for {clean_label(actor, 60)}: {NOT_AN_ACTOR}", markup=False)
            return
        self.actor = actor
        self.entries = entries
        heading = Text.assemble(
            (clean_label(actor, 40), self._style("statement--who")),
            f"  {timeline_counts(entries, statements, dated=bool(wanted.since or wanted.until))}",
            (f"  {clean_label(described, 60)}" if described else "", self._style("statement--meta")),
        )
        self.query_one("#timeline-title", Static).update(heading)
        table = self.query_one(TimelineTable)
        await table.show_items_async(entries)
        self.detail(entries[0] if entries else None)
        self.post_message(self.Shown())

    def detail(self, entry: Any) -> None:
        """Describe one entry under the table: cue, outlets, and the earlier position it reverses."""
        widget = self.query_one("#timeline-detail", Static)
        if entry is None:
            widget.update("")
            return
        outlets = ", ".join(dict.fromkeys(clean_label(ref[0] or "?", 20) for ref in entry.sources))
        parts: list[tuple[str, Style] | str] = [
            (f"{clean_label(entry.cue, 20)} · {entry.kind}", self._style("statement--who")),
            f"  {_count(len(entry.sources), 'report')}: {outlets}",
        ]
        if entry.shift is not None:
            shift = entry.shift
            when = shift.date.isoformat() if shift.date else "undated"
            parts.append(
                (f"\n{SHIFT_MARK} shift from {shift.stance} ({when}): ", self._style("timeline--shift"))
            )
            parts.append(f"“{clean_label(shift.quote, 120)}” ({clean_label(shift.why, 80)})")
        widget.update(Text.assemble(*parts))

    @on(DataTable.RowHighlighted, "#timeline")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        if 0 <= event.cursor_row < len(self.entries):
            self.detail(self.entries[event.cursor_row])

    @on(DataTable.RowSelected, "#timeline")
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if 0 <= event.cursor_row < len(self.entries):
            entry = self.entries[event.cursor_row]
            self.post_message(self.OpenAt(entry.key, (entry.start, entry.end)))
