"""Session 11: Reuters actor names, kinds and duplicates (index/actors/, index/language/firms.py).

Each rule is the shape of a Reuters actor the judges found unusable (a duplicate, a name that cannot be
cited, a firm typed person), with a case that must stay apart where a wrong join is possible.
"""

from __future__ import annotations

import functools

from newsdesk.index.actors.corrections import Corrections
from newsdesk.index.actors.mentions import MentionRecord
from newsdesk.index.actors.registry import build_registry
from newsdesk.index.language.firms import company_names
from newsdesk.index.language.quotes import extract_statements
from newsdesk.index.model import Article
from tests.conftest import mention_record

rec = functools.partial(mention_record, source="Reuters")


def desk(records: list[MentionRecord]) -> list[tuple[str, str, int]]:
    reg = build_registry(records, Corrections())
    return [(a.name, a.kind, reg.count(a.id)) for a in reg.actors()]


def org(article: str, name: str) -> MentionRecord:
    return rec(article, name, "organisation")


def test_capitals_spelled_with_an_ampersand_join_the_company_they_spell() -> None:
    records = [org("a", "American Telephone and Telegraph Co")] * 3 + [org("b", "AT&T")] * 2
    assert desk(records) == [("American Telephone and Telegraph Co", "organisation", 5)]
    # Two companies spelling the letters: the capitals stay apart.
    two = [*records, org("c", "Allied Tube and Tire Co")]
    assert ("AT&T", "organisation", 2) in desk(two)


def test_a_company_name_opened_by_its_own_capitals_is_the_spelled_out_name() -> None:
    records = [org("a", "Scandinavian Airlines Systems")] * 3 + [org("b", "SAS Scandinavian Airline Systems")]
    assert desk(records) == [("Scandinavian Airlines Systems", "organisation", 4)]
    # Capitals that spell nothing of the rest are part of the name, and two letters are too few to tell.
    assert desk([org("a", "BP North America Inc")]) == [("BP North America Inc", "organisation", 1)]
    assert desk([org("a", "EC Executive Commission")]) == [("EC Executive Commission", "organisation", 1)]
    # A company the subject finder typed person, opened by its capitals ("SAS <Scandinavian Airline ...").
    sas = [org("a", "Scandinavian Airline Systems"), rec("b", "SAS Scandinavian Airline Systems")]
    assert desk(sas) == [("Scandinavian Airline Systems", "organisation", 2)]


def test_a_deal_role_before_a_firm_is_no_part_of_its_name() -> None:
    records = [org("a", "Moseley Holding Corp")] * 2 + [org("b", "Underwriter Moseley Holding Corp")]
    assert desk(records) == [("Moseley Holding Corp", "organisation", 3)]
    assert desk([org("a", "Underwriter Moseley Holding Corp")]) == [
        ("Moseley Holding Corp", "organisation", 1)
    ]


def test_a_misspelt_title_before_a_full_name_is_dropped() -> None:
    records = [rec("a", "Miniister H. Onno Ruding")] * 2 + [rec("b", "Onno Ruding")]
    assert desk(records) == [("H. Onno Ruding", "person", 3)]
    # A long given name is no slip for a title.
    assert desk([rec("a", "Christopher Robin Milne")]) == [("Christopher Robin Milne", "person", 1)]


def test_a_surname_the_wire_broke_joins_the_person_written_whole() -> None:
    records = (
        [rec("a", "Manuel Azpurua")] * 3 + [rec("b", "Manuel Azpur UA")] * 2 + [rec("b", "Manuel Azpur")]
    )
    assert desk(records) == [("Manuel Azpurua", "person", 6)]
    # A generation or a name nobody writes whole is left alone.
    assert desk([rec("a", "John Smith III"), rec("b", "John Smithiii")]) == [
        ("John Smith III", "person", 1),
        ("John Smithiii", "person", 1),
    ]
    assert desk([rec("a", "Manuel Azpur UA")]) == [("Manuel Azpur UA", "person", 1)]


def test_a_company_written_with_its_legal_form_first_joins_its_short_name() -> None:
    records = [
        org("a", "NV Philips Gloeilampenfabrieken"),
        org("a", "Philips"),
        org("a", "Philips"),
        org("b", "Philips"),
        org("c", "N.V. Philips Gloeilampenfabrieken"),
        org("d", "North American Philips Corp"),
    ]
    assert desk(records) == [
        ("North American Philips Corp", "organisation", 1),
        ("Philips", "organisation", 5),
    ]
    # Never a short name the formal one's articles do not write.
    apart = [org("a", "NV Verenigde Bedrijven Nutricia"), org("b", "Verenigde Bedrijven")]
    assert len(desk(apart)) == 2


def test_a_two_part_surname_joins_the_full_name_despite_a_misspelt_copy() -> None:
    records = (
        [rec("a", "Arturo Hernandez Grisanti")] * 4
        + [rec("b", "Aturo Hernandez Grisanti")]
        + [rec("c", "Hernandez Grisanti")] * 2
    )
    assert desk(records) == [("Arturo Hernandez Grisanti", "person", 7)]
    # Two different given names: the cut name belongs to neither.
    two = [rec("a", "Arturo Hernandez Grisanti"), rec("b", "Carlos Hernandez Grisanti")]
    assert len(desk([*two, rec("c", "Hernandez Grisanti")])) == 3


