"""Quote extraction on short texts: exact quotes, kinds, cues, speakers and actors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsdesk.index.actors.corrections import ActorSpec, Corrections
from newsdesk.index.actors.gazetteer import load_gazetteer
from newsdesk.index.actors.names import entity_slug
from newsdesk.index.language.quotes import extract_statements
from newsdesk.index.model import Article, Statement

ROOT = Path(__file__).resolve().parents[1]


def run(body: str, title: str = "", **extra: str) -> list[Statement]:
    return extract_statements(Article(key="k", path="k.txt", title=title, body=body, extra=dict(extra)))


def one(body: str, title: str = "") -> Statement:
    found = run(body, title)
    assert len(found) == 1, found
    return found[0]


def test_direct_quote_with_attribution_after() -> None:
    st = one('"We will help them," said Sergey Lavrov, the Russian foreign minister.')
    assert (st.quote, st.kind, st.cue, st.cue_lemma) == ('"We will help them,"', "direct", "said", "say")
    assert (st.speaker, st.actor, st.actor_kind) == ("Sergey Lavrov", "Sergey Lavrov", "person")
    assert (st.role, st.affiliation) == ("the Russian foreign minister", "Russia")
    assert (st.start, st.end, st.speaker_start, st.speaker_end) == (0, 20, 26, 39)


def test_curly_quotes_and_offsets_point_into_article_text() -> None:
    article = Article(key="k", path="k", title="Talks", body="“We are ready,” Varga told reporters.")
    st = extract_statements(article)[0]
    assert article.text[st.start : st.end] == "“We are ready,”"
    assert article.text[st.speaker_start : st.speaker_end] == "Varga"
    assert st.start == article.body_offset


def test_guillemets() -> None:
    st = one("«Nous sommes prêts,» said Emmanuel Macron.")
    assert (st.quote, st.actor) == ("«Nous sommes prêts,»", "Emmanuel Macron")


def test_attribution_before_after_a_colon_with_several_sentences() -> None:
    st = one('Trump said: "We will build a wall. Mexico will pay for it."')
    assert (st.quote, st.kind, st.speaker) == (
        '"We will build a wall. Mexico will pay for it."',
        "direct",
        "Trump",
    )


def test_nested_single_quotes_stay_inside() -> None:
    st = one("\"It was a 'disaster' for all of us,\" she said.")
    assert st.quote == "\"It was a 'disaster' for all of us,\""
    assert (st.speaker, st.actor) == ("she", None)


def test_split_quote_is_one_statement_with_fragments() -> None:
    st = one('"We are ready," Varga said. "But we will not wait forever."')
    assert st.fragments == ('"We are ready,"', '"But we will not wait forever."')
    assert st.quote == '"We are ready," … "But we will not wait forever."'
    assert st.spans == ((0, 15), (28, 59))
    assert (st.start, st.end) == (0, 59)


def test_attribution_in_the_middle() -> None:
    st = one('"That," he added, "promises to make life harder."')
    assert st.fragments == ('"That,"', '"promises to make life harder."')
    assert st.cue == "added"


def test_quote_running_over_paragraphs() -> None:
    body = '"This is the first paragraph and it goes on.\n\n"This is the second paragraph," Churchill said.'
    st = one(body)
    assert st.quote == body[: body.index(',"') + 2]
    assert st.actor == "Churchill"


def test_mixed_partial_quotes_in_reported_speech() -> None:
    found = run(
        "Russian Foreign Minister Sergey Lavrov reiterated the position over the weekend, saying any "
        'guarantees "must be subject to consensus" and declaring intervention "absolutely unacceptable".'
    )
    mixed = [s for s in found if s.kind == "mixed"]
    assert [(s.quote, s.cue, s.actor) for s in mixed] == [
        ('any guarantees "must be subject to consensus"', "saying", "Sergey Lavrov"),
        ('intervention "absolutely unacceptable"', "declaring", "Sergey Lavrov"),
    ]
    assert mixed[0].speaker == "Russian Foreign Minister Sergey Lavrov"
    assert (mixed[0].role, mixed[0].affiliation) == ("Russian Foreign Minister", "Russia")


def test_indirect_said_that_and_told() -> None:
    st = one("On Monday, President Donald Trump told reporters that Washington had not yet decided.")
    assert (st.quote, st.kind, st.cue, st.cue_lemma) == (
        "that Washington had not yet decided",
        "indirect",
        "told",
        "tell",
    )
    assert (st.speaker, st.actor, st.role) == ("President Donald Trump", "Donald Trump", "President")


def test_indirect_verbs_without_that() -> None:
    for verb in ("warned", "insisted", "acknowledged"):
        st = one(f"The minister {verb} the plan would fail.")
        assert (st.quote, st.cue, st.speaker, st.actor) == (
            "the plan would fail",
            verb,
            "The minister",
            "the minister",
        )


def test_reported_clause_before_its_attribution() -> None:
    st = one("The talks will resume next week, the spokesman said.")
    assert (st.quote, st.kind, st.speaker) == ("The talks will resume next week", "indirect", "the spokesman")
    st = one("The talks will resume next week, said a senior official.")
    assert (st.quote, st.speaker, st.actor, st.actor_kind) == (
        "The talks will resume next week",
        "a senior official",
        "a senior official",
        "unnamed",
    )


def test_according_to_before_and_after() -> None:
    st = one("According to the Kremlin, the talks were useful.")
    assert (st.quote, st.cue, st.cue_lemma, st.actor, st.actor_kind) == (
        "the talks were useful",
        "According to",
        "according to",
        "Russia",
        "state",
    )
    st = one("The talks were useful, according to a senior official.")
    assert (st.quote, st.actor, st.actor_kind) == ("The talks were useful", "a senior official", "unnamed")


def test_participle_hangs_from_the_subject() -> None:
    found = run('The Pentagon declined to confirm the report, stating the proposals remain "pre-decisional".')
    assert [(s.quote, s.cue, s.actor, s.kind) for s in found] == [
        ("to confirm the report", "declined", "the Pentagon", "indirect"),
        ('the proposals remain "pre-decisional"', "stating", "the Pentagon", "mixed"),
    ]
    assert found[1].actor_kind == "organisation" and found[1].affiliation == "United States"


def test_rejected_and_denied_with_metonyms() -> None:
    found = run(
        "Moscow has consistently rejected the prospect of troops in Ukraine. The White House denied the report."
    )
    assert [(s.quote, s.cue, s.speaker, s.actor, s.actor_kind) for s in found] == [
        ("the prospect of troops in Ukraine", "rejected", "Moscow", "Russia", "state"),
        ("the report", "denied", "The White House", "United States", "state"),
    ]


def test_metonyms_for_capitals() -> None:
    cases = {
        "Kyiv": "Ukraine",
        "Kiev": "Ukraine",
        "Beijing": "China",
        "London": "United Kingdom",
        "Paris": "France",
        "The Elysee": "France",
        "Berlin": "Germany",
        "Brussels": "European Union",
        "Washington": "United States",
        "The Kremlin": "Russia",
    }
    for place, state in cases.items():
        st = one(f"{place} said the offer was unacceptable.")
        assert (st.speaker, st.actor) == (place, state), place


def test_headline_outlet_prefix() -> None:
    found = run("Body text without quotes.", title="FT: US Signals Willingness to Back Deployment")
    assert [(s.quote, s.cue, s.speaker, s.actor, s.actor_kind, s.start) for s in found] == [
        ("US Signals Willingness to Back Deployment", ":", "FT", "Financial Times", "outlet", 4)
    ]


def test_headline_source_from_the_reader_names_the_outlet() -> None:
    found = run("Body.", title="Kremlin: talks will go on", headline_source_name="Kremlin Press Office")
    assert (found[0].actor, found[0].quote) == ("Kremlin Press Office", "talks will go on")


def test_scare_quotes_titles_and_nicknames_are_not_statements() -> None:
    assert run('The so-called "Gang of Eight" met on Monday.') == []
    assert run('She read "War and Peace" twice last year.') == []
    assert run('Fans call him "The Donald" at rallies.') == []


def test_appositive_gives_the_role() -> None:
    st = one("Dmitry Peskov, the Kremlin spokesman, said the talks were useful.")
    assert (st.speaker, st.actor, st.role, st.quote) == (
        "Dmitry Peskov, the Kremlin spokesman",
        "Dmitry Peskov",
        "the Kremlin spokesman",
        "the talks were useful",
    )


def test_pronoun_resolves_across_paragraphs_and_says_why() -> None:
    found = run('President Donald Trump spoke on Monday.\n\n"We will help them," he said.')
    assert (found[0].speaker, found[0].actor, found[0].role) == ("he", "Donald Trump", "President")
    assert found[0].why == 'cue "said" after quote; "he" -> Donald Trump, last named person'


def test_pronoun_gender_skips_the_wrong_person() -> None:
    found = run('Hillary Clinton met Donald Trump.\n\n"It went well," she said.')
    assert found[0].actor == "Hillary Clinton"


def test_pronoun_continues_a_sentence_opened_by_a_bare_surname() -> None:
    found = run(
        "Jens Stoltenberg met ministers in Brussels.\n\nStoltenberg was speaking after talks with "
        "Prime Minister Mark Rutte in The Hague. He said the alliance would stay united."
    )
    assert [(s.speaker, s.actor) for s in found] == [("He", "Jens Stoltenberg")]


def test_person_named_inside_someone_s_words_is_not_the_next_he() -> None:
    found = run(
        "Masayoshi Ito arrived in Tokyo on Tuesday.\n\nHe said Finance Minister Kiichi Miyazawa would "
        "visit Washington next month to meet bankers.\n\nHe added that the yen was stable."
    )
    assert [s.actor for s in found] == ["Masayoshi Ito", "Masayoshi Ito"]


def test_reported_clause_before_told_and_whom() -> None:
    found = run(
        "Prices would rise, Smith told reporters on Monday. Exports will fall, Jones told Reuters. "
        "Demand is weak, Brown told reporters earlier this month."
    )
    assert [(s.quote, s.actor, s.cue) for s in found] == [
        ("Prices would rise", "Smith", "told"),
        ("Exports will fall", "Jones", "told"),
        ("Demand is weak", "Brown", "told"),
    ]


@pytest.mark.parametrize(
    ("speaker", "actor", "kind"),
    [
        ("the Manila Bulletin", "Manila Bulletin", "outlet"),
        ("the official Times of Zambia", "Times of Zambia", "outlet"),
        ("The English-language South China Morning Post", "South China Morning Post", "outlet"),
        ("the Bahrain-based Gulf News Agency", "Gulf News Agency", "outlet"),
        ("Tass News Agency", "TASS", "outlet"),
        ("USA Today", "USA Today", "outlet"),
        ("Times Mirror Co", "Times Mirror Co", "organisation"),
        ("Canada Post", "Canada Post", "organisation"),
        ("News Corp", "News Corporation", "organisation"),
    ],
)
def test_publications_by_their_names(speaker: str, actor: str, kind: str) -> None:
    st = one(f"Output rose sharply last year, {speaker} said.")
    assert (st.actor, st.actor_kind) == (actor, kind)


def test_a_wire_dateline_is_nobody_s_subject() -> None:
    found = run(
        "WASHINGTON, March 17 - There will be no changes in farm policy this year, said Senate Minority "
        "leader Robert Dole (R-Kan).\n\nWASHINGTON, March 31 - Treasury Secretary James Baker, asked "
        "whether he was concerned about the decline in bond prices, said he was not.\n\nJune 18- The "
        "United States, responding to the kidnapping of a journalist, insisted it would not yield."
    )
    assert [(s.quote, s.actor) for s in found] == [
        ("There will be no changes in farm policy this year", "Robert Dole"),
        ("he was not", "James Baker"),
        ("it would not yield", "United States"),
    ]
    assert found[1].role == "Treasury Secretary"  # not "asked whether ...": what he was doing


def test_a_participle_clause_is_no_role() -> None:
    found = run("Treasury Secretary James Baker, speaking to reporters, said he was not worried.")
    assert [(s.actor, s.role) for s in found] == [("James Baker", "Treasury Secretary")]


def test_nominals_resolve_to_the_last_actor_with_that_role() -> None:
    found = run(
        "Dmitry Peskov, the Kremlin spokesman, said the talks were useful. "
        "The spokesman added that nothing was agreed."
    )
    assert [(s.speaker, s.actor) for s in found] == [
        ("Dmitry Peskov, the Kremlin spokesman", "Dmitry Peskov"),
        ("The spokesman", "Dmitry Peskov"),
    ]
    assert found[1].why.endswith('"The spokesman" -> Dmitry Peskov, last named spokesman')


def test_surname_joins_the_full_name_within_an_article() -> None:
    found = run('President Donald Trump arrived late. "We won," Trump said. "Yes," said Mr. Trump.')
    assert [(s.speaker, s.actor) for s in found] == [("Trump", "Donald Trump"), ("Mr. Trump", "Donald Trump")]


def test_unnamed_sources_are_their_own_actors() -> None:
    found = run(
        "Four sources briefed on the discussions said aid could include radar. "
        "EU officials privately acknowledged that any deployment would be conditional."
    )
    assert [(s.actor, s.actor_kind, s.affiliation) for s in found] == [
        ("four sources briefed on the discussions", "unnamed", None),
        ("EU officials", "unnamed", "European Union"),
    ]


def test_relative_who_speaks_for_its_noun_phrase() -> None:
    found = run(
        '"It is not normal," said John Weaver, who said executives fail to see "no secrets in politics."'
    )
    assert [(s.speaker, s.actor, s.kind) for s in found] == [
        ("John Weaver", "John Weaver", "direct"),
        ("who", "John Weaver", "mixed"),
    ]


def test_desk_corrections_extend_the_gazetteer() -> None:
    gz = load_gazetteer().extended(
        Corrections(
            metonyms={"Tolvik": "Kestrel Federation"},
            actors=(
                ActorSpec(
                    "Ilse Varga", "person", ("Varga", "Ms Varga"), ("Foreign Minister",), "Kestrel Federation"
                ),
            ),
            ignore=("Comments",),
        )
    )
    article = Article(
        key="k", path="k", title="", body="Tolvik said the border is closed. Varga said it would reopen."
    )
    found = extract_statements(article, gazetteer=gz)
    assert [(s.speaker, s.actor, s.actor_kind) for s in found] == [
        ("Tolvik", "Kestrel Federation", "state"),
        ("Varga", "Ilse Varga", "person"),
    ]
    assert found[1].affiliation == "Kestrel Federation"


def test_control_characters_and_markup_do_not_break_extraction() -> None:
    st = one('"[bold]We won[/bold]\x1b[31m," said Ana Petrov.')
    assert st.quote == '"[bold]We won[/bold]\x1b[31m,"'
    assert st.actor == "Ana Petrov"


def test_empty_and_quote_free_articles() -> None:
    assert run("") == []
    assert run("Oil prices rose sharply on Tuesday.") == []


def test_cli_json_lines(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text('Talks\n\n"We are ready," Varga told reporters.\n', encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\x00broken")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "newsdesk.tui.cli",
            "quotes",
            "--json",
            str(tmp_path / "a.txt"),
            str(tmp_path / "missing.txt"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(rows) == 1
    row = rows[0]
    assert set(row) == {
        "path",
        "quote",
        "start",
        "end",
        "kind",
        "cue",
        "cue_lemma",
        "speaker",
        "speaker_start",
        "speaker_end",
        "actor",
        "actor_kind",
        "role",
        "affiliation",
        "date",
        "why",
        "fragments",
    }
    assert (row["quote"], row["actor"], row["kind"], row["fragments"]) == (
        '"We are ready,"',
        "Varga",
        "direct",
        ['"We are ready,"'],
    )
    assert proc.stderr.count("\n") == 1 and "missing.txt" in proc.stderr


def test_cli_readable_listing(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text('Talks\n\n"We are ready," Varga told reporters.\n', encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "newsdesk.tui.cli", "quotes", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    assert 'Varga — told — direct — “"We are ready,"”' in proc.stdout


def test_question_and_attribution_stay_in_one_sentence() -> None:
    found = run("Chuck Todd asked about the tweet. “Did you know it was Mussolini?” Todd asked the mogul.")
    direct = [s for s in found if s.kind == "direct"]
    assert [(s.quote, s.speaker, s.actor) for s in direct] == [
        ("“Did you know it was Mussolini?”", "Todd", "Chuck Todd")
    ]


def test_new_clause_with_its_own_speaker_ends_the_content() -> None:
    found = run(
        'Cruz said he would make sand "glow in the dark," and Trump vowed to "bomb the hell" out of them.'
    )
    assert [(s.quote, s.actor) for s in found] == [
        ('he would make sand "glow in the dark,"', "Cruz"),
        ('to "bomb the hell" out of them', "Trump"),
    ]


def test_colon_hands_the_quotation_to_the_subject() -> None:
    st = one("Clinton’s response was: “Is Dalton Brody off Conn or Wisconsin?” Nobody knew.")
    assert (st.quote, st.cue, st.speaker, st.kind) == (
        "“Is Dalton Brody off Conn or Wisconsin?”",
        ":",
        "Clinton’s response",
        "direct",
    )


def test_quoted_words_in_any_predicate_are_the_subjects() -> None:
    st = one(
        "Rubio also bemoaned the climate in which people “literally hate each other” because they differ."
    )
    assert (st.quote, st.cue, st.actor, st.kind) == (
        "the climate in which people “literally hate each other” because they differ",
        "also bemoaned",
        "Rubio",
        "mixed",
    )


def test_asked_questions_and_passive_cues() -> None:
    found = run("Asked if her email practices were illegal, 46 percent of voters said yes.")
    # The answer is a statement too (PolNeAR annotates it): "yes" is short but not too short.
    assert [(s.quote, s.cue, s.speaker) for s in found] == [
        ("if her email practices were illegal", "asked", None),
        ("yes", "said", "46 percent of voters"),
    ]
    assert run("Sanders was asked about the case during an interview.") == []


def test_quotation_signed_below() -> None:
    found = run(
        'Quotable.\n\n"The idea needs to stop now, once and for all."\n\n-Michelle Marks, Philadelphia.'
    )
    assert [(s.quote, s.cue, s.actor) for s in found] == [
        ('"The idea needs to stop now, once and for all."', "-", "Michelle Marks")
    ]


def test_relative_pronoun_and_contractions_as_subjects() -> None:
    assert one("He’s predicted big wins in the races ahead.").speaker == "He"
    st = one("The Kremlin, which has denied the report, met on Monday.")
    assert (st.speaker, st.actor, st.quote) == ("which", "Russia", "the report")


def test_speaker_text_is_the_article_text_even_with_parentheticals() -> None:
    article = Article(
        key="k", path="k", title="", body="Rep. Gregory Meeks (D-N.Y.) said the party would unite."
    )
    st = extract_statements(article)[0]
    assert st.speaker == "Rep. Gregory Meeks"
    assert article.text[st.speaker_start : st.speaker_end] == st.speaker
    assert (st.actor, st.role) == ("Gregory Meeks", "Rep.")


def test_attribution_inside_the_reported_words() -> None:
    st = one("Riding alone in the park, they said, can be hazardous.")
    assert st.fragments == ("Riding alone in the park", "can be hazardous")
    assert (st.speaker, st.kind) == ("they", "indirect")


def test_they_and_it_resolve_to_groups_and_institutions() -> None:
    found = run(
        "EU officials said the deal was close. They added that talks would resume. "
        "The Pentagon declined to comment. It said the review was ongoing."
    )
    assert [(s.speaker, s.actor) for s in found] == [
        ("EU officials", "EU officials"),
        ("They", "EU officials"),
        ("It", "the Pentagon"),  # the refusal is no statement, but its speaker is who "it" continues
    ]
    assert found[2].why == 'cue "said" reported; "It" -> the Pentagon, last institution or state'


def test_titles_before_an_attribution_are_not_quoted_words() -> None:
    found = run("In his new book, ''Doomed to Succeed,'' Mr. Ross said the alliance would hold.")
    assert [(s.quote, s.kind, s.actor) for s in found] == [("the alliance would hold", "indirect", "Ross")]
    assert run("Chatwal was the founder of “Indian Americans for Hillary 2008.”") == []


def test_quotation_pairing_and_sentences() -> None:
    from newsdesk.index.language.quotemarks import pair_quotations, split_paragraphs, split_sentences

    text = "He said ''no,'' and “left.“ Then Mr. Smith of the U.S. spoke. “Why?” Todd asked."
    paras = split_paragraphs(text)
    quotes = pair_quotations(text, paras)
    assert [text[q.start : q.end] for q in quotes] == ["''no,''", "“left.“", "“Why?”"]
    assert [text[s:e] for s, e in split_sentences(text, 0, len(text), quotes)] == [
        "He said ''no,'' and “left.“",
        "Then Mr. Smith of the U.S. spoke.",
        "“Why?” Todd asked.",
    ]


def test_unclosed_quotation_runs_into_the_reopening_paragraph_only() -> None:
    from newsdesk.index.language.quotemarks import pair_quotations, split_paragraphs

    text = '"First part\n\n"second part," she said.\n\nA "stray mark here.'
    quotes = pair_quotations(text, split_paragraphs(text))
    assert [text[q.start : q.end] for q in quotes] == ['"First part\n\n"second part,"', '"stray mark here.']


def test_cli_desk_corrections_apply_and_a_broken_file_warns(tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "a.txt").write_text("Talks\n\nTolvik said the border would stay closed.\n", encoding="utf-8")
    (desk / "actors.yaml").write_text("metonyms: {Tolvik: Kestrel Federation}\n", encoding="utf-8")
    cmd = [
        sys.executable,
        "-m",
        "newsdesk.tui.cli",
        "quotes",
        "--json",
        "--desk",
        str(desk),
        str(desk / "a.txt"),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.splitlines()[0])["actor"] == "Kestrel Federation"
    (desk / "actors.yaml").write_text("actors: [unclosed\n", encoding="utf-8")
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0
    assert json.loads(proc.stdout.splitlines()[0])["actor"] == "Tolvik"
    assert proc.stderr.count("\n") == 1 and "actors.yaml" in proc.stderr and "invalid YAML" in proc.stderr


def test_decisions_adjectives_and_the_author_as_I() -> None:
    assert run("Biden declined to run in late 2015.") == []
    assert run("The Pentagon declined to comment on the report.") == []  # a refusal: no words given
    assert run("Clinton's lead of nearly 400 pledged delegates is triple the lead Obama had.") == []
    article = Article(
        key="k", path="k", title="", body="I argued that the plan would fail.", author="Ana Petrov"
    )
    st = extract_statements(article)[0]
    assert (st.speaker, st.actor, st.why) == (
        "I",
        "Ana Petrov",
        'cue "argued" reported; "I" -> Ana Petrov, the author',
    )


def test_groups_placed_by_a_preposition_and_common_nouns_at_a_sentence_start() -> None:
    st = one("Officials in Kyiv said the talks would resume.")
    assert (st.actor, st.actor_kind, st.affiliation) == ("officials in Kyiv", "unnamed", "Ukraine")
    found = run("Hauliers said the border was closed. Some hauliers waited for days.")
    assert [(s.actor, s.actor_kind) for s in found] == [("hauliers", "unnamed")]


def test_plural_groups_are_unnamed_actors() -> None:
    assert [(s.actor, s.actor_kind, s.affiliation) for s in run("Americans say the war is over.")] == [
        ("Americans", "unnamed", "United States")
    ]
    # A party's members speaking as one are the party (the gazetteer knows "Republicans").
    assert [(s.actor, s.actor_kind) for s in run("Republicans said the bill was dead.")] == [
        ("Republican Party", "organisation")
    ]


# Actor quality (round two): general rules, each on a short invented text.


def test_time_opener_and_honorific_are_neither_name_nor_role() -> None:
    st = one("On Tuesday Mr Reyl, the foreign minister, said the talks had failed.")
    assert (st.speaker, st.actor, st.role) == (
        "Mr Reyl, the foreign minister",
        "Reyl",
        "the foreign minister",
    )
    st = one("In September Dorn had said the crossings would stay closed.")
    assert (st.speaker, st.actor, st.role) == ("Dorn", "Dorn", None)
    st = one("Within hours Ms Varga said that the claim was false.")
    assert (st.speaker, st.actor, st.role) == ("Ms Varga", "Varga", None)


def test_leading_conjunction_is_not_part_of_the_role() -> None:
    st = one("And Kestrel Premier Edvin Hask said the river was theirs.")
    assert (st.actor, st.role) == ("Edvin Hask", "Kestrel Premier")


def test_relative_clause_is_cut_from_an_appositive_role() -> None:
    st = one("Morrow, a former trade commissioner who took office in January, said she would travel.")
    assert (st.actor, st.role) == ("Morrow", "a former trade commissioner")


def test_plural_agent_noun_at_sentence_start_is_a_group() -> None:
    st = one("Hauliers said some drivers had waited since Thursday.")
    assert (st.actor, st.actor_kind) == ("hauliers", "unnamed")
    # A surname ending in -ers stays a person.
    st = one("Sanders said the bill was dead.")
    assert (st.actor, st.actor_kind) == ("Sanders", "person")


def test_indefinite_placed_by_a_preposition_is_unnamed() -> None:
    st = one("Nobody will act until someone in Aldmoor suggests it first.")
    assert (st.speaker, st.actor, st.actor_kind, st.role) == (
        "someone in Aldmoor",
        "someone in Aldmoor",
        "unnamed",
        None,
    )
    st = one("Diplomats in Aldmoor said the terms had not changed.")
    assert (st.actor, st.actor_kind) == ("diplomats in Aldmoor", "unnamed")


def test_republic_of_is_a_state_and_a_bare_ministry_keeps_its_name() -> None:
    st = one("The Republic of Valdoria accused the Federation of theft.")
    assert (st.actor, st.actor_kind) == ("Republic of Valdoria", "state")
    st = one("The Kestrel Foreign Ministry said the talks were over.")
    assert (st.actor, st.actor_kind, st.role) == ("Kestrel Foreign Ministry", "organisation", None)
    st = one("Sarnhold Energy said the flow was normal.")
    assert (st.actor, st.actor_kind) == ("Sarnhold Energy", "organisation")


def test_result_participle_is_not_reported_content() -> None:
    st = one("Tolvik rejected a proposal to station monitors at the dam, dealing a blow to the talks.")
    assert st.quote == "a proposal to station monitors at the dam"


def test_member_states_is_a_noun_not_a_cue() -> None:
    assert run("The sanctions, which freeze assets in other member states, took effect.") == []


def test_she_prefers_the_speaker_over_a_person_named_in_her_sentence() -> None:
    found = run(
        "Secretary-General Haldis Morrow said the mission would be led by Lieutenant General Cato Brenner, "
        "a retired officer. She said it could begin work within days."
    )
    assert [(s.quote, s.actor, s.role) for s in found] == [
        (
            "the mission would be led by Lieutenant General Cato Brenner, a retired officer",
            "Haldis Morrow",
            "Secretary-General",
        ),
        ("it could begin work within days", "Haldis Morrow", "Secretary-General"),
    ]


def test_pronoun_gender_learned_from_role_noun_and_earlier_pronoun() -> None:
    # Unfamiliar given names, no Mr/Ms: "the spokeswoman" and an earlier "he" say who is who.
    found = run(
        "Ivo Brask said the gates were shut. Anka Bree, the spokeswoman, said they were open. "
        "He said that was wrong."
    )
    assert [s.actor for s in found] == ["Ivo Brask", "Anka Bree", "Ivo Brask"]
    found = run(
        "Anka Bree said the vote was close. Ivo Brask said it was not. He said the count was rigged. "
        "She said that was absurd."
    )
    assert [s.actor for s in found] == ["Anka Bree", "Ivo Brask", "Ivo Brask", "Anka Bree"]


def test_person_named_only_inside_a_quotation_is_no_antecedent() -> None:
    found = run('Anka Bree said: "We thank President Arno Vell." She said the count was fair.')
    assert [s.actor for s in found] == ["Anka Bree", "Anka Bree"]


def test_possessive_before_a_period_ends_the_sentence() -> None:
    st = one("Ministers now quote General Brenner's. Mr Brenner told them it was fine.")
    assert (st.speaker, st.actor, st.role) == ("Mr Brenner", "Brenner", None)


def test_quotation_inside_a_relative_clause_keeps_the_subject() -> None:
    found = run(
        'Sarnhold, which on Friday told us there had been "no reduction in the flow", has declined to comment.'
    )
    assert [(s.actor, s.quote) for s in found] == [
        ("Sarnhold", 'there had been "no reduction in the flow"'),
    ]


def test_article_after_a_time_phrase_stays_with_the_subject() -> None:
    st = one("On Thursday the foreign minister said the line was drawn.")
    assert (st.speaker, st.actor, st.actor_kind) == (
        "the foreign minister",
        "the foreign minister",
        "unnamed",
    )


def test_sentence_head_with_lower_case_aside_is_the_speaker() -> None:
    st = one('One driver, stuck for a day and a half, told the paper: "I have got pears."')
    assert (st.actor, st.actor_kind) == ("one driver", "unnamed")


def test_participle_hangs_from_the_appositive_name() -> None:
    st = one(
        "The Accord's secretary-general, Haldis Morrow, had proposed monitors, saying both sides needed a number."
    )
    assert (st.quote, st.actor, st.cue) == ("both sides needed a number", "Haldis Morrow", "saying")


def test_clock_time_ends_a_sentence_unless_a_day_follows() -> None:
    st = one("The polls close at 7 p.m. He says “it is interesting that so many are undecided.”")
    assert (st.speaker, st.kind) == ("He", "direct")
    st = one("The polls close at 7 p.m. Monday in Iowa, officials said.")
    assert (st.quote, st.actor) == ("The polls close at 7 p.m. Monday in Iowa", "officials")


def test_bare_verb_after_and_continues_the_reported_clause() -> None:
    st = one("Kasich says he’d sit Putin down and tell him “no more nonsense” if elected.")
    assert (st.quote, st.kind) == ("he’d sit Putin down and tell him “no more nonsense” if elected", "mixed")
    found = run("Trump said he would win and added that nobody could stop him.")
    assert [(s.quote, s.cue) for s in found] == [
        ("he would win", "said"),
        ("that nobody could stop him", "added"),
    ]


def test_answered_is_a_cue() -> None:
    st = one("He answered, “I have no idea.”")
    assert (st.quote, st.cue_lemma) == ("“I have no idea.”", "answer")


def test_dashes_around_an_appositive_work_as_commas() -> None:
    st = one("Jason Sims — a teacher from Mount Pleasant — says he made a decision.")
    assert (st.speaker, st.actor, st.role) == (
        "Jason Sims — a teacher from Mount Pleasant",
        "Jason Sims",
        "a teacher from Mount Pleasant",
    )


def test_lower_case_reopening_after_a_long_attribution_joins_the_statement() -> None:
    st = one(
        '"This used to be the back yard," said Raffa Pantu, director of security studies at a long-named '
        'institute in London, "but it is coming into the thrall."'
    )
    assert st.fragments == ('"This used to be the back yard,"', '"but it is coming into the thrall."')
    assert (st.actor, st.kind) == ("Raffa Pantu", "direct")


def test_possessive_title_name_is_an_antecedent_without_its_s() -> None:
    found = run("Mr Olo Reyl's government has been vindicated. He insisted that nothing had been decided.")
    assert [(s.speaker, s.actor) for s in found] == [("He", "Olo Reyl")]


def test_possessive_full_name_and_place_given_names_as_antecedents() -> None:
    found = run("Donald Trump's campaign was angry. He said the poll was wrong.")
    assert [(s.speaker, s.actor) for s in found] == [("He", "Donald Trump")]
    # "Virginia" is a state here, not a woman called Virginia Republicans.
    found = run("Virginia Republicans met on Monday. She said the vote was close.")
    assert [(s.speaker, s.actor) for s in found] == [("She", None)]


def test_subject_with_a_reporting_relative_clause_speaks_the_main_clause() -> None:
    found = run("Barkley, who said he typically votes Democratic, said one candidate he likes is Kasich.")
    assert [(s.quote, s.actor) for s in found] == [
        ("he typically votes Democratic", "Barkley"),
        ("one candidate he likes is Kasich", "Barkley"),
    ]


def test_saying_little_reports_nothing() -> None:
    st = one("Premier Edvin Hask, who has said little, said the river was theirs.")
    assert (st.quote, st.actor) == ("the river was theirs", "Edvin Hask")
    assert run("He said nothing about the plan.") == []
    assert one("He said little had changed.").quote == "little had changed"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month or an instrument's adjective before "reports"/"notes" makes the noun, not a cue
        (
            "U.S. February reports reflecting slim gains reinforced expectations that the Fed will hold, "
            "economists said.",
            [("economists", "indirect")],
        ),
        ("Boeing bought 700 mln dlrs of convertible notes due May 31, 1992 from Allegis.", []),
        # the month is when Bouygues spoke, not who
        ("Bouygues in February said it estimated profit at 480 mln francs.", [("Bouygues", "indirect")]),
    ],
)
def test_a_month_is_neither_a_cue_s_subject_nor_a_speaker(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(s.actor, s.kind) for s in run(text)] == expected


def test_a_relative_clause_without_its_closing_comma_speaks_for_the_name_before_it() -> None:
    found = run(
        "Coniston Partners, which holds about 13 pct of Allegis asked the department to assert its "
        "jurisdiction. Senator Smith, who chairs the committee said the bill was dead."
    )
    assert [(s.actor, s.actor_kind) for s in found] == [
        ("Coniston Partners", "organisation"),
        ("Smith", "person"),
    ]


def test_an_office_s_spokesman_is_that_office_s_and_the_spokesman_after_is_the_same() -> None:
    found = run(
        "A Labour Party spokesman said the party followed the rules. A spokesman for the Information "
        "Commissioner's Office said it would be classed as marketing. The spokesman said the area was grey."
    )
    assert [(s.actor, s.affiliation) for s in found][1:] == [
        ("a spokesman for the Information Commissioner's Office", "Information Commissioner's Office"),
        ("a spokesman for the Information Commissioner's Office", "Information Commissioner's Office"),
    ]


def test_asking_not_to_be_named_is_no_statement_and_a_phrase_placed_in_a_state_is_not_the_state() -> None:
    found = run(
        "A close aide to Nakasone, who asked not to be identified, said the plan would pass. Household gun "
        "ownership rates within the United States are linked to suicide, Professor Michael Siegel said."
    )
    assert [(s.quote[:20], s.actor) for s in found] == [
        ("the plan would pass", "a close aide to Nakasone"),
        ("Household gun owners", "Michael Siegel"),
    ]


def test_he_after_a_speaker_is_the_speaker_not_someone_he_named() -> None:
    found = run(
        "U.S. Defence Secretary Caspar Weinberger said Japan would help. But he said he was encouraged by "
        "Prime Minister Yasuhiro Nakasone's assurances that action would be taken.\n\nWeinberger gave no "
        "details of the program.\n\nIn his talks with the defence minister, he said, he made a pitch for "
        'American companies.\n\n"I assured the minister that I support his plans," he said.'
    )
    assert [s.actor for s in found] == ["Caspar Weinberger"] * 4


def test_firms_written_with_partners_and_after_an_and() -> None:
    found = run(
        "Guilford Mills Inc is raising 75 mln dlrs via an offering, said sole manager Bear, Stearns and Co.\n\n"
        "Investor Asher Edelman and Dominion Textiles Inc of Canada bought a stake. A spokesman for "
        "Montreal-based Dominion called the report rumors. Dominion has said that it was looking for a "
        "takeover in the U.S."
    )
    assert [(s.actor, s.actor_kind) for s in found if "Dominion" in s.speaker or "Bear" in s.speaker] == [
        ("Bear, Stearns and Co", "organisation"),
        ("Dominion Textiles Inc", "organisation"),
    ]


def test_the_company_and_it_are_the_whole_company_not_the_part_after_its_and() -> None:
    found = run(
        "CAROLINA POWER <CPL> CANCELS UNIT\n\nCarolina Power and Light Co said its board has decided to cancel "
        "the unit. The company said the unit was only one pct complete. It said it will retain the site.\n\n"
        "McAndrews and Forbes Holdings Inc said it will offer 18.50 dlrs per share. McAndrews and Forbes said "
        "it informed the board.\n\nIMO DELAVAL <IMD> SETS DIVIDEND\n\nImo Delaval said its board declared a "
        "dividend."
    )
    # "Holdings" and "Inc" are both company suffixes: the desk-wide id of the two forms is the same
    assert [entity_slug(s.actor or "") for s in found] == [
        "carolina-power-and-light",
        "carolina-power-and-light",
        "carolina-power-and-light",
        "mcandrews-and-forbes-holdings",
        "mcandrews-and-forbes-holdings",
        "imo-delaval",
    ]
    assert found[-1].actor == "Imo Delaval"


def test_institutions_spelled_out_before_their_short_form_and_parties_placed_in_a_state() -> None:
    found = run(
        "According to the Philippine Institute of Volcanology and Seismology (Phivolcs), the quake was "
        "shallow. Phivolcs said the magnitude was 5.5. Bangladesh's Institute of Epidemiology, Disease "
        "Control and Research (IEDCR) said 114 cases were active. The Aam Aadmi Party in Goa, in its "
        'statement, said he was a "gentleman politician".'
    )
    assert [(s.actor, s.actor_kind, s.role) for s in found] == [
        ("Philippine Institute of Volcanology and Seismology", "organisation", None),
        ("Philippine Institute of Volcanology and Seismology", "organisation", None),
        ("Institute of Epidemiology, Disease Control and Research", "organisation", None),
        ("Aam Aadmi Party", "organisation", None),
    ]


def test_what_a_speaker_was_doing_is_not_the_speaker() -> None:
    found = run(
        "On Tuesday, Greek prime minister Kyriakos Mitsotakis speaking to the Atlantic Council think tank "
        'called the agreement "null and void". He underlined the call for cooperation by saying "we are '
        'ready". The demarcation resulted in overlapping economic zone (EEZ) claims and would make the '
        "pipeline cross Turkish waters."
    )
    assert [s.actor for s in found] == ["Kyriakos Mitsotakis", "Kyriakos Mitsotakis"]


def test_a_month_before_a_comma_and_a_headline_are_not_in_the_speaker_s_name() -> None:
    found = run(
        "World Health Organization names new coronavirus COVID-19\n\nOn Tuesday, the World Health "
        'Organization (WHO) announced the official name of the disease: "COVID-19". France\'s unemployment '
        "rate rose to 11.1 pct compared with 11 pct at end-February, the National Statistics Institute "
        "(INSEE) said."
    )
    assert [s.actor for s in found] == ["World Health Organization", "National Statistics Institute"]


def test_mr_hague_is_a_person_not_the_hague() -> None:
    found = run(
        "Former Conservative leader William Hague says he will not stand again. Mr Hague, 43, told the Daily "
        "Telegraph he would find politics boring. Mr Hague, who had published the biography of William Pitt "
        'the Younger, also said he wanted to write.\n\nHe told the newspaper: "Don\'t rush me."'
    )
    assert [s.actor for s in found] == ["William Hague"] * 4


def test_he_can_be_a_full_name_only_found_for_a_surname_that_speaks() -> None:
    found = run(
        "Prime Minister Yasuhiro Nakasone said Japan would act.\n\nEishiro Saito, head of the business group "
        'Keidanren, saw the dangers when he visited Europe. "The imbalance is alarming," he said.\n\n"We '
        'explained the process," Saito said.'
    )
    assert [s.actor for s in found] == ["Yasuhiro Nakasone", "Eishiro Saito", "Eishiro Saito"]


def test_general_tire_is_a_company_and_the_company_after_it() -> None:
    found = run(
        "GENCORP <GY> UNIT CONSIDERING SALE OF STORES\n\nAKRON, Ohio, April 27 - General Tire, a subsidiary "
        "of GenCorp, said it was evaluating the sale of its stores.\n\nGeneral Tire said it received "
        "inquiries from tire dealers. The company said the stores would only be sold as a package."
    )
    assert [(s.actor, s.actor_kind) for s in found] == [("General Tire", "organisation")] * 3


def test_a_surname_shared_by_a_company_and_its_chairman_is_whichever_spoke_last() -> None:
    found = run(
        "WILTON, Conn., March 31 - Emery Air Freight Corp said it plans a tender offer. Emery said it would "
        "offer 40 dlrs a share. Chairman John C. Emery said the company would prefer to negotiate. Emery "
        "said its offer is scheduled to expire. The company said conditions include financing. Emery said "
        "banks had agreed to provide the financing."
    )
    assert [s.actor for s in found] == [
        "Emery Air Freight Corp",
        "Emery Air Freight Corp",
        "John C. Emery",
        "John C. Emery",
        "Emery Air Freight Corp",
        "Emery Air Freight Corp",
    ]


def test_said_in_its_report_is_where_it_was_said_and_its_shows_a_firm() -> None:
    found = run(
        "European sugar output will be down, broker C Czarnikow said in its market review. The company said "
        "in its annual report that output fell. Output will be down, Smith said in his weekly column."
    )
    assert [(s.quote, s.actor, s.actor_kind) for s in found] == [
        ("European sugar output will be down", "C Czarnikow", "organisation"),
        ("that output fell", "C Czarnikow", "organisation"),  # the company that spoke last
        ("Output will be down", "Smith", "person"),
    ]


def test_a_person_of_an_institution_split_at_its_and_and_an_institution_named_with_of() -> None:
    found = run(
        "Carl Hensman of the Bill and Melinda Gates Foundation, which offered a contest some years ago, noted "
        "the ingredients are safe. In a press release issued the following day, the Turkish Ministry of "
        'Foreign Affairs denounced the summit, calling the agreements "legitimate".'
    )
    assert [(s.actor, s.affiliation) for s in found] == [
        ("Carl Hensman", "Bill & Melinda Gates Foundation"),
        ("Ministry of Foreign Affairs (Turkey)", "Turkey"),
    ]


def test_a_name_described_as_a_company_is_the_company() -> None:
    found = run(
        "PARIS, June 29 - French financial group Metrologie International said it is issuing bonds. British "
        "drinks company Allied Lyons said profits rose. Former group chairman John Smith said it was fine."
    )
    assert [(s.actor, s.actor_kind) for s in found] == [
        ("Metrologie International", "organisation"),
        ("Allied Lyons", "organisation"),
        ("John Smith", "person"),
    ]


def test_company_suffixes_alone_are_no_name() -> None:
    found = run(
        "Hechinger Co is raising 125 mln dlrs through an offering, said sole underwriter Morgan Stanley and "
        "Co Inc.\n\nJ.P. Morgan and Co Inc, parent of Morgan Guaranty Trust Co of New York, said profits "
        "rose. The bank said it was fine."
    )
    assert [s.actor for s in found] == [
        "Morgan Stanley and Co Inc",
        "J.P. Morgan and Co Inc",
        "J.P. Morgan and Co Inc",
    ]
