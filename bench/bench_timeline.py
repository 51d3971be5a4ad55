"""Timeline speed on a ~20k-article desk (reuters + bbc): prints p50/p95 ms, in-process.

    .venv/bin/python bench/bench_timeline.py [--work /tmp/nd-timeline-bench] [--desk D --data DATA] [--runs 20]

Builds (once, then reuses) a desk of symlinks to /work/shared/corpora/{reuters,bbc} under --work and
indexes it; or point --desk/--data at an existing indexed desk. Times, with the desk kept open as the
TUI keeps it: `desk.iter_statements([actor])` + `build_timeline(...)` for the actor with the most
statements; and `build_timeline` alone on 1,000 records (the top actor's, or synthesised from the
desk's statements when no actor has 1,000 — the output says which).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
sys.path.insert(0, str(ROOT))

from newsdesk.index.desk import Desk  # noqa: E402
from newsdesk.index.timeline import build_timeline  # noqa: E402


def make_desk(folder: Path) -> int:
    """A folder of symlinks to the reuters and bbc files (nothing copied); returns the file count."""
    files = [f for name in ("reuters", "bbc") for f in sorted((CORPORA / name).glob("*.md"))]
    folder.mkdir(parents=True, exist_ok=True)
    present = {p.name for p in folder.iterdir()}
    for f in files:
        if f.name not in present:
            (folder / f.name).symlink_to(f)
    return len(files)


def timed(action: Callable[[], object], runs: int) -> tuple[float, float, object]:
    """p50 and p95 in ms over `runs` calls (after one warm-up), and the last result."""
    result = action()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return (
        statistics.median(samples),
        samples[min(len(samples) - 1, round(0.95 * (len(samples) - 1)))],
        result,
    )


def synthesise(records: list, actor: str, count: int) -> list:
    """`count` records relabelled to one actor, dates spread over two years, a fifth of them re-reported."""
    rng = random.Random(7)
    base = [r for r in records if r.statement.quote]
    out = []
    day0 = dt.date(2024, 1, 1)
    for n in range(count):
        if n % 5 == 4 and out:
            earlier = out[rng.randrange(len(out))]
            r, day = earlier, earlier.statement.date + dt.timedelta(days=rng.randrange(4))
        else:
            r, day = base[n % len(base)], day0 + dt.timedelta(days=rng.randrange(730))
        st = dataclasses.replace(r.statement, actor=actor, date=day, date_precision="day")
        out.append(dataclasses.replace(r, statement=st, key=f"{r.key}#{n}", article_date=day))
    return out


def main(argv: list[str]) -> int:
    """Build or reuse the desk, then time timelines."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", type=Path, default=Path("/tmp/nd-timeline-bench"))
    ap.add_argument("--desk", type=Path, help="an existing desk folder (with --data)")
    ap.add_argument("--data", type=Path, help="its data folder")
    ap.add_argument("--runs", type=int, default=20)
    args = ap.parse_args(argv)
    if args.desk:
        folder, data = args.desk, args.data or args.desk / ".newsdesk"
    else:
        if not CORPORA.is_dir():
            print(f"no corpora at {CORPORA}", file=sys.stderr)
            return 1
        folder, data = args.work / "desk", args.work / "data"
        print(f"desk: {make_desk(folder)} files in {folder}")
    desk = Desk(folder, data)
    start = time.perf_counter()
    summary = desk.index(warn=lambda _m: None)
    print(f"index: {summary.added} added, {summary.updated} updated in {time.perf_counter() - start:.1f} s "
          f"({desk.article_count()} articles)")  # fmt: skip

    registry = desk.registry()
    stats = sorted(desk.actor_stats(), key=lambda s: -s.statements)
    top = stats[0]
    print(f"top actor: {top.actor.name} ({top.statements} statement mentions); next: "
          + ", ".join(f"{s.actor.name} ({s.statements})" for s in stats[1:4]))  # fmt: skip

    person = next((s for s in stats if s.actor.kind == "person"), top)
    records: list = []
    for who in dict.fromkeys((top.actor.name, person.actor.name)):

        def real(who: str = who) -> list:
            return build_timeline(desk.iter_statements([who]), canonical=registry.canonical)

        p50, p95, entries = timed(real, args.runs)
        rows = desk.iter_statements([who])
        records = records or rows
        print(
            f"iter_statements + build_timeline, {who}: {len(rows)} records -> {len(entries)} entries "  # type: ignore[arg-type]
            f"({sum(1 for e in entries if e.shift)} shifts): p50 {p50:.1f} ms, p95 {p95:.1f} ms"
        )  # type: ignore[union-attr]
        p50, p95, _ = timed(lambda who=who: desk.iter_statements([who]), args.runs)
        print(f"  of which iter_statements: p50 {p50:.1f} ms, p95 {p95:.1f} ms")
        if hasattr(desk, "names_for"):
            p50, p95, _ = timed(lambda who=who: desk.names_for(who), args.runs)
            print(f"    of which Desk.names_for (alias lookup): p50 {p50:.1f} ms, p95 {p95:.1f} ms")

    if len(records) >= 1000:
        thousand, label = records[:1000], f"the top actor's first 1,000 records ({top.actor.name})"
    else:
        pool = desk.iter_statements(None)
        thousand, label = (
            synthesise(pool, "Synthetic Actor", 1000),
            f"1,000 synthesised records (from {len(pool)} desk statements)",
        )
    p50, p95, entries = timed(lambda: build_timeline(thousand, canonical=registry.canonical), args.runs)
    print(
        f"build_timeline on {label}: {len(entries)} entries ({sum(1 for e in entries if e.shift)} shifts): "  # type: ignore[arg-type]
        f"p50 {p50:.1f} ms, p95 {p95:.1f} ms"
    )  # type: ignore[union-attr]
    p50, p95, _ = timed(lambda: build_timeline(thousand * 5), max(3, args.runs // 4))
    print(f"build_timeline on 5,000 records (the 1,000 five times over): p50 {p50:.1f} ms, p95 {p95:.1f} ms")
    desk.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
