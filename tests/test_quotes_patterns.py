"""The fast forms of the extractor's scanning patterns against their plain definitions.

Several patterns are written to open with a character class and grouped by the character consumed,
which lets Python's re skip in C; these tests pin them to the plain alternations they replace, on
crafted edge cases and on every paragraph of the sample desk and the seed.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsdesk.index.ingest.readers import read_file
from newsdesk.index.language.cues import INFLECTED_CUES, PARTICIPLES, trie_pattern
from newsdesk.index.language.quotes import _CLAUSE_START, _CONTENT_TAIL, _MORE_PARTICIPLES

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seeds" / "nato-ukraine-ft-report.txt"

_PLAIN_CLAUSE_START = re.compile(
    r"(?:[,;]|,[\"”]|,''|[\"”],)\s+(?:and\s+|but\s+|while\s+|to\s+which\s+|in\s+which\s+|as\s+)?"
    r"|[\"”]?\s+and\s+(?=[A-Z])"
)
_P = trie_pattern(sorted(PARTICIPLES | _MORE_PARTICIPLES))
# Each branch checks by lookbehind which character the leading class consumed.
_PLAIN_CONTENT_TAIL = re.compile(
    r"[,\"”:\s](?:"
    r"(?<=,)\s+(?:" + _P + r"|according to)\b"
    r"|(?<=[,.!?][\"”])\s+(?:" + _P + r"|according to|[a-z]+ing)\b"
    r"|(?<=,)\s+(?:while|whereas)\s|(?<=\s)[—–-]{1,2}\s+(?:while|whereas)\s"
    r"|(?<=,)\s+compared\s+(?:with|to)\s"
    r"|(?<=:)\s+(?=[A-Z])"
    r"|(?<=[,\s])\s*(?:but|and)\s+(?:(?:has|have|had|is|was|will|would|did|does|later|then)\b|(?=(?:"
    + INFLECTED_CUES
    + r")\b))"
    r"|(?<=,)\s+(?:and|but)\s+(?:he|she|they|it|we|I)\s"
    r"|(?<=,)\s+but\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\b"
    r"|(?<=,)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:recommendation|claim|statement|move|sign|reference|nod|swipe|dig|"
    r"charge|allegation|assertion|view|position|reversal|departure|shift|suggestion|remark|comment|jab|"
    r"shot|rebuke|criticism|warning|promise|pledge|threat|accusation)\b"
    r")"
)

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
            fast = [m.span() for m in _CLAUSE_START.finditer(text, s)]
            assert fast == [m.span() for m in _PLAIN_CLAUSE_START.finditer(text, s)], text[s : s + 80]


def test_content_tail_starts_where_the_plain_alternation_starts() -> None:
    # Only where a match starts is used (_tail_cut), so the two are compared on starts.
    for text in _texts():
        for s in range(0, len(text), 13):
            for e in (len(text), min(len(text), s + 60)):
                fast = _CONTENT_TAIL.search(text, s, e)
                plain = _PLAIN_CONTENT_TAIL.search(text, s, e)
                assert (fast and fast.start()) == (plain and plain.start()), text[s:e]
