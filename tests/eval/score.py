"""Score the current build against the hand judgements of issue 11, and list what still needs judging.

    .venv/bin/python tests/eval/score.py [--split tune|heldout] [--desks politics,reuters] [--work DIR]

Builds and indexes the evaluation desks (tests/eval/desks.py; reused while the build is unchanged),
takes a snapshot of what the build shows (tests/eval/snapshot.py), draws the seeded samples recorded
in tests/eval/labels/<split>/meta.json and prints each rate with its counts and its target. Items
the judgements do not cover yet are counted as unjudged and written, with the context needed to
judge them, to WORK/to-judge/<split>.jsonl (and a readable .txt beside it); `judge.py merge` files
filled-in judgements. Exit code 0 whatever the rates (it measures, it does not gate).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.eval import corpus, judgements  # noqa: E402
from tests.eval.desks import CORPORA, DESKS, SPLITS, WORK, EvalDesk, ensure_desks, git_head, parse_list  # noqa: E402
from tests.eval.judgements import actor_key, statement_key  # noqa: E402
from tests.eval.scoring import (  # noqa: E402
    Rate,
    Recall,
    actor_outcome,
    actor_sample,
    candidate_sentences,
    core,
    dated_candidates,
    fold,
    new_names,
    recall,
    sentence_sample,
    shift_key,
    shift_rate,
    statement_outcome,
    statement_rates,
    statement_sample,
    top,
)
from tests.eval.snapshot import snapshot  # noqa: E402

TARGETS = {
    "usable": ">= 90%",
    "top30": ">= 28 of 30",
    "merges": "0 in the top 50",
    "statements": ">= 95%",
    "dates": ">= 95%",
    "shifts": ">= 70% with >= 10 shown (Reuters)",
}
DEFAULT_SIZES = {"actors": 75, "statements": 75, "sentences": 50, "dated": 40}


@dataclass
class DeskScore:
    """Every rate of one desk of one split."""

    label: str
    counts: dict[str, int]
    usable: Rate
    top30: Rate
    top50_merges: list[str]
    top50: Rate
    strict: Rate
    lenient: Rate
    dates: Rate
    recall: Recall
    dated: Recall
    shifts: Rate
    to_judge: list[dict[str, Any]] = field(default_factory=list)


def desk_meta(meta: dict[str, Any], desk: str) -> dict[str, Any]:
    """Seeds and sizes of one desk's samples (split-level defaults, desk-level overrides)."""
    seeds = dict(meta.get("seeds", {}))
    sizes = {**DEFAULT_SIZES, **meta.get("sizes", {})}
    seeds.update(meta.get("desks", {}).get(desk, {}).get("seeds", {}))
    sizes.update(meta.get("desks", {}).get(desk, {}).get("sizes", {}))
    return {"seeds": seeds, "sizes": sizes}


def sentence_population(folder: Path) -> list[dict[str, Any]]:
    """Every candidate sentence of a desk folder (reporting verb or quotation mark), build-free."""
    out: list[dict[str, Any]] = []
    for path in sorted(folder.glob("*.md")):
        art = corpus.load(str(folder), path.stem)
        out.extend(candidate_sentences(art.id, art.text, art.body_offset))
    return out


