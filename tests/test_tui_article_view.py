"""The article pane's own widget: wrapping, marks, cursor and selection, as state (not only pixels)."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Coroutine
from itertools import pairwise
from typing import Any

from textual.app import App, ComposeResult

from newsdesk.tui.app import NewsdeskApp
from newsdesk.tui.widgets.article_view import ArticleView, merge_spans, prepare_text, wrap_rows


def sync(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


class One(App[None]):
    """An app holding one article view, styled like newsdesk."""

    CSS_PATH = NewsdeskApp.CSS_PATH

    def compose(self) -> ComposeResult:
        yield ArticleView(id="article")


def rows_of(text: str, width: int) -> list[str]:
    starts = wrap_rows(text, width)
    ends = [*starts[1:], len(text)]
    return [text[a:b] for a, b in zip(starts, ends, strict=True)]


def test_wrap_rows_breaks_after_the_last_space_that_fits() -> None:
    assert rows_of("the quick brown fox", 10) == ["the quick ", "brown fox"]
    assert rows_of("one\n\ntwo", 10) == ["one\n", "\n", "two"]
    assert rows_of("abcdefghijkl mn", 5) == ["abcde", "fghij", "kl mn"]
    assert rows_of("", 5) == [""]
    assert rows_of("exactly ten", 11) == ["exactly ten"]


def test_wrap_rows_counts_wide_characters_as_two_cells() -> None:
    assert rows_of("日本語のテキスト", 6) == ["日本語", "のテキ", "スト"]
    assert rows_of("ab 日本", 4) == ["ab ", "日本"]


def test_a_long_single_line_wraps_into_rows_of_the_width() -> None:
    text = "word " * 200_000  # a 1 MB article written as one line
    starts = wrap_rows(text, 100)
    assert len(starts) == 10_000
    assert {b - a for a, b in pairwise(starts)} == {100}


def test_prepare_text_keeps_offsets() -> None:
    prepared = prepare_text("a\tb\x07c\r\nd", 10)
    assert prepared.shown == "a b c \nd"
    assert prepared.rows == [0, 7]


def test_merge_spans_makes_disjoint_intervals() -> None:
    assert merge_spans([(5, 9), (0, 3), (2, 4), (9, 9), (8, 12)]) == ([0, 5], [4, 12])


@sync
async def test_cursor_moves_by_rows_and_keeps_its_column() -> None:
    app = One()
    async with app.run_test(size=(24, 8)) as pilot:
        view = app.query_one(ArticleView)
        text = "first line here\nshort\nthe third line is long enough to wrap"
        view.show_text(text)
        view.focus()
        await pilot.pause()
        width = view.wrap_width
        assert view.row_count == len(wrap_rows(text, width))
        view.move_to(text.index("line"))  # column 6 of row 0
        await pilot.press("down")
        assert view.cursor_offset == text.index("short") + 5  # the end of a shorter row
        await pilot.press("down")
        assert view.cursor_offset == text.index("the third") + 6  # column 6 again
        await pilot.press("k", "k")
        assert view.cursor_offset == text.index("line")
        await pilot.press("end")
        assert view.cursor_offset == text.index("\nshort")
        await pilot.press("ctrl+right")
        assert view.cursor_offset == text.index("short") + 5
        await pilot.press("ctrl+left", "shift+right", "shift+right")
        assert view.selected_text == "sh"
        await pilot.press("right")
        assert view.selected_span() is None and view.cursor_offset == text.index("short") + 2
        await pilot.press("ctrl+end")
        assert view.cursor_offset == len(text)
        await pilot.press("ctrl+home")
        assert view.cursor_offset == 0


@sync
async def test_a_click_places_the_cursor_and_a_drag_selects() -> None:
    app = One()
    async with app.run_test(size=(40, 8)) as pilot:
        view = app.query_one(ArticleView)
        text = "Alpha beta gamma\nDelta epsilon"
        view.show_text(text)
        await pilot.pause()
        region = view.content_region
        await pilot.click(ArticleView, offset=(region.x - view.region.x + 6, region.y - view.region.y))
        assert app.focused is view
        assert view.cursor_offset == text.index("beta")
        await pilot.mouse_down(
            ArticleView, offset=(region.x - view.region.x + 0, region.y - view.region.y + 1)
        )
        await pilot.hover(ArticleView, offset=(region.x - view.region.x + 5, region.y - view.region.y + 1))
        await pilot.mouse_up(ArticleView, offset=(region.x - view.region.x + 5, region.y - view.region.y + 1))
        assert view.selected_text == "Delta"


@sync
async def test_next_hit_and_marks_on_a_3mb_line_touch_only_the_rows_drawn() -> None:
    app = One()
    async with app.run_test(size=(80, 20)) as pilot:
        view = app.query_one(ArticleView)
        text = "plan " * 600_000
        hits = [(i, i + 4) for i in range(0, len(text), 5)]
        view.show_text(text, hits, [(0, len(text))])
        view.focus()
        await pilot.pause()
        assert view.row_count == len(wrap_rows(text, view.wrap_width))
        await pilot.press("ctrl+end", "n")
        assert view.cursor_offset == 0  # wrapped around to the first hit
        await pilot.press("N")
        assert view.cursor_offset == hits[-1][0]
        last = view.row_of(view.cursor_offset)
        marks = view.marks_in_row(last)
        assert marks["statement"] == [view._row_bounds(last)]
        assert marks["hit"][-1] == hits[-1]
        drawn = view.render_line(last - view.scroll_offset.y)
        assert drawn.text.rstrip().endswith("plan plan")


@sync
async def test_resizing_rewraps_and_keeps_the_cursor_on_its_character() -> None:
    app = One()
    async with app.run_test(size=(40, 10)) as pilot:
        view = app.query_one(ArticleView)
        text = " ".join(f"w{i}" for i in range(300))
        view.show_text(text)
        await pilot.pause()
        before = view.row_count
        view.move_to(text.index("w250"))
        await pilot.resize_terminal(80, 10)
        await pilot.pause()
        assert view.wrap_width > 40 and view.row_count < before
        assert view.cursor_offset == text.index("w250")
        row = view.row_of(view.cursor_offset)
        assert view.scroll_offset.y <= row < view.scroll_offset.y + view.scrollable_content_region.height


@sync
async def test_rows_are_wrapped_at_the_width_shown_whether_or_not_a_scrollbar_is_needed() -> None:
    # A long text brings the scrollbar, a short one takes it away: the rows must be wrapped at the
    # width left beside it each time (20k desk at 100x30: "...2003. Les", the "s" under the scrollbar).
    app = One()
    async with app.run_test(size=(40, 10)) as pilot:
        view = app.query_one(ArticleView)
        # A 37-cell line: one row without a scrollbar (38 cells), two beside one (36).
        pair = "eighteen-letters-a eighteen-letters-b"
        long = "\n\n".join([pair] * 20)
        medium = f"{pair}\n{pair}"
        for text in ("short", long, medium, long):
            view.show_prepared(prepare_text(text, view.wrap_width))
            await pilot.pause()
            visible = view.scrollable_content_region.width
            rows = [view.text[a:b].rstrip() for a, b in pairwise([*view._rows, len(view.text)])]
            assert max(len(row) for row in rows) <= visible
            assert wrap_rows(view.text, visible) == view._rows
