"""File filled-in judgements from a to-judge file into tests/eval/labels/<split>/.

    .venv/bin/python tests/eval/judge.py merge FILLED.jsonl [--split tune] [--by NAME] [--work DIR]
    .venv/bin/python tests/eval/judge.py compact [--split tune]

FILLED holds one JSON object per line: the `id` of an item of WORK/to-judge/<split>.jsonl plus the
judgement, either as that item's `fill` fields or in the short forms below (handy when judging by
hand in an editor):

- actor:     u (usable 0/1), v (verdict: ok, junk, duplicate, wrong_kind, spurious, collective,
             false_merge), k (true kind), d (duplicate of), m (list of merged entities), n (note)
- statement: s (is a statement 0/1), sp (speaker), sk (speaker kind), so (speaker organisation),
             a (the build's actor is: ok / loose / wrong; the name is added to accept/loose/reject),
             dt (date: YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD; omit or null when the text gives none),
             dr (date reason), n (note)
- name:      a (ok / loose / wrong): adds the build's actor name to the statement's lists
- rname:     a (ok / loose / wrong): the same for a statement judged in a recall sentence
- sentence:  st (list of [speaker, speaker kind, speaker organisation, cue, anchor, date]), n
- shift:     r (real 0/1), w (why not), n
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.eval import corpus, judgements  # noqa: E402
from tests.eval.desks import WORK  # noqa: E402

_LISTS = {"ok": "accept", "loose": "loose", "wrong": "reject"}


def _speaker_fields(f: dict[str, Any]) -> dict[str, Any]:
    return {
        "speaker": f.get("sp", f.get("speaker")),
        "speaker_kind": f.get("sk", f.get("speaker_kind")),
        "speaker_org": f.get("so", f.get("speaker_org")),
    }


def actor_record(item: dict[str, Any], f: dict[str, Any]) -> dict[str, Any]:
    """An actor judgement from a to-judge item and its filled fields."""
    a = item["actor"]
    usable = f.get("u", f.get("usable"))
    return {
        **item["key"],
        "usable": bool(usable),
        "verdict": f.get("v", f.get("verdict")) or ("ok" if usable else "junk"),
        "true_kind": f.get("k", f.get("true_kind")) or (a["kind"] if usable else None),
        "duplicate_of": f.get("d", f.get("duplicate_of")),
        "merges": f.get("m", f.get("merges")),
        "note": f.get("n", f.get("note", "")),
        "names": a.get("names") or [],
    }


def statement_record(item: dict[str, Any], f: dict[str, Any], folder: Path) -> dict[str, Any]:
    """A statement judgement: key, speaker, whether the build's actor names it, date, one sentence of context."""
    key, b = item["key"], item["build"]
    rec: dict[str, Any] = {
        **key,
        "is_statement": bool(f.get("s", f.get("is_statement", 1))),
        **_speaker_fields(f),
        "accept": list(f.get("accept") or []),
        "loose": list(f.get("loose") or []),
        "reject": list(f.get("reject") or []),
        "date": f.get("dt", f.get("date")),
        "date_reason": f.get("dr", f.get("date_reason")),
        "note": f.get("n", f.get("note", "")),
    }
    verdict = f.get("a")
    if verdict and b.get("actor"):
        rec[_LISTS[verdict]].append(b["actor"])
    art = corpus.load(str(folder), key["article"])
    rec["context"] = corpus.context(art, key["start"], key["end"], before=0)[:400]
    return rec


def sentence_record(item: dict[str, Any], f: dict[str, Any]) -> dict[str, Any]:
    """A recall sentence's judgement: every statement it holds."""
    rows = f.get("st")
    if rows is None:
        stmts = f.get("statements") or []
    else:
        stmts = [
            dict(zip(("speaker", "speaker_kind", "speaker_org", "cue", "anchor", "date"), r, strict=False))
            for r in rows
        ]
    return {
        **item["key"],
        "statements": stmts,
        "sentence": item["sentence"],
        "note": f.get("n", f.get("note", "")),
    }


