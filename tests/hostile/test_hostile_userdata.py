"""A bookmarks file cut short is detected, never written over, and its last good copy kept
(issue 12, item 9); a FIFO in its place does not hang a command."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

from newsdesk.index.model import Article
from newsdesk.index.userdata.bookmarks import BookmarkError, BookmarkStore, dump_bookmarks, make_bookmark
from tests.conftest import ROOT

BODY = 'The minister said on Monday that "we will not send troops", adding that aid would continue.\n\n' * 3


def _store(data: Path) -> BookmarkStore:
    ids = iter(range(10_000, 20_000))
    return BookmarkStore(data, clock=lambda: "2026-11-25T10:00:00Z", new_id=lambda: f"b{next(ids)}")


def _filled(data: Path, count: int) -> BookmarkStore:
    """`count` bookmarks b0, b1, ... in data/bookmarks.yaml, the last one added through the store (so a .bak exists)."""
    article = Article(key="a.md", path="a.md", title="Aid", body=BODY)
    marks = [
        make_bookmark(
            article,
            10 + n % 50,
            40 + n % 50,
            bookmark_id=f"b{n}",
            created="2026-11-25T10:00:00Z",
            note=f"note {n}\nline two",
            tags=("aid",),
        )
        for n in range(count - 1)
    ]
    data.mkdir(parents=True, exist_ok=True)
    (data / "bookmarks.yaml").write_text(dump_bookmarks(marks))
    store = _store(data)
    store.add(article, 5, 20, note="the last one")
    text = (data / "bookmarks.yaml").read_text()
    (data / "bookmarks.yaml").write_text(text.replace("id: b10000", f"id: b{count - 1}"))
    return store


def test_the_file_says_how_many_bookmarks_it_holds_before_listing_them(tmp_path: Path) -> None:
    _filled(tmp_path, 3)
    text = (tmp_path / "bookmarks.yaml").read_text()
    assert text.startswith("version: 1\ncount: 3\nbookmarks:\n- id: b0\n")
    # Readers that predate the count line ignore it: the format version stays 1.
    assert len(yaml.safe_load(text)["bookmarks"]) == 3


@pytest.mark.parametrize("where", [0.1, 0.5, 0.9, 0.999])
def test_a_file_cut_short_is_refused_and_never_written_over(tmp_path: Path, where: float) -> None:
    # Cut mid-record, 203 bookmarks read as 24 without a word, and the next add made it permanent.
    store = _filled(tmp_path, 203)
    path, backup = tmp_path / "bookmarks.yaml", tmp_path / "bookmarks.yaml.bak"
    whole, previous = path.read_bytes(), backup.read_bytes()
    # Cut at a line end: what is left still parses as YAML (a cut mid-line mostly does not, and is
    # refused as broken YAML).
    cut = whole[: whole.rindex(b"\n", 0, int(len(whole) * where)) + 1]
    path.write_bytes(cut)
    fresh = _store(tmp_path)
    with pytest.raises(BookmarkError, match="cut short") as caught:
        fresh.list()
    assert "\n" not in str(caught.value) and "bookmarks.yaml.bak" in str(caught.value)
    article = Article(key="a.md", path="a.md", title="Aid", body=BODY)
    for change in (lambda: fresh.add(article, 0, 5), lambda: store.delete("b0")):
        with pytest.raises(BookmarkError, match="cut short"):
            change()
    path.write_bytes(whole[: int(len(whole) * where)])
    with pytest.raises(BookmarkError, match=r"cut short|not valid YAML"):
        fresh.add(article, 0, 5)
    assert (path.read_bytes(), backup.read_bytes()) == (whole[: int(len(whole) * where)], previous)


def test_a_file_cut_at_a_record_boundary_is_refused(tmp_path: Path) -> None:
    _filled(tmp_path, 5)
    path = tmp_path / "bookmarks.yaml"
    text = path.read_text()
    path.write_text(text[: text.index("- id: b3")])
    with pytest.raises(BookmarkError, match="says count: 5 but holds 3 bookmarks"):
        _store(tmp_path).list()


def test_a_file_written_before_the_count_line_and_cut_mid_record_is_refused(tmp_path: Path) -> None:
    _filled(tmp_path, 5)
    path = tmp_path / "bookmarks.yaml"
    old_format = path.read_text().replace("count: 5\n", "")
    path.write_text(old_format)
    assert len(_store(tmp_path).list()) == 5
    path.write_text(old_format[: old_format.rindex("  created:")])
    with pytest.raises(BookmarkError, match="the last bookmark is cut short"):
        _store(tmp_path).list()


def test_removing_a_bookmark_by_hand_asks_for_the_count_to_be_fixed(tmp_path: Path) -> None:
    _filled(tmp_path, 2)
    path = tmp_path / "bookmarks.yaml"
    text = path.read_text()
    path.write_text(text[: text.index("- id: b1")])
    with pytest.raises(BookmarkError, match="update the count if you removed some"):
        _store(tmp_path).list()
    path.write_text(text[: text.index("- id: b1")].replace("count: 2", "count: 1"))
    assert [b.id for b in _store(tmp_path).list()] == ["b0"]


def test_a_fifo_in_place_of_the_bookmarks_file_does_not_hang(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "bookmarks.yaml")
    code = f"""
        from newsdesk.index.userdata.bookmarks import BookmarkError, BookmarkStore, dump_bookmarks, make_bookmark
        try:
            BookmarkStore({str(tmp_path)!r}).list()
        except BookmarkError as exc:
            print(exc)
    """
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, capture_output=True, text=True, timeout=20
    )
    assert done.stdout.strip() == f"{tmp_path / 'bookmarks.yaml'}: cannot read (not a regular file (FIFO))"
