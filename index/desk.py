"""A desk: a folder of articles plus its data folder (index, manifest, bookmarks, corrections).

This is the facade the CLI and the TUI call; it never imports them. Indexing is incremental: a
manifest records each file's size, mtime and content hash, so an unchanged desk costs one stat
per file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import itertools
import os
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from newsdesk.index.ingest.manifest import (
    MANIFEST_VERSION,
    FileEntry,
    Manifest,
    empty_manifest,
    read_files,
    read_manifest,
    recovered_manifest,
    write_manifest,
)
from newsdesk.index.ingest.pipeline import UNCHANGED, Ingested, ingest
from newsdesk.index.model import Actor, Article, Statement
from newsdesk.index.regularfile import read_regular

if TYPE_CHECKING:
    # Imported when first used: the CLI starts without whoosh or the gazetteer until it needs them.
    from newsdesk.index.actors.corrections import Corrections
    from newsdesk.index.actors.gazetteer import Gazetteer, Known
    from newsdesk.index.actors.registry import ActorStats as RegistryStats
    from newsdesk.index.actors.registry import Registry
    from newsdesk.index.search.results import Highlights, Hit, ResultPage, Sort
    from newsdesk.index.search.store import StatementRow, Store, StoreWriter

# Bump when quote extraction, speaker resolution or dating changes what they produce: an indexed desk
# then extracts every article again on its next run instead of keeping stale statements.
EXTRACTION_VERSION = 19

__all__ = [
    "EXTRACTION_VERSION",
    "MANIFEST_VERSION",
    "ActorStats",
    "Desk",
    "DeskError",
    "IndexSummary",
    "default_data_dir",
]
# Commit this often during a long first index, so a person sees results before the end; the first
# round is small, so a first index shows results within seconds, not after the first 5,000 files.
COMMIT_EVERY = 5000
FIRST_COMMIT = 500
BULK_THRESHOLD = 200

ProgressFn = Callable[[int, int], None]
WarnFn = Callable[[str], None]


class DeskError(Exception):
    """A desk-level failure (busy index, unwritable data folder); one line for the user."""


@dataclass(frozen=True, slots=True)
class IndexSummary:
    """What an index run did."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    skipped: int = 0
    failed: int = 0
    unchanged: int = 0
    warnings: tuple[str, ...] = ()
    seconds: float = 0.0
    rebuilt: bool = False

    def line(self) -> str:
        """The one-line summary printed after indexing."""
        return (
            f"indexed: {self.added} added, {self.updated} updated, {self.removed} removed, "
            f"{self.skipped} skipped, {self.failed} failed ({self.unchanged} unchanged) in {self.seconds:.1f}s"
        )


def default_data_dir(folder: Path) -> Path:
    """Where a desk keeps its data unless told otherwise."""
    return folder / ".newsdesk"


