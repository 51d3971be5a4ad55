"""Opening a 1 MB article in the TUI: how long the event loop stalls, and what a cursor move costs.

Writes a synthetic desk (1 MB of generated text with ~1,500 quotes) to a temp folder, indexes it,
opens the article headless with a search active and prints the numbers.

    .venv/bin/python bench/bench_tui_large_article.py [--size 1000000]
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
    head = "---\ntitle: A very long article\ndate: 2025-01-01\nsource: Big Wire\n---\n"
    (folder / "big.md").write_text(head + "\n\n".join(paragraphs) + "\n", encoding="utf-8")


async def measure(folder: Path, data: Path) -> None:
    from newsdesk.tui.app import NewsdeskApp

    app = NewsdeskApp(folder, data, index_on_start=False, config_files=[])
    main = app.main_screen
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        app.query_one("#search").value = "accept"
        await asyncio.sleep(0.3)
        await app.workers.wait_for_complete()
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
        await app.workers.wait_for_complete()
        await pilot.pause()
        opened = time.perf_counter() - start
        done = True
        await task
        moves = []
        for _ in range(10):
            t0 = time.perf_counter()
            await pilot.press("down")
            await pilot.pause()
            moves.append(time.perf_counter() - t0)
        print(
            f"article: {len(main.article.text):,} chars, {len(main.statements)} statements, "
            f"{len(app.query_one('#article').hits)} hits"
        )
        print(f"open: {opened * 1000:.0f} ms until shown; longest event-loop stall {max(gaps) * 1000:.0f} ms")
        print(f"cursor move (keypress to next idle): median {statistics.median(moves) * 1000:.0f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    args = parser.parse_args()
    from newsdesk.index.desk import Desk

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "desk"
        folder.mkdir()
        write_article(folder, args.size)
        data = Path(tmp) / "data"
        Desk(folder, data).index()
        asyncio.run(measure(folder, data))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
