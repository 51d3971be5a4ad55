"""The index under stress: a disk that fills up, a desk whose index holds no article
(issue 12: items 4 and 7)."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest
from whoosh.filedb.structfile import StructFile

from newsdesk.index.desk import Desk, DeskError
from newsdesk.index.search.store import QueryError, Store
from tests.conftest import ROOT, write_desk


def _fill_disk_after(monkeypatch: pytest.MonkeyPatch, budget: int) -> None:
    """Every index write past `budget` bytes fails as on a full disk (worker processes fork with it)."""
    written = 0
    real_write = StructFile.write

    def write(self: StructFile, data: bytes, *args: object) -> int:
        nonlocal written
        written += len(data)
        if written > budget:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(self, data, *args)

    monkeypatch.setattr(StructFile, "write", write)


@pytest.mark.parametrize(("files", "budget"), [(5, 0), (5, 30_000), (210, 200_000)])
def test_a_full_disk_is_one_line_and_the_index_stays_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: int, budget: int
) -> None:
    folder = write_desk(tmp_path / "desk")
    desk = Desk(folder)
    desk.index()
    desk.close()
    before = sorted(os.listdir(desk.index_dir))
    write_desk(
        folder,
        {f"new/{n:03}.md": f"Title {n}\n\nThe minister said turbine {n} works.\n" for n in range(files)},
    )

    _fill_disk_after(monkeypatch, budget)
    with pytest.raises(DeskError) as caught:
        Desk(folder).index()
    # One line, not the OSError of the clean-up that used to hide it; no half-written segment stays.
    assert "No space left on device" in str(caught.value) and "\n" not in str(caught.value)
    assert sorted(os.listdir(desk.index_dir)) == before
    monkeypatch.undo()

    reader = Desk(folder)
    assert [h.path for h in reader.search("guarantees")] == ["2025/2025-08-20-guarantees.md"]
    reader.close()
    summary = Desk(folder).index()  # room again: the next run catches up
    assert summary.added == files


def test_a_killed_runs_segments_are_removed_by_the_next_run(tmp_path: Path) -> None:
    folder = write_desk(tmp_path / "desk")
    desk = Desk(folder)
    desk.index()
    store = desk.store
    writer = store.writer()
    writer.put_article(desk.article("2025/2025-08-20-guarantees.md"), [], replace=False)
    writer._w._close_segment()  # what a run killed mid-write leaves: segment files, no commit
    writer._w._finish()
    desk.close()
    leftovers = sorted(os.listdir(desk.index_dir))
    Desk(folder).index()
    assert len(os.listdir(desk.index_dir)) < len(leftovers)
    assert not [n for n in os.listdir(desk.index_dir) if n.endswith((".trm", ".pst", ".fdt"))]


def test_an_unwritable_data_folder_is_one_line(tmp_path: Path) -> None:
    folder = write_desk(tmp_path / "desk")
    data = tmp_path / "data"
    data.mkdir()
    (data / "index.lock").mkdir()  # as good as a read-only place for the lock: open() fails
    with pytest.raises(DeskError, match=r"cannot lock the index in .*data: Is a directory"):
        Desk(folder, data).index()


@pytest.fixture
def empty_store(tmp_path: Path) -> Store:
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "empty.md").write_text("")
    assert Desk(folder).index().skipped == 1  # an index exists, and holds nothing
    store, _ = Store.open(folder / ".newsdesk" / "index", create=False)
    return store


@pytest.mark.parametrize(
    "query",
    ["oil", "oil*", "date:2024", "date:[2024-01-01 to 2025-01-01]", "actor:varga", "kind:direct date:2024"],
)
def test_searching_an_index_without_articles_finds_nothing(empty_store: Store, query: str) -> None:
    # AttributeError ('EmptyReader' has no 'deleted_docs_set') and NotImplementedError before.
    assert empty_store.search(query) == []


def test_a_query_of_nothing_indexable_is_one_line_not_a_crash(empty_store: Store) -> None:
    # One-letter words are not indexed: the search says so instead of finding nothing silently.
    with pytest.raises(QueryError, match="nothing to search for"):
        empty_store.search("x")


def test_a_malformed_query_is_still_an_error_on_an_empty_index(empty_store: Store) -> None:
    with pytest.raises(QueryError):
        empty_store.search("date:[2025 to")


def test_cli_search_of_an_empty_desk_says_no_results(tmp_path: Path, cli_env: dict[str, str]) -> None:
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "empty.md").write_text("")
    run = [sys.executable, "-m", "newsdesk.tui.cli"]
    subprocess.run([*run, "index", str(folder)], cwd=ROOT, env=cli_env, check=True, capture_output=True)
    done = subprocess.run(
        [*run, "search", "x*", "--desk", str(folder)], cwd=ROOT, env=cli_env, capture_output=True, text=True
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "no results for 'x*'\n")


@pytest.mark.parametrize(
    ("name", "commands"),
    [
        ("manifest.json", ["index", "actors"]),
        ("registry.json", ["actors"]),
        ("index/schema-version", ["search", "index"]),
        ("index/_MAIN_1.toc", ["search"]),
        ("index/MAIN_WRITELOCK", ["index"]),
    ],
)
def test_a_fifo_in_the_data_folder_blocks_no_command(
    tmp_path: Path, cli_env: dict[str, str], name: str, commands: list[str]
) -> None:
    # The data folder (DESK/.newsdesk) travels with a shared desk: whoosh, the manifest and the
    # registry opened their files plainly, and a FIFO in place of one blocked the command forever.
    folder = write_desk(tmp_path / "desk")
    desk = Desk(folder)
    desk.index()
    desk.registry()
    desk.close()
    data = folder / ".newsdesk"
    assert (data / name).is_file()
    (data / name).unlink()
    os.mkfifo(data / name)
    argv = {
        "index": ["index", str(folder)],
        "actors": ["actors", "--desk", str(folder)],
        "search": ["search", "guarantees", "--desk", str(folder)],
    }
    for command in commands:
        done = subprocess.run(
            [sys.executable, "-m", "newsdesk.tui.cli", *argv[command]],
            cwd=ROOT, env=cli_env, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert "Traceback" not in done.stderr
        if command == "search":
            assert done.returncode == 1
            assert f"is damaged ({Path(name).name} is a FIFO): run 'newsdesk index' first" in done.stderr
        else:
            assert done.returncode == 0, done.stderr
    if "index" in commands:
        assert (data / name).is_file() or not (data / name).exists()
        assert Desk(folder).search_page("guarantees").total > 0


def test_data_files_nested_past_what_json_reads_are_rebuilt_not_a_crash(tmp_path: Path) -> None:
    # A manifest.json or registry.json of 100,000 nested lists raised RecursionError: `index` and
    # `actors` then ended in "internal error" on every run, since the file was never replaced.
    from newsdesk.index.actors.persist import load_registry
    from newsdesk.index.ingest.manifest import read_files, read_manifest
    from newsdesk.tui.search_memory import SearchMemory

    folder = write_desk(tmp_path / "desk")
    desk = Desk(folder)
    desk.index()
    actors = sorted(a.name for a in desk.registry().by_id.values())
    desk.close()
    data = folder / ".newsdesk"
    deep = "[" * 100_000 + "]" * 100_000
    for name in ("manifest.json", "registry.json", "searches.json"):
        (data / name).write_text(deep, encoding="utf-8")
    assert read_manifest(data / "manifest.json") is None and read_files(data / "manifest.json") == {}
    assert load_registry(data / "registry.json", None, lambda _: None) is None
    memory, warning = SearchMemory.load(data)
    assert warning is not None and "searches.json: unreadable (RecursionError)" in warning
    assert not memory.writable
    again = Desk(folder)
    assert again.index().added == 0
    assert sorted(a.name for a in again.registry().by_id.values()) == actors and actors
    assert read_manifest(data / "manifest.json") is not None
