"""Quote extraction speed: MB of article text per second on one core.

Reads the BBC corpus plus a slice of Reuters from /work/shared/corpora once (reading is not timed), then
times `extract_statements` over every article. Usage: .venv/bin/python bench/bench_quotes.py [N_REUTERS]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from index.actors import load_gazetteer  # noqa: E402
from index.quotes import extract_statements  # noqa: E402
from index.readers import read_file  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"


def main() -> int:
    n_reuters = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    if not CORPORA.exists():
        print(f"no corpora at {CORPORA}")
        return 1
    paths = sorted((CORPORA / "bbc").rglob("*.md")) + sorted((CORPORA / "reuters").rglob("*.md"))[:n_reuters]
    articles = [a for p in paths for a in read_file(p).articles]
    size = sum(len(a.text.encode("utf-8")) for a in articles)
    load_gazetteer()  # loaded once per process in real use too
    # CPU time, not wall time, best of three passes: the machine is shared, and the bar is per core.
    runs = []
    for _ in range(3):
        wall, cpu = time.perf_counter(), time.process_time()
        statements = sum(len(extract_statements(a)) for a in articles)
        runs.append((time.process_time() - cpu, time.perf_counter() - wall))
    cpu, wall = min(runs)
    print(f"articles={len(articles)} text={size / 1e6:.1f} MB statements={statements} cpu={cpu:.2f}s wall={wall:.2f}s")
    print(f"speed={size / 1e6 / cpu:.2f} MB/s per core ({len(articles) / cpu:.0f} articles/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
