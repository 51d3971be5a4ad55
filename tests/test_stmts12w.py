"""Statements of long Wikinews articles (session 12): transcript turns that state nothing, things posted
rather than said, cue words used as nouns or adjectives, and sources that only relay a named speaker."""

from __future__ import annotations

from newsdesk.index.language.quotes import extract_statements
from newsdesk.index.model import Article


def said(body: str) -> list[tuple[str, str | None]]:
    """(quote, actor) for every statement of an untitled article with this body."""
    return [(s.quote, s.actor) for s in extract_statements(Article(key="k", path="k", title="", body=body))]


def test_a_turn_that_only_carries_on_or_confirms_states_nothing() -> None:
    body = (
        "((WN)) Does your family still live there?\n\n"
        "((Dorsa Derakhshani)) My family, yeah. They still do.\n\n"
        "((Christian Keysers)) For once.\n\n"
        "((Christian Keysers)) ...of feeling for others.\n\n"
        "((Christian Keysers)) Okay you too. Have a good day.\n\n"
        "((Dorsa Derakhshani)) My favourite opponent? My brother.\n\n"
        "((Sara Seager)) youtube-dl plays videos.\n\n"
        "((Sara Seager)) And we found nothing there at all."
    )
    assert said(body) == [
        ("My favourite opponent? My brother.", "Dorsa Derakhshani"),
        ("youtube-dl plays videos.", "Sara Seager"),
        ("And we found nothing there at all.", "Sara Seager"),
    ]


def test_posting_a_picture_or_a_report_is_no_statement() -> None:
    body = (
        "Donald Trump criticised Anthony Fauci and posted footage on Twitter from a soon-to-be released interview. "
        "Matt Drudge posted a report from The Hill about the tweet as the top story. "
        "Brady Haran posted a podcast dedicated to Conway. "
        "Joe Biden tweeted a video message. "
        "Kamala Harris posted that the election was over."
    )
    assert said(body) == [
        ("a video message", "Joe Biden"),
        ("that the election was over", "Kamala Harris"),
    ]


def test_claims_and_states_after_an_adjective_or_of_are_nouns() -> None:
    body = (
        "The latest violence began with conflicting claims from both sides. "
        "If an amendment is proposed, three-quarters of states must then ratify it. "
        "The Ohio Secretary of State states that voting is open."
    )
    assert said(body) == [("that voting is open", "the Ohio Secretary of State")]


def test_a_source_that_relays_a_named_speaker_is_not_who_goes_on() -> None:
    body = (
        "According to semi-official news agency ISNA, the prosecutor general of Tehran, Ali Alghasi Mehr, said "
        'the 36 must face "murder and terrorism charges", adding Iran will pursue the prosecution.'
    )
    # (The whole relayed report stays the agency's, as PolNeAR's annotators have it.)
    assert said(body) == [
        (
            'the prosecutor general of Tehran, Ali Alghasi Mehr, said the 36 must face "murder and terrorism charges"',
            "ISNA",
        ),
        ("Iran will pursue the prosecution", "Ali Alghasi Mehr"),
    ]
    body = "Ron Gunzburger is a political analyst. According to Twitter, he describes himself as a centrist Democrat."
    assert said(body) == [("himself as a centrist Democrat", "Ron Gunzburger")]


def test_a_pronoun_in_an_interviewees_account_stays_inside_that_account() -> None:
    body = (
        "Akram Pasha, a police officer, said the case was closed.\n\n"
        "((WN)) Can you please tell me about yourself?\n\n"
        "((Jaya)) So, I was in a middle class family.\n\n"
        "A Seth [merchant] would come. I told him my story. He told me not to speak to anyone.\n\n"
        "There I met Dr Ravi Kumar. He told me that I was fine.\n\n"
        "I told her everything. She told me that people here are not good.\n\n"
        "Seth Rogers, a doctor, later visited her. He said that she had recovered."
    )
    assert said(body) == [
        ("the case was closed", "Akram Pasha"),
        ("So, I was in a middle class family.", "Jaya"),
        ("my story", None),
        ("not to speak to anyone", None),
        ("that I was fine", "Ravi Kumar"),
        ("that people here are not good", None),
        ("that she had recovered", "Seth Rogers"),
    ]


