"""Statement dates, session 12 rules: thirds of a month ("mid-May"), a document's date opening its
speaker, a time closing a comma aside between subject and cue, an occasion of saying and its time."""

from __future__ import annotations

import datetime as dt

import pytest

from newsdesk.index.language.dates import date_statements, resolve_time_phrases
from newsdesk.index.model import Article, Statement

D = dt.date


def _article(body: str, date: dt.date) -> Article:
    return Article(key="a.md", path="a.md", title="Headline", body=body, date=date)


def _st(article: Article, content: str, speaker: str, cue: str) -> Statement:
    """`speaker` said `content` (first occurrences), under the cue word `cue`."""
    text = article.text
    start, sp = text.index(content), text.index(speaker)
    return Statement(
        quote=content, start=start, end=start + len(content), kind="indirect", cue=cue, cue_lemma=cue,
        speaker=speaker, speaker_start=sp, speaker_end=sp + len(speaker), actor="X", actor_kind="organisation",
        why="test",
    )  # fmt: skip


def _date(article: Article, st: Statement) -> tuple[dt.date | None, dt.date | None, str, str | None]:
    (out,) = date_statements(article, [st])
    return out.date, out.date_end, out.date_precision, out.date_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("early May", (D(1987, 5, 1), D(1987, 5, 10), "early May")),
        ("in mid-May", (D(1987, 5, 11), D(1987, 5, 20), "in mid-May")),
        ("late May", (D(1987, 5, 21), D(1987, 5, 31), "late May")),
        ("in mid-March 1987", (D(1987, 3, 11), D(1987, 3, 20), "in mid-March 1987")),
        ("early May last year", (D(1986, 5, 1), D(1986, 5, 10), "early May last year")),
        ("late last month", (D(1987, 5, 21), D(1987, 5, 31), "late last month")),
        ("early this month", (D(1987, 6, 1), D(1987, 6, 10), "early this month")),
        # A third holding the report's day ends on it; a whole month stays whole.
        ("mid-June", (D(1987, 6, 11), D(1987, 6, 19), "mid-June")),
        ("in May", (D(1987, 5, 1), D(1987, 5, 31), "in May")),
    ],
)
def test_early_mid_late_are_thirds_of_a_month(text: str, expected: tuple[dt.date, dt.date, str]) -> None:
    (g,) = resolve_time_phrases(text, D(1987, 6, 19))
    assert (g.date, g.date_end, g.text) == expected


def test_late_this_month_before_the_21st_is_no_past_day() -> None:
    assert resolve_time_phrases("late this month", D(1987, 6, 19)) == []
    (g,) = resolve_time_phrases("will begin late this month", D(1987, 6, 19))
    assert (g.date, g.date_end) == (D(1987, 6, 21), D(1987, 6, 30))


def test_a_documents_date_opening_its_speaker_dates_the_statement() -> None:
    a = _article(
        "According to a March 14, 2019 NATO press release, Hungary spent 1.15% of its GDP.", D(2019, 11, 7)
    )
    st = _st(a, "Hungary spent 1.15% of its GDP", "a March 14, 2019 NATO press release", "According to")
    assert _date(a, st) == (D(2019, 3, 14), None, "day", "March 14, 2019")


def test_a_speaker_cut_inside_the_documents_date_still_reads_its_year() -> None:
    a = _article(
        "According to a March 14, 2019 NATO press release, Hungary spent 1.15% of its GDP.", D(2019, 11, 7)
    )
    st = _st(a, "2019 NATO press release, Hungary spent 1.15% of its GDP", "a March 14", "According to")
    assert _date(a, st) == (D(2019, 3, 14), None, "day", "March 14, 2019")


def test_a_time_closing_an_aside_between_subject_and_cue_dates_the_cue() -> None:
    a = _article(
        "Sweden, in a similar move last week, promised to halt all trade by October.", D(1987, 3, 16)
    )
    st = _st(a, "to halt all trade by October", "Sweden", "promised")
    assert _date(a, st) == (D(1987, 3, 9), D(1987, 3, 15), "week", "last week")


def test_an_aside_with_a_clause_of_its_own_dates_nothing() -> None:
    a = _article("Sweden, in a move that began last week, promised to halt all trade.", D(1987, 3, 16))
    st = _st(a, "to halt all trade", "Sweden", "promised")
    assert _date(a, st) == (D(1987, 3, 16), None, "article", "publication date")


def test_a_time_after_the_document_the_saying_is_in_dates_it() -> None:
    body = "Costs will fall 1.5 pct, the agency said in its 1987 forecast last month."
    a = _article(body, D(1987, 3, 27))
    st = _st(a, "Costs will fall 1.5 pct", "the agency", "said")
    assert _date(a, st) == (D(1987, 2, 1), D(1987, 2, 28), "month", "last month")


def test_a_content_that_is_only_the_occasion_and_its_time_dates_the_saying() -> None:
    body = "Costs will fall 1.5 pct, the agency said in its 1987 forecast last month."
    a = _article(body, D(1987, 3, 27))
    st = _st(a, "in its 1987 forecast last month", "the agency", "said")
    assert _date(a, st) == (D(1987, 2, 1), D(1987, 2, 28), "month", "last month")


def test_an_aside_with_a_participle_dates_nothing() -> None:
    a = _article("Texas, with the toll rising to 22 on Monday, reported five more dead.", D(2019, 8, 8))
    st = _st(a, "five more dead", "Texas", "reported")
    assert _date(a, st) == (D(2019, 8, 8), None, "article", "publication date")


def test_a_time_closing_a_clause_after_the_occasion_is_not_the_sayings() -> None:
    body = "American Express said in its statement it would not comment on the rumours last week."
    a = _article(body, D(1987, 3, 4))
    st = _st(a, "in its statement it would not comment on the rumours last week", "American Express", "said")
    assert _date(a, st) == (D(1987, 3, 4), None, "article", "publication date")


def test_an_aside_naming_another_thing_with_of_dates_nothing() -> None:
    body = "A working group, in an update of its report a year ago, said that premiums had stabilized."
    a = _article(body, D(1987, 3, 27))
    st = _st(a, "that premiums had stabilized", "A working group", "said")
    assert _date(a, st) == (D(1987, 3, 27), None, "article", "publication date")


@pytest.mark.parametrize(
    ("body", "speaker", "content", "expected"),
    [
        (  # between commas, a participle of speaking needs no "when" or "while"
            "Al-Chalabi, speaking at a university here yesterday, said the conference gave a signal.",
            "Al-Chalabi",
            "the conference gave a signal",
            (D(1987, 6, 15), None, "yesterday"),
        ),
        (  # any other participle may be the time of what it does, not of the saying
            "Green, visiting Paris last week, said prices would fall.",
            "Green",
            "prices would fall",
            (D(1987, 6, 16), None, "publication date"),
        ),
    ],
)
def test_a_comma_aside_of_speaking_dates_the_saying(
    body: str, speaker: str, content: str, expected: tuple[dt.date | None, dt.date | None, str | None]
) -> None:
    article = _article(body, D(1987, 6, 16))
    date, end, _, text = _date(article, _st(article, content, speaker, "said"))
    assert (date, end, text) == expected
