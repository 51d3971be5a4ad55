"""Session 13 (fix13t): actor and statement failure classes of held-out draw t: a firm read as a person by its
results, "notes" as a noun after "and", the person "of" a firm whose name holds a comma, a word that opens a
hyphenated firm's name."""

from __future__ import annotations

from newsdesk.index.language.quotes import extract_statements
from newsdesk.index.model import Article


def _found(body: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    article = Article(key="k", path="k.txt", title="", body=body, extra={})
    return [(s.quote, s.cue, s.speaker, s.actor, s.actor_kind) for s in extract_statements(article)]


def test_a_lone_name_that_reports_results_is_a_company() -> None:
    body = (
        "Charter Federal Savings and Loan Association said it has agreed to acquire Jefferson Savings and Loan "
        "Association of Warrenton, Va.\n\n"
        "Jefferson reported a 1.5 mln dlrs loss and assets of 360 mln dlrs for the year."
    )
    assert _found(body)[-1] == (
        "a 1.5 mln dlrs loss and assets of 360 mln dlrs for the year",
        "reported",
        "Jefferson",
        "Jefferson",
        "organisation",
    )
    assert _found("Smith reported a 1.5 mln dlrs loss for the year.")[0][4] == "organisation"
    # results are what a firm reports; a lone name reporting anything else stays a person
    assert _found("Jones reported that the vote failed.")[0][3:] == ("Jones", "person")


def test_notes_joined_to_another_noun_or_issued_is_no_cue() -> None:
    body = (
        "Colonial is a closed-end investment company investing in lower quality bonds and notes issued by "
        "state and local governments."
    )
    assert _found(body) == []
    assert _found("It will pay in cash and notes over five years.") == []
    assert [c for _, c, *_ in _found("He smiled and notes that the bill failed.")] == ["notes"]


def test_the_person_of_a_firm_with_a_comma_in_its_name_speaks() -> None:
    found = _found("But Robert Hormats of Goldman, Sachs and Co said he was not worried.")
    assert [(a, k) for *_, a, k in found] == [("Robert Hormats", "person")]
    found = _found("An analyst with Goldman, Sachs and Co said the bank would sell.")
    assert [(a, k) for *_, a, k in found] == [("Goldman, Sachs and Co", "organisation")]
    found = _found("Goldman, Sachs and Co said it will sell.")
    assert [(a, k) for *_, a, k in found] == [("Goldman, Sachs and Co", "organisation")]


def test_a_word_opening_a_hyphenated_firm_is_that_firm() -> None:
    body = (
        "Yugoslavia's top oil producer <Ina-Naftaplin> has started a contract with <Petro Chemie>.\n\n"
        "In a separate statement, Ina said it has completed the first drill in Tunisia."
    )
    assert [(a, k) for *_, a, k in _found(body)] == [("Ina-Naftaplin", "organisation")]
    # an acronym in capitals is no short form of the hyphenated firm
    body = "The official Iraqi news agency INA said the attack was repelled. <Ina-Naftaplin> was not hit."
    assert [a for *_, a, _ in _found(body)] == ["INA"]


def test_a_word_another_firm_holds_is_no_short_form_of_the_hyphenated_unit() -> None:
    body = (
        "H.J. Heinz Co owns Heinz-UFE Ltd and the venture Seoul-Heinz Ltd.\n\n"
        "O'Reilly said Heinz would grow. Last week Heinz reported third-quarter earnings rose to 55 cts a share."
    )
    assert "Heinz-UFE Ltd" not in [a for *_, a, _ in _found(body)]
