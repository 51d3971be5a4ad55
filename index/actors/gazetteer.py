"""The packaged gazetteer: which places and institutions stand for which state ("Moscow" -> Russia),
demonyms, organisations, outlets, titles and given names. A desk's corrections extend it."""

from __future__ import annotations

import dataclasses
import functools
import importlib.resources
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from newsdesk.index import safeyaml
from newsdesk.index.actors.corrections import Corrections, str_list
from newsdesk.index.actors.names import fold
from newsdesk.index.language.cues import trie_pattern
from newsdesk.index.model import ActorKind


@dataclass(frozen=True, slots=True)
class Known:
    """What the gazetteer knows about one name: the actor it means, its kind and affiliation."""

    name: str
    kind: ActorKind
    affiliation: str | None = None
    roles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Lookup tables keyed by `fold(name)`; build with `load_gazetteer()` and extend per desk."""

    known: Mapping[str, Known]
    demonyms: Mapping[str, str]
    outlets: Mapping[str, str]
    titles: frozenset[str]
    male_names: frozenset[str]
    female_names: frozenset[str]
    male_titles: frozenset[str]
    female_titles: frozenset[str]
    ignore: frozenset[str] = frozenset()
    # "Given-name Surname" finder built from the name lists, so scanning an article for people is one
    # pass of a trie-shaped regex instead of a test at every capitalised word.
    given_name_re: re.Pattern[str] = field(default=re.compile(r"(?!)"), compare=False)
    # English words news writes in lower case far more than capitalised mid-sentence (data/common_words.txt):
    # a lone one at a sentence start ("Nearly said") is no surname.
    common_words: frozenset[str] = frozenset()
    # Places and buildings that stand for a state ("the Kremlin") or name an office in it ("Downing Street",
    # an organisation of type seat), folded: as an affiliation they name an office, not the nation.
    metonyms: frozenset[str] = frozenset()
    # Given names of either sex ("Jordan", "Kim"): people, but no pronoun agreement from them.
    unisex_names: frozenset[str] = frozenset()
    # Names that are also ordinary words or places ("Will", "May", "Georgia"): gender only, never a scan.
    risky_names: Mapping[str, str] = field(default_factory=dict)
    # Family names written first ("Xi Jinping", "Moon Jae-in"): the surname a later "Xi" stands for.
    surname_first: frozenset[str] = frozenset()
    peerage_titles: frozenset[str] = frozenset()
    # Institutions every state has (folded, "the" dropped), with spelling variants folded to one form, and
    # per (form, state) the organisation the gazetteer names for it ("treasury", "United Kingdom") -> HM Treasury.
    generic: Mapping[str, str] = field(default_factory=dict)
    generic_orgs: Mapping[tuple[str, str], str] = field(default_factory=dict)
    # Names several entities share ("Congo", "Korea"): folded name -> candidate entity names.
    ambiguous: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # Historical states' names of their era ("Moscow" in 1987): folded name -> (state, first year, last year).
    era_names: Mapping[str, tuple[str, int, int]] = field(default_factory=dict)
    # Parties by name: the same party name exists in several countries ("Liberal Democrats").
    parties: frozenset[str] = frozenset()
    # Folded short aliases written in mixed case ("LeT", "MoD", "PiS"): a title-case word is not one.
    mixed_case: frozenset[str] = frozenset()
    # Folded short organisation aliases the gazetteer writes only in capitals ("ING", "ICE", "IRA"): a word
    # written in title case ("Ing", "Ira") is a surname or a given name, not the acronym.
    capitals_only: frozenset[str] = frozenset()

    def is_given_name(self, word: str) -> bool:
        """Whether a word is a given name of either sex (three set lookups, not a union per call)."""
        return word in self.male_names or word in self.female_names or word in self.unisex_names

    @property
    def given_names(self) -> frozenset[str]:
        """Every given name the gazetteer knows, gendered or not."""
        return self.male_names | self.female_names | self.unisex_names

    def generic_form(self, name: str) -> str | None:
        """The one form of a generic institution ("Ministry of Finance" -> "finance ministry"), or None."""
        key = fold(name)
        return self.generic.get(key[4:] if key.startswith("the ") else key)

    def lookup(self, name: str) -> Known | None:
        """The actor a place, institution, outlet or alias stands for, if the gazetteer knows it."""
        key = fold(name)
        if key in self.mixed_case and name.istitle() and " " not in name:
            return None  # "Let say ...", "Mod": a word at a sentence's start, not "LeT" or "MoD"
        if key in self.capitals_only and name.istitle() and " " not in name.strip():
            return None  # "analyst John Ing ... Ing said": the man, not the Dutch bank ING
        return self.known.get(key)

    def demonym(self, word: str) -> str | None:
        """The state a demonym or country word names ("Russian" -> "Russia")."""
        return self.demonyms.get(fold(word))

    def outlet(self, name: str) -> str | None:
        """The full name of an outlet ("FT" -> "Financial Times")."""
        return self.outlets.get(fold(name))

    def extended(self, corrections: Corrections) -> Gazetteer:
        """A copy that also knows the desk's metonyms, actors and aliases."""
        known = dict(self.known)
        for place, target in corrections.metonyms.items():
            target_known = known.get(fold(target))
            kind: ActorKind = target_known.kind if target_known else "state"
            known[fold(place)] = Known(target, kind, target_known.affiliation if target_known else None)
        for spec in corrections.actors:
            entry = Known(spec.name, spec.kind, spec.affiliation, spec.roles)
            for alias in (spec.name, *spec.aliases):
                known[fold(alias)] = entry
        for alias, target in corrections.merge.items():
            target_known = known.get(fold(target))
            known[fold(alias)] = target_known or Known(target, "person")
        ignore = self.ignore | {fold(n) for n in corrections.ignore}
        metonyms = self.metonyms | {fold(p) for p in corrections.metonyms}
        # The desk's own people are people the scan should find too ("Ilse Varga", then "she").
        firsts = {s.name.split()[0] for s in corrections.actors if s.kind == "person" and " " in s.name}
        unisex = self.unisex_names | (firsts - self.male_names - self.female_names)
        return dataclasses.replace(
            self,
            known=known,
            ignore=frozenset(ignore),
            metonyms=metonyms,
            unisex_names=unisex,
            given_name_re=_given_re(self.male_names | self.female_names | unisex),
        )


