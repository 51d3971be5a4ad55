"""Textual's own cost of a resize: a bare app with a widget tree like newsdesk's main screen.

A search Input, a results DataTable (31 three-line rows), the article as a Static in a
VerticalScroll, a TabbedContent holding a 14-row DataTable, a status line and a Footer; none of
newsdesk's code. Resized through the same sizes as bench_tui_resize.py, timed with the same frame
clock (App._display wrapped): the first frame at the new size, the last before the app is idle,
frames per resize. What newsdesk costs on top is the difference.

    .venv/bin/python bench/bench_tui_resize_bare.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from pathlib import Path
from typing import ClassVar

from bench_tui_resize import ACROSS, WITHIN
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import DataTable, Footer, Input, Static, TabbedContent, TabPane

ARTICLE = "\n\n".join(
    f"Paragraph {n}: " + " ".join(["The minister said the plan would not pass in its present form."] * 4)
    for n in range(8)
)


class Bare(App[None]):
    CSS_PATH = Path(__file__).with_name("bare_resize.tcss")
    BINDINGS: ClassVar[list[BindingType]] = [
        ("slash", "noop", "Search"),
        ("b", "noop", "Bookmark"),
        ("t", "noop", "Timeline"),
    ]

    def compose(self) -> ComposeResult:
        yield Input(placeholder="search")
        with Horizontal():
            yield DataTable(id="results", cursor_type="row")
            with VerticalScroll(id="article"):
                yield Static(ARTICLE, markup=False)
            with TabbedContent(id="side"):
                with TabPane("Quotes"):
                    yield DataTable(id="quotes", cursor_type="row")
                with TabPane("Timeline"):
                    yield Static("timeline")
        yield Static("Indexed: 30 added, 0 updated, 0 removed, 0 failed", id="status")
        yield Footer()

    def on_mount(self) -> None:
        results = self.query_one("#results", DataTable)
        results.add_column("result")
        for n in range(31):
            results.add_row(Text(f"Title {n}\nsnippet of the article {n}\nOutlet · 2025-03-01"), height=3)
        quotes = self.query_one("#quotes", DataTable)
        quotes.add_columns("who", "quote")
        for n in range(14):
            quotes.add_row(f"Speaker {n}", f"We will never accept a plan number {n}.")

    def action_noop(self) -> None:
        pass


async def measure(rounds: int) -> None:
    app = Bare()
    frames: list[tuple[float, tuple[int, int]]] = []
    display = app._display

    def recording(screen: object, renderable: object) -> None:
        display(screen, renderable)  # type: ignore[arg-type]
        if renderable is not None:
            frames.append((time.perf_counter(), tuple(app.size)))

    app._display = recording  # type: ignore[method-assign]
    async with app.run_test(size=ACROSS[0]) as pilot:
        await pilot.pause()
        await asyncio.sleep(0.3)
        for name, sizes in (("across layouts", ACROSS), ("within a layout", WITHIN)):
            right: list[float] = []
            settled: list[float] = []
            counts: list[int] = []
            for _ in range(rounds):
                for size in sizes[1:] + sizes[:1]:
                    frames.clear()
                    start = time.perf_counter()
                    await pilot.resize_terminal(*size)
                    await pilot.pause()
                    while time.perf_counter() - (frames[-1][0] if frames else start) < 0.15:
                        await asyncio.sleep(0.01)
                    right.append(next(t for t, at in frames if at == size) - start)
                    settled.append(frames[-1][0] - start)
                    counts.append(len(frames))
            print(
                f"bare Textual, {name}: first frame at the new size median {statistics.median(right) * 1000:.0f} ms,"
                f" max {max(right) * 1000:.0f} ms; settled median {statistics.median(settled) * 1000:.0f} ms,"
                f" max {max(settled) * 1000:.0f} ms; frames per resize median {statistics.median(counts):.0f}"
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    asyncio.run(measure(parser.parse_args().rounds))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
