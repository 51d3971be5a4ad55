"""Session 11: a speaker typed person only by default takes the kind the article describes it with
(index/language/described_kind.py): "sugar group Beghin-Say", "daily Népszava", "the villages of Gambell
and Stebbins". A title, a given name, a full name or a pronoun keeps a person a person."""

from __future__ import annotations

from newsdesk.index.language.quotes import extract_statements
from newsdesk.index.model import Article


def speakers(body: str) -> list[tuple[str | None, str | None]]:
    article = Article(key="k", path="k.txt", title="", body=body, extra={})
    return [(s.actor, s.actor_kind) for s in extract_statements(article)]


def test_trade_noun_before_the_name_types_a_company() -> None:
    body = (
        "PARIS, March 23 - French sugar group Beghin-Say is to raise its capital. "
        "Beghin-Say said it was below 500,000 tonnes."
    )
    assert speakers(body) == [("Beghin-Say", "organisation")]


def test_board_before_the_name_types_a_body() -> None:
    body = (
        "Harvesting is expected to begin shortly, the marketing and research board Irvam said. "
        "Irvam said yields are expected higher than last year."
    )
    assert speakers(body) == [("Irvam", "organisation")]


def test_apposition_closed_by_the_name_types_a_company() -> None:
    body = (
        "The refineries are owned by another state-owned oil organisation, Petromin -- and produced oil. "
        "Petromin said it would cut prices next month."
    )
    assert speakers(body) == [("Petromin", "organisation")]


def test_a_comma_the_name_does_not_close_is_no_apposition() -> None:
    body = "Sales fell at the company, Vandermolen said on Tuesday. Vandermolen said prices would rise."
    assert speakers(body) == [("Vandermolen", "person"), ("Vandermolen", "person")]


def test_newspaper_noun_types_an_outlet() -> None:
    body = (
        "The state issued a bond, and daily Népszava covered the story. "
        "Népszava noted the purchase appeared to circumvent the Ministry of Defence."
    )
    assert speakers(body) == [("Népszava", "outlet")]


def test_village_of_types_a_body() -> None:
    body = (
        "The Alaskan villages of Gambell and Stebbins, along with an organization of Eskimo natives, "
        "argued that the drilling would hurt hunting. Stebbins said the lease sale was illegal."
    )
    assert speakers(body) == [("Stebbins", "organisation"), ("Stebbins", "organisation")]


def test_apposition_after_the_name_types_a_company() -> None:
    body = "Kolbrecht, the French engineering group, won the order. Kolbrecht said margins would improve."
    assert speakers(body) == [("Kolbrecht", "organisation")]


def test_an_apposition_naming_a_job_keeps_a_person() -> None:
    body = "Kolbrecht, a bank economist in Paris, spoke. Kolbrecht said margins would improve."
    assert speakers(body) == [("Kolbrecht", "person")]


def test_firm_words_after_the_name_type_a_company() -> None:
    body = "Former Adsteam employees formed the group. Adsteam said it would keep the brand."
    assert speakers(body) == [("Adsteam", "organisation")]


def test_a_title_keeps_a_person() -> None:
    body = (
        "Mr Kolbrecht joined the engineering group Kolbrecht years ago. Kolbrecht said margins would improve."
    )
    assert speakers(body) == [("Kolbrecht", "person")]


def test_a_full_name_keeps_a_person() -> None:
    body = "Gerald Ford spoke in Detroit. The car company Ford makes cars. Ford said the economy was weak."
    assert speakers(body) == [("Gerald Ford", "person")]


def test_short_form_after_a_company_name_types_a_company() -> None:
    body = (
        "ZURICH, March 13 - Schweizerische Aluminium AG <ALUZ.Z> (Alusuisse) may break even this year. "
        "Alusuisse said losses would end."
    )
    assert speakers(body) == [("Alusuisse", "organisation")]


def test_name_in_reuters_brackets_types_a_company() -> None:
    body = "STOCKHOLM - <AB Catena>, in which Volvo has a stake, grew. Catena said profits rose."
    assert speakers(body) == [("Catena", "organisation")]


def test_name_opening_a_company_name_types_a_company() -> None:
    body = "The report by the F.W. Dodge Division of McGraw-Hill came out. Dodge said contracting rose."
    assert speakers(body) == [("Dodge", "organisation")]


def test_long_apposition_headed_by_subsidiary_types_a_company() -> None:
    body = (
        "Billiton, a fully-owned Royal Dutch/Shell <RD.AS> subsidiary, spoke to Reuters. "
        "Billiton said it would stay."
    )
    assert speakers(body) == [("Billiton", "organisation")]


def test_shares_after_the_name_type_a_company_but_a_possessive_does_not() -> None:
    assert speakers("Alusuisse bearer shares closed lower. Alusuisse said losses would end.") == [
        ("Alusuisse", "organisation")
    ]
    assert speakers("Icahn's shares rose. Icahn said the offer was fair.") == [("Icahn", "person")]


def test_management_of_the_name_types_a_company() -> None:
    body = "Lawyers will study Air Lanka's management. Air Lanka said losses were large."
    assert speakers(body) == [("Air Lanka", "organisation")]


def test_a_pronoun_after_the_name_keeps_a_person() -> None:
    body = "Sales at Kolbrecht Group fell. Kolbrecht said he would resign."
    assert speakers(body) == [("Kolbrecht", "person")]


def test_the_head_of_a_body_named_after_a_comma_stays_a_person() -> None:
    body = (
        "Demand will rise, the head of the food logistics agency, Bustanil Arifin, has said. "
        "Bustanil Arifin said imports would fall."
    )
    assert speakers(body) == [("Bustanil Arifin", "person"), ("Bustanil Arifin", "person")]
