"""Quotations that stand apart from their cue: a paragraph that is only a quotation (carrying on the last
statement, introduced by a colon above, or opening the attributed one below), a quotation signed on the
next line ('-Michelle Marks, Philadelphia.'), a quotation that opens a sentence after an attributed one,
and interview transcripts ("((Aparna Garg)) There were fifteen of them.")."""

from __future__ import annotations

import re
from typing import Final, Literal

from newsdesk.index.actors.gazetteer import Gazetteer
from newsdesk.index.language.drafts import Draft
from newsdesk.index.language.quotemarks import Quotation, sentence_start, split_sentences, starts_sentence
from newsdesk.index.language.quotes.content import Span
from newsdesk.index.language.speakers import parse_mention
from newsdesk.index.language.subjects import leading_np

_TRANSCRIPT_TURN = re.compile(r"\(\((?P<who>[^()\n]{1,60})\)\)\s*:?\s*(?=\S)")
# Words of a turn that only keeps the conversation going ("Yeah, yeah.", "Um, hmm. Our pleasure.", "No.").
_BACKCHANNEL: Final[frozenset[str]] = frozenset(
    "yeah yes yep no nope um umm uh hmm mm mhm ah oh okay ok right sure exactly absolutely indeed correct "
    "true thanks thank you our my pleasure well great good fine so and me too very much welcome bye hello hi "
    "cheers likewise bye goodbye b ciao ya too have a nice day night".split()
)
_SHORT_ANSWER: Final[frozenset[str]] = frozenset(
    "i we do did don didn t think guess suppose not really of course am are have haven will can".split()
)
# A turn that only carries on the last speaker's sentence ("...of feeling for others.", "and so on").
_CONTINUATION = re.compile(r"\s*(?:\.\.\.|…|(?:and|but|or|of|to|for|with|in|on|that|which|who|because)\b)")
# A bare idiom of a preposition and one word ("For once.", "In fact."): a quip, nothing stated.
_PREPOSITION_QUIP = re.compile(r"\s*(?:for|in|at|by|of|on)\s+[a-z]+[.!]?\s*$", re.IGNORECASE)
# A last sentence that is only a pronoun and an auxiliary ("They still do.", "Yes, it does."): it confirms
# the interviewer's question, whose words are the content.
_ELLIPTICAL_CONFIRM = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:yes|yeah|no),?\s+)?(?:I|we|you|he|she|it|they)\s+(?:still\s+|also\s+|really\s+)?"
    r"(?:do|does|did|am|is|are|was|were|can|will|have|has|had)(?:n['’]t)?[.!]?\s*$",
    re.IGNORECASE,
)
# Last words of a turn that only leads into a list ("... are", "... include the following").
_LIST_LEADS: Final[frozenset[str]] = frozenset("are is include includes following the of to and were".split())
# Sentences of a turn that greet or decline to answer ("Hi Agastya.", "Nice to meet you.", "No I am good.",
# "I don't know.", "Well, we don't have a clear idea of that."): a turn of only these states nothing.
_NO_ANSWER = re.compile(
    r"(?:(?:well|um|uh|so|no|oh),?\s+)*(?:"
    r"(?:hi|hello|hey|good\s+(?:morning|afternoon|evening))(?:\s+[A-Z][a-z]+)?|"
    r"(?:(?:it['’]s\s+)?(?:nice|good|great|a\s+pleasure)\s+to\s+(?:meet|see|talk\s+to|speak\s+to|speak\s+with)\s+you(?:\s+too)?)|"
    r"(?:i|we)\s+(?:really\s+)?(?:don['’]t|do\s+not|can['’]t|cannot)\s+(?:know|say|tell|recall|remember|"
    r"have\s+(?:a|any)\s+(?:clear\s+|real\s+)?(?:idea|answer))(?:\s+(?:of|about|to)\s+(?:that|this|it))?|"
    r"(?:i|we)\s+(?:am|are|['’]m|['’]re)\s+(?:good|fine|ok|okay)(?:,?\s+thank\s+you|,?\s+thanks)?|"
    r"thank\s+you(?:\s+(?:so|very)\s+much)?|thanks"
    r")[.!,]?\s*",
    re.IGNORECASE,
)
_TURN_WORD = re.compile(r"[A-Za-z]+")
_DASH_SOURCE = re.compile(r"[-—–]\s*((?:[A-Z][\w.'’-]*\s*){1,5})(?:,|$)")
# A colon right before the next quotation ("He had a question:") means another clause introduces it.
_NEW_CLAUSE_BETWEEN = re.compile(r":\s*$")
_SHORT_QUOTED = re.compile(r"[\"“](?:\S+\s+){0,3}\S+[\"”]")
# Words between two quotations longer than this are never only an attribution.
_MAX_BETWEEN: Final = 220


