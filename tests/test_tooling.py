"""The checks CI runs besides the tests: mypy over the packages, and the one test command.

CI runs exactly the README's test command (`.ci/run`), so whatever must be checked on every change
is a test here, not another step a runner could forget.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from collections.abc import Iterator
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


# A test must be able to fail: a skip is allowed only where the environment lacks what the test reads
# (../shared, absent on a fresh clone), for permission tests that root passes, and for platform limits.
_ALLOWED_SKIP = re.compile(r"shared|corpora|corpus|root|platform|windows|macos", re.I)
# ... and never for a feature that is missing or broken ("not available yet").
_FEATURE_SKIP = re.compile(r"\byet\b|importable|implemented|does not find|fails", re.I)


def _skips(tree: ast.AST) -> Iterator[tuple[int, str, str]]:
    """(line, kind, reason text) of every skip a test file can take."""
    for node in ast.walk(tree):
        if isinstance(node, ast.ExceptHandler) and node.type is not None:
            names = {n.id for n in ast.walk(node.type) if isinstance(n, ast.Name)}
            if names & {"ImportError", "ModuleNotFoundError"}:
                yield node.lineno, "except ImportError", ""
        if not isinstance(node, ast.Call):
            continue
        name = ast.unparse(node.func)
        if name == "pytest.importorskip":
            yield node.lineno, name, ""
        elif name in ("pytest.skip", "pytest.mark.skipif"):
            texts = [ast.unparse(a) for a in node.args[1 if name == "pytest.mark.skipif" else 0 :]]
            texts += [ast.unparse(k.value) for k in node.keywords if k.arg in ("reason", "msg")]
            yield node.lineno, name, " ".join(texts)


def test_tests_skip_only_for_a_missing_shared_folder_root_or_the_platform() -> None:
    bad = []
    for path in sorted((ROOT / "tests").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for line, kind, reason in _skips(tree):
            allowed = _ALLOWED_SKIP.search(reason) and not _FEATURE_SKIP.search(reason)
            if kind in ("pytest.importorskip", "except ImportError") or not allowed:
                bad.append(f"{path.relative_to(ROOT)}:{line}: {kind} {reason}".rstrip())
    assert bad == []
