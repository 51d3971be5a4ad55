"""Statement dates, session 13 rules: the first end of a span ("Wednesday through Friday"), a time inside
what the speaker cites or answers ("citing a study released yesterday", "responding to weekend remarks
by Baker"), a "that" right before a time phrase, and a date whose year the extractor took into the content."""

from __future__ import annotations

import datetime as dt

import pytest

from newsdesk.index.language.dates import date_statements
from newsdesk.index.model import Article, Statement

D = dt.date
THU = D(1987, 3, 26)  # a Thursday


def _date(
    body: str, content: str, speaker: str, cue: str, lemma: str, *, kind: str = "indirect"
) -> tuple[dt.date | None, dt.date | None, str, str | None]:
    """The date fields `date_statements` gives `speaker`'s saying of `content` (its last occurrence)."""
    article = Article(key="a.md", path="a.md", title="Headline", body=body, date=THU)
    text = article.text
    start, sp = text.rindex(content), text.index(speaker)
    st = Statement(
        quote=content, start=start, end=start + len(content), kind=kind, cue=cue, cue_lemma=lemma,
        speaker=speaker, speaker_start=sp, speaker_end=sp + len(speaker), actor=speaker, actor_kind="person",
        why="test",
    )  # fmt: skip
    (dated,) = date_statements(article, [st])
    return dated.date, dated.date_end, dated.date_precision, dated.date_text


ARTICLE = (THU, None, "article", "publication date")


@pytest.mark.parametrize(
    ("body", "content", "speaker", "cue", "lemma", "expected"),
    [
        # the first end of a span is the span's, not the day of the announcement
        (
            "President Sisi announced three days of national mourning, Wednesday through Friday.",
            "three days of national mourning, Wednesday through Friday",
            "President Sisi",
            "announced",
            "announce",
            ARTICLE,
        ),
        (
            "The minister said on Monday to Wednesday the ports would stay shut.",
            "the ports would stay shut",
            "The minister",
            "said",
            "say",
            ARTICLE,
        ),
        # a day before a hearer is still the saying's
        (
            "The minister said on Monday to reporters that the ports would stay shut.",
            "that the ports would stay shut",
            "The minister",
            "said",
            "say",
            (D(1987, 3, 23), None, "day", "on Monday"),
        ),
    ],
)
def test_the_first_end_of_a_span_dates_nothing(
    body: str, content: str, speaker: str, cue: str, lemma: str, expected: tuple
) -> None:
    assert _date(body, content, speaker, cue, lemma) == expected


@pytest.mark.parametrize(
    ("body", "content", "speaker", "kind", "expected"),
    [
        # the study's day, not the saying's
        (
            "Citing a study released yesterday by the Department of Energy, many said imports were growing.",
            "imports were growing",
            "many",
            "indirect",
            ARTICLE,
        ),
        # the remarks answered are Baker's, made at the weekend
        (
            'Balladur, responding to weekend remarks by James Baker, said "I desire firm adherence."',
            '"I desire firm adherence."',
            "Balladur",
            "direct",
            ARTICLE,
        ),
        (
            "Smith, replying to Monday's criticism by the unions, said the plan would stand.",
            "the plan would stand",
            "Smith",
            "indirect",
            ARTICLE,
        ),
        # answering questions or reporters is the saying itself
        (
            "Smith, responding to questions on Monday, said the plan would stand.",
            "the plan would stand",
            "Smith",
            "indirect",
            (D(1987, 3, 23), None, "day", "on Monday"),
        ),
        # a time before "citing" is the saying's
        (
            "Smith said on Monday, citing a report, that the plan would stand.",
            "that the plan would stand",
            "Smith",
            "indirect",
            (D(1987, 3, 23), None, "day", "on Monday"),
        ),
    ],
)
def test_a_time_inside_what_is_cited_or_answered_is_that_things(
    body: str, content: str, speaker: str, kind: str, expected: tuple
) -> None:
    assert _date(body, content, speaker, "said", "say", kind=kind) == expected


def test_that_right_before_the_phrase_opens_a_clause_not_an_object() -> None:
    # "said that on November 14, 1986, Leucadia acquired": the content's date; "earlier said" marks it older
    body = "PHLCORP earlier said that on November 14, 1986, Leucadia acquired claims."
    assert _date(body, "that on November 14, 1986", "PHLCORP", "said", "say") == (
        THU,
        None,
        "before",
        "earlier said",
    )


def test_that_before_a_noun_is_still_the_cues_object() -> None:
    body = "Smith reiterated that position on Monday."
    assert _date(body, "that position on Monday", "Smith", "reiterated", "reiterate") == (
        D(1987, 3, 23),
        None,
        "day",
        "on Monday",
    )


