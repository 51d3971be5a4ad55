"""Who a "he" opening its sentence continues when the last name seen is only an object or a complement there:
an unnamed speaker of the sentence before, the subject after an opening clause, and a "he said" frame followed
back to the person it stands for."""

from __future__ import annotations

from newsdesk.index.language.quotes import extract_statements
from newsdesk.index.model import Article


def actors(body: str) -> list[tuple[str, str | None]]:
    """(speaker as written, actor) of each statement of an untitled article with this body."""
    found = extract_statements(Article(key="k", path="k", title="", body=body))
    return [(s.speaker or "", s.actor) for s in found]


def pronouns(body: str) -> list[str | None]:
    """The actors "he"/"she" took, in text order."""
    return [a for w, a in actors(body) if w.lower() in ("he", "she")]


def test_an_unnamed_employee_who_spoke_is_whom_he_continues() -> None:
    body = (
        "Employees said they had written to Citicorp chief executive John Reed protesting against the deal.\n\n"
        '"We are seriously considering legal action," a senior Citibank employee told Reuters. "There has '
        'been no consultation with South African staff," he added.'
    )
    assert pronouns(body) == ["a senior Citibank employee"]


def test_an_unnamed_official_framing_the_sentence_before_is_someone_new() -> None:
    body = (
        "PEKING, April 3 - A big expansion in trade is expected as a result of Swedish Prime Minister Ingvar "
        "Carlsson's visit to China, a official of China's Foreign Economic Relations and Trade Ministry "
        "official said.\n\nHe told the China Daily that petroleum and coal could help balance the trade."
    )
    assert pronouns(body) == [None]


def test_an_apposition_to_a_name_is_not_someone_new() -> None:
    body = (
        "A big expansion in trade is expected, Ingvar Carlsson, a Swedish official, said.\n\n"
        "He told the China Daily that petroleum and coal could help balance the trade."
    )
    assert pronouns(body) == ["Ingvar Carlsson"]


def test_the_subject_after_an_opening_clause_is_whom_he_continues() -> None:
    body = (
        'Mr Griffin told the Independent the Tories\' plans were "a definite move onto our turf". He said: '
        '"I quite freely accept that the Tories will con enough people." Asked whether he was comfortable with '
        "the perception that the Conservatives and the BNP appeal to the same voting instincts, Mr Howard told "
        'the BBC: "I reject that entirely". He said he found BNP\'s policies "abhorrent".'
    )
    assert pronouns(body) == ["Griffin", "Howard"]


def test_a_he_said_frame_is_followed_back_past_the_person_met() -> None:
    body = (
        "JAKARTA, March 3 - Opec remains within its agreed output ceiling, Indonesian Energy Minister Subroto "
        "said.\n\nHe told reporters after meeting with President Suharto that weakness in the spot oil market "
        "was the result of warmer weather.\n\nPrices had also been forced down because refineries were using "
        "up old stock, he said.\n\nHe denied that Opec was exceeding its agreed production ceiling. Asked what "
        'Opec\'s output level was now, he replied: "Below 15.8."\n\nHe predicted that prices would recover.'
    )
    assert pronouns(body) == ["Subroto"] * 5


def test_an_unnamed_speaker_opening_the_sentence_before_is_whom_he_continues() -> None:
    body = (
        "The Bundesbank council will meet in West Berlin next week, a spokesman said.\n\n"
        "In Bonn a finance ministry spokesman said Finance Minister Gerhard Stoltenberg would take part in the "
        "meeting in West Berlin. His participation was arranged long ago, he added."
    )
    assert pronouns(body) == [None]


def test_the_spokesman_opening_the_sentence_before_is_left_to_the_speaker_before() -> None:
    body = (
        "LONDON, March 2 - U.K. Chancellor of the Exchequer Nigel Lawson has told Brazil's Finance Minister "
        "Dilson Funaro that the debt is a matter for the banks, a Treasury spokesman said.\n\nThe spokesman said "
        "the Chancellor had emphasised in talks this morning with Funaro the need for a convincing economic "
        "program. He added an accord with the International Monetary Fund could be a very helpful support."
    )
    assert pronouns(body) == ["a Treasury spokesman"]
