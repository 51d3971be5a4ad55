"""Which company a Reuters statement belongs to: the company the article names beats a unit, a parent, a
headline's capitals and the gazetteer's expansion of the same letters."""

from __future__ import annotations

from newsdesk.index.actors.gazetteer import load_gazetteer
from newsdesk.index.language.firms import (
    article_company,
    company_names,
    opened_by_other,
    ticker_forms,
    tidy_company_name,
)
from newsdesk.index.language.quotes import extract_statements
from newsdesk.index.model import Article


def actors(body: str, title: str = "") -> list[tuple[str, str | None, str]]:
    article = Article(key="k", path="k.txt", title=title, body=body, extra={})
    return [(st.speaker, st.actor, st.actor_kind) for st in extract_statements(article)]


BP = (
    "LONDON, March 26 - British Petroleum Co Plc <BP.L> said it intended to make a tender offer for "
    "Standard Oil Co <SRD.N>.\n\nThe offer would be made through its <BP North America Inc> unit.\n\n"
    "BP said in a statement the price was fair. The company said it was arranging the facilities."
)


def test_a_wire_ticker_says_which_company_its_letters_stand_for() -> None:
    assert ticker_forms(BP) == {"bp": "British Petroleum Co Plc", "srd": "Standard Oil Co"}
    table = company_names(BP)
    assert (table["bp"], table["bp north america"]) == ("British Petroleum Co Plc", "BP North America Inc")
    assert actors(BP) == [
        ("British Petroleum Co Plc <BP.L", "British Petroleum Co Plc", "organisation"),
        ("BP", "British Petroleum Co Plc", "organisation"),
        ("The company", "British Petroleum Co Plc", "organisation"),
    ]


def test_a_headline_ticker_and_one_letter_tickers_name_no_short_form() -> None:
    assert ticker_forms("XEROX <XRX> SELLS UNIT\n\nFord Motor Co <F> and Texaco Inc <TX> said.") == {
        "tx": "Texaco Inc"
    }


def test_a_headline_verb_ends_a_headline_company_name() -> None:
    title = "OPPENHEIMER UPS VIACOM <VIA> STAKE"
    body = (
        "WASHINGTON, March 3 - Oppenheimer and Co, a New York brokerage firm, said it raised its stake in "
        "Viacom International Inc.\n\nIn a filing, Oppenheimer said it bought 477,200 Viacom shares."
    )
    assert "oppenheimer ups viacom" not in company_names(f"{title}\n\n{body}")
    assert company_names(body)["oppenheimer"] == "Oppenheimer and Co"
    assert actors(body, title)[-1] == ("Oppenheimer", "Oppenheimer and Co", "organisation")


def test_the_parent_the_short_name_opens_beats_the_affiliate_that_spoke() -> None:
    body = (
        "NEW YORK, June 18 - Xerox Corp's affiliate Rank Xerox Ltd said it signed an agreement to sell a "
        "unit.\n\nXerox said the preliminary agreement had been reached in March."
    )
    assert opened_by_other("xerox", "Rank Xerox Ltd", company_names(body))
    assert not opened_by_other("xerox", "Xerox Corp", company_names(body))
    assert [a for _, a, _ in actors(body)] == ["Rank Xerox Ltd", "Xerox Corp"]


def test_a_company_of_america_keeps_its_continent() -> None:
    body = (
        "Financial Corp of America said it lost money. Ford Motor Co's <F> First Nationwide Financial Corp "
        "said it is interested in acquiring the company.\n\nFinancial Corp said it needs one billion dlrs."
    )
    assert company_names(body)["financial corp"] == "Financial Corp of America"
    assert [a for _, a, _ in actors(body)] == [
        "Financial Corp of America",
        "First Nationwide Financial Corp",
        "Financial Corp of America",
    ]


def test_the_article_s_company_beats_the_gazetteer_s_expansion_of_its_letters() -> None:
    eac = (
        "CHICAGO, April 3 - EAC Industries Inc said it entered a loan agreement.\n\nEAC said it was pleased."
    )
    assert actors(eac)[-1] == ("EAC", "EAC Industries Inc", "organisation")
    cbc = "<CBC Bancorp Inc> said it will be acquired.\n\nCBC said the merger will not affect its name."
    assert actors(cbc)[-1] == ("CBC", "CBC Bancorp Inc", "organisation")
    nbc = (
        "NEW YORK, April 1 - The National Broadcasting Co delivered its final offer to writers.\n\n"
        "NBC said any daily hires would be represented by the union."
    )
    assert article_company("NBC", company_names(nbc), nbc) == "National Broadcasting Co"
    assert actors(nbc) == [("NBC", "National Broadcasting Co", "organisation")]
    # Without a company of those letters the gazetteer's reading stands.
    assert actors("EAC said trade among its members rose.") == [
        ("EAC", "East African Community", "organisation")
    ]


