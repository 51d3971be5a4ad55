"""`newsdesk timeline ACTOR --desk DESK`: what an actor said, when, and where the position shifted."""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import sys
from typing import TYPE_CHECKING, Any

from newsdesk.tui.cli import UsageError, add_desk_options

MAX_OUTLETS = 3  # in the readable line; --json lists them all

if TYPE_CHECKING:
    from newsdesk.index.model import Actor
    from newsdesk.index.timeline import TimelineEntry


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Register the `timeline` subcommand."""
    p = sub.add_parser(
        "timeline",
        help="an actor's stated positions over time",
        description="Show what an actor said, when, who reported it first, and where its stance shifted.",
    )
    p.add_argument("actor", metavar="ACTOR", help='any name or alias of the actor ("Moscow" finds Russia)')
    add_desk_options(p)
    p.add_argument(
        "--topic", metavar="QUERY", help="only statements whose quote matches this full-text query"
    )
    p.add_argument("--since", metavar="DATE", help="only statements on or after this day (YYYY-MM-DD)")
    p.add_argument("--until", metavar="DATE", help="only statements on or before this day (YYYY-MM-DD)")
    p.add_argument("--json", action="store_true", help="print JSON Lines, one entry per line, in date order")


def parse_day(value: str | None, option: str) -> dt.date | None:
    """A YYYY-MM-DD option value; a usage error otherwise."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(f"{option}: not a date: {value!r} (use YYYY-MM-DD)") from None


def run(args: argparse.Namespace) -> int:
    """Print the actor's timeline."""
    since, until = parse_day(args.since, "--since"), parse_day(args.until, "--until")
    if since and until and since > until:
        raise UsageError(f"--since {since} is after --until {until}")
    from newsdesk.index.desk import Desk
    from newsdesk.index.search.store import QueryError
    from newsdesk.index.timeline import build_timeline
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
    try:
        registry = desk.registry()
        actors = registry.find(args.actor)
        if not actors:
            message = no_actor_message(args.actor, registry.actors())
            print(f"newsdesk: error: {clean_label(message)}", file=sys.stderr)
            return 1
        exact = registry.actor(args.actor)
        if exact is not None:
            actors = [exact]
        elif len(actors) > 1:
            names = ", ".join(a.name for a in actors[:5]) + (", …" if len(actors) > 5 else "")
            print(
                clean_label(f"note: {args.actor!r} matches {len(actors)} actors ({names}): showing them all"),
                file=sys.stderr,
            )
        try:
            records = desk.iter_statements([a.name for a in actors], query=args.topic or None)
        except QueryError as exc:
            raise UsageError(f"--topic: {exc}") from None
        entries = build_timeline(records, since=since, until=until, canonical=registry.canonical)
    finally:
        desk.close()
    out = sys.stdout
    if args.json:
        for entry in entries:
            out.write(json_line(entry_json(entry)) + "\n")
        return 0
    if not entries:
        print(clean_label(f"no statements by {', '.join(a.name for a in actors)} match"), file=sys.stderr)
        return 0
    show_actor = len({e.actor for e in entries}) > 1
    for entry in entries:
        out.write(entry_line(entry, show_actor=show_actor) + "\n")
    return 0


def no_actor_message(query: str, actors: list[Actor]) -> str:
    """One line: nothing matches, and the closest names if any."""
    names: dict[str, str] = {}
    for actor in actors:
        for name in (actor.name, *actor.aliases):
            names.setdefault(name.casefold(), actor.name)
    close = difflib.get_close_matches(query.casefold(), list(names), n=5, cutoff=0.6)
    suggestions = list(dict.fromkeys(names[c] for c in close))
    hint = f" (close: {', '.join(suggestions)})" if suggestions else ""
    return f"no actor matches {query!r}{hint}; 'newsdesk actors' lists them"


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def entry_json(entry: TimelineEntry) -> dict[str, Any]:
    """The JSON object of one entry, as `--json` prints it."""
    shift = entry.shift
    return {
        "actor": entry.actor,
        "date": _iso(entry.date),
        "date_end": _iso(entry.date_end),
        "date_precision": entry.date_precision,
        "date_text": entry.date_text,
        "quote": entry.quote,
        "kind": entry.kind,
        "cue": entry.cue,
        "stance": entry.stance,
        "stance_why": entry.stance_why,
        "topics": list(entry.topics),
        "path": entry.path,
        "key": entry.key,
        "title": entry.title,
        "source": entry.source,
        "start": entry.start,
        "end": entry.end,
        "sources": [{"source": s, "date": _iso(d), "path": p} for s, d, p, _key in entry.sources],
        "shift": None
        if shift is None
        else {
            "date": _iso(shift.date),
            "quote": shift.quote,
            "stance": shift.stance,
            "path": shift.path,
            "why": shift.why,
        },
    }


def date_label(entry: TimelineEntry) -> str:
    """The entry's date as an analyst reads it: a day, a range, or 'undated'."""
    d, end = entry.date, entry.date_end
    if d is None:
        return "undated"
    if entry.date_precision == "article":
        return f"{d.isoformat()} (published)"
    if end is None or end == d:
        return d.isoformat()
    if entry.date_precision == "month" and d.day == 1 and (end + dt.timedelta(days=1)).day == 1:
        return d.strftime("%Y-%m")
    tail = end.strftime("%m-%d") if end.year == d.year else end.isoformat()
    return f"{d.isoformat()}..{tail} ({entry.date_precision})"


def entry_line(entry: TimelineEntry, *, show_actor: bool = False) -> str:
    """One readable line: date — stance — "quote" — sources, and the shift mark."""
    from newsdesk.tui.sanitize import clean_label

    outlets = []
    for source, day, path, _key in entry.sources[:MAX_OUTLETS]:
        name = clean_label(source) or clean_label(path)
        outlets.append(f"{name} {day.isoformat()}" if day else name)
    if len(entry.sources) > MAX_OUTLETS:
        outlets.append(f"+{len(entry.sources) - MAX_OUTLETS} more")
    parts = [date_label(entry)]
    if show_actor:
        parts.append(clean_label(entry.actor))
    quote = clean_label(entry.quote)
    parts += [entry.stance, quote if quote[:1] in "\"“‘'" else f"“{quote}”", ", ".join(outlets)]
    line = " — ".join(parts)
    if entry.shift is not None:
        line += f"  ⇄ shift from {_iso(entry.shift.date)} ({clean_label(entry.shift.why)})"
    return line
