"""False merges in a desk's top actors: a state's unnamed bodies given to the last state named, a company's
officer joined to a namesake in government, and pronouns given to the wrong person (index/language/resolve.py,
index/language/places.py, index/language/coref.py, index/actors/registry.py, index/actors/joins.py)."""

from __future__ import annotations

import datetime as dt

from newsdesk.index.actors.corrections import Corrections
from newsdesk.index.actors.gazetteer import load_gazetteer
from newsdesk.index.actors.mentions import MentionRecord
from newsdesk.index.actors.names import article_scoped
from newsdesk.index.actors.registry import build_registry
from newsdesk.index.language.places import article_country
from newsdesk.index.language.quotes import extract_statements
from newsdesk.index.model import Article, Statement
from tests.conftest import mention_record


def statements(body: str, year: int = 1987) -> list[Statement]:
    article = Article(key="k", path="k", title="", body=body, date=dt.date(year, 3, 2))
    return extract_statements(article)


def actors(body: str) -> list[tuple[str, str | None]]:
    """(speaker as written, actor) of each statement."""
    return [(s.speaker or "", s.actor) for s in statements(body)]


def test_a_bare_government_the_article_used_first_stays_the_datelines() -> None:
    body = (
        "OTTAWA, March 2 - The government announced plans to build the icebreaker last year after the "
        "passage of the U.S. Coast Guard's vessel through the Northwest Passage. The U.S. government did not "
        "seek permission for the journey.\n\n"
        "The government said the icebreaker was needed to back up the country's claim in the Arctic."
    )
    assert actors(body)[-1] == ("The government", "Canada")


def test_a_government_a_state_qualified_first_is_that_states() -> None:
    # The rule it must keep: "NEW YORK - The Philippine government agreed ... the government has indicated".
    body = (
        "NEW YORK, March 30 - The Philippine government has agreed to make token payments, bankers said. "
        "U.S. banks hold most of the debt.\n\n"
        "The government has indicated that it will in fact do so."
    )
    assert actors(body)[-1] == ("The government", "Philippines")


def test_a_wire_story_opening_with_a_state_as_subject_is_that_states() -> None:
    gz = load_gazetteer()
    finland = (
        "WASHINGTON, April 17 - The Republic of Finland filed with the Securities and Exchange Commission "
        "for a shelf offering of up to 550 mln dlrs of debt securities.\n\n"
        "Proceeds from the sale will be used to finance capital investment, the government said."
    )
    assert article_country(finland, gz, 1987) == "Finland"
    assert actors(finland)[-1] == ("the government", "Finland")
    # A demonym before anything but "government" is no state opening the story, and a story that names
    # the dateline's state after it stays the dateline's.
    minister = "WASHINGTON, April 9 - Japanese Finance Minister Kiichi Miyazawa said the yen was stable."
    assert article_country(minister, gz, 1987) == "United States"
    named = "TOKYO, March 3 - The United States urged Japan to open its markets, Japanese officials said."
    assert article_country(named, gz, 1987) == "Japan"


def test_a_state_an_it_speaks_to_is_not_the_it() -> None:
    body = (
        "GENEVA, June 18 - The United States asked for consultations with Tokyo on the issue.\n\n"
        "The ruling GATT Council yesterday ruled that the U.S. Superfund tax on oil imports breached trade "
        "rules. It called on Washington to modify its legislation."
    )
    assert actors(body) == [("The United States", "United States"), ("It", None)]
    # The rule it must keep: a state that spoke is still the "it" that speaks again.
    kept = "TOKYO, March 3 - Japan said it would cut tariffs. It called on its trading partners to follow."
    assert actors(kept) == [("Japan", "Japan"), ("It", "Japan")]


ARVIN = (
    "COLUMBUS, Ind., March 31 - Arvin Industries Inc said higher interest costs will produce flat earnings.\n\n"
    "Chairman James Baker said 1987 quarterly comparisons will not conform to historical patterns.\n\n"
    "He said Arvin will complete the purchase of Systems Research Laboratories in the second quarter."
)


def test_a_company_officer_with_a_bare_title_is_kept_to_the_article() -> None:
    found = [(s.speaker, s.actor, s.affiliation, s.actor_key) for s in statements(ARVIN)]
    officer = article_scoped("James Baker", "k")
    assert found == [
        ("Arvin Industries Inc", "Arvin Industries Inc", None, "arvin-industries-inc"),
        ("Chairman James Baker", "James Baker", "Arvin Industries Inc", officer),
        ("He", "James Baker", "Arvin Industries Inc", officer),
    ]
    # No company spoke: a chairman is whoever the desk says ("Chairman Paul Volcker" of the Fed).
    fed = statements("WASHINGTON, March 2 - Chairman Paul Volcker said rates would stay steady.")
    assert [(s.actor, s.affiliation, s.actor_key) for s in fed] == [("Paul Volcker", None, "paul-volcker")]


def officer(article: str, name: str, company: str, role: str = "Chairman") -> MentionRecord:
    key = article_scoped(name, article)
    return MentionRecord(article, key, name, "person", role, company, None, f"{role} {name}", "m", "Reuters")


