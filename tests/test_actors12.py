"""Reuters actors cut, typed or joined wrong (session 12): a surname read as an acronym, a foreign particle
or a number cutting a company's name, a contraction read as a surname, the wire's shift-key slips
(index/actors/gazetteer.py, index/actors/joins.py, index/actors/registry.py, index/language/firms.py,
index/language/speakers.py)."""

from __future__ import annotations

import datetime as dt

from newsdesk.index.actors.corrections import Corrections
from newsdesk.index.actors.gazetteer import load_gazetteer
from newsdesk.index.actors.joins import contraction_of
from newsdesk.index.actors.mentions import MentionRecord
from newsdesk.index.actors.names import article_scoped
from newsdesk.index.actors.registry import build_registry
from newsdesk.index.language.firms import company_names
from newsdesk.index.language.quotes import extract_statements
from newsdesk.index.model import ActorKind, Article
from tests.conftest import mention_record


def actors(body: str) -> list[tuple[str, str | None, str | None]]:
    """(speaker as written, actor, kind) of each statement of a small Reuters text."""
    article = Article(key="k", path="k", title="", body=body, date=dt.date(1987, 3, 2))
    return [(s.speaker or "", s.actor, s.actor_kind) for s in extract_statements(article)]


def desk(records: list[MentionRecord]) -> list[tuple[str, str, int]]:
    reg = build_registry(records, Corrections())
    return [(a.name, a.kind, reg.count(a.id)) for a in reg.actors()]


def bare(article: str, name: str, kind: ActorKind = "person") -> MentionRecord:
    """A one-word speaker the article could not name for the desk ("Conrail said")."""
    return MentionRecord(
        article, article_scoped(name, article), name, kind, None, None, None, name, None, "Reuters"
    )


def test_a_title_case_word_is_no_three_letter_acronym() -> None:
    gz = load_gazetteer()
    assert gz.lookup("Ing") is None  # analyst John Ing, not the Dutch bank
    assert gz.lookup("Ira") is None
    assert gz.lookup("ING") is not None and gz.lookup("ING").name == "ING"  # type: ignore[union-attr]
    assert gz.lookup("Nato") is not None  # four letters: house style for the acronym itself


def test_a_foreign_particle_stays_in_a_lead_managers_name() -> None:
    body = (
        "LONDON, March 2 - The bond issue of 100 mln dlrs is priced at par, said lead manager Banque "
        "Generale du Luxembourg SA."
    )
    assert actors(body) == [
        ("lead manager Banque Generale du Luxembourg SA", "Banque Generale du Luxembourg SA", "organisation")
    ]


def test_a_number_inside_a_company_name_keeps_it_whole() -> None:
    body = "NEW YORK, March 2 - Worldwide 800 Services Inc said it filed a lawsuit against the carrier."
    assert actors(body) == [("Worldwide 800 Services Inc", "Worldwide 800 Services Inc", "organisation")]


def test_the_company_table_reads_particles_and_numbers() -> None:
    found = company_names("Banque Internationale a Luxembourg SA and <Worldwide 800 Services Inc> said so.")
    assert found["banque internationale a luxembourg sa"] == "Banque Internationale a Luxembourg SA"
    assert found["worldwide 800"] == "Worldwide 800 Services Inc"


def test_a_contraction_of_the_articles_company_is_that_company() -> None:
    records = [
        mention_record("a", "Consolidated Rail Corp", kind="organisation", source="Reuters"),
        bare("a", "Conrail"),
        mention_record("b", "Adelaide Steamship Co Ltd", kind="organisation", source="Reuters"),
        bare("b", "Adsteam"),
        bare("b", "Adsteam"),
    ]
    assert desk(records) == [
        ("Adelaide Steamship Co Ltd", "organisation", 3),
        ("Consolidated Rail Corp", "organisation", 2),
    ]


def test_a_contraction_needs_two_words_openings_in_order() -> None:
    class E:
        def __init__(self, name: str) -> None:
            self.name = name

    rail, steam = E("Consolidated Rail Corp"), E("Adelaide Steamship Co Ltd")
    by_article = {"a": [rail, steam]}
    assert contraction_of("Conrail", ["a"], by_article) is rail
    assert contraction_of("Adsteam", ["a"], by_article) is steam
    assert contraction_of("Consolidated", ["a"], by_article) is None  # a word of the name, not a contraction
    assert contraction_of("Railcon", ["a"], by_article) is None  # out of order
    assert contraction_of("Cosmo", ["a"], by_article) is None


