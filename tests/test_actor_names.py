"""Speaker names on real-news shapes: what is a person's name, a company, a group or an office."""

from __future__ import annotations

import pytest

from newsdesk.index.actors.gazetteer import load_gazetteer
from newsdesk.index.actors.names import article_scoped, entity_slug, is_article_scoped
from newsdesk.index.actors.shapes import (
    collective_name,
    is_role,
    nominal_head,
    plausible_affiliation,
    source_head,
)
from newsdesk.index.language.firms import company_names
from newsdesk.index.language.places import article_country, is_generic
from newsdesk.index.language.quotes import extract_statements
from newsdesk.index.language.speakers import parse_mention
from newsdesk.index.language.speech_acts import says_something
from newsdesk.index.model import Article, Statement

GZ = load_gazetteer()


def extracted(body: str) -> list[Statement]:
    """The statements of an untitled article with this body."""
    return extract_statements(Article(key="k", path="k", title="", body=body))


def parsed(text: str) -> tuple[str | None, str | None, str | None, str | None, str | None] | None:
    m = parse_mention(text, 0, GZ)
    return None if m is None else (m.kind, m.name, m.actor_kind, m.role, m.affiliation)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Whereas Pierce", ("name", "Pierce", "person", None, None)),
        ("Scientist Rebecca Falconer", ("name", "Rebecca Falconer", "person", "Scientist", None)),
        ("Lord Falconer", ("name", "Lord Falconer", "person", None, None)),
        (
            "The Attorney General Lord Goldsmith",
            ("name", "Lord Goldsmith", "person", "The Attorney General", None),
        ),
        ("Sir Menzies", ("name", "Sir Menzies", "person", None, None)),
        ("Charles Clarke's", ("name", "Charles Clarke", "person", None, None)),
        (
            "First Minister of Scotland Nicola Sturgeon",
            ("name", "Nicola Sturgeon", "person", "First Minister of Scotland", None),
        ),
        (
            "Former welfare minister Frank Field MP",
            ("name", "Frank Field", "person", "Former welfare minister MP", None),
        ),
        (
            "Newly elected Assemblywoman Selena Torres",
            ("name", "Selena Torres", "person", "Newly elected Assemblywoman", None),
        ),
        ("Dean Johnson", ("name", "Dean Johnson", "person", None, None)),
        (
            "Florida Department of Transportation official Troy Roberts",
            ("name", "Troy Roberts", "person", "official", "Florida Department of Transportation"),
        ),
        ("Cameron Easley for Morning Consult", ("name", "Cameron Easley", "person", None, "Morning Consult")),
    ],
)
def test_person_names_lose_what_is_not_their_name(text: str, expected: tuple) -> None:
    assert parsed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tories", ("name", "Conservative Party", "organisation", None, "United Kingdom")),
        ("Lib Dems", ("name", "Liberal Democrats", "organisation", None, "United Kingdom")),
        ("Male MPs", ("unnamed", "Male MPs", "unnamed", None, None)),
        ("Dealers", ("unnamed", "dealers", "unnamed", None, None)),
        ("the Salford MP", ("unnamed", "the Salford MP", "unnamed", None, None)),
        ("the journal Science", ("name", "Science", "outlet", None, None)),
        ("News.com.au", ("name", "News.com.au", "outlet", None, None)),
        ("WalesOnline", ("name", "WalesOnline", "organisation", None, None)),
        ("accountancy firm Ernst & Young", ("name", "Ernst & Young", "organisation", None, None)),
        ("Standard and Poor's Corp", ("name", "Standard and Poor's Corp", "organisation", None, None)),
        ("Moody's", ("name", "Moody's", "organisation", None, "United States")),
        ("American Motors Corp", ("name", "American Motors Corp", "organisation", None, None)),
        ("The Coast Guard", ("name", "Coast Guard", "organisation", None, None)),
        (
            "The Center for Biological Diversity",
            ("name", "Center for Biological Diversity", "organisation", None, None),
        ),
        (
            "Last April's report by the Electoral Commission",
            ("name", "Electoral Commission", "organisation", None, None),
        ),
        ("Economists polled by Reuters", ("unnamed", "economists", "unnamed", None, None)),
        ("Japan's Finance Ministry", ("name", "Finance Ministry (Japan)", "organisation", None, "Japan")),
        ("Trump's State Department", ("name", "the State Department", "organisation", None, "United States")),
        (
            "a Downing Street spokesman",
            ("unnamed", "a Downing Street spokesman", "unnamed", None, "Downing Street"),
        ),
        ("senior Russian officials", ("unnamed", "senior Russian officials", "unnamed", None, "Russia")),
        (
            "a Home Office spokeswoman",
            ("unnamed", "a Home Office spokeswoman", "unnamed", None, "Home Office"),
        ),
        ("a close aide to Nakasone", ("unnamed", "a close aide to Nakasone", "unnamed", None, "Nakasone")),
        (
            "an aide to Agriculture Secretary Richard Lyng",
            ("unnamed", "an aide to Agriculture Secretary Richard Lyng", "unnamed", None, "Richard Lyng"),
        ),
        ("sources close to Balladur", ("unnamed", "sources close to Balladur", "unnamed", None, "Balladur")),
        ("Latin American officials", ("unnamed", "Latin American officials", "unnamed", None, None)),
        (
            "American Express officials",
            ("unnamed", "American Express officials", "unnamed", None, "American Express"),
        ),
        (
            "William Blair and Co and Howard",
            ("name", "William Blair and Co and Howard", "organisation", None, None),
        ),
        (
            "Chancellor of the Exchequer Nigel Lawson",
            ("name", "Nigel Lawson", "person", "Chancellor of the Exchequer", None),
        ),
        ("the Ealing North MP", ("unnamed", "the Ealing North MP", "unnamed", None, None)),
        ("the Rexham board", ("name", "Rexham", "organisation", None, None)),
        ("from Toronto", None),
        ("Like", None),
    ],
)
def test_names_that_are_no_person(text: str, expected: tuple | None) -> None:
    assert parsed(text) == expected


