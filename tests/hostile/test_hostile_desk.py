"""The generated hostile desk (tests/hostile/generate.py) through every command: no hang, no
traceback, no escape sequence, one warning line per bad file, the good files indexed (issue 12)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.hostile.generate import HostileDesk, write_hostile_desk
from tests.hostile.test_hostile_output import UNSAFE


def _cli(*args: str, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    # The timeout guards against a hang (a FIFO, an alias bomb, a quadratic loop), not speed.
    return subprocess.run(
        [sys.executable, "-m", "newsdesk.tui.cli", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[HostileDesk, dict[str, Any], dict[str, str]]:
    """The hostile desk, indexed once: (desk, the index summary, the CLI environment)."""
    import os

    root = tmp_path_factory.mktemp("hostile")
    desk = write_hostile_desk(root)
    env = dict(
        os.environ, PYTHONPATH=str(ROOT), XDG_DATA_HOME=str(root / "xdg"), XDG_CONFIG_HOME=str(root / "cfg")
    )
    env.pop("NEWSDESK_DATA", None)
    started = time.monotonic()
    done = _cli("index", str(desk.folder), "--json", env=env)
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    summary["wall"] = time.monotonic() - started
    return desk, summary, env


def test_index_warns_once_per_bad_file_and_indexes_the_good_ones(
    hostile: tuple[HostileDesk, dict[str, Any], dict[str, str]],
) -> None:
    desk, summary, _ = hostile
    warnings = summary["warnings"]
    for shown, reason in desk.bad.items():
        lines = [w for w in warnings if w.startswith(f"warning: {shown}: ")]
        assert len(lines) == 1 and reason in lines[0], (shown, lines)
    assert len([w for w in warnings if w.startswith("warning: ")]) == len(desk.bad)
    (outside,) = [w for w in warnings if w.startswith("note: ")]
    assert outside.startswith("note: 1 file linked from outside the desk, indexed (secret.txt -> ")
    manifest = json.loads((desk.folder / ".newsdesk" / "manifest.json").read_text())
    # The good files, and the bodies of the four with refused front matter.
    assert set(desk.good) <= set(manifest["files"])
    assert summary["added"] == len(desk.good) + 4
    assert "README.md" not in manifest["files"]


def test_index_output_is_one_plain_line_per_warning(
    hostile: tuple[HostileDesk, dict[str, Any], dict[str, str]],
) -> None:
    desk, _, env = hostile
    done = _cli("index", str(desk.folder), env=env)
    assert done.returncode == 0
    assert not UNSAFE.search(done.stdout + done.stderr)
    assert "Traceback" not in done.stderr
    # The files broken now are read again on every run; the unchanged good ones are not.
    assert done.stdout.startswith("indexed: 0 added, 0 updated, 0 removed, ")
    indexed = json.loads((desk.folder / ".newsdesk" / "manifest.json").read_text())["files"]
    again = [shown for shown in desk.bad if shown not in indexed]
    assert done.stderr.count("\n") == len(again) + 1  # + the note about the link out of the desk


COMMANDS = [
    ("search", "minister"),
    ("search", "minister", "--json"),
    ("search", "said", "--limit", "100"),
    ("search", "title:window OR title:newline", "--json"),
    ("search", "actor:varga kind:direct"),
    ("search", "x*"),
    ("search", "date:[2024-01-01 to 2026-01-01]"),
    ("search", '"unclosed'),
    ("actors",),
    ("actors", "--json"),
    ("timeline", "Varga"),
    ("timeline", "Varga", "--json"),
    ("timeline", "minister", "--topic", "talks"),
    ("bookmarks", "list"),
    ("bookmarks", "add", "fifo.md", "--start", "0", "--end", "5"),
    ("bookmarks", "add", "zero.txt", "--start", "0", "--end", "5"),
    ("bookmarks", "add", "yaml-bomb.md", "--start", "0", "--end", "4", "--note", "\x1b]0;x\x07"),
    ("bookmarks", "list", "--json"),
    ("bookmarks", "export", "--format", "md"),
    ("bookmarks", "check"),
]


@pytest.mark.parametrize("args", COMMANDS, ids=[" ".join(c) for c in COMMANDS])
def test_every_command_answers_the_hostile_desk_in_one_piece(
    hostile: tuple[HostileDesk, dict[str, Any], dict[str, str]], args: tuple[str, ...]
) -> None:
    desk, _, env = hostile
    done = _cli(*args, "--desk", str(desk.folder), env=env, timeout=60)
    assert done.returncode in (0, 1, 2), done.stderr
    assert "Traceback" not in done.stderr
    if args[0] != "bookmarks" or args[1] != "export":  # the brief carries a passage exactly
        assert not UNSAFE.search(done.stdout + done.stderr), done.stdout + done.stderr
    if "--json" in args:
        for line in done.stdout.splitlines():
            json.loads(line)


def test_quotes_reads_the_hostile_desk_as_files(
    hostile: tuple[HostileDesk, dict[str, Any], dict[str, str]],
) -> None:
    desk, _, env = hostile
    done = _cli("quotes", str(desk.folder), "--json", env=env)
    assert done.returncode == 0
    assert "Traceback" not in done.stderr
    assert not UNSAFE.search(done.stdout + done.stderr)
    done = _cli("quotes", str(desk.folder / "fifo.md"), str(desk.folder / "zero.txt"), env=env, timeout=30)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"warning: {desk.folder / 'fifo.md'}: not a regular file (FIFO): skipped",
        f"warning: {desk.folder / 'zero.txt'}: not a regular file (character device): skipped",
    ]
