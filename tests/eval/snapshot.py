"""What one build shows an analyst on one desk, read through the product's API and cached as JSON.

This is the only module of the evaluation that calls the product (`Desk`, its registry and
`build_timeline`): when the product's API changes, only this adapter changes. A snapshot holds
the actors list (as `newsdesk actors` prints it), every statement with its canonical actor (as
`newsdesk timeline` groups them) and every shift marker that the timelines of all actors show.
It is cached per build and desk in WORK/snap/<build>/<split>-<desk>.json.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.eval.desks import WORK, EvalDesk  # noqa: E402

SNAPSHOT_VERSION = 1


def quote_hash(text: str) -> str:
    """A short hash of a quote's text, whitespace collapsed: the third part of a statement key."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:8]


def article_id(path: str) -> str:
    """The corpus id of an article: its file name without `.md`."""
    name = path.rsplit("/", 1)[-1]
    return name[:-3] if name.endswith(".md") else name


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_json_value(v) for v in value]
    return value


def _statement_dict(row: Any, canonical: str | None) -> dict[str, Any]:
    st = row.statement
    fields = {f.name: _json_value(getattr(st, f.name)) for f in dataclasses.fields(st)}
    fields.update(
        article=article_id(row.path),
        key=row.key,
        path=row.path,
        title=row.title,
        article_date=_json_value(row.article_date),
        canonical=canonical,
        qhash=quote_hash(st.quote),
    )
    return fields


def take_snapshot(desk: EvalDesk) -> dict[str, Any]:
    """Read actors, statements and shift markers of an indexed desk through the product's API."""
    from newsdesk.index.desk import Desk
    from newsdesk.index.timeline import build_timeline

    d = Desk(desk.folder, desk.data)
    try:
        registry = d.registry()
        stats = sorted(d.actor_stats(), key=lambda r: (-r.statements, r.actor.name.lower()))
        actors = [
            {
                "name": r.actor.name,
                "kind": r.actor.kind,
                "aliases": list(r.actor.aliases),
                "roles": list(r.actor.roles),
                "affiliation": r.actor.affiliation,
                "statements": r.statements,
                "names": sorted(registry.names.get(r.actor.id, ())),
            }
            for r in stats
        ]
        rows = d.store.statement_rows(None, None)
        statements = []
        by_actor: dict[str, list[Any]] = defaultdict(list)
        for row in rows:
            key = row.statement.actor_key
            canonical = registry.canonical(key) if key else None
            statements.append(_statement_dict(row, canonical))
            if canonical:
                by_actor[canonical].append(row)
        shifts = []
        for actor, records in sorted(by_actor.items()):
            entries = build_timeline(records, canonical=registry.canonical)
            for e in entries:
                if e.shift is None:
                    continue
                earlier = next(
                    (x for x in entries if x.key == e.shift.key and x.quote == e.shift.quote), None
                )
                shifts.append(
                    {
                        "actor": actor,
                        "later": {
                            "article": article_id(e.path),
                            "start": e.start,
                            "end": e.end,
                            "qhash": quote_hash(e.quote),
                        },
                        "earlier": None
                        if earlier is None
                        else {
                            "article": article_id(earlier.path),
                            "start": earlier.start,
                            "end": earlier.end,
                            "qhash": quote_hash(earlier.quote),
                        },
                        "later_stance": e.stance,
                        "earlier_stance": e.shift.stance,
                        "why": e.shift.why,
                        "later_date": _json_value(e.date),
                        "earlier_date": _json_value(e.shift.date),
                    }
                )
        articles = {}
        for row in rows:
            articles.setdefault(
                article_id(row.path),
                {"key": row.key, "title": row.title, "date": _json_value(row.article_date)},
            )
    finally:
        d.close()
    return {
        "version": SNAPSHOT_VERSION,
        "build": desk.build,
        "desk": desk.label,
        "taken": dt.datetime.now().isoformat(timespec="seconds"),
        "actors": actors,
        "statements": statements,
        "shifts": shifts,
        "articles": articles,
    }


def snapshot(desk: EvalDesk, work: Path = WORK, refresh: bool = False) -> dict[str, Any]:
    """The cached snapshot of this build on this desk, taken when missing."""
    path = work / "snap" / desk.build / f"{desk.label}.json"
    if not refresh and path.exists():
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("version") == SNAPSHOT_VERSION:
            return data
    data = take_snapshot(desk)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)
    return data


def article_text(desk: EvalDesk, key: str) -> tuple[str, str, str | None] | None:
    """(text, title, date) of an indexed article, in the coordinates every offset points into."""
    from newsdesk.index.desk import Desk

    d = Desk(desk.folder, desk.data)
    try:
        art = d.article(key)
    finally:
        d.close()
    if art is None:
        return None
    return art.text, art.title, art.date.isoformat() if art.date else None