def shift_record(item: dict[str, Any], f: dict[str, Any]) -> dict[str, Any]:
    """A shift marker's judgement."""
    real = f.get("r", f.get("real"))
    return {
        **item["key"],
        "actor": item["actor"],
        "real": bool(real),
        "why_not": None if real else (f.get("w", f.get("why_not")) or "not-real"),
        "note": f.get("n", f.get("note", "")),
    }


def merge(filled: Path, split: str, by: str, work: Path, labels: Path | None = None) -> dict[str, int]:
    """Append the filled judgements to the split's label files; returns counts per kind."""
    items = {it["id"]: it for it in judgements.read_lines(work / "to-judge" / f"{split}.jsonl")}
    out: dict[str, list[dict[str, Any]]] = {k: [] for k in judgements.KINDS}
    existing = judgements.load("statements", split, labels)
    sentences_now = judgements.load("sentences", split, labels)
    sentence_updates: dict[tuple[Any, ...], dict[str, Any]] = {}
    stamp = {"by": by, "on": dt.date.today().isoformat()}
    for f in judgements.read_lines(filled):
        item = items.get(f.get("id"))
        if item is None:
            raise SystemExit(f"{filled}: no item {f.get('id')!r} in the to-judge file of {split}")
        folder = work / "desks" / item["desk"]
        t = item["type"]
        if t == "actor":
            out["actors"].append({**actor_record(item, f), **stamp})
        elif t == "statement":
            out["statements"].append({**statement_record(item, f, folder), **stamp})
        elif t == "name":
            key = judgements.statement_key(item["key"])
            from tests.eval.scoring import overlapping_judgement

            rec = existing.get(key) or overlapping_judgement(item["key"], existing.values())
            if rec is None:
                raise SystemExit(f"{f['id']}: the statement's judgement is gone")
            rec = {**rec, **stamp}
            lst = _LISTS[f.get("a") or f.get("add_to")]
            rec[lst] = [*rec.get(lst, []), item["build"]["actor"]]
            out["statements"].append(rec)
        elif t == "sentence":
            out["sentences"].append({**sentence_record(item, f), **stamp})
        elif t == "rname":
            k = item["key"]
            skey = (k["article"], k["start"], k["end"], k["shash"])
            # Several names of one sentence in one file: each update builds on the previous one.
            rec = sentence_updates.get(skey) or sentences_now.get(skey)
            if rec is None:
                raise SystemExit(f"{f['id']}: the sentence's judgement is gone")
            rec = json.loads(json.dumps(rec))
            entry = rec["statements"][k["index"]]
            lst = _LISTS[f.get("a") or f.get("add_to")]
            entry[lst] = [*entry.get(lst, []), k["name"]]
            sentence_updates[skey] = {**rec, **stamp}
        elif t == "shift":
            out["shifts"].append({**shift_record(item, f), **stamp})
    out["sentences"].extend(sentence_updates.values())
    return {k: judgements.append(k, split, v, labels) for k, v in out.items() if v}


def compact(split: str, labels: Path | None = None) -> dict[str, int]:
    """Rewrite a split's files with one line per key (the last judgement wins, first-seen order kept)."""
    counts = {}
    for kind in judgements.KINDS:
        path = (labels or judgements.LABELS) / split / f"{kind}.jsonl"
        if not path.exists():
            continue
        latest: dict[tuple[Any, ...], dict[str, Any]] = {}
        for record in judgements.read_lines(path):
            latest[judgements.judgement_key(kind, record)] = record
        tmp = path.with_suffix(".tmp")
        tmp.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in latest.values()), encoding="utf-8"
        )
        tmp.replace(path)
        counts[kind] = len(latest)
    return counts


def main(argv: list[str] | None = None) -> int:
    """`merge FILLED`: file judgements; `compact`: one line per key."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("action", choices=["merge", "compact"])
    ap.add_argument("filled", type=Path, nargs="?")
    ap.add_argument("--split", default="tune")
    ap.add_argument("--by", default="eval")
    ap.add_argument("--work", type=Path, default=WORK)
    args = ap.parse_args(argv)
    if args.action == "compact":
        print(json.dumps(compact(args.split)))
        return 0
    if args.filled is None:
        ap.error("merge needs the filled-in file")
    print(json.dumps(merge(args.filled, args.split, args.by, args.work)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
