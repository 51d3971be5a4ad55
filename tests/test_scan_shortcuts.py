"""The fast scans of the language code find exactly what the plain pattern scans they replace find.

Each shortcut relies on the shape of its pattern (where a match can start and end, which characters it can
hold): a pattern edited later must keep that shape, or these tests fail. Seeded random texts built from the
pieces each pattern cares about, plus the cases written out.
"""

from __future__ import annotations

import random
import re

from newsdesk.index.language import coref, firms, resolve


def _texts(pieces: list[str], seed: int, n: int = 1500) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(pieces) + rng.choice(("", " ", " ")) for _ in range(rng.randrange(1, 30)))
        for _ in range(n)
    ]


def test_sentence_start_is_the_last_break_in_its_window() -> None:
    def plain(text: str, pos: int) -> int:
        start = max(0, pos - 600)
        for brk in coref._SENTENCE_BREAK.finditer(text, start, pos):
            start = brk.end()
        return start

    text = 'He said. U.S. Secretary Mr. Smith left.\n\n"Yes." She said? No!\' Go."\nx'
    assert coref.sentence_start(text, 25) == 9
    assert coref.sentence_start(text, len(text)) == len(text) - 1
    for t in [text, *_texts([".", "?", "!", "\n", '"', "”", "'", "Mr", "A", "U.S.", "word", "St"], 1)]:
        for pos in range(len(t) + 1):
            assert coref.sentence_start(t, pos) == plain(t, pos), (t, pos)


def test_suffixed_names_before_each_suffix_word() -> None:
    text = (
        "Acme Co. and Smith & Jones Group Holdings Inc said; Co-op Corp, ACME CORP and BIG CO INC.\n\nX Ltd"
    )
    assert [m.group() for m in firms._mixed_matches(text)] == [
        "Acme Co.",
        "Smith & Jones Group",
        "Holdings Inc",
        "Co-op Corp",
        "X Ltd",
    ]
    pieces = [
        "Acme",
        "Co",
        "Inc",
        "and",
        "&",
        "\n",
        "\n\n",
        ",",
        ".",
        "Corp.",
        "Group",
        "x",
        "'",
        "-",
        "<",
        "Ltd",
    ]
    pieces += ["PLC", "SA", "\t", "Holdings", "ABC", "CORP", "INC", "GROUP", "O'NEIL", "1", "’s"]
    for t in [text, *_texts(pieces, 2)]:
        firms._mixed_matches.cache_clear()
        firms._suffix_after_space.cache_clear()
        assert [m.span() for m in firms._mixed_matches(t)] == [m.span() for m in firms._MIXED.finditer(t)], t
        assert [m.span() for m in firms._before_suffixes(t, firms._UPPER, firms._LAST_NON_CAPS)] == [
            m.span() for m in firms._UPPER.finditer(t)
        ], t
        any_firm = re.search(rf"\s(?:{firms._SUFFIX}|{firms._UPPER_SUFFIX})\b|<", t) is not None
        assert any_firm == ("<" in t or bool(firms._suffix_after_space(t))), t


def test_spelled_out_short_forms_before_each_bracket() -> None:
    text = "On Tuesday, the World Health Organization (WHO) and the Institute of Health, Research (IHR) met (R-Kan)."
    assert resolve.short_forms(text) == {
        "who": "World Health Organization",
        "ihr": "Institute of Health, Research",
    }
    pieces = [
        "Institute",
        "of",
        "Health",
        "and",
        "the",
        "\t",
        "\n",
        ",",
        ".",
        "(WHO)",
        "(Phivolcs)",
        "(",
        ")",
    ]
    pieces += ["(R-Kan)", "x", "'", "-", "Ab", "de", "World", "( WHO)", "(W)", "Ministry"]
    for t in [text, *_texts(pieces, 3)]:
        assert [m.span() for m in resolve._spelled_out(t)] == [
            m.span() for m in resolve._SPELLED_OUT.finditer(t)
        ], t


def test_initials_with_one_pattern_per_length() -> None:
    def plain(text: str, short: str) -> list[str]:
        parts = [rf"(?:{ch}[a-z][\w'’-]*{'|Ex[a-z]+' if ch == 'X' else ''})" for ch in short]
        pattern = r"\b" + r"[ \t]+(?:(?:of|and|for|the|de|&)[ \t]+)?".join(parts) + r"\b(?![ \t]+[A-Z])"
        return [m.group() for m in re.finditer(pattern, text)]

    assert (
        resolve.by_initials("Fares at Scandinavian Airline System rose.", "SAS")
        == "Scandinavian Airline System"
    )
    assert resolve.by_initials("The Bank of England said.", "BE") == "Bank of England"
    assert resolve.by_initials("The Bank of England said.", "BX") is None
    pieces = ["Scandinavian", "Airline", "System", "Sys", "S", "A", "Sa", "of", "and", "&", "the", "\t", "\n"]
    pieces += ["'", "’", "-", "Sa-", "Sa'", "Sb’x", "x", ",", "Abc", "é", "Éa", "_", "Sas"]
    for t in _texts(pieces, 4):
        for short in ("SAS", "SA", "AS", "SSA"):
            assert list(resolve._initials_spelling(t, short)) == plain(t, short), (t, short)


def test_full_name_written_with_a_boundary_after() -> None:
    text = "John Smith, John Smithers and John Smith_x met John Smith"
    assert list(resolve._written_at(text, "John Smith")) == [0, 47]
    for t in _texts(["John Smith", "John", "Smith", "x", "_", "'", "é", "1", ".", "-"], 5):
        for name in ("John Smith", "Smith", "J.", "Smith-"):
            assert list(resolve._written_at(t, name)) == [
                m.start() for m in re.finditer(re.escape(name) + r"\b", t)
            ], (t, name)


def test_and_before_only_after_and() -> None:
    text = "the Department of Health and Human Services said; Health &\t\nHuman"
    assert resolve._and_before(text, 25) is None
    assert resolve._and_before(text, text.index("Human")).group(1, 2) == ("Department of Health", "and")  # type: ignore[union-attr]
    assert resolve._and_before(text, text.index("Human", 40)).group(2) == "&"  # type: ignore[union-attr]
    pieces = [
        "Health",
        "and",
        "&",
        "Human",
        " ",
        "  ",
        "\t",
        "\n",
        "of",
        "the",
        "x",
        "band",
        "Band",
        ",",
        "AND",
    ]
    for t in _texts(pieces, 6, 3000):
        for at in range(0, len(t) + 1, 3):
            plain = resolve._AND_BEFORE.search(t, max(0, at - 80), at)
            fast = resolve._and_before(t, at)
            assert (plain and plain.span()) == (fast and fast.span()), (t, at)
