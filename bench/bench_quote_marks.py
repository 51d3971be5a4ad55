"""Quote extraction on hostile articles made only of quotation marks: wall time and peak RSS.

Writes 1, 2 and 5 MB articles of one mark repeated (`"` by default) under /tmp/bench-quote-marks/ and
runs `newsdesk quotes FILE` on each in a process of its own (the CLI a user runs, output discarded),
reading that process's peak RSS from the kernel (`os.wait4`). A tiny article gives the CLI's own
baseline. Before the marks were paired one at a time (issue 13), the 5 MB `"` article took 8.6 s and
1.3 GB (1 MB: 285 MB); time should grow linearly with the size.
Usage: .venv/bin/python bench/bench_quote_marks.py [--mark '"'] [--sizes 1 2 5]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRATCH = Path("/tmp/bench-quote-marks")
# The file readers refuse articles over 5,000,000 bytes: "5 MB" is the largest one they read.
MAX_BYTES = 5_000_000
CLI = "import sys; from newsdesk.tui.cli import main; sys.exit(main())"


def article(mark: str, megabytes: float) -> Path:
    """A .txt article of `mark` repeated to `megabytes` MB of UTF-8 (at most the readers' limit)."""
    size = min(int(megabytes * 1_000_000), MAX_BYTES - 1)
    width = len(mark.encode("utf-8"))
    path = SCRATCH / f"marks-{ord(mark[0]):x}-{megabytes:g}mb.txt"
    path.write_text(mark * (size // width), encoding="utf-8")
    return path


def run(path: Path) -> tuple[float, int, int]:
    """(wall seconds, peak RSS in MB, exit code) of `newsdesk quotes path` in a fresh process."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", CLI, "quotes", str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here: keep Popen from waiting again
    return time.perf_counter() - started, usage.ru_maxrss // 1024, proc.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mark", default='"', help="the quotation mark the articles repeat")
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 2, 5], help="article sizes in MB")
    args = parser.parse_args()
    SCRATCH.mkdir(parents=True, exist_ok=True)
    tiny = SCRATCH / "tiny.txt"
    tiny.write_text('He said "all is well" on Monday.\n', encoding="utf-8")
    rows = [("tiny article", tiny)] + [
        (f"{mb:g} MB of {args.mark}", article(args.mark, mb)) for mb in args.sizes
    ]
    for label, path in rows:
        seconds, rss, code = run(path)
        size = path.stat().st_size
        per_mb = f"{seconds / (size / 1e6):5.2f} s/MB" if size >= 100_000 else "startup"
        print(f"{label:>16}: {seconds:6.2f} s wall ({per_mb})  peak RSS {rss:5d} MB  exit {code}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
