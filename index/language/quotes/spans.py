"""The sentence a cue is read in, passed whole to each step that reads one cue."""

from __future__ import annotations

from dataclasses import dataclass

from newsdesk.index.actors.gazetteer import Gazetteer
from newsdesk.index.language.quotemarks import Quotation


@dataclass(slots=True)
class Sentence:
    """[start, end) of `text`, the quotations overlapping it, and the gazetteer its mentions are read with.

    A value: never changed once built. Not declared frozen: one is built per sentence holding a cue, and a
    frozen dataclass's `__init__` (object.__setattr__ per field) costs several times a plain one's."""

    text: str
    start: int
    end: int
    quotes: list[Quotation]
    gz: Gazetteer
