"""The wheel must hold every package and data file the app needs, not only the editable install."""

from __future__ import annotations

import tomllib

from tests.conftest import ROOT


def test_every_python_package_is_listed_in_pyproject() -> None:
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {
        init.parent.relative_to(ROOT).as_posix().replace("/", ".")
        for top in ("index", "tui")
        for init in (ROOT / top).rglob("__init__.py")
    }
    assert found - listed == set()


def test_data_files_are_declared() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    assert "*.tcss" in config["package-data"]["tui"]
    assert config["package-dir"]["newsdesk_sample"] == "sample_articles"
    assert list((ROOT / "index" / "data").glob("*.yaml"))
