"""Statement dates, session 9 rules: sentence ends at a blank line, ranges of times, datelines ahead in time,
editor's brackets, early/late and calendar weeks, days counted from a named day, dated documents, a
when-clause of speaking, the occasion's time far past its noun, and carried dates stopping at a blank line."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from newsdesk.index.language.dates import date_statements, resolve_time_phrase, resolve_time_phrases
from newsdesk.index.model import Article, Statement

D = dt.date
WED = D(2025, 8, 20)  # a Wednesday


def _article(body: str, date: dt.date | None = WED) -> Article:
    return Article(key="a.md", path="a.md", title="Headline", body=body, date=date)


def _statement(
    article: Article, content: str, speaker: str, cue: str, lemma: str, *, speaker_at: int = 0
) -> Statement:
    """`speaker` (its mention at or after `speaker_at`) said `content` (its last occurrence) with `cue`."""
    text = article.text
    start, sp = text.rindex(content), text.index(speaker, speaker_at)
    return Statement(
        quote=content, start=start, end=start + len(content), kind="indirect", cue=cue, cue_lemma=lemma,
        speaker=speaker, speaker_start=sp, speaker_end=sp + len(speaker), actor=speaker, actor_kind="person",
        why="test",
    )  # fmt: skip


def _date(body: str, content: str, speaker: str, cue: str, lemma: str, date: dt.date | None = WED) -> tuple:
    a = _article(body, date)
    (st,) = date_statements(a, [_statement(a, content, speaker, cue, lemma)])
    return st.date, st.date_end, st.date_precision, st.date_text


@pytest.mark.parametrize(
    ("body", "content", "speaker", "cue", "lemma", "expected"),
    [
        # a blank line ends a sentence even after an abbreviation: the fronted date governs "saying"
        (
            "It had proposed a merger with Piedmont Aviation Inc.\n\nOn August 16, TWA withdrew its bid, saying it "
            "would not seek control.",
            "it would not seek control",
            "TWA",
            "saying",
            "say",
            (D(2025, 8, 16), None, "day", "On August 16"),
        ),
        # "between July 1983 and April 1985": the "and" joins two times of the event, not two clauses
        (
            "After examining offices between July 1983 and April 1985, the SEC said it found unreported deposits.",
            "it found unreported deposits",
            "the SEC",
            "said",
            "say",
            (WED, None, "article", "publication date"),
        ),
        # an editor's brackets are no part of the time phrase
        (
            "The minister told reporters [on Monday] that the plan was dead.",
            "that the plan was dead",
            "The minister",
            "told",
            "tell",
            (D(2025, 8, 18), None, "day", "on Monday"),
        ),
        # "early this week" is this week: the calendar week, Monday to Sunday
        (
            "The newspaper reported early this week that Baker had called.",
            "that Baker had called",
            "The newspaper",
            "reported",
            "report",
            (D(2025, 8, 18), D(2025, 8, 24), "week", "early this week"),
        ),
        (
            "Smith said late last month that sales fell.",
            "that sales fell",
            "Smith",
            "said",
            "say",
            (D(2025, 7, 21), D(2025, 7, 31), "month", "late last month"),
        ),
        # a day counted from the day named before, in the paragraph before
        (
            "On Thursday, Cengiz addressed reporters in New York.\n\nThe previous day, PBS revealed that the prince "
            "accepted responsibility.",
            "that the prince accepted responsibility",
            "PBS",
            "revealed",
            "reveal",
            (D(2025, 8, 13), None, "day", "The previous day"),
        ),
        (
            "On Monday, the ministers met in Cairo. In a release issued the following day, the ministry denounced "
            "the summit, calling the deals legitimate.",
            "the deals legitimate",
            "the ministry",
            "calling",
            "call",
            (D(2025, 8, 19), None, "day", "the following day"),
        ),
        # "the day before the vote" is the vote's
        (
            "On Monday, the party met. Smith said the day before the vote that he would resign.",
            "that he would resign",
            "Smith",
            "said",
            "say",
            (WED, None, "article", "publication date"),
        ),
        # a document and its date as the source
        (
            "According to the WHO's situation report dated August 16, the virus claimed 6606 lives.",
            "the virus claimed 6606 lives",
            "the WHO's situation report dated August 16",
            "According to",
            "according to",
            (D(2025, 8, 16), None, "day", "August 16"),
        ),
        # a when-clause of speaking between the speaker and the cue
        (
            "The agency when announcing the arrest in May, 2018 identified him only as a suspect.",
            "him only as a suspect",
            "The agency",
            "identified",
            "identify",
            (D(2018, 5, 1), D(2018, 5, 31), "month", "in May, 2018"),
        ),
        (
            "Smith, while the vote went on Monday, said the plan was dead.",
            "the plan was dead",
            "Smith",
            "said",
            "say",
            (WED, None, "article", "publication date"),
        ),
        # the occasion's time may stand well past its noun, before "that"
        (
            "Brazil said during a meeting of coffee producers in Rio de Janeiro over the weekend that it would "
            "consider leaving.",
            "during a meeting of coffee producers in Rio de Janeiro over the weekend that it "
            "would consider leaving",
            "Brazil",
            "said",
            "say",
            (D(2025, 8, 16), D(2025, 8, 17), "weekend", "over the weekend"),
        ),
    ],
)
def test_session9_dates(body: str, content: str, speaker: str, cue: str, lemma: str, expected: tuple) -> None:
    assert _date(body, content, speaker, cue, lemma) == expected


def test_dateline_a_day_ahead_is_the_anchor() -> None:
    # "TOKYO, June 16" on a wire dated June 15 in New York: Tokyo's yesterday is June 15
    body = "TOKYO, June 16 - Yesterday, the Finance Ministry said its survey showed a recovery."
    assert _date(
        body, "its survey showed a recovery", "the Finance Ministry", "said", "say", D(1987, 6, 15)
    ) == (
        D(1987, 6, 15),
        None,
        "day",
        "Yesterday",
    )


def test_carried_date_stops_at_a_blank_line() -> None:
    body = (
        'Minnis said yesterday night that twenty people died. "We expect more," he noted.\n\n'
        '"Parts of Abaco are decimated," Minnis said.'
    )
    a = _article(body)
    first = _statement(a, "that twenty people died", "Minnis", "said", "say")
    second = _statement(a, "We expect more,", "he", "noted", "note")
    third = _statement(
        a, "Parts of Abaco are decimated,", "Minnis", "said", "say", speaker_at=body.index("\n\n")
    )
    second = dataclasses.replace(second, actor=None)  # an unresolved "he": the previous speaker
    out = date_statements(a, [first, second, third])
    tuesday = (D(2025, 8, 19), None, "day", "yesterday")
    assert [(s.date, s.date_end, s.date_precision, s.date_text) for s in out] == [
        tuesday,
        tuesday,
        (WED, None, "article", "publication date"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("this week", (D(2025, 8, 18), D(2025, 8, 24), "week")),
        ("earlier this week", (D(2025, 8, 18), D(2025, 8, 19), "week")),
        ("late this week", (D(2025, 8, 18), D(2025, 8, 24), "week")),
        ("early last week", (D(2025, 8, 11), D(2025, 8, 17), "week")),
        ("early next month", (D(2025, 9, 1), D(2025, 9, 10), "month")),
        ("late last year", (D(2024, 1, 1), D(2024, 12, 31), "year")),
        ("back in [March]", (D(2025, 3, 1), D(2025, 3, 31), "month")),
    ],
)
def test_resolved_spans(text: str, expected: tuple) -> None:
    g = resolve_time_phrase(text, WED)
    assert g is not None and (g.date, g.date_end, g.precision) == expected


def test_bracketed_phrase_keeps_its_place_in_the_text() -> None:
    (g,) = resolve_time_phrases("announced it back in [March], he said", WED)
    assert (g.start, g.end, g.text) == (18, 28, "in March")


@pytest.mark.parametrize(
    ("body", "content", "speaker", "cue", "lemma", "expected"),
    [
        # an occasion of speaking named by its day dates the saying; a thing named by its day does not
        (
            "Governor Rene Lamy told last November's annual meeting that asset sales would total 4.5 billion.",
            "that asset sales would total 4.5 billion",
            "Governor Rene Lamy",
            "told",
            "tell",
            (D(2024, 11, 1), D(2024, 11, 30), "month", "last November"),
        ),
        (
            "Smith said at Monday's news conference that he would stay.",
            "that he would stay",
            "Smith",
            "said",
            "say",
            (D(2025, 8, 18), None, "day", "Monday"),
        ),
        (
            "Smith said at Monday's close prices were higher.",
            "prices were higher",
            "Smith",
            "said",
            "say",
            (WED, None, "article", "publication date"),
        ),
        # the speaker's own relative clause, its time inside it or on the noun of the speaker's words
        (
            "Perry Drug Stores Inc, which two weeks ago reported lower earnings, plans to slow its expansion.",
            "lower earnings",
            "which",
            "reported",
            "report",
            (D(2025, 8, 4), D(2025, 8, 10), "week", "two weeks ago"),
        ),
        (
            "The move followed comments yesterday by central bank governor Mariano Rubio, who said growth was "
            "too fast.",
            "growth was too fast",
            "who",
            "said",
            "say",
            (D(2025, 8, 19), None, "day", "yesterday"),
        ),
        (
            "Shares rose after the attack on Monday by rebels, who said they would fight on.",
            "they would fight on",
            "who",
            "said",
            "say",
            (WED, None, "article", "publication date"),
        ),
        # before a parenthetical cue the fronted phrase opens what was said; a topic's time is the topic's
        (
            "This year, he said, he came to support his fellow citizens.",
            "he came to support his fellow citizens",
            "he",
            "said",
            "say",
            (WED, None, "article", "publication date"),
        ),
        (
            "Regarding the shareholders meeting Tuesday, Gabelli said nothing had changed.",
            "nothing had changed",
            "Gabelli",
            "said",
            "say",
            (WED, None, "article", "publication date"),
        ),
    ],
)
def test_session9_relative_clauses_and_occasions(
    body: str, content: str, speaker: str, cue: str, lemma: str, expected: tuple
) -> None:
    assert _date(body, content, speaker, cue, lemma) == expected


def test_statement_inside_another_statements_content_reads_its_own_frame() -> None:
    body = (
        "Perry Drug Stores Inc, which two weeks ago reported lower earnings, plans to slow its expansion, "
        "Chairman Jack Robinson told Reuters."
    )
    a = _article(body)
    outer = _statement(a, body[: body.index(", Chairman")], "Jack Robinson", "told", "tell")
    inner = _statement(a, "lower earnings", "which", "reported", "report")
    out = date_statements(a, [outer, inner])
    assert [(s.date, s.date_end, s.date_precision) for s in out] == [
        (WED, None, "article"),
        (D(2025, 8, 4), D(2025, 8, 10), "week"),
    ]


def test_statement_reported_inside_another_takes_the_reports_time() -> None:
    body = "Iran said any interference would meet a strong response, Tehran Radio said on Sunday."
    a = _article(body)
    outer = _statement(a, body[: body.index(", Tehran")], "Tehran Radio", "said", "say")
    inner = _statement(a, "any interference would meet a strong response", "Iran", "said", "say")
    sunday = (D(2025, 8, 17), None, "day", "on Sunday")
    assert [
        (s.date, s.date_end, s.date_precision, s.date_text) for s in date_statements(a, [outer, inner])
    ] == [
        sunday,
        sunday,
    ]


def test_time_ending_another_clause_before_and_is_that_clauses() -> None:
    body = "The board was meeting today, and Wall Street speculated the board was discussing bids."
    assert _date(body, "the board was discussing bids", "Wall Street", "speculated", "speculate") == (
        WED,
        None,
        "article",
        "publication date",
    )


@pytest.mark.parametrize(
    ("body", "content", "speaker", "cue", "lemma", "expected"),
    [
        # a fronted date past an aside between dashes
        (
            "The court ruled on the case in Edinburgh.\n\nOn August 13 — two days after the ruling — Johnson "
            "said he remained optimistic.",
            "he remained optimistic",
            "Johnson",
            "said",
            "say",
            (D(2025, 8, 13), None, "day", "On August 13"),
        ),
        # a channel may close the phrase after the cue's object; a place may not
        (
            '"Our house is burning," Macron told the world on Monday via Twitter.',
            "Our house is burning,",
            "Macron",
            "told",
            "tell",
            (D(2025, 8, 18), None, "day", "on Monday"),
        ),
        (
            "Smith warned planters of the attack on Monday in Brussels.",
            "planters of the attack on Monday in Brussels",
            "Smith",
            "warned",
            "warn",
            (WED, None, "article", "publication date"),
        ),
    ],
)
def test_session9_asides_and_channels(
    body: str, content: str, speaker: str, cue: str, lemma: str, expected: tuple
) -> None:
    assert _date(body, content, speaker, cue, lemma) == expected


def test_a_fragment_taken_for_a_speaker_lends_no_time() -> None:
    body = "Regency said its earnings were 36 cts a share, not the 37 cts it reported on August 11."
    a = _article(body)
    junk = _statement(a, body[: body.index(", not")], "not the 37 cts it", "reported", "report")
    inner = _statement(a, "its earnings were 36 cts a share", "Regency", "said", "say")
    assert [(s.date, s.date_precision) for s in date_statements(a, [junk, inner])] == [
        (D(2025, 8, 11), "day"),
        (WED, "article"),
    ]


@pytest.mark.parametrize(
    ("body", "content", "speaker", "cue", "lemma", "expected"),
    [
        # right after the cue and before a comma opening an indirect content, the phrase fronts the content
        (
            "Sales rose. The company said in March 2024, sales were helped by Easter shopping.",
            "sales were helped by Easter shopping",
            "The company",
            "said",
            "say",
            (WED, None, "article", "publication date"),
        ),
        (
            "Sales rose. He said over the weekend, investors pondered the tariffs.",
            "investors pondered the tariffs",
            "He",
            "said",
            "say",
            (WED, None, "article", "publication date"),
        ),
        # a day there stays the saying's
        (
            "Cases rose. The Armed Forces said on Sunday, the 36 people infected included 26 soldiers.",
            "the 36 people infected included 26 soldiers",
            "The Armed Forces",
            "said",
            "say",
            (D(2025, 8, 17), None, "day", "on Sunday"),
        ),
        # "as recently as" and a bare "before ...ing" aside leave the fronted time on the saying
        (
            "Sales rose. As recently as two months ago in his speech, Reagan said that mistakes were made.",
            "that mistakes were made",
            "Reagan",
            "said",
            "say",
            (D(2025, 6, 1), D(2025, 6, 30), "month", "two months ago"),
        ),
        (
            "Sales rose. Last week, before extending its offer for one week, Dixons had reported that 54 pct "
            "had been tendered.",
            "that 54 pct had been tendered",
            "Dixons",
            "reported",
            "report",
            (D(2025, 8, 11), D(2025, 8, 17), "week", "Last week"),
        ),
        # the saying as the when-clause of a clause the phrase dates
        (
            "Sales rose. The spokesman, Denis Baudouin, on Monday sparked speculation of a reflation when he "
            "said ministers were agreed.",
            "ministers were agreed",
            "he",
            "said",
            "say",
            (D(2025, 8, 18), None, "day", "on Monday"),
        ),
        (
            "Sales rose. Police on Monday arrested five men, and when he was asked Smith said it was wrong.",
            "it was wrong",
            "Smith",
            "said",
            "say",
            (WED, None, "article", "publication date"),
        ),
    ],
)
def test_session9_fronted_content_and_when_clauses(
    body: str, content: str, speaker: str, cue: str, lemma: str, expected: tuple
) -> None:
    assert _date(body, content, speaker, cue, lemma) == expected
