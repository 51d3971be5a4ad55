"""`newsdesk search QUERY --desk DESK`: full-text search from the command line."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from newsdesk.tui.cli import add_desk_options


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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
    p.add_argument("--offset", type=int, default=0, help="skip this many results first (default 0)")
    p.add_argument(
        "--sort",
        choices=("relevance", "date"),
        default="relevance",
        help="relevance (default) or date (newest first)",
    )
    p.add_argument("--json", action="store_true", help="print JSON Lines, one result per line")


def run(args: argparse.Namespace) -> int:
    """Run the query against the index and print one page of ranked results with the total."""
    from newsdesk.index.search.store import QueryError, Store, StoreError
    from newsdesk.tui.cli import UsageError
    from newsdesk.tui.desk_paths import resolve_desk
    from newsdesk.tui.sanitize import clean_label, json_line

    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    if args.offset < 0:
        raise UsageError("--offset must not be negative")
    folder, data = resolve_desk(args.desk, args.data)
    index_dir = data / "index"
    try:
        store, _ = Store.open(index_dir, create=False)
    except StoreError as exc:
        print(f"newsdesk: error: {clean_label(str(exc))} (desk {clean_label(str(folder))})", file=sys.stderr)
        return 1
    try:
        page = store.search_page(args.query, offset=args.offset, limit=args.limit, sort=args.sort)
    except QueryError as exc:
        print(f"newsdesk: error: {clean_label(str(exc))}", file=sys.stderr)
        return 2
    finally:
        store.close()
    if page.cut_short:
        print(f"newsdesk: note: {clean_label(page.cut_short)}", file=sys.stderr)
    if args.json:
        for n, hit in enumerate(page.hits, page.offset + 1):
            sys.stdout.write(json_line(_row(hit, n, page.total)) + "\n")
        return 0
    if not page.hits:
        where = f" after the first {page.offset} (there are {page.total})" if page.total else ""
        print(f"no results for {clean_label(repr(args.query))}{where}", file=sys.stderr)
        return 0
    _print_page(page, sys.stdout)
    return 0


def _row(hit: Any, rank: int, total: int) -> dict[str, Any]:
    row: dict[str, Any] = {
        "rank": rank,
        "total": total,
        "path": hit.path,
        "key": hit.key,
        "title": hit.title,
        "date": hit.date.isoformat() if hit.date else None,
        "source": hit.source or None,
        "score": round(hit.score, 4),
        "snippet": hit.snippet,
        "hits": hit.hit_count,
    }
    if hit.statement is not None:
        s = hit.statement
        row.update(
            quote=s.quote,
            actor=s.actor,
            speaker=s.speaker,
            cue=s.cue,
            kind=s.kind,
            start=s.start,
            end=s.end,
        )
    return row


def _print_page(page: Any, out: Any) -> None:
    from newsdesk.index.search.snippets import MARK_END, MARK_START
    from newsdesk.tui.sanitize import clean_label

    bold = out.isatty()

    def marked(text: str) -> str:
        text = clean_label(text)
        return text.replace(MARK_START, "\x1b[1;33m").replace(MARK_END, "\x1b[0m") if bold else text

    for n, hit in enumerate(page.hits, page.offset + 1):
        day = hit.date.isoformat() if hit.date else "undated"
        if hit.statement is not None:
            s = hit.statement
            who = clean_label(s.actor or s.speaker or "unnamed speaker")
            said = f" (as {clean_label(s.speaker)})" if s.speaker and s.actor and s.speaker != s.actor else ""
            out.write(f"{n:>3}. {who}{said} · {clean_label(s.cue)} · {s.kind} · {day}\n")
            out.write(f"     “{marked(hit.snippet or s.quote)}”\n")
            meta = " · ".join(clean_label(x) for x in (hit.title, hit.source, hit.path) if x)
            out.write(f"     in {meta} (characters {s.start}-{s.end})\n")
            continue
        meta = " · ".join(x for x in (clean_label(hit.source), day, clean_label(hit.path)) if x)
        out.write(f"{n:>3}. {clean_label(hit.title) or clean_label(hit.path)}\n     {meta}\n")
        out.write(f"     {marked(hit.snippet)}\n")
    noun = "statements" if page.statements else "results"
    order = "newest first" if page.sort == "date" else "by relevance"
    last = page.offset + len(page.hits)
    more = f"; --offset {last} for the next {min(page.limit, page.total - last)}" if page.more else ""
    total = f"at least {page.total:,}" if page.cut_short else f"{page.total:,}"
    out.write(f"{page.offset + 1}-{last} of {total} {noun}, {order}{more}\n")
