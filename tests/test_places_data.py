"""The shipped places list as data: it loads, names only real states, and every name means one thing.

index/data/places.yaml maps dateline places (cities, and the regions written after them) to the states of
index/data/gazetteer.yaml; these tests read both files directly, so a contradictory edit fails here first.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from newsdesk.index.actors.names import fold

ROOT = Path(__file__).resolve().parents[1]
PLACES = ROOT / "index" / "data" / "places.yaml"
GAZETTEER = ROOT / "index" / "data" / "gazetteer.yaml"

SECTIONS = ("cities", "era_cities", "ambiguous_cities", "regions", "ambiguous", "territories")


class _StrictLoader(yaml.SafeLoader):
    """safe_load that refuses a key written twice (PyYAML keeps the last one silently)."""


def _no_duplicate_keys(loader: _StrictLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    keys = [loader.construct_object(k) for k, _ in node.value]
    dupes = sorted({k for k in keys if keys.count(k) > 1}, key=str)
    assert not dupes, f"keys written twice at line {node.start_mark.line + 1}: {dupes}"
    return loader.construct_mapping(node)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_duplicate_keys)


@cache
def places() -> dict[str, Any]:
    """places.yaml as plain data, loaded once per test session."""
    return yaml.load(PLACES.read_text(encoding="utf-8"), Loader=_StrictLoader)


@cache
def states() -> dict[str, dict[str, Any]]:
    """The gazetteer's states: canonical name -> entry."""
    data = yaml.safe_load(GAZETTEER.read_text(encoding="utf-8"))
    return {name: info or {} for name, info in data["states"].items()}


def current_states() -> set[str]:
    return {name for name, info in states().items() if "years" not in info}


def key(name: str) -> str:
    """The comparison places.yaml promises: fold(), then only letters and digits ("St. Louis" = "ST LOUIS")."""
    return re.sub(r"[\W_]+", "", fold(name))


def test_yaml_loads_safely_with_every_section() -> None:
    data = places()
    assert yaml.safe_load(PLACES.read_text(encoding="utf-8")) == data
    assert set(data) == set(SECTIONS)
    for section in SECTIONS:
        assert isinstance(data[section], dict), section
        assert all(isinstance(name, str) and name.strip() == name for name in data[section]), section


def test_every_country_named_is_a_gazetteer_state() -> None:
    data, current = places(), current_states()
    for section in ("cities", "regions", "territories"):
        unknown = {name: country for name, country in data[section].items() if country not in current}
        assert unknown == {}, section
    for section in ("ambiguous_cities", "ambiguous"):
        for name, candidates in data[section].items():
            assert isinstance(candidates, list) and candidates, name
            assert len(set(candidates)) == len(candidates), name
            assert set(candidates) <= current, name


def test_era_cities_name_a_historical_state_within_its_years() -> None:
    data, gazetteer = places(), states()
    for city, era in data["era_cities"].items():
        state, start, end = era
        info = gazetteer[state]
        first, last = info["years"]
        assert first <= start < end <= last, city
        assert city in data["cities"], f"{city} has an era but no country today"


def test_each_name_is_listed_once_under_the_promised_comparison() -> None:
    data = places()
    for section in SECTIONS:
        counts = Counter(key(name) for name in data[section])
        assert [k for k, n in counts.items() if n > 1] == [], section
    for plain, shared in (("cities", "ambiguous_cities"), ("regions", "ambiguous")):
        both = {key(n) for n in data[plain]} & {key(n) for n in data[shared]}
        assert both == set(), f"in both {plain} and {shared}"
    assert {key(n) for n in data["territories"]} & {key(n) for n in data["regions"]} == set()
    assert {key(n) for n in data["territories"]} & {key(n) for n in data["cities"]} == set()


def test_no_city_or_region_is_a_state_name() -> None:
    """A state's own name or alias ("Singapore", "Holland", "Georgia") is the gazetteer's to read."""
    state_names = {
        key(name)
        for state, info in states().items()
        for name in (state, *(info.get("aliases") or []))
        if not name.lower().startswith("the ")
    }
    data = places()
    for section in ("cities", "era_cities", "ambiguous_cities", "regions", "territories"):
        assert sorted(n for n in data[section] if key(n) in state_names) == [], section


def test_cities_agree_with_the_gazetteer_metonyms() -> None:
    """A capital the gazetteer already reads ("Tokyo", "Bonn", "Moscow") points at the same state here."""
    data = places()
    era_states: dict[str, set[str]] = {}
    for state, info in states().items():
        for name in info.get("era_names") or []:
            era_states.setdefault(name, set()).add(state)
        for metonym in info.get("metonyms") or []:
            if metonym in data["cities"]:
                if "years" in info:
                    assert data["era_cities"][metonym][0] == state, metonym
                    assert data["cities"][metonym] == info["successor"], metonym
                else:
                    assert data["cities"][metonym] == state, metonym
            elif metonym in data["ambiguous_cities"]:
                assert data["ambiguous_cities"][metonym][0] == state, metonym
    for name, era in data["era_cities"].items():
        if name in era_states:
            assert era[0] in era_states[name], name


def test_a_few_places_exactly() -> None:
    data = places()
    assert data["cities"]["Sydney"] == "Australia"
    assert data["cities"]["Stamford"] == "United States"
    assert data["cities"]["Calgary"] == "Canada"
    assert data["cities"]["Peking"] == "China"
    assert data["cities"]["Bombay"] == "India"
    assert data["cities"]["Rangoon"] == "Myanmar"
    assert data["cities"]["Saigon"] == "Vietnam"
    assert data["cities"]["Frankfurt"] == "Germany"
    assert data["era_cities"]["Frankfurt"] == ["West Germany", 1949, 1990]
    assert data["cities"]["Leningrad"] == "Russia"
    assert data["era_cities"]["Leningrad"][0] == "Soviet Union"
    assert data["regions"]["Conn."] == "United States"
    assert data["regions"]["Alberta"] == "Canada"
    assert data["regions"]["N.S.W."] == "Australia"
    assert data["regions"]["Victoria"] == "Australia"
    assert data["ambiguous"]["Georgia"] == ["United States", "Georgia"]
    assert set(data["ambiguous"]["Punjab"]) == {"India", "Pakistan"}
    assert data["ambiguous_cities"]["Birmingham"] == ["United Kingdom", "United States"]
    assert "United States" in data["ambiguous_cities"]["Cambridge"]
    assert data["ambiguous_cities"]["Portsmouth"][0] == "United Kingdom"
    assert data["territories"]["Bermuda"] == "United Kingdom"


def test_the_comparison_folds_what_datelines_vary() -> None:
    data = places()
    by_key = {key(name): country for name, country in data["regions"].items()}
    for written in ("MINN.", "Minn", "W. Va.", "WIS", "N.Y.", "NY", "Conn", "B.C."):
        assert key(written) in by_key, written
    cities = {key(name): country for name, country in data["cities"].items()}
    assert cities[key("ST LOUIS")] == "United States"
    assert cities[key("DUESSELDORF")] == cities[key("Düsseldorf")] == "Germany"
    assert cities[key("NDJAMENA")] == "Chad"


def test_big_enough_to_matter() -> None:
    data = places()
    assert len(data["cities"]) >= 600
    assert sum(1 for country in data["cities"].values() if country == "United States") >= 300
    us_states = {key(n) for n, c in data["regions"].items() if c == "United States"}
    for name in ("Calif.", "Texas", "N.J.", "Ohio", "D.C.", "Alaska", "Hawaii", "Wyo.", "R.I."):
        assert key(name) in us_states, name
