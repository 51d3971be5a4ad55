"""Unnamed sources per body, junk names and kinds by shape at the desk level (index/actors/registry.py,
index/actors/shapes.py): each rule on the shape a held-out desk got wrong, with the case it must keep."""

from __future__ import annotations

import functools

from newsdesk.index.actors.corrections import Corrections
from newsdesk.index.actors.mentions import MentionRecord
from newsdesk.index.actors.registry import build_registry
from newsdesk.index.actors.shapes import abstract_word, junk_name, outlet_shape, source_body
from newsdesk.index.language.quotes import extract_statements
from newsdesk.index.model import Article
from tests.conftest import mention_record

rec = functools.partial(mention_record, source="Reuters")


def source(article: str, description: str, affiliation: str | None) -> MentionRecord:
    return rec(article, description, "unnamed", affiliation=affiliation)


def desk(
    records: list[MentionRecord], people: dict[str, list[str]] | None = None
) -> list[tuple[str, str, int]]:
    reg = build_registry(records, Corrections(), people)
    return [(a.name, a.kind, reg.count(a.id)) for a in reg.actors()]


def test_the_body_an_unnamed_source_names() -> None:
    assert source_body("a U.S. State Department spokesman") == ["U.S.", "State", "Department"]
    assert source_body("a senior Petroleos de Venezuela official") == ["Petroleos", "de", "Venezuela"]
    assert source_body("an Iraqi military spokesman") == ["Iraqi", "military"]
    assert source_body("Iraq's war spokesman") == ["Iraq", "war"]
    assert source_body("officials") == []


def test_a_states_spokesmen_of_different_agencies_are_not_one_actor() -> None:
    records = [
        source("a", "a U.S. State Department spokesman", "United States"),
        source("b", "a U.S. Defense Department spokesman", "United States"),
        source("c", "a U.S. Embassy spokesman", "United States"),  # Bonn's
        source("d", "a U.S. embassy spokesman", "United States"),  # San Salvador's
        source("e", "one U.S. Spokesman", "United States"),
    ]
    assert desk(records) == [
        ("spokesperson (Pentagon)", "unnamed", 1),
        ("spokesperson (State Department)", "unnamed", 1),
    ]
    # A state's officials, its government's spokesman and its delegation's sources are the state's.
    state = [
        source("a", "U.S. officials", "United States"),
        source("b", "senior U.S. officials", "United States"),
        source("c", "a Japanese government spokesman", "Japan"),
        source("d", "West German delegation sources", "West Germany"),
        source("e", "French trade sources", "France"),
        source("f", "U.S. Trade officials", "United States"),
    ]
    assert desk(state) == [
        ("officials (United States)", "unnamed", 3),
        ("sources (France)", "unnamed", 1),
        ("sources (West Germany)", "unnamed", 1),
        ("spokesperson (Japan)", "unnamed", 1),
    ]


def test_a_body_named_with_its_countrys_name_is_that_body() -> None:
    records = [
        source("a", "a senior Petroleos de Venezuela official", "Venezuela"),
        source("b", "Venezuelan officials", "Venezuela"),
        source("c", "a senior Kuwait Petroleum Corporation official", "Kuwait"),
        source("d", "an Iraqi military spokesman", "Iraq"),
        source("e", "a Belgian finance ministry spokesman", "Belgium"),
    ]
    assert desk(records) == [
        ("officials (Kuwait Petroleum Corporation)", "unnamed", 1),
        ("officials (PDVSA)", "unnamed", 1),  # the gazetteer's name for Petroleos de Venezuela
        ("officials (Venezuela)", "unnamed", 1),
        ("spokesperson (Finance Ministry, Belgium)", "unnamed", 1),
        ("spokesperson (Military, Iraq)", "unnamed", 1),
    ]


def test_a_countryless_ministry_stays_with_its_article_and_a_qualified_one_joins_across_the_desk() -> None:
    records = [
        source("a", "a Foreign Ministry spokesman", "Foreign Ministry"),  # Peking's
        source("b", "a Foreign Ministry spokesman", "Foreign Ministry"),  # Tokyo's
        source("c", "a Finance Ministry official", "Finance Ministry (Japan)"),
        source("d", "Finance Ministry officials", "Finance Ministry (Japan)"),
    ]
    reg = build_registry(records, Corrections())
    assert [(a.name, a.affiliation, reg.count(a.id)) for a in reg.actors()] == [
        ("officials (Finance Ministry, Japan)", "Finance Ministry (Japan)", 2)
    ]
    assert reg.unresolved == 2


