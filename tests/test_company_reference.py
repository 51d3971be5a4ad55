"""Which company speaks: "the company said", "it said", "the bank said" and short names ("Gelco said")
resolved to the company of the article a reader would pick."""

from __future__ import annotations

import pytest

from newsdesk.index.actors.gazetteer import load_gazetteer
from newsdesk.index.language.firms import companies_before, company_names
from newsdesk.index.language.quotes import extract_statements
from newsdesk.index.language.resolve import written_company
from newsdesk.index.model import Article

GZ = load_gazetteer()


def actors(title: str, body: str) -> list[tuple[str | None, str | None]]:
    found = extract_statements(Article(key="k", path="k", title=title, body=body), gazetteer=GZ)
    return [(s.speaker, s.actor) for s in found]


def test_the_company_is_the_one_that_spoke_not_the_one_named_last() -> None:
    body = (
        "ST. PETERSBURG, Fla., March 4 - Geonex Corp <GEOX> said BellSouth Corp unit Southern Bell "
        "Telephone and Telegraph Co's decision could hurt its revenues.\n\n"
        "The company said it had expected higher revenues from the work."
    )
    assert actors("GEONEX SEES SALES HURT", body) == [
        ("Geonex Corp <GEOX", "Geonex Corp"),
        ("The company", "Geonex Corp"),
    ]


def test_a_company_without_a_suffix_that_says_it_is_the_company() -> None:
    body = (
        "NASHVILLE, Tenn, March 5 - The Music Shop said it signed a stock option agreement with the "
        "<Saxon Co>.\n\nThe company also said it will hold a special meeting April 15."
    )
    assert actors("MUSIC SHOP SIGNS PACT", body)[1] == ("The company", "Music Shop")


def test_the_company_before_anyone_spoke_is_the_first_the_article_names() -> None:
    body = (
        "TORONTO, March 23 - <Costain Ltd>'s shareholders will be asked to approve a change in the "
        "company's name to Coscan Development Ltd, the company said in the annual report."
    )
    assert actors("COSTAIN TO CHANGE NAME", body) == [("the company", "Costain Ltd")]


def test_a_trade_noun_takes_a_company_of_that_trade() -> None:
    body = (
        "JOHANNESBURG, March 20 - Standard Bank Investment Corp Ltd said profits would fall. Standard "
        "Chartered PLC owns 39 pct of it.\n\nThe bank said its bad debt losses should decline."
    )
    assert actors("STANDARD BANK FORECAST", body)[-1] == ("The bank", "Standard Bank Investment Corp Ltd")


def test_the_airline_is_the_airline_that_spoke_not_the_seller() -> None:
    body = (
        "TORONTO, March 24 - <Pacific Western Airlines Corp>'s new Canadian Airlines International Ltd unit "
        "said it ordered six airplanes from British Aerospace Inc.\n\n"
        "The airline said the aircraft would be used by a commuter airline."
    )
    assert actors("PACIFIC WESTERN UNIT ORDERS PLANES", body) == [
        (
            "Pacific Western Airlines Corp>'s new Canadian Airlines International Ltd unit",
            "Canadian Airlines International Ltd",
        ),
        ("The airline", "Canadian Airlines International Ltd"),
    ]


def test_it_continues_the_company_that_spoke_not_the_buyer_it_named() -> None:
    body = (
        "TULSA, Okla., March 11 - Williams Cos said it completed the sale of its Agrico Chemical Co unit to "
        "Freeport-McMoRan Resource Partners L.P. <FRP>.\n\n"
        "The company said it will also receive an additional 100 mln dlrs.\n\n"
        "It said the cash proceeds will be used to lower its debt costs."
    )
    assert [a for _, a in actors("WILLIAMS COMPLETES SALE", body)] == ["Williams Cos"] * 3


def test_it_after_a_state_spoke_earlier_is_the_company_that_spoke_since() -> None:
    body = (
        "WASHINGTON, March 27 - Marine Midland Banks Inc said it may reclassify loans to Brazil.\n\n"
        "Brazil announced Feb. 20 that it was suspending interest payments.\n\n"
        "Marine Midland said its Brazil outstandings were 653 mln dlrs.\n\n"
        "It said the projection was based on preliminary data."
    )
    assert actors("MARINE MIDLAND MAY RECLASSIFY", body)[-1] == ("It", "Marine Midland Banks Inc")


def test_a_state_that_spoke_last_stays_what_it_continues() -> None:
    body = (
        "WASHINGTON, March 27 - Marine Midland Banks Inc said it may reclassify loans to Brazil.\n\n"
        "Brazil announced Feb. 20 that it was suspending interest payments. It said talks would go on."
    )
    assert actors("MARINE MIDLAND MAY RECLASSIFY", body)[-1] == ("It", "Brazil")


