"""The package layout drawn in the README's design notes is the layout of the code."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import ROOT

_ENTRY = re.compile(r"^(?P<indent>(?:[│ ] {3})*)(?:[├└]── )?(?P<name>[\w.]+/?)(?:\s|$)")


def _tree() -> list[Path]:
    """Every path the README's layout tree names, relative to the repo root."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("The package layout")
    opening = readme.index("```\n", start) + 4
    block = readme[opening : readme.index("\n```", opening)]
    paths: list[Path] = []
    parents: list[Path] = []
    for line in block.splitlines():
        match = _ENTRY.match(line)
        if match is None or (not line.startswith(match["name"]) and "── " not in line):
            continue  # a description carried on to the next line
        depth = len(match["indent"]) // 4 + (1 if "── " in line else 0)
        path = (parents[depth - 1] if depth else Path()) / match["name"].rstrip("/")
        parents[depth:] = [path]
        paths.append(path)
    return paths


def test_every_path_in_the_layout_exists() -> None:
    missing = [str(p) for p in _tree() if not (ROOT / p).exists()]
    assert missing == []
    assert Path("index/ingest/readers") in _tree()


def test_every_package_and_every_top_level_engine_module_is_in_the_layout() -> None:
    shown = set(_tree())
    packages = {
        init.parent.relative_to(ROOT)
        for top in ("index", "tui")
        for init in (ROOT / top).rglob("__init__.py")
    }
    modules = {p.relative_to(ROOT) for p in (ROOT / "index").glob("*.py")}
    assert sorted(map(str, (packages | modules) - shown)) == []