def transcript_turn(text: str, ps: int, pe: int, gz: Gazetteer) -> Draft | Literal[True] | None:
    """ "((Aparna Garg)) There were fifteen of them.": a draft of the answer as the speaker's words;
    True for the interviewer's turn ("((WN))", "((WSS))": initials ask, they state nothing); None when
    the paragraph is no transcript turn."""
    m = _TRANSCRIPT_TURN.match(text, ps, pe)
    if m is None:
        return None
    who = m.group("who").strip()
    if (who.isupper() and len(who) <= 5) or who.lower() in ("wikinews", "interviewer", "q", "question"):
        return True
    mention = parse_mention(who, m.start("who"), gz)
    if mention is None or mention.kind != "name":
        return None
    if says_nothing(text[m.end() : pe]):
        return True
    return Draft([(m.end(), pe)], ":", m.end("who"), mention, "interview transcript", verbatim=True)


def says_nothing(turn: str) -> bool:
    """An interviewee's turn that states no position: only assent or filler ("Yeah.", "No.", "Our
    pleasure."), or only questions back ("Or did you mean how close they were?")."""
    words = _TURN_WORD.findall(turn.lower())
    if len(words) <= 8 and all(w in _BACKCHANNEL for w in words):
        return True
    if len(words) <= 5 and all(w in _BACKCHANNEL or w in _SHORT_ANSWER for w in words):
        return True  # "Yeah, I do.", "I think so.", "Of course not.": an answer the question alone gives sense to
    if _CONTINUATION.match(turn) or _PREPOSITION_QUIP.match(turn):
        return True
    if len(words) <= 7 and _ELLIPTICAL_CONFIRM.search(turn):
        return True  # "My family, yeah. They still do."
    if len(words) <= 12 and (turn.rstrip().endswith(":") or (words and words[-1] in _LIST_LEADS)):
        return True  # "According to 2016 census:", "I believe what constitute a successful mayorship are": a list's lead
    sentences = [s for s in re.split(r"(?<=[.?!])\s+", turn.strip()) if s]
    # "Hi Agastya. Nice to meet you.", "I don't know. Well, we don't have a clear idea of that.": no answer
    if len(words) <= 16 and sentences and all(_NO_ANSWER.fullmatch(s) for s in sentences):
        return True
    return bool(sentences) and all(s.rstrip("\"”' ").endswith("?") for s in sentences)


def signed_below(
    text: str, para: Span, prev_start: int, prev_quotes: list[Quotation], gz: Gazetteer
) -> Draft | None:
    """'"..."' then a paragraph '-Michelle Marks, Philadelphia.': the quotation's source signs below it.
    `prev_start` and `prev_quotes` are the paragraph above's start and quotations."""
    ps, pe = para
    dash = _DASH_SOURCE.match(text, ps, pe)
    if dash is None:
        return None
    prev_q = next((q for q in prev_quotes if q.start == prev_start and not q.used), None)
    mention = parse_mention(dash.group(1), dash.start(1), gz) if prev_q else None
    if prev_q is None or mention is None or mention.kind != "name":
        return None
    prev_q.used = True
    return Draft([(prev_q.start, prev_q.end)], "-", ps, mention, "signed below", [prev_q])


def cue_between(between: str) -> bool:
    """True when the words between two quotations are only the attribution of the first."""
    if len(between) >= _MAX_BETWEEN:
        return False
    between = _SHORT_QUOTED.sub("", between)  # a title on the way ("on ABC's “This Week”") is no new quote
    return '"' not in between and "“" not in between


