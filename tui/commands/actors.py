"""`newsdesk actors --desk DESK`: every actor of a desk, how often and when it was quoted."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from newsdesk.tui.cli import add_desk_options


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the `actors` subcommand."""
    p = sub.add_parser("actors", help="list a desk's actors", description="List the actors quoted on a desk.")
    add_desk_options(p)
    p.add_argument(
        "--kind", choices=["person", "organisation", "state", "outlet", "unnamed"], help="only this kind"
    )
    p.add_argument("--min", type=int, default=0, metavar="N", help="only actors with at least N statements")
    p.add_argument("--aliases", action="store_true", help="also list how each actor was written, with counts")
    p.add_argument(
        "--json", action="store_true", help="print JSON Lines, one actor per line (aliases included)"
    )


def run(args: argparse.Namespace) -> int:
    """Print the desk's actors, most quoted first."""
    from newsdesk.index.desk import Desk
    from newsdesk.tui.desk_paths import resolve_desk
    from newsdesk.tui.sanitize import clean_label, json_line

    folder, data = resolve_desk(args.desk, args.data)
    desk = Desk(folder, data)
    if not desk.manifest_path.exists():
        print(
            f"newsdesk: error: no index in {clean_label(str(data))}: run 'newsdesk index' first "
            f"(desk {clean_label(str(folder))})",
            file=sys.stderr,
        )
        return 1
    rows = [
        r
        for r in desk.actor_stats()
        if r.statements >= args.min and (not args.kind or r.actor.kind == args.kind)
    ]
    warn_if_stale(desk)
    rows.sort(key=lambda r: (-r.statements, r.actor.name.lower()))
    out = sys.stdout
    for r in rows:
        a = r.actor
        if args.json:
            out.write(
                json_line(
                    {
                        "id": a.id,
                        "name": a.name,
                        "kind": a.kind,
                        # Every way the desk wrote this actor as a speaker, with how often, most first.
                        "aliases": [{"name": n, "count": c} for n, c in a.alias_counts],
                        "roles": list(a.roles),
                        "affiliation": a.affiliation,
                        "statements": r.statements,
                        "first": r.first.isoformat() if r.first else None,
                        "last": r.last.isoformat() if r.last else None,
                    }
                )
                + "\n"
            )
        else:
            span = f"{r.first or '?'} .. {r.last or '?'}" if r.first or r.last else "undated"
            # Names, roles and affiliations may come from a desk-shipped actors.yaml.
            extra = ", ".join(clean_label(x) for x in (a.roles[0] if a.roles else None, a.affiliation) if x)
            out.write(
                f"{r.statements:>5}  {clean_label(a.name)} ({a.kind}{', ' + extra if extra else ''})  {span}\n"
            )
            if args.aliases and a.alias_counts:
                written = ", ".join(f"{clean_label(n)} ({c})" for n, c in a.alias_counts)
                out.write(f"       also written: {written}\n")
    if not rows and not args.json:
        print("no actors on this desk yet", file=sys.stderr)
    return 0


# While an index run is in progress the desk answers from its last registry instead of rebuilding it.
STALE_WARNING = (
    "newsdesk: warning: an index run is in progress: actors are as of the last finished run "
    "(run again when it ends for what it adds)"
)


def warn_if_stale(desk: Any) -> None:
    """One line on stderr when the desk answered from the registry of before the running index."""
    if desk.registry_stale:
        print(STALE_WARNING, file=sys.stderr)
