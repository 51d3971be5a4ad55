"""The fast ranker (newsdesk.index.search.ranking) ranks exactly as whoosh scores.

The reference is whoosh itself scoring every match (an unlimited collector), sorted best first
with ties by docnum: the fast path must return the same documents in the same order with the
same scores (to float precision). Not whoosh's top-N collector: it prunes sub-matchers by a
running minimum score and can drop a document that belongs in the top N (see the test below).
The desks have several segments and deleted documents, because both change what a ranker has
to get right.
"""

from __future__ import annotations

import random
import time
from pathlib import Path
from typing import Any

import pytest

from newsdesk.index.desk import Desk
from newsdesk.index.search.edits import within_distance, within_one
from newsdesk.index.search.ranking import Ranker, _fuzzy_words, _Segment, column_values
from tests.conftest import ROOT, SHARED, write_desk

WORDS = [
    "oil",
    "prices",
    "rose",
    "fell",
    "sharply",
    "market",
    "shares",
    "bank",
    "rates",
    "interest",
    "minister",
    "president",
    "talks",
    "pipeline",
    "gas",
    "energy",
    "river",
    "dam",
    "water",
    "treaty",
    "border",
    "troops",
    "security",
    "guarantees",
    "election",
    "vote",
    "court",
    "ruling",
    "trade",
    "deficit",
    "export",
    "exports",
    "exported",
    "exporter",
    "inflation",
    "inflated",
    "inflating",
    "tax",
    "budget",
    "government",
    "said",
    "says",
    "told",
    "reporters",
    "monday",
    "tuesday",
    "farmers",
    "harvest",
    "drought",
    "flow",
    "federation",
    "republic",
    "accord",
    "council",
]
NAMES = ["Ilse Varga", "Tomas Reyes", "Petra Sand", "Oren Vale"]
SOURCES = ["Meridian Wire", "The Courier", "Northwave", "Daily Klaxon"]


def article(rng: random.Random, n: int) -> str:
    """A deterministic pseudo-article: varied lengths and word counts, so scores rarely tie."""
    title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 6))).capitalize()
    paras = []
    for _ in range(rng.randint(1, 4)):
        words = [rng.choice(WORDS) for _ in range(rng.randint(8, 60))]
        if rng.random() < 0.3:
            words[3:3] = ["interest", "rates"]
        paras.append(" ".join(words).capitalize() + ".")
    if rng.random() < 0.6:
        quote = " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 12)))
        paras.append(f'"{quote.capitalize()}," {rng.choice(NAMES)} said on Monday.')
    day = rng.randint(1, 28)
    month = rng.choice([7, 8, 9])
    return (
        f'---\ntitle: "{title} {n}"\ndate: 2025-{month:02d}-{day:02d}\nsource: "{rng.choice(SOURCES)}"\n'
        f"tags: [{rng.choice(WORDS)}, {rng.choice(WORDS)}]\n---\n" + "\n\n".join(paras) + "\n"
    )


QUERIES = [
    "oil",
    "prices",
    "said",
    "minister",
    "oil prices",
    "bank AND rates",
    "minister OR president",
    "shares NOT oil",
    "oil NOT gas NOT water",
    "(oil OR gas) AND (prices OR rates)",
    "oil ANDMAYBE gas",
    "oil^3 gas",
    "(oil gas)^2 OR water",
    "title:oil",
    "title:(oil OR gas) body:prices",
    "source:courier",
    "source:courier oil",
    "tag:energy",
    "tag:energy OR tag:water",
    '"interest rates"',
    '"interest rates" bank',
    '"oil prices" OR "gas prices"',
    '"said on monday"',
    'title:"interest rates"',
    "export*",
    "inflat*",
    "pric* NOT oil",
    "inflation~",
    "exprt~",
    "inflation~2",
    "expo?t",
    "date:2025-08 oil",
    "date:[2025-08-01 to 2025-08-31] prices OR rates",
    "actor:varga",
    "actor:varga oil",
    "speaker:reyes kind:direct",
    "actor:varga NOT oil",
    "(troops OR troops*)",
    "oil (prices OR prices*)",
    "pr*",
    "ex*",
    "tr*^2",
    "(pr* OR oil) NOT gas",
    "ri*",
    "inflation~2 oil",
    "pr?ce*",
    "nothingmatchesthis",
    "oil AND nothingmatchesthis",
]


