"""While an index run holds the desk's lock, actor queries answer from the last registry (flagged stale)
instead of rebuilding it per commit; the run rebuilds it once before it lets the lock go."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from filelock import FileLock

from newsdesk.index.desk import Desk
from newsdesk.tui.cli import main
from tests.conftest import write_desk

DESK = {
    "a.md": "---\ntitle: River\ndate: 2025-03-01\nsource: Test Wire\n---\n"
    '"We will never accept a plan that harms our farmers," Foreign Minister Anna Berg said.\n',
    "b.md": "---\ntitle: Bridge\ndate: 2025-03-02\nsource: Test Wire\n---\n"
    '"The river is low," said Mayor Tom Lind.\n',
}
RENAME = "rename:\n  Anna Berg: Anna K. Berg\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A two-article desk, indexed, its registry built and saved."""
    folder = write_desk(tmp_path / "desk", DESK)
    desk = Desk(folder)
    desk.index()
    assert names(desk) == ["Anna Berg", "Tom Lind"]
    desk.close()
    return folder


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One item per registry build from the manifest, in any Desk of this process."""
    counted: list[int] = []
    build = Desk._build_registry

    def counting(self: Desk) -> object:
        counted.append(1)
        return build(self)

    monkeypatch.setattr(Desk, "_build_registry", counting)
    return counted


@contextlib.contextmanager
def indexing(desk: Desk) -> Iterator[None]:
    """Hold the desk's indexing lock as a running indexer does."""
    with FileLock(desk.data_dir / "index.lock", timeout=1):
        yield


def names(desk: Desk) -> list[str]:
    return [a.name for a in desk.registry().actors()]


def test_a_registry_asked_for_while_the_lock_is_held_is_the_last_one_flagged_stale(
    folder: Path, builds: list[int]
) -> None:
    desk = Desk(folder)
    (desk.data_dir / "actors.yaml").write_text(RENAME, encoding="utf-8")
    with indexing(desk):
        assert desk.indexing() is True
        assert names(desk) == ["Anna Berg", "Tom Lind"]  # read from registry.json, not rebuilt
        assert desk.registry_stale is True
        assert names(desk) == ["Anna Berg", "Tom Lind"]
        assert builds == []
    assert desk.indexing() is False
    assert names(desk) == ["Anna K. Berg", "Tom Lind"]
    assert desk.registry_stale is False
    assert names(Desk(folder)) == ["Anna K. Berg", "Tom Lind"]  # saved: another process only loads it
    assert builds == [1]


def test_with_no_registry_yet_a_query_while_indexing_builds_one_once_and_saves_none(
    folder: Path, builds: list[int]
) -> None:
    desk = Desk(folder)
    desk.registry_path.unlink()
    with indexing(desk):
        assert names(desk) == ["Anna Berg", "Tom Lind"]
        assert names(desk) == ["Anna Berg", "Tom Lind"]
        assert desk.registry_stale is True
    assert builds == [1]
    assert not desk.registry_path.exists()  # built from a manifest the run is still changing


def test_an_index_run_rebuilds_the_registry_once_before_it_lets_the_lock_go(
    folder: Path, builds: list[int]
) -> None:
    desk = Desk(folder)
    (desk.data_dir / "actors.yaml").write_text(RENAME, encoding="utf-8")
    stale_during_run: list[bool] = []
    started: list[int] = []

    def on_commit() -> None:
        # A query made while this very process indexes: the lock is held, the last registry answers.
        stale_during_run.append(desk.registry_stale if names(desk) == ["Anna Berg", "Tom Lind"] else False)

    summary = desk.index(on_commit=on_commit, registry=lambda: started.append(1))
    assert (summary.updated, started, stale_during_run) == (2, [1], [True])
    assert builds == [1]
    fresh = Desk(folder)
    assert names(fresh) == ["Anna K. Berg", "Tom Lind"] and fresh.registry_stale is False
    assert builds == [1]  # the run's registry is read back, not built again
    assert desk.index(registry=lambda: started.append(1)).unchanged == 2
    assert started == [1]  # nothing changed: no rebuild


def test_the_cli_says_in_one_line_that_the_actors_are_from_before_the_running_index(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = Desk(folder)
    (desk.data_dir / "actors.yaml").write_text(RENAME, encoding="utf-8")
    capsys.readouterr()
    with indexing(desk):
        assert main(["actors", "--desk", str(folder)]) == 0
        out, err = capsys.readouterr()
        assert "Anna Berg" in out and "Anna K. Berg" not in out
        assert err.splitlines() == [
            "newsdesk: warning: an index run is in progress: actors are as of the last finished run "
            "(run again when it ends for what it adds)"
        ]
    assert main(["actors", "--desk", str(folder)]) == 0
    out, err = capsys.readouterr()
    assert "Anna K. Berg" in out and err == ""


def test_tui_actor_search_during_indexing_answers_from_the_stale_registry(
    folder: Path, builds: list[int]
) -> None:
    from newsdesk.tui.app import NewsdeskApp
    from newsdesk.tui.widgets.search_bar import STALE_ACTORS
    from tests.test_tui import settle

    desk = Desk(folder)
    (desk.data_dir / "actors.yaml").write_text(RENAME, encoding="utf-8")

    async def run() -> None:
        app = NewsdeskApp(folder, desk.data_dir, index_on_start=False, config_files=[])
        async with app.run_test(size=(140, 40)) as pilot:
            bar = app.main_screen.search_bar
            with indexing(desk):
                await settle(app, pilot)
                await pilot.press("slash", *"actor:berg")
                await settle(app, pilot)
                assert [hit.key for hit in app.main_screen.hits] == ["a.md"]
                assert set(bar.actor_names.values()) == {"Anna Berg"}
                assert bar.message == STALE_ACTORS
                assert builds == []
            # The run ended: the next search reads the registry as it is now.
            bar.search_now()
            await settle(app, pilot)
            assert set(bar.actor_names.values()) == {"Anna K. Berg"}
            assert bar.message == ""
            assert builds == [1]

    asyncio.run(run())


def test_a_running_writer_s_temp_folder_is_no_damage_to_a_reader_or_the_next_run(folder: Path) -> None:
    desk = Desk(folder)
    # What a bulk index run keeps in the index folder while it writes (and leaves behind when killed).
    (desk.index_dir / "MAIN.tmp").mkdir()
    assert [hit.key for hit in Desk(folder).search("farmers")] == ["a.md"]  # was "index is damaged"
    summary = desk.index()
    assert (summary.rebuilt, summary.unchanged) == (False, 2)
    assert not (desk.index_dir / "MAIN.tmp").exists()
