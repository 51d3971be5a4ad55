"""Speaker names written with long offices, owners and roles ("Member of Parliament Yvette Cooper of the
Labour Party", "Lord Woolf's Sentencing Guidelines Council", "the lead manager Union Bank of Switzerland"),
and cues that report no words (speech only foreseen, a headline's passive, no clause after the cue)."""

from __future__ import annotations

import pytest

from newsdesk.index.actors.gazetteer import load_gazetteer
from newsdesk.index.language.quotes import extract_statements
from newsdesk.index.model import Article

GZ = load_gazetteer()


def found(body: str) -> list[tuple[str | None, str | None, str | None, str | None, str]]:
    statements = extract_statements(Article(key="k", path="k", title="", body=body), gazetteer=GZ)
    return [(s.actor, s.actor_kind, s.role, s.affiliation, s.quote) for s in statements]


@pytest.mark.parametrize(
    ("subject", "actor", "role", "affiliation"),
    [
        (
            "Member of Parliament Yvette Cooper of the Labour Party",
            "Yvette Cooper",
            "Member of Parliament",
            "Labour Party",
        ),
        (
            "Governor of the Bank of England Eddie George",
            "Eddie George",
            "Governor of the Bank of England",
            None,
        ),
        ("Chancellor of the Exchequer Gordon Brown", "Gordon Brown", "Chancellor of the Exchequer", None),
        ("Minister for the Environment Elliot Morley", "Elliot Morley", "Minister for the Environment", None),
    ],
)
def test_an_office_with_of_or_for_is_the_role_and_the_name_starts_at_the_given_name(
    subject: str, actor: str, role: str, affiliation: str | None
) -> None:
    assert found(f"{subject} said the plan had failed.") == [
        (actor, "person", role, affiliation, "the plan had failed")
    ]


def test_a_persons_possessive_before_a_body_names_the_body_alone() -> None:
    assert found("Lord Woolf's Sentencing Guidelines Council said the sentences should be cut.") == [
        ("Sentencing Guidelines Council", "organisation", None, None, "the sentences should be cut")
    ]
    # a firm's possessive stays in its name
    assert found("Moody's Investors Service Inc said the bonds were downgraded.")[0][0] == (
        "Moody's Investors Service Inc"
    )


def test_lower_case_words_before_an_institution_of_a_place_are_its_role() -> None:
    assert found("The lead manager Union Bank of Switzerland said the issue was priced at par.") == [
        (
            "Union Bank of Switzerland",
            "organisation",
            "lead manager",
            "Switzerland",
            "the issue was priced at par",
        )
    ]
    assert found("The University of Michigan said the study was sound.")[0][:3] == (
        "University of Michigan",
        "organisation",
        None,
    )


def test_a_held_shift_key_in_a_company_name_is_undone_but_acronym_plurals_stay() -> None:
    assert found("WEintraub Entertainment Group Inc said it would sell shares.")[0][0] == (
        "Weintraub Entertainment Group Inc"
    )
    assert found("Profit TEchnology INc said it lost money.")[0][0] == "Profit Technology Inc"
    assert found("The MPs Association said the vote was unfair.")[0][0] == "MPs Association"


@pytest.mark.parametrize(
    "body",
    [
        "Mr Brown is expected to say that around 6bn pounds will be available for tax cuts.",
        "Mr Clarke is expected to try and win over opponents to the scheme by saying officials would face jail.",
        "The ministers are due to tell Kohl tomorrow that the government has failed.",
        "Now, if they had thought about the public, they might have said that it was absurd.",
        "Labour accused of 'EU propaganda'",
        "Wrestling sportswriter Dave Meltzer tweeted after hearing the news of her death.",
        "Neither was I listening to anything she said and did nothing she was asking me to do.",
    ],
)
def test_speech_foreseen_or_imagined_or_no_clause_after_the_cue_is_no_statement(body: str) -> None:
    assert found(body) == []


