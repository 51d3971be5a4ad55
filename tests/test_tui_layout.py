"""The main screen at the sizes people use: 80x24 up to 200x50, and the keys that move between panes."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from test_tui import make_app, open_key, settle, sync, write_desk
from textual import events
from textual.widget import Widget
from textual.widgets import Footer

from newsdesk.tui.widgets.quotes import QuotesTable
from newsdesk.tui.widgets.results import ResultsTable
from newsdesk.tui.widgets.tables import NavTable
from newsdesk.tui.widgets.timeline import TimelineTable


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    from newsdesk.index.desk import Desk

    folder, data = write_desk(tmp_path_factory.mktemp("desk"))
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


def shown(app: object, selector: str) -> Widget | None:
    """The widget when it is on screen (displayed, with a size), else None."""
    widget = app.query_one(selector)  # type: ignore[attr-defined]
    region = widget.region
    return widget if widget.display and region.width > 0 and region.height > 0 else None


def assert_inside(app: object, width: int, *selectors: str) -> None:
    for selector in selectors:
        widget = shown(app, selector)
        assert widget is not None, selector
        assert widget.region.right <= width, (selector, widget.region)


def footer_keys(app: object) -> list[Widget]:
    """The footer's keys on screen (a key left out for want of room is not displayed)."""
    footer = app.query_one(Footer)  # type: ignore[attr-defined]
    return [
        child for child in footer.walk_children() if type(child).__name__ == "FooterKey" and child.display
    ]


def footer_fits(app: object, width: int) -> None:
    keys = footer_keys(app)
    assert keys
    # Help is never the key left out or cut ("? He").
    shown_keys = [str(key.render()).strip() for key in keys]
    assert "? Help" in shown_keys or "f1 Help" in shown_keys, shown_keys
    assert all(key.region.right <= width and key.region.width > 0 for key in keys), [
        (str(key.render()), key.region) for key in keys
    ]
    # None drawn over another (the palette's key is docked right, over the last of the others).
    spans = sorted((key.region.x, key.region.right) for key in keys)
    assert all(right <= start for (_, right), (start, _) in itertools.pairwise(spans)), [
        (str(key.render()), key.region) for key in keys
    ]


@sync
async def test_at_80x24_results_and_article_share_the_width_and_s_shows_the_side(
    desk: tuple[Path, Path],
) -> None:
    app = make_app(desk)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await open_key(app, pilot, "a1.md")
        assert_inside(app, 80, "#results", "#article-pane", "#speaker-line")
        assert shown(app, "#side") is None
        assert app.query_one("#article-pane").region.width >= 45
        assert app.query_one("#results").region.width >= 26
        await pilot.press("s")
        await settle(app, pilot)
        assert_inside(app, 80, "#side", "#article-pane")
        assert shown(app, "#results") is None
        assert isinstance(app.focused, QuotesTable)
        await pilot.press("escape")
        await settle(app, pilot)
        assert shown(app, "#side") is None
        assert isinstance(app.focused, ResultsTable)


@sync
async def test_at_80x24_the_timeline_key_brings_the_side_pane(desk: tuple[Path, Path]) -> None:
    app = make_app(desk)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await open_key(app, pilot, "a2.md")
        main = app.main_screen
        main.article_view.move_to(main.article.text.index("ready to accept"))
        await pilot.press("t")
        await settle(app, pilot)
        assert isinstance(app.focused, TimelineTable)
        assert_inside(app, 80, "#side", "#timeline", "#article-pane")
        # Date and stance whole on every row, however narrow the pane ("2025-09-02  re…" was cut).
        table = app.query_one(TimelineTable)
        for row, entry in enumerate(main.timeline_entries):
            first_line = str(table.get_cell_at((row, 1))).split("\n")[0]
            assert first_line.startswith(f"{entry.date}  {entry.stance}"), first_line
        # Q brings the Quotes tab back after the timeline; a key typed right behind it lands there.
        await pilot.press("escape")
        results_row = app.query_one(ResultsTable).cursor_row
        for key in ("Q", "j"):
            app.post_message(events.Key(key, key))
        await settle(app, pilot)
        assert app.query_one("#side").active == "quotes-tab"
        assert isinstance(app.focused, QuotesTable)
        assert app.focused.cursor_row == 1
        assert app.query_one(ResultsTable).cursor_row == results_row


@sync
async def test_at_200x50_every_pane_shows_and_nothing_is_cut(desk: tuple[Path, Path]) -> None:
    app = make_app(desk)
    async with app.run_test(size=(200, 50)) as pilot:
        await settle(app, pilot)
        await open_key(app, pilot, "a1.md")
        assert_inside(app, 200, "#results", "#article-pane", "#side", "#quotes", "#search")
        assert app.query_one("#article-pane").region.width >= 60
        footer_fits(app, 200)
        await pilot.press("s")
        await settle(app, pilot)
        assert shown(app, "#side") is None  # hidden on request, also when wide
        assert app.query_one("#article-pane").region.width >= 120


