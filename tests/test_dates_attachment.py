"""Which time phrase dates a statement: fronted phrases past asides, phrases after the cue's object or
opening the content with the cue's adjuncts, and event dates that stay the event's."""

from __future__ import annotations

import datetime as dt

import pytest

from newsdesk.index.language.dates import date_statements, resolve_time_phrase
from newsdesk.index.model import Article, Statement

D = dt.date
WED = D(2025, 8, 20)  # a Wednesday
ARTICLE = (WED, None, "article", "publication date")


def _article(body: str, date: dt.date | None = WED) -> Article:
    return Article(key="a.md", path="a.md", title="Headline", body=body, date=date)


def _statement(
    article: Article, content: str, speaker: str, cue: str, lemma: str, kind: str = "indirect"
) -> Statement:
    """`speaker` (its first mention) said `content` (its last occurrence) with the cue `cue`."""
    text = article.text
    start, sp = text.rindex(content), text.index(speaker)
    return Statement(
        quote=content, start=start, end=start + len(content), kind=kind, cue=cue, cue_lemma=lemma,  # type: ignore[arg-type]
        speaker=speaker, speaker_start=sp, speaker_end=sp + len(speaker), actor=speaker, actor_kind="person",
        why="test",
    )  # fmt: skip


def _date(body: str, content: str, speaker: str, cue: str, lemma: str, kind: str = "indirect") -> tuple:
    a = _article(body)
    (st,) = date_statements(a, [_statement(a, content, speaker, cue, lemma, kind)])
    return st.date, st.date_end, st.date_precision, st.date_text


@pytest.mark.parametrize(
    ("body", "content", "speaker", "cue", "lemma", "expected"),
    [
        # a fronted time phrase governs the clause past a relative time, an aside placing it, or a
        # subject described by a participle with its agent
        ("A few days later, on July 2, Trump announced he would drop his bid.", "he would drop his bid",
         "Trump", "announced", "announce", (D(2025, 7, 2), None, "day", "on July 2")),
        ("On June 12, minutes before the committee voted to refer them to the House, Trump formally claimed "
         "the documents were privileged.", "the documents were privileged", "Trump", "claimed", "claim",
         (D(2025, 6, 12), None, "day", "On June 12")),
        ("In March, a study conducted by astronomer Anthony Boccaletti and other researchers reported signs "
         "of a planet.", "signs of a planet", "other researchers", "reported", "report",
         (D(2025, 3, 1), D(2025, 3, 31), "month", "In March")),
        ("This past Friday, the princess, 67, announced her candidacy.", "her candidacy", "the princess, 67",
         "announced", "announce", (D(2025, 8, 15), None, "day", "This past Friday")),
        ("News of it was not reported until after August 7 when Jorgensen tweeted about missing events.",
         "about missing events", "Jorgensen", "tweeted", "tweet", (D(2025, 8, 7), None, "day", "August 7")),
        ("When Wilson refused to back the manifesto in 1968, Castle said she would stay.",
         "she would stay", "Castle", "said", "say", (D(1968, 1, 1), D(1968, 12, 31), "year", "in 1968")),
        # a full stop the splitter took for an abbreviation's does not join the clauses
        ("The jury ruled against Getty Oil Co. In a setback for Texaco last week, the court said the bond "
         "stood.", "the bond stood", "the court", "said", "say", (D(2025, 8, 11), D(2025, 8, 17), "week", "last week")),
        # a time phrase after the cue's object: a hearer, a request's "X for Y", an act's noun phrase
        ('"We cannot go on," the mill warned planters earlier this week.', '"We cannot go on,"', "the mill",
         "warned", "warn", (D(2025, 8, 18), D(2025, 8, 19), "week", "earlier this week")),
        ("Johnson asked Queen Elizabeth II for this prorogation in August.",
         "Queen Elizabeth II for this prorogation in August", "Johnson", "asked", "ask",
         (D(2025, 8, 1), WED, "month", "in August")),
        ("Pelosi announced the upcoming vote in a letter earlier this week to other Democratic members.",
         "the upcoming vote in a letter earlier this week to other Democratic members", "Pelosi", "announced",
         "announce", (D(2025, 8, 18), D(2025, 8, 19), "week", "earlier this week")),
        ('Davis told the Chicago chapter of the association last night "there is no cause for alarm".',
         'chapter of the association last night "there is no cause for alarm"', "Davis", "told", "tell",
         (D(2025, 8, 19), None, "day", "last night")),
        # a content the extractor opened with the cue's own adjuncts
        ("The security chief announced on Facebook on Tuesday there were suspects in custody.",
         "on Facebook on Tuesday there were suspects in custody", "The security chief", "announced",
         "announce", (D(2025, 8, 19), None, "day", "on Tuesday")),
        ("Haagenrud said late on Tuesday no personnel would be sent in.",
         "late on Tuesday no personnel would be sent in", "Haagenrud", "said", "say",
         (D(2025, 8, 19), None, "day", "late on Tuesday")),
        ('He said, in remarks published by CNN in February, "no other virus has spread so fast."',
         'in remarks published by CNN in February, "no other virus has spread so fast."', "He", "said", "say",
         (D(2025, 2, 1), D(2025, 2, 28), "month", "in February")),
        ("The government confirmed this year it had stopped sending copper south.",
         "this year it had stopped sending copper south", "The government", "confirmed", "confirm",
         (D(2025, 1, 1), WED, "year", "this year")),
        # the day of the document that speaks
        ("One study in the Journal of Threatened Taxa from March noted authorities seized 126 skins.",
         "authorities seized 126 skins", "One study in the Journal of Threatened Taxa from March", "noted",
         "note", (D(2025, 3, 1), D(2025, 3, 31), "month", "from March")),
        ("According to a 1989 report from the safety board, the aircraft was involved in an incident.",
         "the aircraft was involved in an incident", "a 1989 report from the safety board", "According to",
         "according to", (D(1989, 1, 1), D(1989, 12, 31), "year", "1989")),
        ("The rains have hurt other crops, the Agriculture Ministry reported at the end of February.",
         "The rains have hurt other crops", "the Agriculture Ministry", "reported", "report",
         (D(2025, 2, 1), D(2025, 2, 28), "month", "at the end of February")),
    ],
)  # fmt: skip
def test_the_sayings_own_time_phrase(
    body: str, content: str, speaker: str, cue: str, lemma: str, expected: tuple
) -> None:
    assert _date(body, content, speaker, cue, lemma) == expected


