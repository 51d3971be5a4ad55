"""One desk file in, its articles with their statements and its manifest entry out.

Shared by the one-process indexer and the worker processes of a bulk run, so both read, extract
and report a file the same way. Nothing here touches the index.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from newsdesk.index.ingest.manifest import FileEntry
from newsdesk.index.model import Article, Statement
from newsdesk.index.regularfile import NotRegularFileError, open_regular

if TYPE_CHECKING:
    from newsdesk.index.actors.gazetteer import Gazetteer

# What became of a file: counted under these names in the index summary.
ADDED, UPDATED, UNCHANGED, SKIPPED, FAILED = "added", "updated", "unchanged", "skipped", "failed"


@dataclass(slots=True)
class Ingested:
    """The outcome for one file: status, warnings, and (when read) its articles and manifest entry."""

    rel: str
    status: str
    warnings: list[str] = field(default_factory=list)
    docs: list[tuple[Article, list[Statement]]] = field(default_factory=list)
    entry: FileEntry | None = None

    @property
    def written(self) -> bool:
        """True when the file's articles replace whatever the index held for it."""
        return self.status in (ADDED, UPDATED)


def ingest(
    folder: Path, rel: str, path: Path, st: os.stat_result, old: FileEntry | None, gazetteer: Gazetteer
) -> Ingested:
    """Read, extract and date one file; never raises for a bad file (it becomes a warning)."""
    from newsdesk.index.ingest.readers import DEFAULT_MAX_BYTES, read_file, too_large_reason

    if st.st_size > DEFAULT_MAX_BYTES:
        # Not hashed first: a 10 GB file would cost minutes only to be turned away.
        return Ingested(rel, SKIPPED, [f"warning: {rel}: {too_large_reason(st.st_size)}"])
    try:
        digest = sha1_of(path)
    except NotRegularFileError as exc:
        # Replaced by a FIFO or a device since the walk: opened without blocking, then refused.
        return Ingested(rel, FAILED, [f"warning: {rel}: {exc.strerror}: skipped"])
    except OSError as exc:
        return Ingested(rel, FAILED, [f"warning: {rel}: cannot read ({exc.strerror or exc})"])
    if old and not old.get("stale") and old.get("sha1") == digest:
        # Touched but identical: keep the index as it is, remember the new size and mtime.
        return Ingested(rel, UNCHANGED, entry={**old, "size": st.st_size, "mtime": st.st_mtime_ns})
    try:
        result = read_file(path, root=folder)
    except Exception as exc:  # a reader bug must not end the run
        return Ingested(rel, FAILED, [f"warning: {rel}: reader failed ({type(exc).__name__}: {exc})"])
    out = Ingested(rel, UPDATED if old else ADDED, [str(w) for w in result.warnings])
    if not result.articles:
        # Keep what was indexed before: a file broken now is retried on the next run.
        out.status = SKIPPED
        return out
    from newsdesk.index.actors.mentions import records_for, to_rows

    records = []
    people: list[list[str]] = []
    for article in result.articles:
        statements, named = extract_for(article, gazetteer, out.warnings)
        out.docs.append((article, statements))
        records.extend(records_for(article, statements))
        people.append(list(named))
    keys = [article.key for article, _ in out.docs]
    out.entry = {
        "size": st.st_size,
        "mtime": st.st_mtime_ns,
        "sha1": digest,
        "keys": keys,
        "mentions": to_rows(records, keys),
        "people": people,
    }
    return out


def extract_for(
    article: Article, gazetteer: Gazetteer, warnings: list[str]
) -> tuple[list[Statement], tuple[str, ...]]:
    """The article's dated statements and the people it names; extraction is best effort per article."""
    from newsdesk.index.language.dates import date_statements
    from newsdesk.index.language.quotes import extract

    try:
        found = extract(article, gazetteer=gazetteer)
    except Exception as exc:
        warnings.append(f"warning: {article.key}: quote extraction failed ({type(exc).__name__}: {exc})")
        return [], ()
    try:
        return date_statements(article, found.statements), found.people
    except Exception as exc:
        warnings.append(f"warning: {article.key}: statement dating failed ({type(exc).__name__}: {exc})")
        return found.statements, found.people


def sha1_of(path: Path) -> str:
    """The SHA-1 of a regular file's bytes, read in 1 MB chunks (NotRegularFileError for a FIFO or device)."""
    h = hashlib.sha1()
    fh, _ = open_regular(path)
    with fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()
