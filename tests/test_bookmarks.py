"""Bookmarks: the YAML store, re-anchoring, exports, concurrency, and the `newsdesk bookmarks` CLI."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import multiprocessing
import os
import subprocess
import sys
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from newsdesk.index.model import Article
from newsdesk.index.userdata.bookmarks import (
    Bookmark,
    BookmarkError,
    BookmarkNotFoundError,
    BookmarkStore,
    Fingerprint,
    dump_bookmarks,
    export_json,
    export_markdown,
    locate,
    parse_bookmarks,
    passage_digest,
    reanchor,
)

REPO = Path(__file__).resolve().parents[1]

BODY = 'PARIS - The minister said on Monday that "we will not send troops".\n\nLater she added: "Aid continues."\n'


def article(body: str = BODY, title: str = "Allies split on aid", **kw: object) -> Article:
    fields: dict[str, object] = {"source": "Le Monde", "date": dt.date(2024, 3, 4)}
    fields.update(kw)
    return Article(key="paris.md", path="paris.md", title=title, body=body, **fields)  # type: ignore[arg-type]


def store(data_dir: Path) -> BookmarkStore:
    """A store with a fixed clock and predictable ids, so files can be compared exactly."""
    ids = (f"{n:08x}" for n in itertools.count(0xA0))
    return BookmarkStore(data_dir, clock=lambda: "2026-11-25T10:00:00Z", new_id=lambda: next(ids))


EXPECTED_YAML = """\
version: 1
count: 1
bookmarks:
- id: 000000a0
  key: paris.md
  path: paris.md
  title: Allies split on aid
  source: Le Monde
  date: '2024-03-04'
  start: 62
  end: 87
  passage: '"we will not send troops"'
  fingerprint:
    before: 'ARIS - The minister said on Monday that '
    after: |
      .

      Later she added: "Aid continues."
    digest: {digest}
  note: |-
    Key line.
    Check the French original.
  tags:
  - nato
  - troops
  created: '2026-11-25T10:00:00Z'
