"""Reuters companies left apart from their full names or typed as persons (session 14): a clipped first
word ("Transco"), a name without its last stop ("S.A.Y"), a suffix-less tail typed person ("Miniere Louvem"),
a two-word "person" ending in a desk's firm word ("Standard Trustco") (index/actors/joins.py,
index/actors/registry.py)."""

from __future__ import annotations

from newsdesk.index.actors.corrections import Corrections
from newsdesk.index.actors.joins import clipped_form_of
from newsdesk.index.actors.mentions import MentionRecord
from newsdesk.index.actors.registry import build_registry
from tests.conftest import mention_record


def desk(records: list[MentionRecord]) -> list[tuple[str, str, int]]:
    reg = build_registry(records, Corrections())
    return [(a.name, a.kind, reg.count(a.id)) for a in reg.actors()]


def org(article: str, name: str, surface: str | None = None) -> MentionRecord:
    return mention_record(article, name, "organisation", surface=surface, source="Reuters")


def test_a_clipped_first_word_joins_the_company_its_article_names() -> None:
    records = [
        org("a1", "Transcontinental Gas Pipe Line Corp"),
        org("a1", "Transco"),
        org("a2", "Transco Energy Co"),
        org("a2", "Transco Energy Co", "Transco"),
    ]
    assert desk(records) == [
        ("Transco Energy Co", "organisation", 2),
        ("Transcontinental Gas Pipe Line Corp", "organisation", 2),
    ]


def test_a_name_without_its_last_stop_joins_the_company() -> None:
    records = [
        org("a1", "S.A.Y. Industries Inc"),
        org("a1", "S.A.Y"),
        org("a1", "S.A.Y. Industries Inc", "S.A.Y."),
    ]
    assert desk(records) == [("S.A.Y. Industries Inc", "organisation", 3)]


class _E:
    def __init__(self, name: str) -> None:
        self.name = name


def test_a_clip_needs_a_company_suffix_and_a_real_cut() -> None:
    by_article = {"a": [_E("Transcontinental Gas Pipe Line Corp")], "b": [_E("Transcontinental Airlines")]}
    assert clipped_form_of("Transco", ["a"], by_article) is by_article["a"][0]
    assert clipped_form_of("Transco", ["b"], by_article) is None  # no suffix: no firm named in full
    assert clipped_form_of("Tran", ["a"], by_article) is None  # too short to tell
    assert clipped_form_of("Transcontinenta", ["a"], by_article) is None  # a slip, not a clip
    assert clipped_form_of("Transco", ["a", "b"], by_article) is None  # every article must agree


def test_a_tail_typed_person_joins_the_company_its_article_names() -> None:
    records = [
        org("a1", "Societe Miniere Louvem Inc"),
        mention_record("a1", "Miniere Louvem", surface="Louvem", source="Reuters"),
        mention_record("a1", "Miniere Louvem", surface="Louvem", source="Reuters"),
    ]
    assert desk(records) == [("Societe Miniere Louvem Inc", "organisation", 3)]


def test_a_person_named_for_the_firm_keeps_his_kind() -> None:
    records = [
        org("a1", "Grace Lothrop Corp"),
        mention_record("a1", "John Lothrop", role="chairman", gender="m", source="Reuters"),
    ]
    assert desk(records) == [("Grace Lothrop Corp", "organisation", 1), ("John Lothrop", "person", 1)]


def test_a_two_word_person_ending_in_a_desk_firm_word_is_a_firm() -> None:
    records = [
        org("a1", "Royal Trustco Ltd"),
        org("a2", "Guardian Trustco Inc"),
        mention_record("a3", "Standard Trustco", source="Reuters"),
    ]
    assert ("Standard Trustco", "organisation", 1) in desk(records)


def test_a_firm_word_some_person_ends_with_types_nothing() -> None:
    records = [
        org("a1", "A.O. Smith Corp"),
        org("a2", "Barney Smith Inc"),
        mention_record("a3", "John Smith", gender="m", source="Reuters"),
        mention_record("a4", "Standard Smith", source="Reuters"),
    ]
    assert ("Standard Smith", "person", 1) in desk(records)


def test_a_body_with_and_without_its_country_is_one_actor() -> None:
    records = [
        org("a1", "United States Commission on Presidential Debates"),
        org("a1", "United States Commission on Presidential Debates"),
        org("a2", "Commission on Presidential Debates"),
    ]
    assert desk(records) == [("United States Commission on Presidential Debates", "organisation", 3)]


def test_a_generic_body_keeps_its_country_apart() -> None:
    records = [org("a1", "Japan Ministry of Foreign Affairs"), org("a2", "Ministry of Foreign Affairs")]
    assert len(desk(records)) == 2


def test_a_person_its_article_calls_the_company_is_a_firm() -> None:
    records = [
        mention_record("a1", "White Engine", role="White", source="Reuters"),
        mention_record("a1", "White Engine", role="White", surface="he", gender="m", source="Reuters"),
        org("a1", "White Engine", "The company"),
        org("a1", "White Engine", "the company"),
    ]
    assert desk(records) == [("White Engine", "organisation", 4)]


def test_a_person_called_he_more_than_the_company_stays_a_person() -> None:
    records = [
        mention_record("a1", "Lothrop Glatfelter", surface="Mr Glatfelter", gender="m", source="Reuters"),
        mention_record("a1", "Lothrop Glatfelter", surface="he", gender="m", source="Reuters"),
        org("a1", "Lothrop Glatfelter", "the company"),
    ]
    assert desk(records) == [("Lothrop Glatfelter", "person", 3)]


def test_a_word_only_he_made_a_person_joins_the_company_it_opens() -> None:
    records = [
        org("a1", "Billiton International Metals B.V."),
        mention_record("a1", "Billiton", surface="he", gender="m", source="Reuters"),
    ]
    assert desk(records) == [("Billiton International Metals B.V.", "organisation", 2)]


def test_a_surname_the_article_gives_a_person_stays_with_the_person() -> None:
    records = [
        org("a1", "Glatfelter Paper Co"),
        mention_record("a1", "Glatfelter", surface="he", gender="m", source="Reuters"),
    ]
    reg = build_registry(records, Corrections(), {"a1": ["Philip Glatfelter"]})
    assert sorted((a.name, a.kind) for a in reg.actors()) == [
        ("Glatfelter", "person"),
        ("Glatfelter Paper Co", "organisation"),
    ]