def test_roles_affiliations_and_unnamed_sources() -> None:
    assert is_role("chairman of the Commons public accounts committee")
    assert is_role("Tory leader")
    assert not is_role("The book by Sunday Telegraph journalist")
    assert not is_role("Prime minister's questions also saw")
    assert nominal_head("the prime minister") == "prime minister"
    assert nominal_head("the report") is None
    assert source_head("a Labour spokeswoman") == "spokesperson"
    assert source_head("senior officials") == "officials"
    assert source_head("critics") is None
    assert collective_name("a spokesman", "Downing Street") == "spokesperson (Downing Street)"
    assert collective_name("a spokesman", None) is None
    assert plausible_affiliation("Russia", GZ)
    assert plausible_affiliation("Birkbeck College", GZ)
    assert not plausible_affiliation("Brown", GZ)
    assert not plausible_affiliation("It", GZ)


def test_a_role_description_means_the_holder_of_that_office() -> None:
    from newsdesk.index.actors.shapes import holds_office

    dem = GZ.demonym
    assert holds_office("the prime minister", "Prime Minister", None, dem)
    assert not holds_office("the prime minister", "Deputy Prime Minister", None, dem)
    assert not holds_office("the minister", "Greek prime minister", "Greece", dem)  # another minister
    assert not holds_office("the foreign secretary", "Home Secretary", None, dem)
    assert not holds_office("the foreign secretary", "Shadow foreign secretary", None, dem)
    assert holds_office("The French president", "French President", None, dem)
    assert holds_office("The French president", "President", "France", dem)
    assert not holds_office("The French president", "US President", "United States", dem)
    assert not holds_office("the official", "Finance Minister", None, dem)
    assert holds_office("the spokesman", "the Kremlin spokesman", "Russia", dem)


def test_keys_and_ids() -> None:
    key = article_scoped("Blair", "bbc/politics-001.md")
    assert key.startswith("blair@") and len(key) == len("blair@") + 10 and is_article_scoped(key)
    assert key != article_scoped("Blair", "bbc/politics-002.md")
    assert (
        entity_slug("the Electoral Commission")
        == entity_slug("Electoral Commission")
        == "electoral-commission"
    )
    assert entity_slug("General Motors Corp") == entity_slug("General Motors") == "general-motors"
    assert entity_slug("Cal Fed Income Partners L.P.") == entity_slug("Cal Fed Income Partners")
    assert entity_slug("Bear, Stearns and Co") == entity_slug("Bear Stearns Cos Inc") == "bear-stearns"
    assert (
        entity_slug("Standard & Poor's Corp") == entity_slug("Standard and Poor's") == "standard-and-poor-s"
    )


def test_company_names_an_article_writes() -> None:
    text = (
        "BECHTEL INC SETS DESIGN CONTRACT\n\nSAN FRANCISCO, April 13 - Bechtel said it signed. <Kansai "
        "International Airport Co Ltd> agreed. Western Digital Corp <WDC> fell. First Interstate Bancorp and "
        "First Chicago Corp rose."
    )
    firms = company_names(text)
    assert firms["bechtel"] == "Bechtel Inc"
    assert firms["western digital"] == "Western Digital Corp"
    assert firms["first interstate"] == "First Interstate Bancorp"
    assert "first" not in firms  # two companies share it
    assert firms["kansai international airport"] == "Kansai International Airport Co Ltd"


def test_a_headline_s_short_form_and_the_body_s_full_name_are_one_company() -> None:
    firms = company_names(
        "BRENTWOOD <BRWD> FILES SUIT\n\nBrentwood Instruments Inc said it sued. Coniston Partners asked."
    )
    assert firms["brentwood"] == "Brentwood Instruments Inc"
    assert firms["coniston"] == "Coniston Partners"


def test_generic_institutions_and_the_country_of_an_article() -> None:
    assert is_generic("the Finance Ministry") and is_generic("Ministry of State Participation")
    assert is_generic("central bank") and is_generic("the Construction Ministry")
    assert not is_generic("the Pentagon") and not is_generic("Bank of England")
    assert article_country("TOKYO, March 3 - Prices fell.", GZ) == "Japan"
    assert article_country("Prices fell in France on Monday, French officials said.", GZ) == "France"
    assert article_country("Prices fell.", GZ) is None


@pytest.mark.parametrize(
    ("lemma", "kind", "content", "expected"),
    [
        ("add", "indirect", "1.28p per litre", False),
        ("add", "indirect", "$1.89 to $48.62 at the close", False),
        ("add", "indirect", "more content", False),
        ("add", "indirect", "that the talks would resume", True),
        ("add", "direct", '"18 points"', True),
        ("show", "indirect", "host", False),
        ("report", "indirect", "36 infections at the base", True),
        ("call", "indirect", "a delay", True),
        ("say", "indirect", "5%", True),
    ],
)
def test_a_statement_says_something(lemma: str, kind: str, content: str, expected: bool) -> None:
    assert says_something(lemma, kind, content) is expected


