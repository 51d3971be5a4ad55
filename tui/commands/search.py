"""`newsdesk search QUERY --desk DESK`: full-text search from the command line."""

from __future__ import annotations

import argparse
import sys

from newsdesk.tui.cli import add_desk_options


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Register the `search` subcommand."""
    p = sub.add_parser(
        "search",
        help="search a desk's index",
        description=(
            'Search with whoosh\'s query language: AND/OR/NOT, "phrases", prefix*, fuzzy~, title: source: tag:, '
            "date:2025-08, date:[2025-08-01 to 2025-08-31], date:yesterday; statements with actor: speaker: cue: kind:."
        ),
    )
    p.add_argument("query", help="the query (quote it for the shell)")
    add_desk_options(p)
    p.add_argument("--limit", type=int, default=20, help="how many results (default 20)")
    p.add_argument("--json", action="store_true", help="print JSON Lines, one result per line")


def run(args: argparse.Namespace) -> int:
    """Run the query against the index and print ranked results."""
    from newsdesk.index.search.snippets import MARK_END as HIT_END
    from newsdesk.index.search.snippets import MARK_START as HIT_START
    from newsdesk.index.search.store import QueryError, Store, StoreError
    from newsdesk.tui.cli import UsageError
    from newsdesk.tui.desk_paths import resolve_desk
    from newsdesk.tui.sanitize import clean_label, json_line

    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    folder, data = resolve_desk(args.desk, args.data)
    index_dir = data / "index"
    try:
        store, _ = Store.open(index_dir, create=False)
    except StoreError as exc:
        print(f"newsdesk: error: {clean_label(str(exc))} (desk {clean_label(str(folder))})", file=sys.stderr)
        return 1
    try:
        hits = store.search(args.query, limit=args.limit)
    except QueryError as exc:
        print(f"newsdesk: error: {clean_label(str(exc))}", file=sys.stderr)
        return 2
    finally:
        store.close()
    out = sys.stdout
    if args.json:
        for h in hits:
            row = {
                "path": h.path,
                "key": h.key,
                "title": h.title,
                "date": h.date.isoformat() if h.date else None,
                "source": h.source or None,
                "score": round(h.score, 4),
                "snippet": h.snippet,
                "hits": h.hit_count,
            }
            if h.statement is not None:
                s = h.statement
                row.update(
                    quote=s.quote,
                    actor=s.actor,
                    speaker=s.speaker,
                    cue=s.cue,
                    kind=s.kind,
                    start=s.start,
                    end=s.end,
                )
            out.write(json_line(row) + "\n")
        return 0
    if not hits:
        print(f"no results for {clean_label(repr(args.query))}", file=sys.stderr)
        return 0
    bold = out.isatty()
    # Every string of a hit comes from the desk (titles, file names, speakers): one line each, no escapes.
    for n, h in enumerate(hits, 1):
        meta = " · ".join(
            clean_label(x) for x in (h.source, h.date.isoformat() if h.date else "undated", h.path) if x
        )
        out.write(f"{n:>3}. {clean_label(h.title or h.path)}\n     {meta}\n")
        if h.statement is not None:
            who = clean_label(h.statement.actor or h.statement.speaker) or "?"
            out.write(f"     {who} ({clean_label(h.statement.cue)}, {h.statement.kind}):\n")
        snippet = clean_label(h.snippet)
        snippet = snippet.replace(HIT_START, "\x1b[1;33m").replace(HIT_END, "\x1b[0m") if bold else snippet
        out.write(f"     {snippet}\n")
    return 0
