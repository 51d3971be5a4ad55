"""The checks CI runs besides the tests: mypy over the packages, and the one test command.

CI runs exactly the README's test command (`.ci/run`), so whatever must be checked on every change
is a test here, not another step a runner could forget.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def test_mypy_is_clean(tmp_path: Path) -> None:
    # The settings (strict, and the modules not yet clean) are in pyproject.toml; a fresh cache
    # each time, so a stale one cannot hide an error (a cold run takes a few seconds).
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "mypy-cache")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("Success: no issues found"), done.stdout


def test_mypy_reads_the_packages_through_links_that_match_the_install() -> None:
    # pyproject.toml maps newsdesk.index -> index/, ...; mypy sees the same names through these links.
    links = ROOT / ".ci" / "typecheck" / "newsdesk"
    assert {p.name: p.resolve() for p in links.iterdir()} == {
        "index": ROOT / "index",
        "tui": ROOT / "tui",
        "sample": ROOT / "sample_articles",
    }


def test_ci_runs_exactly_the_readme_test_command_in_parallel() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = re.search(r"^python3 -m venv .*pytest.*$", readme, re.M)
    assert command is not None
    assert command[0].endswith("pytest -q -n auto")  # pytest-xdist: one worker per core
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert ci[-1] == command[0]