def planned(desk: Desk, text: str) -> tuple[Any, dict[str, set[int]]]:
    """The query as the store ranks it: parsed, checked, top-level dates split off, doctype restriction."""
    store = desk.store
    return store._plan(*store._prepare(text))


def whoosh_exact(desk: Desk, text: str, limit: int) -> list[tuple[int, float]]:
    """whoosh's own scores for every match (no top-N pruning), best first, ties by docnum."""
    store = desk.store
    q, restrict = planned(desk, text)
    if restrict.get("filter") is not None and not restrict["filter"]:
        return []
    results = store._searcher.search(q, limit=None, **restrict)
    pairs = sorted(((hit.score, hit.docnum) for hit in results), key=lambda p: (-p[0], p[1]))
    return [(docnum, score) for score, docnum in pairs[:limit]]


def compare(desk: Desk, text: str, limit: int = 10) -> list[tuple[str, float]]:
    """Rank with the fast path and assert it equals whoosh's exact ranking; returns (key, score)."""
    store = desk.store
    q, restrict = planned(desk, text)
    fast = store._ranking(q, limit, restrict, deadline=None).pairs
    exact = whoosh_exact(desk, text, limit)
    assert [d for d, _ in fast] == [d for d, _ in exact], text
    assert [s for _, s in fast] == pytest.approx([s for _, s in exact], rel=1e-9), text
    hits = store.search(text, limit=limit)
    fields = [store._searcher.stored_fields(d) for d, _ in fast]
    assert [h.key for h in hits] == [
        f.get("article") if h.statement else f["key"] for h, f in zip(hits, fields, strict=True)
    ]
    return [(h.key, h.score) for h in hits]


def fast_path_used(desk: Desk, text: str) -> bool:
    store = desk.store
    q, _ = store._split_dates(store._prepare(text)[0])
    return Ranker(store._searcher).supports(q)


@pytest.fixture(scope="module")
def built_desk(tmp_path_factory: pytest.TempPathFactory) -> Desk:
    """80 articles indexed in four commits (several segments), then 6 rewritten and 4 removed."""
    folder = tmp_path_factory.mktemp("rank-desk")
    rng = random.Random(7)
    desk = Desk(folder, folder / ".data")
    for batch in range(4):
        write_desk(folder, {f"b{batch}/a{n}.md": article(rng, batch * 100 + n) for n in range(20)})
        desk.index()
    for n in range(6):
        write_desk(folder, {f"b1/a{n}.md": article(rng, 900 + n)})
    for n in range(4):
        (folder / f"b2/a{n}.md").unlink()
    desk.index()
    desk.refresh()
    return desk


def test_the_built_desk_has_segments_and_deletions(built_desk: Desk) -> None:
    searcher = built_desk.store._searcher
    assert len(searcher.leaf_searchers()) > 1
    assert searcher.doc_count_all() > searcher.doc_count()


@pytest.mark.parametrize("text", QUERIES)
def test_fast_ranking_matches_whoosh(built_desk: Desk, text: str) -> None:
    compare(built_desk, text)
    compare(built_desk, text, limit=3)