def score_desk(desk: EvalDesk, snap: dict[str, Any], meta: dict[str, Any], split: str) -> DeskScore:
    """Draw the samples of one desk and score them against the split's judgements."""
    m = desk_meta(meta, desk.name)
    seeds, sizes = m["seeds"], m["sizes"]
    j_actors = judgements.load("actors", split)
    j_statements = judgements.load("statements", split)
    j_shifts = judgements.load("shifts", split)
    j_sentences = judgements.load("sentences", split)
    folder = str(desk.folder)
    todo: list[dict[str, Any]] = []
    by_actor: dict[str, list[dict[str, Any]]] = {}
    for st in snap["statements"]:
        if st.get("canonical"):
            by_actor.setdefault(st["canonical"], []).append(st)

    present = {fold(a["name"]) for a in snap["actors"]}
    actors = snap["actors"]
    by_word: dict[str, list[str]] = {}
    for a in actors:
        for w in set(core(a["name"]).split()):
            if len(w) > 2:
                by_word.setdefault(w, []).append(f"{a['name']} ({a['kind']}, {a['statements']})")

    def judge_actor(a: dict[str, Any], rate: Rate, why: str) -> tuple[str, bool | None]:
        outcome, usable = actor_outcome(desk.label, a, j_actors, present)
        rate.add(outcome, usable)
        if usable is None:
            item = actor_item(desk, a, by_actor.get(a["name"], []), outcome, why)
            similar = {n for w in set(core(a["name"]).split()) if len(w) > 2 for n in by_word.get(w, [])[:30]}
            item["similar"] = sorted(similar - {f"{a['name']} ({a['kind']}, {a['statements']})"})[:15]
            todo.append(item)
        return outcome, usable

    usable = Rate()
    for a in actor_sample(actors, sizes["actors"], seeds["actors"]):
        judge_actor(a, usable, "random")
    top30, top50 = Rate(), Rate()
    merges: list[str] = []
    for n, a in enumerate(top(actors, 50)):
        outcome, ok = judge_actor(a, top50, "top50")
        if n < 30:
            top30.add(outcome, ok)
        j = j_actors.get(actor_key(desk.label, a["name"], a["kind"]))
        if outcome == "false_merge":
            merges.append(f"{a['name']} ({'; '.join(j.get('merges') or []) if j else ''})")
        fresh = new_names(a, j)
        if j is not None and fresh:
            todo.append(
                actor_item(
                    desk, a, by_actor.get(a["name"], []), "new-names: " + ", ".join(fresh[:10]), "top50"
                )
            )

    picked = statement_sample(snap["statements"], sizes["statements"], seeds["statements"])
    strict, lenient, dates = statement_rates(picked, j_statements)
    for st in picked:
        outcome, j = statement_outcome(st, j_statements)
        if outcome == "unjudged":
            todo.append(statement_item(desk, st, folder))
        elif outcome == "pending" and j is not None:
            todo.append(name_item(desk, st, j, folder))

    population = sentence_population(desk.folder)

    def judged_sample(pick: list[dict[str, Any]], why: str) -> Recall:
        done = []
        for c in pick:
            j = j_sentences.get((c["article"], c["start"], c["end"], c["shash"]))
            if j is None:
                todo.append(sentence_item(desk, c, folder, why))
            else:
                done.append(j)
        rec = recall(done, snap["statements"])
        rec.right.pending += len(pick) - len(done)
        rec.found.pending += len(pick) - len(done)
        for sj, n, name in rec.names:
            todo.append(rname_item(desk, sj, n, name))
        return rec

    sent_rec = judged_sample(sentence_sample(population, sizes["sentences"], seeds["sentences"]), "recall")
    dated_pop = dated_candidates(
        [c for c in population if corpus.load(folder, c["article"]).date],
        lambda a: corpus.load(folder, a).text,
    )
    dated_rec = judged_sample(sentence_sample(dated_pop, sizes["dated"], seeds["dated"]), "dated")

    shifts = shift_rate(snap["shifts"], j_shifts)
    for sh in snap["shifts"]:
        if shift_key(sh) not in j_shifts:
            todo.append(shift_item(desk, sh, snap, folder))

    counts = {
        "articles": len(snap.get("articles", {})),
        "actors": len(actors),
        "statements": len(snap["statements"]),
        "shown": sum(1 for s in snap["statements"] if s.get("canonical")),
        "shifts": len(snap["shifts"]),
        "sentences": len(population),
        "dated": len(dated_pop),
    }
    return DeskScore(
        desk.label,
        counts,
        usable,
        top30,
        merges,
        top50,
        strict,
        lenient,
        dates,
        sent_rec,
        dated_rec,
        shifts,
        todo,
    )


# ---- to-judge items -----------------------------------------------------------------------------


def _st_brief(st: dict[str, Any], folder: str, before: int = 1) -> dict[str, Any]:
    art = corpus.load(folder, st["article"])
    lo = min(st["start"], st.get("speaker_start") or st["start"])
    hi = max(st["end"], st.get("speaker_end") or st["end"])
    return {
        "article": st["article"],
        "title": art.title,
        "article_date": art.date,
        "context": corpus.context(art, lo, hi, before=before),
        "quote": corpus.one_line(st["quote"], 300),
        "speaker_text": st.get("speaker"),
        "cue": st.get("cue"),
        "actor": st.get("canonical"),
        "build_date": st.get("date"),
        "build_date_end": st.get("date_end"),
        "precision": st.get("date_precision"),
        "date_text": st.get("date_text"),
    }