def test_one_word_shapes_no_person_is_written_as_are_organisations() -> None:
    records = [
        rec("a", "IPECODE"),
        rec("b", "PHLCorp"),
        rec("c", "Swiss Volksbank"),
        rec("d", "Matra-Harris-Semiconducteurs"),
    ]
    assert {kind for _, kind, _ in desk(records)} == {"organisation"}
    people = [rec("a", "Schroeder-Hohenwarth"), rec("b", "Fairbank"), rec("c", "Abdul-Aziz al-Saqr")]
    assert {kind for _, kind, _ in desk(people)} == {"person"}


def test_a_firm_named_after_its_owners_possessive_is_the_firm() -> None:
    text = (
        "LOS ANGELES, Oct 20 - Transamerica Corp said it would buy a stake in Sedgwick Group PLC's River "
        "Thames Insurance Co.\n\nRiver Thames had net premiums written of 36 mln dlrs, River Thames said."
    )
    assert company_names(text)["river thames"] == "River Thames Insurance Co"
    article = Article(key="k", path="k.txt", title="", body=text, extra={})
    assert [(s.actor, s.actor_kind) for s in extract_statements(article)] == [
        ("Transamerica Corp", "organisation"),
        ("River Thames Insurance Co", "organisation"),
    ]


def test_a_cut_name_follows_its_full_name_into_an_earlier_join() -> None:
    records = (
        [rec("a", "T. Boone Pickens III")] * 3
        + [rec("b", "T. Boone Pickens")]
        + [rec("c", "Boone Pickens")] * 2
    )
    assert desk(records) == [("T. Boone Pickens III", "person", 6)]


def test_a_body_written_with_its_place_after_of_is_the_body_written_with_it_before() -> None:
    records = [org("a", "Hong Kong Stock Exchange")] * 2 + [org("b", "Stock Exchange of Hong Kong")]
    assert desk(records) == [("Hong Kong Stock Exchange", "organisation", 3)]
    bracket = [org("a", "National Bank (Belgium)")] * 3 + [org("b", "National Bank of Belgium")]
    assert desk(bracket) == [("National Bank (Belgium)", "organisation", 4)]
    # A one-word head is a name of its own: Bank of America is no "America Bank".
    assert len(desk([org("a", "Bank of America"), org("b", "America Bank")])) == 2


def test_suffixes_and_owners_cut_onto_a_company_name_are_no_part_of_it() -> None:
    records = [org("a", "Detroit Edison Co")] * 2 + [org("b", "Co Inc. Detroit Edison")]
    assert desk(records) == [("Detroit Edison Co", "organisation", 3)]
    assert desk([org("a", "AG Communication Systems")]) == [("AG Communication Systems", "organisation", 1)]
    owned = [org("a", "Compris Hotel Corp")] * 2 + [org("b", "York's Compris Hotel Corp")]
    assert desk(owned) == [("Compris Hotel Corp", "organisation", 3)]
    common = [org("a", "Bureau for Information"), org("b", "government's Bureau for Information")]
    assert desk(common) == [("Bureau for Information", "organisation", 2)]


def test_a_lone_word_opening_one_full_name_of_its_article_is_that_person() -> None:
    records = [rec("a", "Dharyono Kertosastro")] * 2 + [rec("a", "Dharyono")]
    reg = build_registry(records, Corrections(), {"a": ["Dharyono Kertosastro"]})
    assert [(a.name, reg.count(a.id)) for a in reg.actors()] == [("Dharyono Kertosastro", 3)]
    # Two full names it opens: it stays with its article.
    two = [rec("a", "Dharyono Kertosastro"), rec("a", "Dharyono Sutomo"), rec("a", "Dharyono")]
    reg = build_registry(two, Corrections(), {"a": ["Dharyono Kertosastro", "Dharyono Sutomo"]})
    assert len(reg.actors()) == 3


def test_a_body_word_before_a_full_name_is_no_given_name_of_it() -> None:
    records = [rec("a", "Commerce Bruce Smart"), rec("a", "Commerce")]
    reg = build_registry(records, Corrections(), {"a": ["Commerce Bruce Smart"]})
    # (the desk name drops the portfolio's word: "Under Secretary of Commerce Bruce Smart" is Bruce Smart)
    assert [(a.name, reg.count(a.id)) for a in reg.actors()] == [("Bruce Smart", 1), ("Commerce", 1)]


def test_a_company_placed_in_its_state_is_the_desk_company() -> None:
    records = [org("a", "Philips")] * 2 + [org("b", "Philips of the Netherlands")]
    assert desk(records) == [("Philips", "organisation", 3)]
    # A body's word is no company of its own: "Bank of France" stays whole.
    assert len(desk([org("a", "Bank"), org("b", "Bank of France")])) == 2