def test_whooshs_top_n_collector_can_drop_a_best_hit(built_desk: Desk) -> None:
    # Why the reference above is whoosh's exhaustive scoring: for an AND of ORs its top-N
    # collector misses one of its own ten best documents (on this desk the fourth, b3/a19.md),
    # which the fast path ranks where exhaustive scoring does. (Scores move with what the
    # extractor indexes, so they are read from whoosh, not written here.)
    text = "(oil OR gas) AND (prices OR rates)"
    store = built_desk.store
    compare(built_desk, text)
    exact = [store._searcher.stored_fields(d)["key"] for d, _ in whoosh_exact(built_desk, text, 10)]
    q, restrict = planned(built_desk, text)
    top_n = [hit["key"] for hit in store._searcher.search(q, limit=10, **restrict)]
    assert [key for key in exact[:4] if key not in top_n] == ["b3/a19.md"]


@pytest.mark.parametrize(
    "text", ["oil ANDNOT gas", "(prices OR rates) ANDNOT (bank OR market)", "said ANDNOT title:oil"]
)
def test_andnot_is_the_positive_side_minus_the_negative(built_desk: Desk, text: str) -> None:
    # whoosh's own ANDNOT matcher keeps the first document of its positive side when the
    # negative side starts earlier (AndNotMatcher._find_first compares ids without skipping),
    # so the reference here is whoosh's exact scores of the positive side minus the negative docs.
    store = built_desk.store
    positive, negative = text.split(" ANDNOT ")
    q, restrict = planned(built_desk, text)
    excluded = set(store._searcher.docs_for_query(store._parse(negative, ["title", "body"])))
    expected = [(d, s) for d, s in whoosh_exact(built_desk, positive, 1000) if d not in excluded][:10]
    fast = store._ranking(q, 10, restrict, deadline=None).pairs
    assert [d for d, _ in fast] == [d for d, _ in expected]
    assert [s for _, s in fast] == pytest.approx([s for _, s in expected], rel=1e-9)


def test_whooshs_andnot_keeps_a_document_it_should_drop(built_desk: Desk) -> None:
    store = built_desk.store
    gas = set(store._searcher.docs_for_query(store._parse("gas", ["title", "body"])))
    assert [d for d, _ in whoosh_exact(built_desk, "oil ANDNOT gas", 1000) if d in gas] == [3]
    q, _ = planned(built_desk, "oil ANDNOT gas")
    assert 3 not in [d for d, _ in store._ranking(q, 1000, {}, deadline=None).pairs]


def test_the_fast_path_covers_the_common_shapes(built_desk: Desk) -> None:
    # Falling back for these would make the equivalence test compare whoosh with itself.
    assert all(fast_path_used(built_desk, q) for q in QUERIES)
    assert not fast_path_used(built_desk, '"oil prices"~3')  # sloppy phrases go to whoosh


@pytest.mark.parametrize(
    "text",
    [
        "*",
        "title:*",
        "body:*",
        "tag:*",
        "NOT oil",
        "NOT oil NOT gas",
        "oil REQUIRE gas",
        "(oil OR gas) REQUIRE title:prices",
        "title:[oil to shares]",
        "body:[pr to rb] gas",
        "*ic*",
        "*ic* OR *ea*",
        "t?ea*",
        '"interest rates interest"',
        '"rates interest rates"',
        "actor:*",
        "speaker:* kind:direct",
        "oil OR date:2025-08",
        "NOT date:2025-08",
        "(date:[2025-07-01 to 2025-07-15] OR date:2025-09) gas",
        "date:>2025-08-20 OR title:oil",
        "kind:direct OR date:[to 2025-07-10]",
    ],
)
def test_every_shape_of_the_parser_ranks_as_whoosh(built_desk: Desk, text: str) -> None:
    # The shapes whoosh's collector answered before the ranker evaluated them (`*`, bare NOT,
    # REQUIRE, ranges, leading wildcards): same documents, same order, same scores.
    assert fast_path_used(built_desk, text), text
    compare(built_desk, text)
    compare(built_desk, text, limit=200)


