"""Statement dates, session 14 rules: a time right after another saying verb is that saying's ("Siew told
reporters on Saturday U.S. officials told him ... last week"), paired months date figures ("In January
and February, the airline said"), a monitored report's own date, and an occasion named by its day whose
relative clause holds the speaker ("yesterday's Budget in which Lawson announced")."""

from __future__ import annotations

import datetime as dt

import pytest

from newsdesk.index.language.dates import date_statements
from newsdesk.index.model import Article, Statement

D = dt.date
Fields = tuple[dt.date | None, dt.date | None, str, str | None]


def _date(body: str, content: str, speaker: str, cue: str, lemma: str, day: dt.date) -> Fields:
    """The date fields `date_statements` gives `speaker`'s saying of `content` (its last occurrence)."""
    article = Article(key="a.md", path="a.md", title="Headline", body=body, date=day)
    text = article.text
    start, sp = text.rindex(content), text.index(speaker)
    st = Statement(
        quote=content, start=start, end=start + len(content), kind="indirect", cue=cue, cue_lemma=lemma,
        speaker=speaker, speaker_start=sp, speaker_end=sp + len(speaker), actor=speaker, actor_kind="person",
        why="test",
    )  # fmt: skip
    (dated,) = date_statements(article, [st])
    return dated.date, dated.date_end, dated.date_precision, dated.date_text


SIEW = (
    "TAIPEI, March 16 - Board of Foreign Trade director Vincent Siew told reporters on Saturday U.S. "
    "Officials told him in Washington last week that unless Taiwan allowed its dollar to rise faster it "
    "would face retaliation."
)
LAWSON = (
    "LONDON, March 18 - Dealers said the lowering in base rates had been widely expected following "
    "yesterday's U.K. Budget in which Chancellor of the Exchequer Nigel Lawson announced a three billion "
    "stg cut in the Government borrowing."
)


@pytest.mark.parametrize(
    ("body", "content", "speaker", "cue", "lemma", "day", "expected"),
    [
        # the relayed officials' own "last week", not Siew's Saturday (dateline Monday March 16)
        (
            SIEW,
            "unless Taiwan allowed its dollar to rise faster it would face retaliation",
            "U.S. Officials",
            "told",
            "tell",
            D(1987, 3, 15),
            (D(1987, 3, 9), D(1987, 3, 15), "week", "last week"),
        ),
        # Siew's own saying keeps its Saturday
        (
            SIEW,
            "U.S. Officials told him in Washington last week that unless Taiwan allowed its dollar to rise "
            "faster it would face retaliation",
            "Vincent Siew",
            "told",
            "tell",
            D(1987, 3, 15),
            (D(1987, 3, 14), None, "day", "on Saturday"),
        ),
        # a fronted day before the speaker with no other saying verb still dates it
        (
            "On Monday Smith told reporters the plan was dead.",
            "the plan was dead",
            "Smith",
            "told",
            "tell",
            D(1987, 3, 26),
            (D(1987, 3, 23), None, "day", "On Monday"),
        ),
        # paired months are the figures' months
        (
            "NEW YORK, March 3 - In January and February, the airline said total systemwide revenue passenger "
            "miles were up five pct and 11 pct, respectively.",
            "total systemwide revenue passenger miles were up five pct and 11 pct, respectively",
            "the airline",
            "said",
            "say",
            D(1987, 3, 3),
            (D(1987, 3, 3), None, "article", "publication date"),
        ),
        # one fronted month still dates the saying
        (
            "NEW YORK, March 3 - In January, the airline said revenue passenger miles were up five pct.",
            "revenue passenger miles were up five pct",
            "the airline",
            "said",
            "say",
            D(1987, 3, 3),
            (D(1987, 1, 1), D(1987, 1, 31), "month", "In January"),
        ),
        # the report's date is the day it was monitored
        (
            "BANGKOK, April 27 - The radio report, monitored in Bangkok on April 20 but only translated here "
            "over the weekend, said the threatened damage was spread over twice as large an area.",
            "the threatened damage was spread over twice as large an area",
            "The radio report",
            "said",
            "say",
            D(1987, 4, 27),
            (D(1987, 4, 20), None, "day", "on April 20"),
        ),
        # the occasion whose relative clause holds the speaker dates the saying
        (
            LAWSON,
            "a three billion stg cut in the Government borrowing",
            "Nigel Lawson",
            "announced",
            "announce",
            D(1987, 3, 18),
            (D(1987, 3, 17), None, "day", "yesterday"),
        ),
        # an occasion the saying only follows does not
        (
            "LONDON, March 18 - After yesterday's meeting, Lawson said the cut would stand.",
            "the cut would stand",
            "Lawson",
            "said",
            "say",
            D(1987, 3, 18),
            (D(1987, 3, 18), None, "article", "publication date"),
        ),
    ],
)
def test_session14_dates(
    body: str, content: str, speaker: str, cue: str, lemma: str, day: dt.date, expected: Fields
) -> None:
    assert _date(body, content, speaker, cue, lemma, day) == expected