def test_an_interview_transcript_is_the_speakers_words() -> None:
    body = (
        "With Wikinews, Garg discussed the campaign.\n\n"
        "((WN)) How many of them were there?\n\n"
        "((Aparna Garg)) There were fifteen of them. I said we would go on.\n\n"
        "He further stated that the drive would continue."
    )
    found = extracted(body)
    assert [(s.actor, s.kind, s.cue, s.quote) for s in found] == [
        ("Aparna Garg", "direct", ":", "There were fifteen of them. I said we would go on."),
        ("Aparna Garg", "indirect", "stated", "that the drive would continue"),
    ]


def test_the_company_is_the_company_the_article_names() -> None:
    body = (
        "NEW YORK, March 3 - USAir Group Inc said its board rejected Trans World Airlines Inc's offer. The "
        "company said the bid was inadequate. Separately, <Piedmont Aviation Inc> said it would talk. The "
        "airline said talks would take weeks."
    )
    found = extract_statements(Article(key="k", path="k", title="USAIR GROUP <U> REJECTS TWA BID", body=body))
    assert [(s.speaker, s.actor, s.actor_kind) for s in found] == [
        ("USAir Group Inc", "USAir Group Inc", "organisation"),
        ("The company", "USAir Group Inc", "organisation"),
        ("Piedmont Aviation Inc", "Piedmont Aviation Inc", "organisation"),
        ("The airline", "Piedmont Aviation Inc", "organisation"),
    ]


@pytest.mark.parametrize(
    ("body", "year", "country"),
    [
        ("SYDNEY, March 3 - Rates held.", 1987, "Australia"),
        ("STAMFORD, Conn., March 3 - Rates held.", 1987, "United States"),
        ("FRANKFURT, March 3 - Rates held.", 1987, "West Germany"),
        ("FRANKFURT, March 3 - Rates held.", 2020, "Germany"),
        ("MOSCOW, March 3 - Rates held.", 1987, "Soviet Union"),
        ("HAMILTON, Bermuda, March 3 - Rates held.", 1987, None),
    ],
)
def test_a_dateline_places_the_article(body: str, year: int, country: str | None) -> None:
    assert article_country(body, GZ, year) == country


def test_a_generic_institution_is_the_datelines_countrys() -> None:
    body = "SYDNEY, March 3 - The Reserve Bank said rates would stay. The Treasury said the dollar was firm."
    import datetime as dt

    article = Article(key="k", path="k", title="RATES", body=body, date=dt.date(1987, 3, 3))
    assert [(s.actor, s.actor_kind) for s in extract_statements(article)] == [
        ("Reserve Bank of Australia", "organisation"),
        ("Treasury (Australia)", "organisation"),
    ]


def test_an_unnamed_source_of_another_sector_is_not_the_states() -> None:
    assert collective_name("U.S. grain trade industry officials", "United States") is None
    assert collective_name("Japanese commercial bank officials", "Japan") is None
    assert collective_name("senior Japanese officials", "Japan") == "officials (Japan)"
    assert collective_name("a Labour Party spokesman", "Labour Party") == "spokesperson (Labour Party)"


def _who(body: str, title: str = "") -> list[tuple[str | None, str | None]]:
    return [
        (s.actor, s.actor_kind)
        for s in extract_statements(Article(key="k", path="k", title=title, body=body))
    ]


def test_the_government_is_the_one_the_article_named_before() -> None:
    body = (
        "NEW YORK, March 30 - The Philippine government has agreed to pay, bankers said. The Philippines "
        "pays, and the government has indicated that it will in fact do so, bankers said."
    )
    assert ("Philippines", "state") in _who(body)
    assert ("United States", "state") not in _who(body)
    peru = (
        "WASHINGTON - The government of Peru Tuesday said it would pay. The government also said it was sure."
    )
    assert _who(peru) == [("Peru", "state"), ("Peru", "state")]


def test_a_territorys_government_is_its_own() -> None:
    body = (
        'The government of American Samoa issued a statement: "imposition would fail." The government also '
        "said it was sure."
    )
    assert _who(body) == [("Government of American Samoa", "organisation")] * 2


def test_a_wire_story_about_another_country_is_that_countrys() -> None:
    body = (
        "NEW YORK, March 3 - The Philippines will pay, Philippine officials said. Manila agreed with the "
        "Philippines' banks. Rates held."
    )
    assert article_country(body, GZ, 1987) == "Philippines"
    assert article_country("NEW YORK, March 3 - U.S. rates held in the United States, Japan said.", GZ) == (
        "United States"
    )


def test_a_party_of_another_countrys_name_is_the_articles_countrys() -> None:
    australian = (
        "Voters in the Australian district of Groom go to the polls in Australia's most boring by-election. "
        "The Liberal Democrats said they stand for liberty."
    )
    assert _who(australian) == [("Liberal Democrats (Australia)", "organisation")]
    assert _who("Britain's Liberal Democrats said they stand for liberty.") == [
        ("Liberal Democrats", "organisation")
    ]