@pytest.mark.parametrize("width", [100, 120, 140, 170, 200])
@sync
async def test_nothing_is_cut_from_100_to_200_columns(desk: tuple[Path, Path], width: int) -> None:
    app = make_app(desk)
    async with app.run_test(size=(width, 40)) as pilot:
        await settle(app, pilot)
        await open_key(app, pilot, "a1.md")
        visible = ["#results", "#article-pane", "#search-status"] + (["#side"] if width >= 110 else [])
        assert_inside(app, width, *visible)
        footer_fits(app, width)
        # Every list fits its pane: no column pushed out of sight.
        for table in app.query(NavTable):
            if shown(app, f"#{table.id}"):
                assert table.virtual_size.width <= table.scrollable_content_region.width, table.id


@sync
async def test_at_60x20_the_results_sit_above_the_article(desk: tuple[Path, Path]) -> None:
    app = make_app(desk)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(app, pilot)
        await open_key(app, pilot, "a1.md")
        assert_inside(app, 60, "#results", "#article-pane")
        results, article = app.query_one("#results").region, app.query_one("#article-pane").region
        assert results.bottom <= article.y and article.width >= 50 and article.height >= 6


@sync
async def test_a_resize_reflows_at_once(desk: tuple[Path, Path]) -> None:
    app = make_app(desk)
    async with app.run_test(size=(200, 50)) as pilot:
        await settle(app, pilot)
        await open_key(app, pilot, "a1.md")
        view = app.main_screen.article_view
        wide_rows = view.row_count
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert shown(app, "#side") is None and view.row_count > wide_rows
        assert view.wrap_width == view.scrollable_content_region.width
        await pilot.resize_terminal(200, 50)
        await pilot.pause()
        assert shown(app, "#side") is not None and view.row_count == wide_rows


@sync
async def test_lists_jump_with_g_gg_home_and_end(desk: tuple[Path, Path]) -> None:
    app = make_app(desk)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        results = app.query_one(ResultsTable)
        assert results.row_count == 3 and results.cursor_row == 0
        await pilot.press("G")
        assert results.cursor_row == 2
        await pilot.press("g")
        assert results.cursor_row == 2  # one g waits for the second
        await pilot.press("g")
        assert results.cursor_row == 0
        await pilot.press("end")
        assert results.cursor_row == 2
        await pilot.press("home")
        assert results.cursor_row == 0


@sync
async def test_at_80x24_a_long_warning_wraps_in_the_warnings_list(desk: tuple[Path, Path]) -> None:
    app = make_app(desk)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        reason = (
            "broken front matter (line 3: aliases (*a) are refused: a YAML alias can expand without bound)"
        )
        app.warn(f"warning: yaml-bomb.md: {reason}")
        app.warn("warning: [bold]markup[/bold].md: empty file")
        await pilot.press("w")
        await settle(app, pilot)
        log = app.screen.query_one("#lines-log")
        assert log.virtual_size.width <= log.scrollable_content_region.width
        shown = " ".join(strip.text.strip() for strip in log.lines)
        assert reason in shown and "[bold]markup[/bold].md" in shown


@pytest.mark.parametrize("size", [(80, 24), (140, 45)])
@sync
async def test_the_keys_help_reads_whole_without_scrolling_sideways(
    desk: tuple[Path, Path], size: tuple[int, int]
) -> None:
    app = make_app(desk)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await settle(app, pilot)
        table = app.screen.query_one("#help-table")
        assert table.row_count == len(app.screen.rows)
        assert table.virtual_size.width <= table.scrollable_content_region.width
        title = app.screen.query_one("#help-title")
        assert title.region.right <= size[0] and "Quit, Help and the palette keep their keys" in str(
            title.render()
        )
        palette = next(n for n, row in enumerate(app.screen.rows) if row[3] == "command-palette")
        does = str(table.get_row_at(palette)[1])
        assert does.startswith("Command palette: every action, go to actor, go to article\n")


@sync
async def test_at_80x24_the_footer_keeps_help_beside_the_article_s_keys(desk: tuple[Path, Path]) -> None:
    app = make_app(desk)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await open_key(app, pilot, "a1.md")
        footer_fits(app, 80)
        shown_keys = [
            str(key.render())
            for key in app.query_one(Footer).walk_children()
            if type(key).__name__ == "FooterKey"
        ]
        assert any("Next hit" in key for key in shown_keys) and any("Help" in key for key in shown_keys)
        await pilot.resize_terminal(120, 30)
        await pilot.pause()
        assert app.query_one(Footer).show_command_palette


