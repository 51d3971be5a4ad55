"""Indexing and search benchmarks on the real corpora (run by hand; prints numbers).

    .venv/bin/python bench/bench_index.py [--articles 10000] [--work /tmp/nd-bench]

1. Index ~10k real articles (bbc + reuters) with newsdesk (quotes and actors included) and with a
   plain single-process whoosh indexer of the same files (title, date, source, stemmed body).
2. Re-index the unchanged 20k desk (bbc + reuters + wikinews, ~21.5k files).
3. Search with snippets on the 20k desk: p50/p95 in-process.
4. `newsdesk search --json` as a whole process vs a bare `python -c` opening the index and querying.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpora"
sys.path.insert(0, str(ROOT))

QUERIES = [
    "oil",
    "prices",
    "government",
    "said",
    "bank AND rates",
    '"interest rates"',
    "minister OR president",
    "export*",
    "title:profit",
    "source:bbc",
    "date:[1987-03-01 to 1987-03-31] oil",
    "shares NOT oil",
    "inflation~",
    "tax",
    "election",
    "court",
    "music",
    "market",
    "trade deficit",
    "chancellor",
]


def make_desk(folder: Path, files: list[Path]) -> None:
    """A desk of symlinks to the corpus files, so nothing is copied."""
    if folder.exists() and len(list(folder.iterdir())) == len(files):
        return
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for f in files:
        (folder / f.name).symlink_to(f)


def corpus(names: list[str]) -> list[Path]:
    out: list[Path] = []
    for name in names:
        out.extend(sorted((SHARED / name).glob("*.md")))
    return out


def plain_whoosh(files: list[Path], index_dir: Path) -> float:
    """The baseline: one process, title/date/source/stemmed body, one commit."""
    import datetime as dt

    import yaml
    from whoosh import fields, index
    from whoosh.analysis import StemmingAnalyzer

    shutil.rmtree(index_dir, ignore_errors=True)
    index_dir.mkdir(parents=True)
    schema = fields.Schema(
        path=fields.ID(stored=True, unique=True),
        title=fields.TEXT(stored=True),
        date=fields.DATETIME(stored=True),
        source=fields.ID(stored=True),
        body=fields.TEXT(analyzer=StemmingAnalyzer()),
    )
    t0 = time.perf_counter()
    ix = index.create_in(str(index_dir), schema)
    w = ix.writer()
    for f in files:
        text = f.read_text(encoding="utf-8", errors="replace")
        _, fm, body = text.split("---", 2) if text.startswith("---") else ("", "", text)
        meta = yaml.load(fm, Loader=yaml.CSafeLoader) or {}
        d = meta.get("date")
        w.add_document(
            path=str(f),
            title=str(meta.get("title", "")),
            source=str(meta.get("source", "")),
            date=dt.datetime(d.year, d.month, d.day) if isinstance(d, dt.date) else None,
            body=body,
        )
    w.commit()
    return time.perf_counter() - t0


def peak_rss_mb() -> float:
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (self_kb + kids_kb) / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--work", default="/tmp/nd-bench")
    ap.add_argument("--skip-baseline", action="store_true")
    ap.add_argument("--skip-10k", action="store_true")
    args = ap.parse_args()
    if not SHARED.is_dir():
        sys.exit(f"corpora not found at {SHARED}")
    from newsdesk.index.desk import Desk

    work = Path(args.work)
    print(f"machine: {os.cpu_count()} cores, python {sys.version.split()[0]}")
    if not args.skip_10k:
        files10 = corpus(["bbc", "reuters"])[: args.articles]
        desk10 = work / "desk10k"
        make_desk(desk10, files10)
        if not args.skip_baseline:
            base = plain_whoosh(files10, work / "plain-index")
            print(f"plain whoosh, 1 process, {len(files10)} articles: {base:.1f} s")
        data10 = work / "data10k"
        shutil.rmtree(data10, ignore_errors=True)
        t0 = time.perf_counter()
        summary = Desk(desk10, data10).index()
        ours = time.perf_counter() - t0
        print(
            f"newsdesk index (quotes + actors), {summary.added} files: {ours:.1f} s"
            + (f"  ratio {ours / base:.2f}x baseline" if not args.skip_baseline else "")
        )
        print(f"peak RSS (self + largest child): {peak_rss_mb():.0f} MB")

    files20 = corpus(["bbc", "reuters", "wikinews"])
    desk20 = work / "desk20k"
    make_desk(desk20, files20)
    data20 = work / "data20k"
    desk = Desk(desk20, data20)
    if not (data20 / "manifest.json").exists():
        t0 = time.perf_counter()
        s = desk.index()
        print(f"first index of the 20k desk ({s.added} files): {time.perf_counter() - t0:.1f} s")
    t0 = time.perf_counter()
    s = desk.index()
    print(f"re-index unchanged 20k desk ({s.unchanged} unchanged): {time.perf_counter() - t0:.2f} s")

    store = desk.store
    times = []
    for _ in range(3):
        for q in QUERIES:
            t0 = time.perf_counter()
            store.search(q, limit=20)
            times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    p95 = times[int(len(times) * 0.95) - 1]
    print(
        f"search with snippets, 20k desk: p50 {statistics.median(times):.1f} ms, p95 {p95:.1f} ms ({len(times)} queries)"
    )
    desk.close()

    exe = [
        sys.executable,
        "-m",
        "newsdesk.tui.cli",
        "search",
        "oil prices",
        "--desk",
        str(desk20),
        "--data",
        str(data20),
        "--json",
    ]
    bare = [
        sys.executable,
        "-c",
        (
            "import sys, whoosh.index as I; from whoosh.qparser import MultifieldParser;"
            f"ix=I.open_dir({str(data20 / 'index')!r}); s=ix.searcher();"
            "q=MultifieldParser(['title','body'], ix.schema).parse('oil prices');"
            "r=s.search(q, limit=20); [h.highlights('body') for h in r]"
        ),
    ]

    def timed(cmd: list[str]) -> float:
        runs = []
        for _ in range(5):
            t0 = time.perf_counter()
            subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True)
            runs.append(time.perf_counter() - t0)
        return statistics.median(runs)

    cli, raw = timed(exe), timed(bare)
    print(
        f"process: newsdesk search --json {cli * 1000:.0f} ms, bare python -c {raw * 1000:.0f} ms, ratio {cli / raw:.2f}x"
    )


if __name__ == "__main__":
    main()
