"""The package layout drawn in the README's design notes is the layout of the code."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import ROOT

_ENTRY = re.compile(r"^(?P<indent>(?:[│ ] {3})*)(?:[├└]── )?(?P<name>[\w.]+/?)(?:\s|$)")


def _entries() -> dict[Path, str]:
    """Every path the README's layout tree names (relative to the repo root) -> its description."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("The package layout")
    opening = readme.index("```\n", start) + 4
    block = readme[opening : readme.index("\n```", opening)]
    entries: dict[Path, str] = {}
    parents: list[Path] = []
    for line in block.splitlines():
        match = _ENTRY.match(line)
        if match is None or (not line.startswith(match["name"]) and "── " not in line):
            if parents:  # a description carried on to the next line
                entries[parents[-1]] += " " + line.lstrip("│ ")
            continue
        depth = len(match["indent"]) // 4 + (1 if "── " in line else 0)
        path = (parents[depth - 1] if depth else Path()) / match["name"].rstrip("/")
        parents[depth:] = [path]
        entries[path] = line[match.end() :].strip()
    return entries


def _tree() -> list[Path]:
    """Every path the README's layout tree names, relative to the repo root."""
    return list(_entries())


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


def test_every_module_of_a_package_is_named_in_its_description() -> None:
    # The tree names each package's modules in its description: a module added, renamed or folded
    # away shows here, so the tree keeps telling the next engineer where things live.
    entries = _entries()
    unnamed = []
    for init in sorted([*(ROOT / "index").rglob("__init__.py"), *(ROOT / "tui").rglob("__init__.py")]):
        package = init.parent.relative_to(ROOT)
        if package == Path("index"):
            continue  # its modules are entries of their own (the test above)
        described = entries.get(package, "")
        for module in sorted(init.parent.glob("*.py")):
            if module.stem != "__init__" and not re.search(rf"\b{module.stem}\b", described):
                unnamed.append(f"{package}/{module.name}")
    assert unnamed == []


def test_the_descriptions_are_read_whole() -> None:
    entries = _entries()
    assert entries[Path("index/language")].endswith("firms, person_names")
    assert entries[Path("index/search")].startswith("the only package that imports whoosh")
