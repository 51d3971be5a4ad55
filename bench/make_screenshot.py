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
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.press("slash", *query, "enter")
        await asyncio.sleep(0.4)
        await app.workers.wait_for_complete()
        await pilot.pause()
        view = app.query_one("#article")
        if app.statements:  # put the cursor on the first direct quote, so the status line names its speaker
            first = next((st for st in app.statements if st.kind == "direct"), app.statements[0])
            view.move_cursor(view.location_of(first.start + 1))
        await pilot.pause()
        out.parent.mkdir(parents=True, exist_ok=True)
        app.save_screenshot(filename=out.name, path=str(out.parent))
    print(f"wrote {out}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--query", default="monitors")
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