def test_said_and_accused_still_report_words() -> None:
    assert found("Mr Brown said that around 6bn pounds will be available.") == [
        ("Brown", "person", None, None, "that around 6bn pounds will be available")
    ]
    assert found("Labour accused the Tories of lying about the figures.")[0][:2] == (
        "Labour Party",
        "organisation",
    )
    # a time adjunct before a "that" clause: the clause is what was said
    assert found(
        "Jan Van Moerbeke, a male nurse, said on coming off the ferry that he had found six people dead."
    ) == [("Jan Van Moerbeke", "person", "a male nurse", None, "that he had found six people dead")]


def test_a_second_role_after_and_stays_with_the_person_named_first() -> None:
    assert found(
        'Jennifer Daskal of American University and contributor to Slate wrote, "a single EU country could '
        'demand that a provider take down a post."'
    )[0][:4] == ("Jennifer Daskal", "person", None, "American University")
    # a second person after the "and" is still the one who speaks
    assert found("John Smith of Acme Corp and spokesman Bill Jones said the deal was off.")[0][:3] == (
        "Bill Jones",
        "person",
        "spokesman",
    )


def test_a_clause_opening_with_a_pronoun_after_said_is_what_was_said_not_an_inverted_speaker() -> None:
    assert found(
        "Carmen Yulin Cruz, the mayor of San Juan, said she would challenge Pierluisi's oath of office in court."
    ) == [
        (
            "Carmen Yulin Cruz",
            "person",
            "the mayor of San Juan",
            None,
            "she would challenge Pierluisi's oath of office in court",
        )
    ]


def test_a_relative_clause_subject_after_an_opening_phrase_speaks_not_the_words_after_said() -> None:
    statements = found(
        "In a filing with the Securities and Exchange Commission, Young, which yesterday withdrew its "
        "takeover proposal, said its other group member, SDI Partners, sold 18,300 Sorg shares."
    )
    assert [s[0] for s in statements] == ["Young"]


def test_a_programme_named_show_and_a_comparison_with_than_are_no_cues() -> None:
    assert found(
        "Interviewed on BBC Radio 2's Jeremy Vine show, Mr Howard said: \"It is perfectly true that I am "
        'being attacked."'
    ) == [("Howard", "person", None, None, '"It is perfectly true that I am being attacked."')]
    assert found("But that is still 2bn pounds more than Mr Brown predicted in his March budget.") == []
    assert found("Figures show that inflation fell to two percent.") != []


def test_a_group_led_by_someone_speaks_as_the_group_affiliated_to_its_leader() -> None:
    assert found(
        "A joint venture controlled by Dallas investor Bradbury Dyer said it had acquired 377,000 shares."
    ) == [("a joint venture", "unnamed", None, "Bradbury Dyer", "it had acquired 377,000 shares")]
    assert found("An investor group headed by John Smith said it owns 9.9 pct.")[0][:4] == (
        "an investor group",
        "unnamed",
        None,
        "John Smith",
    )


def test_a_person_of_a_bodys_department_written_with_a_possessive_is_the_person() -> None:
    assert found(
        "\"Technical measures won't be enough,\" said Leo de Corel of Kredietbank's economic research department."
    )[0][:4] == ("Leo de Corel", "person", None, "Kredietbank")
    assert found("John Smith of the Bank of England's monetary department said rates would rise.")[0][:4] == (
        "John Smith",
        "person",
        None,
        "Bank of England",
    )


def test_a_group_placed_at_a_body_is_the_group_not_the_body() -> None:
    assert found(
        "But some officials at the Finance Ministry's budget bureau said they were hopeful the policy would stay."
    )[0][:4] == (
        "some officials at the Finance Ministry's budget bureau",
        "unnamed",
        None,
        "Finance Ministry",
    )
    assert found(
        "In findings published in PLoS One, scientists from the University of Bristol and UC Davis say zebras "
        "may have gotten their stripes to confuse flies."
    )[0][:2] == ("scientists from the University of Bristol and UC Davis", "unnamed")
    # a spokesman for a possessive body keeps the body as affiliation
    assert found("A spokesman for the Prime Minister's Office said the report was wrong.")[0][:4] == (
        "a spokesman for the Prime Minister's Office",
        "unnamed",
        None,
        "Prime Minister's Office",
    )