def test_a_units_name_after_its_owners_possessive_is_the_speaker() -> None:
    body = (
        "NEW YORK, April 8 - General Electric Co's RCA Global Communications said it now offers a service.\n\n"
        "The company said every telex terminal will be able to reach it."
    )
    assert actors("GE UNIT OFFERS SERVICE", body) == [
        ("General Electric Co's RCA Global Communications", "RCA Global Communications"),
        ("The company", "RCA Global Communications"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Geonex Corp <GEOX", "Geonex Corp"),
        ("Beecham Group Plc <BHAM.L", "Beecham Group Plc"),
        ("American Express Co <AXP>, rumoured to be considering a spinoff", "American Express Co"),
        ("Pan Am Corp's Pan Am World Airways", "Pan Am World Airways"),
        ("Chrysler Corp's Chrysler Motors unit", "Chrysler Motors"),
        ("Grey Advertising Inc's GreyCom Inc subsidiary", "GreyCom Inc"),
        (
            "Italian state bank <Istituto Bancario San Paolo di Torino",
            "Istituto Bancario San Paolo di Torino",
        ),
        ("<Qintex Ltd> of Brisbane", "Qintex Ltd"),
        ("American President Cos Ltd", "American President Cos Ltd"),
        ("Woolworth Holdings Plc <WLUK.L> which", "Woolworth Holdings Plc"),
        ("Yankee Cos Inc's Eskey Inc <ESK> subsidiary", "Eskey Inc"),
        ("Underwriter <Drexel Burnham Lambert Inc", "Drexel Burnham Lambert Inc"),
        # not a company's name alone
        ("Continental Illinois Corp's <CIL> Chairman John Swearingen", None),
        ("Sony Corp <SNE.T> chairman Akio Morita", None),
        ("A Volkswagen AG <VOWG.F> spokesman", None),
        ("NCR Corp's Personal Computer division", None),
        ("Discount Corp's McGroarty", None),
        ("Great Britain's Austin Rover Group", None),
        ("a unit of <Hughes Capital Corp", None),
        ("a Hitachi Ltd <HIT.T> spokesman", None),
        ("Co Inc <MER", None),
        ("the company", None),
    ],
)
def test_the_company_a_speaker_phrase_writes(text: str, expected: str | None) -> None:
    assert written_company(text) == expected


def test_a_short_name_is_the_parent_not_a_unit_with_more_words() -> None:
    body = (
        "MINNEAPOLIS, March 18 - Gelco Corp said it agreed to sell its courier unit, Gelco Express Ltd, to "
        "Air Canada.\n\nAs part of its plan, Gelco had announced that it would sell four units."
    )
    assert company_names(body)["gelco"] == "Gelco Corp"
    assert actors("GELCO TO SELL UNIT", body)[-1] == ("Gelco", "Gelco Corp")


def test_a_short_name_of_two_with_only_suffixes_is_the_first_written() -> None:
    body = (
        "TORONTO, March 23 - <Costain Ltd> said it settled with Costain Group Plc.\n\n"
        "Costain said earnings would grow."
    )
    assert company_names(body)["costain"] == "Costain Ltd"


def test_a_short_name_inside_an_earlier_name_is_that_company() -> None:
    body = (
        "TURIN, March 16 - The bank <Istituto Bancario San Paolo di Torino> owns <San Paolo U.S. Holding Co> "
        "of Wilmington."
    )
    assert company_names(body)["san paolo"] == "Istituto Bancario San Paolo di Torino"


def test_a_short_name_is_the_unit_holding_it_that_spoke() -> None:
    body = (
        "TROY, Mich., March 4 - Volkswagen U.S. Inc, a subsidiary of Volkswagen AG <VOWG.F>, said car sales "
        "fell 42.5 pct.\n\nFor February, Volkswagen said sales were off 35.2 pct."
    )
    assert actors("VOLKSWAGEN U.S. SALES FALL", body)[-1] == ("Volkswagen", "Volkswagen U.S. Inc")


def test_two_companies_joined_by_and_are_two() -> None:
    text = "Baker International Corp and Hughes Tool Co said they signed a decree."
    firms = company_names(text)
    assert firms["hughes tool co"] == "Hughes Tool Co"
    assert firms["baker"] == "Baker International Corp"
    assert company_names("Standard and Poor's Corp said")["standard"] == "Standard and Poor's Corp"
    assert actors("BAKER, HUGHES SIGN DECREE", "HOUSTON, April 3 - " + text) == [
        ("Hughes Tool Co", "Hughes Tool Co")
    ]
    listed = (
        "NEW YORK, March 3 - Several firms, General Dynamics Corp and Martin Marietta promised to spend more."
    )
    assert actors("FIRMS TO SPEND", listed) == [("Martin Marietta", "Martin Marietta")]


def test_companies_before_are_in_text_order_with_their_whole_names() -> None:
    text = "<Costain Ltd> said Barnett Banks of Florida Inc and Standard Bank Investment Corp Ltd agreed."
    assert [name for _, name in companies_before(text, len(text))] == [
        "Costain Ltd",
        "Barnett Banks of Florida Inc",
        "Standard Bank Investment Corp Ltd",
    ]
    assert companies_before("WILLIAMS COS SELLS UNIT\n\nThe sale closed.", 40) == [(12, "Williams Cos")]


def test_a_company_cut_at_its_and_is_joined_back() -> None:
    body = "MOLINE, ILL., March 27 - Deere and Co said it agreed with General Motors Corp to end talks."
    assert actors("DEERE, GM END TALKS", body) == [("Co", "Deere and Co")]


def test_a_person_of_a_company_cut_at_its_and_is_the_person() -> None:
    body = (
        "NEW YORK, March 3 - Shares rose.\n\n"
        '"The big number is the debt assumption," analyst Jack Kirnan of Kidder Peabody and Co told Reuters.'
    )
    found = extract_statements(Article(key="k", path="k", title="SHARES RISE", body=body), gazetteer=GZ)
    assert [(s.actor, s.actor_kind, s.affiliation) for s in found] == [
        ("Jack Kirnan", "person", "Kidder Peabody and Co")
    ]


def test_a_rating_agency_or_an_exchange_is_not_the_company() -> None:
    from newsdesk.index.language.quotes import extract_statements
    from newsdesk.index.model import Article

    body = (
        "NEW YORK, March 3 - Standard and Poor's Corp said it downgraded the debt of Allegheny International "
        "Inc. S and P said the outlook was poor. The company said it would appeal the decision."
    )
    found = extract_statements(Article(key="k", path="k", title="", body=body))
    assert [(s.speaker, s.actor) for s in found][-1] == ("The company", "Allegheny International Inc")