def continue_quotations(text: str, pn: int, ps: int, pquotes: list[Quotation], drafts: list[Draft]) -> None:
    """Quotations of paragraph `pn` (starting at `ps`) that open a sentence after an attributed quotation
    continue it: one statement. `drafts` are the paragraph's."""
    for q in pquotes:
        if q.used or q.para != pn:
            continue
        prev = None
        for d in reversed(drafts):
            if d.quotes and d.quotes[-1].end <= q.start:
                prev = d
                break
        if prev is None:
            continue
        if q.start - prev.spans[-1][1] >= _MAX_BETWEEN:
            continue  # cue_between refuses it anyway; splitting a long gap was quadratic
        between = text[prev.spans[-1][1] : q.start]
        if (
            _continues_after(text, q, ps, between)
            and cue_between(between)
            and not _NEW_CLAUSE_BETWEEN.search(between)
        ):
            prev.spans.append((q.start, q.end))
            prev.quotes.append(q)
            q.used = True


def _continues_after(text: str, q: Quotation, ps: int, between: str) -> bool:
    """True unless the quotation sits mid-sentence after a long gap, or is a short phrase mid-sentence."""
    n_between = len(between.split())
    # '"A," said X, director of a long-named institute, "but B."': a lower-case reopening after a
    # comma carries on the same sentence however long the attribution between them.
    carries_on = (
        n_between <= 30 and between.rstrip().endswith(",") and text[q.start + 1 : q.start + 2].islower()
    )
    return starts_sentence(text, q.start, ps) or not (
        (n_between > 12 and not carries_on) or len(text[q.start : q.end].split()) <= 3
    )


def whole_paragraph(
    text: str,
    paras: list[Span],
    pn: int,
    pquotes: list[Quotation],
    quotes: list[Quotation],
    drafts: list[Draft],
    gz: Gazetteer,
) -> Draft | None:
    """Paragraph `pn` (no statement of its own) that is only a quotation: after a paragraph ending in a
    colon, a statement of that paragraph's subject (returned); right after a paragraph whose last
    statement closed with a quotation, more of that statement (extended in place)."""
    ps, pe = paras[pn]
    whole = None
    for q in pquotes:
        if q.start == ps and q.end >= pe - 1 and not q.used:
            whole = q
            break
    if whole is None:
        return None
    pss, pse = paras[pn - 1]
    last = drafts[-1] if drafts else None
    if text[pss:pse].rstrip().endswith(":"):
        # "Sanders made the following comment:" then the quotation as its own paragraph.
        subject = leading_np(text, sentence_start(split_sentences(text, pss, pse, quotes), pse - 1), pse, gz)
        if subject is None:
            return None
        whole.used = True
        return Draft([(whole.start, whole.end)], ":", pse - 1, subject, "after colon", [whole])
    if last is not None and last.quotes and last.spans[-1][0] >= pss:
        # A paragraph that is only a quotation carries on the quotation that closed the last one.
        whole.used = True
        last.spans.append((whole.start, whole.end))
        last.quotes.append(whole)
    return None


def prepend_lone_quotations(
    text: str, paras: list[tuple[int, int]], quotes: list[Quotation], drafts: list[Draft]
) -> None:
    """A paragraph that is only an unattributed quotation, right before a paragraph whose opening
    quotation is attributed, is the start of that same statement."""
    lone = {
        q.para: q
        for q in quotes
        if not q.used and q.start == paras[q.para][0] and q.end >= paras[q.para][1] - 1
    }
    if not lone:
        return  # (most articles: no such paragraph, and no map of paragraph starts to build)
    starts = {ps: n for n, (ps, _) in enumerate(paras)}
    for d in drafts:
        n = starts.get(d.spans[0][0])
        if n is None or n == 0 or not d.quotes or d.quotes[0].start != d.spans[0][0]:
            continue
        q = lone.get(n - 1)
        if q is not None and not q.used:
            q.used = True
            d.spans.insert(0, (q.start, q.end))
            d.quotes.insert(0, q)
