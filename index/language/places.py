"""Which country an article is about, for institutions that every country has ("the Finance Ministry",
"the central bank", "the government"): the dateline's place, else the country its opening names most."""

from __future__ import annotations

import functools
import importlib.resources
import re
from collections import Counter
from dataclasses import dataclass
from typing import Final

from newsdesk.index.actors.gazetteer import Gazetteer
from newsdesk.index.actors.names import fold

# "TOKYO, March 3 -", "STAMFORD, Conn., March 3 -", "BONN -": an all-capitals place opening the body, and
# the region after it when there is one.
_DATELINE = re.compile(
    r"\s*(?P<city>[A-Z][A-Z.'’&-]+(?:\s+[A-Z][A-Z.'’&-]+){0,3})"
    r"(?:,\s+(?P<region>[A-Z][A-Za-z.'’]+(?:\s+[A-Z][A-Za-z.'’]+)?))?(?=,|\s+[-–—])"
)
_CAPITALISED = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}")
OPENING_CHARS: Final = 1500

# Institutions every state has: as speakers they are one actor only with their country.
GENERIC_INSTITUTIONS: Final[frozenset[str]] = frozenset(
    """
    finance ministry|foreign ministry|trade ministry|agriculture ministry|economy ministry|economics ministry|
    interior ministry|defence ministry|defense ministry|commerce ministry|industry ministry|energy ministry|
    oil ministry|health ministry|labour ministry|labor ministry|justice ministry|education ministry|
    transport ministry|environment ministry|information ministry|planning ministry|
    ministry of finance|ministry of foreign affairs|ministry of trade|ministry of agriculture|
    ministry of economy|ministry of the interior|ministry of defence|ministry of defense|ministry of commerce|
    ministry of industry|ministry of energy|ministry of health|ministry of labour|ministry of justice|
    central bank|national bank|reserve bank|state bank|treasury|the treasury|finance department|
    statistics office|statistics bureau|statistics institute|national statistics institute|statistical institute|
    national statistical institute|statistics agency|central statistical office|central statistics office|
    central bureau of statistics|national statistics office|customs|parliament|cabinet|supreme court|constitutional court|
    high court|army|navy|air force|police|national police|interior ministry|foreign office|
    government|the government|administration|opposition|ruling party|ruling coalition|coalition government|election commission|
    electoral commission|prosecutor's office|prosecutors
    """.replace("\n", "").split("|")
)
_GENERIC = frozenset(g.strip() for g in GENERIC_INSTITUTIONS if g.strip())


_MINISTRY = re.compile(r"(?:the\s+)?(?:[a-z]+(?:\s+and\s+[a-z]+)?\s+ministry|ministry\s+of\s+[a-z ]+)")


def is_generic(name: str) -> bool:
    """True for an institution every country has ("the Finance Ministry", "central bank", "the
    Construction Ministry", "Ministry of State Participation")."""
    key = fold(name)
    return (
        key in _GENERIC or (key.startswith("the ") and key[4:] in _GENERIC) or bool(_MINISTRY.fullmatch(key))
    )


def article_country(body: str, gazetteer: Gazetteer, year: int | None = None) -> str | None:
    """The state an article reports from: its dateline's place if the gazetteer places it (in the
    article's `year`: MOSCOW in 1987 is the Soviet Union), else the state its opening names most (by
    name, alias, capital or demonym), when one clearly leads. A wire story filed from one country about
    another ("NEW YORK - The Philippine government ...") is the other's when its opening never names the
    dateline's."""
    dateline = _DATELINE.match(body)
    counts = _opening_states(body, gazetteer)
    if dateline:
        found = dateline_country(dateline.group("city"), dateline.group("region"), gazetteer, year)
        if found is not _UNKNOWN:
            lead = _clear_lead(counts)
            if found is not None and lead is not None and counts[found] == 0:  # type: ignore[index]
                return lead
            subject = _opening_subject(body, gazetteer)
            if (
                isinstance(found, str)
                and subject not in (None, found)
                and not _named_after_dateline(body, found, gazetteer)
            ):
                return subject  # "WASHINGTON - The Republic of Finland filed ...": the story is Finland's
            return found  # type: ignore[return-value]
    return _clear_lead(counts)


# What follows a wire dateline's dash: "WASHINGTON, April 17 - The Republic of Finland filed".
_AFTER_DATELINE = re.compile(r"[^\n]{0,80}?\s[-–—]+\s+")
_SUBJECT_STATE = re.compile(
    r"(?:The\s+)?(?:(?:Republic|Kingdom|Commonwealth)\s+of\s+(?:the\s+)?)?"
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}?)(?P<gov>\s+government)?\s+(?=[a-z])"
)


def _opening_subject(body: str, gazetteer: Gazetteer) -> str | None:
    """The state the story's first sentence opens with as its subject ("The Republic of Finland filed",
    "Canada is issuing", "The Finnish government said"), else None; a demonym before anything but
    "government" is no state speaking ("Japanese Finance Minister ...", "Canadian Imperial Oil")."""
    dash = _AFTER_DATELINE.match(body)
    m = _SUBJECT_STATE.match(body, dash.end()) if dash else None
    if m is None:
        return None
    known = gazetteer.lookup(m.group("name"))
    if known is not None and known.kind == "state":
        return known.name
    return _state_of(m.group("name"), gazetteer) if m.group("gov") else None


