"""What quote extraction passes between its steps: statement drafts before their speakers are resolved,
and an article's finished extraction."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsdesk.index.language.quotemarks import Quotation
from newsdesk.index.language.speakers import Mention
from newsdesk.index.model import Statement


@dataclass(slots=True)
class Draft:
    """A statement before speaker resolution: its spans, cue, the speaker mention as parsed, and why."""

    spans: list[tuple[int, int]]
    cue: str
    cue_start: int
    mention: Mention | None
    how: str
    quotes: list[Quotation] = field(default_factory=list)
    # The words are the speaker's own though no quotation marks enclose them (an interview transcript).
    verbatim: bool = False


@dataclass(frozen=True, slots=True)
class Extraction:
    """An article's statements and the full names of the people it names (speaking or not), which the
    desk-wide actor step uses to settle surnames and role descriptions."""

    statements: list[Statement]
    people: tuple[str, ...] = ()