def desk(records: list[MentionRecord]) -> list[tuple[str, int]]:
    reg = build_registry(records, Corrections())
    return [(a.name, reg.count(a.id)) for a in reg.actors()]


def test_a_company_officer_is_no_namesake_in_government() -> None:
    secretary = [
        mention_record("a", "James Baker", role="Treasury Secretary", source="Reuters"),
        mention_record("b", "James Baker", role="U.S. Treasury Secretary", source="Reuters"),
        mention_record("c", "James Baker", source="Reuters"),
    ]
    arvin = [
        officer("d", "James Baker", "Arvin Industries Inc"),
        officer("e", "James Baker", "Arvin Industries Inc"),
    ]
    assert desk(secretary + arvin) == [("James Baker", 3), ("James Baker (Arvin Industries Inc)", 2)]


def test_a_company_officer_joins_the_desk_person_of_that_post() -> None:
    # A role naming the company, or a post of the same kind, is the same man; so is a name nobody else holds.
    amr = [mention_record("a", "Robert Crandall", role="AMR chairman", source="Reuters")]
    assert desk([*amr, officer("b", "Robert Crandall", "AMR Corp")]) == [("Robert Crandall", 2)]
    fed = [mention_record("a", "Paul Volcker", role="Federal Reserve Board Chairman", source="Reuters")]
    assert desk([*fed, officer("b", "Paul Volcker", "Chase Manhattan Corp")]) == [("Paul Volcker", 2)]
    assert desk([officer("a", "John Smith", "Acme Corp")]) == [("John Smith", 1)]


def test_a_surname_with_a_sentence_adverb_is_the_person_and_speaks_on() -> None:
    body = (
        "MEXICO CITY, March 2 - Mexican Finance Minister Gustavo Petricioli said a deal was close.\n\n"
        "Petricioli nevertheless said Baker showed flexibility and promised to look into alternatives.\n\n"
        "He said an alternative now being looked at was for new procedures."
    )
    assert actors(body) == [
        ("Mexican Finance Minister Gustavo Petricioli", "Gustavo Petricioli"),
        ("Petricioli nevertheless", "Gustavo Petricioli"),
        ("Petricioli nevertheless", "Gustavo Petricioli"),
        ("He", "Gustavo Petricioli"),
    ]


def test_a_he_right_after_an_unnamed_spokesmans_words_is_the_spokesman() -> None:
    body = (
        "WASHINGTON, April 27 - A Treasury spokesman said Treasury Secretary James Baker has cancelled a trip.\n\n"
        "But the participation in the talks by Baker suggests hard bargaining.\n\n"
        'Asked if the trip had been dropped, the Treasury spokesman replied: "I would think so."\n\n'
        'He described the trip as "purely ceremonial."'
    )
    assert actors(body)[-1] == ("He", "a Treasury spokesman")


def test_a_name_opening_what_someone_says_is_no_subject_for_a_later_he() -> None:
    body = (
        "ZURICH, Oct 20 - Treasury Secretary James Baker said the accord still worked. Bernhard Wyttenbach, "
        "an economist, disagreed.\n\n"
        "Baker was wrong to blame the West Germans, Wyttenbach said. "
        '"We do not have a mark problem, we have a dollar problem," he added.'
    )
    assert actors(body)[-1] == ("he", "Bernhard Wyttenbach")


def test_which_after_a_plain_person_is_nobody() -> None:
    body = (
        "Labour withdrew posters featuring Mr Howard, which critics claimed were anti-Semitic. "
        "Michael Howard said the campaign was over."
    )
    assert actors(body)[0] == ("which", None)


def test_a_nominal_speaker_is_the_person_for_the_pronouns_after_it() -> None:
    body = (
        "Tory leader Michael Howard said Gordon Brown's Budget was a con.\n\n"
        'Mr Brown\'s Budget was not about the country, but "all about the Labour party," the Tory leader said. '
        "He went on to accuse Mr Brown of giving with one hand. He urged the chancellor to admit he was wrong. "
        "He also accused the government of running out of solutions."
    )
    assert [a for w, a in actors(body) if w == "He"] == ["Michael Howard", "Michael Howard"]


def test_a_he_right_after_a_speakers_words_is_that_speaker() -> None:
    body = (
        "Mr Blair held talks with the Palestinian leader, Mahmoud Abbas. At a news conference following talks "
        'with Mr Blair, Mr Abbas said the British prime minister was "in a unique position to help us". '
        'He added: "Your endeavour to hold a conference in London is another example."'
    )
    assert actors(body)[-1] == ("He", "Mahmoud Abbas")


def test_a_he_after_an_owners_spokesman_is_not_the_owner() -> None:
    body = (
        "Tony Blair said the plans were fair. On Monday, Tony Blair's official spokesman declined to say "
        'whether the prime minister backed the plans. He said: "What is important is that there is a process."'
    )
    assert actors(body)[-1] == ("He", None)
