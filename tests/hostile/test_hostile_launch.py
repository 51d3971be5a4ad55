"""Launching the TUI from a folder holding index.py, tui.py or a newsdesk/ package runs none of
them (issue 12, item 1: the background indexer ran `python -m tui.cli`, and -m puts the working
directory first on the import path)."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsdesk.tui.app import NewsdeskApp
from tests.conftest import write_desk


def _plant(folder: Path, marker: Path) -> None:
    """Modules that record their own import in `marker`, under every name the indexer could import."""
    code = f"open({str(marker)!r}, 'a').write(__name__ + '\\n')\n"
    (folder / "newsdesk").mkdir()
    (folder / "newsdesk" / "__init__.py").write_text(code)
    for name in ("index", "tui", "sitecustomize", "yaml", "whoosh"):
        (folder / f"{name}.py").write_text(code)


def test_the_background_indexer_runs_no_code_from_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = write_desk(tmp_path / "desk")
    hostile = tmp_path / "downloads"
    hostile.mkdir()
    marker = tmp_path / "ran.txt"
    _plant(hostile, marker)
    monkeypatch.chdir(hostile)

    async def run() -> list[str]:
        app = NewsdeskApp(folder, tmp_path / "data", index_on_start=True, config_files=[])
        async with app.run_test(size=(120, 40)) as pilot:
            deadline = time.monotonic() + 60
            # Results can show while the first index is still being written: wait for all three.
            while len(app.main_screen.hits) < 3 and not marker.exists() and time.monotonic() < deadline:
                await pilot.pause(0.2)
            await asyncio.sleep(0)
            return sorted(hit.key for hit in app.main_screen.hits)

    keys = asyncio.run(run())
    assert not marker.exists(), marker.read_text()
    assert keys == ["2025/2025-08-20-guarantees.md", "2025/2025-08-25-pipeline.md", "notes/undated.md"]


def test_the_newsdesk_command_runs_no_code_from_the_working_directory(tmp_path: Path) -> None:
    # The console script, as a user starts it: its own folder is first on the import path, never
    # the working directory (issue 13: a folder holding index.py or tui.py changes nothing).
    script = Path(sys.executable).with_name("newsdesk")
    assert script.is_file(), "run the tests from the venv the README installs (pip install -e '.[test]')"
    folder = write_desk(tmp_path / "desk")
    hostile = tmp_path / "downloads"
    hostile.mkdir()
    marker = tmp_path / "ran.txt"
    _plant(hostile, marker)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "NEWSDESK_DATA")}
    for argv in (["index", str(folder)], ["search", "guarantees", "--desk", str(folder)], ["--help"]):
        done = subprocess.run(
            [str(script), *argv], cwd=hostile, env=env, capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
    assert not marker.exists(), marker.read_text()