def actor_item(
    desk: EvalDesk, a: dict[str, Any], stmts: Sequence[dict[str, Any]], why: str, pick: str
) -> dict[str, Any]:
    """An actor to judge: the actor as listed, and examples of its statements, one per name it covers."""
    examples: list[dict[str, Any]] = []
    seen: set[str] = set()
    for st in sorted(stmts, key=lambda s: (s["article"], s["start"])):
        name = st.get("actor") or ""
        if name in seen and len(examples) >= 3:
            continue
        seen.add(name)
        b = _st_brief(st, str(desk.folder), before=0)
        examples.append({"name_in_article": name, **{k: b[k] for k in ("article", "title", "context")}})
        if len(examples) >= 6:
            break
    return {
        "type": "actor",
        "desk": desk.label,
        "why": f"{pick}: {why}",
        "key": {"desk": desk.label, "name": a["name"], "kind": a["kind"]},
        "actor": {
            k: a.get(k) for k in ("name", "kind", "aliases", "roles", "affiliation", "statements", "names")
        },
        "examples": examples,
        "fill": {
            "usable": None,
            "verdict": None,
            "true_kind": None,
            "duplicate_of": None,
            "merges": None,
            "note": "",
        },
    }


def statement_item(desk: EvalDesk, st: dict[str, Any], folder: str) -> dict[str, Any]:
    """A statement to judge: the build's reading and the sentence (with the one before it)."""
    return {
        "type": "statement",
        "desk": desk.label,
        "key": {"article": st["article"], "start": st["start"], "end": st["end"], "qhash": st["qhash"]},
        "build": _st_brief(st, folder),
        "fill": {
            "is_statement": None,
            "speaker": None,
            "speaker_kind": None,
            "speaker_org": None,
            "accept": [],
            "loose": [],
            "reject": [],
            "date": None,
            "date_reason": None,
            "note": "",
        },
    }


def name_item(desk: EvalDesk, st: dict[str, Any], j: dict[str, Any], folder: str) -> dict[str, Any]:
    """A judged statement whose build actor name is new: does it denote the judged speaker?"""
    item = statement_item(desk, st, folder)
    item["type"] = "name"
    item["judged"] = {k: j.get(k) for k in ("speaker", "speaker_org", "accept", "loose", "reject")}
    item["fill"] = {"add_to": None, "name": st.get("canonical")}
    return item


def sentence_item(desk: EvalDesk, c: dict[str, Any], folder: str, why: str) -> dict[str, Any]:
    """A recall sentence to judge: every statement it holds (speaker, content anchor, date)."""
    art = corpus.load(folder, c["article"])
    return {
        "type": "sentence",
        "desk": desk.label,
        "why": why,
        "key": dict(c),
        "title": art.title,
        "article_date": art.date,
        "sentence": art.text[c["start"] : c["end"]],
        "context": corpus.context(art, c["start"], c["end"], before=1),
        "fill": {
            "statements": [
                {
                    "speaker": None,
                    "speaker_kind": None,
                    "speaker_org": None,
                    "cue": None,
                    "anchor": None,
                    "date": None,
                }
            ],
            "note": "",
        },
    }


def rname_item(desk: EvalDesk, sj: dict[str, Any], n: int, name: str) -> dict[str, Any]:
    """A build name found on a judged sentence statement: does it denote the judged speaker?"""
    return {
        "type": "rname",
        "desk": desk.label,
        "key": {k: sj[k] for k in ("article", "start", "end", "shash")} | {"index": n, "name": name},
        "sentence": sj.get("sentence", ""),
        "judged": sj["statements"][n],
        "fill": {"a": None},
    }


def shift_item(desk: EvalDesk, sh: dict[str, Any], snap: dict[str, Any], folder: str) -> dict[str, Any]:
    """A shift marker to judge: both statements in context."""
    index = {statement_key(s): s for s in snap["statements"]}
    later = index.get(statement_key(sh["later"]))
    earlier = index.get(statement_key(sh["earlier"])) if sh.get("earlier") else None
    later_key, earlier_key = shift_key(sh)
    return {
        "type": "shift",
        "desk": desk.label,
        "key": {"later": later_key, "earlier": earlier_key},
        "actor": sh["actor"],
        "why": sh.get("why"),
        "stances": [sh.get("earlier_stance"), sh.get("later_stance")],
        "earlier": _st_brief(earlier, folder) if earlier else None,
        "later": _st_brief(later, folder) if later else None,
        "fill": {"real": None, "why_not": None, "note": ""},
    }


