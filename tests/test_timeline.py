"""Timeline: stance classes, merging one statement across outlets, shifts, order and date filters."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from newsdesk.index.language.stance import classify_stance
from newsdesk.index.model import Statement
from newsdesk.index.timeline import Shift, build_timeline, topic_phrases, topic_terms

D = dt.date
MONDAY = D(2025, 8, 18)


@dataclass(frozen=True, slots=True)
class Rec:
    """Stands in for newsdesk.index.desk.StoredStatement."""

    statement: Statement
    key: str
    path: str
    title: str
    source: str | None
    article_date: dt.date | None


def rec(
    quote: str,
    *,
    actor: str = "Russia",
    date: dt.date | None = MONDAY,
    article_date: dt.date | None = None,
    source: str = "Reuters",
    key: str | None = None,
    cue: str = "said",
    lemma: str = "say",
    precision: str = "day",
    date_end: dt.date | None = None,
    start: int = 10,
    kind: str = "direct",
    actor_kind: str = "state",
    context: tuple[str, str] | None = None,
) -> Rec:
    key = key or f"{source.lower()}-{date}-{abs(hash(quote)) % 1000}.md"
    st = Statement(
        quote=quote, start=start, end=start + len(quote), kind=kind, cue=cue, cue_lemma=lemma,  # type: ignore[arg-type]
        speaker=actor, speaker_start=0, speaker_end=len(actor), actor=actor, actor_kind=actor_kind,  # type: ignore[arg-type]
        why="test", date=date, date_end=date_end, date_precision=precision if date else "none",  # type: ignore[arg-type]
        date_text="on Monday" if date else None, cue_context=context,
    )  # fmt: skip
    return Rec(st, key, key, f"Title of {key}", source, article_date if article_date is not None else date)


# --- stance ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cue", "lemma", "quote", "stance"),
    [
        ("said", "say", "We will never accept NATO troops in Ukraine", "rejects"),
        ("said", "say", "Moscow is open to a discussion of guarantees", "accepts"),
        ("said", "say", "The status of Crimea is not negotiable", "rejects"),
        ("said", "say", "Foreign intervention is absolutely unacceptable", "rejects"),
        ("said", "say", "We do not oppose the plan", "accepts"),
        ("said", "say", "We support the European plan", "supports"),
        ("said", "say", "These reports are false", "denies"),
        ("denied", "deny", "that it had sent troops", "denies"),
        ("rejected", "reject", "the prospect of NATO troops", "rejects"),
        ("did not rule out", "rule out", "a ceasefire", "accepts"),
        ("warned", "warn", "it would trigger a wider confrontation", "warns"),
        ("said", "say", "it would trigger a wider confrontation", "warns"),
        ("urged", "urge", "both sides to talk", "demands"),
        ("said", "say", "any guarantees must be subject to consensus", "demands"),
        ("pledged", "pledge", "more aid", "promises"),
        ("said", "say", "We’ll be involved from the standpoint of backup", "promises"),
        ("asked", "ask", "who will pay for it", "questions"),
        ("asked", "ask", "the government to relax the rule", "demands"),
        (
            "said",
            "say",
            "The board, not present, voted to reject the bid",
            "rejects",
        ),  # negation stops at a comma
        ("said", "say", "Prices fell after the failure to agree on quotas", "rejects"),
        ("said", "say", "I don't think a tax increase is a very good idea", "rejects"),
        ("said", "say", "Who will pay for it?", "questions"),
        ("declined to comment", "decline", "", "declines"),
        ("said", "say", "The ministry declined to comment on the report", "declines"),
        ("said", "say", "Prices rose by two percent", "asserts"),
    ],
)
def test_stance_table(cue: str, lemma: str, quote: str, stance: str) -> None:
    assert classify_stance(cue, lemma, quote)[0] == stance


def test_stance_says_why() -> None:
    assert classify_stance("said", "say", "We will never accept it") == ("rejects", 'negated "accept"')
    assert classify_stance("warned", "warn", "x") == ("warns", 'cue "warned"')


def test_topics() -> None:
    quote = "We will never accept NATO troops being deployed in Ukraine, under any circumstances"
    assert topic_phrases(quote) == ("accept NATO troops", "Ukraine", "circumstances")
    assert topic_terms("NATO troops in Ukraine") == frozenset({"nato", "troop", "ukraine"})


# --- merging across outlets --------------------------------------------------------------------------

QUOTE = "Any deployment of NATO troops in Ukraine is absolutely unacceptable to us"


def test_same_statement_from_several_outlets_is_one_entry() -> None:
    records = [
        rec(QUOTE, source="BBC News", article_date=D(2025, 8, 19), key="bbc.md"),
        rec(QUOTE, source="Reuters", article_date=D(2025, 8, 18), key="reuters.md"),
        rec(QUOTE + " and to our allies", source="TASS", article_date=D(2025, 8, 20), key="tass.md"),
        rec(
            "Any deployment of NATO troops in Ukraine is unacceptable to us",
            source="AP",
            article_date=D(2025, 8, 21),
            key="ap.md",
        ),
    ]
    [entry] = build_timeline(records)
    assert [s[3] for s in entry.sources] == ["reuters.md", "bbc.md", "tass.md", "ap.md"]
    assert entry.first_reported == ("Reuters", D(2025, 8, 18))
    assert (entry.key, entry.source, entry.quote) == ("reuters.md", "Reuters", QUOTE)
    assert entry.sources[1] == ("BBC News", D(2025, 8, 19), "bbc.md", "bbc.md")
    assert entry.stance == "rejects"


def test_not_merged_across_actors_or_beyond_four_days_or_when_different() -> None:
    records = [
        rec(QUOTE, date=D(2025, 8, 1)),
        rec(QUOTE, date=D(2025, 8, 5)),  # 4 days: same statement
        rec(QUOTE, date=D(2025, 8, 6)),  # 5 days after the first report: said again
        rec(QUOTE, actor="Belarus", date=D(2025, 8, 1)),
        rec("Any deployment of NATO troops in Poland would be welcome", date=D(2025, 8, 1)),
        rec("short one", date=D(2025, 8, 1), key="a.md"),
        rec("short one", date=D(2025, 8, 1), key="b.md"),  # identical short quotes do merge
        rec("one", date=D(2025, 8, 1), key="c.md"),  # contained, but too short to count
    ]
    entries = build_timeline(records)
    assert sorted((e.actor, e.date, len(e.sources), e.quote[:12]) for e in entries) == [
        ("Belarus", D(2025, 8, 1), 1, "Any deployme"),
        ("Russia", D(2025, 8, 1), 1, "Any deployme"),
        ("Russia", D(2025, 8, 1), 1, "one"),
        ("Russia", D(2025, 8, 1), 2, "Any deployme"),
        ("Russia", D(2025, 8, 1), 2, "short one"),
        ("Russia", D(2025, 8, 6), 1, "Any deployme"),
    ]


def test_undated_records_merge_only_with_undated_ones() -> None:
    entries = build_timeline(
        [rec(QUOTE, date=None, key="u1"), rec(QUOTE, date=None, key="u2"), rec(QUOTE, key="d")]
    )
    assert [(e.date, len(e.sources)) for e in entries] == [(D(2025, 8, 18), 1), (None, 2)]


def test_entry_takes_the_most_precise_date_among_its_sources() -> None:
    records = [
        rec(QUOTE, date=D(2025, 8, 19), precision="article", key="first.md", article_date=D(2025, 8, 19)),
        rec(QUOTE, date=D(2025, 8, 18), key="second.md", article_date=D(2025, 8, 20)),
    ]
    [entry] = build_timeline(records)
    assert (entry.date, entry.date_precision, entry.key) == (D(2025, 8, 18), "day", "first.md")


def test_canonical_names_merge_actors() -> None:
    records = [rec(QUOTE, actor="Moscow", key="a"), rec(QUOTE, actor="Russia", key="b")]
    [entry] = build_timeline(records, canonical=lambda n: "Russia" if n in ("Moscow", "Russia") else None)
    assert (entry.actor, len(entry.sources)) == ("Russia", 2)


# --- order, filters ----------------------------------------------------------------------------------


def test_date_order_undated_last_and_filters() -> None:
    records = [
        rec("Prices will rise again next year", date=None, key="u"),
        rec("The harvest was the best in a decade", date=D(2025, 8, 20), key="c"),
        rec("Sanctions have failed to hurt the economy", date=D(2025, 8, 2), key="a"),
        rec(
            "Talks over the weekend went well for both",
            date=D(2025, 8, 16),
            date_end=D(2025, 8, 17),
            precision="weekend",
            key="b",
        ),
    ]
    assert [e.key for e in build_timeline(records)] == ["a", "b", "c", "u"]
    assert [e.key for e in build_timeline(records, since=D(2025, 8, 17))] == ["b", "c"]
    assert [e.key for e in build_timeline(records, until=D(2025, 8, 16))] == ["a", "b"]
    assert [e.key for e in build_timeline(records, since=D(2025, 8, 3), until=D(2025, 8, 19))] == ["b"]


def test_empty() -> None:
    assert build_timeline([]) == []


# --- shifts ------------------------------------------------------------------------------------------


def test_shift_from_never_to_open_to() -> None:
    never = rec("We will never accept NATO troops in Ukraine", date=D(2025, 3, 1), key="never.md")
    other = rec("The harvest in Ukraine was poor", date=D(2025, 4, 1), key="other.md")
    open_ = rec("We are open to discussing NATO troops in Ukraine", date=D(2025, 8, 18), key="open.md")
    entries = build_timeline([open_, other, never])
    assert [e.key for e in entries] == ["never.md", "other.md", "open.md"]
    assert entries[0].shift is None and entries[1].shift is None
    assert entries[2].shift == Shift(
        D(2025, 3, 1),
        "We will never accept NATO troops in Ukraine",
        "rejects",
        "never.md",
        "never.md",
        "rejects → accepts on nato, troop, ukraine",
        date_end=None,
        date_precision="day",
        date_text="on Monday",
        reported_on=D(2025, 3, 1),
        source="Reuters",
        title="Title of never.md",
        cue="said",
        start=10,
        end=10 + len("We will never accept NATO troops in Ukraine"),
        topic=("nato", "troop", "ukraine"),
    )
    assert (entries[0].stance, entries[0].negated, entries[0].modality) == ("rejects", True, "will")


def test_no_shift_without_a_flip_or_a_shared_topic_or_for_another_actor() -> None:
    entries = build_timeline([
        rec("We will never accept NATO troops in Ukraine", date=D(2025, 3, 1), key="1"),
        rec("We reject any NATO troops in Ukraine", date=D(2025, 4, 1), key="2"),  # same side
        rec("We support the grain deal with Turkey", date=D(2025, 5, 1), key="3"),  # other topic
        rec("We are open to NATO troops in Ukraine", actor="Belarus", date=D(2025, 6, 1), key="4"),  # other actor
    ])  # fmt: skip
    assert [e.shift for e in entries] == [None, None, None, None]


def test_only_the_latest_position_on_a_topic_counts() -> None:
    entries = build_timeline([
        rec("We will never accept NATO troops in Ukraine", date=D(2025, 3, 1), key="1"),
        rec("We are open to NATO troops in Ukraine", date=D(2025, 4, 1), key="2"),
        rec("We accept NATO troops in Ukraine as a guarantee", date=D(2025, 5, 1), key="3"),
        rec("NATO troops in Ukraine are unacceptable", date=D(2025, 6, 1), key="4"),
    ])  # fmt: skip
    assert [e.shift.key if e.shift else None for e in entries] == [None, "1", None, "3"]


def test_same_day_entries_are_compared_with_earlier_days_only() -> None:
    entries = build_timeline([
        rec("We will never accept NATO troops in Ukraine", date=D(2025, 3, 1), key="1"),
        rec("We are open to NATO troops in Ukraine", date=D(2025, 4, 1), key="2"),
        rec("We accept NATO troops in Ukraine as a guarantee", date=D(2025, 4, 1), key="3"),
    ])  # fmt: skip
    assert [e.shift.key if e.shift else None for e in entries] == [None, "1", "1"]


def test_collective_and_unnamed_sources_have_no_shifts() -> None:
    for actor, kind in (("officials", "unnamed"), ("U.S. officials", "person"), ("Trade sources", "organisation"),
                        ("the company", "organisation"), ("Acme Corp", "unnamed")):  # fmt: skip
        entries = build_timeline([
            rec("We will never accept NATO troops in Ukraine", actor=actor, actor_kind=kind, date=D(2025, 3, 1)),
            rec("We are open to NATO troops in Ukraine", actor=actor, actor_kind=kind, date=D(2025, 4, 1)),
        ])  # fmt: skip
        assert [e.shift for e in entries] == [None, None], actor


def test_a_copy_of_the_same_words_is_no_shift() -> None:
    long_ = "Those who supported us can be sure Mexico will stay open. Those few who denied their duty turned away"
    entries = build_timeline([
        rec(long_, actor="Gustavo Petricioli", date=D(1987, 3, 20), key="1"),
        rec("Those who supported us can be sure Mexico will stay open", actor="Gustavo Petricioli",
            date=D(1987, 3, 26), key="2"),
    ])  # fmt: skip
    assert [e.shift for e in entries] == [None, None]


def test_the_same_words_with_a_negation_removed_are_a_shift() -> None:
    entries = build_timeline([
        rec("We will not accept NATO troops in Ukraine under this plan", date=D(2025, 3, 1), key="1"),
        rec("We will accept NATO troops in Ukraine under this plan", date=D(2025, 4, 1), key="2"),
    ])  # fmt: skip
    assert [e.shift.key if e.shift else None for e in entries] == [None, "1"]


def test_reiterations_and_hedges_are_no_shift() -> None:
    never = rec("We will never accept NATO troops in Ukraine", date=D(2025, 3, 1), key="1")
    for later in (
        rec("We accept NATO troops in Ukraine", cue="reiterated", lemma="reiterate", date=D(2025, 4, 1)),
        rec("We accept NATO troops in Ukraine", context=("Russia has previously", ""), date=D(2025, 4, 1)),
        rec("We could accept NATO troops in Ukraine", date=D(2025, 4, 1)),
        rec("We would accept NATO troops in Ukraine if the war ended", date=D(2025, 4, 1)),
        rec("We accept NATO troops in Ukraine", precision="before", date=D(2025, 4, 1)),
    ):
        assert [e.shift for e in build_timeline([never, later])] == [None, None], later.statement.quote


def test_a_denial_is_undone_by_an_admission_not_by_an_agreement() -> None:
    denied = rec(
        "that it had reduced the flow of the Sarn river",
        actor="Sarnhold Energy",
        kind="indirect",
        cue="denied",
        lemma="deny",
        actor_kind="organisation",
        date=D(2025, 9, 5),
        key="1",
    )
    admitted = rec(
        "that it had reduced the flow of the Sarn river since August",
        actor="Sarnhold Energy",
        kind="indirect",
        cue="admitted",
        lemma="admit",
        actor_kind="organisation",
        date=D(2025, 9, 24),
        key="2",
    )
    agreed = rec("it agreed to cut the flow of the Sarn river", actor="Sarnhold Energy", kind="indirect",
                 actor_kind="organisation", date=D(2025, 9, 24), key="3")  # fmt: skip
    assert [e.shift.key if e.shift else None for e in build_timeline([denied, admitted])] == [None, "1"]
    assert [e.shift for e in build_timeline([denied, agreed])] == [None, None]


def test_someone_elses_position_is_no_stance_of_the_speaker() -> None:
    entries = build_timeline([
        rec("Britain and West Germany opposed the oils tax", actor="Clayton Yeutter", kind="indirect",
            actor_kind="person", date=D(1987, 3, 1)),
        rec("he supports the oils tax and West Germany", actor="Clayton Yeutter", kind="indirect",
            actor_kind="person", date=D(1987, 4, 1)),
    ])  # fmt: skip
    assert [(e.stance, e.shift) for e in entries] == [("asserts", None), ("supports", None)]
    assert entries[0].stance_why == 'reports another\'s "opposed"'


def test_canonical_names_let_a_capital_hold_its_states_position() -> None:
    records = [rec("Moscow will never accept NATO troops in Ukraine", date=D(2025, 3, 1))]
    assert build_timeline(records)[0].stance == "asserts"
    canonical = {"Moscow": "Russia", "Russia": "Russia"}.get
    assert build_timeline(records, canonical=canonical)[0].stance == "rejects"


def test_entry_json_and_line_show_said_on_reported_on_and_the_evidence() -> None:
    from newsdesk.tui.commands.timeline import entry_json, entry_line

    never = rec(
        "We will never accept NATO troops in Ukraine",
        date=D(2025, 3, 1),
        article_date=D(2025, 3, 3),
        key="never.md",
        source="TASS",
    )
    open_ = rec(
        "We are open to NATO troops in Ukraine",
        date=D(2025, 8, 20),
        precision="article",
        source="Reuters",
        key="open.md",
    )
    older = rec("We accept talks", date=D(2025, 8, 20), precision="before", key="older.md")  # fmt: skip
    entries = {e.key: e for e in build_timeline([never, open_, older])}
    first, second, third = entries["never.md"], entries["open.md"], entries["older.md"]
    row = entry_json(second)
    assert (row["said_on"], row["said_before"], row["reported_on"], row["date_precision"]) == (
        None, None, "2025-08-20", "article",
    )  # fmt: skip
    assert row["shift"]["earlier"] == {
        "said_on": "2025-03-01", "said_on_end": None, "said_on_text": "on Monday", "said_before": None,
        "reported_on": "2025-03-03", "source": "TASS", "title": "Title of never.md", "path": "never.md",
        "key": "never.md", "start": 10, "end": 53, "cue": "said",
        "quote": "We will never accept NATO troops in Ukraine", "stance": "rejects",
    }  # fmt: skip
    assert row["shift"]["later"]["quote"] == "We are open to NATO troops in Ukraine"
    assert row["shift"]["later"]["reported_on"] == "2025-08-20"
    assert row["shift"]["topic"] == ["nato", "troop", "ukraine"]
    first_row = entry_json(first)
    assert (first_row["said_on"], first_row["reported_on"], first_row["negated"], first_row["modality"]) == (
        "2025-03-01", "2025-03-03", True, "will",
    )  # fmt: skip
    assert (entry_json(third)["said_on"], entry_json(third)["said_before"]) == (None, "2025-08-20")
    assert entry_line(first).startswith("said 2025-03-01, reported 2025-03-03 — rejects (negated, will) — ")
    assert entry_line(third).startswith("said before 2025-08-20 — accepts — ")
    lines = entry_line(second).splitlines()
    assert lines[0].startswith("reported 2025-08-20 — accepts — “We are open to NATO troops in Ukraine”")
    assert lines[1:] == [
        "  ⇄ shift from 2025-03-01 (rejects → accepts on nato, troop, ukraine)",
        "    earlier: said 2025-03-01, reported 2025-03-03 — TASS — rejects — “We will never accept NATO troops in Ukraine”",
        "    later:   reported 2025-08-20 — Reuters — accepts — “We are open to NATO troops in Ukraine”",
    ]


# --- the command, on the bundled sample desk ---------------------------------------------------------

SAMPLE = Path(__file__).resolve().parents[1] / "sample_articles"


@pytest.fixture(scope="module")
def sample_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from newsdesk.index.desk import Desk

    data = tmp_path_factory.mktemp("sample-data")
    desk = Desk(SAMPLE, data)
    desk.index()
    desk.close()
    return data


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    from newsdesk.tui.cli import main

    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_command_json_lines_in_date_order(sample_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(
        ["timeline", "varga", "--desk", str(SAMPLE), "--data", str(sample_data), "--json"], capsys
    )
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows and {r["actor"] for r in rows} == {"Ilse Varga"}
    dated = [r["date"] for r in rows if r["date"]]
    assert dated == sorted(dated) and all(r["date"] for r in rows[: len(dated)])
    assert set(rows[0]) >= {"actor", "date", "date_precision", "date_text", "quote", "kind", "cue", "stance",
                            "topics", "path", "title", "source", "sources", "shift"}  # fmt: skip
    shifts = [r for r in rows if r["shift"]]
    assert shifts, "the sample desk's Varga turns from 'not negotiable' to 'ready to discuss'"
    assert all(r["shift"]["date"] < r["date"] for r in shifts)
    assert {(r["shift"]["stance"], r["stance"]) for r in shifts} <= {
        ("rejects", "accepts"), ("rejects", "supports"), ("denies", "accepts"), ("accepts", "rejects"),
        ("supports", "rejects"), ("denies", "supports"), ("accepts", "denies"), ("supports", "denies"),
    }  # fmt: skip


def test_command_since_until_and_readable_output(
    sample_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["timeline", "Ilse Varga", "--desk", str(SAMPLE), "--data", str(sample_data)]
    code, out, _ = _run([*base, "--since", "2025-10-01", "--until", "2025-10-31", "--json"], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and rows
    assert all((r["date_end"] or r["date"]) >= "2025-10-01" and r["date"] <= "2025-10-31" for r in rows)
    code, out, _ = _run([*base, "--since", "2025-10-01"], capsys)
    assert code == 0 and " — " in out and "⇄ shift from 2025-09-" in out


def test_command_unknown_actor_and_bad_input(sample_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--desk", str(SAMPLE), "--data", str(sample_data)]
    code, out, err = _run(["timeline", "Ilse Vargo", *base], capsys)
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and "no actor matches 'Ilse Vargo'" in err and "Ilse Varga" in err
    code, _, err = _run(["timeline", "Varga", "--since", "last week", *base], capsys)
    assert code == 2 and "--since" in err
    code, _, err = _run(
        ["timeline", "Varga", "--since", "2025-10-02", "--until", "2025-10-01", *base], capsys
    )
    assert code == 2


def test_command_topic_filter(sample_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["timeline", "Varga", "--desk", str(SAMPLE), "--data", str(sample_data), "--json"]
    _, out_all, _ = _run(base, capsys)
    code, out, _ = _run([*base, "--topic", "negotiable"], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and 0 < len(rows) < len(out_all.splitlines())
    assert all("negotia" in r["quote"].lower() for r in rows)  # the quote field is stemmed


def test_seed_timeline_end_to_end() -> None:
    seed = Path(__file__).resolve().parents[1].parent / "shared" / "seeds" / "nato-ukraine-ft-report.txt"
    if not seed.is_file():
        pytest.skip(f"{seed} is not here (the shared folder is absent)")
    from newsdesk.index.language.dates import date_statements
    from newsdesk.index.language.quotes import extract_statements
    from newsdesk.index.model import Article

    title, _, body = seed.read_text(encoding="utf-8").partition("\n")
    article = Article(
        key="seed",
        path="seed.txt",
        title=title.strip(),
        body=body.strip("\n"),
        date=D(2025, 8, 20),
        source="FT",
    )
    statements = date_statements(article, extract_statements(article))
    records = [Rec(st, "seed", "seed.txt", article.title, "FT", article.date) for st in statements]
    entries = build_timeline(records)
    assert [e.date for e in entries] == sorted(e.date for e in entries if e.date)  # all dated, in order
    trump = [e for e in entries if "Trump" in e.actor]
    lavrov = [e for e in entries if "Lavrov" in e.actor and "consensus" in e.quote]
    assert trump, "the quote extractor finds Trump's statements in the seed"
    assert lavrov, "the quote extractor finds Lavrov's 'consensus' statement in the seed"
    assert {e.date for e in trump} == {D(2025, 8, 18)}
    assert [(e.date, e.date_end, e.date_precision) for e in lavrov] == [
        (D(2025, 8, 16), D(2025, 8, 17), "weekend")
    ]
    assert entries.index(lavrov[0]) < entries.index(trump[0])  # the weekend came before Monday
    assert all(e.first_reported == ("FT", D(2025, 8, 20)) for e in entries)
