"""`According to X, ...` and `..., according to X`: X is the source of the other side."""

from __future__ import annotations

import re

from newsdesk.index.actors.gazetteer import Gazetteer
from newsdesk.index.language.cues import Cue
from newsdesk.index.language.drafts import Draft
from newsdesk.index.language.quotemarks import DOUBLE_MARK, abbreviation_before
from newsdesk.index.language.quotes.content import tail_cut, trim
from newsdesk.index.language.quotes.patterns import TIME_TAIL
from newsdesk.index.language.quotes.spans import Sentence
from newsdesk.index.language.speakers import Mention, parse_mention
from newsdesk.index.language.subjects import left_subject

_SOURCE_END = re.compile(r",|\.(?=\s|$)|;|$")
_REPORT_OF = re.compile(
    r"\s*(?:an?|the)\s+(.+?)\s+(?:report|story|article|poll|survey|analysis|investigation|interview)\b"
)
_TIME_OR_RELATIVE = re.compile(r"\s+(?:on|in|at|during|last|this|who)\s")

# "According to ISNA, the prosecutor general of Tehran, Ali Alghasi Mehr, said ...", "According to Twitter, he
# describes himself as ...": the content names its own speaker and speech verb; the source only relays it.
# (The subject a name, a pronoun or a determined noun phrase: "61% said" is a poll's figure, "criticism within
# Serbia has said" no speaker.)
_SUBJECT_THEN_CUE = re.compile(
    r"(?=[A-Z]|(?:he|she|it|they|the|a|an|his|her|its|their)\s)(?![A-Z][a-z]*\s+(?:of|per)\s)"
    r"[^,.;:\"“”]{1,60}?(?:,[^,.;:\"“”]{1,60},)?\s+(?:has\s+|had\s+)?"
    r"(?P<cue>said|says|told|tells|stated|describes|described|announced|announces|wrote|writes)\b"
)
# Where someone's own words are shown, not a source that tells them ("According to Twitter, he describes ...").
_PLATFORM = re.compile(
    r"(?:Twitter|Facebook|YouTube|Instagram|LinkedIn|TikTok|(?:his|her|their|its)\s+(?:website|profile|bio|biography))"
    r"(?:\s+(?:page|profile|account|bio))?"
)
# "According to ISNA, the prosecutor, Ali Mehr, said ..., adding ...": the opener and the inner cue's subject.
_OPENER_THEN_SUBJECT = re.compile(r"[Aa]ccording\s+to\s+[^,;:\"“”]{1,60},\s+")


def relayed_subject(sent: Sentence, cs: int) -> Mention | None:
    """The speaker named inside an "According to X," sentence before `cs` ("..., the prosecutor, Ali Mehr,
    said ..."): who a later ", adding ..." goes on from; the source X only relayed it."""
    text, ss = sent.text, sent.start
    opener = _OPENER_THEN_SUBJECT.match(text, ss, cs)
    inner = _SUBJECT_THEN_CUE.match(text, opener.end(), cs) if opener else None
    if opener is None or inner is None:
        return None
    return left_subject(text, opener.end(), inner.start("cue"), sent.gz)


_QUOTE_THEN_CUE = re.compile(r"[,?!][\"”]\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:said|says|told|added|wrote|asked)\b")


# The other side opens with a named speaker's own cue: "Prime Minister Yasuhiro Nakasone told his fellow ministers
# that ...", relayed by the source; the named speaker's statement holds the words.
_NAMED_TELLING = re.compile(
    r"(?:[A-Z][\w.'’-]*\s+){1,5}(?:told|said|says|warned|urged|announced|declared|stated)\s"
)


def according(sent: Sentence, cue: Cue) -> Draft | None:
    """`According to X, ...` and `..., according to X`: X is the source of the other side."""
    text, ss, se, gz = sent.text, sent.start, sent.end, sent.gz
    cs, ce = cue.start, cue.end
    seg = text[ce:se]
    stop = None
    for cand in _SOURCE_END.finditer(seg):
        if cand.group() == "." and abbreviation_before(seg, cand.start()):
            continue
        stop = cand
        break
    np_end = ce + (stop.start() if stop else len(seg))
    np = text[ce:np_end]
    if len(np.split()) > 12:
        np_end = ce + len(" ".join(np.split()[:12]))
        np = text[ce:np_end]
    timed = TIME_TAIL.search(np)
    if timed and timed.start() > 0:  # "according to the ministry on Friday": the day is no source
        np = np[: timed.start()]
    mention = _source_of_report(np, ce, gz)
    before = text[ss:cs]
    if before.strip(" ,") and len(before.strip().split()) >= 3:
        span = trim(text, ss, cs)
    else:
        span = trim(text, np_end, tail_cut(text, np_end, se))
    if span[1] - span[0] < 8:
        return None
    if (
        span[0] >= np_end
        and _PLATFORM.fullmatch(np.strip())
        and _SUBJECT_THEN_CUE.match(text, span[0], span[1])
    ):
        return None  # "According to Twitter, he describes himself as ...": a platform only shows his words
    if DOUBLE_MARK.search(text, span[0], span[1]) and _QUOTE_THEN_CUE.search(text, span[0], span[1]):
        return (
            None  # '"...," Sanders said, according to CNN': the speaker is named inside; that statement wins
        )
    if _NAMED_TELLING.match(text, span[0], span[1]) and not DOUBLE_MARK.search(text, span[0], span[1]):
        return None  # "According to Hirabayashi, Prime Minister Nakasone told ministers that ...": his words
    return Draft([span], text[cs:ce], cs, mention, "according")


def _source_of_report(np: str, start: int, gz: Gazetteer) -> Mention | None:
    """`a Financial Times report on Tuesday` is the Financial Times speaking."""
    m = parse_mention(np, start, gz)
    cut = _REPORT_OF.match(np)
    if cut:
        inner = parse_mention(cut.group(1), start + cut.start(1), gz)
        if inner and inner.kind == "name":
            written = cut.group(0).strip()
            w_start = start + np.find(written)
            return Mention(
                written,
                w_start,
                w_start + len(written),
                "name",
                inner.name,
                inner.actor_kind,
                inner.role,
                inner.affiliation,
            )
    if m and m.kind == "unnamed":
        # "a senior official on Tuesday" -> keep the description, drop time words
        words = _TIME_OR_RELATIVE.split(np, maxsplit=1)[0]
        return parse_mention(words, start, gz)
    return m
