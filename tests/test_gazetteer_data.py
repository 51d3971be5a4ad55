"""The shipped gazetteer as data: it loads, every name means one entity, and the lists keep their rules.

These tests read index/data/gazetteer.yaml directly (its shape and consistency) and through today's
`load_gazetteer()` (a few exact lookups), so a broken or contradictory edit fails here first.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from newsdesk.index.actors.gazetteer import load_gazetteer
from newsdesk.index.actors.names import fold

ROOT = Path(__file__).resolve().parents[1]
GAZETTEER = ROOT / "index" / "data" / "gazetteer.yaml"
SAMPLE_ACTORS = ROOT / "sample_articles" / "actors.yaml"

ORG_TYPES = frozenset(
    {
        "party",
        "government",
        "seat",  # an office named for its building ("Downing Street")
        "legislature",
        "court",
        "central_bank",
        "international",
        "agency",
        "military",
        "police",
        "union",
        "company",
        "ngo",
        "university",
        "religious",
    }
)
STATE_KEYS = frozenset({"aliases", "demonyms", "metonyms", "note", "years", "successor", "era_names"})
ORG_KEYS = frozenset({"aliases", "affiliation", "type", "generic", "years", "note"})

# The 193 members of the United Nations, by the canonical names the gazetteer uses.
UN_MEMBERS = """
Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|Azerbaijan|
Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina|Botswana|
Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cabo Verde|Cambodia|Cameroon|Canada|Central African Republic|Chad|Chile|
China|Colombia|Comoros|Republic of the Congo|Democratic Republic of the Congo|Costa Rica|Cote d'Ivoire|Croatia|Cuba|
Cyprus|Czech Republic|Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|El Salvador|Equatorial Guinea|
Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|
Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|
Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|
Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Marshall Islands|Mauritania|Mauritius|Mexico|
Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nauru|Nepal|Netherlands|
New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Palau|Panama|Papua New Guinea|
Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saint Kitts and Nevis|Saint Lucia|
Saint Vincent and the Grenadines|Samoa|San Marino|Sao Tome and Principe|Saudi Arabia|Senegal|Serbia|Seychelles|
Sierra Leone|Singapore|Slovakia|Slovenia|Solomon Islands|Somalia|South Africa|South Korea|South Sudan|Spain|
Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Tajikistan|Tanzania|Thailand|Timor-Leste|Togo|Tonga|
Trinidad and Tobago|Tunisia|Turkey|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|United Kingdom|
United States|Uruguay|Uzbekistan|Vanuatu|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe
"""

# Lower-cased, these acronyms would be common words or given names; lookups ignore case, so none may be
# an alias ("CAR" for the Central African Republic would make "car" an actor).
WORD_ACRONYMS = frozenset(
    {
        "car",
        "pan",
        "inc",
        "da",
        "doe",
        "dot",
        "mas",
        "bat",
        "rand",
        "ama",
        "nan",
        "act",
        "aid",
        "can",
        "who",
        "am",
        "an",
        "as",
        "at",
        "be",
        "by",
        "do",
        "go",
        "he",
        "if",
        "in",
        "is",
        "it",
        "me",
        "my",
        "no",
        "of",
        "on",
        "or",
        "so",
        "to",
        "up",
        "we",
        "us",
        "pm",
        "pa",
    }
)


class _StrictLoader(yaml.SafeLoader):
    """safe_load that refuses a key written twice (PyYAML keeps the last one silently)."""


def _no_duplicate_keys(loader: _StrictLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    keys = [loader.construct_object(k) for k, _ in node.value]
    dupes = sorted({k for k in keys if keys.count(k) > 1}, key=str)
    assert not dupes, f"keys written twice at line {node.start_mark.line + 1}: {dupes}"
    return loader.construct_mapping(node)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_duplicate_keys)


@cache
def data() -> dict[str, Any]:
    """The gazetteer as plain data, loaded once per test session."""
    return yaml.load(GAZETTEER.read_text(encoding="utf-8"), Loader=_StrictLoader)


def names_of(entry: dict[str, Any] | None, *keys: str) -> list[str]:
    """The strings under `keys` of one entry (missing keys are empty)."""
    entry = entry or {}
    return [name for key in keys for name in entry.get(key) or []]


@cache
def entity_names() -> dict[str, set[tuple[str, str]]]:
    """fold(name) -> the (kind, canonical) entities that answer to it: states with their aliases, demonyms
    and metonyms, organisations with their aliases, outlets with their short and full names."""
    d = data()
    out: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for state, info in d["states"].items():
        for name in (state, *names_of(info, "aliases", "demonyms", "metonyms")):
            out[fold(name)].add(("state", state))
    for org, info in d["organisations"].items():
        for name in (org, *names_of(info, "aliases")):
            out[fold(name)].add(("organisation", org))
    for short, full in d["outlets"].items():
        for name in (short, full, "the " + short):
            out[fold(name)].add(("outlet", full))
    return out


def test_yaml_loads_safely_with_every_section() -> None:
    d = data()
    assert yaml.safe_load(GAZETTEER.read_text(encoding="utf-8")) == d
    assert {
        "states",
        "organisations",
        "outlets",
        "titles",
        "peerage_titles",
        "male_titles",
        "female_titles",
        "generic_institutions",
        "generic_variants",
        "ambiguous_names",
        "male_names",
        "female_names",
        "unisex_names",
        "risky_names",
        "surname_first",
    } <= set(d)
    for state, info in d["states"].items():
        assert set(info or {}) <= STATE_KEYS, state
    for org, info in d["organisations"].items():
        assert set(info) <= ORG_KEYS, org


def test_every_un_member_observer_and_reported_territory_is_a_state() -> None:
    members = {m.strip() for m in UN_MEMBERS.replace("\n", "").split("|")}
    assert len(members) == 193
    states = set(data()["states"])
    assert members - states == set()
    assert {"Vatican", "Palestine", "Taiwan", "Kosovo", "Hong Kong", "Macau"} <= states


def test_one_name_one_entity() -> None:
    shared = {name: sorted(owners) for name, owners in entity_names().items() if len(owners) > 1}
    assert shared == {}


def test_no_name_is_listed_twice_for_one_entity() -> None:
    """Names fold before lookup, so a second spelling that folds the same is dead weight."""
    d = data()
    repeats = []
    for section in ("states", "organisations"):
        for name, info in d[section].items():
            seen = [fold(n) for n in (name, *names_of(info, "aliases", "demonyms", "metonyms"))]
            repeats += [(name, n) for n in set(seen) if seen.count(n) > 1]
    assert repeats == []


def test_acronyms_never_read_as_common_words() -> None:
    # Two exceptions too important to leave out: the US and the WHO (speaker parsing reads "us" and "who"
    # as pronouns before it looks anything up).
    bad = [name for name in entity_names() if name in WORD_ACRONYMS and name not in ("us", "who")]
    assert bad == []


def test_historical_states_point_at_their_successors() -> None:
    names = entity_names()
    for state, info in data()["states"].items():
        if "successor" not in info:
            assert "era_names" not in info, state
            continue
        start, end = info["years"]
        assert start < end, state
        successor = info["successor"]
        assert successor in data()["states"], state
        for name in info.get("era_names") or []:
            assert names[fold(name)] == {("state", successor)}, (state, name)
    assert data()["states"]["West Germany"]["metonyms"] == ["Bonn"]


def test_organisations_have_a_known_type_and_a_real_affiliation() -> None:
    states = set(data()["states"])
    for org, info in data()["organisations"].items():
        assert info.get("type") in ORG_TYPES, org
        assert "affiliation" in info, org
        assert info["affiliation"] is None or info["affiliation"] in states, org


def test_generic_institutions_are_never_aliases() -> None:
    d = data()
    generic = d["generic_institutions"]
    assert len(generic) == len({fold(g) for g in generic})
    names = entity_names()
    assert [g for g in generic if fold(g) in names or fold("the " + g) in names] == []
    assert set(d["generic_variants"]) <= set(generic)
    assert set(d["generic_variants"].values()) <= set(generic)
    assert not set(d["generic_variants"]) & set(d["generic_variants"].values())
    # HM Treasury keeps country-specific names only: "the Treasury" is generic.
    assert "Treasury" in generic and "the treasury" not in names


def test_generic_instances_are_unique_per_country() -> None:
    """A generic and a country name at most one current organisation (earlier ones carry `years`)."""
    d = data()
    canonical = set(d["generic_institutions"]) - set(d["generic_variants"])
    current: dict[tuple[str, str | None], list[str]] = defaultdict(list)
    for org, info in d["organisations"].items():
        if "generic" in info:
            assert info["generic"] in canonical, org
            assert info["affiliation"], org
            if "years" not in info:
                current[(info["generic"], info["affiliation"])].append(org)
    assert {k: v for k, v in current.items() if len(v) > 1} == {}


def test_ambiguous_names_name_real_candidates_and_are_never_aliases() -> None:
    d = data()
    entities = {canonical for owners in entity_names().values() for _, canonical in owners}
    names = entity_names()
    for name, candidates in d["ambiguous_names"].items():
        assert fold(name) not in names and fold("the " + name) not in names, name
        assert len(candidates) >= 2, name
        assert set(candidates) <= entities, name


def test_no_entity_name_is_a_title() -> None:
    d = data()
    titles = {fold(t) for t in (*d["titles"], *d["male_titles"], *d["female_titles"], *d["peerage_titles"])}
    # Demonyms may double as gender words ("Frenchman"); names of entities may not be titles.
    demonyms = {fold(n) for info in d["states"].values() for n in names_of(info, "demonyms")}
    assert sorted(titles & (set(entity_names()) - demonyms)) == []
    assert "gop" not in titles  # an alias of the Republican Party
    # Baron, Earl, Duke and Count are surnames too ("Peter Baron"): peerage only, never plain titles.
    assert {"Lord", "Lady", "Baroness"} <= set(d["titles"])
    assert {"Baron", "Earl", "Duke", "Count"} <= set(d["peerage_titles"]) - set(d["titles"])


def test_given_name_lists_do_not_overlap_and_hold_no_entity_or_title() -> None:
    d = data()
    lists = {k: d[k] for k in ("male_names", "female_names", "unisex_names")}
    for key, names in lists.items():
        assert len(names) == len(set(names)), key
        assert all(isinstance(n, str) and n[:1].isupper() for n in names), key
    male, female, unisex = (set(v) for v in lists.values())
    risky = set(d["risky_names"])
    assert male & female == set()
    assert (male | female) & unisex == set()
    assert (male | female | unisex) & risky == set()
    assert set(d["risky_names"].values()) <= {"m", "f", "u"}
    assert len(male) + len(female) + len(unisex) >= 3000
    # A given name that is also a place, state or acronym alias would make "Jordan Smith" a state and
    # "Ama Ata Aidoo" an association: such names live in risky_names only.
    entities = entity_names()
    titles = {fold(t) for t in d["titles"]}
    clash = sorted(n for n in male | female | unisex if fold(n) in entities or fold(n) in titles)
    assert clash == []


def test_the_sample_desk_cast_lives_only_in_the_sample_desk() -> None:
    """The shipped file knows no invented state, place, outlet, organisation or person of the sample desk."""
    sample = yaml.safe_load(SAMPLE_ACTORS.read_text(encoding="utf-8"))
    invented: set[str] = set()
    given: set[str] = set()
    for actor in sample["actors"]:
        invented.update(a for a in (actor["name"], *actor.get("aliases", [])) if a[:1].isupper())
        if actor["kind"] == "person":
            first, *_, last = actor["name"].split()
            invented.add(last)
            given.add(first)
    invented.update(sample["metonyms"])
    text = GAZETTEER.read_text(encoding="utf-8")
    found = sorted(n for n in invented if re.search(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", text))
    assert found == []
    # Given names of the cast stay out too, unless they are common real names (Tomas, Greta, Ines).
    real = {"Tomas", "Greta", "Ines"}
    names = set(data()["male_names"]) | set(data()["female_names"]) | set(data()["unisex_names"])
    assert sorted((given - real) & names) == []
    assert {"Ilse", "Anika"} & names == set()


def test_lookups_through_todays_loader() -> None:
    gz = load_gazetteer()

    def seen(name: str) -> tuple[str, str, str | None] | None:
        known = gz.lookup(name)
        return (known.name, known.kind, known.affiliation) if known else None

    uk, us = "United Kingdom", "United States"
    assert seen("Tories") == ("Conservative Party", "organisation", uk)
    assert seen("the Conservatives") == ("Conservative Party", "organisation", uk)
    assert seen("Labour") == ("Labour Party", "organisation", uk)
    assert seen("Lib Dems") == ("Liberal Democrats", "organisation", uk)
    assert seen("Democrats") == ("Democratic Party", "organisation", us)
    assert seen("GOP") == ("Republican Party", "organisation", us)
    assert seen("Scotland Yard") == ("Metropolitan Police", "organisation", uk)
    assert seen("HM Treasury") == ("HM Treasury", "organisation", uk)
    assert seen("Treasury Department") == ("US Treasury", "organisation", us)
    assert seen("Treasury") is None and seen("the Treasury") is None
    assert seen("Bonn") == ("West Germany", "state", None)
    assert seen("Peking") == ("China", "state", None)
    assert seen("the Blue House") == ("South Korea", "state", None)
    assert seen("Zhongnanhai") == ("China", "state", None)
    assert seen("Bundesbank") == ("Bundesbank", "organisation", "Germany")
    assert seen("MITI") == ("Ministry of International Trade and Industry", "organisation", "Japan")
    assert seen("EEC") == ("European Community", "organisation", None)
    assert seen("Kyodo") == ("Kyodo News", "outlet", None)
    assert seen("Congo") is None
    assert gz.demonym("West German") == "West Germany"
    assert gz.demonym("Soviet") == "Soviet Union"
    assert gz.demonym("Briton") == "United Kingdom"
    assert gz.outlet("Itar-Tass") == "TASS"
    assert {"Keir", "Gordon", "Junichiro", "Olusegun"} <= gz.male_names
    assert {"Nicola", "Jean", "Alex"}.isdisjoint(gz.male_names | gz.female_names)
    assert "Ségolène" in gz.female_names and "Segolene" in gz.female_names