def test_a_person_inside_a_longer_name_does_not_take_the_company_s_short_name() -> None:
    body = (
        "PITTSBURGH, April 13 - Mellon Bank Corp said its chairman retired.\n\nMellon said the change would "
        "help the bank.\n\nPearson is financial advisor to the Paul Mellon Family Interests.\n\n"
        "On Friday Mellon reported a 59.8 mln dlr first quarter loss."
    )
    assert [a for _, a, _ in actors(body)] == ["Mellon Bank Corp", "Mellon Bank Corp", "Mellon Bank Corp"]


def test_gazetteer_companies_are_never_their_units_parents_or_successors() -> None:
    gz = load_gazetteer()
    found = {
        n: gz.lookup(n).name for n in ("United Airlines", "UAL Corp", "Citicorp", "Citi", "British Aerospace")
    }  # type: ignore[union-attr]
    assert found == {
        "United Airlines": "United Airlines",
        "UAL Corp": "UAL",
        "Citicorp": "Citicorp",
        "Citi": "Citigroup",
        "British Aerospace": "British Aerospace",
    }
    assert gz.lookup("Shearson Lehman").name == "Shearson Lehman Brothers"  # type: ignore[union-attr]


def test_the_parent_s_unit_described_is_the_unit_that_spoke() -> None:
    body = (
        "HOUSTON, April 13 - Exxon Co U.S.A. said it is expanding marketing of its gasoline.\n\n"
        "The Exxon Corp subsidiary said the changeover will begin late this month."
    )
    assert actors(body)[-1] == ("The Exxon Corp subsidiary", "Exxon Co U.S.A.", "organisation")


def test_a_ticker_s_company_loses_the_sentence_words_before_it() -> None:
    text = (
        "When International Business Machines Corp <IBM> said so, Japan's Nissan Motor Co Ltd <NSAN.T> and "
        "AMR Corp's <AMR> unit agreed."
    )
    assert ticker_forms(text) == {
        "ibm": "International Business Machines Corp",
        "nsan": "Nissan Motor Co Ltd",
        "amr": "AMR Corp",
    }


def test_and_co_is_a_firm_only_when_it_opens_the_name() -> None:
    table = company_names(
        "Advisers are Smith Barney, Harris Upham and Co. March 3 - Oppenheimer and Co said so."
    )
    assert (table.get("harris"), table["oppenheimer"]) == (None, "Oppenheimer and Co")


def test_a_headline_s_capitals_are_no_other_company_than_the_one_that_spoke() -> None:
    title = "LILLY <LLY> CUTS LIPOSOME <LIPO> STAKE"
    body = (
        "WASHINGTON, March 31 - Eli Lilly and Co told the Securities and Exchange Commission it cut its stake "
        "in Liposome Co Inc.\n\nLilly said it sold 400,000 Liposome common shares."
    )
    assert not opened_by_other("lilly", "Eli Lilly and Co", company_names(f"{title}\n\n{body}"))
    assert actors(body, title)[-1] == ("Lilly", "Eli Lilly and Co", "organisation")


def test_a_gazetteer_name_holding_the_short_name_keeps_its_own_form() -> None:
    body = "MOLINE, Ill., March 2 - Deere and Co <DE> said sales rose.\n\nDeere said output would rise."
    assert company_names(body)["deere"] == "Deere and Co"
    assert actors(body)[-1] == ("Deere", "Deere & Company", "organisation")


def test_a_company_name_loses_its_deal_role_ticker_and_lower_case_suffix() -> None:
    assert [
        tidy_company_name(n)
        for n in (
            "lead manager Union Bank of Switzerland",
            "co-lead manager Bank of Tokyo International Ltd",
            "Societe Generale <SGEN.PA> bank",
            "Schering-Plough corp",
            "the Pentagon",
            "USX Corp's USS division",
        )
    ] == [
        "Union Bank of Switzerland",
        "Bank of Tokyo International Ltd",
        "Societe Generale",
        "Schering-Plough Corp",
        "the Pentagon",
        "USX Corp's USS division",
    ]
    body = (
        "LONDON, April 9 - British Airways Plc is issuing a 100 mln stg eurobond paying 9-1/2 pct, said lead "
        "manager Union Bank of Switzerland."
    )
    assert [a for _, a, _ in actors(body)] == ["Union Bank of Switzerland"]
