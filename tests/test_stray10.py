"""Stray statements (session 10): lines credited to someone who did not say them. A report relayed inside
another's words, a relative "who" after "a niece of X", a fronted "after" clause running into the main one,
a role then a name after an inverted cue, topic-only cues, and a "hosted by" relative read as the subject
(index/language/quotes/sentence.py, finite.py, subjects.py, speech_acts.py)."""

from __future__ import annotations

from newsdesk.index.language.quotes import extract_statements
from newsdesk.index.model import Article


def said(body: str) -> list[tuple[str, str, str | None, str]]:
    """(cue, speaker as written, actor, quote) of each statement."""
    article = Article(key="k", path="k", title="", body=body, extra={})
    return [(s.cue or "", s.speaker or "", s.actor, s.quote) for s in extract_statements(article)]


def test_a_report_relayed_at_the_head_of_another_is_the_relayed_speakers() -> None:
    body = (
        "Reuter correspondent Subhy Haddad reported from Mosul that political observers there said Iran's "
        "offensive was timed to coincide with the anniversary."
    )
    assert said(body) == [
        (
            "said",
            "political observers there",
            "political observers there",
            "Iran's offensive was timed to coincide with the anniversary",
        )
    ]
    assert said("The agency said Schmid reported that almost all of the condoms were still in transit.") == [
        ("reported", "Schmid", "Schmid", "that almost all of the condoms were still in transit")
    ]


def test_a_past_act_or_a_counted_share_inside_a_report_stays_the_reporters() -> None:
    assert said("Mr. Ross said Mr. Obama had told Jewish leaders that he would not change course.") == [
        ("said", "Mr. Ross", "Ross", "Mr. Obama had told Jewish leaders that he would not change course")
    ]
    assert said("A Bloomberg poll found that 72 percent of voters said the donations bothered them.") == [
        (
            "found",
            "A Bloomberg poll",
            "Bloomberg poll",
            "that 72 percent of voters said the donations bothered them",
        )
    ]


def test_who_after_a_relative_of_a_name_is_not_that_name() -> None:
    body = (
        "Meanwhile, a new allegation surfaced from a woman, a niece of Biden's 2008 US Senate opponent "
        "Christine O'Donnell, who claimed Biden commented on her looks."
    )
    assert said(body) == [("claimed", "who", None, "Biden commented on her looks")]
    assert said("The move was welcomed by Senator Chris Murphy of Connecticut, who said it was overdue.") == [
        ("said", "who", "Chris Murphy", "it was overdue")
    ]
    body = "The test originated in the mouth of Donald Trump, who proclaimed in July that Christians cannot come in."
    assert said(body) == [("proclaimed", "who", "Donald Trump", "that Christians cannot come in")]


def test_a_fronted_after_clause_ends_at_its_comma() -> None:
    body = (
        "After Rorer announced its second bid for the company last Thursday, analysts forecast that the "
        "Robins family would choose Rorer."
    )
    assert said(body) == [("announced", "Rorer", "Rorer", "its second bid for the company last Thursday")]
    body = (
        "He returned to it later after Business Insider editor Josh Barro noted that the odds were very low, "
        "and that Americans should worry more about obesity."
    )
    assert said(body) == [
        (
            "noted",
            "Business Insider editor Josh Barro",
            "Josh Barro",
            "that the odds were very low, and that Americans should worry more about obesity",
        )
    ]


def test_a_role_then_a_name_after_an_inverted_cue_names_the_person() -> None:
    body = (
        '"Walter was the most brilliant scientist I have ever known," said University of California, '
        "San Diego's chancellor, Pradeep Khosla."
    )
    assert said(body) == [
        (
            "said",
            "University of California, San Diego's chancellor, Pradeep Khosla",
            "Pradeep Khosla",
            '"Walter was the most brilliant scientist I have ever known,"',
        )
    ]
    assert said('"The deal is done," said Acme Corp\'s chief executive, John Smith.') == [
        ("said", "Acme Corp's chief executive, John Smith", "John Smith", '"The deal is done,"')
    ]
    assert said('"The deal is done," said Sergey Lavrov, the foreign minister.') == [
        ("said", "Sergey Lavrov", "Sergey Lavrov", '"The deal is done,"')
    ]