class Desk:
    """A desk folder and its data; open the index lazily, on first use."""

    def __init__(
        self, folder: Path, data_dir: Path | None = None, *, config_paths: Sequence[Path] | None = None
    ) -> None:
        self.folder = Path(folder).resolve()
        self.data_dir = Path(data_dir).resolve() if data_dir else default_data_dir(self.folder)
        # Where the `index:` settings come from (later wins); the CLI adds the user's own config.
        self.config_paths = (
            list(config_paths) if config_paths is not None else [self.data_dir / "config.yaml"]
        )
        self._store: Store | None = None
        self._registry: Registry | None = None
        self._gazetteer: Gazetteer | None = None
        self._registry_stamp: tuple[int, float] | None = None
        # True when the registry last returned may lack what a running index run adds.
        self.registry_stale = False

    # ---- paths ---------------------------------------------------------------------------------

    @property
    def index_dir(self) -> Path:
        """The whoosh index folder."""
        return self.data_dir / "index"

    @property
    def manifest_path(self) -> Path:
        """The manifest of indexed files."""
        return self.data_dir / "manifest.json"

    def corrections_paths(self) -> list[Path]:
        """Actor corrections: one shipped with the desk, then the user's own (later wins)."""
        return [self.folder / "actors.yaml", self.data_dir / "actors.yaml"]

    # ---- store ---------------------------------------------------------------------------------

    def _open_store(self, *, create: bool) -> tuple[Store, str | None]:
        """The store, opened now if it was not, with the note saying why it was rebuilt (if it was)."""
        from newsdesk.index.search.store import Store

        if self._store is not None:
            return self._store, None
        try:
            self._store, note = Store.open(self.index_dir, create=create)
        except OSError as exc:
            raise DeskError(f"cannot open the index in {self.index_dir}: {exc.strerror or exc}") from exc
        return self._store, note

    @property
    def store(self) -> Store:
        """The open store for reading; raises StoreError when the desk has no usable index yet."""
        return self._open_store(create=False)[0]

    def refresh(self) -> None:
        """Pick up commits made by another process."""
        if self._store is not None:
            self._store.refresh()

    def close(self) -> None:
        """Close the index."""
        if self._store is not None:
            self._store.close()
            self._store = None

    # ---- indexing ------------------------------------------------------------------------------

    def index(
        self,
        progress: ProgressFn | None = None,
        warn: WarnFn | None = None,
        on_commit: Callable[[], None] | None = None,
        wait: float = 10.0,
        registry: Callable[[], None] | None = None,
    ) -> IndexSummary:
        """Bring the index up to date with the folder; never dies because of one file.

        With `registry` (called when it starts), a run that changed the index also rebuilds the actor
        registry before it lets the lock go: queries meanwhile answer from the last one, and the first
        query after the run reads the new one instead of building it."""
        started = time.perf_counter()
        counts: Counter[str] = Counter()
        warnings: list[str] = []

        def note(message: str) -> None:
            warnings.append(message)
            if warn:
                warn(message)

        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DeskError(f"cannot create the data folder {self.data_dir}: {exc.strerror or exc}") from exc
        with _exclusive(self.data_dir / "index.lock", wait=wait):
            store, rebuilt_because = self._open_store(create=True)
            rebuilt = False
            if rebuilt_because:
                note(rebuilt_because)
                rebuilt = True
            try:
                # Segment files of a run that failed or was killed would fill the disk for good.
                store.remove_unused_files()
                self._index_locked(store, counts, note, progress, on_commit)
                if registry and (
                    any(counts[n] for n in ("added", "updated", "removed")) or not self.registry_path.exists()
                ):
                    registry()
                    self._registry_from(_stamp(self._registry_inputs()), load=False, save=True)
            except OSError as exc:
                # A full disk, a read-only data folder: one line; what was committed before stays usable.
                reason = exc.strerror or str(exc)
                if exc.errno == errno.ENOSPC:
                    reason += " (the index stays as last committed; free some space and run again)"
                raise DeskError(f"cannot write the index in {self.index_dir}: {reason}") from exc
        return IndexSummary(
            **{
                name: counts[name]
                for name in ("added", "updated", "removed", "skipped", "failed", "unchanged")
            },
            warnings=tuple(warnings),
            seconds=round(time.perf_counter() - started, 3),
            rebuilt=rebuilt,
        )

    def _index_locked(
        self,
        store: Store,
        counts: Counter[str],
        note: WarnFn,
        progress: ProgressFn | None,
        on_commit: Callable[[], None] | None,
    ) -> None:
        from newsdesk.index.settings import load_index_settings

        settings = load_index_settings(self.config_paths, note)
        manifest = self._current_manifest(store)
        files = manifest["files"]
        todo, seen = self._changed_files(files, counts, note, skip_outside=settings.outside_links == "skip")
        gone = [rel for rel in files if rel not in seen]
        if not todo and not gone:
            if manifest.get("dirty"):
                self._save_manifest(manifest, store)
            return
        gazetteer = self._load_gazetteer(note)
        if len(todo) > BULK_THRESHOLD:
            self._index_bulk(store, manifest, todo, gone, gazetteer, counts, note, progress, on_commit)
        else:
            self._index_here(store, manifest, todo, gone, gazetteer, counts, note, progress, on_commit)

    def _current_manifest(self, store: Store) -> Manifest:
        """The index's manifest, every file marked stale when the corrections or the extractor changed."""
        corrections_stamp = self._corrections_stamp()
        manifest = self._load_manifest(store)
        if manifest.get("corrections") != corrections_stamp:
            # Corrections (or a new extractor) change who a mention resolves to: every article is
            # extracted again.
            for entry in manifest["files"].values():
                entry["stale"] = True
            manifest["corrections"] = corrections_stamp
        return manifest

    def _changed_files(
        self, files: dict[str, FileEntry], counts: Counter[str], note: WarnFn, *, skip_outside: bool
    ) -> tuple[list[tuple[str, Path, os.stat_result]], set[str]]:
        """The desk's files to read again (new, changed or stale), and every file's desk-relative name.

        Unchanged files are counted; files that cannot be stat'ed are noted and counted as failed."""
        from newsdesk.index.ingest.readers import iter_desk_file_names

        outside: list[tuple[str, str]] = []
        seen: set[str] = set()
        todo: list[tuple[str, Path, os.stat_result]] = []
        # String work, not pathlib: on an unchanged 20k desk this loop is the whole run.
        prefix = os.path.join(os.fspath(self.folder), "")
        names = iter_desk_file_names(
            self.folder,
            warn=lambda w: note(str(w)),
            outside=lambda shown, real: outside.append((shown, real)),
            skip_outside=skip_outside,
        )
        for name in names:
            rel = (
                name[len(prefix) :].replace(os.sep, "/")
                if name.startswith(prefix)
                else _rel(Path(name), self.folder)
            )
            if rel in seen:
                continue
            seen.add(rel)
            try:
                st = os.stat(name)
            except OSError as exc:
                note(f"warning: {rel}: cannot stat ({exc.strerror or exc})")
                counts["failed"] += 1
                continue
            known = files.get(rel)
            if (
                known
                and not known.get("stale")
                and known["size"] == st.st_size
                and known["mtime"] == st.st_mtime_ns
            ):
                counts["unchanged"] += 1
                continue
            todo.append((rel, Path(name), st))
        if outside:
            note(_outside_note(outside, skipped=skip_outside))
        return todo, seen

    def _index_here(
        self,
        store: Store,
        manifest: Manifest,
        todo: list[tuple[str, Path, os.stat_result]],
        gone: list[str],
        gazetteer: Gazetteer,
        counts: Counter[str],
        note: WarnFn,
        progress: ProgressFn | None,
        on_commit: Callable[[], None] | None,
    ) -> None:
        """Few files: read, extract and write them in this process, in one commit."""
        files = manifest["files"]
        with self._commit_round(store, manifest, on_commit) as writer:
            self._remove_gone(writer, files, gone, counts)
            for done, (rel, path, st) in enumerate(todo, 1):
                outcome = ingest(self.folder, rel, path, st, files.get(rel), gazetteer)
                self._apply(outcome, files, counts, note, writer)
                for article, statements in outcome.docs:
                    writer.put_article(article, statements, replace=False)
                if progress:
                    progress(done, len(todo))
            writer.commit()

    @contextlib.contextmanager
    def _commit_round(
        self, store: Store, manifest: Manifest, on_commit: Callable[[], None] | None
    ) -> Iterator[StoreWriter]:
        """The lock-holding writer of one commit: the body commits it; on any error it is cancelled.

        The manifest is saved only after the commit, so it never lists what the index lacks.
        """
        try:
            writer = store.writer()
        except BaseException:
            # A full disk can fail the writer's first files already: leave none behind.
            with contextlib.suppress(Exception):
                store.remove_unused_files()
            raise
        try:
            yield writer
        except BaseException:
            # Neither may hide the error that got us here (a full disk fails both again).
            writer.cancel()
            with contextlib.suppress(Exception):
                store.remove_unused_files()
            raise
        self._save_manifest(manifest, store)
        if on_commit:
            on_commit()

    def _index_bulk(
        self,
        store: Store,
        manifest: Manifest,
        todo: list[tuple[str, Path, os.stat_result]],
        gone: list[str],
        gazetteer: Gazetteer,
        counts: Counter[str],
        note: WarnFn,
        progress: ProgressFn | None,
        on_commit: Callable[[], None] | None,
    ) -> None:
        """Many files: worker processes read, extract and write; commit every COMMIT_EVERY files."""
        from newsdesk.index.ingest.parallel import WorkerError, index_in_workers

        files = manifest["files"]
        total, done = len(todo), 0
        for first, last in commit_rounds(total):
            batch = todo[first:last]
            # The parent's writer holds the index lock and makes the deletions: old versions live in
            # segments the workers never see, and their new segments join in the same commit.
            with self._commit_round(store, manifest, on_commit) as writer:

                def on_file(outcome: Ingested, writer: StoreWriter = writer) -> None:
                    nonlocal done
                    self._apply(outcome, files, counts, note, writer)
                    done += 1
                    if progress:
                        progress(done, total)

                if first == 0:
                    self._remove_gone(writer, files, gone, counts)
                jobs = [(rel, str(path), st, files.get(rel)) for rel, path, st in batch]
                try:
                    segments = index_in_workers(self.folder, self.index_dir, gazetteer, jobs, on_file)
                except WorkerError as exc:
                    raise DeskError(f"indexing stopped: {exc}") from exc
                writer.commit(segments)

    @staticmethod
    def _remove_gone(
        writer: StoreWriter, files: dict[str, FileEntry], gone: list[str], counts: Counter[str]
    ) -> None:
        for rel in gone:
            for key in files[rel].get("keys", []):
                writer.remove_article(key)
            del files[rel]
            counts["removed"] += 1

    @staticmethod
    def _apply(
        outcome: Ingested,
        files: dict[str, FileEntry],
        counts: Counter[str],
        note: WarnFn,
        writer: StoreWriter,
    ) -> None:
        """Count a file's outcome, pass on its warnings, update the manifest and drop replaced articles."""
        for message in outcome.warnings:
            note(message)
        counts[outcome.status] += 1
        if outcome.status == UNCHANGED and outcome.entry is not None:
            files[outcome.rel] = outcome.entry
        elif outcome.written and outcome.entry is not None:
            old = files.get(outcome.rel)
            if old:
                # Deletions reach only the segments that existed when this writer opened, never
                # the articles being written now (in this writer or in a worker's segment).
                for key in old.get("keys", []):
                    writer.remove_article(key)
            files[outcome.rel] = outcome.entry

    def _corrections_stamp(self) -> str:
        """A hash of the desk's actor corrections and of the extractor's version: when either changes,
        every article is extracted again (the index itself is kept)."""
        stamp = hashlib.sha1(f"extraction {EXTRACTION_VERSION}".encode())
        for p in self.corrections_paths():
            # A FIFO or a device in the desk's place must not block or flood the run.
            with contextlib.suppress(OSError):
                stamp.update(read_regular(p, _MAX_STAMP_BYTES))
        return stamp.hexdigest()

    def _load_gazetteer(self, note: WarnFn) -> Gazetteer:
        """The packaged gazetteer extended with the desk's corrections (loaded only when there is work)."""
        from newsdesk.index.actors.corrections import load_corrections
        from newsdesk.index.actors.gazetteer import load_gazetteer

        gazetteer = load_gazetteer()
        try:
            corrections = load_corrections(self.corrections_paths())
        except ValueError as exc:
            note(f"warning: {exc}")
            return gazetteer
        return gazetteer.extended(corrections)

    # ---- manifest ------------------------------------------------------------------------------

    def _load_manifest(self, store: Store) -> Manifest:
        data = read_manifest(self.manifest_path)
        if data is not None and data.get("generation") == store.generation:
            return data
        if store.doc_count() == 0:
            return empty_manifest(store.generation)
        # The manifest and the index disagree (a crash between commit and manifest write):
        # trust the index, and mark every file stale so it is checked again.
        return recovered_manifest(store.generation, store.stored_files())

    def _save_manifest(self, manifest: Manifest, store: Store) -> None:
        store.refresh()
        manifest["generation"] = store.generation
        write_manifest(self.manifest_path, manifest)

    # ---- reading -------------------------------------------------------------------------------

    def search(self, query: str, limit: int = 50, snippets: bool = True) -> list[Hit]:
        """Ranked hits for a query (articles, or statements for statement-field queries)."""
        return self.store.search(query, limit=limit, snippets=snippets)

    def search_page(
        self,
        query: str,
        *,
        offset: int = 0,
        limit: int = 50,
        sort: Sort = "relevance",
        snippets: bool = True,
        fold_copies: bool = False,
    ) -> ResultPage:
        """One page of results with the true total (a search.results.ResultPage; see Store.search_page)."""
        return self.store.search_page(
            query, offset=offset, limit=limit, sort=sort, snippets=snippets, fold_copies=fold_copies
        )

    def article(self, key: str) -> Article | None:
        """The indexed article with this key."""
        return self.store.article(key)

    def statements(self, key: str) -> list[Statement]:
        """Statements of one article, in text order."""
        return self.store.statements(key)

    def hit_spans(self, key: str, query: str) -> list[tuple[int, int]]:
        """Offsets in `Article.text` of what the query matched (the first 1,000; see `highlights`)."""
        found = self.highlights(key, query)
        return [] if found is None else list(found.spans)

    def highlights(self, key: str, query: str, *, start: int = 0, limit: int = 1000) -> Highlights | None:
        """Where the query matched in the article (a search.results.Highlights), None if not indexed."""
        article = self.article(key)
        if article is None:
            return None
        return self.store.highlights(article, query, start=start, limit=limit)

    def registry(self) -> Registry:
        """The desk-wide actor registry, rebuilt when the manifest or the corrections change.

        While an index run holds the data folder's lock (this process's or another's), the registry last
        built answers instead and `registry_stale` says so: each commit changes the manifest, and a
        rebuild per commit would cost every query seconds on a big desk; the run rebuilds it as it ends
        (see `index`). One call builds at most one registry."""
        stamp = _stamp(self._registry_inputs())
        indexing = self.indexing()
        if (self._registry is None or self._registry_stamp != stamp) and (
            not indexing or self._last_registry() is None
        ):
            # While indexing, a registry built now is outdated by the run's next commit: not saved.
            self._registry_from(stamp, load=True, save=not indexing)
        self.registry_stale = indexing
        assert self._registry is not None
        return self._registry

    def indexing(self) -> bool:
        """Whether an index run (this process's or another's) holds the data folder's lock right now."""
        return _held(self.data_dir / "index.lock")

    def _registry_inputs(self) -> list[Path]:
        return [self.manifest_path, *self.corrections_paths()]

    def _registry_from(self, stamp: tuple[int, float], *, load: bool, save: bool) -> None:
        """Make the registry the one for `stamp` (taken before the manifest is read, so a manifest
        replaced meanwhile means a rebuild next time, never a registry taken for newer than it is)."""
        from newsdesk.index.actors.persist import load_registry, save_registry

        found = load_registry(self.registry_path, list(stamp), self._lookup) if load else None
        if found is None:
            found = self._build_registry()
            if save:
                save_registry(found, self.registry_path, list(stamp))
        self._registry, self._registry_stamp = found, stamp

    def _last_registry(self) -> Registry | None:
        """The registry held, else the one saved last whatever it was built from (None if none is)."""
        from newsdesk.index.actors.persist import load_last_registry

        if self._registry is None:
            last = load_last_registry(self.registry_path, self._lookup)
            if last is not None:
                # No stamp: it matches no manifest, so the lock is checked again on every call.
                self._registry, self._registry_stamp = last[0], None
        return self._registry

    @property
    def registry_path(self) -> Path:
        """The desk-wide actor registry as last built (a cache of the manifest's mentions)."""
        return self.data_dir / "registry.json"

    def _build_registry(self) -> Registry:
        from newsdesk.index.actors.mentions import from_rows
        from newsdesk.index.actors.registry import build_registry

        records = []
        people: dict[str, list[str]] = {}
        # By file path, not manifest order: that is the order worker processes finished (or files were
        # added), and the registry's first-seen names and tie-breaks must not depend on it.
        files = read_files(self.manifest_path)
        for path in sorted(files):
            entry = files[path]
            keys = entry.get("keys", [])
            records.extend(from_rows(entry.get("mentions", []), keys))
            for key, names in zip(keys, entry.get("people", []), strict=False):
                people[key] = names
        return build_registry(records, self._corrections(), people)

    def _corrections(self) -> Corrections:
        from newsdesk.index.actors.corrections import load_corrections

        try:
            return load_corrections(self.corrections_paths())
        except ValueError:
            return load_corrections([])

    def _lookup(self, name: str) -> Known | None:
        """The desk's gazetteer entry for a name, loading the gazetteer only when first asked."""
        from newsdesk.index.actors.gazetteer import load_gazetteer

        if self._gazetteer is None:
            self._gazetteer = load_gazetteer().extended(self._corrections())
        return self._gazetteer.lookup(name)

    def iter_statements(
        self, actor_names: Collection[str] | None = None, query: str | None = None
    ) -> list[StatementRow]:
        """Stored statements of desk actors (each given by id, name or alias) and/or matching a full-text
        query over quotes."""
        keys: set[str] | None = None
        if actor_names is not None:
            registry = self.registry()
            keys = set()
            for name in actor_names:
                actor = registry.by_id.get(name) or registry.actor(name)
                keys.update(registry.keys.get(actor.id, ()) if actor else ())
        return self.store.statement_rows(keys, query)

    def actor_stats(self) -> list[ActorStats]:
        """Every desk actor with its statement count and first/last statement dates."""
        registry = self.registry()
        return [ActorStats(a, *_counts(registry.stats.get(a.id))) for a in registry.actors()]

    def article_count(self) -> int:
        """How many articles the manifest lists."""
        return sum(len(e.get("keys", [])) for e in read_files(self.manifest_path).values())


