"""Speaker names that hold a company's unit, seat or country ("<Bombardier Inc>'s wholly owned Canadair
Ltd", "Insituform Group Ltd of Guernsey", "the Venezuelan company"), hyphenated roles ("Co-author") and
plural names after a demonym ("Allied Irish Banks", "Other U.S. Banks")."""

from __future__ import annotations

import pytest

from newsdesk.index.actors.gazetteer import load_gazetteer
from newsdesk.index.language.quotes import extract_statements
from newsdesk.index.model import Article

GZ = load_gazetteer()


def found(body: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    statements = extract_statements(Article(key="k", path="k", title="", body=body), gazetteer=GZ)
    return [(s.actor, s.actor_kind, s.role, s.affiliation) for s in statements]


@pytest.mark.parametrize(
    ("subject", "actor", "role"),
    [
        ("Co-author Jing-Shan Zhao", "Jing-Shan Zhao", "Co-author"),
        ("Co-founder Jimmy Wales", "Jimmy Wales", "Co-founder"),
        ("Vice-chairman Bob Smith", "Bob Smith", "Vice-chairman"),
        ("Jean-Claude Juncker", "Jean-Claude Juncker", None),
    ],
)
def test_a_hyphenated_role_before_a_name_is_the_role(subject: str, actor: str, role: str | None) -> None:
    assert found(f'{subject} said, "Our work shows that the wings developed passively."') == [
        (actor, "person", role, None)
    ]


def test_a_companys_wholly_owned_unit_speaks_for_itself() -> None:
    body = (
        "MONTREAL, March 23 - <Bombardier Inc>'s wholly owned Canadair Ltd said it was continuing to study "
        "stretching its Challenger business jet."
    )
    assert found(body) == [("Canadair Ltd", "organisation", None, "Bombardier Inc")]


def test_a_possessive_that_is_part_of_the_name_stays_whole() -> None:
    body = "Moody's Investors Service Inc said it lowered the ratings of the bank's debt."
    assert found(body) == [("Moody's Investors Service Inc", "organisation", None, None)]


def test_a_companys_name_ends_at_its_suffix_before_its_seat() -> None:
    body = (
        "NEW YORK, March 6 - Insituform Group Ltd of Guernsey, Channel Islands, said it has exercised an "
        "option to convert a loan to shares."
    )
    assert found(body)[0][:2] == ("Insituform Group Ltd", "organisation")
    body = "Medical Imaging Centers of America Inc said it has exercised an option to convert a loan."
    assert found(body)[0][:2] == ("Medical Imaging Centers of America Inc", "organisation")


def test_a_plural_after_a_demonym_is_a_bank_or_a_group_not_a_person() -> None:
    quote = '"I would see interest rates coming down by two pct in the next three months."'
    assert found(f"Allied Irish Banks said: {quote}") == [("Allied Irish Banks", "organisation", None, None)]
    assert found("Other U.S. Banks have also warned of earnings setbacks in the first quarter.") == [
        ("other U.S. Banks", "unnamed", None, "United States")
    ]
    assert found(f"Labour MP Tony Banks said: {quote}") == [("Tony Banks", "person", "Labour MP", None)]


def test_commented_is_a_cue_and_the_dealer_speaks_not_his_bank() -> None:
    body = (
        "Allied Irish Banks foreign exchange dealer John Kearney commented: "
        '"I would see interest rates coming down by two to 2.5 pct in the next three months."'
    )
    assert found(body) == [("John Kearney", "person", "Allied Irish Banks foreign exchange dealer", None)]


def test_the_company_of_a_country_is_the_company_the_article_names() -> None:
    body = (
        "CARACAS, March 3 - Petroleos de Venezuela SA (PDVSA) bought half of Champlin. "
        "The Venezuelan company said it would pay 33 mln dlrs in cash."
    )
    assert found(body) == [("Petroleos de Venezuela SA", "organisation", None, None)]
    # No company named: a country's bank stays an unnamed source of that country, never one desk-wide name.
    assert found("The Japanese bank said it would pay 33 mln dlrs in cash.") == [
        ("the Japanese bank", "unnamed", None, "Japan")
    ]


def test_a_bodys_survey_or_bulletin_speaks_for_the_body() -> None:
    body = (
        "HELSINKI, June 18 - Finnish industrial investment will rise 10 pct in 1987, the Bank of Finland's "
        "two year survey said."
    )
    assert found(body) == [("Bank of Finland", "organisation", None, "Finland")]
    body = "The Bank of England's quarterly bulletin said growth would slow."
    assert found(body) == [("Bank of England", "organisation", None, "United Kingdom")]


def test_a_subject_with_its_own_verb_leaves_the_trailing_cue_to_the_one_after_it() -> None:
    body = (
        'Slough Conservative Association has now been placed on "support status" and is being run from '
        "Conservative campaign headquarters, says a senior party spokesman."
    )
    assert found(body) == [("a senior party spokesman", "unnamed", None, None)]


def test_an_inverted_attribution_inside_the_reported_words() -> None:
    quotes = extract_statements(
        Article(
            key="k",
            path="k",
            title="",
            body="As a result, says the committee, the government may need to re-legislate.",
        ),
        gazetteer=GZ,
    )
    assert [(s.actor, s.fragments) for s in quotes] == [
        ("the committee", ("As a result", "the government may need to re-legislate"))
    ]
    # An appositive or a participle after the speaker is no second part of the words.
    assert found("Prices will rise, said Smith, the chairman of the firm.") == [
        ("Smith", "person", "the chairman of the firm", None)
    ]


def test_sentence_adverbs_are_no_part_of_the_speaker() -> None:
    assert found('Privately ministers believe this will be the "less painful" option.') == [
        ("ministers", "unnamed", None, None)
    ]


def test_a_commission_on_something_is_one_institution() -> None:
    body = 'According to the Commission on Presidential Debates, moderators would have "additional tools".'
    assert found(body) == [("Commission on Presidential Debates", "organisation", None, None)]


def test_the_two_post_soviet_states_is_a_noun_not_a_cue() -> None:
    assert (
        found("The conflict between the two Post-Soviet states centers on the Nagorno-Karabakh region.") == []
    )


def test_how_a_company_is_owned_is_no_role_and_no_part_of_its_name() -> None:
    body = (
        "ROME, March 3 - Italy's state-owned <Banca Nazionale Del Lavoro-BNL> said it is negotiating to buy "
        "a West German bank."
    )
    assert found(body) == [("Banca Nazionale Del Lavoro-BNL", "organisation", None, "Italy")]
    body = "NEW YORK, March 30 - Privately-held Clayton and Dubilier Inc said it has sold W. Atlee Burpee Co."
    assert found(body) == [("Clayton and Dubilier Inc", "organisation", None, None)]


def test_one_company_of_a_country_is_an_unnamed_source() -> None:
    body = (
        "But one Japanese oil company, which holds several joint venture interests with Texaco, said "
        "business would continue as usual."
    )
    assert found(body) == [("one Japanese oil company", "unnamed", None, "Japan")]


@pytest.mark.parametrize(
    ("body", "actor"),
    [
        (
            "Mary Anne Jones said the council may be taken over. But Ms Jones said artists needed freedom.",
            "Mary Anne Jones",
        ),
        (
            "John Paul Smith said the council may be taken over. But Mr Smith said artists needed freedom.",
            "John Paul Smith",
        ),
        (
            "Shani Rhys James is worried that the council may be taken over. But Ms James said artists "
            "needed freedom.",
            "Shani Rhys James",
        ),
        (
            "Painter Rhys James is worried that the council may be taken over. But Mr James said artists "
            "needed freedom.",
            "Rhys James",
        ),
    ],
)
def test_a_surname_joins_a_three_word_name_of_the_article(body: str, actor: str) -> None:
    assert found(body)[-1][0] == actor


def test_an_unknown_given_name_before_a_known_one_stays_in_the_name() -> None:
    assert found("Shani Rhys James said the council may be taken over.") == [
        ("Shani Rhys James", "person", None, None)
    ]
    assert found("Ecologist Ryan Norris said the council may be taken over.") == [
        ("Ryan Norris", "person", "Ecologist", None)
    ]


def test_a_review_named_after_its_author_is_no_person() -> None:
    assert found("The Barker Review said 140,000 new homes a year were needed.") == [
        ("Barker Review", "organisation", None, None)
    ]


def test_the_alliance_is_the_alliance_the_article_named_not_nato() -> None:
    body = (
        "The Countryside Alliance plans a rally. The alliance said the meets would show the new law was "
        "unworkable."
    )
    assert found(body)[-1][:2] == ("Countryside Alliance", "organisation")
    body = "NATO ministers met. The alliance said the meets would show the new law was unworkable."
    assert found(body)[-1][:2] == ("NATO", "organisation")
    body = "The Police Federation said it would fight. The federation said the new law was unworkable."
    assert [x[:2] for x in found(body)] == [("Police Federation", "organisation")] * 2


def test_a_misspelt_or_plural_role_is_still_a_role() -> None:
    assert found("Represenative Clayton Yeutter said it was fine.") == [
        ("Clayton Yeutter", "person", "Represenative", None)
    ]
    assert found("Vice-Premier Li Peng said the main lesson was to avoid centralism.")[0][:3] == (
        "Li Peng",
        "person",
        "Vice-Premier",
    )


def test_where_a_company_is_based_is_no_part_of_its_name_and_its_executive_is_one_of_its_people() -> None:
    body = "NEW YORK, March 3 - New York-based Bastian Technologies Corp said it would buy the unit."
    assert found(body) == [("Bastian Technologies Corp", "organisation", None, None)]
    assert found("An Exxon executive said the company would not bid.") == [
        ("an Exxon executive", "unnamed", None, "Exxon")
    ]
    assert found("The Scottish Executive said it would not bid.") == [
        ("Scottish Executive", "organisation", None, "United Kingdom")
    ]


def test_an_appositive_that_calls_the_speaker_a_firm_makes_it_one() -> None:
    body = "Halcyon Investments, a New York firm, reported a 6.9 pct stake in Research-Cottrell Inc."
    assert found(body) == [("Halcyon Investments", "organisation", None, None)]
    body = "John Smith, a partner at a New York firm, said it was fine."
    assert found(body) == [("John Smith", "person", "a partner at a New York firm", None)]
    body = "Arther Mitchell of Coudert Brothers, a U.S. law firm, said real estate is a hedge."
    assert found(body) == [("Arther Mitchell", "person", "a U.S. law firm", "Coudert Brothers")]


def test_results_posted_are_no_statement_and_laws_do_not_speak() -> None:
    assert found("Exxon Corp posted a first quarter loss of 10 mln dlrs.") == []
    assert found("All but distant March posted a new season's high on general demand.") == []
    assert found("The Maastricht Treaty says that members must cut deficits.") == []
    assert found("Bill said the deal was off.") == [("Bill", "person", None, None)]


def test_dotted_company_suffixes_and_named_divisions() -> None:
    assert found("EINDHOVEN, June 3 - Philips N.V. said profits rose.") == [
        ("Philips N.V.", "organisation", None, None)
    ]
    assert found("The Chevrolet division said buyers of its Celebrity would get rebates.") == [
        ("Chevrolet", "organisation", None, None)
    ]


def test_a_possessive_or_a_paper_before_a_cue_word_makes_it_a_noun() -> None:
    body = (
        "Senate minority leader Chuck Schumer commented the president's tweets are likely as near as the "
        "public will ever have to a concession."
    )
    assert found(body) == [("Chuck Schumer", "person", "Senate minority leader", None)]
    assert (
        found("Dr Fox refused to discuss weekend newspaper reports that the party had repaid the money.")
        == []
    )
    assert found("The company's chairman said the deal is off.") == [
        ("the company's chairman", "unnamed", None, None)
    ]


def test_a_body_the_list_knows_with_and_in_its_name_is_one_speaker() -> None:
    body = "Meanwhile the Health and Safety Executive said that it had launched an initiative."
    assert found(body) == [("Health and Safety Executive", "organisation", None, "United Kingdom")]
    assert found("The Bank of England and Fed said rates would rise.")[0][0] == "Federal Reserve"


def test_non_speech_senses_and_a_titled_man_named_like_a_capital() -> None:
    assert found("Congressman Amash contended for the Libertarian Party's presidential nomination.") == []
    assert found("Mr Wellington said it was vital that rises were minimised.") == [
        ("Wellington", "person", None, None)
    ]


def test_firm_names_tickers_and_people_of_firms() -> None:
    assert found("NEW YORK, March 3 - PaineWebber Group Inc PWJ said it would buy the unit.") == [
        ("PaineWebber Group Inc", "organisation", None, None)
    ]
    assert found("Sanford Margoshes of Shearson Lehman Brothers Inc said the stock was cheap.") == [
        ("Sanford Margoshes", "person", None, "Shearson Lehman Brothers Inc")
    ]
    assert found("Medical Imaging Centers of America Inc said the stock was cheap.")[0][:2] == (
        "Medical Imaging Centers of America Inc",
        "organisation",
    )
    assert found("National Westminster said it would raise its base rate.") == [
        ("National Westminster", "organisation", None, None)
    ]
    assert found("AB Leo said it would raise prices.")[0][:2] == ("AB Leo", "organisation")
    assert (
        found("Equitble Real Estate Shopping Centers L.P. said it would raise prices.")[0][1]
        == "organisation"
    )


def test_a_person_at_a_firm_and_a_group_after_a_lower_case_word() -> None:
    body = (
        '"The result is positive in the sense that the Communists suffered a defeat," director Paolo Azzoni at '
        "Milan investment bank <ABK Spa>, told Reuters."
    )
    assert found(body) == [("Paolo Azzoni", "person", "director", "ABK Spa")]
    body = (
        "Some people died in land disputes. Land rights activists see no progress at all and say things are "
        "actually worsening."
    )
    assert found(body) == [("Land rights activists", "unnamed", None, None)]
    assert found("Clinton met the leaders and said the plan would fail.") == [
        ("Clinton", "person", None, None)
    ]


def test_a_firm_word_before_a_given_name_is_no_first_name() -> None:
    body = (
        "TOKYO, April 1 - A sales tax could put a damper on the market, branch manager of Credit Suisse Paul "
        "Hofer told a press conference. Hofer said in 1982 Switzerland had imposed a tax."
    )
    assert found(body)[-1][0] == "Paul Hofer"


def test_savings_and_loan_is_one_name_and_a_fraction_names_nobody() -> None:
    body = (
        "Victor Federal Savings and Loan Association agreed to sell. First Southern Federal Savings and Loan "
        "Association said it agreed to buy the bank."
    )
    assert found(body) == [
        ("First Southern Federal Savings and Loan Association", "organisation", None, None)
    ]
    assert found("Three-quarters said they would vote Labour.") == []


def test_a_counterfactual_had_he_is_no_statement() -> None:
    assert found("His sentence would have been longer had he denied the charge.") == []
    assert found("He had denied the charge.")[0][:2] == (None, None)


def test_a_companys_division_speaks_for_the_company() -> None:
    body = (
        "NEW YORK, March 11 - General Instrument Corp's government systems division said it received a "
        "35 mln dlr contract."
    )
    assert found(body) == [("General Instrument Corp", "organisation", None, None)]
