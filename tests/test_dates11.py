"""Statement dates, session 11 rules: the report's day, never a dateline's, for a statement with no time
word; days of the month in words; an occasion named by its month; carried dates stop at a new sentence
led by its speaker."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from newsdesk.index.language.dates import date_statements, resolve_time_phrases
from newsdesk.index.model import Article, Statement

WED = dt.date(2025, 8, 20)
D = dt.date
PUBLISHED = (WED, None, "article", "publication date")


def _article(body: str, date: dt.date | None = WED) -> Article:
    return Article(key="a.md", path="a.md", title="Headline", body=body, date=date)


def _st(
    article: Article,
    content: str,
    speaker: str,
    cue: str = "said",
    *,
    kind: str = "indirect",
    speaker_at: int = 0,
    actor: str | None = "Smith",
) -> Statement:
    """`speaker` (its mention at or after `speaker_at`) said `content` (its first occurrence)."""
    text = article.text
    start, sp = text.index(content), text.index(speaker, speaker_at)
    return Statement(
        quote=content, start=start, end=start + len(content), kind=kind, cue=cue, cue_lemma=cue,  # type: ignore[arg-type]
        speaker=speaker, speaker_start=sp, speaker_end=sp + len(speaker), actor=actor, actor_kind="person",
        why="test",
    )  # fmt: skip


def _dates(sts: list[Statement]) -> list[tuple[dt.date | None, dt.date | None, str, str | None]]:
    return [(s.date, s.date_end, s.date_precision, s.date_text) for s in sts]


# --- no time word: the report's day, not the dateline's -------------------------------------------


def test_no_time_word_under_an_earlier_dateline_shows_the_publication_day() -> None:
    a = _article("TORONTO, Aug 19 - Barrick said it would drill.", WED)
    assert _dates(date_statements(a, [_st(a, "it would drill", "Barrick")])) == [PUBLISHED]


def test_an_older_statement_under_a_dateline_is_bounded_by_the_publication_day() -> None:
    a = _article("TORONTO, Aug 19 - Barrick had said it would drill.", WED)
    assert _dates(date_statements(a, [_st(a, "it would drill", "Barrick")])) == [
        (WED, None, "before", "had said")
    ]


def test_the_dateline_still_anchors_relative_words() -> None:
    a = _article("TORONTO, Aug 19 - Barrick said yesterday it would drill.", WED)
    assert _dates(date_statements(a, [_st(a, "it would drill", "Barrick")])) == [
        (D(2025, 8, 18), None, "day", "yesterday")
    ]


def test_an_undated_article_keeps_its_dateline_day() -> None:
    a = _article("TORONTO, Aug 19, 2025 - Barrick said it would drill.", None)
    assert _dates(date_statements(a, [_st(a, "it would drill", "Barrick")])) == [
        (D(2025, 8, 19), None, "article", "dateline")
    ]


# --- a day of the month in words ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On May four Newbery said", (D(2025, 5, 4), "On May four")),
        ("said on March twenty-first", (D(2025, 3, 21), "on March twenty-first")),
        ("said on July twelfth", (D(2025, 7, 12), "on July twelfth")),
        ("said on Aug. third", (D(2025, 8, 3), "on Aug. third")),
        ("On Monday, August nineteen, Smith said", (D(2025, 8, 19), "On Monday, August nineteen")),
    ],
)
def test_a_day_of_the_month_in_words(text: str, expected: tuple[dt.date, str]) -> None:
    found = resolve_time_phrases(text, WED)
    assert [(g.date, g.date_end, g.precision, g.text) for g in found] == [
        (expected[0], None, "day", expected[1])
    ]


@pytest.mark.parametrize(
    "text", ["May four companies join?", "the March twenty-first century", "on May fourth-quarter"]
)
def test_number_words_after_a_month_without_on_are_no_date(text: str) -> None:
    assert [g for g in resolve_time_phrases(text, WED) if g.kind == "month_day_words"] == []


def test_a_date_in_words_dates_the_saying() -> None:
    body = "On May four Newbery said it would receive funding."
    a = _article(body, D(1987, 6, 2))
    st = _st(a, "it would receive funding", "four Newbery")  # the speaker swallowed "four"
    assert _dates(date_statements(a, [st])) == [(D(1987, 5, 4), None, "day", "On May four")]


# --- an occasion named by its month ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at an October meeting of the party", (D(2024, 10, 1), D(2024, 10, 31), "October")),
        ("told the June board meeting", (D(2025, 6, 1), D(2025, 6, 30), "June")),
        ("in his August speech", (D(2025, 8, 1), WED, "August")),
        ("will speak at the September conference", (D(2025, 9, 1), D(2025, 9, 30), "September")),
    ],
)
def test_an_occasion_named_by_its_month(text: str, expected: tuple[dt.date, dt.date, str]) -> None:
    found = resolve_time_phrases(text, WED)
    assert [(g.date, g.date_end, g.precision, g.text, g.kind) for g in found] == [
        (*expected[:2], "month", expected[2], "month_noun")
    ]


@pytest.mark.parametrize("text", ["the October figures", "an October report", "in October meeting rooms"])
def test_a_month_naming_no_occasion_is_not_an_occasion(text: str) -> None:
    assert [g for g in resolve_time_phrases(text, WED) if g.kind == "month_noun"] == []


def test_an_accusation_at_a_month_meeting_and_the_saying_joined_to_it() -> None:
    body = (
        'Mobutu accused the IMF of "strangling" his country at an October meeting of the ruling MPR party '
        "and said his people could not long endure the hardship."
    )
    a = _article(body, D(1987, 3, 18))
    accused = _st(a, 'the IMF of "strangling" his country at an October meeting of the ruling MPR party',
                  "Mobutu", "accused", kind="mixed", actor="Mobutu")  # fmt: skip
    said = _st(a, "his people could not long endure the hardship", "Mobutu", actor="Mobutu")
    october = (D(1986, 10, 1), D(1986, 10, 31), "month", "October")
    assert _dates(date_statements(a, [accused, said])) == [october, october]


def test_a_clause_closed_by_a_month_meeting_is_what_was_said() -> None:
    body = "Smith said the plan would be voted at an October meeting of the party."
    a = _article(body, D(1987, 3, 18))
    st = _st(a, "the plan would be voted at an October meeting of the party", "Smith")
    assert _dates(date_statements(a, [st])) == [(D(1987, 3, 18), None, "article", "publication date")]


def test_a_month_is_not_carried_past_its_sentence() -> None:
    body = "Smith accused the IMF at an October meeting of the party. He said the plan failed."
    a = _article(body, D(1987, 3, 18))
    accused = _st(a, "the IMF at an October meeting of the party", "Smith", "accused", kind="mixed")
    said = dataclasses.replace(_st(a, "the plan failed", "He"), actor=None)
    assert _dates(date_statements(a, [accused, said]))[1] == (
        D(1987, 3, 18),
        None,
        "article",
        "publication date",
    )


# --- carried dates: only a statement going on with the occasion ----------------------------------

MONDAY = (D(2025, 8, 18), None, "day", "On Monday")


def _carried(body: str, second: str, speaker: str, cue: str = "said", *, kind: str = "indirect") -> tuple:
    a = _article(body)
    first = _st(a, "prices would fall", "Smith")
    nxt = _st(a, second, speaker, cue, kind=kind, speaker_at=a.text.index(".") + 1, actor=None)
    return tuple(_dates(date_statements(a, [first, nxt])))


def test_a_new_sentence_led_by_its_speaker_takes_no_carried_date() -> None:
    body = "On Monday, Smith said prices would fall. He added the banks were ready."
    assert _carried(body, "the banks were ready", "He", "added") == (MONDAY, PUBLISHED)


def test_a_new_sentence_led_by_its_speaker_and_a_quotation_takes_no_carried_date() -> None:
    body = 'On Monday, Smith said prices would fall. He said, "The banks are ready."'
    assert _carried(body, "The banks are ready.", "He", kind="direct") == (MONDAY, PUBLISHED)


def test_a_quotation_before_its_cue_goes_on_with_the_occasion() -> None:
    body = 'On Monday, Smith said prices would fall. "The banks are ready," he said.'
    assert _carried(body, "The banks are ready,", "he", kind="direct") == (MONDAY, MONDAY)


def test_also_goes_on_with_the_occasion_in_the_next_sentence() -> None:
    body = "On Monday, Smith said prices would fall. He also announced a new plan."
    assert _carried(body, "a new plan", "He", "announced") == (MONDAY, MONDAY)


def test_also_two_sentences_after_the_phrase_takes_no_carried_date() -> None:
    body = 'On Monday, Smith said prices would fall. "Yes," he said. He also announced a new plan.'
    a = _article(body)
    first = _st(a, "prices would fall", "Smith")
    yes = _st(a, "Yes,", "he", kind="direct", actor=None)
    plan = _st(a, "a new plan", "He", "announced", actor=None)
    assert _dates(date_statements(a, [first, yes, plan])) == [MONDAY, MONDAY, PUBLISHED]


def test_a_statement_in_its_previous_statements_sentence_shares_its_date() -> None:
    body = 'On Monday, Smith said prices would fall. "Yes," he said, while insisting that banks pay.'
    a = _article(body)
    first = _st(a, "prices would fall", "Smith")
    yes = _st(a, "Yes,", "he", kind="direct", actor=None)
    insisting = _st(a, "that banks pay", "he", "insisting", actor=None)
    assert _dates(date_statements(a, [first, yes, insisting])) == [MONDAY, MONDAY, MONDAY]


# --- the content's subject, a report's day, a dated document, a Hindi sentence's end --------------


def test_a_phrase_followed_by_a_verb_is_the_contents_subject() -> None:
    a = _article("Investment bankers said last week signaled a surge in financings.", D(1987, 6, 1))
    st = _st(a, "last week signaled a surge in financings", "Investment bankers")
    assert _dates(date_statements(a, [st])) == [(D(1987, 6, 1), None, "article", "publication date")]


def test_a_phrase_opening_the_content_before_its_subject_dates_the_saying() -> None:
    a = _article("Investment bankers said last week the surge would go on.", D(1987, 6, 1))
    st = _st(a, "last week the surge would go on", "Investment bankers")
    assert _dates(date_statements(a, [st])) == [(D(1987, 5, 25), D(1987, 5, 31), "week", "last week")]


def test_reported_results_on_a_day_date_the_report() -> None:
    a = _article("Dome reported earnings yesterday.", D(1987, 4, 1))
    st = _st(a, "earnings yesterday", "Dome", "reported")
    st = dataclasses.replace(st, cue_lemma="report")
    assert _dates(date_statements(a, [st])) == [(D(1987, 3, 31), None, "day", "yesterday")]


def test_reported_results_of_a_year_are_the_years_not_the_reports() -> None:
    a = _article("Dome reported profits last year.", D(1987, 4, 1))
    st = dataclasses.replace(_st(a, "profits last year", "Dome", "reported"), cue_lemma="report")
    assert _dates(date_statements(a, [st])) == [(D(1987, 4, 1), None, "article", "publication date")]


def test_the_date_of_the_document_the_saying_is_in() -> None:
    body = "The officer said in a field report dated March 27 the wheat crop had been set back."
    a = _article(body, D(1987, 3, 31))
    st = _st(a, "in a field report dated March 27 the wheat crop had been set back", "The officer")
    assert _dates(date_statements(a, [st])) == [(D(1987, 3, 27), None, "day", "March 27")]


def test_a_dated_document_in_what_was_said_is_not_the_sayings() -> None:
    body = "The officer said the crop shown in a field report dated March 27 had been set back."
    a = _article(body, D(1987, 3, 31))
    st = _st(a, "the crop shown in a field report dated March 27 had been set back", "The officer")
    assert _dates(date_statements(a, [st])) == [(D(1987, 3, 31), None, "article", "publication date")]


def test_a_danda_ends_the_hindi_sentence_before_a_fronted_phrase() -> None:
    body = 'मंत्रियों को माफ़ी मांग लेनी चाहिए। Earlier this month, Chakrapani told ThePrint, "We are ready".'
    a = _article(body, D(2020, 3, 17))
    st = _st(a, "We are ready", "Chakrapani", "told", kind="direct")
    assert _dates(date_statements(a, [st])) == [
        (D(2020, 3, 1), D(2020, 3, 17), "month", "Earlier this month")
    ]


def test_a_span_is_not_carried_from_a_relative_clause_to_the_main_cue() -> None:
    body = "AMC, which last week reported its first profit, said it wanted a contract."
    a = _article(body, D(1987, 3, 2))
    reported = _st(a, "its first profit", "AMC", "reported", actor="AMC")
    said = _st(a, "it wanted a contract", "AMC", actor="AMC")
    out = _dates(date_statements(a, [reported, said]))
    assert out[1] == (D(1987, 3, 2), None, "article", "publication date")


def test_a_reported_event_on_a_day_dates_the_event_not_the_report() -> None:
    a = _article("Officials reported several tornadoes on Friday.", D(1987, 6, 1))
    st = dataclasses.replace(
        _st(a, "several tornadoes on Friday", "Officials", "reported"), cue_lemma="report"
    )
    assert _dates(date_statements(a, [st])) == [(D(1987, 6, 1), None, "article", "publication date")]


def test_a_month_occasion_fronting_the_clause_is_not_the_sayings() -> None:
    body = "In line with a pledge made at the February conference, the government said taxes would fall."
    a = _article(body, D(1987, 3, 17))
    st = _st(a, "taxes would fall", "the government")
    assert _dates(date_statements(a, [st])) == [(D(1987, 3, 17), None, "article", "publication date")]


def test_a_full_stop_inside_a_quotation_ends_no_sentence_for_also() -> None:
    body = 'Smith said on Monday "Prices will fall. Banks are ready." Smith also said that rates would fall.'
    a = _article(body)
    first = _st(a, "Prices will fall. Banks are ready.", "Smith", kind="direct")
    second = _st(a, "that rates would fall", "Smith", speaker_at=a.text.index("Smith also"))
    on_monday = (D(2025, 8, 18), None, "day", "on Monday")
    assert _dates(date_statements(a, [first, second])) == [on_monday, on_monday]


def test_a_participle_cue_past_another_clause_takes_no_time_from_the_first() -> None:
    body = "Smith was elected in 2012 and served his term, but did not run again, citing his health."
    a = _article(body)
    st = _st(a, "his health", "Smith", "citing")
    assert _dates(date_statements(a, [st])) == [PUBLISHED]


def test_a_participle_cue_takes_its_clauses_time() -> None:
    a = _article("Smith ordered the study last September, citing his health.")
    st = _st(a, "his health", "Smith", "citing")
    assert _dates(date_statements(a, [st])) == [(D(2024, 9, 1), D(2024, 9, 30), "month", "last September")]