def commit_rounds(total: int, first: int | None = None, every: int | None = None) -> list[tuple[int, int]]:
    """The [start, end) file ranges of a bulk run's commits: a small first one (FIRST_COMMIT), then
    every COMMIT_EVERY files."""
    every = COMMIT_EVERY if every is None else every
    first = min(FIRST_COMMIT if first is None else first, every)
    bounds = [0, *range(min(first, total), total, every), total]
    return [(a, b) for a, b in itertools.pairwise(bounds) if b > a]


@dataclass(frozen=True, slots=True)
class ActorStats:
    """An actor with how often and when it was quoted on this desk."""

    actor: Actor
    statements: int
    first: dt.date | None
    last: dt.date | None


def _counts(stats: RegistryStats | None) -> tuple[int, dt.date | None, dt.date | None]:
    return (stats.statements, stats.first, stats.last) if stats else (0, None, None)


_MAX_STAMP_BYTES = 50_000_000


def _outside_note(outside: list[tuple[str, str]], *, skipped: bool) -> str:
    """One line per run about files symlinked from outside the desk."""
    shown, real = outside[0]
    count = f"{len(outside)} files" if len(outside) > 1 else "1 file"
    example = f"{shown} -> {real}" + (f", and {len(outside) - 1} more" if len(outside) > 1 else "")
    if skipped:
        return f"note: skipped {count} linked from outside the desk ({example}): index.outside_links is skip"
    return (
        f"note: {count} linked from outside the desk, indexed ({example}); "
        "set `index: {outside_links: skip}` in config.yaml to leave them out"
    )


