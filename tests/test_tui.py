"""Pilot flows through the TUI on a small pre-indexed desk (no background indexing unless asked)."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest
import yaml
from textual.widgets import Input

from newsdesk.tui.app import NewsdeskApp
from newsdesk.tui.screens.actor_picker import ActorPicker
from newsdesk.tui.screens.bookmark_dialog import BookmarkDialog
from newsdesk.tui.screens.confirm import ConfirmDialog
from newsdesk.tui.widgets.article_view import ArticleView
from newsdesk.tui.widgets.quotes import QuotesTable
from newsdesk.tui.widgets.results import ResultsTable
from newsdesk.tui.widgets.timeline import TimelineTable

SIZE = (140, 40)

ARTICLES = {
    "a1.md": """---
title: Ministers reject river plan
date: 2025-03-01
source: Test Wire
---
ARDEN, March 1 (Test Wire) - The government rejected a plan to share the river on Saturday.

"We will never accept a plan that harms our farmers," Foreign Minister Anna Berg said.

Officials in the capital said talks would continue next week.
""",
    "a2.md": """---
title: Berg signals shift on river plan
date: 2025-03-08
source: Other Post
---
ARDEN, March 8 (Other Post) - The foreign minister softened her tone on Saturday.

"We are ready to accept a fair plan for the river," Foreign Minister Anna Berg told reporters.

Farmers said they would wait and see.
""",
    "a3.md": """---
