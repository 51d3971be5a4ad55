"""Hit finding and snippets: exact spans on small texts."""

from __future__ import annotations

from whoosh.lang.porter import stem

from newsdesk.index.search.snippets import WORD, Matcher, find_hits, snippet


def _matcher(*words: str) -> Matcher:
    return Matcher(stem, terms=frozenset(stem(w) for w in words))


def _scan(text: str, matcher: Matcher) -> list[tuple[int, int]]:
    # The definition find_hits must agree with: every word, stemmed.
    return [
        m.span()
        for m in WORD.finditer(text)
        if stem(m.group().lower()) in matcher.terms or m.group().lower() in matcher.terms
    ]


def test_stemmed_forms_match() -> None:
    text = "Rates rose. The rate is rising; rated bonds."
    assert find_hits(text, _matcher("rate")) == [(0, 5), (16, 20), (32, 37)]


def test_y_that_stems_to_i_is_found() -> None:
    # "eyed" stems to "ei": a prefilter on the term's first two letters alone would skip it.
    text = "She eyed the eyes."
    assert find_hits(text, _matcher("eyed")) == [(4, 8)]
    assert find_hits(text, _matcher("eyed")) == _scan(text, _matcher("eyed"))


def test_words_start_where_the_word_pattern_starts_them() -> None:
    # "U.S.oil" is one word for WORD: its "oil" must not match, the free-standing one must.
    text = "U.S.oil output; oil ...oil"
    matcher = _matcher("oil")
    assert find_hits(text, matcher) == _scan(text, matcher) == [(16, 19), (23, 26)]


def test_case_and_unicode() -> None:
    text = "OIL Öl oil-rich Ölpreis"
    assert find_hits(text, _matcher("öl", "oil")) == [(0, 3), (4, 6), (7, 10)]


def test_snippet_marks_hits() -> None:
    text = "Nothing here. Oil prices rose sharply."
    hits = find_hits(text, _matcher("oil"))
    assert snippet(text, hits) == "Nothing here. «Oil» prices rose sharply."
