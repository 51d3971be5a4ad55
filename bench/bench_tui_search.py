"""Search-as-you-type latency in the TUI: from the last keystroke to the results on screen.

Types each query into the search bar of a headless app (one key every 80 ms, like a quick typist)
and times from the last key until the results list shows that query's answer. The debounce
(newsdesk.tui.widgets.search_bar.DEBOUNCE_SECONDS, 50 ms) is part of the number. Needs an indexed desk.

    .venv/bin/python bench/bench_tui_search.py --desk /work/shared/corpora --data /tmp/nd-corpora-data
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from pathlib import Path

QUERIES = [
    "ukraine",
    "oil prices",
    "prime minister",
    "election",
    "nato",
    "football",
    "bank of england",
    "said",
]


async def measure(folder: Path, data: Path, queries: list[str], gap: float) -> None:
    from textual.widgets import Input

    from newsdesk.tui.app import NewsdeskApp
    from newsdesk.tui.widgets.results import ResultsTable
    from newsdesk.tui.widgets.search_bar import DEBOUNCE_SECONDS

    shown: dict[str, float] = {}
    original_show = ResultsTable.show_hits

    def show_hits(self: ResultsTable, hits: list, actors: dict | None = None) -> None:
        original_show(self, hits, actors)
        # The moment the app put this query's answer in the list (the harness's own pilot.press
        # returns long after the app handled a key, so polling from the test side overstates).
        shown[self.app.main_screen.query_text] = time.perf_counter()  # type: ignore[attr-defined]

    ResultsTable.show_hits = show_hits  # type: ignore[method-assign]

    class Timed(NewsdeskApp):
        last_change = 0.0

        def on_input_changed(self, event: Input.Changed) -> None:
            # Runs alongside the app's own handler: the moment the keystroke reached the search bar.
            self.last_change = time.perf_counter()

    app = Timed(folder, data, index_on_start=False, config_files=[])
    main = app.main_screen
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.press("slash")
        results: list[float] = []
        for query in queries:
            await pilot.press("ctrl+u")  # clear the search bar (Input: delete to line start)
            for index, key in enumerate(query):
                if index:
                    await asyncio.sleep(gap)
                await pilot.press("space" if key == " " else key)
            while main.query_text != query:
                await asyncio.sleep(0.002)
            elapsed = shown[query] - app.last_change
            results.append(elapsed)
            print(
                f"{query!r:20s} {len(main.hits):3d} hits  {elapsed * 1000:5.0f} ms after the last key"
                f"  ({(elapsed - DEBOUNCE_SECONDS) * 1000:4.0f} ms after the debounce)"
            )
        median = statistics.median(results)
        print(
            f"median {median * 1000:.0f} ms after the last key, {(median - DEBOUNCE_SECONDS) * 1000:.0f} ms after "
            f"the {DEBOUNCE_SECONDS * 1000:.0f} ms debounce; max {max(results) * 1000:.0f} ms"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--desk", required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--gap", type=float, default=0.08, help="seconds between keys")
    parser.add_argument("queries", nargs="*", default=QUERIES)
    args = parser.parse_args()
    asyncio.run(measure(Path(args.desk).resolve(), Path(args.data).resolve(), args.queries, args.gap))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
