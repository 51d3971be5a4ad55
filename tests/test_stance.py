"""Stance readings: negation, modality, who holds the position, business verbs, reiteration, axis."""

from __future__ import annotations

import pytest

from newsdesk.index.language.stance import read_stance


def reading(
    quote: str, *, cue: str = "said", lemma: str = "say", kind: str = "indirect", **kw: object
) -> tuple:
    r = read_stance(cue, lemma, quote, kind=kind, speaker_names=kw.pop("names", ["Smith"]), **kw)  # type: ignore[arg-type]
    return r.stance, r.negated, r.modality


@pytest.mark.parametrize(
    ("quote", "kind", "expected"),
    [
        # negation, scope-limited to the clause
        ("he will accept no monitoring by the IMF", "indirect", ("rejects", True, "will")),
        ("We will accept no monitoring", "direct", ("rejects", True, "will")),
        ("he did not concede or admit defeat", "indirect", ("asserts", False, None)),  # no phrase for either
        ("we will never accept NATO troops", "direct", ("rejects", True, "will")),
        ("he refused to accept the terms", "indirect", ("rejects", True, None)),
        ("he does not oppose the plan", "indirect", ("accepts", True, None)),
        ("he cannot accept the terms", "indirect", ("rejects", True, None)),
        ("neither he nor his party would support the bill", "indirect", ("rejects", True, "would")),
        ("he was reluctant to support the tax increase", "indirect", ("rejects", True, None)),
        ("nobody will accept the terms", "direct", ("asserts", False, None)),  # not the speaker's position
        ("we accept the plan, but not the timetable", "direct", ("accepts", False, None)),  # "not" is later
        # a subject cut off by a comma is not taken to be the speaker
        ("the board, not present, voted to reject the bid", "indirect", ("asserts", False, None)),
        ("Like Labour, the Lib Dems are soft on crime, oppose controls", "direct", ("asserts", False, None)),
        (
            "to oppose the plan, as ever",
            "indirect",
            ("rejects", False, None),
        ),  # the quote opens with the verb
        # modality and conditions
        ("we could accept a ceasefire", "direct", ("accepts", False, "could")),
        ("we might support the plan", "direct", ("supports", False, "might")),
        ("he would accept the deal if taxes fell", "indirect", ("accepts", False, "if")),
        ("it will not agree to any quotas unless prices rise", "indirect", ("rejects", True, "if")),
        ("we must oppose protectionism", "direct", ("rejects", False, "must")),
        ("Brown would have to raise taxes", "indirect", ("asserts", False, None)),  # a prediction, no demand
        ("Brown has to raise taxes", "indirect", ("demands", False, None)),
        ("There must have been 20 instances like this", "direct", ("asserts", False, None)),  # an inference
        ("the demand was unprecedented", "indirect", ("asserts", False, None)),  # a noun
        ("it is unlikely that its board will accept the offer", "indirect", ("rejects", True, "will")),
        ("it had agreed with Canadian firms to study a plant", "indirect", ("asserts", False, None)),
        ("we'll support the plan", "direct", ("supports", False, "will")),
        # who holds it: the speaker, or someone the speaker reports
        ("Britain and West Germany opposed the tax", "indirect", ("asserts", False, None)),
        ("Piedmont has agreed to be acquired", "indirect", ("asserts", False, None)),
        ("the offer was rejected by the board", "indirect", ("asserts", False, None)),
        ("its board has rejected TWA's offer", "indirect", ("rejects", False, None)),
        ("he opposes a tax increase", "indirect", ("rejects", False, None)),
        ("he opposes a tax increase", "direct", ("asserts", False, None)),  # "he" in a quote is someone else
        ("Smith opposes a tax increase", "indirect", ("rejects", False, None)),
        (
            "Biden lost the left by saying he didn't support those things",
            "indirect",
            ("asserts", False, None),
        ),
        ("those who supported us can be sure of it", "direct", ("asserts", False, None)),
        ("The status of Crimea is not negotiable", "direct", ("rejects", True, None)),  # an evaluation
        # business, markets and tenders are no stance
        ("it agreed to buy the unit for 10 dlrs a share", "indirect", ("asserts", False, None)),
        ("it has rejected all bids at the tender", "indirect", ("asserts", False, None)),
        ("it accepted a bid for an export bonus on wheat", "indirect", ("asserts", False, None)),
        ("the maximum number it will accept to 9,309,394", "indirect", ("asserts", False, None)),
        ("a larger export figure supported soybean futures", "indirect", ("asserts", False, None)),
        ("it will maintain price support for farmers", "indirect", ("asserts", False, None)),
        ("the market lent support to prices", "indirect", ("asserts", False, None)),
    ],
)
def test_stance_table(quote: str, kind: str, expected: tuple) -> None:
    assert reading(quote, kind=kind) == expected