def test_rewritten_and_removed_articles_never_come_back(built_desk: Desk) -> None:
    # Every article title ends with its number; rewritten ones are 900-905, removed ones 200-203.
    for text in (
        "oil OR gas OR said OR prices OR rates OR minister",
        "title:(900 OR 100 OR 106 OR 200 OR 203)",
    ):
        keys = [key for key, _ in compare(built_desk, text, limit=200)]
        assert not any(k in keys for k in ("b2/a0.md", "b2/a1.md", "b2/a2.md", "b2/a3.md"))
    found = {
        h.title.rsplit(" ", 1)[-1] for h in built_desk.search("title:(900 OR 100 OR 106 OR 200 OR 203)", 50)
    }
    assert found == {"900", "106"}  # 100 was rewritten as 900; 200 and 203 were removed


def test_a_date_range_with_no_articles_finds_nothing(built_desk: Desk) -> None:
    # whoosh reads an empty filter set as "no filter"; an empty range must still mean no hits.
    assert built_desk.search("date:[2030-01-01 to 2030-12-31] oil") == []
    built_desk.store.fast_ranking = False
    try:
        assert built_desk.search("date:[2030-01-01 to 2030-12-31] oil") == []
    finally:
        built_desk.store.fast_ranking = True


def test_sample_desk_ranks_as_whoosh(tmp_path: Path) -> None:
    desk = Desk(ROOT / "sample_articles", tmp_path / "data")
    desk.index()
    for text in [
        "dam",
        "water OR river",
        "Varga",
        "treaty NOT dam",
        '"foreign minister"',
        "sarn*",
        "halvard~",
        "title:dam",
        "actor:varga",
        "actor:reyl kind:direct",
        "date:2025-09 flow",
        "kestrel federation",
    ]:
        assert compare(desk, text), text


class EmptySegmentReader:
    """What a segment without documents answers (bulk index runs can commit such segments)."""

    def __contains__(self, term: object) -> bool:
        return False

    def doc_count_all(self) -> int:
        return 0

    def expand_prefix(self, fieldname: str, prefix: str) -> list[bytes]:
        return []


def test_empty_segments_sharing_an_offset_change_nothing(built_desk: Desk) -> None:
    # An empty segment has the same offset as the next one: the per-term cache must not mix them.
    store = built_desk.store
    plain = Ranker(store._searcher)
    padded = Ranker(store._searcher)
    padded._segments = [
        _Segment(0, EmptySegmentReader(), 0, frozenset()),
        *[_Segment(n + 1, s.reader, s.offset, s.deleted) for n, s in enumerate(plain._segments)],
    ]
    for text in ("oil", "oil (prices OR prices*)", "inflation~", '"interest rates"', "shares NOT oil"):
        q, _ = planned(built_desk, text)
        assert (
            padded.rank(q, 20).pairs
            == plain.rank(q, 20).pairs
            == store._ranking(q, 20, {}, deadline=None).pairs
        ), text


def test_fuzzy_expansion_is_whooshs(built_desk: Desk) -> None:
    searcher = built_desk.store._searcher
    for sub, _ in searcher.leaf_searchers():
        reader = sub.reader()
        field = searcher.schema["body"]
        for word, dist in [("inflat", 1), ("price", 1), ("export", 2), ("said", 1), ("ga", 1), ("zzz", 1)]:
            ours = {field.from_bytes(b) for b in _fuzzy_words(reader, field, "body", word, dist, 2)}
            theirs = {
                w if isinstance(w, str) else field.from_bytes(w)
                for w in reader.terms_within("body", word, dist, prefix=2)
            }
            assert ours == theirs, word


def test_date_column_is_read_as_whoosh_reads_it(built_desk: Desk) -> None:
    searcher = built_desk.store._searcher
    assert column_values(searcher, "date") == list(searcher.reader().column_reader("date", translate=False))


