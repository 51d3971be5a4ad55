"""Actors: the packaged gazetteer, a desk's corrections file, and the desk-wide registry of speakers.

The gazetteer says which places and institutions stand for which state ("Moscow" -> Russia), what
demonyms mean, which outlets exist and which titles come before names. A desk's `actors.yaml` adds to it
and corrects what extraction got wrong (aliases, merges, renames, ignored names).
"""

from __future__ import annotations

import dataclasses
import functools
import importlib.resources
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsdesk.index import safeyaml
from newsdesk.index.language.cues import trie_pattern
from newsdesk.index.model import Actor, ActorKind

_KINDS: frozenset[str] = frozenset({"person", "organisation", "state", "outlet", "unnamed"})


@functools.lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Case-, accent- and space-insensitive key for a name ("the Élysée" -> "the elysee").

    Cached: extraction folds the same few hundred words thousands of times per article batch.
    """
    if name.isascii():
        return " ".join(name.split()).lower()
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.replace("’", "'")
    return re.sub(r"\s+", " ", stripped).strip().lower()


def slug(name: str) -> str:
    """Stable id for a canonical name: lowercase ASCII words joined by dashes."""
    words = re.findall(r"[a-z0-9]+", fold(name))
    return "-".join(words) or "actor"


@dataclass(frozen=True, slots=True)
class ActorSpec:
    """One actor described in a corrections file."""

    name: str
    kind: ActorKind = "person"
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    affiliation: str | None = None


@dataclass(frozen=True, slots=True)
class Corrections:
    """A desk's fixes to extraction: extra metonyms and actors, merges, renames and ignored names."""

    metonyms: Mapping[str, str] = field(default_factory=dict)
    actors: tuple[ActorSpec, ...] = ()
    merge: Mapping[str, str] = field(default_factory=dict)
    rename: Mapping[str, str] = field(default_factory=dict)
    ignore: tuple[str, ...] = ()


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

    def lookup(self, name: str) -> Known | None:
        """The actor a place, institution, outlet or alias stands for, if the gazetteer knows it."""
        return self.known.get(fold(name))

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
        return dataclasses.replace(self, known=known, ignore=frozenset(ignore))


