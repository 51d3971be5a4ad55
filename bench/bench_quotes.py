"""Quote extraction speed: MB of article text per second on one core, on text it has not seen.

Reads the BBC corpus plus a slice of Reuters from /work/shared/corpora once (reading is not timed),
warms up on 300 Wikinews articles (imports, compiled patterns, the gazetteer), then times
`extract_statements` over the BBC + Reuters articles in three disjoint thirds and prints the median.
Never a repeated pass: the extractor caches parsed mentions by text, so a second pass over the same
articles measures its caches (about 1.4x faster), not extraction.
Usage: .venv/bin/python bench/bench_quotes.py [N_REUTERS]
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsdesk.index.actors.gazetteer import load_gazetteer  # noqa: E402
from newsdesk.index.ingest.readers import read_file  # noqa: E402
from newsdesk.index.language.quotes import extract_statements  # noqa: E402

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
    warm = [a for p in sorted((CORPORA / "wikinews").rglob("*.md"))[:300] for a in read_file(p).articles]
    for article in warm:
        extract_statements(article)
    # CPU time, not wall time (the machine is shared and the bar is per core); each third is new text.
    thirds = [articles[i::3] for i in range(3)]
    runs = []
    statements = 0
    for part in thirds:
        part_size = sum(len(a.text.encode("utf-8")) for a in part)
        cpu = time.process_time()
        statements += sum(len(extract_statements(a)) for a in part)
        runs.append(part_size / 1e6 / (time.process_time() - cpu))
    speeds = ", ".join(f"{r:.2f}" for r in runs)
    print(f"articles={len(articles)} text={size / 1e6:.1f} MB statements={statements}")
    print(f"speed={statistics.median(runs):.2f} MB/s per core, median of three new-text thirds ({speeds})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
