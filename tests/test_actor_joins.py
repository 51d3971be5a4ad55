"""Desk-wide joins of one entity written several ways, and desk-wide kinds (index/actors/joins.py).

Each join is shown on the shape a held-out desk got wrong, with a negative case: two different people
or companies written alike stay two.
"""

from __future__ import annotations

import functools

from newsdesk.index.actors.corrections import Corrections
from newsdesk.index.actors.joins import one_edit, typo
from newsdesk.index.actors.mentions import MentionRecord
from newsdesk.index.actors.registry import Registry, build_registry
from tests.conftest import mention_record

# A Reuters mention record keyed the way extraction keys it.
rec = functools.partial(mention_record, source="Reuters")


def desk(
    records: list[MentionRecord], people: dict[str, list[str]] | None = None
) -> list[tuple[str, str, int]]:
    reg = build_registry(records, Corrections(), people)
    return listing(reg)


def listing(reg: Registry) -> list[tuple[str, str, int]]:
    return [(a.name, a.kind, reg.count(a.id)) for a in reg.actors()]


def test_one_edit_and_typo() -> None:
    assert one_edit("adedeji", "adedji") and one_edit("spiegel", "speigel") and one_edit("weber", "webber")
    assert one_edit("kaczurba", "kaczura")
    assert not one_edit("cable", "cable") and not one_edit("adedeji", "adej")
    assert typo("crandell", "crandall")  # one vowel for another
    assert not typo("genetics", "generics") and not typo("walker", "walter")  # a consonant: another name


def test_a_misspelt_full_name_from_one_article_joins_the_name_the_desk_writes_more() -> None:
    records = [
        rec("a", "Adebayo Adedeji", role="executive secretary of the U.N. Economic Commission for Africa"),
        rec("a", "Adebayo Adedeji", surface="he"),
        rec("a", "Adebayo Adedeji", surface="Adedeji"),
        rec("b", "Adebayo Adedji", surface="He"),
        rec("b", "Adebayo Adedji", surface="he"),
    ]
    assert desk(records) == [("Adebayo Adedeji", "person", 5)]
    outlets = [rec(a, "Der Spiegel", "outlet") for a in "abc"] + [
        rec("d", "Der Speigel", "outlet", affiliation="West Germany")
    ]
    assert desk(outlets) == [("Der Spiegel", "outlet", 4)]


def test_two_people_or_companies_written_a_letter_apart_stay_two() -> None:
    # The rare form says who it is (Brookings) and the common one does not say the same: two economists.
    economists = [
        rec("a", "Robert Solomon", affiliation="Brookings Institution"),
        rec("b", "Robert Salomon", role="managing director"),
        rec("c", "Robert Salomon"),
    ]
    assert desk(economists) == [("Robert Salomon", "person", 2), ("Robert Solomon", "person", 1)]
    # Short surnames, and names a consonant apart, are other names.
    assert desk([rec("a", "David Wood"), rec("b", "David Woods"), rec("c", "David Woods")]) == [
        ("David Wood", "person", 1),
        ("David Woods", "person", 2),
    ]
    firms = [rec("a", "Integrated Genetics Inc", "organisation")] + [
        rec(a, "Integrated Generics Inc", "organisation") for a in "bc"
    ]
    assert desk(firms) == [
        ("Integrated Generics Inc", "organisation", 2),
        ("Integrated Genetics Inc", "organisation", 1),
    ]


def test_a_surname_misspelt_in_the_article_that_names_the_person_joins_him() -> None:
    records = [
        rec("a", "Janusz Kaczurba", role="Deputy Foreign Trade Minister"),
        rec("a", "Janusz Kaczurba", surface="he"),
        rec("a", "Kaczura"),
    ]
    assert desk(records, {"a": ["Janusz Kaczurba"]}) == [("Janusz Kaczurba", "person", 3)]
    # In an article that names nobody of that spelling the surname stays its own.
    assert desk([rec("a", "Janusz Kaczurba"), rec("b", "Kaczura")], {"a": ["Janusz Kaczurba"]}) == [
        ("Janusz Kaczurba", "person", 1),
        ("Kaczura", "person", 1),
    ]


def test_a_given_name_and_its_short_form_are_one_person_when_the_desk_has_no_other() -> None:
    records = [
        rec("a", "Joe Liro", affiliation="S.G. Warburg"),
        rec("b", "Joseph Liro", affiliation="S.G. Warburg and Co Inc."),
        rec("b", "Joseph Liro", surface="Liro"),
    ]
    assert desk(records) == [("Joseph Liro", "person", 3)]
    cable = [
        rec("a", "Vince Cable", role="Lib Dem spokesman"),
        rec("b", "Vincent Cable", role="for the Liberal Democrats"),
    ]
    assert desk(cable) == [("Vince Cable", "person", 2)]


