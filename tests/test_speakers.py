"""`make_mention` builds the same value as `Mention(...)`, only cheaper."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from newsdesk.index.actors.gazetteer import load_gazetteer
from newsdesk.index.language.speakers import Mention, make_mention, parse_mention


def test_make_mention_is_a_mention() -> None:
    built = make_mention("Mr Holm", 4, 11, "name", "Greta Holm", "person", "mr", "Kestrel", "f")
    plain = Mention("Mr Holm", 4, 11, "name", "Greta Holm", "person", "mr", "Kestrel", "f")
    assert type(built) is Mention
    assert built == plain and hash(built) == hash(plain) and repr(built) == repr(plain)
    assert pickle.loads(pickle.dumps(built)) == plain
    assert dataclasses.replace(built, start=5) == dataclasses.replace(plain, start=5)
    assert make_mention("he", 0, 2, "pronoun") == Mention("he", 0, 2, "pronoun")


def test_make_mention_stays_frozen() -> None:
    built = make_mention("he", 0, 2, "pronoun")
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.start = 1  # type: ignore[misc]


def test_whitespace_that_is_no_edge_character_is_no_mention() -> None:
    gz = load_gazetteer()
    for text in ("\n", "\t", " \n ", "\u2028", ",\x0b,"):
        assert parse_mention(text, 0, gz) is None
