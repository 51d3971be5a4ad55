"""A desk's actor corrections (`actors.yaml`): extra metonyms and actors, merges, renames, ignored names."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsdesk.index import safeyaml
from newsdesk.index.model import ActorKind

KINDS: frozenset[str] = frozenset({"person", "organisation", "state", "outlet", "unnamed"})


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


def str_list(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{where}: expected a list of names")
    return list(value)


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
        if kind not in KINDS:
            raise ValueError(f"{where}: actor {item['name']!r} has unknown kind {kind!r}")
        affiliation = item.get("affiliation")
        if affiliation is not None and not isinstance(affiliation, str):
            raise ValueError(f"{where}: actor {item['name']!r} has a non-text affiliation")
        specs.append(
            ActorSpec(
                name=item["name"].strip(),
                kind=kind,
                aliases=tuple(str_list(item.get("aliases"), f"{where}: actor {item['name']!r} aliases")),
                roles=tuple(str_list(item.get("roles"), f"{where}: actor {item['name']!r} roles")),
                affiliation=affiliation,
            )
        )
    return Corrections(
        metonyms=mapping("metonyms"),
        actors=tuple(specs),
        merge=mapping("merge"),
        rename=mapping("rename"),
        ignore=tuple(str_list(data.get("ignore"), f"{where}: ignore")),
    )


# ~20,000 hand-written actors; a 6.8 MB file cost 28 s on every command.
MAX_CORRECTIONS_BYTES = 1_000_000


def load_corrections(paths: list[Path]) -> Corrections:
    """Merge the desk's actors files in order; a missing file is empty, a broken one raises ValueError."""
    from newsdesk.index.regularfile import TooLargeError, read_regular

    metonyms: dict[str, str] = {}
    specs: list[ActorSpec] = []
    merge: dict[str, str] = {}
    rename: dict[str, str] = {}
    ignore: list[str] = []
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
