"""Results as issue 14 asks for them: statement rows that say who said what and open at the
statement, pages through every match with the true count, a sort key, snippets and dates, copies
folded, every query form highlighted with "hit 2/9", and queries that cannot run explained."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
from test_tui import make_app, open_key, settle, sync, write_desk

from newsdesk.tui.screens.copies import CopiesScreen
from newsdesk.tui.screens.help import HelpScreen
from newsdesk.tui.widgets.article_view import ArticleView
from newsdesk.tui.widgets.quotes import QuotesTable
from newsdesk.tui.widgets.results import ResultsTable, snippet_text
from newsdesk.tui.widgets.search_bar import TYPE_MORE, page_status, too_short

SMALL, LARGE = (80, 24), (200, 50)


def _index(folder: Path, data: Path) -> None:
    from newsdesk.index.desk import Desk

    desk = Desk(folder, data)
    desk.index()
    desk.close()


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder, data = write_desk(tmp_path_factory.mktemp("desk"))
    _index(folder, data)
    return folder, data


@pytest.fixture
def desk(indexed: tuple[Path, Path], tmp_path: Path) -> tuple[Path, Path]:
    folder, data = indexed
    shutil.copytree(data, tmp_path / "data")
    return folder, tmp_path / "data"


TURBINES = 120


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """120 dated articles about turbines (one with "turbine" in its title), and three copies of one body."""
    root = tmp_path_factory.mktemp("many")
    folder = root / "desk"
    folder.mkdir()
    start = dt.date(2024, 1, 1)
    for n in range(TURBINES):
        day = start + dt.timedelta(days=n)
        words = " ".join(["turbine"] * (1 + n % 5))
        (folder / f"t{n:03d}.md").write_text(
            f"---\ntitle: Report {n}\ndate: {day.isoformat()}\nsource: Wind Wire\n---\n"
            f"Engineers inspected the {words} at site {n}. Output rose by {n} megawatts.\n",
            encoding="utf-8",
        )
    for n, outlet in enumerate(("Alpha", "Beta", "Gamma")):
        (folder / f"copy{n}.md").write_text(
            f"---\ntitle: Grid copy {n}\ndate: 2023-05-0{n + 1}\nsource: {outlet}\n---\n"
            "The grid operator said the windfarm\nwas connected on time.\n",
            encoding="utf-8",
        )
    _index(folder, root / "data")
    return folder, root / "data"


@pytest.fixture
def many_copy(many: tuple[Path, Path], tmp_path: Path) -> tuple[Path, Path]:
    folder, data = many
    shutil.copytree(data, tmp_path / "data")
    return folder, tmp_path / "data"


def status(app: Any) -> str:
    return str(app.query_one("#search-status").render())


def row_text(app: Any, row: int) -> str:
    table = app.query_one("#results", ResultsTable)
    cell = table.get_row_at(row)[0]
    return cell.plain


# ---- pure parts ------------------------------------------------------------------------------------


def test_page_status_says_what_is_listed_of_how_many() -> None:
    assert (
        page_status(50, 289, statements=True, sort="relevance", cut_short=False) == "1-50 of 289 statements"
    )
    assert page_status(3, 3, statements=False, sort="relevance", cut_short=False) == "3 results"
    assert page_status(1, 1, statements=False, sort="date", cut_short=False) == "1 result · newest first"
    assert page_status(50, 1200, statements=False, sort="date", cut_short=True) == (
        "1-50 of 1,200+ results · newest first"
    )
    assert page_status(0, 0, statements=True, sort="relevance", cut_short=False) == "0 statements"


def test_too_short_is_one_character() -> None:
    assert [too_short(t) for t in ("x", "x*", " b ", "ab", "", "(", '"', "é")] == [
        True, True, True, False, False, False, False, True,
    ]  # fmt: skip


def test_snippet_starts_near_its_first_hit_and_marks_it() -> None:
    from rich.style import Style

    styles = {"result--hit": Style(bold=True)}
    text = snippet_text("The «bank» raised rates\x1b[31m", 40, styles)
    assert text.plain == "The bank raised rates [31m"
    assert [(s.start, s.end) for s in text.spans] == [(4, 8)]
    far = snippet_text("x" * 100 + " the «bank» raised rates", 30, styles)
    assert far.plain.startswith("…") and "bank" in far.plain and len(far.plain) <= 30
    start = far.plain.index("bank")
    assert [(s.start, s.end) for s in far.spans] == [(start, start + 4)]


# ---- 1. statement searches ---------------------------------------------------------------------------


@pytest.mark.parametrize("size", [SMALL, LARGE])
@sync
async def test_statement_rows_name_the_speaker_cue_quote_and_date_and_open_at_the_statement(
    desk: tuple[Path, Path], size: tuple[int, int]
) -> None:
    app = make_app(desk)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"actor:berg")
        await settle(app, pilot)
        main = app.main_screen
        assert [hit.key for hit in main.hits] == ["a1.md", "a2.md"] or [hit.key for hit in main.hits] == [
            "a2.md",
            "a1.md",
        ]
        assert status(app) == "2 statements"
        first = main.hits[0]
        lines = row_text(app, 0).split("\n")
        who = "Anna Berg (“Foreign Minister Anna Berg”)"
        quote = first.quote
        facts = f"{first.cue} · {first.date.isoformat()} · {first.source}"
        for line, whole in zip(lines, (who, quote, facts), strict=True):
            # Cut to the pane's width, with an ellipsis, at 80 columns.
            assert line == whole or (line.endswith("…") and whole.startswith(line[:-1])), (line, whole)
        if size == LARGE:
            assert lines[0] == who and lines[2] == facts
        await pilot.press("enter")
        await settle(app, pilot)
        view = app.query_one("#article", ArticleView)
        st = first.statement
        assert main.article.key == first.key
        assert app.focused is view
        assert view.selected_span() == (st.start, st.end)
        assert view.active_spans == [(st.start, st.end)]
        # The quotes pane has the statement as its current row.
        quotes = app.query_one("#quotes", QuotesTable)
        assert (quotes.current_item.start, quotes.current_item.end) == (st.start, st.end)


# ---- 2. pages, count, sort, snippets, copies -----------------------------------------------------------


@sync
async def test_results_page_through_every_match_with_the_true_count(many_copy: tuple[Path, Path]) -> None:
    app = make_app(many_copy)
    async with app.run_test(size=LARGE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"turbine")
        await settle(app, pilot)
        main = app.main_screen
        assert status(app) == f"1-50 of {TURBINES} results"
        assert len(main.hits) == 50
        # Each row: title, a snippet with the word, then outlet, date and hit count.
        lines = row_text(app, 0).split("\n")
        assert "turbine" in lines[1]
        assert lines[2].startswith("Wind Wire · 2024-") and "hits" in lines[2]
        await pilot.press("escape", "G")
        await settle(app, pilot)
        assert len(main.hits) == 100 and status(app) == f"1-100 of {TURBINES} results"
        await pilot.press("G")
        await settle(app, pilot)
        await pilot.press("G")
        await settle(app, pilot)
        assert len(main.hits) == TURBINES and status(app) == f"{TURBINES} results"
        assert len({hit.key for hit in main.hits}) == TURBINES
        table = app.query_one("#results", ResultsTable)
        assert table.row_count == TURBINES


@sync
async def test_sort_key_switches_to_newest_first_and_back(many_copy: tuple[Path, Path]) -> None:
    app = make_app(many_copy)
    async with app.run_test(size=SMALL) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"turbine", "escape")
        await settle(app, pilot)
        relevance = [hit.key for hit in app.main_screen.hits]
        await pilot.press("S")
        await settle(app, pilot)
        dates = [hit.date for hit in app.main_screen.hits]
        assert dates == sorted(dates, reverse=True) and dates[0] == dt.date(2024, 4, 29)
        assert status(app) == f"1-50 of {TURBINES} results · newest first"
        await pilot.press("S")
        await settle(app, pilot)
        assert [hit.key for hit in app.main_screen.hits] == relevance


@sync
async def test_copies_are_listed_once_and_c_lists_them(many_copy: tuple[Path, Path]) -> None:
    app = make_app(many_copy)
    async with app.run_test(size=SMALL) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"windfarm", "escape")
        await settle(app, pilot)
        main = app.main_screen
        assert len(main.hits) == 1 and status(app) == "1 result"
        hit = main.hits[0]
        assert sorted([hit.key, *hit.copies]) == ["copy0.md", "copy1.md", "copy2.md"]
        assert row_text(app, 0).split("\n")[2].endswith("+2 copies")
        await pilot.press("C")
        await settle(app, pilot)
        assert isinstance(app.screen, CopiesScreen)
        lines = app.screen.lines
        assert len(lines) == 3 and all("Grid copy" in line for line in lines)
        assert {line.split(" · ")[1] for line in lines} == {"Alpha", "Beta", "Gamma"}
        await pilot.press("down", "enter")
        await settle(app, pilot)
        assert main.article.key == hit.copies[0]


# ---- 3. highlights ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "key", "marked"),
    [
        ('"river plan"', "a1.md", ["river plan"]),
        ("farm*", "a2.md", ["Farmers"]),
        ("farmrs~", "a1.md", ["farmers"]),
        ("riv?r", "a1.md", ["river", "river"]),
        ("title:river", "a2.md", ["river"]),
        ("actor:berg", "a2.md", ['"We are ready to accept a fair plan for the river,"']),
    ],
)
@sync
async def test_every_query_form_is_highlighted_and_n_counts_the_hits(
    desk: tuple[Path, Path], query: str, key: str, marked: list[str]
) -> None:
    app = make_app(desk)
    async with app.run_test(size=LARGE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *query, "escape")
        await settle(app, pilot)
        await open_key(app, pilot, key)
        view = app.query_one("#article", ArticleView)
        text = app.main_screen.article.text
        assert [text[a:b] for a, b in view.hits] == marked
        pane = app.main_screen.article_pane
        total = len(marked)
        assert pane.hit_label.startswith(f"{total} hit")
        await pilot.press("n")
        assert pane.hit_label == f"hit 1/{total}"
        assert view.cursor_offset == view.hits[0][0]
        await pilot.press("N")
        assert pane.hit_label == f"hit {total}/{total}"


@sync
async def test_n_marks_the_next_batch_of_a_capped_article(tmp_path: Path) -> None:
    """An article with more hits than one call marks (1,000): `n` past the last asks for the next batch."""
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "long.md").write_text(
        "---\ntitle: Long\n---\n" + " ".join(["oil gas"] * 1500) + "\n", encoding="utf-8"
    )
    _index(folder, tmp_path / "data")
    app = make_app((folder, tmp_path / "data"))
    async with app.run_test(size=SMALL) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"oil", "escape")
        await settle(app, pilot)
        await open_key(app, pilot, "long.md")
        view = app.query_one("#article", ArticleView)
        assert len(view.hits) == 1000 and view.hits_total == 1500
        view.move_to(view.hits[-1][0])
        await pilot.press("n")
        await settle(app, pilot)
        assert len(view.hits) == 1500
        assert view.cursor_offset == view.hits[1000][0]
        assert app.main_screen.article_pane.hit_label == "hit 1,001/1,500"


@sync
async def test_a_capped_count_is_said_on_the_border(tmp_path: Path) -> None:
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "huge.md").write_text("---\ntitle: Huge\n---\n" + "oil " * 20_500 + "\n", encoding="utf-8")
    _index(folder, tmp_path / "data")
    app = make_app((folder, tmp_path / "data"))
    async with app.run_test(size=SMALL) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"oil", "escape")
        await settle(app, pilot)
        await open_key(app, pilot, "huge.md")
        pane = app.main_screen.article_pane
        assert pane.hit_label.startswith("20,000+ hits (count capped)")
        await pilot.press("n")
        assert pane.hit_label == "hit 1/20,000+ (count capped)"


# ---- 4. queries that cannot run --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "says"),
    [
        ('"unclosed', "unclosed quote"),
        ("AND", "AND needs a search term on each side"),
        ("(", 'a "(" is never closed'),
        ("kind:bogus", 'kind: is direct, indirect or mixed, not "bogus"'),
        ("date:[2025-09 to 2025-01]", "the date range runs backwards"),
        ("date:[2025 to", "unclosed range [2025 to"),
    ],
)
@sync
async def test_a_query_that_cannot_run_says_why_under_the_search_bar(
    desk: tuple[Path, Path], query: str, says: str
) -> None:
    app = make_app(desk)
    async with app.run_test(size=SMALL) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *query)
        await settle(app, pilot)
        bar = app.main_screen.search_bar
        assert bar.message.startswith(says), bar.message
        assert status(app) == "cannot search"
        assert app.query_one("#search-message").has_class("-error")
        # Fixed, it searches again and the line goes.
        await pilot.press("ctrl+u", *"river")
        await settle(app, pilot)
        assert bar.message == "" and status(app) == "3 results"


@sync
async def test_one_letter_says_type_more_not_an_error(desk: tuple[Path, Path]) -> None:
    app = make_app(desk)
    async with app.run_test(size=SMALL) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", "x")
        await settle(app, pilot)
        bar = app.main_screen.search_bar
        assert bar.message == TYPE_MORE
        assert not app.query_one("#search-message").has_class("-error")
        assert status(app) == "3 results"


@sync
async def test_help_explains_the_query_syntax(desk: tuple[Path, Path]) -> None:
    app = make_app(desk)
    async with app.run_test(size=SMALL) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await settle(app, pilot)
        assert isinstance(app.screen, HelpScreen) and app.screen.page == "keys"
        await pilot.press("s")
        assert app.screen.page == "syntax"
        from newsdesk.tui.screens.help import syntax_text

        typed = syntax_text()
        for form in ('"security guarantees"', "guarant*", "guarentee~", "title:", "date:2025-08",
                     "date:[2025-08-01 to 2025-08-31]", "date:yesterday", "actor:", "speaker:", "cue:", "kind:"):  # fmt: skip
            assert form in typed, form
        await pilot.press("escape")
        # F1 from the search bar opens on the syntax.
        await pilot.press("slash", "f1")
        await settle(app, pilot)
        assert isinstance(app.screen, HelpScreen) and app.screen.page == "syntax"


# ---- 5. export -------------------------------------------------------------------------------------------


@sync
async def test_export_toast_shows_the_whole_path_wrapped_at_80_columns(
    desk: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from test_tui import two_bookmarks
    from textual.widgets._toast import Toast

    from newsdesk.tui.screens.export_dialog import ExportDialog

    work = tmp_path / ("a-rather-long-folder-name-for-briefs-" * 3) / "desk-briefs"
    work.mkdir(parents=True)
    monkeypatch.chdir(work)
    two_bookmarks(desk)
    app = make_app(desk)
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        await settle(app, pilot)
        await pilot.press("B", "x")
        await settle(app, pilot)
        assert isinstance(app.screen, ExportDialog)
        await pilot.press("tab", "down", "enter")  # group by speaker
        assert app.screen.group_by == "actor"
        await pilot.press("shift+tab", "enter")
        await settle(app, pilot)
        written = work / f"newsdesk-brief-{dt.date.today().isoformat()}.md"
        assert written.exists() and "# Brief" in written.read_text(encoding="utf-8")
        await pilot.pause(0.3)
        toasts = list(app.screen.query(Toast))
        assert toasts, "no toast"
        toast = toasts[-1]
        shown = "".join(
            "".join(segment.text for segment in strip).strip()
            for strip in toast.render_lines(toast.region.reset_offset)
        )
        # The toast's edge is a "▌" on every line; the path is wrapped over the lines, never cut.
        assert str(written) in shown.replace("▌", "").replace(" ", "")
        assert toast.region.right <= SMALL[0] and toast.region.height > 3


@sync
async def test_a_slow_answer_says_searching_instead_of_the_last_count(desk: tuple[Path, Path]) -> None:
    import time

    app = make_app(desk)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        engine_desk = app.engine.desk
        search_page = engine_desk.search_page

        def slow_search_page(*args: Any, **kwargs: Any) -> Any:
            time.sleep(0.6)  # a loaded machine, or a first index running beside the search
            return search_page(*args, **kwargs)

        engine_desk.search_page = slow_search_page
        status = app.query_one("#search-status")
        assert str(status.render()) == "3 results"
        await pilot.press("slash", *"farmers")
        await pilot.pause(0.4)
        assert str(status.render()) == "searching…"
        await settle(app, pilot)
        assert str(status.render()) == "2 results"