def test_another_name_of_the_same_actor_holds_its_position() -> None:
    quote = "Moscow is open to a discussion of guarantees"
    assert read_stance("said", "say", quote, kind="direct", speaker_names=["Russia"]).stance == "asserts"
    same = read_stance(
        "said", "say", quote, kind="direct", speaker_names=["Russia"], same_actor=lambda n: n == "Moscow"
    )
    assert same.stance == "accepts"


def test_without_a_speaker_every_stance_word_counts() -> None:
    assert read_stance("said", "say", "Britain opposed the tax").stance == "rejects"


@pytest.mark.parametrize(
    ("cue", "lemma", "context", "quote", "expected"),
    [
        ("denied", "deny", ("", ""), "that it had sent troops", ("denies", False, "fact")),
        ("concede", "concede", ("Trump did not", ""), "defeat", ("rejects", True, "fact")),
        ("rule out", "rule out", ("he did not", ""), "a ceasefire", ("accepts", True, "position")),
        ("admitted", "admit", ("", ""), "that it had reduced the flow", ("accepts", False, "fact")),
        ("rejected", "reject", ("", ""), "the offer", ("rejects", False, "position")),
        ("agreed", "agree", ("", ""), "that prices would fall", ("asserts", False, None)),  # a claim
        ("agreed", "agree", ("", ""), "to buy the unit", ("asserts", False, None)),  # a transaction
        ("insisted", "insist", ("", ""), "his spending plans were affordable", ("asserts", False, None)),
        ("rejected", "reject", ("", ""), "all bids for barley", ("asserts", False, None)),
    ],
)
def test_cue_stances(cue: str, lemma: str, context: tuple[str, str], quote: str, expected: tuple) -> None:
    r = read_stance(cue, lemma, quote, kind="indirect", context=context, speaker_names=["Smith"])
    assert (r.stance, r.negated, r.axis) == expected


@pytest.mark.parametrize(
    ("cue", "lemma", "context", "quote", "reiterated"),
    [
        ("reiterated", "reiterate", ("", ""), "that he opposes the tax", True),
        ("repeated", "repeat", ("", ""), "his opposition to the tax", True),
        ("said", "say", ("The company has previously", ""), "it opposes the tax", True),
        ("said", "say", ("Smith", "again"), "he opposes the tax", True),
        ("said", "say", ("Smith once again", ""), "he opposes the tax", True),
        ("said", "say", ("", ""), "As I have said, we oppose the tax", True),
        ("said", "say", ("Smith", "on Monday"), "he opposes the tax", False),
    ],
)
def test_reiteration(cue: str, lemma: str, context: tuple[str, str], quote: str, reiterated: bool) -> None:
    r = read_stance(cue, lemma, quote, kind="indirect", context=context, speaker_names=["Smith"])
    assert r.reiterated is reiterated


def test_declines_from_the_cue_context() -> None:
    r = read_stance("comment", "comment", "on the report", context=("The ministry declined to", ""))
    assert (r.stance, r.why) == ("declines", '"declined to comment"')


def test_target_is_the_rest_of_the_stance_words_clause() -> None:
    r = read_stance(
        "said", "say", "we reject the tax on oils, but welcome talks", kind="direct", speaker_names=["EC"]
    )
    assert (r.stance, r.target) == ("rejects", "the tax on oils")
