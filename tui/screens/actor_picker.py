"""Pick an actor by fuzzy name: an Input over an OptionList of the desk's actors."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.fuzzy import Matcher
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from newsdesk.tui.keys import bindings
from newsdesk.tui.sanitize import clean_label
from newsdesk.tui.screens.catch_up import CatchUpDialog

MAX_SHOWN = 200
FUZZY_POOL = 500


def rank_actors(
    query: str, names: Sequence[tuple[str, tuple[str, ...]]], counts: Mapping[str, int] | None = None
) -> list[str]:
    """Canonical names whose name or an alias matches `query`, best first (all, in order, if empty).

    Substring matches come first (prefix, then word start, then inside a word; among equals the
    most quoted, then the shorter name); fuzzy matches fill up after them. Fuzzy scoring is slow (~5 µs a name), so it only
    looks at names that hold the query's letters in order, at most FUZZY_POOL of them: a 23k-actor
    desk stays under ~30 ms a keystroke.
    """
    text = query.strip().casefold()
    if not text:
        return [name for name, _ in names]
    found: list[tuple[int, int, str]] = []
    rest: list[tuple[str, tuple[str, ...]]] = []
    for name, aliases in names:
        best: int | None = None
        for candidate in (name, *aliases):
            folded = candidate.casefold()
            at = folded.find(text)
            if at < 0:
                continue
            rank = 0 if at == 0 else 1 if not folded[at - 1].isalnum() else 2
            best = rank if best is None else min(best, rank)
        if best is None:
            rest.append((name, aliases))
        else:
            found.append((best, len(name), name))
    quoted = counts or {}
    found.sort(key=lambda item: (item[0], -quoted.get(item[2], 0), item[1], item[2].casefold()))
    ranked = [name for _, _, name in found]
    if len(ranked) >= MAX_SHOWN:
        return ranked
    letters = re.compile(".*?".join(re.escape(c) for c in text if not c.isspace()), re.IGNORECASE)
    pool = [(n, a) for n, a in rest if any(letters.search(t) for t in (n, *a))][:FUZZY_POOL]
    matcher = Matcher(query.strip())
    scored = [(max(matcher.match(t) for t in (n, *a)), n) for n, a in pool]
    scored.sort(key=lambda pair: (-pair[0], pair[1].casefold()))
    return ranked + [name for score, name in scored if score > 0]


class ActorPicker(CatchUpDialog[str | None]):
    """Type to filter; Enter or a click picks; escape cancels."""

    FIRST_FIELD = "#actor-query"

    BINDINGS: ClassVar[list[BindingType]] = [*bindings("dialog"), *bindings("picker")]

    def __init__(
        self, actors: Sequence[tuple[str, tuple[str, ...]]] | None, counts: Mapping[str, int] | None = None
    ) -> None:
        """`actors` (most quoted first) None: still loading; `set_actors` fills the list when they come."""
        super().__init__()
        self._actors = list(actors or ())
        self._counts = dict(counts or {})
        self._loaded = actors is not None
        self._submit_when_loaded = False

    def compose(self) -> ComposeResult:
        with Vertical(id="actor-picker", classes="dialog"):
            yield Label(self._title(), id="actor-title", classes="dialog-title", markup=False)
            yield Input(placeholder="actor name", id="actor-query")
            yield OptionList(id="actor-options", markup=False)

    def on_mount(self) -> None:
        self._fill("")

    def _title(self) -> str:
        return (
            f"Go to actor ({len(self._actors):,} quoted)" if self._loaded else "Go to actor (loading actors…)"
        )

    def _label(self, name: str) -> str:
        count = self._counts.get(name)
        shown = clean_label(name, 60)
        return shown if count is None else f"{shown}  ({count:,} statement{'s' if count != 1 else ''})"

    def set_actors(
        self, actors: Sequence[tuple[str, tuple[str, ...]]], counts: Mapping[str, int] | None = None
    ) -> None:
        """The actors, once loaded; an Enter typed meanwhile picks now."""
        self._actors = list(actors)
        self._counts = dict(counts or {})
        self._loaded = True
        self.query_one("#actor-title", Label).update(self._title())
        self._fill(self.query_one("#actor-query", Input).value)
        if self._submit_when_loaded:
            self.submit()

    def _fill(self, query: str) -> None:
        self._filled = query
        options = self.query_one("#actor-options", OptionList)
        options.clear_options()
        names = rank_actors(query, self._actors, self._counts)[:MAX_SHOWN]
        options.add_options([Option(self._label(name), id=name) for name in names])
        if names:
            options.highlighted = 0

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._fill(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.submit()

    def submit(self) -> None:
        """Pick the highlighted actor."""
        if not self._loaded:
            self._submit_when_loaded = True
            return
        query = self.query_one("#actor-query", Input).value
        if query != getattr(self, "_filled", None):  # typed faster than the list was filtered
            self._fill(query)
        options = self.query_one("#actor-options", OptionList)
        if options.highlighted is None:
            self.app.bell()
            return
        self.dismiss(options.get_option_at_index(options.highlighted).id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_move(self, step: int) -> None:
        """Move the highlight while the cursor stays in the Input."""
        options = self.query_one("#actor-options", OptionList)
        if options.option_count == 0:
            return
        current = options.highlighted if options.highlighted is not None else -step
        options.highlighted = max(0, min(options.option_count - 1, current + step))

    def action_cancel(self) -> None:
        """Close without picking."""
        self.dismiss(None)
