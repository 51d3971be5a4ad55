"""Recognising news outlets named in headline prefixes and dateline credits (data in index/data/outlets.yaml)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

from newsdesk.index import safeyaml

# "FT: US Signals ..." -- a short name and a colon opening the headline.
_HEADLINE_PREFIX = re.compile(r"(?P<label>[A-Z][\w.&'’/-]*(?: [A-Z][\w.&'’/-]*| of| the){0,4}):\s")


@dataclass(frozen=True, slots=True)
class OutletTable:
    """Known abbreviations (mapped to full names), known full names, and words that end outlet names."""

    abbreviations: dict[str, str]
    names: frozenset[str]
    outlet_words: frozenset[str]


@functools.cache
def outlet_table() -> OutletTable:
    """The bundled outlet table, loaded once (it never changes while running)."""
    raw = safeyaml.load(
        resources.files("newsdesk.index.data").joinpath("outlets.yaml").read_text(encoding="utf-8")
    )
    return OutletTable(
        abbreviations={str(k): str(v) for k, v in raw["abbreviations"].items()},
        names=frozenset(str(n) for n in raw["names"]),
        outlet_words=frozenset(str(w) for w in raw["outlet_words"]),
    )


def outlet_name(label: str) -> str | None:
    """Full outlet name for a label like "FT", "Reuters" or "NY Daily News"; None when it is not an outlet.

    Conservative on purpose: "Trump: ..." or "Breaking: ..." headlines are claims, not outlets.
    """
    table = outlet_table()
    label = label.strip()
    if label in table.abbreviations:
        return table.abbreviations[label]
    if label in table.names:
        return label
    words = label.split()
    if (
        len(words) >= 2
        and words[-1] in table.outlet_words
        and all(w[:1].isupper() for w in words if len(w) > 3)
    ):
        return label
    return None


def headline_outlet(title: str) -> str | None:
    """The outlet opening a headline as "FT: ..." or "NY Daily News: ...", when it is a known outlet."""
    match = _HEADLINE_PREFIX.match(title)
    if match and outlet_name(match["label"]):
        return match["label"]
    return None
