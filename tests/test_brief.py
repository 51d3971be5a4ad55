"""The Markdown brief: citation-ready (title, outlet, date, author, url, speaker, passage, note),
grouped by tag or by speaker, without offsets or ids."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsdesk.index.model import Article, Statement
from newsdesk.index.userdata.bookmarks import Bookmark, BookmarkStore, fingerprint_for
from newsdesk.index.userdata.brief import (
    GROUPINGS,
    BriefEntry,
    Source,
    Speaker,
    citation,
    desk_brief,
    entry_for,
    render_brief,
    statement_for,
)


def bookmark(
    bid: str, passage: str, *, key: str = "a.md", start: int = 0, note: str = "", tags: tuple[str, ...] = ()
) -> Bookmark:
    return Bookmark(
        id=bid, key=key, path=key, title="T", source=None, date=None, start=start, end=start + len(passage),
        passage=passage, fingerprint=fingerprint_for(passage, 0, len(passage)), note=note, tags=tags,
        created="2025-01-01T00:00:00Z",
    )  # fmt: skip


GUARANTEES = Source(
    "Allies weigh guarantees", "Meridian Wire", "2025-08-20", "Ana Petrov", "https://ex.org/a1"
)
PIPELINE = Source("Pipeline talks stall", "The Courier", "2025-08-25")
VARGA = Speaker("Ilse Varga", "Foreign Minister Ilse Varga", "said")
REYES = Speaker("Tomas Reyes", "Reyes", "said")


def entries() -> list[BriefEntry]:
    return [
        BriefEntry(
            bookmark("b1", '"not negotiable"', key="p.md", start=90, tags=("energy",)), PIPELINE, REYES
        ),
        BriefEntry(
            bookmark(
                "b2", '"must be subject to consensus"', start=60, note="key line", tags=("security", "talks")
            ),
            GUARANTEES,
            VARGA,
        ),
        BriefEntry(bookmark("b3", "Oil prices rose sharply.", start=200), GUARANTEES),
        BriefEntry(
            bookmark("b4", '"We will not accept foreign troops,"', start=120, tags=("security",)),
            GUARANTEES,
            Speaker("Ilse Varga", "Varga", "told"),
        ),
    ]


def test_citation_names_author_title_outlet_date_and_url() -> None:
    assert citation(GUARANTEES) == (
        "Ana Petrov, “Allies weigh guarantees”, Meridian Wire, 2025-08-20, <https://ex.org/a1>"
    )
    assert citation(Source("  ", None, None)) == "untitled, undated"


def test_brief_by_tag() -> None:
    assert render_brief(entries(), group_by="tag", today=dt.date(2025, 9, 1)) == (
        "# Brief\n"
        "\n"
        "Exported 2025-09-01.\n"
        "\n"
        "4 passages from 2 articles, by tag.\n"
        "\n"
        "## energy\n"
        "\n"
        '> "not negotiable"\n'
        "\n"
        "- Speaker: Tomas Reyes (as “Reyes”), said\n"
        "- Source: “Pipeline talks stall”, The Courier, 2025-08-25\n"
        "\n"
        "## security\n"
        "\n"
        '> "must be subject to consensus"\n'
        "\n"
        "- Speaker: Ilse Varga (as “Foreign Minister Ilse Varga”), said\n"
        "- Source: Ana Petrov, “Allies weigh guarantees”, Meridian Wire, 2025-08-20, <https://ex.org/a1>\n"
        "- Note: key line\n"
        "- Also tagged: talks\n"
        "\n"
        '> "We will not accept foreign troops,"\n'
        "\n"
        "- Speaker: Ilse Varga (as “Varga”), told\n"
        "- Source: Ana Petrov, “Allies weigh guarantees”, Meridian Wire, 2025-08-20, <https://ex.org/a1>\n"
        "\n"
        "## Untagged\n"
        "\n"
        "> Oil prices rose sharply.\n"
        "\n"
        "- Source: Ana Petrov, “Allies weigh guarantees”, Meridian Wire, 2025-08-20, <https://ex.org/a1>\n"
    )


def test_brief_by_speaker_puts_the_most_quoted_first_and_passages_without_one_last() -> None:
    text = render_brief(entries(), group_by="actor")
    assert [line for line in text.split("\n") if line.startswith("## ")] == [
        "## Ilse Varga",
        "## Tomas Reyes",
        "## Passages without a speaker",
    ]
    assert "4 passages from 2 articles, by speaker." in text
    assert "- Tags: security, talks" in text and "Also tagged" not in text


def test_brief_has_no_offsets_ids_or_paths() -> None:
    text = render_brief(entries())
    for noise in ("characters", "bookmark b", "b1", "b2", "a.md", "p.md", "90", "120"):
        assert noise not in text, noise


def test_empty_brief_and_bad_grouping() -> None:
    assert render_brief([]) == "# Brief\n\nNo bookmarks.\n"
    with pytest.raises(ValueError, match="group_by"):
        render_brief([], group_by="outlet")  # type: ignore[arg-type]


def test_multiline_passage_is_quoted_line_by_line() -> None:
    entry = BriefEntry(bookmark("b", "First line.\n\nSecond line."), PIPELINE)
    assert render_brief([entry]).split("\n")[6:10] == ["> First line.", ">", "> Second line.", ""]


def statement(
    start: int, end: int, actor: str | None, speaker: str | None, key: str | None = None
) -> Statement:
    return Statement(
        quote="q", start=start, end=end, kind="direct", cue="said", cue_lemma="say", speaker=speaker,
        speaker_start=None, speaker_end=None, actor=actor, actor_kind="person", why="", actor_key=key,
    )  # fmt: skip


def test_the_speaker_is_the_statement_the_passage_overlaps_most() -> None:
    near, far = statement(0, 10, "A", "a"), statement(8, 40, "B", "b")
    assert statement_for([near, far], 5, 30) is far
    assert statement_for([near, far], 50, 60) is None
    article = Article(key="a.md", path="a.md", title="Title", body="x" * 50, source="Wire",
                      author="Ann Lee", url="https://ex.org", date=dt.date(2025, 1, 2))  # fmt: skip
    entry = entry_for(bookmark("b", "xxxxx", start=9), article, [far], lambda st: "Desk B")
    assert entry.source == Source("Title", "Wire", "2025-01-02", "Ann Lee", "https://ex.org")
    assert entry.speaker == Speaker("Desk B", "b", "said")
    gone = entry_for(bookmark("b", "xxxxx"), None, [], lambda st: None)
    assert gone.source == Source("T", None, None) and gone.speaker is None


def test_desk_brief_reads_url_author_and_speaker_from_the_desk(tmp_path: Path) -> None:
    from newsdesk.index.desk import Desk

    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "a.md").write_text(
        "---\ntitle: Allies weigh guarantees\ndate: 2025-08-20\nsource: Meridian Wire\nauthor: Ana Petrov\n"
        "url: https://ex.org/a1\n---\n"
        '"We will not accept foreign troops," Foreign Minister Ilse Varga told reporters.\n',
        encoding="utf-8",
    )
    data = tmp_path / "data"
    store = BookmarkStore(data)
    # Before the desk is indexed the file's front matter is read; after, the index gives the speaker.
    desk = Desk(folder, data)
    article = _read(folder / "a.md", folder)
    start = article.text.index('"We')
    store.add(article, start, start + len('"We will not accept foreign troops,"'), "hard line", ["security"])
    unindexed = desk_brief(folder, data, store.list())
    assert (
        "- Source: Ana Petrov, “Allies weigh guarantees”, Meridian Wire, 2025-08-20, <https://ex.org/a1>"
        in (unindexed)
    )
    assert "Speaker" not in unindexed
    desk.index()
    desk.close()
    brief = desk_brief(folder, data, store.list(), group_by="actor")
    assert "## Ilse Varga" in brief
    assert "- Speaker: Ilse Varga (as “Foreign Minister Ilse Varga”), told" in brief
    assert "- Note: hard line" in brief


def _read(path: Path, root: Path) -> Article:
    from newsdesk.index.ingest.readers import read_file

    return read_file(path, root=root).articles[0]


def test_nothing_a_terminal_acts_on_reaches_the_brief() -> None:
    # Notes, tags and passages come from a bookmarks file that may ship with a shared desk; the
    # brief went out raw to a pipe or a file (OSC 52 writes the clipboard, OSC 0 the window title).
    osc, csi, bidi = "\x1b]52;c;cm0gLXJmIH4=\x07", "\x9b2J", "\u202e"
    hostile = Bookmark(
        id="b", key="a.md", path="a.md", title="T", source=None, date=None, start=0, end=9,
        passage=f"Pas{osc}sage\nline{csi} two", fingerprint=fingerprint_for("x", 0, 1),
        note=f"no{osc}te", tags=(f"t{csi}ag", f"ot{bidi}her"), created="2025-01-01T00:00:00Z",
    )  # fmt: skip
    source = Source(f"Ti{osc}tle", f"Out{bidi}let", f"2025{csi}", f"Au{osc}thor", f"https://ex.org/{osc}")
    for group_by in GROUPINGS:
        text = render_brief(
            [BriefEntry(hostile, source, Speaker(f"Va{osc}rga", f"V{csi}", "said"))], group_by=group_by
        )
        assert not [c for c in text if c != "\n" and (not c.isprintable() or c == bidi)], text
    by_tag = render_brief([BriefEntry(hostile, source)]).split("\n")
    assert by_tag[4:8] == ["## tag", "", "> Passage", "> line two"]
    assert "- Source: Author, “Title”, Outlet, 2025, <https://ex.org/>" in by_tag
    assert "- Note: note" in by_tag and "- Also tagged: other" in by_tag
