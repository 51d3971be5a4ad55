"""The article newsdesk was designed from must come out fully right."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.index.language.quotes import extract_statements
from newsdesk.index.model import Article, Statement

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seeds" / "nato-ukraine-ft-report.txt"

pytestmark = pytest.mark.skipif(not SEED.exists(), reason="/work/shared seed article not available")


@pytest.fixture(scope="module")
def seed() -> tuple[Article, list[Statement]]:
    from newsdesk.index.ingest.readers import read_file

    article = read_file(SEED).articles[0]
    return article, extract_statements(article)


def find(statements: list[Statement], words: str) -> Statement:
    hits = [s for s in statements if words in s.quote]
    assert len(hits) == 1, [s.quote for s in hits]
    return hits[0]


def test_offsets_point_into_the_article_text(seed: tuple[Article, list[Statement]]) -> None:
    article, statements = seed
    for st in statements:
        for (s, e), fragment in zip(st.spans, st.fragments, strict=True):
            assert article.text[s:e] == fragment
        if st.speaker_start is not None:
            assert article.text[st.speaker_start : st.speaker_end] == st.speaker


def test_headline_is_the_ft_statement(seed: tuple[Article, list[Statement]]) -> None:
    st = find(seed[1], "US Signals Willingness")
    assert (st.cue, st.speaker, st.actor, st.actor_kind, st.kind) == (
        ":",
        "FT",
        "Financial Times",
        "outlet",
        "indirect",
    )


def test_according_to_the_ft_report(seed: tuple[Article, list[Statement]]) -> None:
    st = next(s for s in seed[1] if s.cue == "according to")
    assert st.quote.startswith("The United States has indicated readiness")
    assert (st.speaker, st.actor, st.actor_kind, st.kind) == (
        "a Financial Times report",
        "Financial Times",
        "outlet",
        "mixed",
    )


def test_both_trump_quotes_go_to_donald_trump(seed: tuple[Article, list[Statement]]) -> None:
    first = find(seed[1], "We’ll be involved")
    assert (first.kind, first.speaker, first.actor, first.cue) == ("direct", "he", "Donald Trump", "said")
    assert first.quote == "“We’ll be involved from the standpoint of backup. We’re going to help them,”"
    assert '"he" -> Donald Trump' in first.why
    second = find(seed[1], "Europe is going to give them")
    assert (second.kind, second.speaker, second.actor, second.cue) == (
        "direct",
        "Trump",
        "Donald Trump",
        "stressed",
    )


def test_told_reporters_is_indirect_to_donald_trump(seed: tuple[Article, list[Statement]]) -> None:
    st = find(seed[1], "Washington had not yet discussed")
    assert (st.kind, st.cue, st.speaker, st.actor, st.role) == (
        "indirect",
        "told",
        "President Donald Trump",
        "Donald Trump",
        "President",
    )
    assert st.quote == "that Washington had not yet discussed specifics of Ukraine security guarantees"


def test_lavrov_partial_quotes_are_mixed(seed: tuple[Article, list[Statement]]) -> None:
    for words in ("must be subject to consensus", "absolutely unacceptable"):
        st = find(seed[1], words)
        assert (st.kind, st.actor, st.role, st.affiliation) == (
            "mixed",
            "Sergey Lavrov",
            "Russian Foreign Minister",
            "Russia",
        )


def test_pentagon_pre_decisional(seed: tuple[Article, list[Statement]]) -> None:
    st = find(seed[1], "pre-decisional")
    assert (st.kind, st.cue, st.actor, st.actor_kind, st.affiliation) == (
        "mixed",
        "stating",
        "the Pentagon",
        "organisation",
        "United States",
    )
    declined = find(seed[1], "to confirm the report")
    assert (declined.kind, declined.cue, declined.actor) == ("indirect", "declined", "the Pentagon")


def test_moscow_rejection_is_russia(seed: tuple[Article, list[Statement]]) -> None:
    st = find(seed[1], "the prospect of NATO troops")
    assert (st.cue, st.speaker, st.actor, st.actor_kind) == ("rejected", "Moscow", "Russia", "state")


def test_strategic_enablers_via_washington(seed: tuple[Article, list[Statement]]) -> None:
    st = find(seed[1], "strategic enablers")
    assert (st.kind, st.cue, st.speaker, st.actor) == ("mixed", "told", "Washington", "United States")


def test_unnamed_sources(seed: tuple[Article, list[Statement]]) -> None:
    four = find(seed[1], "possible US assistance")
    assert (four.actor, four.actor_kind) == ("four sources briefed on the discussions", "unnamed")
    eu = [s for s in seed[1] if s.speaker == "EU officials"]
    assert len(eu) == 1
    assert (eu[0].actor, eu[0].actor_kind, eu[0].cue, eu[0].kind) == (
        "EU officials",
        "unnamed",
        "acknowledged",
        "mixed",
    )


def test_no_junk(seed: tuple[Article, list[Statement]]) -> None:
    actors = {s.actor for s in seed[1]}
    assert None not in actors
    assert not {"Comments", "Related News"} & actors
    named = {s.actor for s in seed[1] if s.actor_kind != "unnamed"}
    assert named == {
        "Financial Times",
        "United States",
        "the Pentagon",
        "Donald Trump",
        "Russia",
        "Sergey Lavrov",
    }
