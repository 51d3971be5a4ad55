"""Hostile queries on an indexed desk: each must answer within 2 s, or say it was cut short, or be refused.

    .venv/bin/python bench/bench_hostile_queries.py --desk /tmp/nd-bench/desk20k --data /tmp/nd-bench/data20k

Prints, per query, the wall time of `Store.search_page` (the first page, snippets on, the default
2 s time limit), the total, and whether it was cut short or refused with a QueryError; then the
time `Store.highlights` takes on a 3 MB one-line article holding 30,000 hits. Before the time
budget (issue 12), `*` took 24 s on this desk, `body:*` 16 s, a 100 KB token 90 s, a 300-word
phrase 16.7 s, and 200 ORed wildcards ran for minutes and then answered "no results".
"""

from __future__ import annotations

import argparse
import random
import string
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WORDS = [
    "government",
    "said",
    "oil",
    "prices",
    "rose",
    "minister",
    "president",
    "bank",
    "rates",
    "market",
    "shares",
    "trade",
    "tax",
    "court",
]


def queries() -> dict[str, str]:
    """Name -> query text; random parts are seeded, so every run asks the same."""
    rng = random.Random(12)
    wildcards = [f"*{a}{b}*" for a in string.ascii_lowercase[:10] for b in string.ascii_lowercase[:20]]
    phrase = " ".join(rng.choice(WORDS) for _ in range(300))
    return {
        "*": "*",
        "body:*": "body:*",
        "actor:*": "actor:*",
        "speaker:*": "speaker:*",
        "100 KB token": "".join(rng.choice(string.ascii_lowercase) for _ in range(100_000)),
        "990-letter token": "".join(rng.choice(string.ascii_lowercase) for _ in range(990)),
        "300-word phrase": f'"{phrase}"',
        "phrase of 1,000 characters": '"' + phrase[:998].rsplit(" ", 1)[0] + '"',
        "*a* OR *e*": "*a* OR *e*",
        "200 ORed wildcards": " OR ".join(wildcards),
        "120 ORed wildcards": " OR ".join(wildcards[:120]),
        "a* OR b* OR c*": "a* OR b* OR c*",
        "???": "???",
        "body:[a to z]": "body:[a to z]",
        "NOT said": "NOT said",
        "oil OR date:[1980 to 2030]": "oil OR date:[1980 to 2030]",
        "four fuzzy~2": "inflation~2 OR market~2 OR government~2 OR president~2",
        "sloppy phrase": '"oil prices rose sharply"~5',
    }


def main() -> int:
    from newsdesk.index.desk import Desk
    from newsdesk.index.model import Article
    from newsdesk.index.search.store import QueryError

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--desk", default="/tmp/nd-bench/desk20k")
    parser.add_argument("--data", default="/tmp/nd-bench/data20k")
    parser.add_argument("--limit", type=float, default=2.0, help="the time limit each query is given (s)")
    args = parser.parse_args()
    desk = Desk(Path(args.desk), Path(args.data))
    store = desk.store
    store.search("oil")  # the first search of a process loads each segment's stored fields
    worst = 0.0
    print(f"{'query':30s} {'seconds':>7s}  answer")
    for name, text in queries().items():
        t0 = time.perf_counter()
        try:
            page = store.search_page(text, time_limit=args.limit)
            answer = f"{page.total:,} results" + (" - cut short: " + page.cut_short if page.cut_short else "")
        except QueryError as exc:
            answer = f"refused: {exc}"
        seconds = time.perf_counter() - t0
        worst = max(worst, seconds)
        print(f"{name:30s} {seconds:7.2f}  {answer[:150]}")
    body = "oil prices " * 30_000 + "x" * (3_000_000 - 330_000)
    article = Article(key="huge", path="huge.md", title="", body=body)
    for text in ("oil", '"oil prices"', "*i*"):
        t0 = time.perf_counter()
        found = store.highlights(article, text)
        seconds = time.perf_counter() - t0
        print(
            f"{'highlights, 3 MB, ' + text:30s} {seconds:7.2f}  {len(found.spans):,} spans, "
            f"{found.total:,}{'+' if found.capped else ''} counted"
        )
    print(f"slowest query: {worst:.2f} s (limit {args.limit:g} s)")
    desk.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
