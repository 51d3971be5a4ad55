"""Workflows users of newsboat, notmuch and lazygit expect: history, saved searches, the article
outside the app, actor counts, timeline filters, and the first index of a desk."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest
from test_tui import make_app, open_key, record_notifications, settle, sync, write_desk

from newsdesk.tui.app import NewsdeskApp
from newsdesk.tui.outside import article_file, external_command, safe_url
from newsdesk.tui.search_memory import HistoryCursor, SearchMemory
from newsdesk.tui.widgets.index_status import progress_label, summary_line
from newsdesk.tui.widgets.timeline import TimelineFilter, parse_filter

SIZE = (140, 40)


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    from newsdesk.index.desk import Desk

    folder, data = write_desk(tmp_path_factory.mktemp("desk"))
    (folder / "a1.md").write_text(
        (folder / "a1.md")
        .read_text(encoding="utf-8")
        .replace("---\nARDEN", "url: https://example.org/a1?x=1\n---\nARDEN"),
        encoding="utf-8",
    )
    desk = Desk(folder, data)
    desk.index()
    desk.close()
    return folder, data


@pytest.fixture
def desk(indexed: tuple[Path, Path], tmp_path: Path) -> tuple[Path, Path]:
    import shutil

    folder, data = indexed
    shutil.copytree(data, tmp_path / "data")
    return folder, tmp_path / "data"


# ---- pure parts ----------------------------------------------------------------------------------


def test_safe_url_takes_plain_http_only() -> None:
    assert safe_url("https://example.org/a?b=1#c") == "https://example.org/a?b=1#c"
    assert safe_url(" http://x.test/ ") == "http://x.test/"
    for bad in ("javascript:alert(1)", "file:///etc/passwd", "https://", "https://a b", "https://x\x1b]52;c;x\x07",
                "ftp://x.test", "", None, "https://x.test/" + "a" * 3000):  # fmt: skip
        assert safe_url(bad) is None, bad


def test_article_file_stays_inside_the_desk(tmp_path: Path) -> None:
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "-rf.md").write_text("x", encoding="utf-8")
    (tmp_path / "outside.md").write_text("x", encoding="utf-8")
    (tmp_path / "desk" / "link.md").symlink_to(tmp_path / "outside.md")
    os.mkfifo(tmp_path / "desk" / "pipe.md")
    desk = tmp_path / "desk"
    assert article_file(desk, "-rf.md") == (desk / "-rf.md").resolve()
    assert article_file(desk, "../outside.md") is None
    assert article_file(desk, "link.md") is None
    assert article_file(desk, "pipe.md") is None
    assert article_file(desk, "missing.md") is None


def test_external_command_splits_the_variable_and_needs_a_program(tmp_path: Path) -> None:
    path = tmp_path / "a b.md"
    assert external_command(("VISUAL", "EDITOR"), "vi", path, {"EDITOR": "sh -c 'x'"}) == [
        "sh",
        "-c",
        "x",
        str(path),
    ]
    assert external_command(("VISUAL", "EDITOR"), "sh", path, {"VISUAL": " "}) == ["sh", str(path)]
    assert external_command(("PAGER",), "less", path, {"PAGER": "no-such-program-xyz"}) is None
    assert external_command(("PAGER",), "less", path, {"PAGER": "'unclosed"}) is None


def test_history_cursor_walks_back_and_returns_the_draft() -> None:
    walk = HistoryCursor()
    history = ["one", "two"]
    assert walk.step(history, "draft", +1) is None
    assert walk.step(history, "draft", -1) == "two"
    assert walk.step(history, "two", -1) == "one"
    assert walk.step(history, "one", -1) is None
    assert walk.step(history, "one", +1) == "two"
    assert walk.step(history, "two", +1) == "draft"


def test_search_memory_dedups_bounds_and_refuses_a_broken_file(tmp_path: Path) -> None:
    memory, warning = SearchMemory.load(tmp_path)
    assert warning is None and memory.history == []
    assert memory.remember("  nato   summit ") and not memory.remember("nato summit")
    memory.remember("trump")
    memory.remember("nato summit")
    assert memory.history == ["trump", "nato summit"]
    assert memory.save("trump") and not memory.save("trump")
    memory.write()
    assert json.loads((tmp_path / "searches.json").read_text(encoding="utf-8")) == {
        "history": ["trump", "nato summit"],
        "saved": ["trump"],
    }
    (tmp_path / "searches.json").write_text('{"history": ["x"', encoding="utf-8")
    broken, warning = SearchMemory.load(tmp_path)
    assert warning is not None and "searches.json" in warning and not broken.writable
    broken.remember("y")
    broken.write()
    assert (tmp_path / "searches.json").read_text(encoding="utf-8") == '{"history": ["x"'


def test_parse_filter_reads_topic_and_dates() -> None:
    assert parse_filter("troops  since:2025-06 until:2025") == TimelineFilter(
        "troops", dt.date(2025, 6, 1), dt.date(2025, 12, 31)
    )
    assert parse_filter("until:2024-02") == TimelineFilter("", None, dt.date(2024, 2, 29))
    assert parse_filter("") == TimelineFilter()
    with pytest.raises(ValueError, match="is not a date"):
        parse_filter("since:june")
    with pytest.raises(ValueError, match="is after"):
        parse_filter("since:2025-05-02 until:2025-05-01")


def test_progress_label_says_rate_and_time_left_once_measurable() -> None:
    assert progress_label(0, 2294, (100.0, 0), 100.0) == "Indexing 0/2,294 (0%)"
    assert progress_label(500, 2294, (100.0, 0), 110.0) == "Indexing 500/2,294 (21%) · 50 files/s · 36 s left"
    assert progress_label(500, 20000, (100.0, 0), 110.0).endswith("· 50 files/s · 6:30 left")


def test_the_summary_line_writes_counts_as_the_progress_does() -> None:
    summary = {"event": "summary", "added": 21562, "updated": 0, "removed": "3", "failed": None}
    assert summary_line(summary) == "Indexed: 21,562 added, 0 updated, 3 removed, 0 failed"


# ---- in the app ----------------------------------------------------------------------------------


@sync
async def test_history_is_walked_with_up_and_saved_searches_are_recalled(desk: tuple[Path, Path]) -> None:
    app = make_app(desk)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        main = app.main_screen
        await pilot.press("slash", *"farmers", "enter")
        await settle(app, pilot)
        await pilot.press("slash", "ctrl+u", *"lind", "enter")
        await settle(app, pilot)
        assert main.search_bar.memory.history == ["farmers", "lind"]
        await pilot.press("slash", "ctrl+u", *"riv", "up")
        await settle(app, pilot)
        assert main.search_bar.input.value == "lind"
        await pilot.press("up")
        await settle(app, pilot)
        assert main.search_bar.input.value == "farmers" and main.query_text == "farmers"
        await pilot.press("down", "down")
        await settle(app, pilot)
        assert main.search_bar.input.value == "riv"
        await pilot.press("ctrl+u", *"berg", "ctrl+s")
        await settle(app, pilot)
        await pilot.press("escape", "L")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "SavedSearches"
        await pilot.press("enter")
        await settle(app, pilot)
        assert main.query_text == "berg"
    saved = json.loads((desk[1] / "searches.json").read_text(encoding="utf-8"))
    assert saved == {"history": ["farmers", "lind", "berg"], "saved": ["berg"]}


@sync
async def test_o_opens_the_url_and_e_the_file_with_the_app_suspended(
    desk: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = tmp_path / "argv.txt"
    editor = tmp_path / "editor.sh"
    editor.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > {log}\n', encoding="utf-8")
    editor.chmod(editor.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("VISUAL", f"{editor} --flag")
    app = make_app(desk)
    opened: list[str] = []
    suspended: list[bool] = []

    @contextlib.contextmanager
    def suspend() -> Any:
        suspended.append(True)
        yield

    app.open_url = opened.append  # type: ignore[assignment,method-assign]
    app.suspend = suspend  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await open_key(app, pilot, "a1.md")
        await pilot.press("o")
        await settle(app, pilot)
        assert opened == ["https://example.org/a1?x=1"]
        await pilot.press("E")
        await settle(app, pilot)
        assert suspended == [True]
        assert log.read_text(encoding="utf-8").splitlines() == ["--flag", str((desk[0] / "a1.md").resolve())]
        await open_key(app, pilot, "a2.md")
        seen = record_notifications(app)
        await pilot.press("o")
        await settle(app, pilot)
        assert opened == ["https://example.org/a1?x=1"] and seen == [
            ("information", "This article has no web address.")
        ]


@sync
async def test_the_actor_picker_opens_on_the_most_quoted_with_counts(desk: tuple[Path, Path]) -> None:
    app = make_app(desk)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("a")
        await settle(app, pilot)
        options = app.screen.query_one("#actor-options")
        first = options.get_option_at_index(0)
        assert first.id == "Anna Berg"
        counts = app.main_screen.actor_counts
        assert counts["Anna Berg"] == max(counts.values()) and counts["Anna Berg"] >= 2
        assert str(first.prompt) == f"Anna Berg  ({counts['Anna Berg']} statements)"


@sync
async def test_the_timeline_filter_keeps_the_dates_asked_for(desk: tuple[Path, Path]) -> None:
    app = make_app(desk)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        main = app.main_screen
        main.show_timeline("Anna Berg")
        await settle(app, pilot)
        assert {e.key for e in main.timeline_entries} >= {"a1.md", "a2.md"}
        await pilot.press("f", *"since:2025-03-05", "enter")
        await settle(app, pilot)
        assert {e.key for e in main.timeline_entries} == {"a2.md"}
        assert "since 2025-03-05" in str(app.query_one("#timeline-title").render())
        await pilot.press("f", "ctrl+u", *"since:2025-13", "enter")
        await settle(app, pilot)
        assert main.timeline_pane.filter.since == dt.date(2025, 3, 5)  # a bad date changes nothing


@sync
async def test_a_query_typed_during_the_first_index_runs_when_it_lands(tmp_path: Path) -> None:
    folder, data = write_desk(tmp_path)
    app = NewsdeskApp(folder, data, index_on_start=True, config_files=[])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"farmers")
        await pilot.pause(0.2)
        status = str(app.query_one("#search-status").render())
        if not app.main_screen.hits:  # the indexer has not finished yet
            assert status in ("indexing: results come as it goes", "0 results")
        for _ in range(3):
            await settle(app, pilot)
        assert sorted(hit.key for hit in app.main_screen.hits) == ["a1.md", "a2.md"]
        assert str(app.query_one("#search-status").render()) == "2 results"


@sync
async def test_an_empty_folder_says_it_has_no_articles(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    app = NewsdeskApp(folder, tmp_path / "data", index_on_start=True, config_files=[])
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(3):
            await settle(app, pilot)
        assert (
            str(app.query_one("#search-status").render())
            == "no articles in this folder (.md .txt .html .json)"
        )


@sync
async def test_the_timeline_counts_what_the_picker_counts_and_names_outlets_and_reports(
    tmp_path: Path,
) -> None:
    from newsdesk.index.desk import Desk

    folder, data = write_desk(tmp_path)
    # a1's quote reported again by another article of the same outlet: one entry, two reports.
    text = (folder / "a1.md").read_text(encoding="utf-8")
    (folder / "a1-again.md").write_text(
        text.replace("title: Ministers reject river plan", "title: Ministers reject the river plan").replace(
            "The government rejected a plan", "Ministers turned down a plan"
        ),
        encoding="utf-8",
    )
    Desk(folder, data).index()
    app = make_app((folder, data))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        main = app.main_screen
        await main.load_actors()
        main.show_timeline("Anna Berg")
        await settle(app, pilot)
        entries = main.timeline_entries
        statements = main.actor_counts["Anna Berg"]
        assert sum(len(e.sources) for e in entries) == statements > len(entries)
        title = str(app.query_one("#timeline-title").render())
        assert title.startswith(
            f"Anna Berg  {statements} statements as {len(entries)} entries (repeats joined)"
        )
        assert ", 2 outlets, 1 shift (⇄)" in title
        # The row of the joined entry says how many articles reported it; the detail names them.
        table = main.query_one("#timeline")
        row = next(n for n, e in enumerate(entries) if len(e.sources) == 2)
        cell = str(table.get_cell_at((row, 1))).split("\n")[0]
        assert cell.endswith("Test Wire ×2") and "…" not in cell
        table.move_cursor(row=row)
        await pilot.pause()
        assert "2 reports: Test Wire" in str(app.query_one("#timeline-detail").render())


@sync
async def test_a_speaker_who_is_no_actor_has_no_timeline_and_says_so(desk: tuple[Path, Path]) -> None:
    app = make_app(desk)
    seen = record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        main = app.main_screen
        main.show_timeline("Anna Berg")
        await settle(app, pilot)
        main.timeline_pane.show_actor("the suits in Tolvik", canonicalize=True)
        await settle(app, pilot)
        assert main.timeline_actor == "Anna Berg"
        assert seen[-1][1].startswith("No timeline for the suits in Tolvik: no statement on this desk")


@pytest.mark.parametrize("width", [80, 100])
@sync
async def test_the_index_status_keeps_count_rate_time_left_and_warnings_whole(
    desk: tuple[Path, Path], width: int
) -> None:
    import time

    app = make_app(desk)
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(app, pilot)
        status = app.main_screen.index_status
        status._rate_from = (time.monotonic() - 30, 0)
        status.progress(10_100, 21_562)
        for n in range(21):
            app.warn(f"warning {n}")
        await pilot.pause()
        label, warnings = app.query_one("#index-label"), app.query_one("#index-warnings")
        assert str(label.render()).startswith("Indexing 10,100/21,562 (46%) · 3")
        assert str(label.render()).endswith(" left")
        assert str(warnings.render()) == "21 warnings (w: show)"
        for part in (label, warnings):
            assert part.region.right <= width and part.region.width >= len(str(part.render())) + 2


@sync
async def test_the_actor_picker_writes_big_counts_with_separators(desk: tuple[Path, Path]) -> None:
    from newsdesk.tui.screens.actor_picker import ActorPicker

    app = make_app(desk)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        actors = [(f"Actor {n}", ()) for n in range(1_200)]
        counts = {name: 12_345 - n for n, (name, _) in enumerate(actors)}
        picker = ActorPicker(actors, counts)
        app.push_screen(picker)
        await pilot.pause()
        assert str(picker.query_one("#actor-title").render()) == "Go to actor (1,200 quoted)"
        first = picker.query_one("#actor-options").get_option_at_index(0)
        assert str(first.prompt) == "Actor 0  (12,345 statements)"