def test_a_cue_naming_only_a_topic_reports_nothing() -> None:
    assert said("Pogue's cause was helped by Rick Santorum, who mentioned Pogue's conviction to Trump.") == []
    assert said("He was 34 and reported extensively on the nation's ongoing civil war.") == []
    assert said("Smith, who wrote about the attorney's visit in the book, left.") == []
    assert said("She mentioned that the plan was dead.") == [
        ("mentioned", "She", None, "that the plan was dead")
    ]
    assert said("He wrote on Twitter the plan is dead.") == [
        ("wrote", "He", None, "on Twitter the plan is dead")
    ]
    assert said("Overall, Damon Corp reported a loss of 2.5 mln dlrs on sales of 148 mln.") == [
        ("reported", "Damon Corp", "Damon Corp", "a loss of 2.5 mln dlrs on sales of 148 mln")
    ]


def test_a_hosted_by_relative_is_no_subject() -> None:
    body = (
        "The account for The Bernie and Sid Show, which replaced Imus in the Morning, hosted by Bernard "
        'McGuirk and Sid Rosenberg, who both worked for Imus, tweeted: "I-Man. We salute you."'
    )
    assert [(cue, actor, quote) for cue, _, actor, quote in said(body)] == [
        ("tweeted", "the account for The Bernie and Sid Show", '"I-Man. We salute you."')
    ]
    assert said("Jack Smith and John Doe, who both worked there, said they were happy.") == [
        ("said", "John Doe, who both worked there", "John Doe", "they were happy")
    ]


def test_a_clause_after_an_inverted_looking_cue_is_no_speaker() -> None:
    body = (
        "John Salisbury, vice president and general counsel of National Distillers, said there were no new "
        "developments concerning Bass."
    )
    assert said(body) == [
        (
            "said",
            "John Salisbury, vice president and general counsel of National Distillers",
            "John Salisbury",
            "there were no new developments concerning Bass",
        )
    ]


def test_products_recalled_are_no_words() -> None:
    body = (
        "National Sanitary Labs of Lincolnwood, Ill, voluntarily recalled a lot of Protex brand condoms which "
        "were distributed to a wholesaler in California, the FDA said."
    )
    assert [(cue, actor) for cue, _, actor, _ in said(body)] == [("said", "Food and Drug Administration")]
    assert said("Ford recalled 200,000 cars with faulty brakes.") == []
    assert said("He recalled 1,200 people were killed in the war.") == [
        ("recalled", "He", None, "1,200 people were killed in the war")
    ]
    assert said("She recalled the day her father was arrested.") == [
        ("recalled", "She", None, "the day her father was arrested")
    ]


def test_a_name_with_a_particle_after_a_role_is_the_speaker() -> None:
    body = (
        "The Kuwaiti government will study investments in Egyptian projects, said the deputy-director for "
        "Egypt's Public Authority for Investment, Mohye al-Deen Gharib."
    )
    assert [(speaker, actor) for _, speaker, actor, _ in said(body)] == [
        (
            "the deputy-director for Egypt's Public Authority for Investment, Mohye al-Deen Gharib",
            "Mohye al-Deen Gharib",
        )
    ]


def test_a_partial_quote_after_a_word_ending_in_on_is_no_title() -> None:
    body = 'In March, Deutsche had included its holdings in the section "participations," Smith said.'
    assert said(body) == [
        (
            "said",
            "Smith",
            "Smith",
            'In March, Deutsche had included its holdings in the section "participations,"',
        )
    ]


def test_a_timing_not_confirmed_is_no_words() -> None:
    body = "All parties expect an election in May, although Prime Minister Tony Blair has not confirmed any timing."
    assert said(body) == []
    assert said("Blair has not said whether he will run.") == []
    assert said("Blair has confirmed the date.") == [("confirmed", "Blair", "Blair", "the date")]


def test_saying_after_a_published_report_is_its_authors() -> None:
    body = (
        "On Thursday, the journal Science published a report by a team from the University of Hawaii at Manoa "
        "(UH Manoa) and the University of Southern California (USC), saying the eruption was caused by rain."
    )
    assert said(body) == [
        (
            "saying",
            "a team from the University of Hawaii at Manoa",
            "a team from the University of Hawaii at Manoa",
            "the eruption was caused by rain",
        )
    ]
    assert said("Smith released a statement on Monday, saying he would resign.") == [
        ("saying", "Smith", "Smith", "he would resign")
    ]