@pytest.mark.parametrize(
    ("body", "content", "speaker", "cue", "lemma", "day", "expected"),
    [
        # a passive "was announced" before the time is no other saying: its "when" clause's speaker keeps it
        (
            "Formation of the special committee was announced early last week when Harper and Row said its "
            "board had taken no action on two pending acquisition proposals.",
            "its board had taken no action on two pending acquisition proposals",
            "Harper and Row",
            "said",
            "say",
            D(1987, 3, 23),
            (D(1987, 3, 16), D(1987, 3, 22), "week", "early last week"),
        ),
        # a passive with its agent: the participle's own time word dates the agent's saying
        (
            "WASHINGTON, April 1 - Officials said the talks, which were announced yesterday by U.S. Trade "
            "Representative Clayton Yeutter, were being held under the emergency provisions.",
            "the talks",
            "Clayton Yeutter",
            "announced",
            "announce",
            D(1987, 4, 1),
            (D(1987, 3, 31), None, "day", "yesterday"),
        ),
        (
            "TOKYO, April 9 - He said the G-7 countries welcomed measures outlined by Japanese Finance Minister "
            "Kiichi Miyazawa yesterday.",
            "measures",
            "Kiichi Miyazawa",
            "outlined",
            "outline",
            D(1987, 4, 9),
            (D(1987, 4, 8), None, "day", "yesterday"),
        ),
        # week parts: "early this week" is the calendar week, "earlier this week" Monday to the day before
        (
            "TOKYO, April 3 - The Yomiuri Shimbun daily newspaper reported Baker called Miyazawa early this week "
            "to warn him next week's talks would not be a success.",
            "next week's talks would not be a success",
            "Baker",
            "warn",
            "warn",
            D(1987, 4, 3),
            (D(1987, 3, 30), D(1987, 4, 5), "week", "early this week"),
        ),
        (
            "LONDON, June 19 - Sharp cuts on variable rate mortgages announced earlier this week by the "
            "nation's two largest building societies reflect growing competition, officials said.",
            "Sharp cuts on variable rate mortgages",
            "the nation's two largest building societies",
            "announced",
            "announce",
            D(1987, 6, 19),
            (D(1987, 6, 15), D(1987, 6, 18), "week", "earlier this week"),
        ),
    ],
)
def test_session14_passive_and_week_parts(
    body: str, content: str, speaker: str, cue: str, lemma: str, day: dt.date, expected: Fields
) -> None:
    assert _date(body, content, speaker, cue, lemma, day) == expected


@pytest.mark.parametrize(
    ("body", "content", "speaker", "cue", "lemma", "day", "expected"),
    [
        # a time fronting "according to" is the figures' period: "according to" is no act in time
        (
            "In March, according to API monthly statistics, residual fuel deliveries fell by 13.6 pct.",
            "residual fuel deliveries fell by 13.6 pct",
            "API monthly statistics",
            "according to",
            "according to",
            D(1987, 4, 29),
            (D(1987, 4, 29), None, "article", "publication date"),
        ),
        # the source's own time still dates it
        (
            "According to a company statement on Friday, the plant was closed.",
            "the plant was closed",
            "a company statement",
            "According to",
            "according to",
            D(1987, 4, 29),
            (D(1987, 4, 24), None, "day", "on Friday"),
        ),
        # a year on "reported" results with no other year is the results' year
        (
            "Last year Pacific Gas reported earnings of 925 mln dlrs, or 2.60 dlrs per share.",
            "earnings of 925 mln dlrs, or 2.60 dlrs per share",
            "Pacific Gas",
            "reported",
            "report",
            D(1987, 3, 31),
            (D(1987, 3, 31), None, "article", "publication date"),
        ),
        # results that name their own year leave the month to the report
        (
            "Heineken last month reported a 1986 net profit of 285 mln guilders, after 265 mln in 1985.",
            "a 1986 net profit of 285 mln guilders, after 265 mln in 1985",
            "Heineken",
            "reported",
            "report",
            D(1987, 4, 8),
            (D(1987, 3, 1), D(1987, 3, 31), "month", "last month"),
        ),
        # a year on a report that is no results stays the saying's
        (
            "Last year the company reported that its plant was closed.",
            "its plant was closed",
            "the company",
            "reported",
            "report",
            D(1987, 4, 8),
            (D(1986, 1, 1), D(1986, 12, 31), "year", "Last year"),
        ),
    ],
)
def test_session14_figures_periods(
    body: str, content: str, speaker: str, cue: str, lemma: str, day: dt.date, expected: Fields
) -> None:
    assert _date(body, content, speaker, cue, lemma, day) == expected