def test_a_capital_listed_among_regions_is_the_region() -> None:
    body = "Nevada, Idaho, Oregon and Washington also report significant shortages despite rainfall, the department said."
    assert ("United States", "state") not in _who(body)
    assert _who("Tokyo and Washington said they would talk.") == [("United States", "state")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pharmacia AB", ("name", "Pharmacia AB", "organisation", None, None)),
        ("Fiat SpA", ("name", "Fiat SpA", "organisation", None, None)),
        ("Cie Bancaire", ("name", "Cie Bancaire", "organisation", None, None)),
        ("Calif.-based Meridian", ("name", "Meridian", "organisation", None, None)),
        ("the Houston-based company", ("unnamed", "the company", "unnamed", None, None)),
        ("London-based analyst John Smith", ("name", "John Smith", "person", "London-based analyst", None)),
    ],
)
def test_company_shapes_of_the_wires(text: str, expected: tuple[str, ...]) -> None:
    assert parsed(text) == expected


def test_a_role_of_an_organisation_then_a_name_is_the_person() -> None:
    body = (
        "The director of Argentina's Amnesty International, Mariela Belski, said the president had "
        '"heard the demands of women".'
    )
    [s] = extracted(body)
    assert (s.actor, s.actor_kind, s.role, s.affiliation) == (
        "Mariela Belski",
        "person",
        "the director",
        "Amnesty International",
    )


def test_subjects_that_do_not_speak_where_the_main_clause_does() -> None:
    assert _who('Once, when Trump interjected, Biden said "Will you shut up, man?"') == [("Biden", "person")]
    assert _who("As Smith said, the market is weak.") == [("Smith", "person")]
    found = _who("This past Friday, the princess, 67, announced her candidacy for the prime ministry.")
    assert found == [("the princess", "unnamed")]
    assert _who("The market is weak, said the analyst.") == [("the analyst", "unnamed")]


def test_a_short_form_is_the_name_whose_initials_it_spells() -> None:
    from newsdesk.index.language.resolve import by_initials

    assert by_initials("Scandinavian Airline System cut fares.", "SAS") == "Scandinavian Airline System"
    assert by_initials("The Australian Stock Exchange said.", "ASX") == "Australian Stock Exchange"
    assert by_initials("Standard Atlantic Shipping and Southern Air Services met.", "SAS") is None
    body = "Scandinavian Airline System cut fares. SAS said the price of a ticket will be 644 dlrs."
    assert _who(body) == [("Scandinavian Airline System", "organisation")]


def test_company_names_the_subject_finder_cut() -> None:
    body = (
        "VAN NUYS, Calif., March 2 - Valley Federal Savings and Loan Association said it appointed Joseph "
        "Biafora chairman. The appointments follow the death of Robert Gibson, the company said."
    )
    assert _who(body) == [("Valley Federal Savings and Loan Association", "organisation")] * 2
    assert _who("Lead manager Swiss Bank Corp said the issue was priced at par.") == [
        ("Swiss Bank Corp", "organisation")
    ]


def test_a_surname_after_a_name_with_a_generation_is_that_person() -> None:
    body = "Invacare chairman A. Malachi Mixon III said sales rose. Mixon said growth would come from within."
    assert _who(body) == [("A. Malachi Mixon III", "person")] * 2


def test_the_last_place_of_a_list_is_no_speaker_and_it_is_the_body_that_spoke() -> None:
    assert _who("Traders in Japan, Sydney and Hong Kong said they expected the move to bring benefits.") == [
        (None, None)
    ]
    body = (
        "Oregon and Washington also report shortages in some areas, the department said. Arizona and "
        "Alaska have more snow than normal, it said."
    )
    # (The states' "report" inside the department's words is no statement of theirs: see test_stmts11.)
    assert _who(body) == [("the department", "unnamed"), ("the department", "unnamed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Martin Luther King Jr", ("name", "Martin Luther King Jr", "person", None, None)),
        ("Senator Robert Casey Jr", ("name", "Robert Casey Jr", "person", "Senator", None)),
        ("The Hindu", ("name", "The Hindu", "outlet", None, None)),
    ],
)
def test_names_with_a_generation_and_outlets_without_an_outlet_word(
    text: str, expected: tuple[str, ...]
) -> None:
    assert parsed(text) == expected


def test_a_state_is_named_as_in_the_articles_year() -> None:
    import datetime as dt

    body = (
        "BONN, March 3 - The West German government said taxes would fall. The German government said "
        "cuts would come next year. Russia said it would buy grain."
    )
    found = extract_statements(Article(key="k", path="k", title="", body=body, date=dt.date(1987, 3, 3)))
    assert [(s.actor, s.actor_kind) for s in found] == [
        ("West Germany", "state"),
        ("West Germany", "state"),
        ("Soviet Union", "state"),
    ]


def test_a_relative_clause_after_a_party_tag_is_the_senators() -> None:
    body = "The plan won support from Sen. James McClure, R-Idaho, who agreed that the aid should cover all lenders."
    assert _who(body) == [("James McClure", "person")]
    body = "The State Bank is issuing a eurobond, lead manager Swiss Bank Corp International said."
    assert _who(body) == [("Swiss Bank Corp International", "organisation")]


def test_an_appositive_without_its_closing_comma_and_others_claims() -> None:
    body = "Mark Serwotka, from the Public and Commercial Services union said there should be a strike."
    assert _who(body) == [("Mark Serwotka", "person")]
    assert (
        _who("Tony Blair has dismissed reports he told Gordon Brown he would quit before the election.") == []
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gold Fields of South Africa Ltd",
            ("name", "Gold Fields of South Africa Ltd", "organisation", None, None),
        ),
        ("Chairman of Acme Corp", ("name", "Acme Corp", "organisation", "Chairman of", None)),
    ],
)
def test_a_company_named_with_of_keeps_its_whole_name(text: str, expected: tuple[str, ...]) -> None:
    assert parsed(text) == expected


