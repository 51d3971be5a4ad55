"""The cue scanner: the fast whole-text scan finds exactly what the plain word-boundary pattern finds."""

from __future__ import annotations

import random

import pytest

from newsdesk.index.language.cues import CUE_RE, find_cues


@pytest.mark.parametrize(
    "text",
    [
        "said",
        "He said, and she says.",
        "ésaid said",  # a non-ASCII letter before: no word boundary
        "é said",
        "éaccording to said",
        "_said said_ 3said ٣said",
        "«said» “told” (added) —warned",
        "according\nto the report, pointed  out",
        "According to Reuters, officials said so-called",
        "",
        # Characters beyond Latin-1 (read as spaces in the scanner's byte copy) and separators that are no
        # white space inside a multi-word cue.
        "łsaid saidł said\u2028said ‘said’ —said—",
        "according-to said, pointed—out, went\xa0on, According\u2003to X",
        "ªsaid said² ¼said said\x85told _added",
        "said" * 3 + " " + "said  " * 3,
    ],
)
def test_find_cues_matches_the_word_boundary_pattern(text: str) -> None:
    assert find_cues(text) == [(m.start(), m.end(), m.group()) for m in CUE_RE.finditer(text)]


def test_find_cues_gives_offsets_and_forms() -> None:
    assert find_cues("Lavrov said: “No.” She added") == [(7, 11, "said"), (23, 28, "added")]


def test_find_cues_matches_the_word_boundary_pattern_on_random_text() -> None:
    rnd = random.Random(7)
    words = [
        "said",
        "says",
        "according to",
        "According to",
        "pointed out",
        "went on",
        "told",
        "the",
        "xsaid",
        "according",
        "ing",
        "asked",
        "explained",
    ]
    seps = [" ", "  ", "\n", "\xa0", "\u2003", ",", "-", "_", "é", "ł", "3", "“", "’", "\x85", "²", "?"]
    for _ in range(3000):
        text = "".join(rnd.choice(words) + "".join(rnd.choices(seps, k=rnd.randint(0, 2))) for _ in range(6))
        assert find_cues(text) == [(m.start(), m.end(), m.group()) for m in CUE_RE.finditer(text)], text
