"""The desk-wide actor registry kept on disk, so a command that lists actors or shows a timeline reads it
in tens of milliseconds instead of rebuilding it from every mention of the desk (seconds on 20k articles).

The file is a cache: stamped with what it was built from (the manifest and the corrections files), the
registry's rules version and the format; any mismatch, damage or absence means "rebuild". It is written
atomically.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsdesk.index.actors.gazetteer import Known
from newsdesk.index.actors.registry import RULES_VERSION, ActorStats, Registry
from newsdesk.index.model import Actor
from newsdesk.index.regularfile import read_regular

FORMAT = 1
# A regular file (a FIFO in a shared desk's data folder would block) of a sane size, or a rebuild.
REGISTRY_LIMIT = 512 << 20


def save_registry(registry: Registry, path: Path, stamp: Any) -> None:
    """Write the registry beside the index (atomic); a data folder that cannot be written is no error."""
    from newsdesk.index.userdata.atomic import atomic_write_text

    answers: dict[str, list[str]] = defaultdict(list)
    for name, ids in registry.by_name.items():
        for actor_id in ids:
            answers[actor_id].append(name)
    actors = []
    for actor_id, a in registry.by_id.items():
        s = registry.stats.get(actor_id)
        actors.append(
            {
                "id": a.id,
                "name": a.name,
                "kind": a.kind,
                "aliases": list(a.aliases),
                "roles": list(a.roles),
                "affiliation": a.affiliation,
                "alias_counts": [list(x) for x in a.alias_counts],
                "keys": sorted(registry.keys.get(actor_id, ())),
                "names": sorted(registry.names.get(actor_id, ())),
                "answers": sorted(answers.get(actor_id, ())),
                "stats": [s.statements, _iso(s.first), _iso(s.last)] if s else [0, None, None],
            }
        )
    doc = {
        "format": FORMAT,
        "rules": RULES_VERSION,
        "stamp": stamp,
        "unresolved": registry.unresolved,
        "actors": actors,
    }
    with contextlib.suppress(OSError):
        atomic_write_text(path, json.dumps(doc, separators=(",", ":"), ensure_ascii=False))


def load_registry(path: Path, stamp: Any, lookup: Callable[[str], Known | None]) -> Registry | None:
    """The registry saved for exactly this `stamp`, or None (absent, stale, damaged or another format)."""
    try:
        doc = json.loads(read_regular(path, REGISTRY_LIMIT))
        if doc.get("format") != FORMAT or doc.get("rules") != RULES_VERSION or doc.get("stamp") != stamp:
            return None  # (a registry built by older rules is stale even for the same records)
        return _registry(doc, lookup)
    except (OSError, ValueError, TypeError, KeyError, AttributeError, RecursionError):
        return None


def load_last_registry(path: Path, lookup: Callable[[str], Known | None]) -> tuple[Registry, Any] | None:
    """The registry saved last, whatever it was built from, with its stamp; None when absent or damaged.
    What a desk shows while an index run makes the saved one stale."""
    try:
        doc = json.loads(read_regular(path, REGISTRY_LIMIT))
        if doc.get("format") != FORMAT:
            return None
        return _registry(doc, lookup), doc.get("stamp")
    except (OSError, ValueError, TypeError, KeyError, AttributeError, RecursionError):
        return None


def _registry(doc: dict[str, Any], lookup: Callable[[str], Known | None]) -> Registry:
    by_id: dict[str, Actor] = {}
    by_key: dict[str, str] = {}
    keys: dict[str, frozenset[str]] = {}
    names: dict[str, frozenset[str]] = {}
    stats: dict[str, ActorStats] = {}
    by_name: dict[str, list[str]] = defaultdict(list)
    for row in doc["actors"]:
        actor = Actor(
            id=row["id"],
            name=row["name"],
            kind=row["kind"],
            aliases=tuple(row["aliases"]),
            roles=tuple(row["roles"]),
            affiliation=row["affiliation"],
            alias_counts=tuple((str(n), int(c)) for n, c in row["alias_counts"]),
        )
        by_id[actor.id] = actor
        keys[actor.id] = frozenset(row["keys"])
        by_key.update(dict.fromkeys(row["keys"], actor.id))
        names[actor.id] = frozenset(row["names"])
        count, first, last = row["stats"]
        stats[actor.id] = ActorStats(int(count), _day(first), _day(last))
        for name in row["answers"]:
            by_name[name].append(actor.id)
    ranked = {n: tuple(sorted(ids, key=lambda i: (-stats[i].statements, i))) for n, ids in by_name.items()}
    return Registry(by_id, by_key, keys, ranked, stats, lookup, int(doc.get("unresolved", 0)), names)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None