@pytest.mark.parametrize(
    ("body", "content", "speaker", "cue", "lemma"),
    [
        # an event's date, not the saying's
        ("Smith said the vote on Monday was rigged.", "the vote on Monday was rigged", "Smith", "said", "say"),
        ("Smith said the company on Monday filed for bankruptcy.", "the company on Monday filed for bankruptcy",
         "Smith", "said", "say"),
        ("Smith said at a meeting of creditors yesterday, directors resigned.",
         "at a meeting of creditors yesterday, directors resigned", "Smith", "said", "say"),
        ("Smith warned of the attack on Monday that it would come.", "that it would come", "Smith", "warned",
         "warn"),
        ("Smith told the company on Monday it would close.", "the company on Monday it would close", "Smith",
         "told", "tell"),
        ("The company announced a dividend payable on July 31.", "a dividend payable on July 31", "The company",
         "announced", "announce"),
        ("On Monday, police arrested five men and the minister said the threat was over.",
         "the threat was over", "the minister", "said", "say"),
        ("Prices rose from March to June, the ministry said.", "Prices rose from March to June", "the ministry",
         "said", "say"),
        ("The rains hurt crops, the ministry will report by the end of February.", "The rains hurt crops",
         "the ministry", "report", "report"),
        ('Smith said, "On July 31, the vote showed it," and left.', '"On July 31, the vote showed it,"', "Smith",
         "said", "say"),
        # "Amro's 1986 annual report" is about 1986, not made then
        ("Nelissen said in the company's 1986 annual report that rates would fall.", "that rates would fall",
         "Nelissen", "said", "say"),
    ],
)  # fmt: skip
def test_an_event_date_is_not_the_sayings(
    body: str, content: str, speaker: str, cue: str, lemma: str
) -> None:
    assert _date(body, content, speaker, cue, lemma) == ARTICLE


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # "earlier this week" and "earlier this year" end the day before the report; "earlier this month"
        # runs to it, as "this month"
        ("earlier this week", WED, (D(2025, 8, 18), D(2025, 8, 19), "week")),
        ("earlier this week", D(2025, 8, 18), (D(2025, 8, 18), D(2025, 8, 18), "week")),
        ("earlier this year", WED, (D(2025, 1, 1), D(2025, 8, 19), "year")),
        ("earlier this month", WED, (D(2025, 8, 1), WED, "month")),
        ("this week", WED, (D(2025, 8, 18), D(2025, 8, 24), "week")),  # the calendar week
        # "this past Friday" is last Friday, a week back on a Friday
        ("this past Friday", WED, (D(2025, 8, 15), None, "day")),
        ("past Wednesday", WED, (D(2025, 8, 13), None, "day")),
        ("late on Tuesday", WED, (D(2025, 8, 19), None, "day")),
        ("at the end of February", WED, (D(2025, 2, 1), D(2025, 2, 28), "month")),
    ],
)
def test_resolved_ranges(text: str, anchor: dt.date, expected: tuple) -> None:
    g = resolve_time_phrase(text, anchor)
    assert g is not None and (g.date, g.date_end, g.precision) == expected


def test_a_span_from_a_month_is_no_time_phrase() -> None:
    assert resolve_time_phrase("prices rose from March to June", WED) is None


def test_a_reports_edition_year_is_not_when_it_spoke() -> None:
    assert (
        _date(
            "The 1987 report said output would grow this year.",
            "output would grow this year",
            "The 1987 report",
            "said",
            "say",
        )
        == ARTICLE
    )


