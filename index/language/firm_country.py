"""Which countries a company belongs to, from what the wire prints with it: a state in its name ("Petroleos de
Venezuela"), a legal form used in few countries ("AB", "SpA"), the exchange of its ticker ("<PGLO.AS>") or a state
just before it ("Sweden's AB Volvo"). "The Dutch company said" then means a Dutch one, not the last that spoke."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from newsdesk.index.actors.gazetteer import Gazetteer
from newsdesk.index.actors.names import fold

# Legal forms tied to one country or a few; "SA", "Inc" and "Ltd" are too widespread to tell.
_LEGAL_FORMS: Final[Mapping[str, frozenset[str]]] = {
    "ab": frozenset({"Sweden"}),
    "nv": frozenset({"Netherlands", "Belgium"}),
    "bv": frozenset({"Netherlands"}),
    "spa": frozenset({"Italy"}),
    "ag": frozenset({"Germany", "West Germany", "Switzerland", "Austria"}),
    "gmbh": frozenset({"Germany", "West Germany", "Austria"}),
    "kk": frozenset({"Japan"}),
    "oy": frozenset({"Finland"}),
    "asa": frozenset({"Norway"}),
    "plc": frozenset({"United Kingdom", "Ireland"}),
    "pty": frozenset({"Australia", "South Africa"}),
}
# Reuters instrument codes: the exchange after the dot.
_EXCHANGES: Final[Mapping[str, frozenset[str]]] = {
    "as": frozenset({"Netherlands"}),
    "st": frozenset({"Sweden"}),
    "mi": frozenset({"Italy"}),
    "pa": frozenset({"France"}),
    "t": frozenset({"Japan"}),
    "l": frozenset({"United Kingdom"}),
    "to": frozenset({"Canada"}),
    "m": frozenset({"Canada"}),
    "f": frozenset({"Germany", "West Germany"}),
    "de": frozenset({"Germany", "West Germany"}),
    "z": frozenset({"Switzerland"}),
    "s": frozenset({"Switzerland"}),
    "mc": frozenset({"Spain"}),
    "br": frozenset({"Belgium"}),
    "hk": frozenset({"Hong Kong"}),
    "si": frozenset({"Singapore"}),
    "ol": frozenset({"Norway"}),
    "co": frozenset({"Denmark"}),
    "he": frozenset({"Finland"}),
    "vi": frozenset({"Austria"}),
}
_TICKER: Final = re.compile(r"\s*<?([A-Z0-9]{1,8})\.([A-Z]{1,2})>?")
_WORD: Final = re.compile(r"[A-Za-z][A-Za-z-]*")


def firm_countries(name: str, text: str, gazetteer: Gazetteer) -> frozenset[str]:
    """The states a company named `name` in `text` belongs to, from its name, legal form, ticker or a state just
    before it; empty when nothing tells."""
    found: set[str] = set()
    words = _WORD.findall(name)
    for word in words:
        found |= _LEGAL_FORMS.get(fold(word).replace(".", ""), frozenset())
    found.update(_states_in(words, gazetteer))
    ticker = _TICKER.search(name)
    at = text.find(name)
    if ticker is None and at >= 0:
        ticker = _TICKER.match(text, at + len(name))
    if ticker is not None:
        found |= _EXCHANGES.get(ticker.group(2).lower(), frozenset())
    if at >= 0:
        # "Sweden's AB Volvo", "Dutch electronics group NV Philips": the words that open the phrase before it
        found.update(_states_in(_WORD.findall(text[max(0, at - 40) : at])[-4:], gazetteer))
    return frozenset(found)


def _states_in(words: list[str], gazetteer: Gazetteer) -> set[str]:
    """The states named or implied by capitalised words ("Venezuela", "Swedish", "West German")."""
    found: set[str] = set()
    for i, word in enumerate(words):
        if not word[:1].isupper():
            continue
        pair = f"{word} {words[i + 1]}" if i + 1 < len(words) else ""
        state = (gazetteer.demonym(pair) if pair else None) or gazetteer.demonym(word)
        if state is not None:
            found.add(state)
    return found