def test_a_headlines_capitals_are_the_bodys_fuller_name() -> None:
    from newsdesk.index.language.resolve import body_form

    text = (
        "CENTRUST SAVINGS <DLP> TO RECAPITALIZE\n\nCentrust Savings Bank Chairman David Paul said it would."
    )
    assert body_form(text, "CENTRUST SAVINGS") == "Centrust Savings Bank"
    assert body_form("ACME FOODS <AF> SETS\n\nAcme Foods said it would.", "ACME FOODS") is None
    body = (
        "MIAMI, March 20 - Centrust Savings Bank said it will recapitalize. Centrust said the plan was set."
    )
    assert _who(body, title="CENTRUST SAVINGS <DLP> TO RECAPITALIZE STOCK")[-1] == (
        "Centrust Savings Bank",
        "organisation",
    )


def test_arabic_family_names_keep_their_particle() -> None:
    assert parsed("Foreign Minister Saud al-Faisal") == (
        "name",
        "Saud al-Faisal",
        "person",
        "Foreign Minister",
        None,
    )
    body = "Commerce Minister Suleiman Abdulaziz al-Salim said the kingdom would buy more. Salim said prices rose."
    assert _who(body) == [("Suleiman Abdulaziz al-Salim", "person")] * 2


def test_an_institution_split_at_its_and_is_whole_again() -> None:
    assert _who("The United Food and Commercial Workers Union said the strike would go on.") == [
        ("United Food and Commercial Workers Union", "organisation")
    ]
    assert _who("The Labour and Conservative Party said talks would go on.") == [
        ("Conservative Party", "organisation")
    ]


def test_things_that_are_no_statement_and_an_appositive_of_origin() -> None:
    assert _who("Mears would not confirm Dasbach's account of the meeting.") == []
    assert _who("Hurricane Maria claimed about 3000 lives in Puerto Rico.") == []
    assert _who(
        "Anderson Cooper, of CNN, one of Vanderbilt's four sons, stated that his mother was a legend."
    ) == [("Anderson Cooper", "person")]
    body = "Wikinews confirmed with UpGuard that the data was exposed. Reuters reported the data was exposed."
    found = extract_statements(Article(key="k", path="k", title="", body=body, source="Wikinews"))
    assert [s.actor for s in found] == ["Reuters"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "lead manager Morgan Stanley SA",
            ("name", "Morgan Stanley SA", "organisation", "lead manager", None),
        ),
        (
            "lead-manager Lazard Freres et Cie",
            ("name", "Lazard Freres et Cie", "organisation", "lead-manager", None),
        ),
    ],
)
def test_wire_firms_with_a_given_name_or_partners(text: str, expected: tuple[str, ...]) -> None:
    assert parsed(text) == expected


def test_a_first_name_no_list_knows_stands_for_the_one_person_of_the_article() -> None:
    body = (
        "Indonesian Finance Minister Dharyono Kertosastro said the budget was sound. Dharyono said oil "
        "prices would rise. Tony Blair said it was fine. Tony said it was fine too."
    )
    assert _who(body) == [
        ("Dharyono Kertosastro", "person"),
        ("Dharyono Kertosastro", "person"),
        ("Tony Blair", "person"),
        ("Tony", "person"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bankers", ("unnamed", "bankers", "unnamed", None, None)),
        ("Merchant Bankers", ("unnamed", "merchant bankers", "unnamed", None, None)),
    ],
)
def test_a_plural_trade_is_a_group_not_a_person(text: str, expected: tuple[str, ...]) -> None:
    assert parsed(text) == expected


def test_a_headline_before_a_ticker_names_no_company() -> None:
    body = "NEW YORK, March 12 - Moody's Investors Service said it has confirmed its ratings on 4.4 billion dlrs."
    found = _who(body, title="MOODY'S CONFIRMS PUBLIC SERVICE ELECTRIC <PEG>")
    assert found == [("Moody's", "organisation")]


def test_a_chairman_of_a_committee_split_at_its_and_and_a_surname_saying_he() -> None:
    body = (
        "WASHINGTON, March 26 - Chairman Dan Rostenkowski of the tax-writing House Ways and Means Committee "
        "said today President Reagan must reconsider his opposition."
    )
    assert _who(body) == [("Dan Rostenkowski", "person")]
    body = (
        "James Baker met bankers. Baker International Corp said it had sold a unit. Baker said he expected "
        "the dollar to stabilise. Baker said it expected profits."
    )
    assert _who(body) == [
        ("Baker International Corp", "organisation"),
        ("James Baker", "person"),
        ("Baker International Corp", "organisation"),
    ]


def test_a_shared_short_name_is_the_one_of_the_articles_country() -> None:
    import datetime as dt

    def actors(body: str) -> list[str | None]:
        article = Article(key="k", path="k", title="", body=body, date=dt.date(1987, 3, 3))
        return [s.actor for s in extract_statements(article)]

    assert actors("TOKYO, March 3 - The EPA said the economy would grow.") == ["Economic Planning Agency"]
    assert actors("WASHINGTON, March 3 - The EPA said the rule would change.") == [
        "Environmental Protection Agency"
    ]


def test_a_company_of_a_place_and_the_company_is_not_its_subsidiary() -> None:
    assert parsed("Medical Imaging Centers of America Inc") == (
        "name",
        "Medical Imaging Centers of America Inc",
        "organisation",
        None,
        None,
    )
    body = (
        "Medical Imaging Centers of America Inc said it sold a center. SI Management Corp, a wholly-owned "
        "Medical Imaging subsidiary, is the general partner. The company said the sale would close in May."
    )
    assert _who(body) == [("Medical Imaging Centers of America Inc", "organisation")] * 2


