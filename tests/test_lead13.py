"""Session 13 lead fixes: exact values on small texts."""

from __future__ import annotations

import datetime as dt

import pytest

from newsdesk.index.actors.corrections import Corrections
from newsdesk.index.actors.registry import build_registry
from newsdesk.index.language.dates import date_statements
from newsdesk.index.language.quotes import extract_statements
from newsdesk.index.model import Article
from tests.conftest import mention_record


def _dated(body: str) -> list[tuple[str, str, str | None, str | None]]:
    return _dated_on(dt.date(1987, 3, 11), body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # acknowledging or admitting a thing is an act of saying like confirming it: its object's time is the act's
        (
            "The company acknowledged the Chrysler proposal on Monday.",
            [("acknowledged", "1987-03-09", None, "on Monday")],
        ),
        ("He admitted the charges on Monday.", [("admitted", "1987-03-09", None, "on Monday")]),
        # a clause after the object keeps its own time
        (
            "He acknowledged the attack on Monday was a mistake.",
            [("acknowledged", "1987-03-11", None, "publication date")],
        ),
    ],
)
def test_acknowledged_and_admitted_things_date_the_act(
    body: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert _dated(body) == expected


def test_a_pronoun_right_after_the_cue_is_its_hearer() -> None:
    # "told him in Washington last week that": the hearer, then the time of the telling
    body = "U.S. officials told him in Washington last week that Taiwan would face retaliation."
    assert _dated(body) == [("told", "1987-03-02", "1987-03-08", "last week")]
    # a pronoun inside a clause after the hearer still makes the time the clause's
    assert _dated("He told reporters Baker visited him late Friday.") == [
        ("told", "1987-03-11", None, "publication date")
    ]


def _dated_on(day: dt.date, body: str) -> list[tuple[str, str, str | None, str | None]]:
    article = Article(key="k", path="k", title="", body=body, date=day, date_source="metadata")
    return [
        (
            s.cue,
            s.date.isoformat() if s.date else "",
            s.date_end.isoformat() if s.date_end else None,
            s.date_text,
        )
        for s in date_statements(article, extract_statements(article))
    ]


def test_earlier_this_month_on_the_first_is_the_month_just_ended() -> None:
    body = "The leadership announced earlier this month that China will issue quotas."
    assert _dated_on(dt.date(1987, 4, 1), body) == [
        ("announced", "1987-03-01", "1987-03-31", "earlier this month")
    ]
    assert _dated_on(dt.date(1987, 4, 15), body) == [
        ("announced", "1987-04-01", "1987-04-15", "earlier this month")
    ]


def test_a_bid_for_a_thing_is_the_cues_object() -> None:
    # "its second bid for the company" is one noun phrase: the time after it dates the announcement
    body = "After Rorer announced its second bid for the company last Thursday, analysts forecast a fight."
    assert _dated_on(dt.date(1987, 6, 29), body)[0] == ("announced", "1987-06-25", None, "last Thursday")
    # "warned of the attack on Monday" stays the attack's
    assert _dated_on(dt.date(1987, 6, 29), "He warned of the attack on Monday.") == [
        ("warned", "1987-06-29", None, "publication date")
    ]


def test_antitrust_and_aviation_are_portfolio_words_before_a_full_name() -> None:
    # "Assistant Attorney General for Antitrust Charles Rule", "Minister for Aviation Michael Spicer"
    records = [
        mention_record("a", "Antitrust Charles Rule", source="Reuters"),
        mention_record("b", "Charles Rule", source="Reuters"),
        mention_record("c", "Aviation Michael Spicer", source="Reuters"),
    ]
    reg = build_registry(records, Corrections())
    assert [(a.name, a.kind, reg.count(a.id)) for a in reg.actors()] == [
        ("Charles Rule", "person", 2),
        ("Michael Spicer", "person", 1),
    ]
