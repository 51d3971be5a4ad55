"""The evaluation's scoring logic on small hand-made data (no corpus, no index)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.eval import judge, judgements
from tests.eval.desks import split_of
from tests.eval.scoring import (
    Rate,
    actor_outcome,
    actor_sample,
    candidate_sentences,
    core,
    date_verdict,
    dated_candidates,
    fold,
    judged_interval,
    recall,
    sample,
    sentence_hash,
    sentences,
    shift_key,
    shift_rate,
    speaker_verdict,
    statement_outcome,
    statement_rates,
    top,
)

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


# ---- sampling -----------------------------------------------------------------------------------


def test_sample_is_seeded_and_keeps_items_when_the_population_grows() -> None:
    items = [f"item-{n}" for n in range(200)]
    first = sample(items, 20, 7, str)
    assert first == sample(list(reversed(items)), 20, 7, str)
    assert first != sample(items, 20, 8, str)
    grown = sample([*items, *(f"new-{n}" for n in range(20))], 20, 7, str)
    # A bigger population can push items out, never reorder the survivors or bring in old ones.
    kept = [x for x in grown if x in first]
    assert kept == [x for x in first if x in grown]
    assert len(kept) >= 15


def test_actor_sample_and_top() -> None:
    actors = [{"name": f"A{n}", "kind": "person", "statements": n % 7} for n in range(50)]
    assert len(actor_sample(actors, 10, 1)) == 10
    assert [a["name"] for a in top(actors, 3)] == ["A13", "A20", "A27"]


def test_split_is_a_stable_hash_of_the_id() -> None:
    assert split_of("reuters-00001") == split_of("reuters-00001")
    halves = {split_of(f"reuters-{n:05d}") for n in range(40)}
    assert halves == {"tune", "heldout"}


# ---- sentences ----------------------------------------------------------------------------------


def test_sentences_keep_abbreviations_and_closing_quotes() -> None:
    text = 'Mr. Blair said: "We will win." Then he left.\nU.S. officials said so.'
    spans = [text[s:e] for s, e in sentences(text)]
    assert spans == ['Mr. Blair said: "We will win."', "Then he left.", "U.S. officials said so."]


def test_candidate_sentences_need_a_reporting_verb_or_a_quote_mark() -> None:
    text = "Title\n\nThe sun rose over the hills today. The minister said taxes would fall."
    cands = candidate_sentences("a1", text, 7)
    assert [text[c["start"] : c["end"]] for c in cands] == ["The minister said taxes would fall."]
    assert cands[0]["shash"] == sentence_hash("The minister said taxes would fall.")


def test_dated_candidates_ignore_the_wire_dateline() -> None:
    text = "LONDON, March 3 - The bank said rates were steady. The bank said on Monday it would act."
    cands = candidate_sentences("r1", text, 0)
    dated = dated_candidates(cands, lambda _a: text)
    assert [text[c["start"] : c["end"]] for c in dated] == ["The bank said on Monday it would act."]


# ---- names --------------------------------------------------------------------------------------


def test_fold_and_core() -> None:
    assert fold("the Liberal Democrats'") == "liberal democrats"
    assert core("Prime Minister Tony Blair") == "tony blair"
    assert core("Mr Blair's") == "blair"


@pytest.mark.parametrize(
    ("actor", "verdict"),
    [
        ("Tony Blair", "right"),
        ("Mr Blair", "right"),
        ("Blair", "right"),
        ("Prime Minister Tony Blair", "right"),
        ("Ian Blair", "pending"),
        ("the prime minister", "loose"),
        ("Gordon Brown", "wrong"),
        (None, "wrong"),
    ],
)
def test_speaker_verdict(actor: str | None, verdict: str) -> None:
    judged = {
        "speaker": "Tony Blair",
        "speaker_kind": "person",
        "loose": ["the prime minister"],
        "reject": ["Gordon Brown"],
    }
    assert speaker_verdict(actor, judged) == verdict


def test_speaker_verdict_accepts_the_organisation_of_an_unnamed_speaker() -> None:
    judged = {
        "speaker": "Downing Street spokesman",
        "speaker_kind": "unnamed",
        "speaker_org": "Downing Street",
    }
    assert speaker_verdict("a Downing Street spokesman", judged) == "right"
    assert speaker_verdict("Downing Street", judged) == "right"
    assert speaker_verdict("a spokesman", judged) == "pending"


# ---- dates --------------------------------------------------------------------------------------


def test_dates() -> None:
    assert judged_interval(None) is None
    assert (
        str(judged_interval("2019-03-01..2019-03-31"))
        == "(datetime.date(2019, 3, 1), datetime.date(2019, 3, 31))"
    )
    st = {"date": "2019-03-27", "date_end": None, "date_precision": "day", "article_date": "2019-03-31"}
    assert date_verdict(st, {"date": "2019-03-27"}) == "right"
    assert date_verdict(st, {"date": "2019-03-25..2019-03-31"}) == "wrong"
    assert date_verdict(st, {"date": None}) == "invented"
    published = {"date": "2019-03-31", "date_precision": "article", "article_date": "2019-03-31"}
    assert date_verdict(published, {"date": None}) == "n/a"
    assert date_verdict({"date": None, "date_precision": "none"}, {"date": "2019-03-27"}) == "wrong"


# ---- rates --------------------------------------------------------------------------------------


def test_rate_text() -> None:
    rate = Rate()
    rate.add("ok", True)
    rate.add("junk", False)
    rate.add("unjudged", None)
    assert rate.pct == 50.0
    assert rate.text() == "50.0% (1/2, 1 unjudged) [ok 1, junk 1, unjudged 1]"


def test_actor_outcome_duplicate_goes_stale_when_its_target_is_gone() -> None:
    judged = {
        ("d", "Blair", "person"): {"usable": False, "verdict": "duplicate", "duplicate_of": "Tony Blair"},
        ("d", "Tony Blair", "person"): {"usable": True, "verdict": "ok"},
    }
    blair = {"name": "Blair", "kind": "person"}
    assert actor_outcome("d", blair, judged, {fold("Tony Blair"), fold("Blair")}) == ("duplicate", False)
    assert actor_outcome("d", blair, judged, {fold("Blair")}) == ("stale-duplicate", None)
    assert actor_outcome("d", {"name": "Blair", "kind": "unnamed"}, judged, set()) == ("unjudged", None)


def _statement(start: int, end: int, canonical: str | None, **extra: object) -> dict[str, object]:
    return {"article": "a1", "start": start, "end": end, "qhash": "q", "canonical": canonical, **extra}


def test_statement_outcome_reuses_a_judgement_when_a_boundary_moved() -> None:
    judged = {
        ("a1", 100, 200, "q"): {
            "article": "a1",
            "start": 100,
            "end": 200,
            "speaker": "Tony Blair",
            "speaker_kind": "person",
        }
    }
    assert statement_outcome(_statement(100, 200, "Blair"), judged)[0] == "right"
    assert statement_outcome(_statement(100, 205, "Blair"), judged)[0] == "right"  # 95% shared
    assert statement_outcome(_statement(100, 150, "Blair"), judged)[0] == "unjudged"
    not_said = {("a1", 0, 10, "q"): {"article": "a1", "start": 0, "end": 10, "is_statement": False}}
    assert statement_outcome(_statement(0, 10, "X"), not_said)[0] == "not-statement"


def test_statement_rates_count_dates_only_where_the_text_gives_one() -> None:
    judged = {
        ("a1", 0, 10, "q"): {
            "article": "a1",
            "start": 0,
            "end": 10,
            "speaker": "Ann Lee",
            "date": "2020-01-02",
        },
        ("a1", 20, 30, "q"): {
            "article": "a1",
            "start": 20,
            "end": 30,
            "speaker": "Ann Lee",
            "loose": ["officials"],
        },
    }
    picked = [
        _statement(0, 10, "Ann Lee", date="2020-01-02", date_precision="day"),
        _statement(
            20, 30, "officials", date="2020-01-05", date_precision="article", article_date="2020-01-05"
        ),
        _statement(40, 50, "Bob"),
    ]
    strict, lenient, dates = statement_rates(picked, judged)
    assert (strict.good, strict.judged, strict.pending) == (1, 2, 1)
    assert (lenient.good, lenient.judged) == (2, 2)
    assert (dates.good, dates.judged) == (1, 1)


def test_recall_matches_by_anchor_and_speaker_one_to_one() -> None:
    sentence = "Ann Lee said taxes would fall, and Bob Ray said they would rise."
    sj = {
        "article": "a1",
        "start": 1000,
        "end": 1000 + len(sentence),
        "sentence": sentence,
        "statements": [
            {"speaker": "Ann Lee", "speaker_kind": "person", "anchor": "taxes would fall", "date": None},
            {"speaker": "Bob Ray", "speaker_kind": "person", "anchor": "they would rise", "date": None},
            {"speaker": "Cy Doe", "speaker_kind": "person", "anchor": "nothing like this", "date": None},
        ],
    }
    at = sentence.index
    statements = [
        {"article": "a1", "start": 1000 + at("taxes"), "end": 1000 + at(", and"), "canonical": "Ann Lee"},
        {"article": "a1", "start": 1000 + at("they"), "end": 1000 + len(sentence), "canonical": "Robert Ray"},
    ]
    rec = recall([sj], statements)
    assert rec.right.detail == {"found-right-speaker": 1, "found-name-unjudged": 1, "missed": 1}
    assert (rec.found.good, rec.found.judged) == (2, 3)
    assert rec.names == [(sj, 1, "Robert Ray")]


def test_shift_rate_and_keys() -> None:
    shift = {
        "later": {"article": "r2", "start": 5, "end": 9, "qhash": "b"},
        "earlier": {"article": "r1", "start": 1, "end": 4, "qhash": "a"},
    }
    assert shift_key(shift) == ("r2:5-9:b", "r1:1-4:a")
    rate = shift_rate(
        [shift, {**shift, "earlier": None}], {shift_key(shift): {"real": False, "why_not": "consistent"}}
    )
    assert (rate.good, rate.judged, rate.pending) == (0, 1, 1)


# ---- the judgement store ------------------------------------------------------------------------


def test_store_last_line_wins_and_comments_are_skipped(tmp_path: Path) -> None:
    rec = {"article": "a1", "start": 1, "end": 2, "qhash": "q", "speaker": "A"}
    judgements.append("statements", "tune", [rec, {**rec, "speaker": "B"}], labels=tmp_path)
    path = tmp_path / "tune" / "statements.jsonl"
    path.write_text("// a note\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    loaded = judgements.load("statements", "tune", labels=tmp_path)
    assert list(loaded.values()) == [{**rec, "speaker": "B"}]
    assert judgements.parse_key_text(judgements.key_text(("a1", 1, 2, "q"))) == ("a1", 1, 2, "q")


def test_merge_files_short_form_judgements(tmp_path: Path) -> None:
    labels = tmp_path / "labels"
    desk = tmp_path / "desks" / "tune-politics"
    desk.mkdir(parents=True)
    body = 'Mr Blair said on Monday: "We will win."'
    (desk / "a1.md").write_text(
        f'---\ntitle: "T"\ndate: 2005-03-09\nid: "a1"\n---\n{body}\n', encoding="utf-8"
    )
    start = 3 + body.index('"We')
    item = {
        "id": "t1",
        "type": "statement",
        "desk": "tune-politics",
        "key": {"article": "a1", "start": start, "end": start + 14, "qhash": "q"},
        "build": {"actor": "Blair"},
    }
    actor = {
        "id": "t2",
        "type": "actor",
        "desk": "tune-politics",
        "key": {"desk": "tune-politics", "name": "Blair", "kind": "person"},
        "actor": {"names": ["Blair"], "kind": "person"},
    }
    (tmp_path / "to-judge").mkdir()
    (tmp_path / "to-judge" / "tune.jsonl").write_text(
        json.dumps(item) + "\n" + json.dumps(actor) + "\n", encoding="utf-8"
    )
    filled = tmp_path / "filled.jsonl"
    filled.write_text(
        '{"id": "t1", "s": 1, "sp": "Tony Blair", "sk": "person", "a": "ok", "dt": "2005-03-07"}\n'
        '{"id": "t2", "u": 0, "v": "duplicate", "d": "Tony Blair"}\n',
        encoding="utf-8",
    )
    assert judge.merge(filled, "tune", "tester", tmp_path, labels) == {"statements": 1, "actors": 1}
    st = next(iter(judgements.load("statements", "tune", labels).values()))
    assert (st["speaker"], st["accept"], st["date"], st["by"]) == (
        "Tony Blair",
        ["Blair"],
        "2005-03-07",
        "tester",
    )
    assert "⟦" in st["context"] and len(st["context"]) <= 400
    act = next(iter(judgements.load("actors", "tune", labels).values()))
    assert (act["usable"], act["verdict"], act["duplicate_of"]) == (False, "duplicate", "Tony Blair")
    assert judge.compact("tune", labels) == {"statements": 1, "actors": 1}


# ---- the real tune split (slow; needs ../shared) ------------------------------------------------


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "corpora").is_dir(), reason="../shared/corpora is absent")
def test_scorer_runs_on_the_tune_split() -> None:
    from tests.eval.desks import WORK
    from tests.eval.score import run

    scores, text = run("tune", ("politics", "reuters"), WORK)
    assert [s.label for s in scores] == ["tune-politics", "tune-reuters"]
    for s in scores:
        assert s.usable.judged + s.usable.pending == 75
        assert s.top30.judged + s.top30.pending == 30
        assert s.strict.judged + s.strict.pending == 75
    assert "usable actors" in text and "shift markers" in text and "target" in text


def test_a_false_merge_verdict_goes_stale_when_the_merged_names_are_gone() -> None:
    from tests.eval.scoring import actor_key, actor_outcome

    j = {"verdict": "false_merge", "usable": False, "names": ["Richard Lyng", "an unnamed aide to Lyng"]}
    judged = {actor_key("d", "Richard Lyng", "person"): j}
    still = {"name": "Richard Lyng", "kind": "person", "names": ["Richard Lyng", "an unnamed aide to Lyng"]}
    fixed = {"name": "Richard Lyng", "kind": "person", "names": ["Richard Lyng"]}
    assert actor_outcome("d", still, judged, set()) == ("false_merge", False)
    assert actor_outcome("d", fixed, judged, set()) == ("stale-merge", None)
