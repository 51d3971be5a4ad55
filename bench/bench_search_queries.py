"""Per-query search times on an indexed desk (in-process `Store.search`, snippets on, limit 20).

Prints each query's minimum and maximum over the rounds, slowest first, then p50/p95 over all
timings (the figure `bench_index.py` part 3 reports). Compare two versions by the minima: the
machine is shared, so maxima and percentiles move with the load.

    .venv/bin/python bench/bench_search_queries.py --desk /tmp/nd-bench/desk20k --data /tmp/nd-bench/data20k

With --cold, every search of the block ranker starts from an empty cache (what a query costs the
first time it is asked) and is set against whoosh's collector, which keeps no such cache; minima.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def main() -> int:
    from bench_index import QUERIES

    from newsdesk.index.desk import Desk

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--desk", default="/tmp/nd-bench/desk20k")
    parser.add_argument("--data", default="/tmp/nd-bench/data20k")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--limit", type=int, default=20)
    parser.add_argument("--no-snippets", action="store_true")
    parser.add_argument("--whoosh", action="store_true", help="rank with whoosh's collector only")
    parser.add_argument("--cold", action="store_true", help="empty ranker cache per search, against whoosh")
    parser.add_argument("queries", nargs="*")
    args = parser.parse_args()
    desk = Desk(Path(args.desk), Path(args.data))
    store = desk.store
    store.fast_ranking = not args.whoosh
    queries = args.queries or QUERIES
    if args.cold:
        cold(store, queries, args.rounds, args.limit)
        desk.close()
        return 0
    per: dict[str, list[float]] = {q: [] for q in queries}
    for _ in range(args.rounds):
        for q in queries:
            t0 = time.perf_counter()
            store.search(q, limit=args.limit, snippets=not args.no_snippets)
            per[q].append((time.perf_counter() - t0) * 1000)
    for q, times in sorted(per.items(), key=lambda kv: -min(kv[1])):
        print(f"{min(times):7.1f} {max(times):7.1f}  {q}")
    every = sorted(t for times in per.values() for t in times)
    p95 = every[int(len(every) * 0.95) - 1]
    print(f"p50 {statistics.median(every):.1f} ms, p95 {p95:.1f} ms ({len(every)} searches)")
    desk.close()
    return 0


def cold(store: Any, queries: list[str], rounds: int, limit: int) -> None:
    """Per query: whoosh's collector against the block ranker with nothing cached (minima, ms)."""
    for q in queries:  # one-time costs of a new searcher (files, parser, date column) out of the way
        store.search(q, limit=limit)
    fast: dict[str, list[float]] = {q: [] for q in queries}
    slow: dict[str, list[float]] = {q: [] for q in queries}
    for _ in range(rounds):
        for q in queries:
            store.fast_ranking = True
            store._ranker = None  # a fresh ranker: nothing cached
            t0 = time.perf_counter()
            store.search(q, limit=limit)
            fast[q].append((time.perf_counter() - t0) * 1000)
            store.fast_ranking = False
            t0 = time.perf_counter()
            store.search(q, limit=limit)
            slow[q].append((time.perf_counter() - t0) * 1000)
    print(f"{'query':40s} {'whoosh':>8s} {'fast, cold':>11s}  (minimum of {rounds}, ms)")
    for q in sorted(queries, key=lambda q: -min(slow[q])):
        print(f"{q:40s} {min(slow[q]):8.1f} {min(fast[q]):11.1f}")


if __name__ == "__main__":
    raise SystemExit(main())
