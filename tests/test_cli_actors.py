"""`newsdesk actors` and `newsdesk timeline` name the desk actor they mean, with every alias seen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdesk.tui.cli import main
from tests.conftest import write_desk

DESK = {
    "a.md": '---\ntitle: "Budget"\ndate: 2005-03-01\nsource: "BBC"\n---\n'
    "Education Secretary Ruth Kelly said schools would get more money.\n\nMs Kelly said the plan was fair.\n",
    "b.md": '---\ntitle: "Dinner"\ndate: 2005-03-02\nsource: "BBC"\n---\n'
    'TV presenter Lorraine Kelly said the dinners were poor.\n\n"It is a scandal," Ms Kelly said.\n',
    "c.md": '---\ntitle: "Talks"\ndate: 2005-03-03\nsource: "BBC"\n---\n'
    "Russian officials said the talks would resume. Moscow said it wanted guarantees.\n",
}


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    folder = write_desk(tmp_path / "desk", DESK)
    assert main(["index", "--desk", str(folder)]) == 0
    return folder


def test_actors_json_lists_every_alias_with_its_count(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["actors", "--desk", str(desk), "--json"]) == 0
    rows = {r["name"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    assert rows["Ruth Kelly"]["aliases"] == [{"name": "Ms Kelly", "count": 1}]
    assert rows["Lorraine Kelly"]["aliases"] == [{"name": "Ms Kelly", "count": 1}]
    assert rows["Russia"]["aliases"] == [{"name": "Moscow", "count": 1}]
    assert rows["officials (Russia)"]["kind"] == "unnamed"


def test_timeline_says_which_actor_and_refuses_an_ambiguous_name(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["timeline", "Ms Kelly", "--desk", str(desk)]) == 2
    err = capsys.readouterr().err
    assert (
        "'Ms Kelly' fits 2 actors" in err and "Ruth Kelly (person, Education Secretary; 2 statements)" in err
    )
    assert main(["timeline", "Lorraine Kelly", "--desk", str(desk), "--json"]) == 0
    captured = capsys.readouterr()
    assert "timeline of Lorraine Kelly (person" in captured.err
    assert len(captured.out.splitlines()) == 2
    assert main(["timeline", "Moscow", "--desk", str(desk), "--json"]) == 0
    assert "timeline of Russia (state; 1 statements)" in capsys.readouterr().err