@pytest.mark.parametrize(
    ("body", "content", "expected"),
    [
        # the extractor began the content with the year: what follows is a clause, the date its own
        (
            "The company said on February 20, 1986, its predecessor acquired Burdett Publications Inc.",
            "1986, its predecessor acquired Burdett Publications Inc",
            ARTICLE,
        ),
        (
            "It said on December 31, 1986 its Brazilian debt totaled about 4.1 mln dlrs.",
            "1986 its Brazilian debt totaled about 4.1 mln dlrs",
            ARTICLE,
        ),
        # "that" follows the year: the date is the saying's, in the year written
        (
            "The company said on Jan 5, 1986 that it received a proposal from Irving Trust Co.",
            "1986 that it received a proposal from Irving Trust Co",
            (D(1986, 1, 5), None, "day", "on Jan 5"),
        ),
        # the year outside the content: an explicit date of its own
        (
            "The company said on January 5, 1986 that it received a proposal.",
            "that it received a proposal",
            (D(1986, 1, 5), None, "day", "on January 5, 1986"),
        ),
    ],
)
def test_a_year_the_extractor_took_into_the_content(body: str, content: str, expected: tuple) -> None:
    speaker = "It" if body.startswith("It") else "The company"
    assert _date(body, content, speaker, "said", "say") == expected


def test_an_occasion_noun_in_ing_is_no_participle_in_the_cues_object() -> None:
    body = (
        "Ambassador Tian Ding told a meeting of Pakistani industrialists on Tuesday that imports would rise."
    )
    assert _date(body, "that imports would rise", "Ambassador Tian Ding", "told", "tell") == (
        D(1987, 3, 24),
        None,
        "day",
        "on Tuesday",
    )


def test_a_participle_in_the_cues_object_still_makes_it_a_clause() -> None:
    body = "Smith told farmers protesting on Tuesday that prices would fall."
    assert _date(body, "that prices would fall", "Smith", "told", "tell") == ARTICLE


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a conjunction before the fronted occasion of speaking
        (
            "But in an interview with Reuters during the flight to Tokyo yesterday, Lyng said the trip mattered.",
            (D(1987, 3, 25), None, "day", "yesterday"),
        ),
        (
            "And at a news conference on Tuesday, Lyng said the trip mattered.",
            (D(1987, 3, 24), None, "day", "on Tuesday"),
        ),
        # a fronted event stays the event's
        ("But after the vote on Tuesday, Lyng said the trip mattered.", ARTICLE),
    ],
)
def test_a_conjunction_before_a_fronted_occasion(body: str, expected: tuple) -> None:
    assert _date(body, "the trip mattered", "Lyng", "said", "say") == expected


@pytest.mark.parametrize(
    ("body", "content", "speaker", "kind", "expected"),
    [
        # a compound read by its last part: "widely-quoted remarks" is an occasion of saying
        (
            "General Setijana said in widely-quoted remarks last week that extremists planned to sabotage the polls.",
            "that extremists planned to sabotage the polls",
            "General Setijana",
            "indirect",
            (D(1987, 3, 16), D(1987, 3, 22), "week", "last week"),
        ),
        # a report named by its day, fronting the clause of its speaker
        (
            "In yesterday's report, the Energy Department said imports could reach 50 pct of demand.",
            "imports could reach 50 pct of demand",
            "the Energy Department",
            "indirect",
            (D(1987, 3, 25), None, "day", "yesterday"),
        ),
        # ... but not one the speaker comments on
        (
            "Commenting on yesterday's report, Smith said imports could reach 50 pct of demand.",
            "imports could reach 50 pct of demand",
            "Smith",
            "indirect",
            ARTICLE,
        ),
        # a document's date set off by a comma in the speaker
        (
            '"Sellers will remain reserved," the review, dated March 14, said.',
            '"Sellers will remain reserved,"',
            "the review, dated March 14",
            "direct",
            (D(1987, 3, 14), None, "day", "March 14"),
        ),
    ],
)
def test_occasions_and_documents_named_by_their_day(
    body: str, content: str, speaker: str, kind: str, expected: tuple
) -> None:
    assert _date(body, content, speaker, "said", "say", kind=kind) == expected


@pytest.mark.parametrize(
    ("body", "content", "speaker", "cue", "lemma", "expected"),
    [
        # the time after what is answered is the answer's: "Responding to the report today"
        (
            "Responding to the report today, Chairman Scherer told a news conference the findings were wrong.",
            "the findings were wrong",
            "Chairman Scherer",
            "told",
            "tell",
            (THU, None, "day", "today"),
        ),
        # a number after "to" is no end of a span
        (
            "Smith announced on Monday to the 15 delegates that the plan was dead.",
            "that the plan was dead",
            "Smith",
            "announced",
            "announce",
            (D(1987, 3, 23), None, "day", "on Monday"),
        ),
        # a month's days joined by a dash are a span, the talks'
        (
            "Smith said on March 3-5 talks would be held.",
            "on March 3-5 talks would be held",
            "Smith",
            "said",
            "say",
            ARTICLE,
        ),
    ],
)
def test_what_is_no_span_or_citation(
    body: str, content: str, speaker: str, cue: str, lemma: str, expected: tuple
) -> None:
    assert _date(body, content, speaker, cue, lemma) == expected