def write_to_judge(split: str, items: list[dict[str, Any]], work: Path) -> Path:
    """Write the items still to judge (JSON Lines, and a readable .txt beside it); ids are stable keys."""
    out = work / "to-judge" / f"{split}.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    lines, text = [], []
    for item in items:
        ident = item["type"] + ":" + json.dumps(item["key"], sort_keys=True, ensure_ascii=False)
        if ident in seen:
            continue
        seen.add(ident)
        item["id"] = f"{split[0]}{len(seen)}"
        lines.append(json.dumps(item, ensure_ascii=False))
        text.append(render(item))
    out.write_text("\n".join(lines) + ("\n" if lines else ""), encoding="utf-8")
    out.with_suffix(".txt").write_text("\n".join(text), encoding="utf-8")
    return out


def render(item: dict[str, Any]) -> str:
    """A to-judge item as a few readable lines."""
    t = item["type"]
    head = f"[{item['id']}] {t} {item['desk']}"
    if t == "actor":
        a = item["actor"]
        lines = [
            f"{head} ({item['why']}): {a['name']!r} {a['kind']} n={a['statements']} roles={a['roles'][:3]} aff={a['affiliation']!r}",
            f"   names: {a['names'][:12]}",
            f"   similar on desk: {item.get('similar', [])}",
        ]
        lines += [f"   - <{e['name_in_article']}> {e['article']}: {e['context']}" for e in item["examples"]]
        return "\n".join(lines)
    if t in ("statement", "name"):
        b = item["build"]
        lines = [
            f"{head} {b['article']} ({b['article_date']}) {b['title']!r}",
            f"   build: actor={b['actor']!r} speaker={b['speaker_text']!r} cue={b['cue']!r} date={b['build_date']}..{b['build_date_end']} {b['precision']} {b['date_text']!r}",
            f"   {b['context']}",
        ]
        if t == "name":
            lines.append(f"   judged: {item['judged']}")
        return "\n".join(lines)
    if t == "sentence":
        return f"{head} {item['key']['article']} ({item['article_date']}) {item['title']!r}\n   {item['context']}"
    if t == "rname":
        j = item["judged"]
        return (
            f"{head} build name {item['key']['name']!r} for judged speaker {j.get('speaker')!r}"
            f" (org {j.get('speaker_org')!r}, cue {j.get('cue')!r})\n   {corpus.one_line(item['sentence'], 500)}"
        )
    e, lt = item.get("earlier") or {}, item.get("later") or {}
    return "\n".join(
        [
            f"{head} actor={item['actor']!r} {item['stances']} why={item['why']!r}",
            f"   earlier {e.get('article')} ({e.get('article_date')}): {e.get('context')}",
            f"   later   {lt.get('article')} ({lt.get('article_date')}): {lt.get('context')}",
        ]
    )


# ---- report ---------------------------------------------------------------------------------------


def merged(rates: Sequence[Rate]) -> Rate:
    """Several rates added up."""
    out = Rate()
    for r in rates:
        out.good += r.good
        out.judged += r.judged
        out.pending += r.pending
        for k, v in r.detail.items():
            out.detail[k] = out.detail.get(k, 0) + v
    return out


