"""Files anyone can receive in a shared folder: odd names, FIFOs, devices, links out, deep nesting
(issue 12: items 3, 8 and 12; issue 14: the desk's README is not an article)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from newsdesk.index.desk import Desk
from newsdesk.index.ingest import pipeline
from newsdesk.index.ingest.manifest import read_files
from newsdesk.index.ingest.readers import iter_desk_files, read_file
from newsdesk.index.model import ReadWarning
from tests.conftest import ROOT, write_desk


def _indexed(desk: Desk) -> list[str]:
    return sorted(read_files(desk.manifest_path))


def test_a_file_name_that_is_not_utf8_is_one_warning_and_the_rest_is_indexed(desk_dir: Path) -> None:
    # whoosh could not store the name (UnicodeEncodeError): 0 files were indexed, on every run.
    with open(os.path.join(os.fsencode(desk_dir), b"caf\xe9-\xff.md"), "w") as handle:
        handle.write("Bad name\n\nThe minister said the name is Latin-1.\n")
    desk = Desk(desk_dir)
    summary = desk.index()
    assert summary.added == 3
    assert list(summary.warnings) == [
        "warning: caf\\xe9-\\xff.md: the name is not valid UTF-8: skipped (rename the file)"
    ]
    assert len(_indexed(desk)) == 3
    assert Desk(desk_dir).index().unchanged == 3


def _run(code: str, timeout: float = 20) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_reading_a_fifo_does_not_block(tmp_path: Path) -> None:
    # open() of a FIFO waits for a writer forever: `quotes x.md` and `bookmarks add x.md` hung.
    fifo = tmp_path / "x.md"
    os.mkfifo(fifo)
    done = _run(
        f"""
        from pathlib import Path
        from newsdesk.index.ingest.readers import read_file
        print(read_file(Path({str(fifo)!r}), root=Path({str(tmp_path)!r})).warnings[0])
        """
    )
    assert done.stdout.strip() == "warning: x.md: not a regular file (FIFO): skipped"


def test_quotes_and_bookmarks_add_on_a_fifo_answer_at_once(tmp_path: Path, cli_env: dict[str, str]) -> None:
    # The reproductions, through the CLI: both commands blocked in open() forever.
    folder = write_desk(tmp_path / "desk")
    os.mkfifo(folder / "x.md")
    run = [sys.executable, "-m", "newsdesk.tui.cli"]
    for argv, says in [
        (["quotes", str(folder / "x.md")], "warning: "),
        (["bookmarks", "add", str(folder / "x.md"), "--start", "0", "--end", "1", "--desk", str(folder)], ""),
    ]:
        done = subprocess.run(
            [*run, *argv], cwd=ROOT, env=cli_env, capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 1 and done.stdout == ""
        assert done.stderr.startswith(says) and done.stderr.rstrip().endswith(
            "x.md: not a regular file (FIFO): skipped"
        )
        assert len(done.stderr.splitlines()) == 1


def test_a_file_replaced_by_a_fifo_mid_run_is_one_warning(tmp_path: Path) -> None:
    # The walk saw a regular file; by the time the worker opened it, it was a FIFO.
    folder = write_desk(tmp_path / "desk", {"a.md": "Title\n\nBody.\n"})
    stat = (folder / "a.md").stat()
    (folder / "a.md").unlink()
    os.mkfifo(folder / "a.md")
    done = _run(
        f"""
        import os
        from pathlib import Path
        from newsdesk.index.ingest.pipeline import ingest
        folder = Path({str(folder)!r})
        st = os.stat_result({tuple(stat)!r})
        out = ingest(folder, "a.md", folder / "a.md", st, None, None)
        print(out.status, out.warnings)
        """
    )
    assert done.stdout.strip() == "failed ['warning: a.md: not a regular file (FIFO): skipped']"


def test_desk_walk_names_what_is_not_a_regular_file(tmp_path: Path) -> None:
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "dangling.md").symlink_to(tmp_path / "nowhere.md")
    os.mkfifo(folder / "fifo.md")
    os.mkfifo(folder / "fifo.pdf")  # not an article format: not worth a warning
    warnings: list[ReadWarning] = []
    assert list(iter_desk_files(folder, warn=warnings.append)) == []
    assert [str(w) for w in warnings] == [
        "warning: dangling.md: broken symlink",
        "warning: fifo.md: not a regular file (FIFO): skipped",
        "warning: zero.txt: not a regular file (character device): skipped",
    ]
    assert [w.reason for w in read_file(folder / "zero.txt").warnings] == [
        "not a regular file (character device): skipped"
    ]


def test_json_nested_900_levels_is_a_reason_not_a_recursion_error(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text('{"body": "text", "meta": ' + "[" * 900 + "]" * 900 + "}")
    assert [w.reason for w in read_file(path).warnings] == ["broken JSON (nested deeper than 64 levels)"]
    path.write_text('{"body": "text", "n": ' + "7" * 5000 + "}")
    assert [w.reason for w in read_file(path).warnings] == [
        "broken JSON (Exceeds the limit (4300 digits) for integer string conversion)"
    ]
    path.write_text('{"body": "text", "meta": ' + "[" * 60 + "]" * 60 + "}")
    assert read_file(path).warnings == ()


def test_a_symlink_out_of_the_desk_is_said_once_per_run_and_can_be_refused(tmp_path: Path) -> None:
    folder = write_desk(tmp_path / "desk", {"a.md": "Title\n\nBody.\n"})
    outside = write_desk(
        tmp_path / "elsewhere", {"secret.txt": "Secret\n\nOne.\n", "more/b.txt": "B\n\nTwo.\n"}
    )
    (folder / "secret.txt").symlink_to(outside / "secret.txt")
    (folder / "linked").symlink_to(outside / "more", target_is_directory=True)
    (folder / "inside.md").symlink_to(folder / "a.md")  # inside the desk: nothing to say
    desk = Desk(folder)
    summary = desk.index()
    notes = [w for w in summary.warnings if "outside" in w]
    assert notes == [
        f"note: 2 files linked from outside the desk, indexed (linked/b.txt -> {outside / 'more' / 'b.txt'}, "
        "and 1 more); set `index: {outside_links: skip}` in config.yaml to leave them out"
    ]
    assert _indexed(desk) == ["a.md", "inside.md", "linked/b.txt", "secret.txt"]

    (desk.data_dir / "config.yaml").write_text("index:\n  outside_links: skip\n")
    summary = Desk(folder).index()
    assert [w for w in summary.warnings if "outside" in w] == [
        f"note: skipped 2 files linked from outside the desk (linked/ -> {outside / 'more'}, and 1 more): "
        "index.outside_links is skip"
    ]
    assert summary.removed == 2
    assert _indexed(desk) == ["a.md", "inside.md"]


def test_a_bad_index_setting_is_a_warning(tmp_path: Path) -> None:
    folder = write_desk(tmp_path / "desk", {"a.md": "Title\n\nBody.\n"})
    data = folder / ".newsdesk"
    data.mkdir()
    (data / "config.yaml").write_text("index: {outside_links: maybe}\n")
    summary = Desk(folder).index()
    assert summary.added == 1
    assert list(summary.warnings) == [
        f"warning: {data / 'config.yaml'}: index.outside_links must be one of index, skip, ignored"
    ]


def test_the_desks_readme_license_and_changelog_are_documentation(tmp_path: Path) -> None:
    folder = write_desk(
        tmp_path / "desk",
        {
            "README.md": "# About\n\nNot an article.\n",
            "LICENSE": "x",
            "license.txt": "MIT\n\nText.\n",
            "CHANGELOG.md": "Changes\n\nMany.\n",
            "readme.html": "<p>Docs</p>",
            "story.md": "Title\n\nBody.\n",
            "2025/README.md": "Notes\n\nDeeper down a README is an article like any other.\n",
        },
    )
    names = [p.relative_to(folder).as_posix() for p in iter_desk_files(folder)]
    assert names == ["2025/README.md", "story.md"]


def test_the_sample_desk_has_no_readme_article() -> None:
    sample = ROOT / "sample_articles"
    assert (sample / "README.md").is_file()
    names = [p.relative_to(sample).as_posix() for p in iter_desk_files(sample)]
    assert names and all(name.startswith("articles/") for name in names)


def test_a_desk_nested_1100_folders_deep_is_walked(tmp_path: Path) -> None:
    # The walk recursed once per folder: past ~1,000 levels a RecursionError ended the run.
    folder = tmp_path / "desk"
    folder.mkdir()
    deep = folder
    for _ in range(1100):
        deep = deep / "d"
        deep.mkdir()
    (deep / "bottom.md").write_text("Bottom\n\nFound.\n")
    (folder / "top.md").write_text("Top\n\nFound.\n")
    try:
        names = [p.relative_to(folder).as_posix() for p in iter_desk_files(folder)]
        assert names == ["/".join(["d"] * 1100 + ["bottom.md"]), "top.md"]
    finally:
        # shutil.rmtree (pytest's clean-up) recurses once per level too.
        (deep / "bottom.md").unlink()
        while deep != folder:
            deep.rmdir()
            deep = deep.parent


def test_a_huge_file_is_turned_away_by_its_size_without_being_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = write_desk(tmp_path / "desk", {"a.md": "Title\n\nBody.\n"})
    with open(folder / "huge.txt", "wb") as handle:
        handle.truncate(10_000_000_000)  # sparse: 10 GB that take no disk
    real_sha1 = pipeline.sha1_of

    def sha1_of(path: Path) -> str:
        assert path.name != "huge.txt", "hashed 10 GB before turning the file away"
        return real_sha1(path)

    monkeypatch.setattr(pipeline, "sha1_of", sha1_of)
    summary = Desk(folder).index()
    assert (summary.added, summary.skipped) == (1, 1)
    assert list(summary.warnings) == ["warning: huge.txt: larger than 5 MB (10000 MB): skipped"]


def test_a_desk_that_is_a_symlink_loop_is_a_usage_error(tmp_path: Path, cli_env: dict[str, str]) -> None:
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    done = subprocess.run(
        [sys.executable, "-m", "newsdesk.tui.cli", "index", str(loop)],
        cwd=ROOT,
        env=cli_env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (done.returncode, done.stderr) == (2, f"newsdesk: error: desk folder not found: {loop}\n")


def test_files_that_vanish_mid_run_are_one_warning_each(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsdesk.index.ingest import readers

    folder = write_desk(tmp_path / "desk", {f"{c}.md": f"{c.upper()}\n\nBody {c}.\n" for c in "abcd"})
    walk = readers.iter_desk_file_names

    def vanishing_walk(*args: object, **kwargs: object) -> object:
        for name in walk(*args, **kwargs):  # type: ignore[arg-type]
            if name.endswith("b.md"):
                os.unlink(name)  # gone between the walk and the stat
            yield name

    real_sha1 = pipeline.sha1_of

    def vanishing_read(path: Path) -> str:
        if path.name == "c.md":
            path.unlink()  # gone between the stat and the read
        return real_sha1(path)

    monkeypatch.setattr(readers, "iter_desk_file_names", vanishing_walk)
    monkeypatch.setattr(pipeline, "sha1_of", vanishing_read)
    summary = Desk(folder).index()
    assert (summary.added, summary.failed) == (2, 2)
    assert list(summary.warnings) == [
        "warning: b.md: cannot stat (No such file or directory)",
        "warning: c.md: cannot read (No such file or directory)",
    ]
