"""Stray statements of a desk's top actors (session 9 re-check): words relayed from someone else, cues
that report nothing or an imagined act, a participle or a shared cue given the wrong subject, a relative
named by the given name alone, and quoted labels read as someone's words (index/language/quotes/*.py,
index/language/coref.py, index/language/cues.py)."""

from __future__ import annotations

from newsdesk.index.language.quotes import extract_statements
from newsdesk.index.model import Article


def said(body: str) -> list[tuple[str, str, str | None, str]]:
    """(cue, speaker as written, actor, quote) of each statement."""
    article = Article(key="k", path="k", title="", body=body, extra={})
    return [(s.cue or "", s.speaker or "", s.actor, s.quote) for s in extract_statements(article)]


def test_a_quotation_relayed_after_a_cue_with_its_own_subject_is_that_subjects() -> None:
    body = (
        "Mr Kilroy-Silk was angry. He said the man shouted: "
        "\"You've offended my religion, I'm doing this in the name of Islam.\""
    )
    assert said(body) == [
        (
            "shouted",
            "the man",
            "the man",
            "\"You've offended my religion, I'm doing this in the name of Islam.\"",
        )
    ]
    assert said('He said Smith told him: "We will win this."') == [
        ("told", "Smith", "Smith", '"We will win this."')
    ]


def test_a_quotation_right_after_a_cue_and_its_listener_stays_the_speakers() -> None:
    assert said('Jane Smith told reporters: "We will win this."') == [
        ("told", "Jane Smith", "Jane Smith", '"We will win this."')
    ]


def test_respond_with_only_a_manner_reports_no_words() -> None:
    body = (
        "U.S. Trade Representative Clayton Yeutter said yesterday that if the community went ahead with the "
        'tax, the United States would respond "vigorously" to protect its trade rights.'
    )
    assert [(c, s) for c, s, _, _ in said(body)] == [("said", "U.S. Trade Representative Clayton Yeutter")]
    assert said("The United States responded angrily that the tax was illegal.") == [
        ("responded", "The United States", "United States", "angrily that the tax was illegal")
    ]


def test_a_participle_in_a_series_of_adjectives_is_no_cue() -> None:
    body = (
        "U.S. firms are expected to enjoy the advantage of superior experience in the new, promising "
        "business of bringing Japanese investors to the U.S. futures markets."
    )
    assert said(body) == []
    assert said("He addressed the crowd, promising that taxes would fall.") == [
        ("promising", "He", None, "that taxes would fall")
    ]


def test_a_present_cue_in_the_day_when_is_imagined() -> None:
    body = (
        "What's more, I look forward to the day when he claims victory, wrecks the EU, and rescues my nation."
    )
    assert said(body) == []
    assert said("On the day when he said the war was over, markets rose.") == [
        ("said", "he", None, "the war was over")
    ]


def test_pointing_out_hangs_from_the_clauses_subject_not_the_verbs_object() -> None:
    body = (
        "Some of them could well start lobbying the NYSE, pointing out, among other things, that the "
        "expansion of global trading needs to be based on reciprocal arrangements."
    )
    assert said(body) == []
    assert said("He spoke at the conference, pointing out that the plan was bad.") == [
        ("pointing out", "He", None, "that the plan was bad")
    ]


def test_a_participle_after_with_x_doing_by_is_xs() -> None:
    body = (
        "Washington was stunned by the sudden Wall Street retreat, with President Reagan speaking for most "
        'people by admitting that he was "puzzled."'
    )
    assert said(body) == [("admitting", "President Reagan", "Reagan", 'that he was "puzzled."')]


def test_a_subject_after_a_quotation_that_ends_a_sentence_is_the_one_later_cues_share() -> None:
    body = (
        "Michael Howard spoke. He continued: \"How can they clean up our hospitals when they don't clean up "
        'their act?" Mr Blair said he would not respond to "tittle tattle in books" and promised to hail '
        'Labour\'s record "from now until polling day".'
    )
    assert [(c, s, a) for c, s, a, _ in said(body)] == [
        ("continued", "He", "Michael Howard"),
        ("said", "Mr Blair", "Blair"),
        ("promised", "Mr Blair", "Blair"),
    ]


def test_a_relative_named_by_the_given_name_alone_is_a_referent() -> None:
    body = (
        "Michael Howard spoke in Brighton. The speech had been introduced by his son Nick, a trainee vicar. "
        '"I always know where I am with him because he has meant what he has said to me," he said.'
    )
    assert [(c, s, a) for c, s, a, _ in said(body)] == [("said", "he", "Nick")]


def test_what_a_body_wants_in_quoted_words_is_not_its_statement() -> None:
    body = (
        "The government wanted to tackle this by moving to a culture where retirement ages were "
        '"increasingly consigned to the past".'
    )
    assert said(body) == []


def test_a_short_label_after_an_article_is_nobodys_words() -> None:
    body = (
        'The administration has practiced a policy of "constructive engagement" with South Africa and '
        "accepted trade sanctions only after they had been imposed by Congress."
    )
    assert said(body) == []
    assert said('The Lib Dems branded it a "sticking plaster" for the election.') == [
        ("branded", "The Lib Dems", "Liberal Democrats", 'it a "sticking plaster" for the election')
    ]


def test_what_a_person_wants_in_quoted_words_stays_a_statement() -> None:
    body = 'The East Midlands MEP, who quit the UK Independence Party, wants his new group to "change the face" of UK politics.'
    assert [(c, q) for c, _, _, q in said(body)] == [
        ("wants", 'his new group to "change the face" of UK politics')
    ]


def test_a_label_after_a_cue_in_the_predicate_stays_a_statement() -> None:
    body = 'He later contacted the show saying the e-mail had been sent in error and that it was all a "silly fuss".'
    assert [(c, s) for c, s, _, _ in said(body)] == [("later contacted", "He")]


def test_a_participle_before_a_capitalised_noun_is_an_adjective() -> None:
    body = (
        "Speaking ahead of the expected Army Board meeting, a spokesman said: "
        '"The government has spent months attempting to trick soldiers."'
    )
    assert [(c, s) for c, s, _, _ in said(body)] == [("said", "a spokesman")]


def test_a_label_in_a_that_clause_or_after_what_he_dubbed_is_someones_words() -> None:
    body = 'He also listed what he dubbed the nine "most useless quangos".'
    assert [(c, s) for c, s, _, _ in said(body)] == [("also listed", "He")]
    body = 'The minister dismissed claims from Michael Howard that he led a "grubby government".'
    assert [(c, s) for c, s, _, _ in said(body)] == [("dismissed", "The minister")]


def test_a_quotation_relayed_after_a_comma_is_the_relayed_speakers() -> None:
    body = 'Senator James McClure said senators told him, "There is no doubt dumping is going on," based on evidence.'
    assert said(body) == [("told", "senators", "senators", '"There is no doubt dumping is going on,"')]