def test_a_weekday_possessive_after_said_opens_the_words_not_a_time() -> None:
    assert (
        found("In a speech in Edinburgh, the prime minister said Thursday's report reinforced stability.")[0][
            4
        ]
        == "Thursday's report reinforced stability"
    )
    assert found("The minister said Thursday the report was wrong.")[0][4] == "the report was wrong"


def test_that_opening_a_time_is_no_clause_break_in_the_subject() -> None:
    assert found("That night the minister said the ban was lifted.")[0][:2] == ("the minister", "unnamed")
    assert found("Later that day the minister said the ban was lifted.")[0][:2] == ("the minister", "unnamed")


@pytest.mark.parametrize(
    "body",
    [
        'Article 2, Section 1 sets the qualification for president: "No Person except a natural born Citizen."',
        'The 14th Amendment states: "all persons born in the United States are citizens."',
        "The Constitution says that the president must be 35.",
        "The law states that no person shall circumvent a measure.",
    ],
)
def test_a_legal_text_quoted_is_no_one_speaking(body: str) -> None:
    assert found(body) == []


def test_bodies_named_after_texts_still_speak() -> None:
    assert found("Article 19 said the arrests were unlawful.")[0][0] == "Article 19"
    assert found("The Law Society said the fees were too high.")[0][0] == "Law Society"


def test_the_listener_told_is_read_whole_with_its_and_of_and_programme() -> None:
    assert found("Mr Smith told the Securities and Exchange Commission it was over.")[0][4] == "it was over"
    assert found("She told BBC Radio 4's Today programme the plan was dead.")[0][4] == "the plan was dead"
    assert found("He told the Financial Times the plan was dead.")[0][4] == "the plan was dead"


def test_general_before_a_trade_word_is_a_company_and_two_trades_are_one_firm() -> None:
    assert found("General Mills said sales rose.")[0][:2] == ("General Mills", "organisation")
    assert found("General Musharraf said the army would stay.")[0][:3] == ("Musharraf", "person", "General")
    assert found("Texaco Refining and Marketing said prices rose.")[0][:2] == (
        "Texaco Refining and Marketing",
        "organisation",
    )
    # two people joined by "and": the one next to the cue, as before
    assert found("Blair and Brown said the plan was good.")[0][0] == "Brown"
    assert found("The Organization for Economic Cooperation and Development said growth would slow.")[0][
        :2
    ] == (
        "OECD",
        "organisation",
    )


def test_a_peer_known_by_a_place_keeps_the_whole_title_as_name() -> None:
    assert found("The Duke of Edinburgh said the visit was a success.")[0][:2] == (
        "Duke of Edinburgh",
        "person",
    )
    assert found("The Bank of England said rates would rise.")[0][:2] == ("Bank of England", "organisation")


def test_a_mixed_case_acronym_is_not_the_same_word_in_title_case() -> None:
    assert found("Let say that the plan fails in the end.")[0][:2] == (None, None)
    assert found("LeT said it carried out the attack.")[0][:2] == ("Lashkar-e-Taiba", "organisation")


def test_an_and_inside_one_speakers_description_does_not_split_it() -> None:
    assert found(
        "And a spokesman for European Justice and Home Affairs Commissioner Franco Frattini said the plans "
        "would contravene EU asylum policy."
    )[0][:2] == ("a spokesman for European Justice and Home Affairs Commissioner Franco Frattini", "unnamed")
    assert found(
        "A group led by New York investors David Bellet and Chester Siuda said it lowered its stake in DBA "
        "Systems Inc to 100,000 shares."
    )[0][:2] == ("a group", "unnamed")
    assert found("A spokesman for the company and Mr Smith said the deal was off.")[0][0] == "Smith"


def test_a_hyphenated_title_is_a_title() -> None:
    assert found(
        "Under-Secretary of State for Economic Affairs Allen Wallis told Eishiro Saito that Japan must act."
    )[0][:3] == ("Allen Wallis", "person", "Under-Secretary of State for Economic Affairs")


def test_a_name_with_a_speaking_aside_before_said_is_the_subject_not_inverted() -> None:
    assert found(
        "Al-Chalabi, speaking at a university here yesterday, said the December 1986 conference gave the "
        "market a signal."
    )[0][:2] == ("Al-Chalabi", "person")
