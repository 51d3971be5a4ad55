"""Index, incremental re-index, locking, damage recovery and queries on small desks."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsdesk.index.desk import Desk, DeskError
from newsdesk.index.search.store import QueryError
from tests.conftest import write_desk


def keys(hits: list) -> list[str]:
    return [h.key for h in hits]


def test_first_index_adds_every_article(desk_dir: Path) -> None:
    desk = Desk(desk_dir)
    summary = desk.index()
    assert (summary.added, summary.updated, summary.removed, summary.skipped, summary.failed) == (
        3,
        0,
        0,
        0,
        0,
    )
    assert (desk_dir / ".newsdesk" / "index").is_dir()
    art = desk.article("2025/2025-08-20-guarantees.md")
    assert art is not None
    assert art.title == "Allies weigh security guarantees"
    assert art.date == dt.date(2025, 8, 20)
    assert art.source == "Meridian Wire"
    assert art.tags == ("security", "talks")


def test_unchanged_desk_reads_nothing(desk_dir: Path) -> None:
    desk = Desk(desk_dir)
    desk.index()
    summary = desk.index()
    assert (summary.added, summary.updated, summary.removed, summary.unchanged) == (0, 0, 0, 3)


def test_incremental_update_remove_add(desk_dir: Path) -> None:
    desk = Desk(desk_dir)
    desk.index()
    changed = desk_dir / "notes" / "undated.md"
    changed.write_text(changed.read_text() + "\nA new paragraph about turbines.\n")
    (desk_dir / "2025" / "2025-08-25-pipeline.md").unlink()
    write_desk(desk_dir, {"new.md": "---\ntitle: Fresh\n---\nTurbines and more turbines.\n"})
    summary = desk.index()
    assert (summary.added, summary.updated, summary.removed, summary.unchanged) == (1, 1, 1, 1)
    desk.refresh()
    assert sorted(keys(desk.search("turbines"))) == ["new.md", "notes/undated.md"]
    assert desk.search("pipeline") == []


def test_touched_but_identical_file_is_not_reindexed(desk_dir: Path) -> None:
    desk = Desk(desk_dir)
    desk.index()
    path = desk_dir / "notes" / "undated.md"
    os.utime(path, (time.time() + 10, time.time() + 10))
    summary = desk.index()
    assert (summary.updated, summary.unchanged) == (0, 3)


def test_broken_file_keeps_what_was_indexed(desk_dir: Path) -> None:
    desk = Desk(desk_dir)
    desk.index()
    path = desk_dir / "notes" / "undated.md"
    path.write_bytes(b"\x00\x01\x02binary\x00" * 10)
    summary = desk.index()
    assert summary.skipped == 1
    assert any("notes/undated.md" in w for w in summary.warnings)
    desk.refresh()
    assert keys(desk.search("river dispute")) == ["notes/undated.md"]


def test_search_fields_dates_and_phrases(desk_dir: Path) -> None:
    desk = Desk(desk_dir)
    desk.index()
    assert keys(desk.search("pipeline")) == ["2025/2025-08-25-pipeline.md"]
    assert keys(desk.search('"foreign troops"')) == ["2025/2025-08-20-guarantees.md"]
    assert keys(desk.search("source:courier")) == ["2025/2025-08-25-pipeline.md"]
    assert keys(desk.search("tag:energy")) == ["2025/2025-08-25-pipeline.md"]
    assert keys(desk.search("date:2025-08-20")) == ["2025/2025-08-20-guarantees.md"]
    assert sorted(keys(desk.search("date:[2025-08-01 to 2025-08-31]"))) == [
        "2025/2025-08-20-guarantees.md",
        "2025/2025-08-25-pipeline.md",
    ]
    assert keys(desk.search("date:[2025-08-21 to 2025-08-31] minister")) == ["2025/2025-08-25-pipeline.md"]
    assert keys(desk.search("minister date:2025-08-20")) == ["2025/2025-08-20-guarantees.md"]
    assert keys(desk.search("date:[2025-08-21 to]")) == ["2025/2025-08-25-pipeline.md"]
    assert keys(desk.search("guarant*")) == ["2025/2025-08-20-guarantees.md"]
    assert keys(desk.search("pipelin~")) == ["2025/2025-08-25-pipeline.md"]
    assert keys(desk.search("minister NOT pipeline")) == ["2025/2025-08-20-guarantees.md"]
    assert sorted(keys(desk.search("river OR pipeline"))) == [
        "2025/2025-08-25-pipeline.md",
        "notes/undated.md",
    ]


def test_title_is_boosted(tmp_path: Path) -> None:
    folder = write_desk(
        tmp_path / "d",
        {
            "a.md": "---\ntitle: Nothing here\n---\nturbine turbine turbine words words.\n",
            "b.md": "---\ntitle: Turbine\n---\nsome other words about things and turbine.\n",
        },
    )
    desk = Desk(folder)
    desk.index()
    assert keys(desk.search("turbine"))[0] == "b.md"


def test_snippet_marks_hits_and_counts(desk_dir: Path) -> None:
    desk = Desk(desk_dir)
    desk.index()
    (hit,) = desk.search("oil")
    assert "«Oil»" in hit.snippet
    assert hit.hit_count == 1
    assert hit.date == dt.date(2025, 8, 20)


def test_hit_spans_point_into_article_text(desk_dir: Path) -> None:
    desk = Desk(desk_dir)
    desk.index()
    key = "2025/2025-08-20-guarantees.md"
    text = desk.article(key).text
    spans = desk.hit_spans(key, "guarantees")
    assert [text[s:e] for s, e in spans] == ["guarantees", "guarantees"]


def test_malformed_query_is_one_line_error(desk_dir: Path) -> None:
    desk = Desk(desk_dir)
    desk.index()
    with pytest.raises(QueryError) as err:
        desk.search("date:[nonsense to garbage]")
    assert "\n" not in str(err.value)


def test_markup_stays_literal(desk_dir: Path) -> None:
    desk = Desk(desk_dir)
    desk.index()
    assert "[bold]this[/bold]" in desk.article("notes/undated.md").body


def test_schema_change_rebuilds(desk_dir: Path) -> None:
    desk = Desk(desk_dir)
    desk.index()
    desk.close()
    (desk_dir / ".newsdesk" / "index" / "schema-version").write_text("0\n")
    desk = Desk(desk_dir)
    summary = desk.index()
    assert summary.rebuilt and summary.added == 3
    assert any("schema changed" in w for w in summary.warnings)


def test_damaged_index_is_rebuilt(desk_dir: Path) -> None:
    desk = Desk(desk_dir)
    desk.index()
    desk.close()
    for toc in (desk_dir / ".newsdesk" / "index").glob("_MAIN_*.toc"):
        toc.write_bytes(b"garbage")
    desk = Desk(desk_dir)
    summary = desk.index()
    assert summary.rebuilt and summary.added == 3
    assert keys(desk.search("pipeline")) == ["2025/2025-08-25-pipeline.md"]


def test_lost_manifest_is_recovered_from_the_index(desk_dir: Path) -> None:
    desk = Desk(desk_dir)
    desk.index()
    desk.close()
    (desk_dir / ".newsdesk" / "manifest.json").unlink()
    desk = Desk(desk_dir)
    summary = desk.index()
    assert summary.added == 0 and summary.updated == 3
    assert len(desk.search("pipeline")) == 1


def test_second_indexer_says_busy(desk_dir: Path) -> None:
    import fcntl

    data = desk_dir / ".newsdesk"
    data.mkdir()
    with (data / "index.lock").open("a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        fh.write("4242")
        fh.flush()
        with pytest.raises(DeskError, match=r"busy: another indexer \(pid 4242\)"):
            Desk(desk_dir).index(wait=0.3)


def test_second_indexer_names_the_first_and_a_killed_one_leaves_no_lock(desk_dir: Path) -> None:
    # The desk's own lock in another process, as a running `newsdesk index` holds it.
    data = desk_dir / ".newsdesk"
    data.mkdir()
    hold = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from newsdesk.index.desk import _exclusive\n"
        "with _exclusive(Path(sys.argv[1]), wait=5):\n"
        "    print('held', flush=True)\n"
        "    time.sleep(60)\n"
    )
    holder = subprocess.Popen([sys.executable, "-c", hold, str(data / "index.lock")], stdout=subprocess.PIPE)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"held"
        with pytest.raises(DeskError, match=rf"busy: another indexer \(pid {holder.pid}\) is running"):
            Desk(desk_dir).index(wait=0.3)
    finally:
        holder.kill()
        holder.wait()
    assert Desk(desk_dir).index(wait=1).added == 3


def test_killed_indexer_leaves_no_stale_lock(desk_dir: Path) -> None:
    data = desk_dir / ".newsdesk"
    data.mkdir()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl,sys,time; f=open(sys.argv[1],'a+'); fcntl.flock(f, fcntl.LOCK_EX); print('x', flush=True); time.sleep(60)",
            str(data / "index.lock"),
        ],
        stdout=subprocess.PIPE,
    )
    assert holder.stdout.readline().strip() == b"x"
    holder.kill()
    holder.wait()
    assert Desk(desk_dir).index(wait=1).added == 3


def test_data_dir_elsewhere(desk_dir: Path, tmp_path: Path) -> None:
    data = tmp_path / "elsewhere"
    Desk(desk_dir, data).index()
    assert (data / "index").is_dir()
    assert not (desk_dir / ".newsdesk").exists()


def test_reader_never_touches_an_index_it_cannot_use(desk_dir: Path) -> None:
    from newsdesk.index.search.store import StoreError

    desk = Desk(desk_dir)
    desk.index()
    desk.close()
    index_dir = desk_dir / ".newsdesk" / "index"
    (index_dir / "schema-version").write_text("0\n")
    before = sorted(p.name for p in index_dir.iterdir())
    with pytest.raises(StoreError, match=r"schema changed.*run 'newsdesk index'"):
        Desk(desk_dir).search("pipeline")
    assert sorted(p.name for p in index_dir.iterdir()) == before


def test_user_corrections_apply_on_the_next_index(desk_dir: Path) -> None:
    desk = Desk(desk_dir)
    desk.index()
    names = {r.actor.name: r.statements for r in desk.actor_stats()}
    assert names["Ilse Varga"] == 2 and names["Tomas Reyes"] == 1
    (desk_dir / ".newsdesk" / "actors.yaml").write_text(
        "rename: {Tomas Reyes: Energy Minister Reyes}\nmerge: {}\nignore: [Ilse Varga]\n"
    )
    summary = desk.index()
    assert summary.updated == 3  # corrections changed: every article is read again
    names = {r.actor.name: r.statements for r in desk.actor_stats()}
    assert "Ilse Varga" not in names
    assert names["Energy Minister Reyes"] == 1
    assert [r.statement.actor for r in desk.iter_statements(["Energy Minister Reyes"])] == ["Tomas Reyes"]


def test_broken_corrections_file_is_one_warning(desk_dir: Path) -> None:
    (desk_dir / ".newsdesk").mkdir()
    (desk_dir / ".newsdesk" / "actors.yaml").write_text("merge: [unclosed\n")
    summary = Desk(desk_dir).index()
    assert summary.added == 3
    (warning,) = [w for w in summary.warnings if "actors.yaml" in w]
    assert "\n" not in warning


def test_article_and_statement_queries_never_mix(desk_dir: Path) -> None:
    desk = Desk(desk_dir)
    desk.index()
    for q in ("*", "NOT pipeline", "date:[2025-08-01 to 2025-08-31]", "oil OR date:2025-08-25"):
        hits = desk.search(q)
        assert hits and {h.doctype for h in hits} == {"article"}, q
    for q in ("kind:direct", "actor:varga", "actor:varga date:2025-08", "kind:direct OR date:2025-08-25"):
        hits = desk.search(q)
        assert hits and {h.doctype for h in hits} == {"statement"}, q


def _many(folder: Path, count: int, word: str = "turbine") -> None:
    write_desk(
        folder,
        {
            f"a{n:03}.md": f"---\ntitle: Article {n}\n---\nThe minister said {word} number {n} works.\n"
            for n in range(count)
        },
    )


def test_bulk_run_in_workers_commits_in_rounds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Over BULK_THRESHOLD files go to worker processes; three rounds of 100 files each commit.
    import newsdesk.index.desk as desk_module

    monkeypatch.setattr(desk_module, "COMMIT_EVERY", 100)
    _many(tmp_path, 250)
    write_desk(
        tmp_path, {"broken.md": "---\ntitle: [unclosed\n---\nBroken front matter but a turbine body.\n"}
    )
    desk = Desk(tmp_path)
    commits: list[int] = []
    progress: list[int] = []
    summary = desk.index(
        progress=lambda done, total: progress.append(done), on_commit=lambda: commits.append(1)
    )
    assert (summary.added, summary.failed) == (251, 0)
    assert len(commits) == 3
    assert progress[-1] == 251 and sorted(progress) == progress
    assert any("broken.md" in w for w in summary.warnings)
    assert len(desk.search("turbine", limit=500)) == 251
    article = desk.article("a007.md")
    assert article is not None and article.title == "Article 7"
    assert [(s.quote, s.actor) for s in desk.statements("a007.md")] == [
        ("turbine number 7 works", "the minister")
    ]

    # Replace 210 files (bulk again): old versions are gone, nothing is duplicated.
    for n in range(210):
        (tmp_path / f"a{n:03}.md").write_text(
            f"---\ntitle: Article {n}\n---\nThe minister said rotor {n} works.\n"
        )
    (tmp_path / "a249.md").unlink()
    summary = desk.index()
    assert (summary.updated, summary.removed, summary.unchanged) == (210, 1, 40)
    desk.refresh()
    assert len(desk.search("rotor", limit=500)) == 210
    assert len(desk.search("turbine", limit=500)) == 40  # a210..a248 and broken.md
    assert desk.article("a249.md") is None
    assert len(desk.store.statement_rows()) == len({r.key for r in desk.store.statement_rows()})


def test_dead_worker_stops_the_run_and_keeps_the_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsdesk.index.ingest.parallel as parallel

    _many(tmp_path, 220)
    desk = Desk(tmp_path)
    desk.index()
    for n in range(220):
        (tmp_path / f"a{n:03}.md").write_text(f"---\ntitle: New {n}\n---\nRotor {n}.\n")
    real_ingest = parallel.ingest

    def dying(folder: Path, rel: str, *args: object):  # type: ignore[no-untyped-def]
        if rel == "a150.md":
            os._exit(3)  # a worker killed mid-run (OOM killer, kill -9)
        return real_ingest(folder, rel, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(parallel, "ingest", dying)  # workers are forked: they inherit the patch
    with pytest.raises(DeskError, match="worker process died"):
        desk.index()
    desk.close()
    desk = Desk(tmp_path)
    assert len(desk.search("turbine", limit=500)) == 220
    assert desk.search("rotor") == []
    monkeypatch.setattr(parallel, "ingest", real_ingest)
    summary = desk.index()
    assert summary.updated == 220
    desk.refresh()
    assert len(desk.search("rotor", limit=500)) == 220


def test_flushed_field_lengths_equal_whoosh_own(tmp_path: Path) -> None:
    # The writer reads field lengths from memory when it flushes; block statistics must not change.
    from whoosh import index as whoosh_index
    from whoosh.writing import SegmentWriter

    from newsdesk.index.model import Article
    from newsdesk.index.search.store import Store, StoreWriter
    from newsdesk.index.search.whoosh_internals import _segment_writer_class

    articles = [
        Article(
            key=f"k{n}",
            path=f"k{n}.md",
            title=f"Headline {n}",
            body=" ".join(["word"] * (n * 7 + 1)) + " said x",
        )
        for n in range(60)
    ]
    stats = []
    for name, cls in (("plain", SegmentWriter), ("fast", _segment_writer_class())):
        folder = tmp_path / name
        Store.open(folder)
        writer = StoreWriter(cls(whoosh_index.open_dir(str(folder))))
        for article in articles:
            writer.put_article(article, [], replace=False)
        writer.commit()
        reader = whoosh_index.open_dir(str(folder)).reader()
        stats.append(
            {
                (f, t): (reader.term_info(f, t).min_length(), reader.term_info(f, t).max_length())
                for f, t in reader.all_terms()
            }
        )
    assert stats[0] == stats[1]
    assert stats[1][("body", b"word")] == (2, 428)  # "said" counts; 415 is stored as 428 (one byte)


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. said 900,000 dlrs.*Tax rate; a I is THE Ölpreis rising, rose, roses.",
        "Mr. Trump's \"pre-decisional\" talks — 2025-08-20 — with NATO's Rutte, e.g. at 3.5 pct",
        "",
    ],
)
def test_one_pass_analysis_equals_whoosh_pipeline(text: str) -> None:
    from whoosh import formats
    from whoosh.analysis import StemmingAnalyzer

    from newsdesk.index.search.persisted import StemmedChars, StemmedPositions

    analyzer = StemmingAnalyzer()
    for ours, theirs in (
        (StemmedChars(field_boost=1.0), formats.Characters(field_boost=1.0)),
        (StemmedPositions(field_boost=2.0), formats.Positions(field_boost=2.0)),
    ):
        assert sorted(ours.word_values(text, analyzer, mode="index")) == sorted(
            theirs.word_values(text, analyzer, mode="index")
        )


def test_bulk_run_of_touched_files_adds_no_segments(tmp_path: Path) -> None:
    from whoosh import index as whoosh_index

    _many(tmp_path, 230)
    desk = Desk(tmp_path)
    desk.index()
    segments = len(whoosh_index.open_dir(str(desk.index_dir))._segments())
    later = time.time() + 10
    for path in tmp_path.glob("*.md"):
        os.utime(path, (later, later))
    summary = desk.index()
    assert (summary.unchanged, summary.updated) == (230, 0)
    assert len(whoosh_index.open_dir(str(desk.index_dir))._segments()) == segments
    assert desk.index().unchanged == 230  # the new mtimes were recorded: nothing is hashed again


def test_a_new_extractor_extracts_every_article_again(
    desk_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsdesk.index.desk as desk_module

    assert Desk(desk_dir).index().added == 3
    assert Desk(desk_dir).index().unchanged == 3
    monkeypatch.setattr(desk_module, "EXTRACTION_VERSION", desk_module.EXTRACTION_VERSION + 1)
    summary = Desk(desk_dir).index()
    assert (summary.added, summary.updated, summary.unchanged) == (0, 3, 0)  # every article read again
    assert Desk(desk_dir).index().unchanged == 3
