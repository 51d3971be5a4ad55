"""Session 13 (fix13): actor and statement classes session 12 left: firms typed persons, a common word cut
from a body's name, one person or company written several ways, greetings and foreseen speech."""

from __future__ import annotations

import functools

from newsdesk.index.actors.corrections import Corrections
from newsdesk.index.actors.mentions import MentionRecord
from newsdesk.index.actors.registry import build_registry
from newsdesk.index.language.quotes import extract_statements
from newsdesk.index.language.quotes.lone import says_nothing
from newsdesk.index.model import Article
from tests.conftest import mention_record

rec = functools.partial(mention_record, source="Reuters")


def _found(body: str, title: str = "") -> list[tuple[str, str | None, str | None, str | None]]:
    article = Article(key="k", path="k.txt", title=title, body=body, extra={})
    return [(s.quote, s.speaker, s.actor, s.actor_kind) for s in extract_statements(article)]


def _desk(records: list[MentionRecord]) -> list[tuple[str, str, int]]:
    reg = build_registry(records, Corrections())
    return [(a.name, a.kind, reg.count(a.id)) for a in reg.actors()]


def test_a_headline_in_capitals_writes_a_firm() -> None:
    body = (
        "NEW YORK, June 19 - K.G. Saur, the German-based publisher of databases, said it has sold its "
        "assets.\n\nSaur said Klaus Saur will remain president."
    )
    found = _found(body, "<K.G. SAUR> SELLS ASSETS TO REED INTERNATIONAL")
    assert [(a, k) for *_, a, k in found] == [("K.G. Saur", "organisation"), ("K.G. Saur", "organisation")]
    body = "STOCKHOLM, March 3 - The results include a writedown, Pharmacia said."
    assert _found(body, "PHARMACIA AB <PHAB ST> 1986 YEAR") == [
        ("The results include a writedown", "Pharmacia", "Pharmacia", "organisation")
    ]
    # without the headline a bare name stays a person
    assert _found(body) == [("The results include a writedown", "Pharmacia", "Pharmacia", "person")]


def test_a_share_held_in_a_name_writes_a_firm() -> None:
    body = (
        "The results include a writedown, Pharmacia said.\n\nOne ADR is 0.75 pct of one share in Pharmacia."
    )
    assert _found(body)[0][2:] == ("Pharmacia", "organisation")


def test_two_surnames_joined_by_a_hyphen_are_a_campaign() -> None:
    body = (
        "Joe Biden said the riots were wrong. Kamala Harris agreed. Biden-Harris released a statement: "
        '"We cannot accept that in this country a mental health crisis ends in death."'
    )
    assert [(s, a, k) for _, s, a, k in _found(body)][-1] == ("Biden-Harris", "Biden-Harris", "organisation")
    # a double-barrelled surname of one person stays a person
    body = 'Smith-Jones said: "We cannot accept that in this country a crisis ends in death."'
    assert [k for *_, k in _found(body)] == ["person"]


def test_a_common_word_cut_from_a_body_name_is_no_alias() -> None:
    body = (
        "The Health and Safety Executive said it was trying to get workers more involved. Many cited "
        "health and safety risks. Safety representatives were often ignored when raising concerns "
        "because there was no legal duty to respond, claimed the union organisation."
    )
    assert [a for *_, a, _ in _found(body)] == ["Health and Safety Executive", "safety"]


def test_speech_a_writer_only_expects_is_no_statement() -> None:
    body = (
        "Tony Blair seems certain to end weeks of phoney war on Monday and announce there will be a "
        "general election on 5 May."
    )
    assert _found(body) == []
    assert _found("Blair said there will be a general election on 5 May.") == [
        ("there will be a general election on 5 May", "Blair", "Blair", "person")
    ]


def test_greetings_and_non_answers_in_a_transcript_state_nothing() -> None:
    assert says_nothing("Hi Agastya. Nice to meet you.")
    assert says_nothing("Um, no I am good. Thank you.")
    assert says_nothing("I don't know. Well, we don't have a clear idea of that.")
    assert not says_nothing("I don't know. We will win the election.")
    assert not says_nothing("Hello. The plan is good.")
    assert not says_nothing("Thank you for having me, we want lower taxes.")


def test_an_initial_before_a_short_given_name_is_one_person() -> None:
    records = [
        rec("a", "Donald Stacy", role="Amoco Canada president"),
        rec("a", "Donald Stacy", surface="Stacy"),
        rec("b", "T. Don Stacy", role="Amoco Canada president"),
        rec("c", "T. Don Stacy"),
    ]
    assert _desk(records) == [("Donald Stacy", "person", 4)]


