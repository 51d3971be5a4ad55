"""Resizing the TUI: how long until the layout and the open article have re-flowed to the new size.

Opens the sample desk headless, searches, opens an article (or a generated --size article), then
resizes the terminal through sizes that change the layout (200x50, 80x24, 140x45, 100x30, 60x20)
and through sizes that keep it (200 down to 120 columns), timing from the resize until the article
is wrapped at its new width and the next frame is drawn; also the longest event-loop stall
meanwhile. Goal: a re-flow within 100 ms.

    .venv/bin/python bench/bench_tui_resize.py [--size 1000000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

# Each step changes the layout (three panes, two, stacked), the costliest kind of resize...
ACROSS = [(200, 50), (80, 24), (140, 45), (100, 30), (60, 20)]
# ...and these stay in the three-pane layout, like dragging a window's edge.
WITHIN = [(200, 50), (180, 48), (160, 45), (140, 42), (120, 40)]


async def measure(folder: Path, data: Path, key: str | None, rounds: int) -> None:
    from newsdesk.tui.app import NewsdeskApp

    app = NewsdeskApp(folder, data, index_on_start=False, config_files=[])
    main = app.main_screen

    async def idle() -> None:
        await pilot.pause()
        while any(not worker.is_finished for worker in app.workers):
            await asyncio.sleep(0.005)

    async with app.run_test(size=ACROSS[0]) as pilot:
        await idle()
        if key is None:
            await pilot.press("slash", *"said", "enter")
        else:
            main.open_article(key, focus=True)
        await asyncio.sleep(0.3)
        await idle()
        view = main.article_view
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
        print(f"article {len(main.article.text):,} chars")
        for name, sizes in (("across layouts", ACROSS), ("within a layout", WITHIN)):
            gaps.clear()
            times: list[float] = []
            for _ in range(rounds):
                for size in sizes[1:] + sizes[:1]:
                    start = time.perf_counter()
                    await pilot.resize_terminal(*size)
                    while view.wrap_width != view._width:  # the new wrap is not in yet
                        await asyncio.sleep(0.002)
                    await pilot.pause()
                    times.append(time.perf_counter() - start)
            print(
                f"re-flow {name}: median {statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms"
                f" over {len(times)} resizes (to the frame after the article is re-wrapped);"
                f" longest stall {max(gaps) * 1000:.0f} ms"
            )
        done = True
        await task


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=0, help="open a generated article of this many bytes")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    from newsdesk.index.desk import Desk
    from newsdesk.tui.desk_paths import sample_desk

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        key = None
        if args.size:
            from bench_tui_large_article import write_article

            folder = Path(tmp) / "desk"
            folder.mkdir()
            write_article(folder, args.size)
            key = "big.md"
        else:
            folder = sample_desk()
        Desk(folder, data).index()
        asyncio.run(measure(folder, data, key, args.rounds))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
