"""Session 12 (fix12): actor and statement failure classes of the held-out draws q and r: participles and
legal suffixes read as names, plural nouns read as cues, media posted, relative clauses with their own
subject, a surname written before its namesake."""

from __future__ import annotations

from newsdesk.index.language.firms import company_names
from newsdesk.index.language.quotes import extract_statements
from newsdesk.index.model import Article


def _found(body: str) -> list[tuple[str, str, str | None, str | None]]:
    article = Article(key="k", path="k.txt", title="", body=body, extra={})
    return [(s.quote, s.cue, s.speaker, s.actor) for s in extract_statements(article)]


def test_a_sentence_initial_participle_is_no_name() -> None:
    body = (
        "Putting it more sharply, one senior banking official blamed Washington for obstructing talks and "
        "said it should now play a more positive role."
    )
    assert [a for *_, a in _found(body)] == []
    assert _found("Manning told reporters the bill was dead and said it would fail.") == [
        ("the bill was dead", "told", "Manning", "Manning"),
        ("it would fail", "said", "Manning", "Manning"),
    ]


def test_a_legal_suffix_alone_names_no_company() -> None:
    assert _found("Den Danske Bank af 1871 A/S said it would raise capital.") == [
        ("it would raise capital", "said", "Den Danske Bank af 1871 A/S", "Den Danske Bank af 1871 A/S"),
    ]
    assert _found("Novo Industri A/S said profits rose.") == [
        ("profits rose", "said", "Novo Industri A/S", "Novo Industri A/S"),
    ]


def test_a_plural_noun_before_a_modal_is_no_cue() -> None:
    assert [c for _, c, *_ in _found("Unconverted notes will be repaid at par, the company said.")] == [
        "said"
    ]
    assert [c for _, c, *_ in _found("The reports are false, the ministry said.")] == ["said"]
    assert _found("Smith notes the plan will fail.") == [("the plan will fail", "notes", "Smith", "Smith")]


def test_posting_a_video_of_some_length_is_no_statement() -> None:
    assert _found("Trump posted a four minute long video from the hospital on Saturday.") == []


def test_a_relative_clause_with_its_own_subject() -> None:
    body = "The banks would assist the FSLIC, which government auditors have said is approaching bankruptcy."
    assert _found(body) == [
        ("is approaching bankruptcy", "said", "government auditors", "government auditors")
    ]
    body = "Coniston Partners, which holds 13 pct of Allegis asked the board to resign."
    assert [(s, a) for *_, s, a in _found(body)] == [("which", "Coniston Partners")]


def test_a_surname_is_the_namesake_written_before_it() -> None:
    body = (
        "Robbin Johnson, vice president of Cargill, Inc., testified in favor of decoupling. Decoupling would "
        "end the bias, he said.\n\nA 0/92 plan does not go far enough, Johnson said.\n\n"
        "Larry Johnson of the Corn Growers said they would agree to 0/92."
    )
    assert [a for *_, a in _found(body)] == ["Robbin Johnson", "Robbin Johnson", "Larry Johnson"]


def test_a_headline_verb_is_no_part_of_a_company_name() -> None:
    body = "DUFF/PHELPS LOWERS BENEFICIAL CORP <BNL> DEBT\n\nDuff and Phelps said it lowered the ratings."
    assert "Phelps Lowers Beneficial Corp" not in {a for *_, a in _found(body)}
    assert company_names("UPJOHN LOWERS BENEFICIAL CORP DEBT RATING") == {
        "beneficial": "Beneficial Corp",
        "beneficial corp": "Beneficial Corp",
    }
    assert company_names("GENERAL MOTORS CORP")["general motors"] == "General Motors Corp"


def test_two_namesakes_before_a_surname_leave_it_alone() -> None:
    body = "Donald Trump spoke. Trump niece Mary Trump wrote a book. Trump tweeted that the vote was rigged."
    assert [a for *_, a in _found(body)] == ["Trump"]


def test_a_capitalised_word_before_a_surname_is_no_introduction() -> None:
    body = (
        "IC will redeem seven pct Swiss Franc notes of Abex. Franc said it was fine. Pierre Franc was there."
    )
    assert [a for *_, a in _found(body)] == ["Pierre Franc"]