def test_a_shift_key_slip_in_a_company_name_is_written_right() -> None:
    records = [
        mention_record("a", "Kentucky Central Life INsurance Co", kind="organisation", source="Reuters"),
        mention_record("b", "MCorp", kind="organisation", source="Reuters"),
    ]
    assert desk(records) == [
        ("Kentucky Central Life Insurance Co", "organisation", 1),
        ("MCorp", "organisation", 1),
    ]


def test_a_word_cut_from_a_place_is_the_place_not_a_company() -> None:
    records = [
        mention_record("a", "Brunswick Corp", kind="organisation", source="Reuters"),
        mention_record("a", "Brunswick Corp", kind="organisation", source="Reuters"),
        MentionRecord(
            "b", article_scoped("Brunswick", "b"), "Brunswick", "person", None, None, None, "New Brunswick"
        ),
        MentionRecord(
            "c",
            article_scoped("Jersey", "c"),
            "Jersey",
            "person",
            None,
            None,
            None,
            "The State of New Jersey",
        ),
    ]
    assert desk(records) == [
        ("Brunswick Corp", "organisation", 2),
        ("New Brunswick", "organisation", 1),
        ("New Jersey", "organisation", 1),
    ]


def test_a_town_its_speaker_placed_speaks_for_no_one() -> None:
    surface = "a Saddlebrook, N.J. carpet maker"
    records = [
        MentionRecord(
            "a", article_scoped("Saddlebrook", "a"), "Saddlebrook", "person", None, None, None, surface
        ),
        MentionRecord(
            "b", article_scoped("Smith", "b"), "Smith", "person", None, None, None, "Smith, Washington"
        ),
    ]
    assert desk(records) == [("Smith", "person", 1)]


def test_a_nickname_and_the_formal_name_in_one_office_are_one_person() -> None:
    records = [
        mention_record("a", "James Sales", role="Texaco attorney", source="Reuters"),
        mention_record("b", "Jim Sales", role="Texaco lawyer", source="Reuters"),
    ]
    assert desk(records) == [("James Sales", "person", 2)]


def test_a_bodys_name_run_on_into_a_surname_is_the_person() -> None:
    records = [
        mention_record("a", "Exchange Commission Moller", kind="organisation", source="Reuters"),
        mention_record("a", "Poul Erik Moller", source="Reuters"),
    ]
    reg = build_registry(records, Corrections(), {"a": ["Poul Erik Moller"]})
    assert [(a.name, a.kind, reg.count(a.id)) for a in reg.actors()] == [("Poul Erik Moller", "person", 2)]


def test_a_name_opening_with_a_suffixs_stop_is_the_word_after_it() -> None:
    records = [
        mention_record("a", "Marshall Goldman", source="Reuters"),
        mention_record("b", "Co. Goldman", kind="organisation", source="Reuters"),
    ]
    assert desk(records) == [("Goldman", "organisation", 1), ("Marshall Goldman", "person", 1)]


def test_a_based_company_description_is_its_articles_one_company() -> None:
    records = [
        mention_record("a", "GTE Corp", kind="organisation", source="Reuters"),
        mention_record("a", "Conn.-based company", kind="organisation", source="Reuters"),
        mention_record("b", "Ill.-based company", kind="organisation", source="Reuters"),
        mention_record("b", "Sears", kind="organisation", source="Reuters"),
        mention_record("b", "Allstate Corp", kind="organisation", source="Reuters"),
    ]
    assert desk(records) == [
        ("Allstate Corp", "organisation", 1),
        ("GTE", "organisation", 2),  # the gazetteer's name
        ("Ill.-based company", "organisation", 1),  # two companies quoted: no telling which
        ("Sears", "organisation", 1),
    ]


def test_a_plural_title_leaves_the_surname_to_its_article() -> None:
    records = [
        mention_record("a", "Li Peng", role="Vice-Premier", source="Reuters"),
        mention_record("a", "Vice-Premiers Li", source="Reuters"),
    ]
    reg = build_registry(records, Corrections(), {"a": ["Li Peng"]})
    assert [(a.name, reg.count(a.id)) for a in reg.actors()] == [("Li Peng", 2)]


def test_a_family_named_in_the_plural_are_persons() -> None:
    records = [
        mention_record("a", "William Tavoulareas", source="Reuters"),
        MentionRecord(
            "a",
            article_scoped("Tavoulareases", "a"),
            "Tavoulareases",
            "person",
            None,
            None,
            None,
            "The Tavoulareases",
        ),
        MentionRecord("b", article_scoped("Hefce", "b"), "Hefce", "person", None, None, None, "The Hefce"),
    ]
    reg = build_registry(records, Corrections(), {"a": ["William Tavoulareas"]})
    assert [(a.name, a.kind) for a in reg.actors()] == [
        ("Hefce", "organisation"),
        ("Tavoulareases", "person"),
        ("William Tavoulareas", "person"),
    ]
