"""`_clause_start` searches backwards; it must give what its plain definition (a forward scan) gives."""

from __future__ import annotations

import random

import pytest

from newsdesk.index.language.subjects import (
    _VERB_FORMS,
    _VERB_WORDS,
    _clause_start,
    _verbish,
    clause_start_forward,
)


@pytest.mark.parametrize(
    "segment",
    [
        "",
        "He",
        " the minister",
        "Defence lawyers",
        "In January, Apple sued a website after it published what it",
        "Mr Bez - himself a former executive at rival Porsche -",
        "x -- - y",
        "x - -- y",
        "a -- and the",
        "rock-and-roll star",
        "sales of 1,409 units",
        "sales of 1,40 units",
        "(and the",
        ",and",
        "the man in  which",
        "in which",
        "whereas",
        "wherea",
        "x whereas",
        "the chief executive, who",
        "so",
        "Even so the",
        "—and",
        "a – b",
        "b — and so",
        "word" * 40 + " and " + "x" * 100,
        "and " + "x " * 70,
        "x" * 130 + ", y",
    ],
)
def test_clause_start_matches_forward_scan(segment: str) -> None:
    assert _clause_start(segment) == clause_start_forward(segment)


def test_clause_start_matches_forward_scan_on_random_text() -> None:
    atoms = [
        " ",
        " ",
        "-",
        "--",
        ",",
        ";",
        ":",
        "(",
        "—",
        "–",
        "a",
        "x",
        "1",
        "123",
        "_",
        "'",
        ".",
        "\n",
        "\xa0",
        "and",
        "And",
        "in which",
        "in  which",
        "which",
        "where",
        "whereas",
        "so",
        "even",
        "though",
        "as",
        "or",
    ]
    rnd = random.Random(7)
    for _ in range(5000):
        segment = "".join(rnd.choice(atoms) for _ in range(rnd.choice([3, 8, 20, 60])))
        if rnd.random() < 0.3:
            segment = "".join(rnd.choice("abcdefgh ,") for _ in range(rnd.randint(60, 200))) + segment
        assert _clause_start(segment) == clause_start_forward(segment), segment


def test_verb_forms_are_the_auxiliaries_in_any_case() -> None:
    # left_subject's short-subject path tests ASCII words against _VERB_FORMS instead of lowering them
    # for _verbish: the two must agree on every spelling.
    assert {w.lower() for w in _VERB_FORMS} == _VERB_WORDS
    assert len(_VERB_FORMS) == sum(2 ** len(w) for w in _VERB_WORDS)
    for words in (
        ["Mr", "Kim"],
        ["He", "HAS"],
        ["the", "Board", "Will"],
        ["Kim", "Dido"],
        ["CAN"],
        ["does", "x"],
    ):
        assert (not _VERB_FORMS.isdisjoint(words)) == _verbish(" ".join(words).lower()), words
