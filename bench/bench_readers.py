"""Read every article of the shared corpora (or the folders given) and print files/s and warnings.

Usage: .venv/bin/python bench/bench_readers.py [FOLDER ...]
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

from newsdesk.index.ingest.readers import iter_desk_files, read_file

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def main(argv: list[str]) -> int:
    """Walk and read each folder, printing one line of numbers per folder."""
    folders = [Path(a) for a in argv] or sorted(
        p for p in (SHARED / "corpora").iterdir() if p.is_dir() and not p.name.startswith("_")
    )
    total_files = 0
    total_seconds = total_cpu = 0.0
    for folder in folders:
        reasons: Counter[str] = Counter()
        start, cpu_start = time.perf_counter(), time.process_time()
        files = articles = 0
        for path in iter_desk_files(folder, warn=lambda w, r=reasons: r.update([w.reason])):
            result = read_file(path, root=folder)
            files += 1
            articles += len(result.articles)
            reasons.update(w.reason for w in result.warnings)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
        total_files += files
        total_seconds += seconds
        total_cpu += cpu
        # CPU time too: the machine is shared, so wall time depends on what else runs.
        print(
            f"{folder.name}: {files} files, {articles} articles in {seconds:.2f} s (cpu {cpu:.2f} s)"
            f" = {files / seconds:,.0f} files/s"
        )
        for reason, count in reasons.most_common():
            print(f"    {count:6d}  {reason}")
    if total_seconds:
        print(
            f"total: {total_files} files in {total_seconds:.2f} s (cpu {total_cpu:.2f} s)"
            f" = {total_files / total_seconds:,.0f} files/s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
