"""One article's statements: paragraph by paragraph, each sentence's cues read in order, then the
quotations standing apart from a cue, then the speakers resolved."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from newsdesk.index.actors.gazetteer import Gazetteer, load_gazetteer
from newsdesk.index.language.cues import Cue, find_cues
from newsdesk.index.language.drafts import Draft, Extraction
from newsdesk.index.language.quotemarks import (
    MANY_QUOTATIONS,
    Quotation,
    Spans,
    pair_quotations,
    split_paragraphs,
    split_sentences,
    starting_within,
)
from newsdesk.index.language.quotes.asked import asked_questions
from newsdesk.index.language.quotes.content import Span
from newsdesk.index.language.quotes.headline import headline
from newsdesk.index.language.quotes.lone import (
    continue_quotations,
    prepend_lone_quotations,
    signed_below,
    transcript_turn,
    whole_paragraph,
)
from newsdesk.index.language.quotes.predicates import quoted_predicates
from newsdesk.index.language.quotes.sentence import sentence_drafts
from newsdesk.index.language.quotes.spans import Sentence
from newsdesk.index.language.resolve import resolve
from newsdesk.index.model import Article, Statement

# A "sentence" with hundreds of cues is a list or a broken file, not prose: its first ones are read.
_MAX_CUES_PER_SENTENCE: Final = 64
# A wire dateline opening a sentence ("WASHINGTON, March 17 - ", "TOKYO (Reuters) - ", "June 18- "): the
# place is no one's subject and the date no one's words, so the sentence starts after it.
_DATELINE_OPENING = re.compile(
    r"(?:[A-Z][A-Z .'’&-]{1,40}(?:,\s+[A-Z][A-Za-z.]+)?"
    r"(?:\s*\([\w .]{1,20}\)(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?|,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})"
    r"|(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    # "Kansas City, April 7 - ": a dateline written in mixed case, known by its month and dash
    r"|(?:[A-Z][a-z][\w.'’&-]*\s+){0,3}[A-Z][a-z][\w.'’&-]*,\s*"
    r"(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})"
    r"\s*[-–—]{1,2}\s*(?=[A-Z\"“‘'])"
)


def extract_statements(article: Article, *, gazetteer: Gazetteer | None = None) -> list[Statement]:
    """Every statement in the article: direct, mixed and indirect, with speaker and actor."""
    return extract(article, gazetteer=gazetteer).statements


def extract(article: Article, *, gazetteer: Gazetteer | None = None) -> Extraction:
    """Every statement in the article with speaker and actor, and the people the article names."""
    gz = gazetteer or load_gazetteer()
    text = article.text
    paras = split_paragraphs(text)
    if not paras:
        return Extraction([])
    quotes = pair_quotations(text, paras)
    # One scan of the whole text, then each paragraph takes its cues in order. A multi-word cue running
    # over a paragraph break ("according" / "to") is no cue inside either paragraph: it is dropped.
    cues = find_cues(text)
    reader = _Reader(text, paras, quotes, _by_paragraph(quotes, paras), cues, [c[0] for c in cues], gz)
    head = headline(article, text, gz)
    title_end = len(article.title) if article.title else -1
    if head:
        reader.drafts.append(head)
    for pn, (ps, pe) in enumerate(paras):
        if ps < title_end and head:
            continue
        reader.paragraph(pn, ps, pe)
    prepend_lone_quotations(text, paras, quotes, reader.drafts)
    return resolve(article, text, reader.drafts, quotes, gz)


def _by_paragraph(quotes: list[Quotation], paras: list[Span]) -> dict[int, list[Quotation]]:
    """The quotations of each paragraph: one running over paragraphs belongs to every one it touches."""
    by_para: dict[int, list[Quotation]] = {}
    for q in quotes:
        for n in range(q.para, len(paras)):
            if paras[n][0] >= q.end:
                break
            by_para.setdefault(n, []).append(q)
    return by_para


@dataclass(slots=True)
class _Reader:
    """An article read paragraph by paragraph: its drafts so far, and how far its cues have been taken."""

    text: str
    paras: list[Span]
    quotes: list[Quotation]
    by_para: dict[int, list[Quotation]]
    cues: list[Cue]
    cue_starts: list[int]  # increasing: the matches of one scan, left to right
    gz: Gazetteer
    drafts: list[Draft] = field(default_factory=list)
    n_cue: int = 0

    def paragraph(self, pn: int, ps: int, pe: int) -> None:
        """Read paragraph `pn`, [ps, pe), into `drafts`."""
        text = self.text
        if text[ps] == "(" and text.startswith("((", ps):
            turn = transcript_turn(text, ps, pe, self.gz)
            if turn is not None:
                # An interview transcript: the paragraph is the speaker's answer (or the interviewer's
                # question, which states nothing); cues inside it are the speaker's own words.
                if turn is not True:
                    self.drafts.append(turn)
                return
        pquotes = self.by_para.get(pn, [])
        if text[ps] in "-—–" and pn > 0:
            signed = signed_below(
                text, (ps, pe), self.paras[pn - 1][0], self.by_para.get(pn - 1, []), self.gz
            )
            if signed is not None:
                self.drafts.append(signed)
                return
        first_cue, self.n_cue = starting_within(self.cues, self.n_cue, ps, pe)
        # The paragraph's cues are cues[first_cue:last_cue]: matches do not overlap, so only the last
        # one starting in the paragraph can run past its end.
        last_cue = (
            self.n_cue - 1 if self.n_cue > first_cue and self.cues[self.n_cue - 1][1] > pe else self.n_cue
        )
        has_cues = last_cue > first_cue
        if not has_cues and not pquotes:
            return  # most paragraphs: nothing said, nothing quoted
        sentences = split_sentences(text, ps, pe, pquotes) if has_cues else [(ps, pe)]
        para_drafts = self._sentences(sentences, first_cue, last_cue, pquotes) if has_cues else []
        if para_drafts:  # (no draft in the paragraph, none to continue)
            continue_quotations(text, pn, ps, pquotes, para_drafts)
        elif pn > 0:
            whole = whole_paragraph(text, self.paras, pn, pquotes, self.quotes, self.drafts, self.gz)
            if whole is not None:
                para_drafts.append(whole)
        if pquotes and any(not q.used for q in pquotes):
            if not has_cues:
                sentences = split_sentences(text, ps, pe, pquotes)
            para_drafts.extend(quoted_predicates(text, sentences, pquotes, para_drafts, self.gz))
        if has_cues and text.find("sked ", ps, pe) >= 0:
            para_drafts.extend(asked_questions(text, sentences, self.gz))
        self.drafts.extend(para_drafts)

    def _sentences(
        self, sentences: list[Span], lo: int, last_cue: int, pquotes: list[Quotation]
    ) -> list[Draft]:
        """The drafts of a paragraph's sentences, each with the cues `cues[lo:last_cue]` that start in it."""
        # Sentences come in order and do not overlap, and the cues are sorted, so one pass over both (a cue
        # between two sentences belongs to neither).
        out: list[Draft] = []
        many = Spans(pquotes) if len(pquotes) > MANY_QUOTATIONS else None
        cue_starts = self.cue_starts
        for ss, se in sentences:
            while lo < last_cue and cue_starts[lo] < ss:
                lo += 1
            if lo == last_cue:
                break  # no cue left for this sentence or the next
            hi = lo
            while hi < last_cue and cue_starts[hi] < se:
                hi += 1
            if hi > lo:
                if "A" <= self.text[ss : ss + 1] <= "Z" and _has_dash(self.text, ss, se):
                    dateline = _DATELINE_OPENING.match(self.text, ss, se)
                    ss = dateline.end() if dateline else ss
                # The sentence's quotations: every one overlapping it.
                near = pquotes if many is None else many.overlapping(ss, se)
                sq = [q for q in near if (q.start >= ss and q.end <= se) or (q.start < se and q.end > ss)]
                sentence = Sentence(self.text, ss, se, sq, self.gz)
                out.extend(sentence_drafts(sentence, self.cues[lo : min(hi, lo + _MAX_CUES_PER_SENTENCE)]))
                lo = hi
        return out


def _has_dash(text: str, start: int, end: int) -> bool:
    """Whether [start, end) holds a dash, which every dateline ends with: found in C, where the dateline
    pattern's name alternatives walk the sentence's first words."""
    return (
        text.find("-", start, end) >= 0 or text.find("—", start, end) >= 0 or text.find("–", start, end) >= 0
    )