def test_extraction_gives_a_generic_ministrys_source_the_articles_country() -> None:
    body = "TOKYO, June 19 - Japan will lend 27 billion yen to Indonesia, a Foreign Ministry spokesman said."
    found = extract_statements(Article(key="k", path="k", title="JAPAN LENDS", body=body))
    assert [(s.actor, s.affiliation) for s in found] == [
        ("a Foreign Ministry spokesman", "Foreign Ministry (Japan)")
    ]


def test_an_acronym_the_articles_own_firm_spells_is_that_firm() -> None:
    records = [
        rec("a", "Ceylon Petroleum Corp", "organisation"),
        source("a", "CPC officials", "Chinese Communist Party"),
        source("b", "SEC officials", "Securities and Exchange Commission"),
        rec("b", "Securities Exchange Commission", "organisation"),
    ]
    assert desk(records) == [
        ("Ceylon Petroleum Corp", "organisation", 1),
        ("officials (Ceylon Petroleum Corp)", "unnamed", 1),
        ("officials (Securities and Exchange Commission)", "unnamed", 1),
        ("Securities Exchange Commission", "organisation", 1),
    ]


def test_junk_names_are_no_actors() -> None:
    for name, kind in [
        ("Fla.", "person"),
        ("Ky.", "organisation"),
        ("Pennsylvania", "person"),
        ("Atlantic Coast", "person"),
        ("East South Central", "organisation"),
        ("West Country", "person"),
        ("North Hykeham", "person"),
        ("GNP", "organisation"),
        ("Republic Act No.", "person"),
        ("Yesterday company", "organisation"),
        ("Rhey're", "person"),
        ("Fifteen-year-old Robert", "person"),
    ]:
        assert junk_name(name, kind), name
    for name, kind in [
        ("Ohio", "organisation"),  # a state's government may speak
        ("Pacific", "organisation"),  # a firm's short name
        ("Sunday Times", "outlet"),
        ("West Information Systems", "person"),
        ("South African Transport Services", "organisation"),
        ("Kenneth West", "person"),
    ]:
        assert not junk_name(name, kind), name
    records = [rec("a", "Fla."), rec("b", "Atlantic Coast"), rec("c", "Yesterday company", "organisation")]
    reg = build_registry(records, Corrections())
    assert (reg.actors(), reg.unresolved) == ([], 3)


def test_a_one_word_person_that_is_a_common_or_abstract_word_is_dropped() -> None:
    words = frozenset({"automaker", "time"})
    assert abstract_word("Education", words) and abstract_word("Statistics", words)
    assert abstract_word("Automaker", words) and abstract_word("Representatives", words)
    assert not abstract_word("Baker", words) and not abstract_word("GATT", words)
    records = [
        rec("a", "Statistics"),
        rec("a", "Statistics", surface="he", gender="m"),  # a pronoun pointed back to it
        rec("b", "Safety"),
        rec("c", "Frazier"),
    ]
    assert desk(records) == [("Frazier", "person", 1)]


def test_outlets_and_groups_get_their_kind_from_their_shape() -> None:
    assert outlet_shape("WSET-TV") and outlet_shape("Gazeta Prawna") and outlet_shape("Berliner Zeitung")
    assert not outlet_shape("WSET") and not outlet_shape("Gordon Brown")
    records = [
        rec("a", "WSET-TV"),
        rec("b", "Gazeta Prawna"),
        rec("c", "Pennsylvania Blue Shield"),
        rec("d", "Moslem Amal", surface="Amal", gender="f"),
        rec("e", "PA Media", "organisation", surface="the PA"),
        rec("f", "Virginia Bottomley"),
    ]
    assert desk(records) == [
        ("Gazeta Prawna", "outlet", 1),
        ("Moslem Amal", "organisation", 1),
        ("PA Media", "outlet", 1),
        ("Pennsylvania Blue Shield", "organisation", 1),
        ("Virginia Bottomley", "person", 1),
        ("WSET-TV", "outlet", 1),
    ]


def test_initials_missing_their_last_period_are_the_state() -> None:
    assert desk([rec("a", "U.S", "organisation"), rec("b", "U.S.", "state")]) == [
        ("United States", "state", 2)
    ]


def test_a_person_written_with_an_honorific_is_no_outlet() -> None:
    records = [
        rec("a", "Keith Hill", role="Housing Minister", gender="m"),
        rec("a", "The Hill", "outlet", surface="Mr Hill"),
        rec("b", "The Hill", "outlet"),
    ]
    assert desk(records, {"a": ["Keith Hill"]}) == [("Keith Hill", "person", 2), ("The Hill", "outlet", 1)]
