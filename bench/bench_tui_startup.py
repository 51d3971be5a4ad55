"""Time to first paint and to results: newsdesk's TUI against a bare Textual app with a header and footer.

Each run is a fresh process (imports included), headless, timed from spawn until the app's first
refresh is done (a callback registered before any widget's, so it runs first after that frame).
newsdesk paints its search bar and footer first and mounts the (still empty) panes just after, so
two more moments are printed: every pane mounted, and the desk's first results on screen (what a
user waits for when re-opening an indexed desk; the background indexer runs meanwhile, as it does
for them). Wall times swing with the load other processes put on the cores, so the CPU each child
had used at its first paint is printed too. Goals: first paint <= 1.2x bare (limit 1.5), results
within 0.5 s of launch on an indexed desk.

Run it with bytecode caching on (`env -u PYTHONDONTWRITEBYTECODE`), as an installed package has:
without it every run compiles newsdesk's modules from source.

    .venv/bin/python bench/bench_tui_startup.py [--runs 7] [--desk DESK --data DATA]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve()
MOMENTS = ("painted", "complete", "results")


def child(kind: str, desk: str | None, data: str | None) -> None:
    """Run one app headless; print each moment with the CPU seconds used so far."""
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Header

    def moment(name: str, app: App[object] | None = None) -> None:
        print(f"{name} {time.process_time():.4f}", flush=True)
        if app is not None:
            app.exit()

    if kind == "bare":

        class Bare(App[None]):
            def compose(self) -> ComposeResult:
                self.call_after_refresh(moment, "painted", self)
                yield Header()
                yield Footer()

        Bare().run(headless=True, size=(160, 45))
        return

    from newsdesk.tui.app import NewsdeskApp
    from newsdesk.tui.desk_paths import resolve_desk
    from newsdesk.tui.screens.main import MainScreen
    from newsdesk.tui.widgets.search_bar import SearchBar

    folder, data_dir = resolve_desk(desk, data)

    class TimedScreen(MainScreen):
        def compose(self) -> ComposeResult:
            self.call_after_refresh(moment, "painted")
            yield from super().compose()

        async def _mount_panes(self) -> None:
            await super()._mount_panes()
            moment("complete")

    class Timed(NewsdeskApp):
        def get_default_screen(self) -> MainScreen:
            return TimedScreen(self.engine, index_on_start=True)

        def on_search_bar_answered(self, event: SearchBar.Answered) -> None:
            # The answer is on screen once the frame after it is drawn.
            self.call_after_refresh(moment, "results", self)

    Timed(folder, data_dir, index_on_start=True).run(headless=True, size=(160, 45))


def time_once(kind: str, desk: str | None, data: str | None) -> dict[str, tuple[float, float]]:
    """(wall seconds since spawn, CPU seconds of the child) at each moment the child reported."""
    cmd = [sys.executable, str(HERE), "--child", kind]
    if desk:
        cmd += ["--desk", desk]
    if data:
        cmd += ["--data", data]
    start = time.perf_counter()
    process = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert process.stdout is not None
    seen: dict[str, tuple[float, float]] = {}
    for line in process.stdout:
        name, _, cpu = line.strip().partition(" ")
        if name in MOMENTS and name not in seen:
            seen[name] = (time.perf_counter() - start, float(cpu))
    process.wait(timeout=60)
    if "painted" not in seen:
        raise SystemExit(f"{kind}: the app never painted")
    return seen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--desk", default=None)
    parser.add_argument("--data", default=None)
    parser.add_argument("--child", choices=["bare", "newsdesk"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.desk, args.data)
        return 0
    runs: dict[str, list[dict[str, tuple[float, float]]]] = {"bare": [], "newsdesk": []}
    for _ in range(args.runs):
        for kind in runs:  # interleaved, so machine load hits both alike
            runs[kind].append(time_once(kind, args.desk, args.data))

    def median(kind: str, name: str, which: int) -> float:
        values = [run[name][which] for run in runs[kind] if name in run]
        return statistics.median(values) if values else float("nan")

    bare_wall, bare_cpu = median("bare", "painted", 0), median("bare", "painted", 1)
    nd_wall, nd_cpu = median("newsdesk", "painted", 0), median("newsdesk", "painted", 1)
    print(
        f"bare      first paint median {bare_wall * 1000:5.0f} ms (CPU {bare_cpu * 1000:4.0f} ms)  n={args.runs}"
    )
    print(
        f"newsdesk  first paint median {nd_wall * 1000:5.0f} ms (CPU {nd_cpu * 1000:4.0f} ms),"
        f" all panes {median('newsdesk', 'complete', 0) * 1000:5.0f} ms,"
        f" results on screen {median('newsdesk', 'results', 0) * 1000:5.0f} ms after launch"
    )
    print(
        f"first-paint ratio newsdesk/bare: wall {nd_wall / bare_wall:.2f}, CPU {nd_cpu / bare_cpu:.2f}"
        "  (goal <= 1.2, limit 1.5)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
