"""Resizing the TUI: how long until the layout and the open article have re-flowed to the new size.

Opens the sample desk headless, searches, opens an article (or a generated --size article), then
resizes the terminal through sizes that change the layout (200x50, 80x24, 140x45, 100x30, 60x20)
and through sizes that keep it (200 down to 120 columns), timing from the resize until the article
is wrapped at its new width and the next frame is drawn; also the longest event-loop stall
meanwhile. Goal: a re-flow within 100 ms.

Two clocks: "pilot" is the older figure (resize_terminal, then Pilot's pause, which waits for
20 ms windows of idle CPU, so it adds 20-40 ms of its own); "frame" times the frames the app
actually composes (App._display is wrapped, bench only): the first frame drawn at the new size
with the article wrapped for it, the last frame before the app is idle (long tables re-cut after
a 50 ms pause), and how many frames a resize cost. Then, untimed, whether the first frame drawn at
each new size already shows the screen it settles on (nothing drawn stale, then redrawn).

    .venv/bin/python bench/bench_tui_resize.py [--size 1000000] [--rounds 3]
    .venv/bin/python bench/bench_tui_resize.py --desk DESK --data DATA   # an indexed desk, as it is
    ... --profile out.prof   # cProfile of the resizes only (snakeviz / pstats)
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

# Each step changes the layout (three panes, two, stacked), the costliest kind of resize...
ACROSS = [(200, 50), (80, 24), (140, 45), (100, 30), (60, 20)]
# ...and these stay in the three-pane layout, like dragging a window's edge.
WITHIN = [(200, 50), (180, 48), (160, 45), (140, 42), (120, 40)]


async def measure(folder: Path, data: Path, key: str | None, rounds: int, profile: str | None = None) -> None:
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

        # (time, size of the screen, article wrapped for its width) of every frame composed.
        frames: list[tuple[float, tuple[int, int], bool]] = []
        display = app._display

        def recording(screen: object, renderable: object) -> None:
            display(screen, renderable)  # type: ignore[arg-type]
            if renderable is not None:
                frames.append((time.perf_counter(), tuple(app.size), view.wrap_width == view._width))

        app._display = recording  # type: ignore[method-assign]
        task = asyncio.create_task(ticker())
        print(f"article {len(main.article.text):,} chars, {len(main.hits)} results listed")
        profiler = None
        if profile:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        for name, sizes in (("across layouts", ACROSS), ("within a layout", WITHIN)):
            gaps.clear()
            times: list[float] = []
            right: list[float] = []
            settled: list[float] = []
            counts: list[int] = []
            for _ in range(rounds):
                for size in sizes[1:] + sizes[:1]:
                    frames.clear()
                    start = time.perf_counter()
                    await pilot.resize_terminal(*size)
                    while view.wrap_width != view._width:  # the new wrap is not in yet
                        await asyncio.sleep(0.002)
                    await pilot.pause()
                    times.append(time.perf_counter() - start)
                    # Then until no frame came for 150 ms (the tables' re-cut comes after a pause).
                    while time.perf_counter() - (frames[-1][0] if frames else start) < 0.15:
                        await asyncio.sleep(0.01)
                    right.append(next(t for t, at, wrapped in frames if at == size and wrapped) - start)
                    settled.append(frames[-1][0] - start)
                    counts.append(len(frames))
            print(
                f"re-flow {name}: pilot median {statistics.median(times) * 1000:.0f} ms,"
                f" max {max(times) * 1000:.0f} ms over {len(times)} resizes (to the frame after the article is"
                f" re-wrapped); longest stall {max(gaps) * 1000:.0f} ms"
            )
            print(
                f"  frame: right at the new size median {statistics.median(right) * 1000:.0f} ms,"
                f" max {max(right) * 1000:.0f} ms; settled median {statistics.median(settled) * 1000:.0f} ms,"
                f" max {max(settled) * 1000:.0f} ms; frames per resize median {statistics.median(counts):.0f}"
            )
        if profiler is not None and profile:
            profiler.disable()
            profiler.dump_stats(profile)
        done = True
        await task
        app._display = display  # type: ignore[method-assign]
        await check_first_frames(app, pilot, display)


async def check_first_frames(app: Any, pilot: Any, display: Any) -> None:
    """Untimed: is the first frame drawn at a new size already the screen it settles on? (Each frame
    at the new size is exported as text and compared with the settled screen; exporting is slow, so
    this runs after the timed resizes.)"""
    shots: list[str] = []
    size: tuple[int, int] = (0, 0)

    def recording(screen: object, renderable: object) -> None:
        display(screen, renderable)
        if renderable is not None and tuple(app.size) == size:
            shots.append(app.export_screenshot(simplify=True))

    app._display = recording
    final = stale = 0
    sizes = ACROSS[1:] + WITHIN[1:] + WITHIN[:1]
    for size in sizes:
        shots.clear()
        await pilot.resize_terminal(*size)
        await asyncio.sleep(0.5)
        await pilot.pause()
        settled = app.export_screenshot(simplify=True)
        final += bool(shots) and shots[0] == settled
        stale += sum(shot != settled for shot in shots)
    app._display = display
    print(
        f"first frame at the new size is the settled screen in {final} of {len(sizes)} resizes;"
        f" {stale} frames at a new size showed something else first"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=0, help="open a generated article of this many bytes")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--desk", type=Path, help="an indexed desk folder (with --data; not re-indexed)")
    parser.add_argument("--data", type=Path, help="the desk's data folder, its index already built")
    parser.add_argument("--profile", help="write a cProfile of the resizes to this file")
    args = parser.parse_args()
    if args.desk is not None:
        asyncio.run(measure(args.desk, args.data or args.desk / ".newsdesk", None, args.rounds, args.profile))
        return 0
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
        asyncio.run(measure(folder, data, key, args.rounds, args.profile))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