"""


# --- the file -------------------------------------------------------------------------------


def test_add_writes_exact_yaml_and_reads_it_back(tmp_path: Path) -> None:
    s = store(tmp_path)
    added = s.add(
        article(), 62, 87, note="Key line.\nCheck the French original.", tags=["nato", " troops", "nato"]
    )
    assert added == Bookmark(
        id="000000a0",
        key="paris.md",
        path="paris.md",
        title="Allies split on aid",
        source="Le Monde",
        date="2024-03-04",
        start=62,
        end=87,
        passage='"we will not send troops"',
        fingerprint=Fingerprint(
            before="ARIS - The minister said on Monday that ",
            after='.\n\nLater she added: "Aid continues."\n',
            digest=passage_digest('"we will not send troops"'),
        ),
        note="Key line.\nCheck the French original.",
        tags=("nato", "troops"),
        created="2026-11-25T10:00:00Z",
    )
    text = (tmp_path / "bookmarks.yaml").read_text(encoding="utf-8")
    assert text == EXPECTED_YAML.format(digest=added.fingerprint.digest)
    assert s.list() == [added]
    # Round trip: what is read is written back byte for byte.
    assert dump_bookmarks(parse_bookmarks(text, "x")) == text


def test_round_trip_of_awkward_text(tmp_path: Path) -> None:
    odd = [
        "  leading spaces\nand a trailing one \n",
        "ends with blank lines\n\n\n",
        "\n\nstarts with them",
        "tab\there\r\nwindows line",
        "line\u2028separator and next\x85line",
        "---\n# not a comment\nkey: value\n- item",
        "'single' \"double\" \\ back\\slash: {flow} [list] &anchor *alias !tag %",
        "emoji 🛰️ and Ελληνικά and 中文",
        "\x1b[31mred[/] [bold]markup[/bold]",
        "yes",
        "2024-03-04",
        "12",
        "",
    ]
    bookmarks = [
        Bookmark(
            id=f"{i:08x}", key=f"k{i}", path=f"p{i}", title=t, source=t, date=None, start=0, end=len(t),
            passage=t, fingerprint=Fingerprint(t, t, "d"), note=t, tags=(t.strip(),) if t.strip() else (), created="c",
        )
        for i, t in enumerate(odd)
    ]  # fmt: skip
    text = dump_bookmarks(bookmarks)
    assert parse_bookmarks(text, "x") == bookmarks
    # Also when a bookmark holding the oddity is not the last in the file.
    assert parse_bookmarks(dump_bookmarks(bookmarks[::-1]), "x") == bookmarks[::-1]


def test_empty_or_missing_file_means_no_bookmarks(tmp_path: Path) -> None:
    s = store(tmp_path / "not-yet")
    assert s.list() == []
    assert s.get("000000a0") is None
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "bookmarks.yaml").write_text("")
    assert store(tmp_path / "empty").list() == []


def test_hand_edited_values_are_read_as_written(tmp_path: Path) -> None:
    (tmp_path / "bookmarks.yaml").write_text(
        "version: 1\nbookmarks:\n- id: abc\n  key: a.md\n  start: 0\n  end: 4\n  passage: Text\n"
        "  date: 2024-03-04\n  note: 42\n  tags: solo\n"
    )
    (only,) = store(tmp_path).list()
    assert (only.date, only.note, only.tags, only.path, only.title) == (
        "2024-03-04",
        "42",
        ("solo",),
        "a.md",
        "",
    )
    assert only.fingerprint == Fingerprint("", "", passage_digest("Text"))


# --- mutations ------------------------------------------------------------------------------


def test_list_get_update_delete_and_tag_filter(tmp_path: Path) -> None:
    s = store(tmp_path)
    first = s.add(article(), 62, 87, tags=["nato"])
    second = s.add(article(), 107, 123, note="second", tags=["aid", "nato"])
    assert [b.id for b in s.list()] == ["000000a0", "000000a1"]
    assert [b.id for b in s.list(tag="aid")] == ["000000a1"]
    assert [b.id for b in s.list(tag="nato")] == ["000000a0", "000000a1"]
    assert s.list(tag="none") == []
    assert s.tags() == ["aid", "nato"]
    assert s.get("000000a1") == second

    edited = s.update("000000a0", note="now with a note")
    assert edited == replace(first, note="now with a note")
    retagged = s.update("000000a0", tags=["x", "y"])
    assert (retagged.note, retagged.tags) == ("now with a note", ("x", "y"))
    assert s.get("000000a0") == retagged

    assert s.delete("000000a1") == second
    assert [b.id for b in s.list()] == ["000000a0"]
    with pytest.raises(BookmarkNotFoundError, match="no bookmark with id 'zzz'"):
        s.delete("zzz")
    with pytest.raises(BookmarkNotFoundError):
        s.update("000000a1", note="gone")


def test_offsets_outside_the_text_are_refused(tmp_path: Path) -> None:
    s = store(tmp_path)
    for start, end in [(-1, 5), (10, 10), (20, 10), (0, 125)]:
        with pytest.raises(ValueError, match=r"not a passage of paris\.md"):
            s.add(article(), start, end)
    assert not (tmp_path / "bookmarks.yaml").exists()
    assert s.add(article(), 0, 124).passage == article().text


def test_backup_holds_the_previous_file(tmp_path: Path) -> None:
    s = store(tmp_path)
    s.add(article(), 62, 87)
    assert not (tmp_path / "bookmarks.yaml.bak").exists()
    after_first = (tmp_path / "bookmarks.yaml").read_bytes()
    s.add(article(), 107, 123)
    assert (tmp_path / "bookmarks.yaml.bak").read_bytes() == after_first
    after_second = (tmp_path / "bookmarks.yaml").read_bytes()
    s.delete("000000a0")
    assert (tmp_path / "bookmarks.yaml.bak").read_bytes() == after_second


def test_writes_leave_no_temp_files(tmp_path: Path) -> None:
    s = store(tmp_path)
    for _ in range(3):
        s.add(article(), 62, 87)
    s.update("000000a1", note="n")
    s.delete("000000a2")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "bookmarks.yaml",
        "bookmarks.yaml.bak",
        "bookmarks.yaml.lock",
    ]


BROKEN = "version: 1\nbookmarks:\n  - id: abc\n    key: [unclosed\n    start: 1\n"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (BROKEN, r"bookmarks\.yaml:5: not valid YAML"),
        ("- just\n- a list\n", "expected a mapping"),
        ("version: 2\nbookmarks: []\n", "format version 2 is not supported"),
        ("version: 1\nbookmarks:\n- id: a\n  key: k\n  start: x\n  end: 2\n  passage: p\n", "bookmark 1 .*whole numbers"),
        ("version: 1\nbookmarks:\n- id: a\n  key: k\n  start: 0\n  end: 2\n", "'passage' is missing"),
        ("version: 1\nbookmarks:\n- {id: a, key: k, start: 0, end: 1, passage: p}\n- {id: a, key: k, start: 0, end: 1, passage: p}\n", "share the id 'a'"),
    ],
)  # fmt: skip
def test_broken_file_is_reported_and_never_overwritten(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bookmarks.yaml"
    path.write_text(content)
    before = path.read_bytes()
    s = store(tmp_path)
    with pytest.raises(BookmarkError, match=message) as caught:
        s.list()
    assert "\n" not in str(caught.value)
    assert str(path) in str(caught.value)
    for mutate in (lambda: s.add(article(), 62, 87), lambda: s.update("a", note="x"), lambda: s.delete("a")):
        with pytest.raises(BookmarkError, match=message):
            mutate()
    assert path.read_bytes() == before
    assert not (tmp_path / "bookmarks.yaml.bak").exists()


def test_file_that_is_not_utf8_is_reported_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "bookmarks.yaml"
    path.write_bytes(b"version: 1\nbookmarks:\n  - note: caf\xe9\n")
    with pytest.raises(BookmarkError, match=r"bookmarks\.yaml:3: not UTF-8"):
        store(tmp_path).add(article(), 62, 87)
    assert path.read_bytes() == b"version: 1\nbookmarks:\n  - note: caf\xe9\n"


def _add_many(data_dir: str, worker: int, count: int) -> None:
    s = BookmarkStore(Path(data_dir), lock_timeout=60)
    for n in range(count):
        s.add(article(), 62, 87, note=f"worker {worker} #{n}")


def test_two_processes_adding_at_once_keep_every_bookmark(tmp_path: Path) -> None:
    ctx = multiprocessing.get_context("spawn")
    workers = [ctx.Process(target=_add_many, args=(str(tmp_path), w, 30)) for w in range(2)]
    for p in workers:
        p.start()
    for p in workers:
        p.join(120)
    assert [p.exitcode for p in workers] == [0, 0]
    notes = sorted(b.note for b in BookmarkStore(tmp_path).list())
    assert notes == sorted(f"worker {w} #{n}" for w in range(2) for n in range(30))
    assert len({b.id for b in BookmarkStore(tmp_path).list()}) == 60


def test_two_threads_adding_at_once_keep_every_bookmark(tmp_path: Path) -> None:
    threads = [threading.Thread(target=_add_many, args=(str(tmp_path), w, 50)) for w in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(BookmarkStore(tmp_path).list()) == 100


def test_colliding_ids_are_drawn_again(tmp_path: Path) -> None:
    ids = iter(["same", "same", "same", "other"])
    s = BookmarkStore(tmp_path, new_id=lambda: next(ids))
    assert [s.add(article(), 62, 87).id, s.add(article(), 62, 87).id] == ["same", "other"]


# --- re-anchoring ---------------------------------------------------------------------------


def test_reanchor_unchanged_article_keeps_the_bookmark(tmp_path: Path) -> None:
    s = store(tmp_path)
    b = s.add(article(), 62, 87)
    assert s.reanchor(b, article()) == b


def test_reanchor_after_an_edit_above_the_passage(tmp_path: Path) -> None:
    s = store(tmp_path)
    b = s.add(article(), 62, 87)
    edited = article(body="UPDATE: corrected the date.\n\n" + BODY, title="Allies split on aid (updated)")
    moved = s.reanchor(b, edited)
    assert moved is not None
    assert (moved.start, moved.end) == (62 + 29 + 10, 87 + 29 + 10)
    assert edited.text[moved.start : moved.end] == '"we will not send troops"'
    assert moved.title == "Allies split on aid (updated)"
    assert moved.fingerprint == b.fingerprint
    assert (moved.id, moved.note, moved.created) == (b.id, b.note, b.created)
    # Saving the re-anchored bookmark replaces the old one in place.
    s.replace(moved)
    assert s.list() == [moved]


def test_reanchor_returns_none_when_the_passage_itself_changed(tmp_path: Path) -> None:
    s = store(tmp_path)
    b = s.add(article(), 62, 87)
    reworded = article(body=BODY.replace("we will not send troops", "we may send troops"))
    assert s.reanchor(b, reworded) is None
    assert s.reanchor(b, article(body="Everything was rewritten.")) is None


def test_reanchor_finds_a_rewrapped_passage(tmp_path: Path) -> None:
    s = store(tmp_path)
    b = s.add(article(), 57, 87)  # 'that "we will not send troops"'
    rewrapped = article(body=BODY.replace('that "we will not', 'that\n"we  will\tnot'))
    moved = s.reanchor(b, rewrapped)
    assert moved is not None
    assert moved.passage == 'that\n"we  will\tnot send troops"'
    assert (moved.start, moved.end) == (57, 88)


def test_reanchor_picks_the_repeated_passage_with_matching_context(tmp_path: Path) -> None:
    body = "First: he said no.\nSecond: he said no.\nThird: he said no.\n"
    original = article(body=body, title="T")
    s = store(tmp_path)
    second = body.index("Second: he said no.") + len("Second: ") + 3
    b = s.add(original, second, second + len("he said no."))
    assert b.passage == "he said no."
    assert (b.start, b.end) == (30, 41)
    # 20 characters inserted above slide the first repeat exactly under the old offset.
    shifted = article(body="Correction appended\n" + body, title="T")
    assert shifted.text[30:41] == "he said no."
    assert locate(b, shifted.text) == (50, 61)
    assert shifted.text[42:50] == "Second: "


# --- exports --------------------------------------------------------------------------------


def test_export_markdown_groups_by_tag_oldest_first_without_offsets_or_ids(tmp_path: Path) -> None:
    s = store(tmp_path)
    later = s.add(article(), 107, 123, note="Softer line.", tags=["aid", "nato"])
    earlier = s.add(article(), 62, 87)
    other = s.add(
        Article(key="old.md", path="sub/old.md", title="Older piece", body="He said: \"No.\"", date=dt.date(2023, 1, 2)),
        22, 27,
    )  # fmt: skip
    assert export_markdown([later, earlier, other]) == (
        "# Brief\n"
        "\n"
        "3 passages from 2 articles, by tag.\n"
        "\n"
        "## aid\n"
        "\n"
        '> "Aid continues."\n'
        "\n"
        "- Source: “Allies split on aid”, Le Monde, 2024-03-04\n"
        "- Note: Softer line.\n"
        "- Also tagged: nato\n"
        "\n"
        "## Untagged\n"
        "\n"
        '> "No."\n'
        "\n"
        "- Source: “Older piece”, 2023-01-02\n"
        "\n"
        '> "we will not send troops"\n'
        "\n"
        "- Source: “Allies split on aid”, Le Monde, 2024-03-04\n"
    )
    assert s.export_markdown([]) == "# Brief\n\nNo bookmarks.\n"


def test_export_markdown_quotes_every_line_of_a_multiline_passage(tmp_path: Path) -> None:
    b = store(tmp_path).add(article(), 21, 123)
    quoted = export_markdown([b]).split("\n")[6:11]
    assert quoted == [
        '> PARIS - The minister said on Monday that "we will not send troops".',
        ">",
        '> Later she added: "Aid continues."',
        "",
        "- Source: “Allies split on aid”, Le Monde, 2024-03-04",
    ]


def test_export_json_has_every_field(tmp_path: Path) -> None:
    b = store(tmp_path).add(article(title="Fin ☃"), 48, 73, tags=["t"])
    (record,) = json.loads(export_json([b]))
    assert list(record) == [
        "id", "key", "path", "title", "source", "date", "start", "end", "passage", "fingerprint", "note", "tags",
        "created",
    ]  # fmt: skip
    assert (record["title"], record["passage"], record["tags"]) == (
        "Fin ☃",
        '"we will not send troops"',
        ["t"],
    )
    assert "☃" in export_json([b])


# --- the CLI --------------------------------------------------------------------------------


def cli(*args: str, data: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("NEWSDESK_DATA", None)
    return subprocess.run(
        [sys.executable, "-m", "newsdesk.tui.cli", "bookmarks", *args, "--data", str(data)],
        capture_output=True, text=True, cwd=cwd, env=env, timeout=60,
    )  # fmt: skip


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    folder = tmp_path / "desk"
    (folder / "world").mkdir(parents=True)
    (folder / "world" / "paris.md").write_text(
        "---\ntitle: Allies split on aid\nsource: Le Monde\ndate: 2024-03-04\n---\n\n" + BODY,
        encoding="utf-8",
    )
    return folder


def test_cli_add_list_edit_export_delete(desk: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    d = ["--desk", str(desk)]
    added = cli(
        "add",
        "world/paris.md",
        "--start",
        "62",
        "--end",
        "87",
        "--note",
        "key",
        "--tag",
        "nato",
        "--json",
        *d,
        data=data,
        cwd=tmp_path,
    )
    assert added.returncode == 0, added.stderr
    record = json.loads(added.stdout)
    assert (record["key"], record["passage"], record["tags"], record["date"]) == (
        "world/paris.md", '"we will not send troops"', ["nato"], "2024-03-04",
    )  # fmt: skip
    bid = record["id"]

    second = cli(
        "add", str(desk / "world" / "paris.md"), "--start", "107", "--end", "123", *d, data=data, cwd=tmp_path
    )
    assert second.returncode == 0, second.stderr
    assert second.stdout.startswith("added ")

    listed = cli("list", "--json", *d, data=data, cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    lines = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [r["passage"] for r in lines] == ['"we will not send troops"', '"Aid continues."']
    tagged = cli("list", "--tag", "nato", "--json", *d, data=data, cwd=tmp_path)
    assert [json.loads(line)["id"] for line in tagged.stdout.splitlines()] == [bid]

    human = cli("list", *d, data=data, cwd=tmp_path)
    assert human.returncode == 0 and bid in human.stdout and "#nato" in human.stdout

    edited = cli("edit", bid, "--note", "changed", "--tag", "a", "--tag", "b", *d, data=data, cwd=tmp_path)
    assert edited.returncode == 0, edited.stderr
    assert (BookmarkStore(data).get(bid).note, BookmarkStore(data).get(bid).tags) == ("changed", ("a", "b"))  # type: ignore[union-attr]

    out = tmp_path / "brief.md"
    exported = cli("export", "--format", "md", "-o", str(out), *d, data=data, cwd=tmp_path)
    assert exported.returncode == 0, exported.stderr
    assert out.read_text(encoding="utf-8") == export_markdown(BookmarkStore(data).list())
    as_json = cli("export", "--format", "json", "--tag", "a", *d, data=data, cwd=tmp_path)
    assert [r["id"] for r in json.loads(as_json.stdout)] == [bid]

    deleted = cli("delete", bid, *d, data=data, cwd=tmp_path)
    assert deleted.returncode == 0, deleted.stderr
    assert [b.passage for b in BookmarkStore(data).list()] == ['"Aid continues."']


def test_cli_offsets_out_of_range_are_a_usage_error(desk: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = cli(
        "add",
        "world/paris.md",
        "--start",
        "100",
        "--end",
        "999",
        "--desk",
        str(desk),
        data=data,
        cwd=tmp_path,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "999" in result.stderr
    assert not (data / "bookmarks.yaml").exists()


def test_cli_errors_are_one_line_with_exit_1(desk: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    missing = cli("delete", "nope", "--desk", str(desk), data=data, cwd=tmp_path)
    assert (missing.returncode, missing.stderr.count("\n")) == (1, 1)
    assert "nope" in missing.stderr

    (data / "bookmarks.yaml").write_text(BROKEN)
    broken = cli("list", "--desk", str(desk), data=data, cwd=tmp_path)
    assert (broken.returncode, broken.stderr.count("\n")) == (1, 1)
    assert "bookmarks.yaml:5" in broken.stderr
    assert (data / "bookmarks.yaml").read_text() == BROKEN

    no_file = cli(
        "add", "world/absent.md", "--start", "0", "--end", "1", "--desk", str(desk), data=data, cwd=tmp_path
    )
    assert no_file.returncode in (1, 2) and no_file.stderr.count("\n") == 1


def test_a_store_sees_changes_made_through_another(tmp_path: Path) -> None:
    first, second = store(tmp_path), BookmarkStore(tmp_path, new_id=lambda: "fromtwo")
    first.add(article(), 62, 87)
    second.add(article(), 107, 123)
    assert [b.id for b in first.list()] == ["000000a0", "fromtwo"]
    first.delete("fromtwo")
    assert [b.id for b in second.list()] == ["000000a0"]


def test_random_awkward_text_round_trips_through_the_file(tmp_path: Path) -> None:
    import random

    rng = random.Random(20261125)
    pieces = ["\n", "\n\n", " ", "  ", "\t", "'", '"', ":", ": ", "#", " #", "- ", "---", "...", "|", ">", "\\",
              "\u2028", "\x85", "\r", "é", "中", "a", "word", "2024-03-04", "yes", "null", "~", "{", "[", "&", "*", "!"]  # fmt: skip
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(80)]
    s = BookmarkStore(tmp_path)
    expected = []
    for n, text in enumerate(texts):
        body = f"before {n} " + text + " after"
        art = Article(key=f"k{n}.md", path=f"k{n}.md", title=text, body=body, source=text)
        start = len(art.text) - len(text) - 6
        expected.append(s.add(art, start, start + len(text), note=text, tags=[text]))
        assert expected[-1].passage == text
    assert BookmarkStore(tmp_path).list() == expected


def test_cli_add_from_a_list_file_needs_key(desk: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    items = [{"title": "One", "body": "First body text."}, {"title": "Two", "body": "Second body text."}]
    (desk / "feed.json").write_text(json.dumps(items), encoding="utf-8")
    args = ("add", "feed.json", "--start", "5", "--end", "11", "--desk", str(desk))
    ambiguous = cli(*args, data=data, cwd=tmp_path)
    assert ambiguous.returncode == 2
    assert "feed.json holds 2 articles; pick one with --key (feed.json#0, feed.json#1)" in ambiguous.stderr
    picked = cli(*args, "--key", "feed.json#1", "--json", data=data, cwd=tmp_path)
    assert picked.returncode == 0, picked.stderr
    assert (json.loads(picked.stdout)["key"], json.loads(picked.stdout)["passage"]) == (
        "feed.json#1",
        "Second",
    )
    wrong = cli(*args, "--key", "feed.json#7", data=data, cwd=tmp_path)
    assert wrong.returncode == 2 and "no article with key 'feed.json#7'" in wrong.stderr


SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "corpora").is_dir(), reason="needs /work/shared/corpora")
def test_real_articles_round_trip_and_reanchor(tmp_path: Path) -> None:
    """Spans of real news text survive the file, and are found again after a correction is prepended."""
    import random

    from newsdesk.index.ingest.readers import read_file

    rng = random.Random(7)
    files = (
        sorted((SHARED / "corpora" / "wikinews").glob("*.md"))[:100]
        + sorted((SHARED / "corpora" / "bbc").glob("*.md"))[:100]
    )
    s = BookmarkStore(tmp_path)
    expected: list[tuple[Bookmark, Article]] = []
    for path in files:
        for art in read_file(path, root=path.parent).articles:
            if len(art.text) < 200:
                continue
            start = rng.randrange(art.body_offset, len(art.text) - 100)
            expected.append((s.add(art, start, start + rng.randint(20, 100)), art))
    assert len(expected) > 150
    assert BookmarkStore(tmp_path).list() == [b for b, _ in expected]
    for bookmark, art in expected:
        corrected = replace(art, body="Correction: an earlier version misspelled a name.\n\n" + art.body)
        moved = reanchor(bookmark, corrected)
        assert moved is not None and moved.passage == bookmark.passage
        assert moved.start == bookmark.start + 51


def test_temp_files_of_a_killed_writer_are_cleaned_up(tmp_path: Path) -> None:
    s = store(tmp_path)
    s.add(article(), 62, 87)
    (tmp_path / ".bookmarks.yaml.k1ll3d.tmp").write_text("half a fi")
    (tmp_path / ".bookmarks.yaml.bak.x.tmp").write_text("")
    (tmp_path / ".config.yaml.x.tmp").write_text("not ours")
    s.add(article(), 107, 123)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".config.yaml.x.tmp", "bookmarks.yaml", "bookmarks.yaml.bak", "bookmarks.yaml.lock",
    ]  # fmt: skip


def test_writer_killed_mid_run_leaves_a_readable_file(tmp_path: Path) -> None:
    import signal
    import time

    ctx = multiprocessing.get_context("spawn")
    writer = ctx.Process(target=_add_many, args=(str(tmp_path), 0, 10_000))
    writer.start()
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(BookmarkStore(tmp_path).list()) < 20:
            time.sleep(0.01)
        os.kill(writer.pid, signal.SIGKILL)  # type: ignore[arg-type]
        writer.join(10)
    finally:
        if writer.is_alive():
            writer.kill()
            writer.join()
    survivors = BookmarkStore(tmp_path).list()
    assert len(survivors) >= 20
    BookmarkStore(tmp_path, lock_timeout=2).add(article(), 62, 87, note="after the crash")
    assert len(BookmarkStore(tmp_path).list()) == len(survivors) + 1
    assert not list(tmp_path.glob("*.tmp"))


def test_cli_check_reports_ok_moved_missing_and_fixes(desk: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    d = ("--desk", str(desk))
    for start, end in [(62, 87), (107, 123)]:
        assert (
            cli(
                "add", "world/paris.md", "--start", str(start), "--end", str(end), *d, data=data, cwd=tmp_path
            ).returncode
            == 0
        )
    first, second = (b.id for b in BookmarkStore(data).list())

    def check(*extra: str) -> dict[str, tuple[str, int, int]]:
        result = cli("check", "--json", *extra, *d, data=data, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        return {
            r["id"]: (r["status"], r["start"], r["end"]) for r in map(json.loads, result.stdout.splitlines())
        }

    assert check() == {first: ("ok", 62, 87), second: ("ok", 107, 123)}
    page = desk / "world" / "paris.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(
        text.replace("PARIS - ", "Updated at noon.\n\nPARIS - ").replace("Aid continues", "Aid stops"),
        encoding="utf-8",
    )
    assert check() == {first: ("moved", 80, 105), second: ("missing", 107, 123)}
    assert BookmarkStore(data).get(first).start == 62  # type: ignore[union-attr]
    assert check("--fix")[first] == ("moved", 80, 105)
    assert BookmarkStore(data).get(first).start == 80  # type: ignore[union-attr]
    assert check()[first] == ("ok", 80, 105)
    page.unlink()
    assert check() == {first: ("missing", 80, 105), second: ("missing", 107, 123)}
