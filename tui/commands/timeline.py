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


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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
    p.add_argument(
        "--all", action="store_true", help="when ACTOR fits several actors, show all of them together"
    )
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
    from newsdesk.tui.commands.actors import warn_if_stale
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
        warn_if_stale(desk)
        actors = registry.find(args.actor)
        if not actors:
            message = no_actor_message(args.actor, registry.actors())
            print(f"newsdesk: error: {clean_label(message)}", file=sys.stderr)
            return 1
        if len(actors) > 1 and not args.all:
            raise UsageError(ambiguous_message(args.actor, actors, registry))
        chosen = ", ".join(describe(a, registry) for a in actors[:5]) + (", …" if len(actors) > 5 else "")
        print(f"timeline of {chosen}", file=sys.stderr)
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


def describe(actor: Actor, registry: Any) -> str:
    """ "Tony Blair (person, Prime Minister; 320 statements)": which actor a query picked."""
    from newsdesk.tui.sanitize import clean_label

    extra = ", ".join(
        clean_label(x) for x in (actor.kind, actor.roles[0] if actor.roles else None, actor.affiliation) if x
    )
    return f"{clean_label(actor.name)} ({extra}; {registry.count(actor.id)} statements)"


def ambiguous_message(query: str, actors: list[Actor], registry: Any) -> str:
    """One line: the query fits several actors; name them, most quoted first."""
    shown = "; ".join(describe(a, registry) for a in actors[:8]) + ("; …" if len(actors) > 8 else "")
    return f"{query!r} fits {len(actors)} actors: {shown}. Give a fuller name, or --all for all of them"


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
    """The JSON object of one entry, as `--json` prints it.

    `date`..`date_end` orders the entry: when the words were said if the text says so, else the
    report's day. `said_on`/`said_on_end`/`said_on_text` hold only what the text says about the saying
    (null when nothing); `said_before` is the report's day for an older statement reported again
    with no time of its own ("had said"); `reported_on` is the first report's publication day.
    `negated`, `modality` and `reiterated` qualify the stance; a `shift` holds both statements.
    """
    shift = entry.shift
    said = entry.said_on
    return {
        "actor": entry.actor,
        "date": _iso(entry.date),
        "date_end": _iso(entry.date_end),
        "date_precision": entry.date_precision,
        "date_text": entry.date_text,
        "said_on": _iso(said[0]) if said else None,
        "said_on_end": _iso(said[1]) if said else None,
        "said_on_text": entry.date_text if said else None,
        "said_before": _iso(entry.date) if entry.date_precision == "before" else None,
        "reported_on": _iso(entry.reported_on),
        "quote": entry.quote,
        "kind": entry.kind,
        "cue": entry.cue,
        "stance": entry.stance,
        "stance_why": entry.stance_why,
        "negated": entry.negated,
        "modality": entry.modality,
        "reiterated": entry.reiterated,
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
            "topic": list(shift.topic),
            "earlier": _evidence(
                shift.date, shift.date_end, shift.date_precision, shift.date_text, shift.reported_on,
                shift.source, shift.path, shift.key, shift.title, shift.quote, shift.cue, shift.stance,
                shift.start, shift.end,
            ),
            "later": _evidence(
                entry.date, entry.date_end, entry.date_precision, entry.date_text, entry.reported_on,
                entry.source, entry.path, entry.key, entry.title, entry.quote, entry.cue, entry.stance,
                entry.start, entry.end,
            ),
        },
    }  # fmt: skip


def _evidence(
    date: dt.date | None,
    date_end: dt.date | None,
    precision: str,
    date_text: str | None,
    reported_on: dt.date | None,
    source: str | None,
    path: str,
    key: str,
    title: str,
    quote: str,
    cue: str,
    stance: str,
    start: int,
    end: int,
) -> dict[str, Any]:
    """One statement of a shift, with everything needed to cite it."""
    said = date is not None and precision not in ("article", "before", "none")
    return {
        "said_on": _iso(date) if said else None,
        "said_on_end": _iso(date_end) if said else None,
        "said_on_text": date_text if said else None,
        "said_before": _iso(date) if precision == "before" else None,
        "reported_on": _iso(reported_on),
        "source": source,
        "title": title,
        "path": path,
        "key": key,
        "start": start,
        "end": end,
        "cue": cue,
        "quote": quote,
        "stance": stance,
    }


def date_label(entry: TimelineEntry) -> str:
    """When it was said and when it was reported, as an analyst reads it.

    "said 2025-08-18, reported 2025-08-20"; "said 2025-08-11..08-17 (week)"; "said before 2025-08-20"
    (an older statement, no time of its own); "reported 2025-08-20" (the text gives no time for the
    saying); "undated".
    """
    return _when(entry.date, entry.date_end, entry.date_precision, entry.reported_on)


def _when(d: dt.date | None, end: dt.date | None, precision: str, reported: dt.date | None) -> str:
    if d is None:
        return "undated"
    if precision == "article":
        return f"reported {d.isoformat()}"
    if precision == "before":
        return f"said before {d.isoformat()}"
    if end is None or end == d:
        said = d.isoformat()
    elif precision == "month" and d.day == 1 and (end + dt.timedelta(days=1)).day == 1:
        said = d.strftime("%Y-%m")
    elif precision == "year" and (d.month, d.day, end.month, end.day) == (1, 1, 12, 31):
        said = str(d.year)
    else:
        tail = end.strftime("%m-%d") if end.year == d.year else end.isoformat()
        said = f"{d.isoformat()}..{tail} ({precision})"
    if reported is not None and reported != d:
        return f"said {said}, reported {reported.isoformat()}"
    return f"said {said}"


def _stance_label(stance: str, negated: bool, modality: str | None, reiterated: bool) -> str:
    marks = [
        m for m in ("negated" if negated else "", modality or "", "reiterated" if reiterated else "") if m
    ]
    return f"{stance} ({', '.join(marks)})" if marks else stance


def entry_line(entry: TimelineEntry, *, show_actor: bool = False) -> str:
    """Date — stance — "quote" — sources; a shift adds the earlier and the later statement below."""
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
    stance = _stance_label(entry.stance, entry.negated, entry.modality, entry.reiterated)
    parts += [stance, _quoted(quote), ", ".join(outlets)]
    line = " — ".join(parts)
    shift = entry.shift
    if shift is not None:
        earlier = _when(shift.date, shift.date_end, shift.date_precision, shift.reported_on)
        later = _when(entry.date, entry.date_end, entry.date_precision, entry.reported_on)
        line += (
            f"\n  ⇄ shift from {_iso(shift.date)} ({clean_label(shift.why)})"
            f"\n    earlier: {earlier} — {clean_label(shift.source) or clean_label(shift.path)} — "
            f"{shift.stance} — {_quoted(clean_label(shift.quote))}"
            f"\n    later:   {later} — {clean_label(entry.source) or clean_label(entry.path)} — "
            f"{entry.stance} — {_quoted(quote)}"
        )
    return line


def _quoted(quote: str) -> str:
    return quote if quote[:1] in "\"“‘'" else f"“{quote}”"
