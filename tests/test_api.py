"""`newsdesk.index` is the engine's one public API: every name resolves, and importing it is free."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import newsdesk.index as engine


@pytest.mark.parametrize("name", engine.__all__)
def test_every_public_name_is_the_object_its_module_defines(name: str) -> None:
    home = importlib.import_module(f"newsdesk.index.{engine._HOMES[name]}")
    assert getattr(engine, name) is getattr(home, name)
    assert name in dir(engine)


def test_the_public_names_are_exactly_those_documented() -> None:
    assert sorted(engine.__all__) == sorted(engine._HOMES)
    assert all(name in (engine.__doc__ or "") for name in engine.__all__)
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        _ = engine.Nope  # type: ignore[attr-defined]


def test_importing_the_engine_loads_none_of_it() -> None:
    # The CLI starts by importing newsdesk.index; whoosh, YAML and the extractor load when used.
    code = (
        "import sys, newsdesk.index\n"
        "print(sorted(m for m in sys.modules if m.startswith(('newsdesk.index.', 'whoosh', 'yaml'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
    from newsdesk.index import Desk, QueryError
    from newsdesk.index.desk import Desk as DeskFromItsModule
    from newsdesk.index.search.store import QueryError as RaisedByTheStore

    assert (Desk, QueryError) == (DeskFromItsModule, RaisedByTheStore)