def test_acts_are_no_statements_and_a_peer_is_the_one_full_name_of_the_title_sex() -> None:
    assert _who("Congress has repeatedly denied funding for such a wall.") == []
    assert _who("The department declared the outbreak a public health emergency on January 31.") == []
    assert _who("He declared that the war was over.") == [(None, None)]
    body = "Betty Boothroyd said the House was calm. Baroness Boothroyd said she was glad."
    assert _who(body) == [("Betty Boothroyd", "person")] * 2
    body = "Rebecca Falconer said the study was done. Lord Falconer said the law was clear."
    assert _who(body) == [("Rebecca Falconer", "person"), ("Lord Falconer", "person")]


def test_wire_names_the_article_spells_and_capitalised_verbs() -> None:
    body = "Pacific Resources Inc said it agreed to sell a unit. PRI said the sale would close in May."
    assert _who(body) == [("Pacific Resources Inc", "organisation")] * 2
    assert _who("Mexico's Institutional Revolutionary Party met. PRI said it would win.") == [
        ("Institutional Revolutionary Party", "organisation")
    ]
    assert ("Has", "person") not in _who("The U.S. Has also asked the GATT to examine the dispute.")
    assert parsed("Major-General Setijana") == ("name", "Setijana", "person", "Major-General", None)
    assert parsed("Kuwait News Agency KUNA") == ("name", "KUNA", "outlet", None, None)


def test_a_statistics_institute_is_its_countrys() -> None:
    import datetime as dt

    found = [
        s.actor
        for body in (
            "SANTIAGO, March 3 - The National Statistics Institute said inflation rose.",
            "PARIS, March 3 - The National Statistics Institute said inflation rose.",
        )
        for s in extract_statements(Article(key="k", path="k", title="", body=body, date=dt.date(1987, 3, 3)))
    ]
    assert found == ["National Statistics Institute (Chile)", "National Statistics Institute (France)"]


def test_it_is_the_company_that_spoke_not_a_state_it_named() -> None:
    body = (
        "Marine Midland Banks Inc said it expected a loss. The bank has loans of 400 mln dlrs to Brazil, which "
        "suspended interest payments. It said the earnings projection assumed no payments."
    )
    assert _who(body) == [("Marine Midland Banks Inc", "organisation")] * 2
    assert (
        _who("Japan said it would cut tariffs. It said the plan would start in April.")
        == [("Japan", "state")] * 2
    )


def test_an_analyst_of_a_firm_is_the_analyst_and_a_firm_cut_at_and_loses_its_the() -> None:
    assert parsed("Ray Stone of Merrill Lynch Capital Markets Inc.") == (
        "name",
        "Ray Stone",
        "person",
        None,
        "Merrill Lynch Capital Markets Inc.",
    )
    body = (
        "WELLINGTON, April 3 - The Australia and New Zealand Banking Group Ltd said it will raise its rate."
    )
    assert _who(body) == [("Australia and New Zealand Banking Group Ltd", "organisation")]


def test_held_out_c_shapes_fixed_after_the_measurement() -> None:
    assert parsed("Analyst Darwin Beck of First Boston Corp.") == (
        "name",
        "Darwin Beck",
        "person",
        "Analyst",
        "First Boston Corp.",
    )
    assert parsed("IM Dorsa Derakhshani") == ("name", "Dorsa Derakhshani", "person", "IM", None)
    body = "Donald Lennox, chairman of Gleason Corp of Rochester, N.Y. He said the plant would close."
    assert _who(body) == [("Donald Lennox", "person")]


def test_a_headline_sentence_before_a_ticker_is_no_company_and_a_typo_is_no_one() -> None:
    title = "PENTLAND TO REDUCE REEBOK <RBK> STAKE"
    body = "LONDON, April 1 - Pentland Industries PLC said it would sell shares. Pentland said it will use proceeds."
    found = _who(body, title=title)
    assert ("Pentland", "person") not in found and len(found) == 2
    assert _who("Is said that afterwards, Reebok will have bank credit lines available.") == []
    body = "Goodyear Tire and Rubber Co said it will sell Goodyear Aerospace Corp. Goodyear said the sale was set."
    assert _who(body)[-1] == ("Goodyear Tire and Rubber Co", "organisation")


def test_a_possessive_statement_is_its_authors() -> None:
    body = 'Donald Trump spoke on Monday. Trump\'s statement read: "We will win."'
    assert _who(body) == [("Donald Trump", "person")]
    assert _who("Japan's statement said the talks would go on.") == [("Japan", "state")]


