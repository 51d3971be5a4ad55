"""Actor registry speed on an indexed desk: prints seconds for a cold build and for a warm load.

    .venv/bin/python bench/bench_registry.py DATA_DIR [--desk DESK] [--runs 3] [--profile N]

DATA_DIR is the desk's data folder (the one holding manifest.json); DESK defaults to its parent (the
usual DESK/.newsdesk layout). Nothing is written to the desk: the cold build is the in-memory build
from the manifest's mentions (what a stale registry.json costs), and the warm load reads a registry.json
written to a temporary folder. Exits 0 with a "skipped" line when the data folder has no manifest.
`--profile N` prints the N hottest functions of one cold build (cProfile, cumulative).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsdesk.index.actors.persist import load_registry, save_registry  # noqa: E402
from newsdesk.index.desk import Desk  # noqa: E402


def seconds(action: object, runs: int) -> tuple[float, float]:
    """Median and best seconds of `runs` calls of `action`."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        samples.append(time.perf_counter() - start)
    return statistics.median(samples), min(samples)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("data", type=Path, help="the desk's data folder (holds manifest.json)")
    parser.add_argument("--desk", type=Path, help="the desk folder (default: the data folder's parent)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each (default 3)")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="profile one cold build")
    args = parser.parse_args()
    if not (args.data / "manifest.json").is_file():
        print(f"skipped: no manifest.json in {args.data}")
        return 0
    desk = Desk(args.desk or args.data.parent, args.data)
    articles = desk.article_count()
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(desk._build_registry)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(args.profile)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.profile)
    cold, cold_best = seconds(desk._build_registry, args.runs)
    registry = desk._build_registry()
    with tempfile.TemporaryDirectory(prefix="bench-registry-") as tmp:
        path = Path(tmp) / "registry.json"
        save_registry(registry, path, ["bench"])
        warm, warm_best = seconds(lambda: load_registry(path, ["bench"], desk._lookup), args.runs)
        size = path.stat().st_size
    print(f"desk: {articles} articles, {len(registry.by_id)} actors, registry.json {size / 1e6:.1f} MB")
    print(f"cold build: {cold:.2f} s (best {cold_best:.2f} s of {args.runs})")
    print(f"warm load:  {warm:.2f} s (best {warm_best:.2f} s of {args.runs})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