def test_a_first_given_name_dropped_is_one_person() -> None:
    records = [
        rec("a", "Friedrich Wilhelm Christians", role="Deutsche Bank AG joint chief executive"),
        rec("b", "Wilhelm Christians", surface="he"),
        rec("c", "Wilhelm Christians", surface="Christians"),
    ]
    assert _desk(records) == [("Wilhelm Christians", "person", 3)]
    # named apart in one article: two people
    apart = [rec("a", "Anna Maria Weber"), rec("a", "Maria Weber"), rec("b", "Maria Weber")]
    assert sorted(_desk(apart)) == [("Anna Maria Weber", "person", 1), ("Maria Weber", "person", 2)]


def test_a_clipped_suffix_and_words_run_together_are_one_company() -> None:
    records = [
        rec("a", "Bangor Hydro-Electric Cor"),
        rec("b", "Bangor Hydro-Electric Co", "organisation"),
        rec("c", "Bangor Hydro-Electric Co", "organisation"),
    ]
    assert _desk(records) == [("Bangor Hydro-Electric Co", "organisation", 3)]
    records = [
        rec("a", "TimeWarner", "organisation"),
        rec("b", "Time Warner", "organisation"),
        rec("c", "Time Warner", "organisation"),
    ]
    assert _desk(records) == [("Time Warner", "organisation", 3)]
    # a person's name is never joined by its letters
    assert _desk([rec("a", "Van Dam"), rec("b", "Vandam")]) == [
        ("Van Dam", "person", 1),
        ("Vandam", "person", 1),
    ]


def test_he_after_an_unnamed_official_is_no_earlier_named_man() -> None:
    body = (
        "Polish National Bank head Wladyslaw Baka made it clear that Poland was looking for a lead.\n\n"
        "Putting it more sharply, one senior banking official blamed Washington for obstructing talks "
        "and said it should now play a more positive role.\n\n"
        '"As a major superpower the United States can influence international organisations," he said.'
    )
    assert [(s, a) for _, s, a, _ in _found(body)] == [("he", None)]
    # someone only talked about ("a senior Iranian official who said") is no newcomer who speaks next
    howe = (
        "British Foreign Secretary Sir Geoffrey Howe said the action was justified.\n\nHowe was asked about "
        "statements from a senior Iranian official who said America was now involved in a war.\n\n"
        '"It would be profoundly undesirable for Iran to react in that way," he said.'
    )
    assert [a for *_, a, _ in _found(howe)] == ["Geoffrey Howe", None, "Geoffrey Howe"]
    named = 'Wladyslaw Baka spoke in Washington.\n\n"The United States can influence others," he said.'
    assert [(s, a) for _, s, a, _ in _found(named)] == [("he", "Wladyslaw Baka")]


def test_a_newspaper_title_word_is_no_surname() -> None:
    body = (
        "One senior political commentator, Fernando Pedreira of the Jornal do Brasil, wrote in the "
        'newspaper last week: "President Sarney is a man of good intentions, but he is not aware of the '
        'true state of the country."\n\nHe called for direct elections early in 1988 as the only way out.'
    )
    assert [(s, a, k) for _, s, a, k in _found(body)] == [
        ("Brasil", "Brasil", "outlet"),
        ("He", "Fernando Pedreira", "person"),
    ]


def test_a_generic_they_saying_after_when_is_no_statement() -> None:
    body = "That is the usual meaning. When in that kind of question when they say protect, it's bogus."
    assert _found(body) == []
    body = "Officials met. When they said the plan would fail, the Senate voted."
    assert [q for q, *_ in _found(body)] == ["the plan would fail"]


def test_a_company_is_named_by_the_legal_name_the_desk_writes_most() -> None:
    records = [
        rec("a", "British Aerospace Inc", "organisation"),
        rec("b", "British Aerospace Plc", "organisation"),
        rec("c", "British Aerospace Plc", "organisation", surface="BAe"),
        rec("c", "British Aerospace Plc", "organisation", surface="BAe"),
    ]
    assert _desk(records) == [("British Aerospace Plc", "organisation", 4)]


def test_a_misspelt_plural_and_a_portfolio_word_are_no_new_actor() -> None:
    records = [
        rec("a", "Trades Union Congress", "organisation"),
        rec("b", "Trades Union Congress", "organisation"),
        rec("c", "Trade Unions Congress", "organisation"),
    ]
    assert _desk(records) == [("Trades Union Congress", "organisation", 3)]
    records = [
        rec("a", "Intelligence John Ratcliffe"),
        rec("b", "John Ratcliffe"),
        rec("c", "State Street Bank"),
    ]
    assert _desk(records) == [("John Ratcliffe", "person", 2), ("State Street Bank", "organisation", 1)]