def test_what_was_withheld_is_no_statement() -> None:
    assert _who("The Fed's report did not say at what level the intervention occurred.") == []
    assert _who("She also declined to provide details.") == []
    assert _who("He declined to say if buyers have already been lined up.") == []
    assert _who("The Pentagon declined to confirm the report.") == [("the Pentagon", "organisation")]


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        ("Yeah, yeah.", True),
        ("Um, hmm. Our pleasure.", True),
        ("Oh, me too. Thank you very much.", True),
        ("No.", True),
        ("Or did you mean how close they were in terms of familiarity?", True),
        ("So do you specifically mean these ones? The lissoirs from this study?", True),
        ("No. The study was never funded.", False),
        ("Yes, we found fifteen of them.", False),
        ("Why would we stop? We will go on until the law changes.", False),
        ("Yeah, I do.", True),
        ("I think so.", True),
        ("According to 2016 census:", True),
        ("I believe what constitute a successful mayorship are", True),
        ("I do not think the plan will work.", False),
        ("Yes, we will win this election and then fix the economy", False),
    ],
)
def test_a_transcript_turn_of_assent_or_questions_says_nothing(turn: str, expected: bool) -> None:
    from newsdesk.index.language.quotes.lone import says_nothing

    assert says_nothing(turn) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Immunologist Kristian Andersen", ("name", "Kristian Andersen", "person", "Immunologist", None)),
        ("Pianist Lang Lang", ("name", "Lang Lang", "person", "Pianist", None)),
        ("Fourteen-year-old Zoe", ("name", "Zoe", "person", "Fourteen-year-old", None)),
        ("Jean-Baptist Mist", ("name", "Jean-Baptist Mist", "person", None, None)),
        ("Midland's Donegan", ("name", "Donegan", "person", None, "Midland")),
        ("Jardine Fleming's Edwards", ("name", "Edwards", "person", None, "Jardine Fleming")),
        ("Steve Peers", ("name", "Steve Peers", "person", None, None)),
        ("Merchant bankers", ("unnamed", "Merchant bankers", "unnamed", None, None)),
        ("Christian Democrats", ("unnamed", "Christian Democrats", "unnamed", None, None)),
        ("last July", None),
        ("through Thursday, April 16", None),
        ("Theresa May", ("name", "Theresa May", "person", None, None)),
        ("who was arrested in May", None),
        ("Texas Oil and Gas Corp. He", ("pronoun", None, None, None, None)),
        ("Gazeta Wyborcza in March", ("name", "Gazeta Wyborcza", "outlet", None, None)),
        ("UKIP's", None),
        ("Moody's", ("name", "Moody's", "organisation", None, "United States")),
        ("Theresa May in 2017", ("name", "Theresa May", "person", None, None)),
        ("MOODY'S DOWNGRADES REPUBLICBANK", ("name", "Moody's", "organisation", None, "United States")),
        (
            "the Ministry of Foreign Affairs he died",
            ("name", "Ministry of Foreign Affairs", "organisation", None, None),
        ),
        ("Sharon Stone as she left", ("name", "Sharon Stone", "person", None, None)),
        (
            "IBJ Capital Markets Ltd as lead manager",
            ("name", "IBJ Capital Markets Ltd", "organisation", "lead manager", None),
        ),
        ("the Preferential Trade Area", ("name", "Preferential Trade Area", "organisation", None, None)),
        ("the Foreign Secretary", ("unnamed", "the Foreign Secretary", "unnamed", None, None)),
        ("the Rev Jesse Jackson", ("name", "Jesse Jackson", "person", "the Rev", None)),
        ("Brown's Britain", None),
        ("Brown's Britain, by Robert Peston", ("name", "Robert Peston", "person", None, None)),
        ("Japan's Finance Ministry", ("name", "Finance Ministry (Japan)", "organisation", None, "Japan")),
    ],
)
def test_occupations_ages_firms_and_time_phrases_are_no_part_of_a_name(
    text: str, expected: tuple | None
) -> None:
    assert parsed(text) == expected


def test_a_lower_case_role_and_an_aside_to_a_listener_do_not_cut_the_speaker() -> None:
    body = (
        "Former Cabinet minister Clare Short has criticised the aid coalition, saying the UN should be leading "
        "efforts.\n\nSteve Peers of the University of Essex, speaking to BBC, said the court order was binding."
        "\n\nIt provides a realistic assessment, said Geoffrey Dennis of brokers James Capel. It shows resistance "
        "to inflation, said Capel's Dennis.\n\nHudson's Bay said the sale was complete."
    )
    found = extracted(body)
    assert [(s.actor, s.actor_kind) for s in found] == [
        ("Clare Short", "person"),
        ("Steve Peers", "person"),
        ("Geoffrey Dennis", "person"),
        ("Geoffrey Dennis", "person"),
        ("Hudson's Bay", "organisation"),
    ]


def test_a_document_by_a_body_with_a_relative_clause_is_the_bodys() -> None:
    body = (
        "A statement by the Preferential Trade Area (PTA), which seeks to create a common market stretching "
        "from Ethiopia in the north to Lesotho in the south, said the governments would make tariff cuts."
    )
    found = extracted(body)
    assert [(s.actor, s.actor_kind) for s in found] == [("Preferential Trade Area", "organisation")]


def test_a_pronoun_opening_its_sentence_continues_the_subject_before() -> None:
    body = (
        "Home Secretary Charles Clarke said he would not investigate. Mr Mubanga is the first of the four "
        "detainees to give an interview.\n\nHe told the Observer his worst moment was the wait.\n\n"
        "He claimed he was stripped of his clothes.\n\nAnd he said an interrogator used a mop.\n\n"
        "Just before the final debate, Hunter Biden's former business partner Tony Bobulinski held a press "
        "conference claiming Joe Biden knew about the deals. He claimed to have evidence supporting the claim."
    )
    found = extracted(body)
    assert [(s.speaker, s.actor) for s in found] == [
        ("Home Secretary Charles Clarke", "Charles Clarke"),
        ("He", "Mubanga"),
        ("He", "Mubanga"),
        ("he", "Mubanga"),
        ("He", "Tony Bobulinski"),
    ]


