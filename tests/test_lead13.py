"""Session 13 lead fixes: exact values on small texts."""

from __future__ import annotations

import datetime as dt

import pytest

from newsdesk.index.language.dates import date_statements
from newsdesk.index.language.quotes import extract_statements
from newsdesk.index.model import Article


def _dated(body: str) -> list[tuple[str, str, str | None, str | None]]:
    article = Article(
        key="k", path="k", title="", body=body, date=dt.date(1987, 3, 11), date_source="metadata"
    )
    return [
        (
            s.cue,
            s.date.isoformat() if s.date else "",
            s.date_end.isoformat() if s.date_end else None,
            s.date_text,
        )
        for s in date_statements(article, extract_statements(article))
    ]


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
