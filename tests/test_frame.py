"""The reporting frame: which time phrases date the saying, the words around the cue, older statements."""

from __future__ import annotations

import pytest

from newsdesk.index.language.frame import Frame, attached, cue_context, earlier_marker, statement_frame
from newsdesk.index.model import Statement


def _frame_of(text: str, content: str, speaker: str, cue: str) -> Frame:
    start = text.index(content)
    sp = text.index(speaker)
    st = Statement(
        quote=content, start=start, end=start + len(content), kind="indirect", cue=cue, cue_lemma=cue,
        speaker=speaker, speaker_start=sp, speaker_end=sp + len(speaker), actor=speaker, actor_kind="person",
        why="test",
    )  # fmt: skip
    return statement_frame(text, st, [(st.start, st.end)])


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue", "phrase", "expected"),
    [
        # attached: next to the cue, through frame words, before the speaker, between speaker and cue
        ("Smith said on Monday that taxes would rise.", "that taxes would rise", "Smith", "said", "on Monday", True),
        ("Smith told reporters yesterday that taxes would rise.", "that taxes would rise", "Smith", "told",
         "yesterday", True),
        ("Smith said in a statement on Tuesday that taxes would rise.", "that taxes would rise", "Smith", "said",
         "on Tuesday", True),
        ("In an interview last week, Smith said taxes would rise.", "taxes would rise", "Smith", "said",
         "last week", True),
        ("On Monday, the finance minister said taxes would rise.", "taxes would rise", "the finance minister",
         "said", "On Monday", True),
        ("Smith, speaking on Monday, said taxes would rise.", "taxes would rise", "Smith", "said", "on Monday",
         True),
        ("Smith on Monday said taxes would rise.", "taxes would rise", "Smith", "said", "on Monday", True),
        ("Smith told Reuters in Brussels on Monday that taxes would rise.", "that taxes would rise", "Smith",
         "told", "on Monday", True),
        ("Earlier today Kurzweil reported a loss.", "a loss", "today Kurzweil", "reported", "Earlier today",
         True),  # a speaker span that swallowed part of the phrase
        # event dates: another noun, a clause of its own, a relative clause
        ("After the vote on 7 May, Smith said taxes would rise.", "taxes would rise", "Smith", "said", "on 7 May",
         False),
        ("Smith said of the attack on Monday that it was a crime.", "that it was a crime", "Smith", "said",
         "on Monday", False),
        ("Smith, who met Jones on Monday, said taxes would rise.", "taxes would rise", "Smith", "said",
         "on Monday", False),
        ("Taxes would rise, said a spokesman for Acme, which on Monday said it was sold.", "Taxes would rise",
         "a spokesman for Acme", "said", "on Monday", False),
    ],
)  # fmt: skip
def test_attached_time_phrases(
    text: str, content: str, speaker: str, cue: str, phrase: str, expected: bool
) -> None:
    frame = _frame_of(text, content, speaker, cue)
    start = text.index(phrase) - frame.lo
    assert attached(frame, start, start + len(phrase)) is expected


def test_cue_context_excludes_the_content() -> None:
    text = "Smith did not concede on Monday that the vote was lost, aides said."
    frame = _frame_of(text, "that the vote was lost", "Smith", "concede")
    assert cue_context(frame) == ("Smith did not", "on Monday")


@pytest.mark.parametrize(
    ("text", "cue", "marker"),
    [
        ("Blair had said the war was legal.", "said", "had said"),
        ("Blair had earlier said the war was legal.", "said", "had earlier said"),
        ("The company has previously said the war was legal.", "said", "has previously said"),
        ("Blair previously said the war was legal.", "said", "previously said"),
        ("Blair said at the time the war was legal.", "said", "said at the time"),
        ("Blair said the war was legal.", "said", None),
        ("Blair has said the war was legal.", "said", None),  # present perfect: the news itself
        ("Blunkett already boasts the war was legal.", "boasts", None),
    ],
)
def test_earlier_markers(text: str, cue: str, marker: str | None) -> None:
    speaker = text.split()[0] if not text.startswith("The") else "The company"
    frame = _frame_of(text, "the war was legal", speaker, cue)
    assert earlier_marker(frame) == marker
