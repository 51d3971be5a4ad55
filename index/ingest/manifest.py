"""The manifest (`DATA/manifest.json`): what the index holds from each desk file.

It records each file's size, mtime and content hash, so an unchanged desk costs a stat per file,
and each statement's speaker as a mention row, so the desk-wide actor registry is rebuilt without
reading the index. The shapes are TypedDicts over the JSON itself: a 20k desk's manifest (7.7 MB)
is read on every run, and plain dicts keep that at the json module's speed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import NotRequired, TypedDict

from newsdesk.index.regularfile import read_regular

MANIFEST_VERSION = 3  # 3: typed mention rows (actor keys) and the people each article names

# One `actors.mentions.MentionRecord` as `to_rows` writes it and `from_rows` reads it back: the
# article as an index into the entry's `keys`, then the record's fields in order.
MentionRow = list[int | str | None]
# Read as a regular file only (a FIFO shipped in a shared desk's data folder would block the run)
# and up to a size no real desk nears (a 20k desk's is 7.7 MB): past it the manifest is rebuilt.
MANIFEST_LIMIT = 512 << 20


class FileEntry(TypedDict):
    """One desk file: how it looked when read, and the articles and mentions it gave."""

    size: int  # -1 when recovered from the index
    mtime: int  # st_mtime_ns; -1 when recovered from the index
    sha1: str
    keys: list[str]  # its articles' keys, in file order
    mentions: list[MentionRow]
    people: NotRequired[list[list[str]]]  # per article (as `keys`), the people it names
    stale: NotRequired[bool]  # read and extract it again even if it looks unchanged


class Manifest(TypedDict):
    """The whole manifest; `generation` is the index commit it describes."""

    version: int
    generation: int
    files: dict[str, FileEntry]
    corrections: NotRequired[str]  # hash of the actor corrections the mentions were resolved with
    dirty: NotRequired[bool]  # recovered from the index: save even when no file changed


def empty_manifest(generation: int) -> Manifest:
    """The manifest of an empty index."""
    return {"version": MANIFEST_VERSION, "generation": generation, "files": {}}


def read_manifest(path: Path) -> Manifest | None:
    """The manifest at `path`, or None when it is missing, unreadable or of another version."""
    try:
        data = json.loads(read_regular(path, MANIFEST_LIMIT))
    except (OSError, ValueError, RecursionError):  # RecursionError: nested deeper than json can read
        return None
    if not isinstance(data, dict) or data.get("version") != MANIFEST_VERSION:
        return None
    if not isinstance(data.get("files"), dict):
        return None
    manifest: Manifest = data  # type: ignore[assignment]  # checked where it matters, just above
    return manifest


def read_files(path: Path) -> dict[str, FileEntry]:
    """The file entries of the manifest at `path` (any version), or none when it cannot be read."""
    try:
        data = json.loads(read_regular(path, MANIFEST_LIMIT))
    except (OSError, ValueError, RecursionError):  # RecursionError: nested deeper than json can read
        return {}
    files = data.get("files") if isinstance(data, dict) else None
    return files if isinstance(files, dict) else {}


def recovered_manifest(generation: int, stored: dict[str, list[str]]) -> Manifest:
    """A manifest rebuilt from what the index holds (file -> article keys), every file stale.

    For a manifest lost or out of step with the index (a crash between commit and manifest write):
    the index is trusted, and every file is checked again on this run.
    """
    manifest = empty_manifest(generation)
    manifest["files"] = {
        rel: {"size": -1, "mtime": -1, "sha1": "", "keys": keys, "mentions": [], "stale": True}
        for rel, keys in stored.items()
    }
    manifest["dirty"] = True
    return manifest


def write_manifest(path: Path, manifest: Manifest) -> None:
    """Write the manifest atomically as compact JSON; the in-memory `dirty` mark is dropped."""
    from newsdesk.index.userdata.atomic import atomic_write_text

    manifest.pop("dirty", None)
    atomic_write_text(path, json.dumps(manifest, separators=(",", ":")))
