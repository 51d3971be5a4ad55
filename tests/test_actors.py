"""Gazetteer, corrections files and the desk-wide actor registry."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdesk.index.actors.corrections import Corrections, load_corrections
from newsdesk.index.actors.gazetteer import load_gazetteer
from newsdesk.index.actors.mentions import MentionRecord
from newsdesk.index.actors.names import slug
from newsdesk.index.actors.registry import build_registry
from tests.conftest import mention_record

ROOT = Path(__file__).resolve().parents[1]


def test_gazetteer_metonyms_demonyms_and_outlets() -> None:
    gz = load_gazetteer()
    assert {
        p: gz.lookup(p).name
        for p in (
            "Moscow",
            "the Kremlin",
            "Kiev",
            "Kyiv",
            "the White House",
            "the Elysee",
            "the Élysée",
            "Brussels",
            "Beijing",
            "Berlin",
        )
    } == {
        "Moscow": "Russia",
        "the Kremlin": "Russia",
        "Kiev": "Ukraine",
        "Kyiv": "Ukraine",
        "the White House": "United States",
        "the Elysee": "France",
        "the Élysée": "France",
        "Brussels": "European Union",
        "Beijing": "China",
        "Berlin": "Germany",
    }
    pentagon = gz.lookup("Pentagon")
    assert (pentagon.name, pentagon.kind, pentagon.affiliation) == (
        "the Pentagon",
        "organisation",
        "United States",
    )
    assert gz.demonym("Russian") == "Russia"
    assert gz.outlet("FT") == "Financial Times"
    assert gz.lookup("Nowhere Town") is None


def test_slugs_are_stable() -> None:
    assert slug("Donald Trump") == "donald-trump"
    assert slug("the Élysée") == "the-elysee"
    assert slug("!!!") == "actor"


def test_missing_corrections_file_is_empty(tmp_path: Path) -> None:
    assert load_corrections([tmp_path / "nope.yaml"]) == Corrections()


def test_broken_corrections_files_name_the_file_and_reason(tmp_path: Path) -> None:
    bad_yaml = tmp_path / "a.yaml"
    bad_yaml.write_text("actors: [unclosed\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"a\.yaml: invalid YAML"):
        load_corrections([bad_yaml])
    bad_shape = tmp_path / "b.yaml"
    bad_shape.write_text("actors:\n  - {kind: person}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"b\.yaml: actor #1 needs a name"):
        load_corrections([bad_shape])
    bad_kind = tmp_path / "c.yaml"
    bad_kind.write_text("actors:\n  - {name: X, kind: robot}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"c\.yaml: actor 'X' has unknown kind 'robot'"):
        load_corrections([bad_kind])
    not_yaml_object = tmp_path / "d.yaml"
    not_yaml_object.write_text("!!python/object:os.system ls\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"d\.yaml"):
        load_corrections([not_yaml_object])


def test_corrections_files_merge_in_order(tmp_path: Path) -> None:
    first = tmp_path / "desk.yaml"
    first.write_text(
        "metonyms: {Tolvik: Kestrel Federation}\n"
        "actors:\n  - {name: Ilse Varga, kind: person, aliases: [Varga, Ms Varga], roles: [Foreign Minister],"
        " affiliation: Kestrel Federation}\n"
        'merge: {"Secretary Varga": Ilse Varga}\n',
        encoding="utf-8",
    )
    second = tmp_path / "user.yaml"
    second.write_text("rename: {Old Name: New Name}\nignore: [Comments]\n", encoding="utf-8")
    c = load_corrections([first, second])
    assert dict(c.metonyms) == {"Tolvik": "Kestrel Federation"}
    assert [(a.name, a.aliases, a.roles, a.affiliation) for a in c.actors] == [
        ("Ilse Varga", ("Varga", "Ms Varga"), ("Foreign Minister",), "Kestrel Federation")
    ]
    assert dict(c.merge) == {"Secretary Varga": "Ilse Varga"}
    assert dict(c.rename) == {"Old Name": "New Name"}
    assert c.ignore == ("Comments",)


def test_sample_desk_corrections_load() -> None:
    c = load_corrections([ROOT / "sample_articles" / "actors.yaml"])
    assert any(a.name == "Ilse Varga" for a in c.actors)


rec = mention_record


def test_registry_joins_a_surname_to_the_one_full_name_on_the_desk() -> None:
    reg = build_registry(
        [
            rec("a", "Donald Trump", role="President", affiliation="United States", gender="m"),
            rec("b", "Trump", surface="Mr Trump", gender="m"),
            rec("c", "Trump", surface="Trump"),
        ],
        Corrections(),
    )
    trump = reg.actor("Donald Trump")
    assert trump is not None
    assert (trump.id, trump.name, trump.kind, trump.roles, trump.affiliation) == (
        "donald-trump",
        "Donald Trump",
        "person",
        ("President",),
        "United States",
    )
    assert dict(trump.alias_counts) == {"Mr Trump": 1, "Trump": 1}
    assert reg.count("donald-trump") == 3
    assert [a.name for a in reg.actors()] == ["Donald Trump"]


def test_registry_never_merges_two_full_names_through_a_shared_surname() -> None:
    reg = build_registry(
        [
            rec("a", "Hillary Clinton", gender="f"),
            rec("a2", "Hillary Clinton", gender="f"),
            rec("b", "Bill Clinton", gender="m"),
            rec("c", "Clinton"),  # either of them: stays with its article
            rec("d", "Clinton", surface="Mrs Clinton", gender="f"),  # only one of them is a woman
            rec("e", "Clinton", surface="Clinton"),  # the article names Bill Clinton too
        ],
        Corrections(),
        people={"e": ["Bill Clinton"]},
    )
    assert sorted(a.name for a in reg.actors()) == ["Bill Clinton", "Hillary Clinton"]
    assert reg.count("hillary-clinton") == 3
    assert reg.count("bill-clinton") == 2
    assert reg.unresolved == 1


def test_a_dominant_owner_takes_a_surname_only_when_clearly_dominant() -> None:
    many = [rec(f"t{n}", "Tony Blair", gender="m") for n in range(9)]
    reg = build_registry(
        [*many, rec("i", "Ian Blair", gender="m"), rec("x", "Blair", surface="Mr Blair", gender="m")],
        Corrections(),
    )
    assert reg.count("tony-blair") == 10
    even = [rec(f"t{n}", "Tony Blair", gender="m") for n in range(3)]
    reg = build_registry(
        [*even, *(rec(f"i{n}", "Ian Blair", gender="m") for n in range(3)), rec("x", "Blair", gender="m")],
        Corrections(),
    )
    assert (reg.count("tony-blair"), reg.count("ian-blair"), reg.unresolved) == (3, 3, 1)


def test_a_surname_joins_no_one_from_another_era_or_outlet() -> None:
    reg = build_registry(
        [
            rec("a", "Gareth Pierce", gender="m"),  # BBC, undated
            rec("b", "Pierce", source="Wikinews", date="2020-11-02"),
            rec("c", "Tony Blair", source="Wikinews", date="2003-01-01"),
            rec("d", "Blair", source="Wikinews", date="2020-01-01"),
            rec("e", "Blair", source="Wikinews", date="2005-06-01"),
        ],
        Corrections(),
    )
    assert reg.count("gareth-pierce") == 1
    assert reg.count("tony-blair") == 2
    assert reg.actor("Pierce") is not None and reg.actor("Pierce").name == "Pierce"
    assert reg.actor("Blair") is not None and reg.actor("Blair").name == "Tony Blair"


def test_a_peer_and_a_knight_are_not_a_surname() -> None:
    reg = build_registry(
        [
            rec("a", "Lord Falconer", surface="Lord Falconer"),
            rec("b", "Rebecca Falconer", gender="f"),
            rec("c", "Howard Newby", surface="Sir Howard Newby", gender="m"),
            rec("d", "Sir Howard", surface="Sir Howard", gender="m"),
            rec("e", "Michael Howard", gender="m"),
        ],
        Corrections(),
    )
    assert sorted(a.name for a in reg.actors()) == [
        "Howard Newby",
        "Lord Falconer",
        "Michael Howard",
        "Rebecca Falconer",
    ]
    assert reg.count("howard-newby") == 2


def test_unnamed_sources_are_desk_actors_only_with_their_affiliation() -> None:
    reg = build_registry(
        [
            rec("a", "a spokesman", "unnamed", affiliation="Labour Party"),
            rec("b", "a Labour spokeswoman", "unnamed", affiliation="Labour Party"),
            rec("c", "officials", "unnamed", affiliation="Russia"),
            rec("d", "officials", "unnamed", affiliation="India"),
            rec("e", "officials", "unnamed"),
            rec("f", "a spokesman", "unnamed"),
            rec("g", "critics", "unnamed", affiliation="Labour"),
        ],
        Corrections(),
    )
    assert sorted(a.name for a in reg.actors()) == [
        "officials (India)",
        "officials (Russia)",
        "spokesperson (Labour Party)",
    ]
    assert reg.count("spokesperson-labour-party") == 2
    assert reg.unresolved == 3


def test_a_role_description_joins_the_one_holder_the_article_names() -> None:
    reg = build_registry(
        [
            rec("a", "Tony Blair", role="Prime Minister", gender="m"),
            rec("b", "the prime minister", "unnamed"),
            rec("c", "the prime minister", "unnamed"),  # names nobody: stays with its article
        ],
        Corrections(),
        people={"b": ["Tony Blair", "Gordon Brown"]},
    )
    assert reg.count("tony-blair") == 2
    assert reg.unresolved == 1


def test_a_role_description_joins_the_holder_of_its_own_world() -> None:
    # "First Minister" is Nicola Sturgeon's in Wikinews's 2020 copy; a BBC article naming both her and
    # Jack McConnell (First Minister in the BBC's copy) means McConnell by "the first minister".
    reg = build_registry(
        [
            rec(
                "w",
                "Nicola Sturgeon",
                role="First Minister",
                gender="f",
                date="2020-05-01",
                source="Wikinews",
            ),
            rec(
                "w2",
                "Nicola Sturgeon",
                role="First Minister",
                gender="f",
                date="2020-06-01",
                source="Wikinews",
            ),
            rec("x", "Nicola Sturgeon", role="SNP leader", gender="f", source="BBC"),
            rec("y", "Jack McConnell", role="First Minister", gender="m", source="BBC"),
            rec("b", "the first minister", "unnamed", source="BBC"),
        ],
        Corrections(),
        people={"b": ["Nicola Sturgeon", "Jack McConnell"]},
    )
    assert reg.count("jack-mcconnell") == 2
    assert reg.count("nicola-sturgeon") == 3


def test_registry_applies_corrections() -> None:
    corrections = Corrections(
        actors=(),
        merge={"Secretary Varga": "Ilse Varga"},
        rename={"Ilse Varga": "Ilse M. Varga"},
        ignore=("Comments",),
    )
    reg = build_registry(
        [rec("a", "Secretary Varga"), rec("b", "Comments"), rec("c", "Ilse Varga")],
        corrections,
    )
    assert reg.canonical("Secretary Varga") == "Ilse M. Varga"
    assert reg.canonical("Ilse Varga") == "Ilse M. Varga"
    assert reg.canonical("Comments") is None
    assert [a.name for a in reg.actors()] == ["Ilse M. Varga"]


def test_registry_find() -> None:
    reg = build_registry(
        [
            rec("a", "Sergey Lavrov", role="Russian Foreign Minister", affiliation="Russia"),
            rec("b", "Russia", "state", surface="Russia"),
            rec("c", "Russia", "state", surface="Moscow"),
            rec("d", "Donald Trump"),
        ],
        Corrections(),
    )
    assert [a.name for a in reg.find("lavrov")] == ["Sergey Lavrov"]
    assert [a.name for a in reg.find("Moscow")] == ["Russia"]
    assert [a.name for a in reg.find("the Kremlin")] == ["Russia"]
    assert [a.name for a in reg.find("DONALD TRUMP")] == ["Donald Trump"]
    assert reg.find("nobody") == []
    assert reg.actor("Moscow").aliases == ("Moscow",)
    assert reg.actor("Moscow").alias_counts == (("Moscow", 1),)


def test_a_saved_registry_reads_back_the_same_and_only_for_its_stamp(tmp_path: Path) -> None:
    from newsdesk.index.actors.persist import load_registry, save_registry

    built = build_registry(
        [
            rec("a", "Donald Trump", role="President", gender="m"),
            rec("b", "Trump", surface="Mr Trump", gender="m"),
            rec("c", "officials", "unnamed", affiliation="Russia"),
        ],
        Corrections(),
    )
    path = tmp_path / "registry.json"
    save_registry(built, path, [1, 2.0])
    assert load_registry(path, [1, 3.0], built.lookup) is None  # another stamp: stale
    loaded = load_registry(path, [1, 2.0], built.lookup)
    assert loaded is not None
    assert loaded.by_id == built.by_id and loaded.by_key == built.by_key and loaded.by_name == built.by_name
    assert loaded.stats == built.stats and loaded.keys == built.keys
    assert loaded.actor("Moscow") is None and loaded.actor("Mr Trump").name == "Donald Trump"
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["rules"] -= 1  # saved by older registry rules: stale for the same records
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert load_registry(path, [1, 2.0], built.lookup) is None
    path.write_text("{broken", encoding="utf-8")
    assert load_registry(path, [1, 2.0], built.lookup) is None


def test_a_generic_institution_without_a_country_joins_the_desks_main_version() -> None:
    reg = build_registry(
        [
            *(rec(f"u{n}", "Electoral Commission (United Kingdom)", "organisation") for n in range(5)),
            rec("i", "Electoral Commission (Ireland)", "organisation"),
            MentionRecord("x", "electoral-commission@1234567890", "Electoral Commission", "organisation"),
        ],
        Corrections(),
    )
    assert reg.count("electoral-commission-united-kingdom") == 6
    assert reg.unresolved == 0


def test_a_company_written_short_and_long_is_one_actor() -> None:
    reg = build_registry(
        [
            rec("a", "Moody's", "organisation"),
            rec("b", "Moody's Investors Service Inc", "organisation"),
            rec("c", "General Motors", "organisation"),
            rec("d", "General Motors Acceptance Corp", "organisation"),
        ],
        Corrections(),
    )
    assert sorted((a.name, reg.count(a.id)) for a in reg.actors()) == [
        ("General Motors", 1),
        ("General Motors Acceptance Corp", 1),
        ("Moody's Investors Service Inc", 2),
    ]


def test_a_statement_of_a_company_is_the_company_and_the_official_names_no_minister() -> None:
    reg = build_registry(
        [
            rec("a", "BP", "organisation"),
            rec("b", "a BP statement", "unnamed", affiliation="BP"),
            rec("c", "Kiichi Miyazawa", role="official"),
            rec("d", "the official", "unnamed"),
        ],
        Corrections(),
        people={"d": ["Kiichi Miyazawa"]},
    )
    assert reg.count("bp") == 2 and reg.by_id["bp"].kind == "organisation"
    assert reg.count("kiichi-miyazawa") == 1


def test_an_actor_is_named_as_the_body_writes_it_not_as_the_headline_shouts_it() -> None:
    from newsdesk.index.actors.registry import _entity

    entities: dict = {}
    _entity(entities, "QUANTUM CORP")
    assert _entity(entities, "Quantum Corp").name == "Quantum Corp"
    assert _entity(entities, "QUANTUM CORP").name == "Quantum Corp"


def test_a_person_with_and_without_middle_initials_is_one_actor() -> None:
    reg = build_registry(
        [rec("a", "Martin T. Sosnoff"), rec("b", "Martin T. Sosnoff"), rec("c", "Martin Sosnoff")],
        Corrections(),
    )
    assert [(a.name, reg.count(a.id)) for a in reg.actors()] == [("Martin T. Sosnoff", 3)]
    two = build_registry(
        [rec("a", "John A. Smith"), rec("b", "John B. Smith"), rec("c", "John Smith")], Corrections()
    )
    assert sorted(a.name for a in two.actors()) == ["John A. Smith", "John B. Smith", "John Smith"]
    better_known = build_registry(
        [
            rec("a", "James Baker", role="Treasury Secretary"),
            rec("b", "James Baker"),
            rec("c", "James K. Baker", role="chairman of Arvin Industries"),
        ],
        Corrections(),
    )
    assert sorted(a.name for a in better_known.actors()) == ["James Baker", "James K. Baker"]


def test_an_organisation_and_its_initials_and_a_company_of_america_are_one_actor() -> None:
    reg = build_registry(
        [
            rec("a", "International Business Machines Corp", kind="organisation"),
            rec("b", "IBM", kind="organisation"),
            rec("c", "Hospital Corp of America", kind="organisation"),
            rec("d", "Hospital Corp", kind="organisation"),
            rec("e", "American Express Co", kind="organisation"),
            rec("f", "AMEX", kind="organisation"),
        ],
        Corrections(),
    )
    assert sorted((a.name, reg.count(a.id)) for a in reg.actors()) == [
        ("AMEX", 1),
        ("American Express", 1),
        ("Hospital Corp of America", 2),
        ("International Business Machines Corp", 2),
    ]


def test_a_person_with_and_without_a_second_surname_or_more_given_names_is_one_actor() -> None:
    reg = build_registry(
        [
            rec("a", "Juan Lechin Oquendo"),
            rec("b", "Juan Lechin"),
            rec("c", "Luiz Carlos Bresser Pereira"),
            rec("d", "Bresser Pereira"),
            rec("e", "Juan Carlos"),
            rec("f", "Juan Carlos Rodriguez"),
        ],
        Corrections(),
    )
    assert sorted((a.name, reg.count(a.id)) for a in reg.actors()) == [
        ("Juan Carlos", 1),
        ("Juan Carlos Rodriguez", 1),
        ("Juan Lechin Oquendo", 2),
        ("Luiz Carlos Bresser Pereira", 2),
    ]