def _strs(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{where}: expected a list of names")
    return list(value)


def _build_gazetteer(data: Mapping[str, Any]) -> Gazetteer:
    known: dict[str, Known] = {}
    demonyms: dict[str, str] = {}
    for state, info in (data.get("states") or {}).items():
        info = info or {}
        entry = Known(state, "state")
        for alias in (state, *_strs(info.get("aliases"), state), *_strs(info.get("metonyms"), state)):
            known[fold(alias)] = entry
        for dem in (state, *_strs(info.get("demonyms"), state), *_strs(info.get("aliases"), state)):
            demonyms.setdefault(fold(dem), state)
    for org, info in (data.get("organisations") or {}).items():
        info = info or {}
        entry = Known(org, "organisation", info.get("affiliation"))
        for alias in (org, *_strs(info.get("aliases"), org)):
            known[fold(alias)] = entry
        for alias in _strs(info.get("aliases"), org):
            if alias.isupper() and len(alias) <= 4:
                demonyms.setdefault(fold(alias), org)
    outlets: dict[str, str] = {}
    for short, full in (data.get("outlets") or {}).items():
        outlets[fold(short)] = full
        outlets[fold("the " + short)] = full
        known.setdefault(fold(short), Known(full, "outlet"))
        known.setdefault(fold("the " + short), Known(full, "outlet"))
        known.setdefault(fold(full), Known(full, "outlet"))
    male_names = frozenset(_strs(data.get("male_names"), "male_names"))
    female_names = frozenset(_strs(data.get("female_names"), "female_names"))
    given = trie_pattern(sorted(male_names | female_names))
    given_re = (
        re.compile(r"\b(" + given + r")\s+(?:[A-Z]\.\s+)?([A-Z][\w'’-]*\w)\b(?![\w'’-]*\s+[A-Z])")
        if given
        else re.compile(r"(?!)")
    )
    return Gazetteer(
        known=known,
        demonyms=demonyms,
        outlets=outlets,
        titles=frozenset(fold(t) for t in _strs(data.get("titles"), "titles")),
        male_names=male_names,
        female_names=female_names,
        given_name_re=given_re,
        male_titles=frozenset(fold(t) for t in _strs(data.get("male_titles"), "male_titles")),
        female_titles=frozenset(fold(t) for t in _strs(data.get("female_titles"), "female_titles")),
    )


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The packaged gazetteer (index/data/gazetteer.yaml), loaded once per process."""
    text = (
        importlib.resources.files("newsdesk.index.data")
        .joinpath("gazetteer.yaml")
        .read_text(encoding="utf-8")
    )
    return _build_gazetteer(safeyaml.load(text) or {})


def _parse_corrections(data: Any, where: str) -> Corrections:
    if data is None:
        return Corrections()
    if not isinstance(data, dict):
        raise ValueError(f"{where}: expected a mapping at the top level")
    unknown = set(data) - {"metonyms", "actors", "merge", "rename", "ignore"}
    if unknown:
        raise ValueError(f"{where}: unknown section {sorted(unknown)[0]!r}")

    def mapping(key: str) -> dict[str, str]:
        value = data.get(key) or {}
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        ):
            raise ValueError(f"{where}: '{key}' must map names to names")
        return dict(value)

    specs: list[ActorSpec] = []
    actors = data.get("actors") or []
    if not isinstance(actors, list):
        raise ValueError(f"{where}: 'actors' must be a list")
    for n, item in enumerate(actors, 1):
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
            raise ValueError(f"{where}: actor #{n} needs a name")
        kind = item.get("kind", "person")
        if kind not in _KINDS:
            raise ValueError(f"{where}: actor {item['name']!r} has unknown kind {kind!r}")
        affiliation = item.get("affiliation")
        if affiliation is not None and not isinstance(affiliation, str):
            raise ValueError(f"{where}: actor {item['name']!r} has a non-text affiliation")
        specs.append(
            ActorSpec(
                name=item["name"].strip(),
                kind=kind,
                aliases=tuple(_strs(item.get("aliases"), f"{where}: actor {item['name']!r} aliases")),
                roles=tuple(_strs(item.get("roles"), f"{where}: actor {item['name']!r} roles")),
                affiliation=affiliation,
            )
        )
    return Corrections(
        metonyms=mapping("metonyms"),
        actors=tuple(specs),
        merge=mapping("merge"),
        rename=mapping("rename"),
        ignore=tuple(_strs(data.get("ignore"), f"{where}: ignore")),
    )


# ~20,000 hand-written actors; a 6.8 MB file cost 28 s on every command.
MAX_CORRECTIONS_BYTES = 1_000_000


def load_corrections(paths: list[Path]) -> Corrections:
    """Merge the desk's actors files in order; a missing file is empty, a broken one raises ValueError."""
    metonyms: dict[str, str] = {}
    specs: list[ActorSpec] = []
    merge: dict[str, str] = {}
    rename: dict[str, str] = {}
    ignore: list[str] = []
    from newsdesk.index.regularfile import TooLargeError, read_regular

    for path in paths:
        try:
            # A regular file only (a FIFO would block), and a bounded one: every command reads it.
            text = read_regular(path, MAX_CORRECTIONS_BYTES).decode("utf-8")
        except FileNotFoundError:
            continue
        except TooLargeError as exc:
            raise ValueError(
                f"{path}: larger than {MAX_CORRECTIONS_BYTES // 1_000_000} MB ({exc.size:,} bytes): "
                "corrections are written by hand, this is not one; ignored"
            ) from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise ValueError(f"{path}: cannot read: {getattr(exc, 'strerror', None) or exc}") from exc
        try:
            data = safeyaml.load(text)
        except safeyaml.YAMLError as exc:
            raise ValueError(f"{path}: invalid YAML: {exc}") from exc
        part = _parse_corrections(data, str(path))
        metonyms.update(part.metonyms)
        specs.extend(part.actors)
        merge.update(part.merge)
        rename.update(part.rename)
        ignore.extend(part.ignore)
    return Corrections(metonyms, tuple(specs), merge, rename, tuple(ignore))


Mention = tuple[str, str | None, str | None, str | None]


@dataclass(frozen=True, slots=True)
class Registry:
    """Every actor of a desk, with the map from each name seen to its canonical actor."""

    by_name: Mapping[str, str | None]
    by_id: Mapping[str, Actor]
    gazetteer: Gazetteer

    def canonical(self, name: str) -> str | None:
        """The canonical actor name for a name as extraction resolved it; None when ignored or unknown."""
        key = fold(name)
        if key in self.by_name:
            return self.by_name[key]
        known = self.gazetteer.lookup(name)
        if known and slug(known.name) in self.by_id:
            return known.name
        return None

    def actor(self, name: str) -> Actor | None:
        """The Actor for a name (any alias), or None."""
        canonical = self.canonical(name)
        return self.by_id.get(slug(canonical)) if canonical else None

    def find(self, query: str) -> list[Actor]:
        """Actors whose name, alias or name word matches the query, case-insensitively; metonyms resolve."""
        key = fold(query)
        if not key:
            return []
        exact = self.actor(query)
        if exact:
            return [exact]
        known = self.gazetteer.lookup(query)
        if known and slug(known.name) in self.by_id:
            return [self.by_id[slug(known.name)]]
        out = []
        for actor in self.by_id.values():
            names = [fold(actor.name), *(fold(a) for a in actor.aliases)]
            if any(key == n or key in n.split() for n in names) or any(key in n for n in names):
                out.append(actor)
        return sorted(out, key=lambda a: (not fold(a.name).endswith(key), a.name))

    def actors(self) -> list[Actor]:
        """Every actor, sorted by name."""
        return sorted(self.by_id.values(), key=lambda a: fold(a.name))


def _corrected(name: str, corrections: Corrections, alias_map: Mapping[str, str]) -> str:
    """Follow aliases, merges and renames (a few hops at most, so a cycle cannot hang)."""
    current = name.strip()
    renames = {fold(k): v for k, v in corrections.rename.items()}
    for _ in range(4):
        key = fold(current)
        nxt = alias_map.get(key) or renames.get(key)
        if not nxt or fold(nxt) == key:
            break
        current = nxt
    return current


def build_registry(mentions: Iterable[Mention], corrections: Corrections) -> Registry:
    """Merge per-article actor names into desk actors: surnames join the one full name that owns them."""
    gazetteer = load_gazetteer().extended(corrections)
    ignore = {fold(n) for n in corrections.ignore}
    alias_map: dict[str, str] = {}
    for spec in corrections.actors:
        for alias in spec.aliases:
            alias_map[fold(alias)] = spec.name
    for alias, target in corrections.merge.items():
        alias_map[fold(alias)] = target

    seen: dict[str, list[tuple[str, str | None, str | None, str | None]]] = defaultdict(list)
    for name, kind, role, affiliation in mentions:
        if not name or not name.strip():
            continue
        seen[name.strip()].append((name.strip(), kind, role, affiliation))

    target_of: dict[str, str | None] = {}
    for name in seen:
        if fold(name) in ignore:
            target_of[name] = None
            continue
        target = _corrected(name, corrections, alias_map)
        known = gazetteer.lookup(target)
        if known and known.kind != "person" and fold(target) not in alias_map:
            target = known.name
        target_of[name] = None if fold(target) in ignore else target

    # Surname joining: a one-word person name joins the only multi-word person name ending with it.
    kinds_of: dict[str, Counter[str]] = defaultdict(Counter)
    for name, rows in seen.items():
        target = target_of[name]
        if target:
            kinds_of[target].update(k or "person" for _, k, _, _ in rows)
    full_by_last: dict[str, set[str]] = defaultdict(set)
    for target, kinds in kinds_of.items():
        words = target.split()
        if kinds.most_common(1)[0][0] == "person" and len(words) >= 2:
            full_by_last[fold(words[-1])].add(target)
    for name, target in list(target_of.items()):
        if not target or len(target.split()) != 1 or fold(target) in alias_map:
            continue
        if kinds_of[target].most_common(1)[0][0] not in ("person",):
            continue
        owners = full_by_last.get(fold(target), set())
        if len(owners) == 1:
            target_of[name] = next(iter(owners))

    groups: dict[str, list[tuple[str, str | None, str | None, str | None]]] = defaultdict(list)
    for name, target in target_of.items():
        if target:
            groups[target].extend(seen[name])
    specs = {fold(s.name): s for s in corrections.actors}
    by_id: dict[str, Actor] = {}
    by_name: dict[str, str | None] = {fold(n): t for n, t in target_of.items()}
    for target, rows in groups.items():
        spec = specs.get(fold(target))
        kinds = Counter(k for _, k, _, _ in rows if k)
        kind: ActorKind = spec.kind if spec else (kinds.most_common(1)[0][0] if kinds else "person")  # type: ignore[assignment]
        aliases = sorted({n for n, _, _, _ in rows if n != target} | set(spec.aliases if spec else ()))
        roles = list(spec.roles) if spec else []
        for _, _, role, _ in rows:
            if role and role not in roles:
                roles.append(role)
        affs = Counter(a for _, _, _, a in rows if a)
        affiliation = (
            spec.affiliation if spec and spec.affiliation else (affs.most_common(1)[0][0] if affs else None)
        )
        actor = Actor(slug(target), target, kind, tuple(aliases), tuple(roles), affiliation)
        existing = by_id.get(actor.id)
        if existing:  # two spellings folding to one slug are one actor
            actor = Actor(
                existing.id,
                existing.name,
                existing.kind,
                tuple(sorted(set(existing.aliases) | set(actor.aliases) | {target})),
                existing.roles + tuple(r for r in actor.roles if r not in existing.roles),
                existing.affiliation or actor.affiliation,
            )
        by_id[actor.id] = actor
        by_name[fold(target)] = actor.name
        for alias in aliases:
            by_name.setdefault(fold(alias), actor.name)
    names_by_slug = {aid: a.name for aid, a in by_id.items()}
    by_name = {k: (names_by_slug.get(slug(v), v) if v else None) for k, v in by_name.items()}
    return Registry(by_name=by_name, by_id=by_id, gazetteer=gazetteer)