def test_a_surname_alone_is_an_antecedent_of_its_full_name() -> None:
    body = (
        "Analyst John Walsh of Maison Placements said gold stocks rose. Richard Cohen of Wood Gundy said the "
        "index fell. Walsh expects the TSE gold index to climb further.\n\n"
        '"Canadian golds have been the top performing index this year," he noted.'
    )
    found = extracted(body)
    assert [(s.speaker, s.actor) for s in found][-1] == ("he", "John Walsh")


def test_a_pronoun_after_an_office_opening_the_sentence_before_is_its_holder() -> None:
    body = (
        "Home Secretary David Blunkett said the tickets were a gift. Tory leader Michael Howard said Mr Blair "
        "should act. Mr Blair said voters remembered the record of a government.\n\n"
        "The home secretary has already admitted he was wrong to give the tickets. He says he will write to "
        "the watchdog."
    )
    found = extracted(body)
    assert [(s.speaker, s.actor) for s in found][-1] == ("He", "David Blunkett")


@pytest.mark.parametrize(
    "body",
    [
        "Jonathan Nelson, managing director of Narragansett Capital Corp, declined to say if buyers were found.",
        "She declined to give her view of Mr Kilroy-Silk at this point.",
        "Tricentrol wrote off 57.5 mln stg on the reorganisation of its North American operations last year.",
        "He reports to James Siehl, who had been acting as president.",
    ],
)
def test_withheld_words_and_other_senses_of_a_cue_are_no_statement(body: str) -> None:
    assert extracted(body) == []


def test_a_place_is_no_person() -> None:
    assert parsed("Minas Gerais") is None
    assert parsed("Guangdong Province") is None
    assert parsed("Paris Hilton") == ("name", "Paris Hilton", "person", None, None)


def test_a_lady_is_not_the_man_of_her_surname() -> None:
    body = (
        "Tory leader Michael Howard said the tax would fall. Mrs Howard said she often criticised her husband "
        "for not showing his softer side."
    )
    found = extracted(body)
    assert [(s.speaker, s.actor, s.actor_gender) for s in found] == [
        ("Tory leader Michael Howard", "Michael Howard", "m"),
        ("Mrs Howard", "Howard", "f"),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Indonesian Minister of Mines and Energy Subroto told Reuters prices would rise.",
            ("Subroto", "person"),
        ),
        ("Secretary of Health and Human Services Alex Azar said the virus spread.", ("Alex Azar", "person")),
        ("Minister of Trade and Industry Lord Young said trade rose.", ("Lord Young", "person")),
        (
            "Officials of the Bank of England and Fed said rates would rise.",
            ("Federal Reserve", "organisation"),
        ),
    ],
)
def test_an_office_named_with_and_is_one_subject(body: str, expected: tuple[str, str]) -> None:
    found = extracted(body)
    assert [(s.actor, s.actor_kind) for s in found] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Baglini, a leading Radical Party deputy, told the Radio del Plata in a telephone interview that the "
            "government would fall.",
            [("Baglini", "person")],
        ),
        (
            "Crown Prince Mohammed bin Salman denied ordering the killing. Speaking to Martin Smith of PBS, he said "
            "the killing was a mistake.",
            [("Mohammed bin Salman", "person"), ("Mohammed bin Salman", "person")],
        ),
        (
            "Economist Wendy Smith Cork of the brokerage Nesbitt Thomson Bongard Inc said rates would fall.",
            [("Wendy Smith Cork", "person")],
        ),
    ],
)
def test_the_one_spoken_to_is_not_the_speaker(body: str, expected: list[tuple[str, str]]) -> None:
    found = extracted(body)
    assert [(s.actor, s.actor_kind) for s in found] == expected


def test_a_relative_clause_subject_is_not_inverted_to_the_one_warned() -> None:
    body = (
        "Dutch Agriculture Minister Gerrit Braks said reform was needed. West German Agriculture Minister "
        "Ignaz Kiechle opposed it. Kiechle, who yesterday denounced as totally unacceptable new limits on "
        "producers' rights to sell excess products into Community warehouses, warned the meeting the measures "
        "lead to political instability in his country. He said they did not even form the basis of negotiation."
    )
    found = extracted(body)
    assert [s.actor for s in found][-2:] == ["Ignaz Kiechle", "Ignaz Kiechle"]


def test_words_ending_the_reported_clause_are_no_subject_of_an_inverted_cue() -> None:
    body = (
        'Climate change was an issue the prime minister "wanted to progress" during the UK\'s presidency of the '
        "G8 and EU in 2005, said a spokesman. But he played down reports Mr Blair was considering a treaty."
    )
    found = extracted(body)
    assert [(s.speaker, s.cue) for s in found] == [("a spokesman", "said")]


def test_a_person_in_an_opening_clause_is_not_the_subject_a_pronoun_continues() -> None:
    body = (
        "UKIP member Robert Kilroy-Silk left the party. Strategist Dick Morris joined it. And, while we are on "
        "the subject of Mr Kilroy-Silk, Mr Morris despatches him with another soundbite.\n\n"
        '"Look, we are not going to be forming the next government," he said.'
    )
    found = extracted(body)
    assert [(s.speaker, s.actor) for s in found][-1] == ("he", "Dick Morris")


def test_a_possessive_opening_the_sentence_is_no_subject_of_an_inverted_cue() -> None:
    body = (
        "Labour's choice of a white candidate for one of the UK's most multi-racial seats proves the need for "
        "all-black short lists, says a race group."
    )
    assert [(s.speaker, s.cue) for s in extracted(body)] == [("a race group", "says")]
