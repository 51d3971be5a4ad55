"""Company names an analyst can cite: partners' firms not cut at their "and" or commas, wire tickers
dropped, a headline's capitals not preferred to the body's own form."""

from __future__ import annotations

from newsdesk.index.language.firms import bare_partners, company_names, lone_firms, tidy_company_name
from newsdesk.index.language.quotes import extract_statements
from newsdesk.index.model import Article


def actors(body: str, title: str = "") -> list[tuple[str, str | None, str]]:
    article = Article(key="k", path="k.txt", title=title, body=body, extra={})
    return [(st.speaker, st.actor, st.actor_kind) for st in extract_statements(article)]


def test_a_pair_that_speaks_of_itself_as_it_is_one_firm() -> None:
    text = (
        "NEW YORK, Oct 19 - Gulf and Western Inc's publishing unit, Simon and Schuster, said it agreed in "
        "principle to acquire a British publisher.\n\nSimon and Schuster said that the publisher will "
        "continue under that name."
    )
    assert bare_partners(text) == ("Simon and Schuster",)
    assert [a for _, a, _ in actors(text)] == ["Simon and Schuster", "Simon and Schuster"]
    assert actors("PHILADELPHIA, April 1 - Strawbridge and Clothier said its board declared a dividend.") == [
        ("Clothier", "Strawbridge and Clothier", "organisation")
    ]


def test_a_partners_list_in_its_own_report_and_a_firm_noun_before_a_pair() -> None:
    text = (
        "LONDON, June 19 - It has been a hectic week in raw sugar, London trade house Woodhouse, Drake and "
        'Carey said in its weekly report.\n\n"Prices rose quickly," Woodhouse said.'
    )
    assert bare_partners(text) == ("Woodhouse, Drake and Carey",)
    assert company_names("Chris Tinker, analyst at brokers Phillips and Drew said exports rose.")["drew"] == (
        "Phillips and Drew"
    )


def test_a_pair_without_a_sign_of_a_firm_is_no_firm() -> None:
    assert bare_partners("Britain and France said it would be wrong to act. Smith and Jones agreed.") == ()
    assert bare_partners("Texas Oil and Gas said it had sold a field.") == ("Texas Oil and Gas",)
    # "Oil and Gas" is no name of its own inside "Texas Oil and Gas"
    assert "oil and gas" not in company_names("Texas Oil and Gas said it had sold a field.")


def test_a_name_cut_at_a_partners_comma_is_the_whole_firm() -> None:
    text = "NEW YORK, March 12 - Pope, Evans and Robbins Inc said it has repurchased 780,000 shares."
    table = company_names(text)
    assert table["evans and robbins inc"] == "Pope, Evans and Robbins Inc"
    assert "evans" not in table
    assert actors(text) == [("Robbins Inc", "Pope, Evans and Robbins Inc", "organisation")]
    assert (
        company_names("<Warburg, Pincus Capital Corp> said it has started a tender offer.")[
            "pincus capital corp"
        ]
        == "Warburg, Pincus Capital Corp"
    )


def test_the_suffixes_of_the_firm_before_an_and_are_no_part_of_the_next() -> None:
    text = (
        "NEW YORK, March 11 - Lead underwriters Josephthal and Co Inc, Emmett A. Larkin Co Inc and Hays "
        "Securities Corp said an initial public offering of Mesa Airlines Inc is underway."
    )
    assert company_names(text)["hays securities corp"] == "Hays Securities Corp"
    assert actors(text) == [("Hays Securities Corp", "Hays Securities Corp", "organisation")]


def test_a_wire_ticker_after_a_name_without_suffix_is_dropped() -> None:
    assert [tidy_company_name(n) for n in ("Shell Canada SHC", "Alsthom ALSF.PA", "Thomson-CSF TCSF.PA")] == [
        "Shell Canada",
        "Alsthom",
        "Thomson-CSF",
    ]
    # a country's letters or a suffix in capitals are part of the name
    assert [tidy_company_name(n) for n in ("Amnesty International USA", "Bank of America NT and SA")] == [
        "Amnesty International USA",
        "Bank of America NT and SA",
    ]
    text = "ROME, March 19 - Italy's <Stet> and France's Thomson-CSF <TCSF.PA> said they were negotiating a deal."
    assert company_names(text)["thomson-csf tcsf.pa"] == "Thomson-CSF"
    assert actors("Earlier today, Shell Canada <SHC> said it raised its crude postings.") == [
        ("Shell Canada <SHC", "Shell Canada", "organisation")
    ]


def test_the_body_form_beats_the_headlines_capitals() -> None:
    body = "NEW YORK, June 19 - Marcade Group said it had agreed to buy Europe Craft Imports Inc."
    assert company_names(f"MARCADE GROUP INC <MAR> BUYS EUROPE CRAFT\n\n{body}")["marcade"] == "Marcade Group"
    assert actors(body, title="MARCADE GROUP INC <MAR> BUYS EUROPE CRAFT") == [
        ("Marcade Group", "Marcade Group", "organisation")
    ]


