"""The layout the design asks for, checked statically: the engine never imports the UI, and nothing
imports the repo folders by their bare names (they install as the `newsdesk` namespace)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

UI_MODULES = ("newsdesk.tui", "textual", "rich")


def _imports(path: Path) -> list[tuple[int, str]]:
    """Every module an import statement names, at any depth (inside functions too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against the file's package
                package = path.parent.relative_to(ROOT).parts
                base = ".".join(("newsdesk", *package[: len(package) - node.level + 1]))
                found.append((node.lineno, f"{base}.{node.module}" if node.module else base))
            else:
                found.append((node.lineno, node.module or ""))
        elif isinstance(node, ast.Call) and _dynamic_import(node):
            found.append((node.lineno, node.args[0].value))  # type: ignore[attr-defined]
    return found


def _dynamic_import(node: ast.Call) -> bool:
    """`importlib.import_module("x")` or `__import__("x")` with a literal name."""
    name = getattr(node.func, "attr", getattr(node.func, "id", ""))
    first = node.args[0] if node.args else None
    return (
        name in ("import_module", "__import__")
        and isinstance(first, ast.Constant)
        and isinstance(first.value, str)
    )


def _python_files(*tops: str) -> list[Path]:
    return sorted(p for top in tops for p in (ROOT / top).rglob("*.py"))


def _names(module: str, prefixes: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


def test_the_engine_never_imports_the_ui() -> None:
    bad = [
        f"{path.relative_to(ROOT)}:{line}: {module}"
        for path in _python_files("index")
        for line, module in _imports(path)
        if _names(module, UI_MODULES)
    ]
    assert bad == []


def test_nothing_imports_the_repo_folders_by_bare_name() -> None:
    bad = [
        f"{path.relative_to(ROOT)}:{line}: {module}"
        for path in _python_files("index", "tui", "tests", "bench")
        for line, module in _imports(path)
        if _names(module, ("index", "tui", "sample_articles"))
    ]
    assert bad == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("def f():\n    from newsdesk.tui.app import X\n", "newsdesk.tui.app"),
        ("import textual.widgets as w\n", "textual.widgets"),
        ("import importlib\nimportlib.import_module('newsdesk.tui.cli')\n", "newsdesk.tui.cli"),
    ],
)
def test_the_import_scanner_sees_every_form(tmp_path: Path, source: str, expected: str) -> None:
    path = tmp_path / "m.py"
    path.write_text(source)
    assert expected in [m for _, m in _imports(path)]
