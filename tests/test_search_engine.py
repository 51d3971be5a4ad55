"""The search engine as a UI uses it: checked queries, pages with totals, statement hits,
highlights of every query form, time budgets, empty indexes, and the whoosh boundary."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

from newsdesk.index.desk import Desk
from newsdesk.index.model import Article
from newsdesk.index.search.store import SCHEMA_VERSION, QueryError, Store, StoreError
from newsdesk.index.search.syntax import MAX_QUERY_CHARS, compact_dates
from tests.conftest import ROOT, write_desk

GUARANTEES = "2025/2025-08-20-guarantees.md"
PIPELINE = "2025/2025-08-25-pipeline.md"


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Desk:
    """The three-article desk of conftest, plus one about Pakistani women and state visits."""
    folder = write_desk(tmp_path_factory.mktemp("engine") / "desk")
    write_desk(
        folder,
        {
            "women.md": "---\ntitle: Pakistani women vote\ndate: 2025-08-22\nsource: Wire\n---\n"
            "Pakistani women queued for hours. Women in Pakistan and Pakistani officials said the "
            "Secretary of State met Pakistani women leaders. Pakistani, women: the count went on.\n",
        },
    )
    d = Desk(folder)
    d.index()
    return d


# ---- malformed queries: one line saying what is wrong and how to write it -------------------------


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ('"unclosed', 'unclosed quote in "unclosed: end the phrase with "'),
        ("AND", "AND needs a search term on each side (e.g. oil AND gas)"),
        ("oil AND", "AND at the end needs a search term after it"),
        ("oil OR OR gas", "OR needs a search term on each side"),
        ("oil NOT", "NOT at the end needs a search term after it"),
        ("(", 'a "(" is never closed: add ")"'),
        ("(oil", 'a "(" is never closed'),
        ("oil)", 'a ")" has no "(" before it'),
        ("()", 'empty parentheses "()"'),
        ("kind:bogus", 'kind: is direct, indirect or mixed, not "bogus"'),
        ("bogus:x", 'unknown field "bogus:": the fields are title, body, source, author, tag, date'),
        ("title:", '"title:" needs a value right after the colon (e.g. title:oil)'),
        ("date:[2025-09 to 2025-01]", 'the date range runs backwards ("2025-09" is after "2025-01")'),
        ("date:[2025-09 to 2025-01]", "date:[2025-01 to 2025-09]"),
        ("date:[2025 to", 'unclosed range [2025 to: end it with "]"'),
        ("date:[2025 2026]", 'needs "to" between its ends'),
        ("date:garbage", 'cannot read the date "garbage": write 2025, 2025-08, 2025-08-20'),
        ("date:[garbage to nonsense]", 'cannot read the date "garbage"'),
        ("date:2025-13", 'cannot read the date "2025-13"'),
        ("date:{2025-01 to 2025-03}", "date ranges take square brackets"),
        ("the", "nothing to search for"),
        ("actor:varga source:courier", "source: searches articles but actor: searches statements"),
        ("x" * (MAX_QUERY_CHARS + 1), "the query is too long (1,001 characters; at most 1,000)"),
    ],
)
def test_a_malformed_query_says_what_is_wrong_in_one_line(desk: Desk, text: str, says: str) -> None:
    with pytest.raises(QueryError) as err:
        desk.search_page(text)
    message = str(err.value)
    assert says in message
    assert "\n" not in message and len(message) < 200


def test_a_100_kb_token_is_refused_at_once(desk: Desk) -> None:
    # whoosh's parser is quadratic: this token took 90 s on the 20k desk before it was refused.
    with pytest.raises(QueryError, match="too long"):
        desk.search_page("a" * 100_000)


@pytest.mark.parametrize(
    "text",
    [
        "kind:Direct",
        "date:[2025-08-21 to]",
        "date:[to 2025-08-21]",
        "date:[-100000 days to now]",
        "date:[2020 to now]",
        "date:>2025-08-20",
        "10:30 talks",
        "title:(oil OR talks)",
        "oil^2",
        "*:*",
        "who:varga",
    ],
)
def test_well_formed_queries_pass(desk: Desk, text: str) -> None:
    desk.search_page(text)


def test_relative_dates_are_days_counted_from_today() -> None:
    today = dt.date(2025, 3, 31)
    assert compact_dates("oil date:[-7 days to now]", today) == "oil date:[20250324 to 20250331]"
    assert compact_dates("date:yesterday date:[-1 month to]", today) == "date:20250330 date:[20250228 to]"
    assert compact_dates("date:[ 2025-08 to  -1 year ]", today) == "date:[202508 to 20240331]"


# ---- pages: the true total, offsets, sort by date ---------------------------------------------------


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Desk:
    """60 articles about turbines: dates spread over 2025 (every seventh undated), counts varying."""
    folder = tmp_path_factory.mktemp("many")
    articles = {}
    for n in range(60):
        date = "" if n % 7 == 0 else f"date: 2025-{1 + n % 12:02d}-{1 + n % 27:02d}\n"
        words = " ".join(["turbine"] * (1 + n % 5) + ["blade"] * (n % 3) + ["word"] * (n % 11))
        articles[f"a{n:02}.md"] = f"---\ntitle: Article {n}\n{date}---\n{words}.\n"
    write_desk(folder, articles)
    d = Desk(folder)
    d.index()
    return d


def test_pages_add_up_to_the_whole_ranking(many: Desk) -> None:
    whole = many.search_page("turbine", limit=100)
    assert whole.total == 60 and len(whole.hits) == 60 and not whole.more
    keys = [h.key for h in whole.hits]
    pages = [many.search_page("turbine", offset=offset, limit=25) for offset in (0, 25, 50)]
    assert [p.total for p in pages] == [60, 60, 60]
    assert [p.more for p in pages] == [True, True, False]
    assert [h.key for p in pages for h in p.hits] == keys
    assert many.search_page("turbine", offset=100, limit=10).hits == ()
    scores = [h.score for h in whole.hits]
    assert scores == sorted(scores, reverse=True)


def test_sort_by_date_is_newest_first_undated_last(many: Desk) -> None:
    page = many.search_page("turbine", limit=100, sort="date")
    dates = [h.date for h in page.hits]
    dated = [d for d in dates if d is not None]
    assert dated == sorted(dated, reverse=True)
    assert dates[len(dated) :] == [None] * (60 - len(dated)) and len(dated) == 51
    paged = [
        h.key
        for off in (0, 20, 40)
        for h in many.search_page("turbine", offset=off, limit=20, sort="date").hits
    ]
    assert paged == [h.key for h in page.hits]
    # Same date: the better score first.
    same = [(h.date, h.score) for h in page.hits if h.date == page.hits[0].date]
    assert [s for _, s in same] == sorted((s for _, s in same), reverse=True)


def test_every_hit_has_a_snippet_and_date(desk: Desk) -> None:
    page = desk.search_page("minister")
    assert page.total == 2
    assert all(h.snippet and "«" in h.snippet for h in page.hits)
    assert {h.key: h.date for h in page.hits} == {
        GUARANTEES: dt.date(2025, 8, 20),
        PIPELINE: dt.date(2025, 8, 25),
    }


# ---- statement hits ---------------------------------------------------------------------------------


def test_statement_hits_carry_speaker_cue_quote_date_and_offsets(desk: Desk) -> None:
    page = desk.search_page("actor:varga")
    assert page.statements and page.total == 2
    for hit in page.hits:
        article = desk.article(hit.key)
        assert hit.doctype == "statement" and hit.actor == "Ilse Varga"
        assert hit.speaker in ("Foreign Minister Ilse Varga", "Varga")
        assert hit.cue in ("said", "told") and hit.kind in ("direct", "indirect", "mixed")
        # The date the statement was made: "on Monday" of the article's week, else the article's.
        assert hit.date == (hit.statement.date or article.date)
        assert hit.date in (dt.date(2025, 8, 18), dt.date(2025, 8, 20))
        start, end = hit.span
        first_fragment = hit.quote.split(" … ")[0]
        assert first_fragment in article.text[start:end]
    quotes = sorted(h.quote for h in page.hits)
    assert quotes == [
        '"We will not accept foreign troops,"',
        'that the guarantees "must be subject to consensus"',
    ]


def test_statement_query_highlights_the_statements(desk: Desk) -> None:
    article = desk.article(GUARANTEES)
    spans = desk.highlights(GUARANTEES, "actor:varga kind:direct").spans
    direct = [(s.start, s.end) for s in desk.statements(GUARANTEES) if s.kind == "direct"]
    assert spans == tuple(direct) and direct
    assert "We will not accept foreign troops" in article.text[spans[0][0] : spans[0][1]]


# ---- highlights: every query form marks what it matched ----------------------------------------------


def marked(desk: Desk, key: str, text: str) -> list[str]:
    article = desk.article(key)
    return [article.text[s:e] for s, e in desk.highlights(key, text).spans]


def test_a_phrase_is_marked_only_where_it_occurs_as_the_phrase(desk: Desk) -> None:
    assert marked(desk, "women.md", '"Pakistani women"') == [
        "Pakistani women",  # the title
        "Pakistani women",
        "Pakistani women",
        "Pakistani, women",  # punctuation gives no position: whoosh finds the phrase here too
    ]
    assert desk.search_page('"Pakistani women"').total == 1


def test_a_phrase_runs_across_stop_words_as_the_index_does(desk: Desk) -> None:
    assert marked(desk, "women.md", '"secretary state"') == ["Secretary of State"]
    assert marked(desk, "women.md", '"secretary of state"') == ["Secretary of State"]
    assert desk.search_page('"secretary state"').total == 1


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("guarant*", ["guarantees", "guarantees"]),
        ("gu?rant*", ["guarantees", "guarantees"]),
        ("*rantees", ["guarantees", "guarantees"]),
        ("guarentees~", ["guarantees", "guarantees"]),
        ("gu?rantee*", []),  # the index holds the stem "guarante": whoosh finds nothing either
        ("consensu~", ["consensus"]),
        ("title:guarantees", ["guarantees"]),
        ("body:guarantees", ["guarantees"]),
        ("guarantees", ["guarantees", "guarantees"]),
        ("body:[troo to trooz]", ["troops"]),
        ("troops NOT pipeline", ["troops"]),
    ],
)
def test_prefixes_wildcards_fuzzy_fields_and_ranges_are_marked(
    desk: Desk, text: str, words: list[str]
) -> None:
    article = desk.article(GUARANTEES)
    found = desk.highlights(GUARANTEES, text).spans
    assert [article.text[s:e] for s, e in found] == words
    assert desk.search_page(text).total == (1 if words else 0)
    if text.startswith("title:"):
        assert all(e <= len(article.title) for _, e in found)
    if text.startswith("body:"):
        assert all(s >= article.body_offset for s, _ in found)


def test_highlights_are_capped_and_counted(desk: Desk) -> None:
    store = desk.store
    article = Article(key="big", path="big.md", title="", body="oil and gas " * 5000)
    found = store.highlights(article, "oil", limit=10, count_cap=1000)
    assert (len(found.spans), found.total, found.capped) == (10, 1000, True)
    assert found.spans[0] == (0, 3) and found.spans[1] == (12, 15)
    whole = store.highlights(article, "oil", limit=10)
    assert (whole.total, whole.capped) == (5000, False)
    later = store.highlights(article, "oil", start=12 * 4000, limit=2)
    assert later.spans == ((48000, 48003), (48012, 48015)) and later.total == 1000


def test_search_hits_count_and_snippets_of_a_huge_article_are_bounded(tmp_path: Path) -> None:
    folder = write_desk(tmp_path / "d", {"big.md": "---\ntitle: Big\n---\n" + "oil prices " * 30_000})
    d = Desk(folder)
    d.index()
    (hit,) = d.search_page("oil").hits
    assert hit.hit_count == 1000  # counted up to snippets.SNIPPET_HITS
    assert hit.snippet.count("«oil»") >= 10 and len(hit.snippet) < 700


# ---- time budgets -----------------------------------------------------------------------------------


def test_a_query_out_of_time_says_it_was_cut_short(many: Desk) -> None:
    page = many.store.search_page("*ur* OR *bl*", time_limit=0.0)
    assert page.cut_short is not None
    assert page.cut_short.startswith("stopped at the 0 s time limit with 0% of the desk searched")
    assert "\n" not in page.cut_short
    full = many.store.search_page("*ur* OR *bl*", time_limit=30.0)
    assert full.cut_short is None and full.total == 60


def test_whoosh_fallback_keeps_to_the_filters(desk: Desk) -> None:
    # A sloppy phrase goes through whoosh's collector; its time limit must not drop the doctype
    # filter (whoosh's TimeLimitCollector skips a wrapped FilterCollector).
    page = desk.search_page('"foreign troops"~2')
    assert [h.key for h in page.hits] == [GUARANTEES] and page.total == 1


# ---- an index that holds no article ------------------------------------------------------------------


@pytest.mark.parametrize("text", ["oil", "date:2024", "*", "NOT oil", "actor:varga", "body:*", "pipe*"])
def test_an_index_without_articles_answers_nothing(tmp_path: Path, text: str) -> None:
    (tmp_path / "empty").mkdir()
    d = Desk(tmp_path / "empty", tmp_path / "data")
    d.index()
    page = d.search_page(text)
    assert (page.total, page.hits, page.cut_short) == (0, (), None)


# ---- the whoosh boundary ----------------------------------------------------------------------------


def test_whoosh_internals_refuse_another_whoosh() -> None:
    from newsdesk.index.search.whoosh_internals import WhooshVersionError, check_version

    check_version((2, 7, 5))
    with pytest.raises(
        WhooshVersionError, match=r"reads whoosh 2\.7\.5 internals, but whoosh 2\.8\.0 is installed"
    ):
        check_version((2, 8, 0))


def test_only_whoosh_internals_touches_whoosh_privates() -> None:
    # Private names imported from whoosh, or private attributes read from anything but self/cls.
    found = []
    for path in sorted((ROOT / "index").rglob("*.py")):
        if path.name == "whoosh_internals.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("whoosh"):
                found += [f"{path.name}: {a.name}" for a in node.names if a.name.startswith("_")]
            if (
                isinstance(node, ast.Attribute)
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
                and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))
            ):
                found.append(f"{path.name}:{node.lineno}: {ast.unparse(node)}")
    assert found == []


def test_pickled_classes_live_in_persisted_only(desk: Desk) -> None:
    tocs = sorted(desk.index_dir.glob("_MAIN_*.toc"))
    data = tocs[-1].read_bytes()
    assert b"newsdesk.index.search.persisted" in data
    assert b"newsdesk" not in data.replace(b"newsdesk.index.search.persisted", b"")


def test_an_index_with_moved_classes_is_rebuilt_with_a_note(tmp_path: Path) -> None:
    # An older index names its pickled classes where they used to live. The version file is read
    # first: a reader is told to re-index, the indexer rebuilds and says why, nothing is unpickled.
    folder = write_desk(tmp_path / "desk")
    d = Desk(folder)
    d.index()
    d.close()
    for toc in d.index_dir.glob("_MAIN_*.toc"):
        toc.write_bytes(toc.read_bytes().replace(b"search.persisted", b"search.xersisted"))
    (d.index_dir / "schema-version").write_text(f"{SCHEMA_VERSION - 1}\n")
    with pytest.raises(
        StoreError,
        match=rf"index schema changed \(v{SCHEMA_VERSION - 1} -> v{SCHEMA_VERSION}\): run 'newsdesk index' first",
    ):
        Store.open(d.index_dir, create=False)
    d = Desk(folder)
    summary = d.index()
    assert summary.rebuilt and summary.added == 3
    assert (
        f"index schema changed (v{SCHEMA_VERSION - 1} -> v{SCHEMA_VERSION}): rebuilding" in summary.warnings
    )
    assert [h.key for h in d.search_page("pipeline").hits] == [PIPELINE]