def _named_after_dateline(body: str, state: str, gazetteer: Gazetteer) -> bool:
    """Whether the article names `state` anywhere after its dateline (by name, alias, capital or demonym)."""
    dash = _AFTER_DATELINE.match(body)
    start = dash.end() if dash else 0
    return state in _opening_states(body[start:], gazetteer, len(body))


def _opening_states(body: str, gazetteer: Gazetteer, end: int = OPENING_CHARS) -> Counter[str]:
    """How often the article's opening names each state (by name, alias, capital or demonym)."""
    counts: Counter[str] = Counter()
    for m in _CAPITALISED.finditer(body, 0, end):
        words = m.group().split()
        for size in range(len(words), 0, -1):
            chunk = " ".join(words[:size])
            state = _state_of(chunk, gazetteer)
            if state:
                counts[state] += 1
                break
    return counts


def _clear_lead(counts: Counter[str]) -> str | None:
    """The state named twice at least and twice as often as any other, else None."""
    if not counts:
        return None
    ranked = [*counts.most_common(2), ("", 0)]
    return ranked[0][0] if ranked[0][1] >= 2 and ranked[0][1] >= 2 * ranked[1][1] else None


def states_named(body: str, gazetteer: Gazetteer) -> frozenset[str]:
    """Every state the article names anywhere (by name, alias, capital or demonym)."""
    return frozenset(_opening_states(body, gazetteer, len(body)))


_UNKNOWN = object()


def dateline_country(city: str, region: str | None, gazetteer: Gazetteer, year: int | None = None) -> object:
    """The state a dateline's place is in (None for a dependent territory, which has its own
    institutions), or `_UNKNOWN` when the place is not known: the region decides when there is one
    ("PORTLAND, Maine"), a city of another era is its era's state in the article's year."""
    places = _places()
    if region:
        key = _key(region)
        if key in places.territories:
            return None
        if key in places.regions:
            return places.regions[key]
        known = gazetteer.lookup(region)
        if known is not None and known.kind == "state":
            return known.name
    key = _key(city)
    if key in places.territories:
        return None
    era = places.era_cities.get(key) or gazetteer.era_names.get(fold(city))
    if era is not None and year is not None and era[1] <= year <= era[2]:
        return era[0]
    if key in places.cities:
        return places.cities[key]
    known = gazetteer.lookup(city.title()) or gazetteer.lookup(city)
    if known is not None and known.kind == "state":
        return known.name
    return _UNKNOWN


@dataclass(frozen=True, slots=True)
class _Places:
    cities: dict[str, str]
    regions: dict[str, str]
    era_cities: dict[str, tuple[str, int, int]]
    territories: frozenset[str]


def _key(name: str) -> str:
    """Places compare ignoring case, accents and every character but letters and digits ("ST LOUIS")."""
    return _NOT_LETTERS.sub("", fold(name))


_NOT_LETTERS = re.compile(r"[\W_]+")


@functools.lru_cache(maxsize=1)
def _places() -> _Places:
    """The shipped places (index/data/places.yaml), read once and only when a dateline needs it."""
    from newsdesk.index import safeyaml

    text = (
        importlib.resources.files("newsdesk.index.data").joinpath("places.yaml").read_text(encoding="utf-8")
    )
    data = safeyaml.load(text) or {}
    eras = {}
    for city, (state, first, last) in (data.get("era_cities") or {}).items():
        eras[_key(city)] = (str(state), int(first), int(last))
    return _Places(
        cities={_key(k): str(v) for k, v in (data.get("cities") or {}).items()},
        regions={_key(k): str(v) for k, v in (data.get("regions") or {}).items()},
        era_cities=eras,
        territories=frozenset(_key(k) for k in (data.get("territories") or {})),
    )


def is_known_place(name: str) -> bool:
    """Whether a name is a city or region the shipped places list knows (unambiguously)."""
    places = _places()
    key = _key(name)
    return key in places.cities or key in places.regions


def _state_of(chunk: str, gazetteer: Gazetteer) -> str | None:
    if chunk.endswith(("'s", "’s")) and len(chunk) > 3:
        chunk = chunk[:-2]  # "Australia's most boring by-election"
    known = gazetteer.lookup(chunk)
    if known is not None and known.kind == "state":
        return known.name
    if known is not None and known.affiliation and fold(chunk) in gazetteer.metonyms:
        return known.affiliation  # "Downing Street": the office's building places the article in its state
    state = gazetteer.demonym(chunk)
    target = gazetteer.lookup(state) if state else None
    # "UKIP" reads like a demonym of the UK Independence Party, which is no state
    return state if target is None or target.kind == "state" else None


def qualified(name: str, state: str | None) -> str | None:
    """ "Finance Ministry (Japan)" for a generic institution of a known state; None without one."""
    if state is None:
        return None
    base = name[4:] if fold(name).startswith("the ") else name
    return f"{base[:1].upper()}{base[1:]} ({state})"
