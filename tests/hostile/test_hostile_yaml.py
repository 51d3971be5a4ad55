"""Every YAML the app reads goes through one loader that refuses what a hostile file could use
(issue 12: item 2, alias bombs; item 12, `!!set` shown as a Python repr, a 6.8 MB actors.yaml)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsdesk.index import safeyaml
from newsdesk.index.actors.corrections import load_corrections
from newsdesk.index.desk import Desk
from newsdesk.index.ingest.readers import read_file
from newsdesk.index.userdata.bookmarks import BookmarkError, BookmarkStore
from newsdesk.tui.config import load_keymap
from tests.hostile.generate import ALIAS_BOMB

# Three levels of three: small enough that a loader expanding it answers at once (with 27 strings),
# so each test below fails on such a loader instead of hanging the suite.
SMALL_BOMB = "a: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n"


def test_the_loader_reads_plain_data() -> None:
    text = "title: Talks\ndate: 2025-08-20\ntags: [a, b]\nn: 3\nx: 1.5\nok: true\nnone: null\nmerged: {<<: {k: 1}}\n"
    assert safeyaml.load(text) == {
        "title": "Talks",
        "date": dt.date(2025, 8, 20),
        "tags": ["a", "b"],
        "n": 3,
        "x": 1.5,
        "ok": True,
        "none": None,
        "merged": {"k": 1},
    }
    assert safeyaml.load("a: &anchor 1\nb: !!str 2\n") == {"a": 1, "b": "2"}  # an anchor alone is harmless


@pytest.mark.parametrize(
    ("text", "reason", "line"),
    [
        (SMALL_BOMB, "aliases (*a) are not allowed", 2),
        (ALIAS_BOMB, "aliases (*a) are not allowed", 2),
        ("tags: !!set {a, b}\n", "the tag !!set is not allowed", 1),
        ("x: !!python/object/apply:os.system [id]\n", "the tag !!python/object/apply:os.system is not allowed", 1),
        ("x: !!binary aGk=\n", "the tag !!binary is not allowed", 1),
        ("x: !!omap [a: 1]\n", "the tag !!omap is not allowed", 1),
        ("x: !custom 1\n", "the tag !custom is not allowed", 1),
        ("".join("  " * i + "k:\n" for i in range(100)) + "  " * 100 + "v\n", "nested deeper than 64 levels", 64),
        ("d: 2025-02-30\n", "bad value (day is out of range for month)", None),
        ("n: " + "7" * 5000 + "\n", "bad value (Exceeds the limit (4300 digits) for integer string conversion)", None),
        ("a: [\n", "did not find expected node content", 2),
    ],
)  # fmt: skip
def test_the_loader_refuses_what_a_hostile_file_could_use(text: str, reason: str, line: int | None) -> None:
    with pytest.raises(safeyaml.YAMLError) as caught:
        safeyaml.load(text)
    assert (caught.value.reason, caught.value.line) == (reason, line)
    assert "\n" not in str(caught.value)


def test_flow_nesting_a_hundred_thousand_deep_is_refused() -> None:
    with pytest.raises(safeyaml.YAMLError, match="nesting depth"):
        safeyaml.load("x: " + "[" * 100_000 + "]" * 100_000)


def test_front_matter_alias_bomb_is_one_warning_and_the_body_is_indexed(tmp_path: Path) -> None:
    path = tmp_path / "bomb.md"
    path.write_text(f"---\ntitle: Bomb\n{SMALL_BOMB}---\nThe body is still read.\n")
    result = read_file(path, root=tmp_path)
    assert [str(w) for w in result.warnings] == [
        "warning: bomb.md: broken front matter (line 4: aliases (*a) are not allowed): indexed the body only"
    ]
    assert "The body is still read." in result.articles[0].text


def test_front_matter_set_tag_is_a_warning_not_a_python_repr(tmp_path: Path) -> None:
    path = tmp_path / "set.md"
    path.write_text("---\ntitle: Sets\nregions: !!set {north, south}\n---\nBody.\n")
    result = read_file(path, root=tmp_path)
    assert [w.reason for w in result.warnings] == [
        "broken front matter (line 3: the tag !!set is not allowed): indexed the body only"
    ]
    assert "regions" not in result.articles[0].extra


def test_bookmarks_file_alias_bomb_is_refused_and_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "bookmarks.yaml"
    path.write_text(f"version: 1\n{SMALL_BOMB}bookmarks: []\n")
    before = path.read_bytes()
    with pytest.raises(BookmarkError, match=r"bookmarks\.yaml:3: not valid YAML \(aliases"):
        BookmarkStore(tmp_path).list()
    assert path.read_bytes() == before


def test_config_keymap_alias_bomb_is_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(f"{SMALL_BOMB}keymap: {{bookmark: m}}\n")
    warnings: list[str] = []
    assert load_keymap([path], warnings.append) == {}
    assert warnings == [f"warning: {path}: line 2: aliases (*a) are not allowed, ignored"]


def test_actors_file_alias_bomb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "actors.yaml"
    path.write_text(f"{SMALL_BOMB}ignore: [Comments]\n")
    with pytest.raises(ValueError, match="invalid YAML: line 2: aliases"):
        load_corrections([path])


def test_a_huge_actors_file_is_refused_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # 6.8 MB of corrections cost 28 s on every command; no hand-written file is that big.
    path = tmp_path / "actors.yaml"
    entry = "  - {name: Person Number 000000, kind: person, aliases: [Number 000000]}\n"
    path.write_text("actors:\n" + entry * (1_000_000 // len(entry) + 1))  # just over 1 MB
    monkeypatch.setattr(safeyaml, "load", lambda text: pytest.fail("the file was parsed"))
    with pytest.raises(ValueError, match=r"larger than 1 MB \(1,000,\d+ bytes\).*ignored"):
        load_corrections([path])


def test_a_desk_shipping_an_alias_bomb_as_actors_file_is_indexed_with_one_warning(tmp_path: Path) -> None:
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "a.txt").write_text('Talks\n\n"We agree," Varga said.\n')
    (folder / "actors.yaml").write_text(ALIAS_BOMB)
    summary = Desk(folder).index()
    assert summary.added == 1
    assert [w for w in summary.warnings if "actors.yaml" in w] == [
        f"warning: {folder / 'actors.yaml'}: invalid YAML: line 2: aliases (*a) are not allowed"
    ]
