"""Time to first paint: newsdesk's TUI against a bare Textual app with a header and footer.

Each run is a fresh process (imports included), headless, timed from spawn until the app's first
refresh is done (a callback registered before any widget's, so it runs first after that frame).
newsdesk paints its search bar and footer first and mounts the (still empty) panes just after, so
the time until every pane is mounted ("complete") is printed too. Prints medians and the ratio
(goal <= 1.2, limit 1.5).

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


def child(kind: str, desk: str | None, data: str | None) -> None:
    """Run one app headless; print "painted" once the first frame after mount is done."""
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Header

    def painted(app: App[object], *, last: bool = True) -> None:
        print(f"painted {time.process_time():.4f}", flush=True)
        if last:
            app.exit()

    if kind == "bare":

        class Bare(App[None]):
            def compose(self) -> ComposeResult:
                self.call_after_refresh(painted, self)
                yield Header()
                yield Footer()

        Bare().run(headless=True, size=(160, 45))
        return

    from newsdesk.tui.app import NewsdeskApp
    from newsdesk.tui.desk_paths import resolve_desk
    from newsdesk.tui.screens.main import MainScreen

    folder, data_dir = resolve_desk(desk, data)

    class TimedScreen(MainScreen):
        def compose(self) -> ComposeResult:
            self.call_after_refresh(painted, self.app, last=False)
            yield from super().compose()

        def _start(self) -> None:
            if self.bookmarks_pane.is_mounted and self.query("#index-status"):
                print("complete", flush=True)
                self.app.exit()
                return
            super()._start()

    class Timed(NewsdeskApp):
        def get_default_screen(self) -> MainScreen:
            return TimedScreen(self.engine, index_on_start=True)

    Timed(folder, data_dir, index_on_start=True).run(headless=True, size=(160, 45))


# CPU seconds each child had used at its first paint: unlike wall time, not inflated when other
# processes hold the cores.
CPU: dict[str, list[float]] = {}


def time_once(kind: str, desk: str | None, data: str | None) -> tuple[float, float]:
    """Seconds from spawning a child until it reports its first paint, and until it is complete."""
    cmd = [sys.executable, str(HERE), "--child", kind]
    if desk:
        cmd += ["--desk", desk]
    if data:
        cmd += ["--data", data]
    start = time.perf_counter()
    process = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert process.stdout is not None
    painted = complete = 0.0
    for line in process.stdout:
        if line.startswith("painted"):
            painted = time.perf_counter() - start
            CPU.setdefault(kind, []).append(float(line.split()[1]))
        elif line.strip() == "complete":
            complete = time.perf_counter() - start
    process.wait(timeout=30)
    if not painted:
        raise SystemExit(f"{kind}: the app never painted")
    return painted, complete or painted


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
    times: dict[str, list[tuple[float, float]]] = {"bare": [], "newsdesk": []}
    for _ in range(args.runs):
        for kind in times:  # interleaved, so machine load hits both alike
            times[kind].append(time_once(kind, args.desk, args.data))
    medians = {kind: statistics.median(p for p, _ in values) for kind, values in times.items()}
    for kind, values in times.items():
        painted = [p for p, _ in values]
        print(
            f"{kind:9s} first paint median {medians[kind] * 1000:5.0f} ms  min {min(painted) * 1000:5.0f} ms"
            f"  all panes mounted median {statistics.median(c for _, c in values) * 1000:5.0f} ms  (n={len(values)})"
        )
    print(
        f"first-paint ratio newsdesk/bare: {medians['newsdesk'] / medians['bare']:.2f}  (goal <= 1.2, limit 1.5)"
    )
    cpu = {kind: statistics.median(values) for kind, values in CPU.items()}
    print(
        f"CPU until first paint (median): bare {cpu['bare'] * 1000:.0f} ms, newsdesk {cpu['newsdesk'] * 1000:.0f} ms,"
        f" ratio {cpu['newsdesk'] / cpu['bare']:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