def report(split: str, scores: list[DeskScore], build: str, todo_path: Path | None) -> str:
    """The printed report of one split."""
    lines = [f"== {split} split, build {build} (git {git_head()}), {dt.date.today().isoformat()}"]
    for s in scores:
        c = s.counts
        lines += [
            f"-- {s.label}: {c['articles']} articles with statements, {c['actors']} actors, {c['statements']} statements "
            f"({c['shown']} with an actor), {c['shifts']} shift markers, {c['sentences']} candidate sentences",
            f"   usable actors (random {s.usable.judged + s.usable.pending}): {s.usable.text()}   target {TARGETS['usable']}",
            f"   top 30 usable: {s.top30.good} of {s.top30.judged}"
            + (f" ({s.top30.pending} unjudged)" if s.top30.pending else "")
            + f"   target {TARGETS['top30']}",
            f"   false merges in the top 50: {len(s.top50_merges)}"
            + (f" ({'; '.join(s.top50_merges)})" if s.top50_merges else "")
            + (f", {s.top50.pending} unjudged" if s.top50.pending else "")
            + f"   target {TARGETS['merges']}",
            f"   top 50 usable: {s.top50.text()}",
            f"   statement is the actor's (random): strict {s.strict.text()}   target {TARGETS['statements']}",
            f"      lenient (desk-wide collective counted right): {s.lenient.text()}",
            f"   date right where the text gives one (statement sample): {s.dates.text()}   target {TARGETS['dates']}",
            f"   dated sentences ({c['dated']} candidates): date right where the text gives one: {s.dated.dates.text()}",
            f"      found with the right speaker: {s.dated.right.text()}",
            f"   recall, sentence statements found with the right speaker: {s.recall.right.text()}",
            f"      found at all: {s.recall.found.text()}",
            f"   shift markers: {c['shifts']} shown, precision {s.shifts.text()}   target {TARGETS['shifts']}",
        ]
    if len(scores) > 1:
        lines += [
            "-- all desks of the split",
            f"   usable actors: {merged([s.usable for s in scores]).text()}",
            f"   statement is the actor's: strict {merged([s.strict for s in scores]).text()}",
            f"   date right: {merged([s.dates for s in scores]).text()}",
            f"   date right, dated sentences: {merged([s.dated.dates for s in scores]).text()}",
            f"   recall (right speaker): {merged([s.recall.right for s in scores]).text()}",
        ]
    todo = sum(len(s.to_judge) for s in scores)
    kinds: dict[str, int] = {}
    for s in scores:
        for it in s.to_judge:
            kinds[it["type"]] = kinds.get(it["type"], 0) + 1
    lines.append(
        f"-- unjudged: {todo} items ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items())) or 'none'})"
        + (f" -> {todo_path}" if todo_path and todo else "")
    )
    return "\n".join(lines)


def draw_meta(meta: dict[str, Any], draw: str | None) -> dict[str, Any]:
    """The split's meta with the seeds (and sizes) of a further recorded draw in place of the first."""
    if draw is None:
        return meta
    extra = meta.get("draws", {}).get(draw)
    if extra is None:
        raise SystemExit(
            f"no draw {draw!r} in the meta.json of {meta.get('split')}: {sorted(meta.get('draws', {}))}"
        )
    return {
        **meta,
        "seeds": extra["seeds"],
        "sizes": {**meta.get("sizes", {}), **extra.get("sizes", {})},
        "desks": {},
    }


def run(
    split: str, desks: tuple[str, ...], work: Path, refresh: bool = False, draw: str | None = None
) -> tuple[list[DeskScore], str]:
    """Index, snapshot and score one split; returns the scores and the report text."""
    meta = draw_meta(judgements.load_meta(split), draw)
    if not meta:
        raise SystemExit(f"no {judgements.LABELS / split / 'meta.json'}: the seeds of this split are unknown")
    evaldesks = ensure_desks((split,), desks, work)
    scores = []
    for d in evaldesks:
        snap = snapshot(d, work, refresh=refresh)
        scores.append(score_desk(d, snap, meta, split))
    items = [it for s in scores for it in s.to_judge]
    path = write_to_judge(split, items, work)
    label = split if draw is None else f"{split} (draw {draw})"
    return scores, report(label, scores, evaldesks[0].build, path)


def main(argv: list[str] | None = None) -> int:
    """Score the requested split(s) and print the report."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="tune", help="tune, heldout or both (default tune)")
    ap.add_argument("--desks", default="politics,reuters")
    ap.add_argument("--work", type=Path, default=WORK)
    ap.add_argument("--refresh", action="store_true", help="take the snapshot again even if cached")
    ap.add_argument("--draw", help="score a further seeded draw recorded under 'draws' in meta.json")
    args = ap.parse_args(argv)
    if not CORPORA.is_dir():
        print(f"no corpora at {CORPORA}: nothing to score", file=sys.stderr)
        return 1
    splits = SPLITS if args.split == "both" else parse_list(args.split, SPLITS, "split")
    for split in splits:
        _, text = run(split, parse_list(args.desks, tuple(DESKS), "desk"), args.work, args.refresh, args.draw)
        print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
