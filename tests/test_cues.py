"""The cue scanner: the fast whole-text scan finds exactly what the plain word-boundary pattern finds."""

from __future__ import annotations

import pytest

from index.cues import CUE_RE, find_cues


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
    ],
)
def test_find_cues_matches_the_word_boundary_pattern(text: str) -> None:
    assert find_cues(text) == [(m.start(), m.end(), m.group()) for m in CUE_RE.finditer(text)]


def test_find_cues_gives_offsets_and_forms() -> None:
    assert find_cues("Lavrov said: “No.” She added") == [(7, 11, "said"), (23, 28, "added")]
