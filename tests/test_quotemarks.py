"""Article layout (index/quotemarks.py) and person scan (index/coref.py) on odd input: the shortcuts
these modules take for speed must give what the plain definitions give."""

from __future__ import annotations

import random
import sys

from newsdesk.index.actors.gazetteer import load_gazetteer
from newsdesk.index.language.coref import antecedent, scan_persons
from newsdesk.index.language.quotemarks import (
    _DOUBLE_MARKS,
    DOUBLE_MARK,
    Quotation,
    _find_marks,
    _mark_end,
    _marks_by_paragraph,
    pair_quotations,
    split_paragraphs,
    split_sentences,
    statement_kind,
)
from newsdesk.index.language.speakers import Mention

_PIECES = [
    *"ab AB.!?'\"“”«»„’‘()-—\n\t\r\u00a0\u2028\x0b\x1cxyz01",
    "''",
    "Mr. ",
    "U.S. ",
    " said ",
    "\n\n",
    "  ",
]


def _random_texts(n: int, seed: int = 7) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 50))) for _ in range(n)]


def test_every_white_space_character_but_the_space_is_unprintable() -> None:
    # statement_kind counts the letters of a printable piece as len - count(" ") on this ground.
    assert not [
        c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace() and c != " " and c.isprintable()
    ]


def test_split_paragraphs_is_each_stripped_line() -> None:
    def plain(text: str) -> list[tuple[int, int]]:
        out, pos = [], 0
        for line in text.split("\n"):
            stripped = line.strip()
            if stripped:
                s = pos + line.find(stripped)
                out.append((s, s + len(stripped)))
            pos += len(line) + 1
        return out

    text = " \tFirst line. \r\n\n  \u00a0\n\u2028Second\u2028line\u00a0 \n\x0bThird  \n"
    assert split_paragraphs(text) == [(2, 13), (22, 33), (37, 42)]
    for text in _random_texts(3000):
        assert split_paragraphs(text) == plain(text), text


def test_marks_found_once_are_the_marks_of_each_paragraph() -> None:
    assert DOUBLE_MARK.pattern == "|".join(_DOUBLE_MARKS).replace('"', '\\"')
    rnd = random.Random(3)
    for text in _random_texts(3000):
        n = len(text)
        paras = split_paragraphs(text)
        if rnd.random() < 0.5:  # any list of spans, in order or not, over marks or between them
            paras = [tuple(sorted((rnd.randint(0, n), rnd.randint(0, n)))) for _ in range(rnd.randint(1, 4))]
            if rnd.random() < 0.7:
                paras.sort()
        if not paras:
            continue
        found = _find_marks(text, paras[0][0], paras[-1][1])
        spans = [m.span() for m in DOUBLE_MARK.finditer(text, paras[0][0], paras[-1][1])]
        assert found.tolist() == [s for s, _ in spans]
        assert [_mark_end(text, s) for s in found] == [e for _, e in spans]
        assert [starts.tolist() for starts in _marks_by_paragraph(text, paras, found)] == [
            [m.start() for m in DOUBLE_MARK.finditer(text, ps, pe)] for ps, pe in paras
        ], (text, paras)


def test_pairing_with_paragraph_lists_that_split_paragraphs_would_not_give() -> None:
    text = "x''y ''z'' \"w\" ''"

    def pairs(paras: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
        return [(q.start, q.end, q.para) for q in pair_quotations(text, paras)]

    assert pairs([(0, 2), (2, 17)]) == [(5, 10, 1), (11, 14, 1)]  # '' over the edge of a paragraph
    assert pairs([(0, 2), (3, 17)]) == [(5, 10, 1), (11, 14, 1)]
    assert pairs([(2, 8), (8, 17)]) == [(5, 17, 0), (11, 14, 1)]
    assert pairs([(5, 17), (0, 4)]) == []
    assert pairs([(0, 16)]) == [(5, 10, 0), (11, 14, 0)]
    text = "He wrote ''x'' and \"a\nb\" then don''t stop \"now\".\n'''tri\"\n“c” «d» „e“"
    assert pairs([(0, 21), (49, 56)]) == [(9, 14, 0), (19, 56, 0)]  # a paragraph left out
    assert pairs(split_paragraphs(text)) == [
        (9, 14, 0),
        (42, 47, 1),
        (49, 56, 2),
        (57, 60, 3),
        (61, 64, 3),
        (65, 68, 3),
    ]


def test_sentence_ends_after_abbreviations_initials_and_clock_times() -> None:
    def sentences(text: str) -> list[str]:
        return [text[s:e] for s, e in split_sentences(text, 0, len(text), [])]

    assert sentences(
        "Mr. Smith met J. Jones of the U.S. Army. (Dr. Who went.) Polls close at 7 p.m. Voting ends. "
        "Quote Brenner's. Then go."
    ) == [
        "Mr. Smith met J. Jones of the U.S. Army.",
        "(Dr. Who went.)",
        "Polls close at 7 p.m.",
        "Voting ends.",
        "Quote Brenner's.",
        "Then go.",
    ]
    assert sentences("Is it? Yes! “Did you know?” Todd asked. It works!! Then stop.") == [
        "Is it?",
        "Yes!",
        "“Did you know?” Todd asked.",
        "It works!!",
        "Then stop.",
    ]
    assert sentences("A 3.5 rise. We saw—the end. I. Next \u00a0X. Done") == [
        "A 3.5 rise.",
        "We saw—the end.",
        "I. Next \u00a0X. Done",
    ]


def test_statement_kind_counts_letters_whatever_the_white_space() -> None:
    text = "Ann said “it is\u00a0done”\tand “  all ” and\nmore"
    quotes = [Quotation(9, 23, 0), Quotation(28, 36, 0)]
    starts = [q.start for q in quotes]
    assert statement_kind(text, [(9, 23)], quotes, starts) == "direct"
    assert statement_kind(text, [(0, len(text))], quotes, starts) == "mixed"
    assert statement_kind(text, [(9, 23), (28, 36)], quotes, starts) == "direct"
    assert statement_kind(text, [(0, 8)], quotes, starts) == "indirect"
    assert statement_kind(text, [(24, 40)], quotes, starts) == "mixed"
    assert statement_kind(text, [(0, 8)], [], []) == "indirect"


def test_scan_persons_starts_names_at_word_starts_only() -> None:
    text = (
        "McDonald Trump and Secretary-General Haldis Morrow met President Donald Trump's aide. "
        "John Paul Smith, Mary said."
    )
    assert [(m.text, m.start, m.end, m.name) for m in scan_persons(text, load_gazetteer())] == [
        ("Secretary-General Haldis Morrow", 19, 50, "Haldis Morrow"),
        ("President Donald Trump", 55, 77, "Donald Trump"),
        ("Paul Smith", 91, 101, "Paul Smith"),
    ]


def test_relative_pronoun_takes_no_antecedent() -> None:
    named = Mention("Haldis Morrow", 0, 13, "name", "Haldis Morrow", "person")
    who = Mention("who", 20, 23, "pronoun")
    she = Mention("she", 20, 23, "pronoun")
    assert antecedent(who, [named], {}, lambda m: m.name, 20) is None
    assert antecedent(she, [named], {}, lambda m: m.name, 20) is named
