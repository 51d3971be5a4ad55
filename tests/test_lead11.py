"""Speakers of politics copy (session 11): a source for a body described after a comma, and passive
predicates whose quoted words are someone else's about the subject."""

from __future__ import annotations

from newsdesk.index.language.quotes import extract_statements
from newsdesk.index.model import Article


def said(body: str) -> list[tuple[str, str | None, str | None]]:
    """(quote, actor, affiliation) for every statement of an untitled article with this body."""
    article = Article(key="k", path="k", title="", body=body)
    return [(s.quote, s.actor, s.affiliation) for s in extract_statements(article)]


def test_a_source_for_a_body_described_after_the_comma_is_the_speaker() -> None:
    body = 'A spokesman for Unison, Britain\'s biggest union, said after the meeting: "We are still talking."'
    assert said(body) == [('"We are still talking."', "a spokesman for Unison", "Unison")]


def test_a_role_then_a_name_after_the_comma_is_still_the_name() -> None:
    body = "A Republican strategist, John Weaver, said it was over."
    assert said(body) == [("it was over", "John Weaver", None)]


def test_a_passive_predicate_quotes_someone_else_about_the_subject() -> None:
    body = (
        'Gutierrez was described by the CBCP as "a strong advocate for the environment in a province '
        'threatened by mining interests."'
    )
    assert said(body) == []


def test_an_active_predicate_still_quotes_its_subject() -> None:
    body = 'Halvorson blasted Shuster for "cavorting" with a lobbyist in a statement on Monday.'
    assert [(q, a) for q, a, _ in said(body)] == [
        ('Shuster for "cavorting" with a lobbyist in a statement on Monday', "Halvorson")
    ]


def test_a_word_quoted_inside_a_noun_phrase_is_a_label_not_words_said() -> None:
    body = 'The USDA offered a special corn "bonus" rental payment to the farmers to be paid in certificates.'
    assert said(body) == []


def test_a_body_named_with_and_inside_reported_words_is_no_speaker() -> None:
    body = (
        "Lucq said a survey by the Organisation for Economic Co-operation and Development showed that its "
        "members subsidised their agriculture."
    )
    assert said(body) == [
        (
            "a survey by the Organisation for Economic Co-operation and Development showed that its members "
            "subsidised their agriculture",
            "Lucq",
            None,
        )
    ]


def test_a_second_finder_after_and_still_speaks() -> None:
    body = "Smith said prices rose and Jones found that the market was weak."
    assert [(q, a) for q, a, _ in said(body)] == [
        ("prices rose", "Smith"),
        ("that the market was weak", "Jones"),
    ]


def test_roles_and_aliases_of_equal_count_list_in_one_order() -> None:
    from collections import Counter

    from newsdesk.index.actors.registry import _by_count

    assert _by_count(
        Counter(["Prime Minister", "Indian Prime Minister", "Party leader", "Prime Minister"])
    ) == [
        ("Prime Minister", 2),
        ("Indian Prime Minister", 1),
        ("Party leader", 1),
    ]
