"""The wheel must hold every package and data file the app needs, under one top-level name."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT

MAPPED = {"newsdesk.index": "index", "newsdesk.tui": "tui", "newsdesk.sample": "sample_articles"}


def _setuptools() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]


def test_every_python_package_is_listed_in_pyproject() -> None:
    listed = set(_setuptools()["packages"])
    found = {
        ".".join((name, *init.parent.relative_to(ROOT / folder).parts))
        for name, folder in MAPPED.items()
        for init in (ROOT / folder).rglob("__init__.py")
    }
    assert found - listed == set()


def test_the_folders_install_under_the_newsdesk_namespace() -> None:
    config = _setuptools()
    assert config["package-dir"] == MAPPED
    assert all(p.startswith("newsdesk.") for p in config["packages"])
    assert "*.tcss" in config["package-data"]["newsdesk.tui"]
    assert list((ROOT / "index" / "data").glob("*.yaml"))


@pytest.mark.slow
def test_the_wheel_installs_only_newsdesk(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("newsdesk-*.whl")
    tops = {name.split("/")[0] for name in zipfile.ZipFile(wheel).namelist()}
    assert tops == {"newsdesk", next(t for t in tops if t.endswith(".dist-info"))}
    names = zipfile.ZipFile(wheel).namelist()
    assert "newsdesk/__init__.py" not in names  # a PEP 420 namespace: nothing else may claim it
    assert "newsdesk/index/data/gazetteer.yaml" in names
    assert "newsdesk/tui/app.tcss" in names
    assert any(n.startswith("newsdesk/sample/articles/") for n in names)