def test_a_charge_in_quotation_marks_and_an_aside_on_one_of_a_pair_say_nothing() -> None:
    body = (
        'Police were called to the base. They arrested three for "suspicion of trespassing" and another. '
        'Mr Blair criticised him for "failing the country". '
        "Donald Trump met him. In July, he helped facilitate a meeting between Giuliani, claiming to represent "
        "the State Department, and Andriy Yermak, one of the aides."
    )
    assert said(body) == [('him for "failing the country"', "Blair")]


def test_an_unmarked_answer_after_the_question_is_an_account_too() -> None:
    body = (
        "Ravi Kumar is a doctor.\n\n"
        "((WN)) Have you worked with Rahaf Mohammed?\n\n"
        "I did work with her. And when she asked for help, I did not know who to go to.\n\n"
        "((WN)) What did Ravi Kumar say?\n\n"
        "He said that the clinic would close."
    )
    assert said(body) == [
        ("for help, I did not know who to go to", None),
        ("that the clinic would close", "Ravi Kumar"),
    ]


def test_states_as_a_noun_and_a_fronted_scene_are_no_statement() -> None:
    body = (
        "In addition, he initiated several lawsuits challenging certain states' mail-in voting procedures. "
        "West spent much of August seeking ballot access in various states. "
        "In her Facebook video, Jorgensen confirmed this course of treatment. "
        "For nominee Jo Jorgensen, the August campaign began on a hairy note. "
        "In the end the deal was agreed, officials said."
    )
    assert said(body) == [("In the end the deal was agreed", "officials")]


def test_a_name_before_its_office_without_the_closing_comma_speaks() -> None:
    body = (
        'Erwin Chemerinsky, Dean of UC Berkeley School of Law called it "a truly silly argument." '
        "In the blog post Chris Wright, the Chief Technological Officer of Red Hat said Red Hat had told the board. "
        "After meeting John Smith, the minister said the deal was off."
    )
    assert said(body) == [
        ('it "a truly silly argument."', "Erwin Chemerinsky"),
        ("Red Hat had told the board", "Chris Wright"),
        ("the deal was off", "the minister"),
    ]


def test_a_poll_figure_or_a_bare_noun_after_according_to_leaves_the_source_speaking() -> None:
    body = (
        "But according to the BBC poll, 61% said the issue of trust made no difference. "
        "According to reports, criticism within Serbia has said cases rose."
    )
    assert said(body) == [
        ("61% said the issue of trust made no difference", "BBC"),
        ("criticism within Serbia has said cases rose", "reports"),
    ]


def test_a_title_or_a_longer_clause_before_the_subject_keeps_the_old_reading() -> None:
    body = (
        "In its World Production and Trade Report, the department said that view is reinforced. "
        "In a statement in the Congressional Record, the Wisconsin Democrat said that 50 banks had failed. "
        "In comments to U.S. District Court Judge Harold Greene, the company said the change was acceptable. "
        "From GE's point of view the package looks like a good deal for several reasons, Nicholas Heymann said. "
        'Deputy Premier Wladyslaw Baka was quoted by PAP as saying that Poland would pay, "but not soon."'
    )
    assert said(body) == [
        ("that view is reinforced", "the department"),
        ("that 50 banks had failed", "the Wisconsin Democrat"),
        ("the change was acceptable", "the company"),
        (
            "From GE's point of view the package looks like a good deal for several reasons",
            "Nicholas Heymann",
        ),
        ('by PAP as saying that Poland would pay, "but not soon."', "Wladyslaw Baka"),
    ]
