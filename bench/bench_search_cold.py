"""Per-query search time without the ranker's cache, against whoosh's collector (in-process).

Every timing of the fast path starts from an empty per-searcher cache, so it is what a query
costs the first time it is asked; whoosh keeps no such cache. Minima over the rounds (the
machine is shared), snippets on, limit 20, the queries of `bench_index.py` part 3.

    .venv/bin/python bench/bench_search_cold.py --desk /tmp/nd-bench/desk20k --data /tmp/nd-bench/data20k
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def main() -> int:
    from bench_index import QUERIES

    from index.desk import Desk

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--desk", default="/tmp/nd-bench/desk20k")
    parser.add_argument("--data", default="/tmp/nd-bench/data20k")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("queries", nargs="*")
    args = parser.parse_args()
    desk = Desk(Path(args.desk), Path(args.data))
    store = desk.store
    queries = args.queries or QUERIES
    for q in queries:  # one-time costs of a new searcher (files, parser, date column) out of the way
        store.search(q, limit=20)
    fast: dict[str, list[float]] = {q: [] for q in queries}
    slow: dict[str, list[float]] = {q: [] for q in queries}
    for _ in range(args.rounds):
        for q in queries:
            store.fast_ranking = True
            store._ranker = None  # a fresh ranker: nothing cached
            t0 = time.perf_counter()
            store.search(q, limit=20)
            fast[q].append((time.perf_counter() - t0) * 1000)
            store.fast_ranking = False
            t0 = time.perf_counter()
            store.search(q, limit=20)
            slow[q].append((time.perf_counter() - t0) * 1000)
    print(f"{'query':40s} {'whoosh':>8s} {'fast, cold':>11s}  (minimum of {args.rounds}, ms)")
    for q in sorted(queries, key=lambda q: -min(slow[q])):
        print(f"{q:40s} {min(slow[q]):8.1f} {min(fast[q]):11.1f}")
    desk.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
