"""Gazetteer, corrections files and the desk-wide actor registry."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.index.actors.registry import Corrections, build_registry, load_corrections, load_gazetteer, slug

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
            "Downing Street",
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
        "Downing Street": "United Kingdom",
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


def test_registry_joins_surnames_to_the_one_full_name() -> None:
    reg = build_registry(
        [
            ("Donald Trump", "person", "President", "United States"),
            ("Trump", "person", None, None),
            ("Clinton", "person", None, None),
            ("Hillary Clinton", "person", None, None),
            ("Bill Clinton", "person", None, None),
        ],
        Corrections(),
    )
    assert reg.canonical("Trump") == "Donald Trump"
    assert reg.canonical("Clinton") == "Clinton"  # two full names own it: left alone
    trump = reg.actor("Trump")
    assert trump is not None
    assert (trump.id, trump.name, trump.kind, trump.aliases, trump.roles, trump.affiliation) == (
        "donald-trump",
        "Donald Trump",
        "person",
        ("Trump",),
        ("President",),
        "United States",
    )


def test_registry_never_merges_unnamed_into_named() -> None:
    reg = build_registry(
        [
            ("Sergey Lavrov", "person", None, None),
            ("officials", "unnamed", None, None),
            ("Lavrov", "person", None, None),
        ],
        Corrections(),
    )
    assert [a.name for a in reg.actors()] == ["officials", "Sergey Lavrov"]
    assert reg.actor("officials").kind == "unnamed"


def test_registry_applies_corrections() -> None:
    corrections = Corrections(
        actors=(),
        merge={"Secretary Varga": "Ilse Varga"},
        rename={"Ilse Varga": "Ilse M. Varga"},
        ignore=("Comments",),
    )
    reg = build_registry(
        [
            ("Secretary Varga", "person", None, None),
            ("Comments", "person", None, None),
            ("Ilse Varga", "person", None, None),
        ],
        corrections,
    )
    assert reg.canonical("Secretary Varga") == "Ilse M. Varga"
    assert reg.canonical("Ilse Varga") == "Ilse M. Varga"
    assert reg.canonical("Comments") is None
    assert [a.name for a in reg.actors()] == ["Ilse M. Varga"]


def test_registry_find() -> None:
    reg = build_registry(
        [
            ("Sergey Lavrov", "person", "Russian Foreign Minister", "Russia"),
            ("Russia", "state", None, None),
            ("Moscow", "state", None, None),
            ("Donald Trump", "person", None, None),
        ],
        Corrections(),
    )
    assert [a.name for a in reg.find("lavrov")] == ["Sergey Lavrov"]
    assert [a.name for a in reg.find("Moscow")] == ["Russia"]
    assert [a.name for a in reg.find("the Kremlin")] == ["Russia"]
    assert [a.name for a in reg.find("DONALD TRUMP")] == ["Donald Trump"]
    assert reg.find("nobody") == []
    assert reg.actor("Moscow").aliases == ("Moscow",)
