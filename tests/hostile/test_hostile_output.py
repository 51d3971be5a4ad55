"""Nothing from a desk reaches the terminal as an escape sequence, and a newline in a name breaks
no output (issue 12, item 6)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, write_desk
from tests.hostile.generate import OSC_CLIPBOARD, OSC_TITLE, RTL_OVERRIDE

# What a terminal acts on: ESC and BEL (7-bit sequences), C1 controls (8-bit CSI/OSC), bidi overrides.
UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def test_one_definition_of_escape_sequences() -> None:
    from newsdesk.index import escapes
    from newsdesk.tui import sanitize

    assert sanitize.ESCAPES is escapes.ESCAPES
    assert sanitize.CONTROLS is escapes.CONTROLS


def test_clean_label_leaves_nothing_a_terminal_acts_on() -> None:
    from newsdesk.tui.sanitize import clean_label

    hostile = f"a{OSC_TITLE}b{OSC_CLIPBOARD}c\x9b31md\x9d0;x\x9ce\u2028f\ng{RTL_OVERRIDE}h\x1b[2Ji\udcffj"
    assert clean_label(hostile) == "abcde f ghi\\udcffj"


def test_json_line_escapes_what_json_leaves_raw_and_keeps_the_data_exact() -> None:
    from newsdesk.tui.sanitize import json_line

    record = {"path": f"a\nb{OSC_TITLE}\x9b2J{RTL_OVERRIDE}\u2028\udcff.md", "n": 1}
    line = json_line(record)
    assert not UNSAFE.search(line) and "\n" not in line
    assert json.loads(line) == record
    line.encode("utf-8")  # a lone surrogate could not even be written


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsdesk.tui.cli", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_hostile_names_reach_no_command_output_raw(tmp_path: Path, cli_env: dict[str, str]) -> None:
    # Confirmed before: OSC 0 (window title) and OSC 52 (clipboard) from `search` paths, `index`
    # warnings and `actors` names from a desk-shipped actors.yaml.
    folder = write_desk(
        tmp_path / "desk",
        {
            f"{OSC_TITLE}turbines.md": f"Turbines\n\nThe minister said {OSC_CLIPBOARD}turbines work.\n",
            "two\nlines.md": "Two lines\n\nThe minister said turbines hum.\n",
            f"{OSC_CLIPBOARD}broken.json": "{",
        },
    )
    (folder / "actors.yaml").write_text(
        f"actors:\n  - {{name: {json.dumps('Ilse ' + OSC_TITLE + 'Varga')}, aliases: [the minister]}}\n"
    )
    outputs = {
        "index": _cli("index", str(folder), env=cli_env),
        "search": _cli("search", "turbines", "--desk", str(folder), env=cli_env),
        "search --json": _cli("search", "turbines", "--desk", str(folder), "--json", env=cli_env),
        "actors": _cli("actors", "--desk", str(folder), env=cli_env),
        "actors --json": _cli("actors", "--desk", str(folder), "--json", env=cli_env),
        "quotes": _cli("quotes", str(folder), env=cli_env),
        "quotes --json": _cli("quotes", str(folder), "--json", env=cli_env),
        "timeline": _cli("timeline", "Varga", "--desk", str(folder), env=cli_env),
        "timeline --json": _cli("timeline", "Varga", "--desk", str(folder), "--json", env=cli_env),
    }
    for name, done in outputs.items():
        assert done.returncode == 0, (name, done.stderr)
        assert not UNSAFE.search(done.stdout + done.stderr), (name, done.stdout + done.stderr)
    assert "warning: broken.json: broken JSON" in outputs["index"].stderr
    assert "Ilse Varga" in outputs["actors"].stdout
    # JSON Lines: one record per line, the exact names inside.
    paths = sorted(json.loads(line)["path"] for line in outputs["search --json"].stdout.splitlines())
    assert paths == [f"{OSC_TITLE}turbines.md", "two\nlines.md"]
    assert json.loads(outputs["actors --json"].stdout.splitlines()[0])["name"] == f"Ilse {OSC_TITLE}Varga"
    # Plain output: a name with a newline stays on its line.
    assert outputs["search"].stdout.count("\n") == 7  # three lines a hit, and the count line
    assert "two lines.md" in outputs["search"].stdout