def _build_gazetteer(data: Mapping[str, Any]) -> Gazetteer:
    known: dict[str, Known] = {}
    demonyms: dict[str, str] = {}
    metonyms: set[str] = set()
    for state, info in (data.get("states") or {}).items():
        info = info or {}
        entry = Known(state, "state")
        metonyms.update(fold(m) for m in str_list(info.get("metonyms"), state))
        for alias in (state, *str_list(info.get("aliases"), state), *str_list(info.get("metonyms"), state)):
            known[fold(alias)] = entry
        for dem in (state, *str_list(info.get("demonyms"), state), *str_list(info.get("aliases"), state)):
            demonyms.setdefault(fold(dem), state)
    for org, info in (data.get("organisations") or {}).items():
        info = info or {}
        entry = Known(org, "organisation", info.get("affiliation"))
        for alias in (org, *str_list(info.get("aliases"), org)):
            known[fold(alias)] = entry
            if info.get("type") == "seat":
                metonyms.add(fold(alias))  # "Downing Street": an office's building, not the nation
        for alias in str_list(info.get("aliases"), org):
            if alias.isupper() and len(alias) <= 4:
                demonyms.setdefault(fold(alias), org)
    outlets: dict[str, str] = {}
    for short, full in (data.get("outlets") or {}).items():
        outlets[fold(short)] = full
        outlets[fold("the " + short)] = full
        known.setdefault(fold(short), Known(full, "outlet"))
        known.setdefault(fold("the " + short), Known(full, "outlet"))
        known.setdefault(fold(full), Known(full, "outlet"))
    male_names = frozenset(str_list(data.get("male_names"), "male_names"))
    female_names = frozenset(str_list(data.get("female_names"), "female_names"))
    unisex_names = frozenset(str_list(data.get("unisex_names"), "unisex_names"))
    generic, generic_orgs = _generic_tables(data)
    return Gazetteer(
        known=known,
        demonyms=demonyms,
        outlets=outlets,
        titles=frozenset(fold(t) for t in str_list(data.get("titles"), "titles")),
        male_names=male_names,
        female_names=female_names,
        given_name_re=_given_re(male_names | female_names | unisex_names),
        male_titles=frozenset(fold(t) for t in str_list(data.get("male_titles"), "male_titles")),
        female_titles=frozenset(fold(t) for t in str_list(data.get("female_titles"), "female_titles")),
        metonyms=frozenset(metonyms),
        unisex_names=unisex_names,
        risky_names={str(k): str(v) for k, v in (data.get("risky_names") or {}).items()},
        surname_first=frozenset(str_list(data.get("surname_first"), "surname_first")),
        peerage_titles=frozenset(str_list(data.get("peerage_titles"), "peerage_titles")),
        generic=generic,
        generic_orgs=generic_orgs,
        ambiguous={fold(k): tuple(str_list(v, k)) for k, v in (data.get("ambiguous_names") or {}).items()},
        era_names=_era_names(data),
        parties=_parties(data),
        mixed_case=_mixed_case(data),
        capitals_only=_capitals_only(known, data),
    )