def test_a_given_name_and_its_short_form_stay_two_people_when_the_records_say_so() -> None:
    roles = [rec("a", "Tom Smith", role="chairman"), rec("b", "Thomas Smith", role="bishop")]
    assert desk(roles) == [("Thomas Smith", "person", 1), ("Tom Smith", "person", 1)]
    same_article = [rec("a", "Tom Smith"), rec("a", "Thomas Smith")]
    assert desk(same_article) == [("Thomas Smith", "person", 1), ("Tom Smith", "person", 1)]
    three = [rec("a", "Bill Jones"), rec("b", "William Jones"), rec("c", "Will Jones")]
    assert len(desk(three)) == 3


def test_a_middle_initial_joins_the_plain_name_unless_the_roles_say_two_people() -> None:
    giuliani = [
        rec("a", "Rudolph W. Giuliani", role="U.S. Attorney"),
        rec("b", "Rudolph Giuliani", role="Manhattan U.S. Attorney"),
        rec("b", "Rudolph Giuliani", surface="he"),
    ]
    assert desk(giuliani) == [("Rudolph Giuliani", "person", 3)]
    bolton = [rec("a", "John R. Bolton"), rec("b", "John Bolton"), rec("c", "John Bolton")]
    assert desk(bolton) == [("John Bolton", "person", 3)]
    bakers = [
        rec("a", "James Baker", role="Treasury Secretary"),
        rec("b", "James Baker"),
        rec("c", "James K. Baker", role="chairman of Arvin Industries"),
    ]
    assert desk(bakers) == [("James Baker", "person", 2), ("James K. Baker", "person", 1)]
    # Nothing to compare on one side: the better known plain name is kept apart, as before.
    quiet = [
        rec("a", "James Baker", role="Treasury Secretary"),
        rec("b", "James Baker"),
        rec("c", "James K. Baker"),
    ]
    assert desk(quiet) == [("James Baker", "person", 2), ("James K. Baker", "person", 1)]


def test_a_person_nothing_shows_to_be_one_is_an_organisation_when_the_desk_says_so() -> None:
    records = [
        rec("a", "Dittler Brothers"),
        rec("b", "Red Hat", surface="US-based software company Red Hat"),
        rec("c", "Spie Batignolles", role="a subsidiary of Schneider SA"),
        rec("d", "Pontiac", surface="General Motors Corp's Pontiac"),
        rec("e", "UC Davis"),
        rec("e", "Smith Barney", role="lead manager"),
        rec("f", "Transco"),
        rec("g", "Transco Energy Co", "organisation"),
    ]
    assert desk(records) == [
        ("Dittler Brothers", "organisation", 1),
        ("Pontiac", "organisation", 1),
        ("Red Hat", "organisation", 1),
        ("Smith Barney", "organisation", 1),
        ("Spie Batignolles", "organisation", 1),
        ("Transco", "organisation", 1),
        ("Transco Energy Co", "organisation", 1),
        ("UC Davis", "organisation", 1),
    ]


def test_a_person_stays_a_person_with_any_sign_of_one() -> None:
    records = [
        rec("a", "Frazier", gender="m"),  # a pronoun linked to him
        rec("b", "Walkington", surface="Mr Walkington"),
        rec("c", "Setijana", role="Major-General"),
        rec("d", "Swett", surface="Swett, who was Finance Minister of Ecuador"),
        rec("e", "Swett Holdings Inc", "organisation"),
        rec("f", "Saree"),  # nothing either way: left as the article read it
        rec("g", "Kino Gabriel"),
        rec("h", "Joseph Walker Brothers"),  # a given name, but a firm's ending
    ]
    assert desk(records) == [
        ("Frazier", "person", 1),
        ("Joseph Walker Brothers", "organisation", 1),
        ("Kino Gabriel", "person", 1),
        ("Saree", "person", 1),
        ("Setijana", "person", 1),
        ("Swett", "person", 1),
        ("Swett Holdings Inc", "organisation", 1),
        ("Walkington", "person", 1),
    ]


def test_a_company_short_form_joins_the_long_name_its_article_writes() -> None:
    records = [
        rec("a", "Chesebrough-Pond's Inc", "organisation"),
        rec("a", "Chesebrough"),
        rec("b", "Royal Palm Savings Association", "organisation"),
        rec("b", "Royal Palm", "organisation"),
        rec("c", "K.G. Saur", "organisation"),
        rec("c", "Saur"),
    ]
    assert desk(records) == [
        ("Chesebrough-Pond's Inc", "organisation", 2),
        ("K.G. Saur", "organisation", 2),
        ("Royal Palm Savings Association", "organisation", 2),
    ]


