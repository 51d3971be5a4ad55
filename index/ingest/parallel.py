"""Bulk indexing in worker processes, each reading, extracting and writing a segment of its own.

whoosh's MpWriter keeps reading and quote extraction in the parent and ships every document to its
writers through pickled job files: the parent is then a third busy process on two cores, and each
document is pickled twice. Here a worker takes a file from end to end; the parent only hands out
file names, gathers the outcomes (warnings, manifest entries) and commits the workers' segments
together with its own deletions, under the index lock it holds.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsdesk.index.ingest.manifest import FileEntry
from newsdesk.index.ingest.pipeline import Ingested, ingest

if TYPE_CHECKING:
    from multiprocessing.process import BaseProcess
    from multiprocessing.queues import Queue

    from newsdesk.index.actors.gazetteer import Gazetteer

WORKERS = 2
# Files per job: small enough that both workers finish a round together, big enough that the
# queue is not the cost.
CHUNK = 16
POLL_SECONDS = 0.5

Job = tuple[str, str, os.stat_result, FileEntry | None]
# What a worker reports: ("file", Ingested), ("segment", a finished segment or None) or ("error", str).
Report = tuple[str, Any]


class WorkerError(Exception):
    """A worker process failed or died; the round's writes are dropped. One line for the user."""


def index_in_workers(
    folder: Path,
    index_dir: Path,
    gazetteer: Gazetteer,
    jobs: Sequence[Job],
    on_file: Callable[[Ingested], None],
    *,
    workers: int = WORKERS,
    limitmb: int = 128,
) -> list[Any]:
    """Index `jobs` (rel, path, stat, old manifest entry) in worker processes; return their segments.

    `on_file` runs in the calling process for each file's outcome, in completion order. The
    segments are not yet part of the index: pass them to the lock holder's `StoreWriter.commit`.
    """
    chunks = [list(jobs[i : i + CHUNK]) for i in range(0, len(jobs), CHUNK)]
    count = max(1, min(workers, len(chunks)))
    ctx = multiprocessing.get_context()
    todo: Queue[list[Job] | None] = ctx.Queue()
    results: Queue[Report] = ctx.Queue()
    for chunk in chunks:
        todo.put(chunk)
    for _ in range(count):
        todo.put(None)
    procs = [
        ctx.Process(
            target=_work,
            args=(folder, index_dir, gazetteer, todo, results, limitmb, os.getpid()),
            daemon=True,
        )
        for _ in range(count)
    ]
    try:
        for proc in procs:
            proc.start()
        segments = _gather(procs, results, on_file)
        for proc in procs:
            proc.join()
    except BaseException:
        _stop(procs, todo, results)
        raise
    finally:
        todo.close()
        results.close()
    return segments


def _gather(
    procs: Sequence[BaseProcess], results: Queue[Report], on_file: Callable[[Ingested], None]
) -> list[Any]:
    """Pass each file's outcome to `on_file` until every worker has sent its segment; return those."""
    segments: list[Any] = []
    finished = 0
    while finished < len(procs):
        try:
            kind, payload = results.get(timeout=POLL_SECONDS)
        except queue.Empty:
            dead = [p.exitcode for p in procs if p.exitcode not in (None, 0)]
            if dead:
                raise WorkerError(f"an indexing worker process died (exit code {dead[0]})") from None
            continue
        if kind == "file":
            on_file(payload)
        elif kind == "segment":
            finished += 1
            if payload is not None:
                segments.append(payload)
        else:
            raise WorkerError(f"an indexing worker failed: {payload}")
    return segments


def _stop(procs: Sequence[BaseProcess], todo: Queue[list[Job] | None], results: Queue[Report]) -> None:
    """End the workers of a round that failed or was interrupted, without waiting for their queues."""
    # Job chunks nobody will read may still sit in the queue's feeder thread: without this,
    # the interpreter would wait for it forever on exit (seen on Ctrl+C).
    todo.cancel_join_thread()
    results.cancel_join_thread()
    for proc in procs:
        if proc.is_alive():
            proc.terminate()
    for proc in procs:
        if proc.pid is not None:
            proc.join(timeout=5)


def _work(
    folder: Path,
    index_dir: Path,
    gazetteer: Gazetteer,
    todo: Queue[list[Job] | None],
    results: Queue[Report],
    limitmb: int,
    parent: int,
) -> None:
    # Ctrl+C reaches the whole process group: the parent alone decides what to drop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from newsdesk.index.search.store import open_segment_writer

    try:
        writer = open_segment_writer(index_dir, limitmb=limitmb)
    except Exception as exc:
        results.put(("error", f"cannot open the index in {index_dir} ({type(exc).__name__}: {exc})"))
        return
    try:
        while (chunk := todo.get()) is not None:
            for rel, path, st, old in chunk:
                if os.getppid() != parent:
                    # The parent is gone (killed): nobody will commit this segment.
                    writer.abandon()
                    results.cancel_join_thread()
                    return
                outcome = ingest(folder, rel, Path(path), st, old, gazetteer)
                for article, statements in outcome.docs:
                    writer.put_article(article, statements, replace=False)
                outcome.docs = []  # written here; the parent needs only the outcome
                results.put(("file", outcome))
        # A worker whose files were all unchanged or broken has nothing to add: an empty segment
        # would only lengthen every search's segment list.
        segment = writer.finish_segment() if writer.has_documents else None
        if segment is None:
            writer.abandon()
    except BaseException as exc:
        writer.abandon()
        results.put(("error", f"{type(exc).__name__}: {exc}"))
        return
    results.put(("segment", segment))