title: Markup [bold]in[/bold] a headline
date: 2025-03-09
source: Test Wire
---
The text has [red]Rich markup[/red] and [link=http://x]a link[/link] that must show literally.

"The [b]river[/b] is low," said Mayor Tom Lind.
""",
}


def sync(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async test in its own event loop (no async pytest plugin is installed)."""

    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


def write_desk(root: Path) -> tuple[Path, Path]:
    """A three-article desk and its (empty) data folder."""
    folder = root / "desk"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder, root / "data"


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The desk indexed once for the module; tests copy the data folder when they write to it."""
    from newsdesk.index.desk import Desk

    folder, data = write_desk(tmp_path_factory.mktemp("desk"))
    desk = Desk(folder, data)
    desk.index()
    desk.close()
    return folder, data


@pytest.fixture
def desk(indexed: tuple[Path, Path], tmp_path: Path) -> tuple[Path, Path]:
    """A private copy of the indexed data folder, so bookmarks written by one test stay there."""
    import shutil

    folder, data = indexed
    copy = tmp_path / "data"
    shutil.copytree(data, copy)
    return folder, copy


def make_app(desk: tuple[Path, Path], **options: Any) -> NewsdeskApp:
    folder, data = desk
    options.setdefault("index_on_start", False)
    options.setdefault("config_files", [])
    return NewsdeskApp(folder, data, **options)


def two_bookmarks(desk: tuple[Path, Path]) -> Any:
    """A BookmarkStore holding two passages of a1.md: "first" (tag x) and "second" (tag y)."""
    from newsdesk.index.desk import Desk
    from newsdesk.index.userdata.bookmarks import BookmarkStore

    folder, data = desk
    article = Desk(folder, data).article("a1.md")
    store = BookmarkStore(data)
    store.add(article, 0, 10, "first", ["x"])
    store.add(article, 11, 20, "second", ["y"])
    return store


def record_notifications(app: NewsdeskApp) -> list[tuple[str, str]]:
    """Capture (severity, message) of every notification the app raises."""
    seen: list[tuple[str, str]] = []
    original = app.notify

    def notify(message: str, *args: Any, **kwargs: Any) -> None:
        seen.append((kwargs.get("severity", "information"), str(message)))
        original(message, *args, **kwargs)

    app.notify = notify  # type: ignore[method-assign]
    return seen


# Workers that wait on a modal dialog: waiting for them would wait for the dialog to close.
DIALOG_GROUPS = {"bookmark-dialog"}


async def settle(app: NewsdeskApp, pilot: Any) -> None:
    """Let pending messages and engine workers finish (but not workers waiting on an open dialog).

    A worker cancelled by a newer one of its group counts as finished (waiting on it would raise).
    """
    for _ in range(3):
        await pilot.pause()
        deadline = asyncio.get_running_loop().time() + 20
        while any(not w.is_finished and w.group not in DIALOG_GROUPS for w in app.workers):
            assert asyncio.get_running_loop().time() < deadline, "workers still running after 20 s"
            await asyncio.sleep(0.01)
    await pilot.pause()


async def open_key(app: NewsdeskApp, pilot: Any, key: str) -> None:
    app.main_screen.open_article(key, focus=True)
    await settle(app, pilot)
    assert app.main_screen.article is not None and app.main_screen.article.key == key


@sync
async def test_starts_with_results_focused_and_every_article_listed(desk: tuple[Path, Path]) -> None:
    app = make_app(desk)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert isinstance(app.focused, ResultsTable)
        assert sorted(hit.key for hit in app.main_screen.hits) == ["a1.md", "a2.md", "a3.md"]


@sync
async def test_search_open_select_bookmark_saved_in_yaml(desk: tuple[Path, Path]) -> None:
    app = make_app(desk)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"farmers")
        await settle(app, pilot)
        assert sorted(hit.key for hit in app.main_screen.hits) == ["a1.md", "a2.md"]
        await pilot.press("enter")
        await settle(app, pilot)
        view = app.query_one("#article", ArticleView)
        assert app.focused is view
        assert (
            app.main_screen.article is not None and app.main_screen.article.key == app.main_screen.hits[0].key
        )
        text = app.main_screen.article.text
        # Select "Farmers" / "farmers" in the open article with the keyboard: go to a hit, extend by 7.
        await pilot.press("n")
        start = view.cursor_offset
        assert text[start : start + 7].lower() == "farmers"
        await pilot.press(*["shift+right"] * 7)
        assert view.selected_span() == (start, start + 7)
        await pilot.press("b")
        await settle(app, pilot)
        assert isinstance(app.screen, BookmarkDialog)
        await pilot.press(*"who farms", "tab", *"farm, berg ,farm")
        await pilot.press("enter")
        await settle(app, pilot)
        assert not isinstance(app.screen, BookmarkDialog)
    saved = yaml.safe_load((desk[1] / "bookmarks.yaml").read_text(encoding="utf-8"))
    records = saved["bookmarks"] if isinstance(saved, dict) else saved
    assert len(records) == 1
    record = records[0]
    assert record["key"] == app.main_screen.article.key
    assert (record["start"], record["end"]) == (start, start + 7)
    assert record["passage"] == text[start : start + 7]
    assert record["note"] == "who farms"
    assert list(record["tags"]) == ["farm", "berg"]


@sync
async def test_bookmark_without_selection_takes_the_paragraph(desk: tuple[Path, Path]) -> None:
    app = make_app(desk)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await open_key(app, pilot, "a1.md")
        view = app.query_one("#article", ArticleView)
        text = app.main_screen.article.text
        quote_at = text.index('"We will never')
        view.move_to(quote_at + 5)
        await pilot.press("b")
        await settle(app, pilot)
        await pilot.press("escape")
        await settle(app, pilot)
        assert not (desk[1] / "bookmarks.yaml").exists()  # escape cancels
        await pilot.press("b")
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
    records = yaml.safe_load((desk[1] / "bookmarks.yaml").read_text(encoding="utf-8"))["bookmarks"]
    assert (
        records[0]["passage"]
        == '"We will never accept a plan that harms our farmers," Foreign Minister Anna Berg said.'
    )


@sync
async def test_quote_enter_selects_the_statement_and_names_the_speaker(desk: tuple[Path, Path]) -> None:
    app = make_app(desk)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await open_key(app, pilot, "a1.md")
        quotes = app.query_one("#quotes", QuotesTable)
        berg = next(i for i, st in enumerate(app.main_screen.statements) if st.actor == "Anna Berg")
        quotes.focus()
        quotes.move_cursor(row=berg)
        await pilot.press("enter")
        await settle(app, pilot)
        view = app.query_one("#article", ArticleView)
        st = app.main_screen.statements[berg]
        assert app.focused is view
        assert view.selected_span() == (st.start, st.end)
        assert view.selected_text == '"We will never accept a plan that harms our farmers,"'
        line = str(app.query_one("#speaker-line").render())
        assert "Foreign Minister Anna Berg → Anna Berg" in line and "said · direct · 2025-03-01" in line


@sync
async def test_timeline_of_the_speaker_and_enter_opens_the_earlier_article(desk: tuple[Path, Path]) -> None:
    app = make_app(desk)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await open_key(app, pilot, "a2.md")
        view = app.query_one("#article", ArticleView)
        view.move_to(app.main_screen.article.text.index("ready to accept"))
        await pilot.press("t")
        await settle(app, pilot)
        assert app.main_screen.timeline_actor == "Anna Berg"
        assert app.query_one("#side").active == "timeline-tab"
        table = app.query_one("#timeline", TimelineTable)
        assert app.focused is table
        entries = [(e.key, e.stance, e.shift is not None) for e in app.main_screen.timeline_entries]
        # Headline paraphrases come and go with the extractor; the two direct quotes are the point.
        assert entries[0] == ("a1.md", "rejects", False)
        assert entries[-1] == ("a2.md", "accepts", True)
        marks = [str(table.get_cell_at((row, 0))) for row in range(len(entries))]
        assert marks == ["⇄" if shift else "" for _, _, shift in entries]
        detail = str(app.query_one("#timeline-detail").render())
        assert "1 report: Test Wire" in detail
        steps = len(entries) - 1
        await pilot.press(*["j"] * steps)
        detail = str(app.query_one("#timeline-detail").render())
        assert "⇄ shift from rejects (2025-03-01)" in detail
        await pilot.press(*["k"] * steps, "enter")
        await settle(app, pilot)
        assert app.main_screen.article.key == "a1.md"
        assert view.selected_text == '"We will never accept a plan that harms our farmers,"'


@sync
async def test_actor_picker_filters_and_opens_a_timeline(desk: tuple[Path, Path]) -> None:
    app = make_app(desk)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("a")
        await settle(app, pilot)
        assert isinstance(app.screen, ActorPicker)
        await pilot.press(*"lind")
        await pilot.pause()
        options = app.screen.query_one("#actor-options")
        assert options.get_option_at_index(0).id == "Tom Lind"
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.main_screen.timeline_actor == "Tom Lind"
        assert [e.key for e in app.main_screen.timeline_entries] == ["a3.md"]


@sync
async def test_bookmark_delete_asks_then_removes(desk: tuple[Path, Path]) -> None:
    store = two_bookmarks(desk)
    app = make_app(desk)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("B")
        await settle(app, pilot)
        assert [bm.note for bm in app.main_screen.bookmark_list] == ["first", "second"]
        await pilot.press("d")
        await settle(app, pilot)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await settle(app, pilot)
        assert len(store.list()) == 2
        await pilot.press("j", "d")
        await settle(app, pilot)
        await pilot.press("y")
        await settle(app, pilot)
        assert [bm.note for bm in store.list()] == ["first"]
        assert [bm.note for bm in app.main_screen.bookmark_list] == ["first"]


@sync
async def test_bookmark_edit_filter_and_export(
    desk: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as dt

    from newsdesk.tui.screens.export_dialog import ExportDialog

    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    store = two_bookmarks(desk)
    app = make_app(desk)
    seen = record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("B", "e")
        await settle(app, pilot)
        assert isinstance(app.screen, BookmarkDialog)
        await pilot.press(*" edited", "enter")
        await settle(app, pilot)
        assert [(bm.note, bm.tags) for bm in store.list()] == [("first edited", ("x",)), ("second", ("y",))]
        await pilot.press("f", "y", "enter")
        await settle(app, pilot)
        assert [bm.note for bm in app.main_screen.bookmark_list] == ["second"]
        await pilot.press("x")
        await settle(app, pilot)
        # `x` asks where to write: a file in the working folder, named for the tag and the day.
        assert isinstance(app.screen, ExportDialog)
        name = f"newsdesk-brief-y-{dt.date.today().isoformat()}.md"
        assert app.screen.query_one("#export-path", Input).value == f"./{name}"
        await pilot.press("enter")
        await settle(app, pilot)
    exported = work / name
    assert exported.exists() and "second" in exported.read_text(encoding="utf-8")
    assert ("information", f"Exported 1 bookmark to {exported}") in seen
    assert not (desk[1] / "bookmarks-y.md").exists()


@sync
async def test_broken_bookmarks_file_is_an_error_notification(desk: tuple[Path, Path]) -> None:
    (desk[1] / "bookmarks.yaml").write_text("bookmarks: [unclosed\n", encoding="utf-8")
    app = make_app(desk)
    seen = record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("B")
        await settle(app, pilot)
        assert app.is_running
        errors = [message for severity, message in seen if severity == "error"]
        assert errors and "bookmarks.yaml" in errors[0]
    # Never overwritten: it holds work nobody can recreate.
    assert (desk[1] / "bookmarks.yaml").read_text(encoding="utf-8") == "bookmarks: [unclosed\n"


@sync
async def test_markup_in_an_article_shows_literally(desk: tuple[Path, Path]) -> None:
    app = make_app(desk)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await open_key(app, pilot, "a3.md")
        view = app.query_one("#article", ArticleView)
        assert view.text.startswith(
            "Markup [bold]in[/bold] a headline\n\nThe text has [red]Rich markup[/red]"
        )
        results = app.query_one("#results", ResultsTable)
        row = next(i for i, hit in enumerate(app.main_screen.hits) if hit.key == "a3.md")
        assert str(results.get_cell_at((row, 0))).startswith("Markup [bold]")
        quotes = app.query_one("#quotes", QuotesTable)
        assert (
            str(quotes.get_cell_at((0, 0)))
            == 'Tom Lind  said · direct · 2025-03-09\n"The [b]river[/b] is low,"'
        )
        # The rendered screen shows the brackets, i.e. nothing was parsed as markup.
        lines = [view.render_line(y).text for y in range(view.size.height)]
        assert any("[red]Rich markup[/red]" in line for line in lines)


@sync
async def test_next_hit_wraps_and_hits_are_marked_as_utf8_bytes(desk: tuple[Path, Path]) -> None:
    app = make_app(desk)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"river", "enter")
        await settle(app, pilot)
        view = app.query_one("#article", ArticleView)
        text = app.main_screen.article.text
        starts = [start for start, _ in view.hits]
        assert starts and all(text[s : s + 5].lower() == "river" for s in starts)
        visited = []
        for _ in range(len(starts) + 1):
            await pilot.press("n")
            visited.append(view.cursor_offset)
        assert visited == [*starts, starts[0]]
        await pilot.press("N")
        assert view.cursor_offset == starts[-1]


@sync
async def test_a_newer_search_wins_over_a_slower_older_one(desk: tuple[Path, Path]) -> None:
    app = make_app(desk)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.main_screen.search_later("lind")
        app.main_screen.search_later("farmers")
        await settle(app, pilot)
        assert app.main_screen.query_text == "farmers"
        assert sorted(hit.key for hit in app.main_screen.hits) == ["a1.md", "a2.md"]


@sync
async def test_keymap_from_config_remaps_by_binding_id(desk: tuple[Path, Path], tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("keymap:\n  bookmark: m\n  pick-actor: p\n", encoding="utf-8")
    app = make_app(desk, config_files=[config])
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await open_key(app, pilot, "a1.md")
        await pilot.press("b")
        await settle(app, pilot)
        assert not isinstance(app.screen, BookmarkDialog)
        await pilot.press("m")
        await settle(app, pilot)
        assert isinstance(app.screen, BookmarkDialog)
        await pilot.press("escape")
        await settle(app, pilot)
        await pilot.press("p")
        await settle(app, pilot)
        assert isinstance(app.screen, ActorPicker)
        rows = app.keys.help_rows()
        assert ("main screen", "m", "Bookmark the selection or paragraph", "bookmark", "yes") in rows


@sync
async def test_help_lists_bindings_and_q_quits(desk: tuple[Path, Path]) -> None:
    app = make_app(desk)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await settle(app, pilot)
        ids = {row[3] for row in app.screen.rows}
        assert {"focus-search", "bookmark", "next-hit", "bookmark-delete", "quit"} <= ids
        table = app.screen.query_one("#help-table")
        shown = [str(table.get_row_at(row)[1]) for row in range(table.row_count)]
        assert all(f" · id {row[3]} · " in line for row, line in zip(app.screen.rows, shown, strict=True))
        await pilot.press("escape")
        await settle(app, pilot)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


@sync
async def test_background_indexing_fills_an_unindexed_desk_and_counts_warnings(tmp_path: Path) -> None:
    folder, data = write_desk(tmp_path)
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    app = NewsdeskApp(folder, data, index_on_start=True, config_files=[])
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await settle(app, pilot)
        assert sorted(hit.key for hit in app.main_screen.hits) == ["a1.md", "a2.md", "a3.md"]
        label = str(app.query_one("#index-label").render())
        assert label.startswith("Indexed: 3 added, 0 updated, 0 removed, ")
        assert len(app.warnings) == 1 and "broken.json" in app.warnings[0]
        assert str(app.query_one("#index-warnings").render()) == "1 warning (w: show)"
        await pilot.press("w")
        await settle(app, pilot)
        assert app.screen.lines == app.warnings


@sync
async def test_a_bad_query_is_reported_in_the_search_bar_not_raised(desk: tuple[Path, Path]) -> None:
    app = make_app(desk)
    seen = record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"date:notadate")
        await settle(app, pilot)
        assert str(app.query_one("#search-status").render()) == "cannot search"
        assert app.main_screen.search_bar.message.startswith('cannot read the date "notadate"')
        assert seen == []
        assert app.is_running


@sync
async def test_article_view_marks_rows_by_character_offsets() -> None:
    from textual.app import App, ComposeResult

    class One(App[None]):
        CSS_PATH = NewsdeskApp.CSS_PATH
        AUTO_FOCUS = None

        def compose(self) -> ComposeResult:
            yield ArticleView(id="article")

    app = One()
    async with app.run_test(size=(60, 10)) as pilot:
        view = app.query_one(ArticleView)
        text = "Zürich—río\nsecond «line» here"
        hit = (text.index("río"), text.index("río") + 3)
        statement = (text.index("río"), text.index("line"))
        view.show_text(text, [hit], [statement])
        await pilot.pause()
        assert view.row_count == 2
        assert view.marks_in_row(0) == {"statement": [(7, 10)], "active": [], "hit": [(7, 10)]}
        assert view.marks_in_row(1) == {"statement": [(11, 19)], "active": [], "hit": []}
        # Drawn: the hit's cells carry the hit style, the rest of the statement the statement style.
        hit_style = view.get_component_rich_style("article--hit", partial=True)
        line = view.render_line(0)
        assert line.text.startswith("Zürich—río")
        assert hit_style.bgcolor is not None
        styled = [(seg.text, seg.style.bgcolor == hit_style.bgcolor) for seg in line if seg.text.strip()]
        assert styled == [("Zürich—", False), ("río", True)]
        view.focus()
        view.move_to(text.index("line"))
        await pilot.press("shift+right", "shift+right", "shift+right", "shift+right")
        assert view.selected_text == "line"
        assert view.selected_span() == (text.index("line"), text.index("line") + 4)


@sync
async def test_command_palette_goes_to_an_actor_and_an_article(desk: tuple[Path, Path]) -> None:
    app = make_app(desk)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await settle(app, pilot)
        await pilot.press(*"go to actor: tom lind")
        await asyncio.sleep(0.5)  # the palette searches its providers in the background
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.main_screen.timeline_actor == "Tom Lind"
        await pilot.press("ctrl+p")
        await settle(app, pilot)
        await pilot.press(*"go to article: markup [bold]")
        await asyncio.sleep(0.5)
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.main_screen.article is not None and app.main_screen.article.key == "a3.md"


def test_palette_highlight_never_parses_markup() -> None:
    from textual.style import Style

    from newsdesk.tui.screens.palette import literal_highlight

    style = Style(bold=True)
    content = literal_highlight("go to article: [bold]x[/bold]", [15, 16], style)
    assert content.plain == "go to article: [bold]x[/bold]"
    assert [(span.start, span.end, str(span.style)) for span in content.spans] == [
        (15, 16, str(style)),
        (16, 17, str(style)),
    ]


@sync
async def test_keys_sent_in_one_burst_after_slash_reach_the_search_bar(desk: tuple[Path, Path]) -> None:
    from textual import events

    app = make_app(desk)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        # What `tmux send-keys '/' 'farmers' Enter` does: all keys queued before any is handled.
        for key, char in [("slash", "/"), *((c, c) for c in "farmers"), ("enter", "\r")]:
            app.post_message(events.Key(key, char))
        await settle(app, pilot)
        assert app.query_one("#search", Input).value == "farmers"
        assert app.main_screen.article is not None and app.main_screen.article.key in {"a1.md", "a2.md"}
        await pilot.press("slash", "ctrl+u", "a", "slash", "b")
        assert app.query_one("#search", Input).value == "a/b"
        # Escape leaves the search bar at once, so a key right behind it is a command again.
        app.post_message(events.Key("escape", None))
        app.post_message(events.Key("question_mark", "?"))
        await settle(app, pilot)
        assert app.query_one("#search", Input).value == "a/b"
        assert type(app.screen).__name__ == "HelpScreen"


@sync
async def test_a_bookmark_follows_its_passage_after_the_article_changed(tmp_path: Path) -> None:
    from newsdesk.index.desk import Desk
    from newsdesk.index.userdata.bookmarks import BookmarkStore

    folder, data = write_desk(tmp_path)
    desk = Desk(folder, data)
    desk.index()
    article = desk.article("a1.md")
    passage = '"We will never accept a plan that harms our farmers,"'
    start = article.text.index(passage)
    BookmarkStore(data).add(article, start, start + len(passage), "hard line", ["berg"])
    # The outlet adds a paragraph at the top: every offset after it moves.
    path = folder / "a1.md"
    path.write_text(
        path.read_text(encoding="utf-8").replace("ARDEN,", "Updated with reaction.\n\nARDEN,"),
        encoding="utf-8",
    )
    desk.index()
    desk.close()
    app = make_app((folder, data))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("B", "enter")
        await settle(app, pilot)
        view = app.query_one("#article", ArticleView)
        assert app.focused is view
        assert view.selected_text == passage
        assert view.selected_span()[0] == start + len("Updated with reaction.\n\n")
    # The new place is saved: the CLI, exports and the next jump see the passage where it is now.
    [saved] = BookmarkStore(data).list()
    assert (saved.start, saved.passage, saved.note) == (
        start + len("Updated with reaction.\n\n"),
        passage,
        "hard line",
    )


@sync
async def test_a_note_typed_in_one_burst_behind_b_lands_in_the_dialog(desk: tuple[Path, Path]) -> None:
    from textual import events

    app = make_app(desk)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await open_key(app, pilot, "a1.md")
        # `tmux send-keys b 'quote at top' Enter`: the q and t must not quit or open the timeline.
        keys = [("b", "b"), *((c if c != " " else "space", c) for c in "quote at top"), ("enter", "\r")]
        for key, char in keys:
            app.post_message(events.Key(key, char))
        await settle(app, pilot)
        assert app.is_running
        assert [bm.note for bm in app.main_screen.bookmark_list] == ["quote at top"]
        # The actor picker too, even before it has loaded the actors.
        assert app.main_screen.actor_names == []
        for key, char in [("a", "a"), *((c, c) for c in "lind"), ("enter", "\r")]:
            app.post_message(events.Key(key, char))
        await settle(app, pilot)
        assert app.main_screen.timeline_actor == "Tom Lind"


@sync
async def test_a_bad_keymap_is_warned_about_and_quit_help_palette_stay(
    desk: tuple[Path, Path], tmp_path: Path
) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(
        "keymap:\n  bookmark: q\n  timeline: b\n  nonsense: x\n  pick-actor: ctrl+bananas\n  help: f2\n",
        encoding="utf-8",
    )
    app = make_app(desk, config_files=[config])
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert [line.split(": keymap: ")[1].split(":")[0] for line in app.warnings] == [
            "no action has the id 'nonsense' (the help screen lists the ids), ignored",
            "pick-actor",
            "bookmark",
            "timeline",
        ]
        assert all(line.startswith(f"warning: {config}: keymap: ") for line in app.warnings)
        assert str(app.query_one("#index-warnings").render()) == "4 warnings (w: show)"
        await pilot.press("w")
        await settle(app, pilot)
        assert app.screen.lines == app.warnings
        await pilot.press("escape")
        await settle(app, pilot)
        # The refused entries left the defaults in place; help gained f2 and kept ? and F1.
        await open_key(app, pilot, "a1.md")
        await pilot.press("b")
        await settle(app, pilot)
        assert isinstance(app.screen, BookmarkDialog)
        await pilot.press("escape")
        await settle(app, pilot)
        for key in ("question_mark", "f1", "f2"):
            await pilot.press(key)
            await settle(app, pilot)
            assert type(app.screen).__name__ == "HelpScreen", key
            await pilot.press("escape")
            await settle(app, pilot)
        await pilot.press("ctrl+p")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "CommandPalette"
        await pilot.press("escape")
        await settle(app, pilot)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


@sync
async def test_a_remapped_key_changes_every_hint_footer_and_help(
    desk: tuple[Path, Path], tmp_path: Path
) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("keymap: {timeline: T, pick-actor: p, focus-search: ctrl+f}\n", encoding="utf-8")
    app = make_app(desk, config_files=[config])
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        main = app.main_screen
        assert app.warnings == []
        assert main.search_bar.input.placeholder.startswith("ctrl+f search")
        assert str(app.query_one("#timeline-title").render()) == (
            "No actor chosen: press T on a statement, or p to pick one."
        )
        assert app.query_one("#quotes").border_subtitle == "Enter select in the text · T timeline"
        await open_key(app, pilot, "a1.md")
        main.article_view.move_to(main.article.text.index("ARDEN"))
        await pilot.pause()
        assert "(T: timeline of the speaker under the cursor)" in str(app.query_one("#speaker-line").render())
        footer_keys = {
            binding.id: key
            for key, binding in ((k, b.binding) for k, b in app.screen.active_bindings.items())
        }
        assert footer_keys["timeline"] == "T" and footer_keys["pick-actor"] == "p"
        assert footer_keys["focus-search"] == "ctrl+f"
        main.article_view.move_to(main.article.text.index("We will never"))
        await pilot.press("t")
        await settle(app, pilot)
        assert main.timeline_actor is None
        await pilot.press("T")
        await settle(app, pilot)
        assert main.timeline_actor is not None
        await pilot.press("question_mark")
        await settle(app, pilot)
        table = app.screen.query_one("#help-table")
        cells = [table.get_row_at(row) for row in range(table.row_count)]
        rows = {str(does).split(" · id ")[1].split(" · ")[0]: str(keys) for keys, does in cells}
        assert (rows["timeline"], rows["pick-actor"], rows["help"]) == ("T", "p", "?, F1")
