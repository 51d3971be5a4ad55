"""`newsdesk index DESK`: bring a desk's index up to date."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the `index` subcommand."""
    p = sub.add_parser(
        "index", help="index (or re-index) a desk folder", description="Index a desk folder incrementally."
    )
    p.add_argument("desk", nargs="?", default=None, help="the desk folder (default: the bundled sample desk)")
    p.add_argument("--desk", dest="desk_opt", default=None, help=argparse.SUPPRESS)
    p.add_argument(
        "--data",
        default=None,
        help="where the desk's data lives (default: DESK/.newsdesk, or $NEWSDESK_DATA)",
    )
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument(
        "--progress-jsonl", action="store_true", help="stream progress events as JSON Lines (for the TUI)"
    )
    p.add_argument(
        "--wait", type=float, default=10.0, help="seconds to wait for another indexer (default 10)"
    )


def run(args: argparse.Namespace) -> int:
    """Index the desk; exit 0 when the run finished (even with warnings), 1 on failure."""
    from newsdesk.index.desk import Desk, DeskError
    from newsdesk.index.search.store import StoreError
    from newsdesk.tui.desk_paths import resolve_desk
    from newsdesk.tui.progress import ProgressLine
    from newsdesk.tui.sanitize import clean_label

    folder, data = resolve_desk(args.desk or args.desk_opt, args.data)
    stream = args.progress_jsonl

    def emit(event: dict[str, Any]) -> None:
        print(json.dumps(event), flush=True)

    bar = None if stream or not sys.stderr.isatty() else ProgressLine(sys.stderr, "indexing")

    def progress(done: int, total: int) -> None:
        if stream:
            if done == total or done % 50 == 0:
                emit({"event": "progress", "done": done, "total": total})
        elif bar:
            bar.update(done, total)
            if done == total:
                bar.note("writing the index…")

    def warn(message: str) -> None:
        if stream:
            emit({"event": "warning", "message": message})
            return
        if bar:
            bar.clear()
        # File names come from the desk: a name may hold an escape sequence or a newline.
        print(clean_label(message), file=sys.stderr)

    def on_commit() -> None:
        if stream:
            emit({"event": "commit"})

    def on_registry() -> None:
        # The last step of a run that changed the desk: the TUI says so while it lasts.
        if stream:
            emit({"event": "registry"})
        elif bar:
            bar.note("updating the actor list…")

    from newsdesk.tui.config import config_paths

    # The same config files as the TUI's keymap: their `index:` section (outside_links) applies.
    desk = Desk(folder, data, config_paths=config_paths(data))
    try:
        summary = desk.index(
            progress=progress, warn=warn, on_commit=on_commit, wait=args.wait, registry=on_registry
        )
    except (DeskError, StoreError) as exc:
        if bar:
            bar.clear()
        if stream:
            emit({"event": "error", "message": str(exc)})
        print(f"newsdesk: error: {clean_label(str(exc))}", file=sys.stderr)
        return 1
    finally:
        desk.close()
    if bar:
        bar.clear()
    fields = {
        "desk": str(folder),
        "data": str(data),
        "added": summary.added,
        "updated": summary.updated,
        "removed": summary.removed,
        "skipped": summary.skipped,
        "failed": summary.failed,
        "unchanged": summary.unchanged,
        "warnings": list(summary.warnings),
        "seconds": summary.seconds,
    }
    if stream:
        emit({"event": "summary", **fields})
    elif args.json:
        print(json.dumps(fields))
    else:
        print(summary.line())
    return 0