def _mixed_case(data: Mapping[str, Any]) -> frozenset[str]:
    """Folded one-word organisation aliases of mixed case ("LeT", "MoD", "PiS"), at most four letters."""
    out: set[str] = set()
    for org, info in (data.get("organisations") or {}).items():
        for alias in (org, *str_list((info or {}).get("aliases"), org)):
            plain = alias.isupper() or alias.istitle() or " " in alias or len(alias) > 4
            if not plain and any(c.isupper() for c in alias[1:]):
                out.add(fold(alias))
    return frozenset(out)


# Acronyms this short are read as words when written in title case; longer ones ("Nato", "Opec") are
# house style for the acronym itself.
MAX_CAPITALS_ONLY = 3


def _capitals_only(known: Mapping[str, Known], data: Mapping[str, Any]) -> frozenset[str]:
    """Folded one-word organisation aliases of at most three capitals that no entry of the gazetteer
    writes otherwise (a state, an outlet or a title-case alias of the same letters keeps the word)."""
    written: dict[str, set[str]] = defaultdict(set)
    for section in ("states", "organisations"):
        for entry, info in (data.get(section) or {}).items():
            for alias in (entry, *str_list((info or {}).get("aliases"), entry)):
                written[fold(alias)].add(alias)
    for short, full in (data.get("outlets") or {}).items():
        written[fold(short)].add(short)
        written[fold(full)].add(full)
    return frozenset(
        key
        for key, forms in written.items()
        if len(key) <= MAX_CAPITALS_ONLY
        and key.isalpha()
        and all(f.isupper() for f in forms)
        and (known.get(key) is None or known[key].kind == "organisation")
    )


def _parties(data: Mapping[str, Any]) -> frozenset[str]:
    """The organisations the gazetteer types as parties."""
    orgs = data.get("organisations") or {}
    return frozenset(str(org) for org, info in orgs.items() if (info or {}).get("type") == "party")


def _given_re(names: frozenset[str]) -> re.Pattern[str]:
    """ "Given-name Surname": one of the names, then a capitalised word that no capital follows."""
    given = trie_pattern(sorted(names))
    if not given:
        return re.compile(r"(?!)")
    return re.compile(r"\b(" + given + r")\s+(?:[A-Z]\.\s+)?([A-Z][\w'’-]*\w)\b(?![\w'’-]*\s+[A-Z])")


def _generic_tables(data: Mapping[str, Any]) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """Generic institutions by folded spelling -> their one form, and (form, state) -> the organisation."""
    variants = {fold(k): fold(v) for k, v in (data.get("generic_variants") or {}).items()}
    generic = {
        fold(g): variants.get(fold(g), fold(g)) for g in str_list(data.get("generic_institutions"), "generic")
    }
    generic.update(variants)
    orgs: dict[tuple[str, str], str] = {}
    for org, info in (data.get("organisations") or {}).items():
        info = info or {}
        if info.get("generic") and info.get("affiliation"):
            form = generic.get(fold(info["generic"]), fold(info["generic"]))
            orgs.setdefault((form, info["affiliation"]), org)
    return generic, orgs


def _era_names(data: Mapping[str, Any]) -> dict[str, tuple[str, int, int]]:
    out: dict[str, tuple[str, int, int]] = {}
    for state, info in (data.get("states") or {}).items():
        years = (info or {}).get("years")
        if not years or len(years) != 2:
            continue
        for name in str_list((info or {}).get("era_names"), state):
            out[fold(name)] = (state, int(years[0]), int(years[1]))
    return out


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The packaged gazetteer (index/data/gazetteer.yaml), loaded once per process."""
    data = importlib.resources.files("newsdesk.index.data")
    gazetteer = _build_gazetteer(
        safeyaml.load(data.joinpath("gazetteer.yaml").read_text(encoding="utf-8")) or {}
    )
    words = data.joinpath("common_words.txt").read_text(encoding="utf-8").split("\n")
    return dataclasses.replace(
        gazetteer, common_words=frozenset(w for w in words if w and not w.startswith("#"))
    )