@pytest.mark.parametrize(
    ("body", "content", "speaker", "cue", "lemma"),
    [
        ("Byrd told reporters Baker visited him late Friday to urge Congress.",
         "Baker visited him late Friday to urge Congress", "Byrd", "told", "tell"),
        ("The statement confirmed figures the company released in February.",
         "figures the company released in February", "The statement", "confirmed", "confirm"),
        ("Jardine announced earlier a 205 pct jump in 1986 net profits.",
         "earlier a 205 pct jump in 1986 net profits", "Jardine", "announced", "announce"),
        ("According to the campaign, on the morning of August 1 a bat bit her.",
         "on the morning of August 1 a bat bit her", "the campaign", "According to", "according to"),
    ],
)  # fmt: skip
def test_a_content_of_its_own_keeps_its_time(
    body: str, content: str, speaker: str, cue: str, lemma: str
) -> None:
    assert _date(body, content, speaker, cue, lemma) == ARTICLE


@pytest.mark.parametrize(
    ("body", "content", "speaker", "cue", "lemma"),
    [
        ("Quinn said the beginning of April could bring investors back.",
         "the beginning of April could bring investors back", "Quinn", "said", "say"),
        ("In the last minutes of trading on Friday, a trader said, the stock jumped.",
         "In the last minutes of trading on Friday", "a trader", "said", "say"),
        ("The FDIC announced the failure of a bank, the 44th failure this year.",
         "the failure of a bank, the 44th failure this year", "The FDIC", "announced", "announce"),
        ("The letter responded to a U.S. letter last month which praised Colombia.",
         "to a U.S. letter last month which praised Colombia", "The letter", "responded", "respond"),
        ("Sheraton said during 1987 it plans to add 34 hotels.", "during 1987 it plans to add 34 hotels",
         "Sheraton", "said", "say"),
        ("In the year to end March, 1986, Flagship reported profits of 2 mln dlrs.", "profits of 2 mln dlrs",
         "Flagship", "reported", "report"),
        ("The statement confirmed released figures the company released in February.",
         "released figures the company released in February", "The statement", "confirmed", "confirm"),
    ],
)  # fmt: skip
def test_a_time_phrase_of_the_content_or_a_noun_stays_there(
    body: str, content: str, speaker: str, cue: str, lemma: str
) -> None:
    assert _date(body, content, speaker, cue, lemma) == ARTICLE


@pytest.mark.parametrize(
    ("body", "content", "speaker", "cue", "lemma", "expected"),
    [
        # an adjective in -ed opening a noun phrase is no verb
        ("NYMEX announced its proposed rule change in December.", "its proposed rule change in December",
         "NYMEX", "announced", "announce", (D(2024, 12, 1), D(2024, 12, 31), "month", "in December")),
        ("The bank announced a 900 mln dlr untied credit last month.", "a 900 mln dlr untied credit last month",
         "The bank", "announced", "announce", (D(2025, 7, 1), D(2025, 7, 31), "month", "last month")),
        # "data from September last year" is last year's September, not a span from September
        ("According to Bundesbank data from September last year, exposure was small.", "exposure was small",
         "Bundesbank data from September", "According to", "according to",
         (D(2024, 1, 1), D(2024, 12, 31), "year", "last year")),
    ],
)  # fmt: skip
def test_noun_phrases_with_adjectives_and_data(
    body: str, content: str, speaker: str, cue: str, lemma: str, expected: tuple
) -> None:
    assert _date(body, content, speaker, cue, lemma) == expected


def test_a_time_phrase_opening_a_clause_after_a_conjunction_dates_that_clause() -> None:
    # 2025-08-15 is the Friday before the Wednesday of publication
    assert _date(
        "Of the voters, 85% were in favour and on Friday the government announced the new region would govern.",
        "the new region would govern",
        "the government",
        "announced",
        "announce",
    ) == (D(2025, 8, 15), None, "day", "on Friday")
    assert _date(
        "Prices rose; on Friday the bank said it would act.", "it would act", "the bank", "said", "say"
    ) == (D(2025, 8, 15), None, "day", "on Friday")


@pytest.mark.parametrize(
    ("body", "content", "speaker", "text"),
    [
        (
            "The cabinet voted on Friday. Later that day, the minister said the ban was lifted.",
            "the ban was lifted",
            "the minister",
            "Later that day",
        ),
        (
            "The cabinet voted on Friday. That night the minister said the ban was lifted.",
            "the ban was lifted",
            "the minister",
            "That night",
        ),
    ],
)
def test_that_night_or_that_day_is_the_day_named_just_before(
    body: str, content: str, speaker: str, text: str
) -> None:
    assert _date(body, content, speaker, "said", "say") == (D(2025, 8, 15), None, "day", text)


def test_that_night_with_no_day_named_before_dates_nothing_of_its_own() -> None:
    assert (
        _date(
            "That night the minister said the ban was lifted.",
            "the ban was lifted",
            "the minister",
            "said",
            "say",
        )
        == ARTICLE
    )
