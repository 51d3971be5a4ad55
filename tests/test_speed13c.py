"""`firms._pair_before`: the same pair as `_PAIR_BEFORE` searched in the window, found only where it can be."""

from __future__ import annotations

import pytest

from newsdesk.index.language import firms


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Shares rose. Simon and Schuster said it agreed", "Simon and Schuster"),
        ("Woodhouse, Drake and Carey said in its report", "Woodhouse, Drake and Carey"),
        ("the brokers Phillips\tand\tDrew said its", "Phillips\tand\tDrew"),
        ("AC & R Advertising said it", "AC & R Advertising"),
        ("Texas Oil and Gas Co and Smith said it", "Gas Co and Smith"),
        ("Smith and Jones & Co said it", "Jones & Co"),
        ("Smith and Jones bought AT&T said it", None),
        ("sales and profits rose, Smith said it", None),
        ("Smith and android said it", None),
        ("Smith said it", None),
    ],
)
def test_pair_before(text: str, pair: str | None) -> None:
    at = text.index(" said")
    found = firms._pair_before(text, at)
    assert (found.group(1) if found else None) == pair
    searched = firms._PAIR_BEFORE.search(text, max(0, at - 120), at)
    assert (searched.group(1) if searched else None) == pair


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("the brokers Phillips and Drew", True),
        ("a New York firm", True),
        ("auditors", True),
        ("Smith and Jones", False),
        ("", False),
    ],
)
def test_firm_noun_stem_in(text: str, held: bool) -> None:
    assert firms._firm_noun_stem_in(text) is held
