"""Opening a large article in the TUI: the longest event-loop stall, and what a key costs after.

Writes a synthetic desk to a temp folder, indexes it, opens the article headless with a search
active and prints the numbers. Two shapes (both by default):

- `paragraphs`: 1 MB of generated paragraphs with ~1,500 quotes;
- `one-line`: 3 MB written as a single line with ~30,000 hits of the query (the article that
  froze the app for two minutes when the pane was a TextArea).

While the article opens, and then for ten cursor moves and ten jumps to the next hit, a ticker
wakes every 5 ms; the longest gap between its wake-ups is the longest time a keystroke could wait.

    .venv/bin/python bench/bench_tui_large_article.py [--shape paragraphs|one-line] [--size N]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import tempfile
import time
from pathlib import Path

WORDS = [
    "the",
    "river",
    "minister",
    "said",
    "talks",
    "water",
    "dam",
    "border",
    "farmers",
    "accord",
    "plan",
    "monitors",
    "flow",
    "delta",
]
HEAD = "---\ntitle: A very long article\ndate: 2025-01-01\nsource: Big Wire\n---\n"


def write_article(folder: Path, size: int) -> None:
    """One long Markdown article: filler paragraphs with a quoted statement every fifth one."""
    rng = random.Random(1)
    paragraphs: list[str] = []
    total = 0
    while total < size:
        n = len(paragraphs)
        if n % 5 == 0:
            text = f'"We will not accept this plan number {n}," Foreign Minister Anna Berg said.'
        else:
            text = " ".join(rng.choice(WORDS) for _ in range(80)) + "."
        paragraphs.append(text)
        total += len(text) + 2
    (folder / "big.md").write_text(HEAD + "\n\n".join(paragraphs) + "\n", encoding="utf-8")


def write_one_line(folder: Path, size: int) -> None:
    """One article written as a single line, the query word every ~16 words."""
    rng = random.Random(1)
    words: list[str] = []
    total = 0
    while total < size:
        word = "accept" if len(words) % 16 == 7 else rng.choice(WORDS)
        words.append(word)
        total += len(word) + 1
    (folder / "big.md").write_text(HEAD + " ".join(words) + "\n", encoding="utf-8")


async def idle(app: object) -> None:
    """Until no worker of the app is running (a cancelled one counts as done)."""
    while any(not worker.is_finished for worker in app.workers):  # type: ignore[attr-defined]
        await asyncio.sleep(0.01)


async def measure(folder: Path, data: Path) -> None:
    from newsdesk.tui.app import NewsdeskApp

    app = NewsdeskApp(folder, data, index_on_start=False, config_files=[])
    main = app.main_screen
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        await idle(app)
        app.query_one("#search").value = "accept"
        await asyncio.sleep(0.3)
        await idle(app)
        gaps: list[float] = []
        done = False

        async def ticker() -> None:
            last = time.perf_counter()
            while not done:
                await asyncio.sleep(0.005)
                now = time.perf_counter()
                gaps.append(now - last)
                last = now

        task = asyncio.create_task(ticker())
        start = time.perf_counter()
        main.open_article("big.md", focus=True)
        await idle(app)
        await pilot.pause()
        opened = time.perf_counter() - start
        open_stall = max(gaps)
        gaps.clear()
        costs: dict[str, list[float]] = {"down": [], "n": []}
        for key in ["down"] * 10 + ["n"] * 10:
            t0 = time.perf_counter()
            await pilot.press(key)
            await pilot.pause()
            costs[key].append(time.perf_counter() - t0)
        done = True
        await task
        print(
            f"article: {len(main.article.text):,} chars, {len(main.statements)} statements, "
            f"{len(app.query_one('#article').hits)} hits"
        )
        print(
            f"open: {opened * 1000:.0f} ms until shown; longest event-loop stall {open_stall * 1000:.0f} ms"
        )
        print(
            f"after: cursor move median {statistics.median(costs['down']) * 1000:.0f} ms, next hit median "
            f"{statistics.median(costs['n']) * 1000:.0f} ms (keypress to next idle); "
            f"longest stall {max(gaps) * 1000:.0f} ms"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shape", choices=["paragraphs", "one-line"], action="append")
    parser.add_argument(
        "--size", type=int, default=None, help="bytes (default 1 MB paragraphs, 3 MB one line)"
    )
    args = parser.parse_args()
    from newsdesk.index.desk import Desk

    for shape in args.shape or ["paragraphs", "one-line"]:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "desk"
            folder.mkdir()
            if shape == "paragraphs":
                write_article(folder, args.size or 1_000_000)
            else:
                write_one_line(folder, args.size or 3_000_000)
            data = Path(tmp) / "data"
            t0 = time.perf_counter()
            Desk(folder, data).index()
            print(f"{shape}: indexed in {time.perf_counter() - t0:.1f} s")
            asyncio.run(measure(folder, data))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