@sync
async def test_at_80x24_the_bookmarks_footer_keeps_help(desk: tuple[Path, Path]) -> None:
    app = make_app(desk)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("B")
        await settle(app, pilot)
        footer_fits(app, 80)
        keys = [
            str(key.render())
            for key in app.query_one(Footer).walk_children()
            if type(key).__name__ == "FooterKey"
        ]
        assert "? Help" in keys and "x Export md" in keys
        subtitle = str(app.query_one("#bookmarks").border_subtitle)
        assert "e edit" in subtitle and "d delete" in subtitle


@sync
async def test_at_100_columns_the_side_pane_never_shows_while_it_mounts(
    desk: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from textual.widgets import TabbedContent

    shown_while_mounting: list[bool] = []
    add_pane = TabbedContent.add_pane

    def watched(self: TabbedContent, pane: object, **kwargs: object) -> object:
        shown_while_mounting.append(bool(self.display))
        return add_pane(self, pane, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(TabbedContent, "add_pane", watched)
    app = make_app(desk)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert shown_while_mounting == [False, False, False]
        assert shown(app, "#side") is None and shown(app, "#results") is not None


@pytest.mark.parametrize("width", [60, 70, 80])
@sync
async def test_the_footer_keeps_help_and_quit_whole_whatever_has_focus(
    desk: tuple[Path, Path], width: int
) -> None:
    # Keys that do not fit are left out from the right, the screen's general ones first; at 60
    # columns the article's "n Next hit" pushed "? Help" off the edge ("q Q"), at 70 the bookmarks'
    # "x Export md" cut it to "? Hel".
    app = make_app(desk)
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(app, pilot)
        footer_fits(app, width)
        await open_key(app, pilot, "a1.md")
        footer_fits(app, width)
        shown_keys = [str(key.render()) for key in footer_keys(app)]
        assert shown_keys[0] == "n Next hit" and "q Quit" in shown_keys, shown_keys
        await pilot.press("slash")
        await settle(app, pilot)
        footer_fits(app, width)
        await pilot.press("escape", "B")
        await settle(app, pilot)
        footer_fits(app, width)
        assert str(footer_keys(app)[0].render()) == "x Export md"
        await pilot.resize_terminal(120, 24)
        await settle(app, pilot)
        footer_fits(app, 120)
        assert "s Side" in [str(key.render()) for key in footer_keys(app)]  # room again: all back


@sync
async def test_at_60x20_the_warnings_count_stays_whole_beside_the_index_summary(
    desk: tuple[Path, Path],
) -> None:
    app = make_app(desk)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(app, pilot)
        status = app.main_screen.index_status
        status.finished("Indexed: 1,024 added, 0 updated, 0 removed, 0 failed")
        app.warn("warning: x.md: empty file")
        await pilot.pause()
        label, warnings = app.query_one("#index-label"), app.query_one("#index-warnings")
        assert str(warnings.render()) == "1 warning (w: show)"
        assert warnings.region.right <= 60 and warnings.region.width >= len("1 warning (w: show)") + 2
        assert label.region.right <= warnings.region.x and label.region.width >= 20
        # Wide again: the label is whole.
        await pilot.resize_terminal(100, 20)
        await pilot.pause()
        assert label.region.width >= len("Indexed: 1,024 added, 0 updated, 0 removed, 0 failed") + 2
        assert warnings.region.right <= 100


def test_layout_classes_shape_only_the_widget_that_has_them() -> None:
    """`restyle_alone` restyles a pane alone when its layout classes change: app.tcss's rules with those
    classes must select that widget itself (never its descendants) and set only its size and layout,
    which no descendant inherits."""
    from textual.app import App
    from textual.css.model import CombinatorType, SelectorType
    from textual.css.stylesheet import Stylesheet

    from newsdesk.tui.app import NewsdeskApp
    from newsdesk.tui.screens.main import LAYOUT_CLASSES

    sheet = Stylesheet(variables=App().get_css_variables())
    sheet.read(Path(NewsdeskApp.CSS_PATH))
    sheet.parse()
    sizing = {"width", "height", "min_width", "max_width", "min_height", "max_height", "layout"}
    found = 0
    for rule in sheet.rules:
        for selectors in rule.selector_set:
            parts = selectors.selectors
            subject = max(
                i for i, part in enumerate(parts) if i == 0 or part.combinator != CombinatorType.SAME
            )
            for index, part in enumerate(parts):
                if part.type == SelectorType.CLASS and part.name.lstrip(".") in {
                    c.lstrip(".") for c in LAYOUT_CLASSES
                }:
                    found += 1
                    assert index >= subject, f"{selectors.css} styles a descendant of a layout class"
                    assert set(rule.styles.get_rules()) <= sizing, (
                        f"{selectors.css} sets more than size and layout"
                    )
    assert found >= 6
