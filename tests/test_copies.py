"""Copies (same body) folded into one result, and the small first commit of a bulk index."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.index.desk import Desk, commit_rounds
from newsdesk.index.search.store import body_hash


def test_body_hash_ignores_how_whitespace_runs_and_skips_empty_bodies() -> None:
    assert body_hash("The bank  raised\nrates.") == body_hash(" The bank raised rates. ")
    assert body_hash("The bank raised rates.") != body_hash("The bank raised rates!")
    assert body_hash("") is None and body_hash(" \n ") is None
    assert 0 <= body_hash("x") < 2**63  # type: ignore[operator]


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Desk:
    folder = tmp_path_factory.mktemp("copies")
    for n, outlet in enumerate(("Alpha", "Beta", "Gamma")):
        (folder / f"c{n}.md").write_text(
            f"---\ntitle: Copy {n}\ndate: 2025-0{n + 1}-01\nsource: {outlet}\n---\n"
            f"The central bank raised {'  ' if n else ' '}rates again, officials said.\n",
            encoding="utf-8",
        )
    (folder / "other.md").write_text("---\ntitle: Other\n---\nThe bank kept rates.\n", encoding="utf-8")
    (folder / "bare.md").write_text("---\ntitle: Rates bare\n---\n", encoding="utf-8")
    (folder / "bare2.md").write_text("---\ntitle: Rates bare too\n---\n", encoding="utf-8")
    desk = Desk(folder, folder.parent / (folder.name + "-data"))
    desk.index()
    return desk


def test_copies_fold_into_the_best_placed_one(desk: Desk) -> None:
    page = desk.search_page("rates", fold_copies=True)
    assert (page.total, page.folded) == (4, 2)
    folded = {hit.key: hit.copies for hit in page.hits}
    assert folded["other.md"] == () and folded["bare.md"] == () and folded["bare2.md"] == ()
    (first,) = [key for key in folded if key.startswith("c")]
    assert sorted([first, *folded[first]]) == ["c0.md", "c1.md", "c2.md"]


def test_by_date_the_newest_copy_stands_for_the_others(desk: Desk) -> None:
    page = desk.search_page("bank", fold_copies=True, sort="date")
    assert [(hit.key, hit.copies) for hit in page.hits] == [("c2.md", ("c1.md", "c0.md")), ("other.md", ())]


def test_without_folding_every_copy_is_a_result_and_pages_count_groups(desk: Desk) -> None:
    assert desk.search_page("bank").total == 4
    assert [hit.copies for hit in desk.search_page("bank").hits] == [(), (), (), ()]
    second = desk.search_page("rates", fold_copies=True, offset=3, limit=10)
    assert second.total == 4 and len(second.hits) == 1 and not second.more


def test_statement_searches_are_never_folded(desk: Desk) -> None:
    page = desk.search_page("quote:rates", fold_copies=True)
    assert page.statements and page.folded == 0


def test_a_bulk_index_commits_after_500_files_then_every_5000() -> None:
    assert commit_rounds(2294) == [(0, 500), (500, 2294)]
    assert commit_rounds(12000) == [(0, 500), (500, 5500), (5500, 10500), (10500, 12000)]
    assert commit_rounds(300) == [(0, 300)]
    assert commit_rounds(0) == []


def test_a_first_index_of_600_files_is_searchable_after_the_first_500(tmp_path: Path) -> None:
    folder = tmp_path / "desk"
    folder.mkdir()
    for n in range(600):
        (folder / f"a{n:03d}.md").write_text(
            f"---\ntitle: Note {n}\n---\nThe turbine {n} spun.\n", encoding="utf-8"
        )
    desk = Desk(folder, tmp_path / "data")
    seen: list[int] = []

    def committed() -> None:
        reader = Desk(folder, tmp_path / "data")
        seen.append(reader.search_page("turbine").total)
        reader.close()

    desk.index(on_commit=committed)
    assert seen == [500, 600]
