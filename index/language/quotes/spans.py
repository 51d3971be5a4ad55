"""The sentence a cue is read in, passed whole to each step that reads one cue."""

from __future__ import annotations

from dataclasses import dataclass

from newsdesk.index.actors.gazetteer import Gazetteer
from newsdesk.index.language.quotemarks import Quotation


@dataclass(frozen=True, slots=True)
class Sentence:
    """[start, end) of `text`, the quotations overlapping it, and the gazetteer its mentions are read with."""

    text: str
    start: int
    end: int
    quotes: list[Quotation]
    gz: Gazetteer
