"""Statement dates: time phrases, week and year boundaries, tense, carry-over, datelines, the seed."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from newsdesk.index.language.dates import date_statements, resolve_time_phrase
from newsdesk.index.model import Article, Statement

WED = dt.date(2025, 8, 20)  # the seed's publication day, a Wednesday
D = dt.date
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seeds" / "nato-ukraine-ft-report.txt"


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # weekdays: the latest one on or before publication; the publication day itself
        ("said on Monday", WED, (D(2025, 8, 18), None, "day", "on Monday")),
        ("said Monday", WED, (D(2025, 8, 18), None, "day", "Monday")),
        ("said on Wednesday", WED, (WED, None, "day", "on Wednesday")),
        ("said on Thursday", WED, (D(2025, 8, 14), None, "day", "on Thursday")),
        ("said on Tuesday night", WED, (D(2025, 8, 19), None, "day", "on Tuesday night")),
        ("said last Monday", WED, (D(2025, 8, 18), None, "day", "last Monday")),
        ("said last Wednesday", WED, (D(2025, 8, 13), None, "day", "last Wednesday")),
        # week boundary: a Monday article's "on Sunday" is the day before, in the previous week
        ("said on Sunday", D(2025, 8, 18), (D(2025, 8, 17), None, "day", "on Sunday")),
        ("said on Monday", D(2025, 8, 18), (D(2025, 8, 18), None, "day", "on Monday")),
        # future tense: the next such day
        ("they will meet on Monday", WED, (D(2025, 8, 25), None, "day", "on Monday")),
        ("talks are due to resume on Friday", WED, (D(2025, 8, 22), None, "day", "on Friday")),
        ("they'll meet on Wednesday", WED, (D(2025, 8, 27), None, "day", "on Wednesday")),
        ("next Monday", WED, (D(2025, 8, 25), None, "day", "next Monday")),
        ("Trump, who will travel, said on Monday", WED, (D(2025, 8, 18), None, "day", "on Monday")),
        # relative days
        ("said yesterday", WED, (D(2025, 8, 19), None, "day", "yesterday")),
        ("said today", WED, (WED, None, "day", "today")),
        ("said last night", WED, (D(2025, 8, 19), None, "day", "last night")),
        ("will speak tomorrow", WED, (D(2025, 8, 21), None, "day", "tomorrow")),
        ("said two days ago", WED, (D(2025, 8, 18), None, "day", "two days ago")),
        ("said a week ago", WED, (D(2025, 8, 11), D(2025, 8, 17), "week", "a week ago")),
        ("said this morning", WED, (WED, None, "day", "this morning")),
        ("said earlier today", WED, (WED, None, "day", "earlier today")),
        ("said tonight", WED, (WED, None, "day", "tonight")),
        ("said yesterday", D(2026, 1, 1), (D(2025, 12, 31), None, "day", "yesterday")),
        # weekends: Saturday-Sunday before publication (or the one it falls in)
        ("over the weekend", WED, (D(2025, 8, 16), D(2025, 8, 17), "weekend", "over the weekend")),
        ("at the weekend", WED, (D(2025, 8, 16), D(2025, 8, 17), "weekend", "at the weekend")),
        ("this weekend", WED, (D(2025, 8, 16), D(2025, 8, 17), "weekend", "this weekend")),
        ("over the weekend", D(2025, 8, 18), (D(2025, 8, 16), D(2025, 8, 17), "weekend", "over the weekend")),
        ("over the weekend", D(2025, 8, 17), (D(2025, 8, 16), D(2025, 8, 17), "weekend", "over the weekend")),
        ("will meet this weekend", WED, (D(2025, 8, 23), D(2025, 8, 24), "weekend", "this weekend")),
        ("last weekend", D(2025, 8, 17), (D(2025, 8, 9), D(2025, 8, 10), "weekend", "last weekend")),
        ("next weekend", WED, (D(2025, 8, 23), D(2025, 8, 24), "weekend", "next weekend")),
        (
            "told a weekend news conference",
            WED,
            (D(2025, 8, 16), D(2025, 8, 17), "weekend", "told a weekend"),
        ),
        ("said in a weekend interview", WED, (D(2025, 8, 16), D(2025, 8, 17), "weekend", "in a weekend")),
        # weeks: Monday to Sunday
        ("said last week", WED, (D(2025, 8, 11), D(2025, 8, 17), "week", "last week")),
        ("said last week", D(2025, 8, 17), (D(2025, 8, 4), D(2025, 8, 10), "week", "last week")),
        ("said last week", D(2025, 1, 2), (D(2024, 12, 23), D(2024, 12, 29), "week", "last week")),
        ("said earlier this week", WED, (D(2025, 8, 18), D(2025, 8, 19), "week", "earlier this week")),
        ("next week", WED, (D(2025, 8, 25), D(2025, 8, 31), "week", "next week")),
        # months
        ("said earlier this month", WED, (D(2025, 8, 1), WED, "month", "earlier this month")),
        ("said last month", WED, (D(2025, 7, 1), D(2025, 7, 31), "month", "last month")),
        ("said last month", D(2026, 1, 15), (D(2025, 12, 1), D(2025, 12, 31), "month", "last month")),
        ("said last month", D(2025, 3, 31), (D(2025, 2, 1), D(2025, 2, 28), "month", "last month")),
        ("next month", D(2025, 12, 5), (D(2026, 1, 1), D(2026, 1, 31), "month", "next month")),
        ("said in July", WED, (D(2025, 7, 1), D(2025, 7, 31), "month", "in July")),
        ("said in December", D(2026, 1, 2), (D(2025, 12, 1), D(2025, 12, 31), "month", "in December")),
        ("said in March 2024", WED, (D(2024, 3, 1), D(2024, 3, 31), "month", "in March 2024")),
        ("in March of last year", WED, (D(2024, 3, 1), D(2024, 3, 31), "month", "in March of last year")),
        ("said last August", WED, (D(2024, 8, 1), D(2024, 8, 31), "month", "last August")),
        ("said last July", WED, (D(2025, 7, 1), D(2025, 7, 31), "month", "last July")),
        # explicit dates
        ("said on August 18", WED, (D(2025, 8, 18), None, "day", "on August 18")),
        ("said Aug. 18 that", WED, (D(2025, 8, 18), None, "day", "Aug. 18")),
        ("said on 18 August 2025", WED, (D(2025, 8, 18), None, "day", "on 18 August 2025")),
        ("said on 18 August", WED, (D(2025, 8, 18), None, "day", "on 18 August")),
        ("said on the 18th", WED, (D(2025, 8, 18), None, "day", "on the 18th")),
        ("said on the 25th", WED, (D(2025, 7, 25), None, "day", "on the 25th")),
        ("said Sept 3", D(2025, 9, 5), (D(2025, 9, 3), None, "day", "Sept 3")),
        (
            "said on Monday, August 18, 2025, that",
            WED,
            (D(2025, 8, 18), None, "day", "on Monday, August 18, 2025"),
        ),
        ("said on 2025-08-18", WED, (D(2025, 8, 18), None, "day", "2025-08-18")),
        # year boundaries
        ("said on December 30", D(2026, 1, 2), (D(2025, 12, 30), None, "day", "on December 30")),
        ("will meet on January 5", D(2025, 12, 20), (D(2026, 1, 5), None, "day", "on January 5")),
        ("said on the 30th", D(2026, 1, 2), (D(2025, 12, 30), None, "day", "on the 30th")),
        # explicit years need no anchor
        ("said on 18 August 2025", None, (D(2025, 8, 18), None, "day", "on 18 August 2025")),
        # years
        ("In 2003, Blair said", WED, (D(2003, 1, 1), D(2003, 12, 31), "year", "In 2003")),
        ("said in 2003", None, (D(2003, 1, 1), D(2003, 12, 31), "year", "in 2003")),
        ("said earlier this year", WED, (D(2025, 1, 1), D(2025, 8, 19), "year", "earlier this year")),
        ("said last year", WED, (D(2024, 1, 1), D(2024, 12, 31), "year", "last year")),
        ("said in 2025", WED, (D(2025, 1, 1), WED, "year", "in 2025")),
    ],
)
def test_time_phrase_table(text: str, anchor: dt.date | None, expected: tuple) -> None:
    guess = resolve_time_phrase(text, anchor)
    assert guess is not None
    assert (guess.date, guess.date_end, guess.precision, guess.text) == expected


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("said on Monday", None),  # no anchor: never guess the week
        ("the Pentagon said", WED),
        ("they may decide", WED),  # lower-case month-like words are not months
        ("sent 18,000 troops in March", None),
        ("since Black Monday", WED),
        ("Since April, the FDA said", WED),  # a state since then
        ("USA Today reported", WED),  # a newspaper
        ("on Super Tuesday", WED),
        # ordinals naming things, not days of the month
        ("under the 14th Amendment", WED),
        ("the 2nd Division said", WED),
        ("in the first quarter", WED),
        ("since the 20th century", WED),
        ("told Kamloops This Week", WED),  # a newspaper's name
        ("in 2003-04 figures", WED),
    ],
)
def test_no_phrase_no_date(text: str, anchor: dt.date | None) -> None:
    assert resolve_time_phrase(text, anchor) is None


def test_impossible_day_is_not_made_up() -> None:
    # "the 31st" said before October 31 is in September, which has 30 days.
    assert resolve_time_phrase("said on the 31st", D(2025, 10, 5)) is None


# --- statements in articles -------------------------------------------------------------------------


def _article(body: str, date: dt.date | None, title: str = "Headline") -> Article:
    return Article(key="a.md", path="a.md", title=title, body=body, date=date)


def _st(
    article: Article, quote: str, speaker: str | None, actor: str | None = None, *, nth: int = 0
) -> Statement:
    text = article.text
    start = -1
    for _ in range(nth + 1):
        start = text.index(quote, start + 1)
    sp_start = None
    if speaker:  # the mention nearest to the quote, after it first
        after, before = text.find(speaker, start + len(quote)), text.rfind(speaker, 0, start)
        sp_start = (
            after if after >= 0 and (before < 0 or after - start - len(quote) <= start - before) else before
        )
    return Statement(
        quote=quote,
        start=start,
        end=start + len(quote),
        kind="direct",
        cue="said",
        cue_lemma="say",
        speaker=speaker,
        speaker_start=sp_start,
        speaker_end=sp_start + len(speaker) if sp_start is not None and speaker else None,
        actor=actor if actor is not None else speaker,
        actor_kind="person",
        why="test",
    )


def _dates(statements: list[Statement]) -> list[tuple]:
    return [(s.date, s.date_end, s.date_precision, s.date_text) for s in statements]


def test_no_time_words_gives_publication_date() -> None:
    a = _article('"We are ready," Smith said.', WED)
    assert _dates(date_statements(a, [_st(a, "We are ready,", "Smith")])) == [
        (WED, None, "article", "publication date")
    ]


def test_undated_article_gives_undated_statements() -> None:
    a = _article('"We are ready," Smith said on Monday.', None)
    assert _dates(date_statements(a, [_st(a, "We are ready,", "Smith")])) == [(None, None, "none", None)]


def test_undated_article_keeps_an_explicit_full_date() -> None:
    a = _article('"We are ready," Smith said on 3 March 2024.', None)
    assert _dates(date_statements(a, [_st(a, "We are ready,", "Smith")])) == [
        (D(2024, 3, 3), None, "day", "on 3 March 2024")
    ]


def test_time_words_inside_the_quote_do_not_date_the_statement() -> None:
    a = _article('"We will meet on Friday," Smith said on Monday.', WED)
    out = date_statements(a, [_st(a, "We will meet on Friday,", "Smith")])
    assert _dates(out) == [(D(2025, 8, 18), None, "day", "on Monday")]


def test_nearest_phrase_to_the_speaker_wins() -> None:
    a = _article("After talks last week, Smith said on Tuesday that prices would fall.", WED)
    out = date_statements(a, [_st(a, "prices would fall", "Smith")])
    assert _dates(out) == [(D(2025, 8, 19), None, "day", "on Tuesday")]


def test_other_sentences_do_not_leak() -> None:
    a = _article('Talks began on Monday. "We are ready," Smith said.', WED)
    out = date_statements(a, [_st(a, "We are ready,", "Smith")])
    assert _dates(out) == [(WED, None, "article", "publication date")]


def test_abbreviation_is_not_a_sentence_end() -> None:
    a = _article('On Monday, Mr. Smith said "we are ready".', WED)
    out = date_statements(a, [_st(a, "we are ready", "Smith")])
    assert _dates(out) == [(D(2025, 8, 18), None, "day", "On Monday")]


def test_no_statement_dated_after_publication() -> None:
    a = _article("Smith, who will travel to Oslo on Friday, said prices would fall.", WED)
    assert _dates(date_statements(a, [_st(a, "prices would fall", "Smith")])) == [
        (WED, None, "article", "publication date")
    ]


def test_time_phrase_ending_a_short_indirect_content_dates_the_saying() -> None:
    a = _article("Lavrov reiterated the position over the weekend, saying more.", WED)
    st = dataclasses.replace(_st(a, "the position over the weekend", "Lavrov"), kind="indirect")
    assert _dates(date_statements(a, [st])) == [
        (D(2025, 8, 16), D(2025, 8, 17), "weekend", "over the weekend")
    ]
    a = _article("Lavrov said that talks had been held over the weekend.", WED)
    st = dataclasses.replace(_st(a, "that talks had been held over the weekend", "Lavrov"), kind="indirect")
    assert _dates(date_statements(a, [st])) == [(WED, None, "article", "publication date")]


def test_deadlines_and_states_do_not_date_a_statement() -> None:
    a = _article("The company agreed not to buy shares until September 30, Smith said.", D(2025, 3, 3))
    st = _st(a, "The company agreed not to buy shares", "Smith")
    assert _dates(date_statements(a, [st])) == [(D(2025, 3, 3), None, "article", "publication date")]


def test_time_words_in_another_statements_content_are_masked() -> None:
    a = _article("Acme said it expects to start in May, adding that costs would rise.", D(2025, 3, 3))
    first = _st(a, "it expects to start in May", "Acme")
    second = _st(a, "that costs would rise", "Acme")
    assert _dates(date_statements(a, [first, second]))[1] == (
        D(2025, 3, 3),
        None,
        "article",
        "publication date",
    )


def test_carry_over_to_the_same_speakers_next_statement() -> None:
    a = _article(
        'On Monday, Smith said prices would fall.\n"We are ready," he said.\n"Really," Smith added.', WED
    )
    st1 = _st(a, "prices would fall", "Smith")
    st2 = dataclasses.replace(_st(a, "We are ready,", "he"), actor=None)
    st3 = _st(a, "Really,", "Smith", nth=0)
    st3 = dataclasses.replace(
        st3, speaker_start=a.text.index("Smith added"), speaker_end=a.text.index(" added")
    )
    out = date_statements(a, [st3, st1, st2])  # input order is kept in the output
    monday = (D(2025, 8, 18), None, "day", "On Monday")
    assert _dates(out) == [monday, monday, monday]


def test_carried_dates_stop_two_paragraphs_after_the_phrase() -> None:
    body = 'On Monday, Smith said prices would fall.\n"Yes," Smith said.\n"No," Smith said.\n"Maybe," Smith said.'
    a = _article(body, WED)
    smiths = [m for m in range(len(a.text)) if a.text.startswith("Smith", m)]
    sts = [_st(a, q, "Smith") for q in ("prices would fall", "Yes,", "No,", "Maybe,")]
    sts = [
        dataclasses.replace(st, speaker_start=m, speaker_end=m + 5) for st, m in zip(sts, smiths, strict=True)
    ]
    monday = (D(2025, 8, 18), None, "day", "On Monday")
    assert _dates(date_statements(a, sts)) == [
        monday,
        monday,
        monday,
        (WED, None, "article", "publication date"),
    ]


def test_no_carry_over_to_another_speaker() -> None:
    a = _article('On Monday, Smith said prices would fall.\n"No," Jones said.', WED)
    out = date_statements(a, [_st(a, "prices would fall", "Smith"), _st(a, "No,", "Jones")])
    assert _dates(out)[1] == (WED, None, "article", "publication date")


def test_no_carry_over_beyond_the_next_paragraph() -> None:
    body = 'On Monday, Smith said prices would fall.\n\nOther news.\n\n"We are ready," Smith said.'
    a = _article(body, WED)
    st2 = _st(a, "We are ready,", "Smith")
    st2 = dataclasses.replace(
        st2, speaker_start=a.text.rindex("Smith"), speaker_end=a.text.rindex("Smith") + 5
    )
    out = date_statements(a, [_st(a, "prices would fall", "Smith"), st2])
    assert _dates(out)[1] == (WED, None, "article", "publication date")


def test_no_carry_over_across_another_time_phrase() -> None:
    a = _article('On Monday, Smith said prices would fall. On Tuesday talks failed. "No," Smith said.', WED)
    st2 = _st(a, "No,", "Smith")
    st2 = dataclasses.replace(
        st2, speaker_start=a.text.rindex("Smith"), speaker_end=a.text.rindex("Smith") + 5
    )
    out = date_statements(a, [_st(a, "prices would fall", "Smith"), st2])
    assert _dates(out)[1] == (WED, None, "article", "publication date")


def test_dateline_is_the_anchor_and_not_a_time_phrase() -> None:
    a = _article("MOSCOW, Aug 19 (Reuters) - Russia said on Monday it would talk.", D(2025, 8, 20))
    out = date_statements(a, [_st(a, "it would talk", "Russia")])
    assert _dates(out) == [(D(2025, 8, 18), None, "day", "on Monday")]
    a = _article("MOSCOW, Aug 19 (Reuters) - Russia said it would talk.", D(2025, 8, 20))
    assert _dates(date_statements(a, [_st(a, "it would talk", "Russia")])) == [
        (D(2025, 8, 20), None, "article", "publication date")  # no time word: the report's day
    ]


def test_dateline_across_the_year_boundary() -> None:
    a = _article("MOSCOW, Dec 31 (Reuters) - Russia said on Tuesday it would talk.", D(2026, 1, 2))
    out = date_statements(a, [_st(a, "it would talk", "Russia")])
    assert _dates(out) == [(D(2025, 12, 30), None, "day", "on Tuesday")]


def test_date_statements_is_pure() -> None:
    a = _article('"We are ready," Smith said on Monday.', WED)
    st = _st(a, "We are ready,", "Smith")
    date_statements(a, [st])
    assert st.date is None and st.date_precision == "none"


# --- attachment: the saying's own time, not an event's ---------------------------------------------


def _said(
    article: Article, content: str, speaker: str, cue: str = "said", kind: str = "indirect"
) -> Statement:
    """An indirect statement: `speaker` (its first mention) `cue` `content`."""
    text = article.text
    start, sp = text.index(content), text.index(speaker)
    return Statement(
        quote=content, start=start, end=start + len(content), kind=kind, cue=cue, cue_lemma=cue,  # type: ignore[arg-type]
        speaker=speaker, speaker_start=sp, speaker_end=sp + len(speaker), actor=speaker, actor_kind="person",
        why="test",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("body", "content", "speaker", "cue", "expected"),
    [
        ("Smith said on Monday that taxes would rise.", "that taxes would rise", "Smith", "said",
         (D(2025, 8, 18), None, "day", "on Monday")),
        ("Smith told reporters yesterday that taxes would rise.", "that taxes would rise", "Smith", "told",
         (D(2025, 8, 19), None, "day", "yesterday")),
        ("Smith said in a statement on Tuesday that taxes would rise.", "that taxes would rise", "Smith",
         "said", (D(2025, 8, 19), None, "day", "on Tuesday")),
        ("In an interview last week, Smith said taxes would rise.", "taxes would rise", "Smith", "said",
         (D(2025, 8, 11), D(2025, 8, 17), "week", "last week")),
        # an event date in the sentence is not the saying's
        ("After the vote on 7 May, Smith said taxes would rise.", "taxes would rise", "Smith", "said",
         (WED, None, "article", "publication date")),
        ("Smith said of the attack on Monday that it was a crime.", "that it was a crime", "Smith", "said",
         (WED, None, "article", "publication date")),
        ("Smith, who met Jones on Monday, said taxes would rise.", "taxes would rise", "Smith", "said",
         (WED, None, "article", "publication date")),
        # an explicit date wins over a weekday
        ("On Monday, Smith said on August 14 that taxes would rise.", "that taxes would rise", "Smith", "said",
         (D(2025, 8, 14), None, "day", "on August 14")),
        # a possessive time word names a thing
        ("Smith said in today's Washington Post that taxes would rise.", "that taxes would rise", "Smith",
         "said", (WED, None, "article", "publication date")),
        # "Lord Goldsmith warned Tony Blair on 7 March 2003": the warning's own day, said then
        ("Lord Goldsmith warned Tony Blair on 7 March 2003 that the war could be illegal.",
         "that the war could be illegal", "Lord Goldsmith", "warned", (D(2003, 3, 7), None, "day", "on 7 March 2003")),
        # older statements reported again
        ("In 2003, Blair said the war was legal.", "the war was legal", "Blair", "said",
         (D(2003, 1, 1), D(2003, 12, 31), "year", "In 2003")),
        ("Blair had said in March that the war was legal.", "that the war was legal", "Blair", "said",
         (D(2025, 3, 1), D(2025, 3, 31), "month", "in March")),
        ("Blair had said the war was legal.", "the war was legal", "Blair", "said",
         (WED, None, "before", "had said")),
        ("The company has previously said it would sell the unit.", "it would sell the unit", "The company",
         "said", (WED, None, "before", "has previously said")),
        ("A year ago, in a similar survey, most voters said taxes would rise.", "taxes would rise", "most voters",
         "said", (D(2024, 1, 1), D(2024, 12, 31), "year", "A year ago")),
        # a participle cue takes the time of the clause it hangs from
        ("Reagan ordered the study last September, citing the oil shortages.", "the oil shortages", "Reagan",
         "citing", (D(2024, 9, 1), D(2024, 9, 30), "month", "last September")),
        # after the content, a clause of speaking
        ('Erdogan said, "They need to stand by us", while addressing the press yesterday.',
         '"They need to stand by us"', "Erdogan", "said", (D(2025, 8, 19), None, "day", "yesterday")),
        ('Erdogan said, "They need to stand by us", after the attack yesterday.', '"They need to stand by us"',
         "Erdogan", "said", (WED, None, "article", "publication date")),
        ("Nelissen said at the presentation of Amro's 1986 annual report last week that rates would fall.",
         "that rates would fall", "Nelissen", "said", (D(2025, 8, 11), D(2025, 8, 17), "week", "last week")),
        # the speaker's own apposition of issue, not a relative clause about something else
        ("The statement, issued yesterday, did not say how close the bank was.", "how close the bank was",
         "The statement, issued yesterday", "say", (D(2025, 8, 19), None, "day", "yesterday")),
        ("Howard, who leaves for Japan tomorrow, told Reuters he will try.", "he will try",
         "Howard, who leaves for Japan tomorrow", "told", (WED, None, "article", "publication date")),
        # a content opening with the occasion of saying and its time
        ("It said at a meeting of creditors yesterday, directors resigned.", "at a meeting of creditors yesterday, directors resigned",
         "It", "said", (WED, None, "article", "publication date")),
        ("It said in its annual report on Indonesia last June that jobs were scarce.",
         "in its annual report on Indonesia last June that jobs were scarce", "It", "said",
         (D(2025, 6, 1), D(2025, 6, 30), "month", "last June")),
        # between a leading time phrase and the speaker, descriptions but no other clause
        ("On Thursday, UK-based retailer Tesco and Salling Group announced a deal.", "a deal", "Salling Group",
         "announced", (D(2025, 8, 14), None, "day", "On Thursday")),
        ("On Saturday, in a brief but official statement, Trump said Hamza was killed.", "Hamza was killed",
         "Trump", "said", (D(2025, 8, 16), None, "day", "On Saturday")),
        ("On Monday, police arrested five men and the minister said the threat was over.",
         "the threat was over", "the minister", "said", (WED, None, "article", "publication date")),
        ("Last year, Irish yields were the lowest and Irish Sugar Plc said the target is lower.",
         "the target is lower", "Irish Sugar Plc", "said", (WED, None, "article", "publication date")),
        # a clause-opening prepositional phrase of the occasion
        ("In trading earlier today, traders said prices had firmed.", "prices had firmed", "traders", "said",
         (WED, None, "day", "earlier today")),
        ("In its original announcement yesterday, USDA had said the offer included lumber.",
         "the offer included lumber", "USDA", "said", (D(2025, 8, 19), None, "day", "yesterday")),
        ('"Raising the price would conflict," said a China Daily editorial this month.',
         '"Raising the price would conflict,"', "a China Daily editorial this month", "said",
         (D(2025, 8, 1), WED, "month", "this month")),
        # a content the extractor opened with the cue's time phrase
        ("The office said last month it will not prosecute Bond.", "last month it will not prosecute Bond",
         "The office", "said", (D(2025, 7, 1), D(2025, 7, 31), "month", "last month")),
        ("The office said last year sales rose.", "last year sales rose", "The office", "said",
         (WED, None, "article", "publication date")),
        ("The office said that last month sales rose.", "that last month sales rose", "The office", "said",
         (WED, None, "article", "publication date")),
        ("The airline said on September 1 it will start flights.", "on September 1 it will start flights",
         "The airline", "said", (WED, None, "article", "publication date")),
        # a sentence opening "By <time>," tells when; "by <time>" elsewhere is a deadline
        ("By Sunday afternoon, Pierluisi said the Senate had no say.", "the Senate had no say", "Pierluisi",
         "said", (D(2025, 8, 17), None, "day", "Sunday afternoon")),
        ("Pierluisi said by Sunday the Senate had no say.", "the Senate had no say", "Pierluisi", "said",
         (WED, None, "article", "publication date")),
        # audiences, rulings and names with particles are frame words too
        ("Yeutter told senior staff this morning that he would stay.", "that he would stay", "Yeutter", "told",
         (WED, None, "day", "this morning")),
        ("Funaro told a conference in Rio de Janeiro this week that talks went on.", "that talks went on", "Funaro",
         "told", (D(2025, 8, 18), D(2025, 8, 24), "week", "this week")),
        ("The agency said in an order issued late Friday that the bid was dismissed.", "that the bid was dismissed",
         "The agency", "said", (D(2025, 8, 15), None, "day", "late Friday")),
        ("Nalen told reporters at the time the fund would be big.", "the fund would be big", "Nalen", "told",
         (WED, None, "before", "told reporters at the time")),
        # a time phrase ending the content after the occasion of saying
        ("Pelosi announced the vote in a letter earlier this week.", "the vote in a letter earlier this week",
         "Pelosi", "announced", (D(2025, 8, 18), D(2025, 8, 19), "week", "earlier this week")),
    ],
)  # fmt: skip
def test_dates_table(body: str, content: str, speaker: str, cue: str, expected: tuple) -> None:
    a = _article(body, WED)
    assert _dates(date_statements(a, [_said(a, content, speaker, cue)])) == [expected]


def test_reported_on_and_cue_context_are_filled() -> None:
    a = _article("Smith did not concede on Monday that the vote was lost.", WED)
    [st] = date_statements(a, [_said(a, "that the vote was lost", "Smith", "concede")])
    assert (st.reported_on, st.cue_context) == (WED, ("Smith did not", "on Monday"))
    assert (st.date, st.date_precision) == (D(2025, 8, 18), "day")


def test_undated_article_keeps_an_older_statement_marked() -> None:
    a = _article("Blair had said the war was legal.", None)
    [st] = date_statements(a, [_said(a, "the war was legal", "Blair")])
    assert (st.date, st.date_precision, st.date_text, st.reported_on) == (None, "before", "had said", None)


def test_a_flashback_month_is_not_carried_to_the_next_paragraph() -> None:
    body = "Last month Balladur said growth had slowed.\nHe told Les Echos he aims to cut the deficit."
    a = _article(body, WED)
    first = _said(a, "growth had slowed", "Balladur")
    second = _said(a, "he aims to cut the deficit", "He", "told")
    second = dataclasses.replace(second, actor=None)
    out = _dates(date_statements(a, [first, second]))
    assert out == [
        (D(2025, 7, 1), D(2025, 7, 31), "month", "Last month"),
        (WED, None, "article", "publication date"),
    ]


def test_an_older_statement_is_not_given_the_previous_statements_date() -> None:
    body = (
        "On Sunday, Fernandez announced a bill.\nThe president had previously called it a matter of health."
    )
    a = _article(body, WED)
    first = _said(a, "a bill", "Fernandez", "announced")
    second = _said(a, "it a matter of health", "The president", "called")
    second = dataclasses.replace(second, actor="Fernandez")
    out = _dates(date_statements(a, [first, second]))
    assert out[1] == (WED, None, "before", "had previously called")


def test_a_trailing_phrase_dates_the_saying_only_after_a_cue_object() -> None:
    a = _article("France's Societe Generale reported increased profits for last year.", WED)
    st = _said(a, "increased profits for last year", "France's Societe Generale", "reported")
    assert _dates(date_statements(a, [st])) == [(WED, None, "article", "publication date")]


# --- the seed article --------------------------------------------------------------------------------


def _seed_article() -> Article:
    if not SEED.is_file():
        pytest.skip(f"{SEED} is not here (the shared folder is absent)")
    title, _, body = SEED.read_text(encoding="utf-8").partition("\n")
    return Article(key=SEED.name, path=str(SEED), title=title.strip(), body=body.strip("\n"), date=WED)


def test_seed_hand_made_statements() -> None:
    a = _seed_article()
    trump1 = _st(
        a,
        "Washington had not yet discussed specifics of Ukraine security guarantees",
        "President Donald Trump",
        "Donald Trump",
    )
    trump2 = dataclasses.replace(
        _st(a, "We’ll be involved from the standpoint of backup. We’re going to help them,", "he"),
        actor="Donald Trump",
    )
    trump3 = _st(
        a,
        "Europe is going to give them significant security guarantees – and they should, because they’re right there,",
        "Trump",
        "Donald Trump",
        nth=0,
    )
    stressed = a.text.index("Trump stressed")
    trump3 = dataclasses.replace(trump3, speaker_start=stressed, speaker_end=stressed + 5)
    lavrov = _st(a, "must be subject to consensus", "Sergey Lavrov", "Sergey Lavrov")
    out = date_statements(a, [trump1, trump2, trump3, lavrov])
    monday = (D(2025, 8, 18), None, "day", "On Monday")
    assert _dates(out) == [
        monday,
        monday,
        monday,
        (D(2025, 8, 16), D(2025, 8, 17), "weekend", "over the weekend"),
    ]


def test_seed_with_the_quote_extractor() -> None:
    from newsdesk.index.language.quotes import extract_statements

    a = _seed_article()
    statements = date_statements(a, extract_statements(a))
    text = a.text
    trump_lines = (text.index("On Monday, President"), text.index("Trump stressed"))
    lavrov_line = (text.index("Russian Foreign Minister"), text.index("unacceptable"))
    trump = [s for s in statements if trump_lines[0] <= s.start < trump_lines[1]]
    lavrov = [s for s in statements if lavrov_line[0] <= s.start < lavrov_line[1]]
    assert any(s.start < text.index("“We’ll") for s in trump), "Trump's 'On Monday' statement is found"
    assert lavrov, "Lavrov's statement is found"
    assert {(s.date, s.date_precision) for s in trump} == {(D(2025, 8, 18), "day")}
    assert {(s.date, s.date_end, s.date_precision) for s in lavrov} == {
        (D(2025, 8, 16), D(2025, 8, 17), "weekend")
    }


def test_an_announcement_of_a_noun_phrase_is_dated_by_its_time_phrase() -> None:
    from newsdesk.index.language.quotes import extract_statements

    a = _article(
        "Rossello announced his resignation shortly before midnight Wednesday night in a video.",
        D(2019, 7, 28),
    )
    assert _dates(date_statements(a, extract_statements(a))) == [
        (D(2019, 7, 24), None, "day", "Wednesday night")
    ]
    a = _article("The company announced a dividend payable on July 31.", D(2019, 8, 28))
    assert _dates(date_statements(a, extract_statements(a))) == [
        (D(2019, 8, 28), None, "article", "publication date")
    ]


def test_a_weekday_right_after_a_week_says_which_day() -> None:
    from newsdesk.index.language.quotes import extract_statements

    a = _article(
        "Earlier this week on Wednesday, President Erdogan said the museum would close.", D(2019, 3, 31)
    )
    assert _dates(date_statements(a, extract_statements(a))) == [
        (D(2019, 3, 27), None, "day", "on Wednesday")
    ]