@pytest.mark.parametrize(
    "text",
    ["export*", "inflation~", "expo?t", "(troops OR troops*) oil", "inflation~2", "*ic*", "body:[pr to rb]"],
)
def test_highlights_mark_exactly_the_words_whoosh_expands_to(built_desk: Desk, text: str) -> None:
    # Highlighting tests each word of the text; ranking expands the query against the index.
    # Both must mean the same words: a body word is marked exactly when whoosh's own expansion
    # of the query (in any segment) holds its stem.
    from whoosh.lang.porter import stem

    from newsdesk.index.search.snippets import WORD

    store = built_desk.store
    q, _ = store._prepare(text)
    expanded: set[str] = set()
    for leaf in q.leaves():
        if leaf.field() == "body":
            for sub, _offset in store._searcher.leaf_searchers():
                words = leaf.expanded_terms(sub.reader()) if hasattr(leaf, "expanded_terms") else leaf.terms()
                expanded.update(w.decode() if isinstance(w, bytes) else w for _f, w in words)
    assert expanded
    marked = 0
    for hit in store.search(text, limit=10):
        article = store.article(hit.key)
        body = article.body
        want = [
            (article.body_offset + m.start(), article.body_offset + m.end())
            for m in WORD.finditer(body)
            if len(m.group()) > 1 and stem(m.group().lower()) in expanded
        ]
        got = [s for s in store.highlights(article, text).spans if s[0] >= article.body_offset]
        assert got == want, hit.key
        marked += len(got)
    assert marked


def test_an_expansion_of_many_words_scores_as_whoosh(
    built_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    # From Or.TOO_MANY_CLAUSES words whoosh switches to its array matcher (constant score 1.0):
    # lowered to 2 on both sides, "pr*" (price, presid, ...) takes that path in every segment.
    from whoosh import query

    import newsdesk.index.search.ranking as ranking

    monkeypatch.setattr(ranking, "TOO_MANY_CLAUSES", 2)
    monkeypatch.setattr(query.Or, "TOO_MANY_CLAUSES", 2)
    for text in ("pr*", "ex* OR tr*", "pr* oil", "inflation~2"):
        assert fast_path_used(built_desk, text)
        compare(built_desk, text, limit=30)


def test_out_of_time_keeps_what_was_ranked(built_desk: Desk) -> None:
    store = built_desk.store
    q, _ = planned(built_desk, "export*")
    late = Ranker(store._searcher).rank(q, 10, deadline=time.perf_counter() - 1)
    assert (late.pairs, late.total, late.out_of_time, late.searched) == ([], 0, True, 0)
    assert len(Ranker(store._searcher).rank(q, 10, deadline=time.perf_counter() + 60).pairs) == 10


def test_edit_distance_checks() -> None:
    assert [
        within_one(a, b)
        for a, b in [
            ("abc", "abc"),
            ("abc", "abd"),
            ("abc", "ab"),
            ("ab", "abc"),
            ("abc", "acb"),
            ("abc", "xabc"),
            ("abc", "abcde"),
        ]
    ] == [True, True, True, True, False, True, False]
    assert [
        within_distance(a, b, 2)
        for a, b in [("abc", "acb"), ("kitten", "sitting"), ("abc", "abcde"), ("", "ab")]
    ] == [True, False, True, True]


@pytest.mark.slow
def test_real_corpus_ranks_as_whoosh(tmp_path: Path) -> None:
    corpora = SHARED / "corpora"
    if not corpora.is_dir():
        pytest.skip("../shared/corpora is not here")
    files = sorted((corpora / "reuters").glob("*.md"))[:1500]
    if not files:
        pytest.skip("no reuters corpus")
    folder = tmp_path / "desk"
    folder.mkdir()
    for f in files:
        (folder / f.name).symlink_to(f)
    desk = Desk(folder, tmp_path / "data")
    desk.index()
    for text in [
        "oil",
        "said",
        "bank AND rates",
        '"interest rates"',
        "minister OR president",
        "export*",
        "shares NOT oil",
        "inflation~",
        "trade deficit",
        "(prices OR prices*)",
    ]:
        compare(desk, text, limit=20)
