"""The fast forms of the extractor's scanning patterns against their plain definitions.

Several patterns are written to open with a character class and grouped by the character consumed,
which lets Python's re skip in C; quotes/patterns.py builds each with its plain alternation from the same
pieces, and these tests pin the two to the same matches on crafted edge cases and on every paragraph of
the sample desk and the seed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.index.ingest.readers import read_file
from newsdesk.index.language.quotes.patterns import (
    CLAUSE_START,
    CLAUSE_START_PLAIN,
    CONTENT_TAIL,
    CONTENT_TAIL_PLAIN,
)

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seeds" / "nato-ukraine-ft-report.txt"

EDGE_CASES = [
    "a ,  and X",
    "x;  but y",
    'q," and Z',
    "q”,  as y",
    "x,''  while he",
    '" and A',
    '"  and B',
    "”and C",
    " \u00a0and D",
    ',"  to which',
    "a,,  and",
    ";; ,",
    '" ,',
    "said, saying no",
    'it." Adding that',
    "a plan — while others",
    "he said, but has not",
    "they said, and he said",
    "rates: The bank",
    "warned, a move that",
    "said,  compared with",
    ", but quickly reversed",
    "x,\tand will",
    "",
]


def _texts() -> list[str]:
    texts = list(EDGE_CASES)
    for path in sorted((ROOT / "sample_articles" / "articles").rglob("*")):
        if path.is_file():
            texts += [a.text for a in read_file(path).articles]
    if SEED.exists():
        texts += [a.text for a in read_file(SEED).articles]
    return texts


@pytest.mark.parametrize("start", [0, 1, 7])
def test_clause_start_matches_the_plain_alternation(start: int) -> None:
    for text in _texts():
        for s in range(min(start, len(text)), len(text), 97):
            fast = [m.span() for m in CLAUSE_START.finditer(text, s)]
            assert fast == [m.span() for m in CLAUSE_START_PLAIN.finditer(text, s)], text[s : s + 80]


def test_content_tail_starts_where_the_plain_alternation_starts() -> None:
    # Only where a match starts is used (content.tail_cut), so the two are compared on starts.
    for text in _texts():
        for s in range(0, len(text), 13):
            for e in (len(text), min(len(text), s + 60)):
                fast = CONTENT_TAIL.search(text, s, e)
                plain = CONTENT_TAIL_PLAIN.search(text, s, e)
                assert (fast and fast.start()) == (plain and plain.start()), text[s:e]