def test_a_one_word_name_that_speaks_of_itself_as_it_is_a_firm() -> None:
    text = "NEW YORK, March 4 - Conrail said its first quarter profit rose. Conrail's board met on Monday."
    assert lone_firms(text) == ("Conrail",)
    assert actors(text) == [("Conrail", "Conrail", "organisation")]


def test_a_word_after_a_given_name_an_initial_or_a_title_is_a_persons_surname() -> None:
    text = "Treasury Secretary James Baker said it will take time. Baker said its policy was firm."
    assert lone_firms(text) == ()
    assert lone_firms("Martin T. Sosnoff bought shares. Sosnoff said it has agreed to sell.") == ()
    assert lone_firms("Mr. Smith met them. Smith said its offer stood. December said it had risen.") == ()
    assert [a for _, a, _ in actors(text)] == ["James Baker", "James Baker"]


def test_an_owner_named_in_full_before_a_possessive_is_the_units_parent() -> None:
    text = (
        "CLARKSBURG, W.Va., Feb 26 - Consolidated Natural Gas System's Consolidated Gas Transmission Corp "
        "said it is in compliance with all federal regulations."
    )
    assert [(a, k) for _, a, k in actors(text)] == [("Consolidated Gas Transmission Corp", "organisation")]
    # a lone possessive is part of the name
    assert [a for _, a, _ in actors("Moody's Investors Service Inc said it downgraded the bonds.")] == [
        "Moody's Investors Service Inc"
    ]


def test_a_trader_with_a_unisex_given_name_is_a_person_and_a_bourse_an_institution() -> None:
    text = "Stocks are cheap, trader Drew Schaefer of Kidder Peabody said, and it is not hard to find value."
    assert [(a, k) for _, a, k in actors(text)] == [("Drew Schaefer", "person")]
    assert [(a, k) for _, a, k in actors("The Paris Bourse said it hopes to quote 100 companies.")] == [
        ("Paris Bourse", "organisation")
    ]


def test_a_bodys_letters_before_the_kind_of_body_it_is_are_its_name() -> None:
    assert [tidy_company_name(n) for n in ("VDA industry association", "U.S. federal agency")] == [
        "VDA",
        "U.S. federal agency",
    ]
    assert actors("The VDA industry association says this might ease to 2.7 mln in 1987.") == [
        ("The VDA industry association", "VDA", "organisation")
    ]


def test_a_headlines_capitals_stay_the_form_when_the_body_writes_none() -> None:
    text = "LEISURE AND TECHNOLOGY <LVX> SELLS NOTES\n\nNEW YORK, Oct 19 - Leisure and Technology In is raising money."
    assert company_names(text)["leisure"] == "LEISURE AND TECHNOLOGY"


def test_a_one_word_name_inside_a_longer_one_or_after_initials_is_no_lone_firm() -> None:
    text = (
        "B.F. Goodrich Co sold a unit. Goodrich said it had agreed. Taft Broadcasting Co agreed. Taft said its "
        "board met. NEW YORK, March 4 - Avon said it has sold its unit."
    )
    assert lone_firms(text) == ("Avon",)


def test_a_stations_call_sign_and_a_headlines_initials_are_kept() -> None:
    assert tidy_company_name("Radio DZRH") == "Radio DZRH"
    text = "P.H. GLATFELTER CO <GLATC> SETS BUYBACK\n\nSPRING GROVE, Pa., April 6 - The company said it would buy."
    assert company_names(text)["p.h. glatfelter"] == "P.H. Glatfelter Co"


def test_a_lone_word_of_a_longer_company_name_is_that_company() -> None:
    text = "J.C. PEnney Co Inc said it formed a venture. Penney said its stores would sell the goods."
    assert "penney" not in company_names(text)
    assert [a for _, a, _ in actors(text)] == ["J.C. Penney Co Inc", "J.C. Penney Co Inc"]


def test_an_institutions_own_letters_and_a_states_letters_stay() -> None:
    assert [tidy_company_name(n) for n in ("Iranian News Agency IRNA", "US federal agency")] == [
        "Iranian News Agency IRNA",
        "US federal agency",
    ]


def test_a_firm_of_partners_named_after_a_firm_noun_and_of() -> None:
    text = (
        "WASHINGTON, April 7 - The New York brokerage firm of Spear, Leeds and Kellogg told the Securities "
        "and Exchange Commission it had increased its stake."
    )
    assert bare_partners(text) == ("Spear, Leeds and Kellogg",)


def test_every_firm_noun_holds_a_stem_the_quick_test_looks_for() -> None:
    from newsdesk.index.language import firms

    assert [w for w in firms._FIRM_NOUNS_BEFORE if not any(s in w for s in firms._FIRM_NOUN_STEMS)] == []
