"""Session 12 (stmts12b): statements on BBC politics: the Prime Minister's office, named spokesmen,
conjunctions before a subject, pronouns after a speaker's own quotation, bare articles."""

from __future__ import annotations

from newsdesk.index.actors.gazetteer import load_gazetteer
from newsdesk.index.language.quotes import extract_statements
from newsdesk.index.model import Article


def _found(body: str) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    article = Article(key="k", path="k.txt", title="", body=body, extra={})
    return [(s.quote, s.speaker, s.actor, s.actor_kind, s.affiliation) for s in extract_statements(article)]


def test_downing_street_is_the_prime_ministers_office() -> None:
    gz = load_gazetteer()
    found = {
        n: (gz.lookup(n).name, gz.lookup(n).kind, gz.lookup(n).affiliation)
        for n in ("Number 10", "Downing St", "No 10")
    }
    assert found == {n: ("Downing Street", "organisation", "United Kingdom") for n in found}
    assert gz.lookup("the White House").name == "United States"
    assert _found("But Downing Street said Mr Blair should be judged by results.") == [
        (
            "Mr Blair should be judged by results",
            "Downing Street",
            "Downing Street",
            "organisation",
            "United Kingdom",
        )
    ]
    assert _found("Number 10 said an error was made.") == [
        ("an error was made", "Number 10", "Downing Street", "organisation", "United Kingdom")
    ]


def test_a_number_10_spokeswoman_speaks_for_downing_street() -> None:
    assert _found("A Number 10 spokeswoman said the plan was fine.") == [
        (
            "the plan was fine",
            "A Number 10 spokeswoman",
            "a Number 10 spokeswoman",
            "unnamed",
            "Downing Street",
        )
    ]


def test_named_spokesman_without_closing_comma_is_the_person() -> None:
    found = _found('Rhodri Glyn Thomas, Plaid Cymru health spokesman said: "It is a failed target."')
    assert [(q, sp, a, k) for q, sp, a, k, _ in found] == [
        (
            '"It is a failed target."',
            "Rhodri Glyn Thomas, Plaid Cymru health spokesman",
            "Rhodri Glyn Thomas",
            "person",
        )
    ]


def test_conjunction_before_the_sentence_subject() -> None:
    found = _found(
        "But Sir Bernard Ingham, Margaret Thatcher's former press secretary, took a less charitable view, "
        'accusing the programme of "corrupting politics".'
    )
    assert [(sp, a) for _, sp, a, _, _ in found] == [("Sir Bernard Ingham", "Bernard Ingham")]


def test_bare_article_is_no_speaker() -> None:
    assert (
        _found("It is not because of what the 'alleged' terrorists are doing, but from our own government.")
        == []
    )


def test_he_after_a_quotation_is_its_speaker_not_a_name_inside_it() -> None:
    body = (
        "Gordon Brown has criticised a union leader. Mr Brown said: \"I don't think you can rely on his judgement. "
        '"Mr Blair and I are making exactly the same decisions on civil service reforms." He also said that '
        "as the union leader was never at their meetings, he could not judge."
    )
    found = {q[:20]: a for q, _, a, _, _ in _found(body)}
    assert found["that as the union le"] == "Gordon Brown"


def test_possessive_of_an_institution_before_a_named_review() -> None:
    found = _found(
        "The government should recognise shortcomings of the Treasury's Barker Review, which said 140,000 new "
        "homes a year were needed."
    )
    assert [(a, k, aff) for _, _, a, k, aff in found] == [("Barker Review", "organisation", "Treasury")]
    assert [a for _, _, a, _, _ in _found("Hudson's Bay said profits rose.")] == ["Hudson's Bay"]


def test_office_nobody_named_holds_is_not_the_last_man_with_another_office() -> None:
    body = (
        "Tony Blair lied, say the Tories. Tory co-chairman Liam Fox was speaking after Mr Blair spoke. "
        'Dr Fox told BBC Radio: "If you lie about war, you lie about anything." He would not discuss reports.\n\n'
        "The prime minister ratcheted up campaigning at the weekend. He insisted he did not know the poll date."
    )
    found = {q: a for q, _, a, _, _ in _found(body)}
    assert found["he did not know the poll date"] is None


def test_it_after_a_sentence_opening_with_a_bodys_head_noun() -> None:
    body = (
        "In its report, the Law Commission said it had found wide support for change.\n\n"
        "But the Home Office said life sentences would not be abolished. The commission, an independent body, "
        "had been asked to consider reforms. But it said its proposals were unlikely to work."
    )
    found = {q: a for q, _, a, _, _ in _found(body)}
    assert found["its proposals were unlikely to work"] == "Law Commission"


def test_it_after_a_companys_statement_is_still_the_company() -> None:
    body = (
        "General Acquisition Co said it would bid. The statement repeated the request that GenCorp remove a "
        "poison pill. It said it might take legal action."
    )
    found = {q: a for q, _, a, _, _ in _found(body)}
    assert found["it might take legal action"] == "General Acquisition Co"


def test_a_year_after_an_owner_is_no_part_of_its_name() -> None:
    found = _found("The Bundesbank's 1986 annual report said the government's measures were wrong.")
    assert [(a, aff) for _, _, a, _, aff in found] == [("the Bundesbank's 1986 annual report", "Bundesbank")]


def test_downing_street_still_places_the_article_in_the_uk() -> None:
    body = (
        "Britain has offered to send 120 Gurkhas to Indonesia, Downing Street said.\n\nDiscussions have begun, "
        "but the government said the offer was aimed at Aceh. Downing St said a similar offer might be made."
    )
    found = {q: (a, k) for q, _, a, k, _ in _found(body)}
    assert found["the offer was aimed at Aceh"] == ("United Kingdom", "state")
    assert found["a similar offer might be made"] == ("Downing Street", "organisation")


def test_some_senior_members_are_a_group_of_the_party_not_the_party() -> None:
    found = _found("Some senior Tories argued vociferously against the move. The Tories said it was right.")
    assert [(a, k, aff) for _, _, a, k, aff in found] == [
        ("some senior Tories", "unnamed", "Conservative Party"),
        ("Conservative Party", "organisation", "United Kingdom"),
    ]