def _rel(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _stamp(paths: list[Path]) -> tuple[int, float]:
    total, latest = 0, 0.0
    for p in paths:
        with contextlib.suppress(OSError):
            st = p.stat()
            total += st.st_size
            latest = max(latest, st.st_mtime)
    return total, latest


def _held(lock_path: Path) -> bool:
    """Whether some process holds the indexing lock now: tried without waiting, never created."""
    if not lock_path.is_file():
        return False
    from filelock import FileLock, Timeout

    probe = FileLock(lock_path, timeout=0, mode=0o644)
    try:
        probe.acquire()
    except Timeout:
        return True
    except OSError:
        return False  # an unwritable data folder: no indexer can hold it either
    probe.release()
    return False


@contextlib.contextmanager
def _exclusive(lock_path: Path, *, wait: float) -> Iterator[None]:
    """Hold the desk's indexing lock, waiting up to `wait` seconds for another indexer to finish.

    The lock is the OS's (flock on POSIX, LockFileEx on Windows, through `filelock`): it dies with
    its process, so kill -9 leaves none. The holder writes its pid into the lock file, so a second
    indexer can say who holds it.
    """
    # Imported here: only an index run pays for it (~30 ms), never a search.
    from filelock import FileLock, Timeout

    lock = FileLock(lock_path, timeout=wait, mode=0o644, poll_interval=0.2, on_acquired=_write_pid)
    try:
        lock.acquire()
    except Timeout:
        raise DeskError(
            f"the index in {lock_path.parent} is busy: another indexer (pid {_holder(lock_path)}) is running"
        ) from None
    except OSError as exc:
        raise DeskError(f"cannot lock the index in {lock_path.parent}: {exc.strerror or exc}") from exc
    try:
        yield
    finally:
        lock.release()


def _write_pid(fd: int) -> None:
    """Called by filelock with the lock file's descriptor once the lock is held."""
    os.ftruncate(fd, 0)
    os.pwrite(fd, str(os.getpid()).encode("ascii"), 0)


def _holder(lock_path: Path) -> str:
    """The pid the lock's holder wrote, or "?" (an older version wrote none; the file may be unreadable)."""
    try:
        return read_regular(lock_path, 64).decode("ascii", "replace").strip() or "?"
    except OSError:
        return "?"