def test_a_short_form_never_joins_a_joint_name_or_a_name_only_one_of_its_articles_writes() -> None:
    records = [
        rec("a", "General Motors", "organisation"),
        rec("b", "General Motors", "organisation"),
        rec("b", "General Motors Corp and PPG Industries Inc", "organisation"),
        rec("c", "Tesco", "organisation"),
        rec("c", "Tesco and Salling Group", "organisation"),
    ]
    assert desk(records) == [
        ("General Motors", "organisation", 2),
        ("General Motors Corp and PPG Industries Inc", "organisation", 1),
        ("Tesco", "organisation", 1),
        ("Tesco and Salling Group", "organisation", 1),
    ]


def test_a_bare_word_joins_the_desks_company_only_when_the_desk_calls_it_so() -> None:
    merrill = [
        rec("a", "Merrill Lynch", "organisation", surface="Merrill"),
        rec("a", "Merrill Lynch", "organisation"),
        rec("b", "Merrill Lynch Capital Partners Inc", "organisation"),
        rec("c", "Merrill"),
    ]
    assert desk(merrill) == [
        ("Merrill Lynch", "organisation", 3),
        ("Merrill Lynch Capital Partners Inc", "organisation", 1),
    ]
    # "Phelps" cut from Duff and Phelps: the desk never calls Phelps Dodge Corp "Phelps".
    phelps = [rec("a", "Phelps Dodge Corp", "organisation"), rec("b", "Phelps")]
    assert desk(phelps) == [("Phelps", "organisation", 1), ("Phelps Dodge Corp", "organisation", 1)]


def test_company_names_written_long_and_short_are_one_company() -> None:
    records = [
        rec("a", "National Computer Systems Inc", "organisation"),
        rec("b", "National Computer", role="National"),  # read as a person
        rec("c", "Hawkeye Bancorp", "organisation"),
        rec("d", "Hawkeye Bancorp", "organisation"),
        rec("e", "Hawkeye Bancorporation", "organisation"),
        rec("f", "L. Luria and Son Inc", "organisation"),
        rec("f", "L. Luria and Son Inc", "organisation"),
        rec("g", "L. LURIA", "organisation"),
        rec("h", "Amsterdam-Rotterdam Bank NV", "organisation", surface="Amro"),
        rec("h", "Amsterdam-Rotterdam Bank NV", "organisation"),
        rec("i", "Amro bank", "organisation"),
    ]
    assert desk(records) == [
        ("Amsterdam-Rotterdam Bank NV", "organisation", 3),
        ("Hawkeye Bancorp", "organisation", 3),
        ("L. Luria and Son Inc", "organisation", 3),
        ("National Computer Systems Inc", "organisation", 2),
    ]


def test_a_parent_quoted_more_than_its_longer_namesake_keeps_its_own_actor() -> None:
    records = [rec(a, "Merrill Lynch", "organisation") for a in "abc"] + [
        rec("d", "Merrill Lynch International", "organisation")
    ]
    assert desk(records) == [
        ("Merrill Lynch", "organisation", 3),
        ("Merrill Lynch International", "organisation", 1),
    ]


def test_an_analyst_written_with_the_firms_possessive_joins_the_full_name() -> None:
    records = [
        rec("a", "Jack Kirnan", affiliation="Kidder Peabody and Co."),
        rec("a", "Kidder Peabody's Kirnan"),
        rec("b", "Nick Edwards", role="analyst at Jardine Fleming (Securities) Ltd"),
        rec("c", "Jardine Fleming's Edwards"),
        rec("c", "Mary Edwards", role="analyst at Hoare Govett"),
    ]
    people = {"a": ["Jack Kirnan", "Kidder Peabody's Kirnan"], "c": ["Jardine Fleming's Edwards"]}
    assert desk(records, people) == [
        ("Jack Kirnan", "person", 2),
        ("Mary Edwards", "person", 1),
        ("Nick Edwards", "person", 2),
    ]


def test_a_firms_possessive_stays_apart_when_no_one_person_is_its_analyst() -> None:
    # The desk's only Smith is PaineWebber's, and Lloyds' Moore is a woman: neither is the one meant.
    records = [
        rec("a", "Stephen Smith", role="PaineWebber analyst"),
        rec("c", "Drexel's Smith"),
        rec("d", "Alan Moore", role="Lloyds Treasurer", gender="m"),
        rec("e", "Lloyds' Moore", gender="f"),
    ]
    assert desk(records, {"d": ["Alan Moore"], "e": ["Alan Moore"]}) == [
        ("Alan Moore", "person", 1),
        ("Drexel's Smith", "person", 1),
        ("Lloyds' Moore", "person", 1),
        ("Stephen Smith", "person", 1),
    ]
