"""Render docs/screenshot.svg: the main screen on the bundled sample desk with a search.

Indexes the sample desk into a temporary data folder, searches, opens the top result with the
cursor on a statement, and saves the screen as SVG.

    .venv/bin/python bench/make_screenshot.py [--query monitors] [--out docs/screenshot.svg]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


async def shoot(folder: Path, data: Path, query: str, out: Path, size: tuple[int, int]) -> None:
    from newsdesk.tui.app import NewsdeskApp

    app = NewsdeskApp(folder, data, index_on_start=False, config_files=[])
    main = app.main_screen

    async def idle() -> None:
        await pilot.pause()
        while any(not worker.is_finished for worker in app.workers):
            await asyncio.sleep(0.02)
        await pilot.pause()

    async with app.run_test(size=size) as pilot:
        await idle()
        await pilot.press("slash", *query, "enter")
        await asyncio.sleep(0.4)
        await idle()
        # A statement search opens at the statement; otherwise put the cursor on the first direct quote,
        # so the status line names its speaker.
        if main.statements and not main.search_bar.statements:
            first = next((st for st in main.statements if st.kind == "direct"), main.statements[0])
            main.article_view.move_to(first.start + 1)
        await idle()
        out.parent.mkdir(parents=True, exist_ok=True)
        app.save_screenshot(filename=out.name, path=str(out.parent))
    print(f"wrote {out}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--query", default="actor:dorn border")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshot.svg"))
    parser.add_argument("--width", type=int, default=160)
    parser.add_argument("--height", type=int, default=45)
    args = parser.parse_args()
    from newsdesk.index.desk import Desk
    from newsdesk.tui.desk_paths import sample_desk

    folder = sample_desk()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        desk = Desk(folder, data)
        desk.index()
        desk.close()
        asyncio.run(shoot(folder, data, args.query, Path(args.out).resolve(), (args.width, args.height)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
