"""Where reported content starts and stops: the clause a cue governs, trimmed of edges, trailing
attributions and the clauses that open statements of their own."""

from __future__ import annotations

import re
from typing import Final

from newsdesk.index.language.cues import CUE_SCAN, STRONG, TAKES_OBJECT
from newsdesk.index.language.quotemarks import CAPS_INITIALS_END, DOUBLE_MARK, Quotation
from newsdesk.index.language.quotes.patterns import (
    AFTER_CUE_SKIP,
    AFTER_CUE_WORDS,
    CONTENT_TAIL,
    QUIET_REST,
    THAT,
    TRAILING_ATTRIBUTION,
)

Span = tuple[int, int]

_OBJECT_BEFORE_THAT = re.compile(
    r"\s*(?:to\s+)?(?:reporters|me|us|him|her|them|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
    r"(?:\s+(?:on|in|at|last|this)\s[^,;\"“”]*)?\s*,?\s*"
)
_TOLD_OBJECT = re.compile(
    r"\s*(?:(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z0-9][\w.'’-]*){1,5}"
    r"(?:\s+(?:programme|program|show|newspaper|magazine|radio|television|channel|website))?(?=\s+(?:it|he|she|they|that|the|a|an|its|his|her|their|on|in|at|last|this)\b)|"
    r"(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:conference|briefing|meeting|interview|audience|gathering|"
    r"panel|committee|rally|crowd|hearing|forum|summit|session|parliament|assembly|radio|television|newspaper)|"
    r"reporters|journalists|me|us|him|her|them|supporters|the\s+\w+|an?\s+\w+|[a-z]+s|"
    r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*(?:['’]s\s+[\w\s]{0,40}?(?=\s(?:on|in|at|that|he|she|they|it)\b))?)"
    r"(?:\s+(?:on|in|at|last|this|during|earlier|late|early)\s+\w+(?:\s+\w+)?)?,?\s+"
)
_PREPOSITION_START = re.compile(
    r"(?:before|after|on|in|at|during|about|of|for|to|with|from|by|over|last|this)\b"
)
_PRONOUN_OR_SAID = re.compile(r"(?:he|she|they|it|said|says)\b")
_WIRE_DATELINE = re.compile(
    r"[A-Z][A-Z .'’-]{2,40}(?:\([\w .]{1,20}\))?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s+[-–—]{1,2}\s+"
)
_CONNECTOR = re.compile(r"(?:Yet|But|And|So|Still|However|Meanwhile),\s+")
# What follows a cue that governs no clause: a conjunction going on with the sentence, a time adjunct.
_NO_CLAUSE = re.compile(r"(?:and|or|nor)\s|(?:after|before|while|upon|on|since)\s+[a-z]+ing\b")
# ... unless the word is the subject of the reported clause ("said little had changed").
_NOTHING_SAID = re.compile(
    r"(?:little|nothing|much|anything|less)\b(?!\s+(?:of|than|more|the|had|has|have|was|is|were|are|would|will|"
    r"could|can|should|might|may|must|did|does|remains?|seems?|[a-z]+ed)\b)"
)
DECLINED_SPEECH = re.compile(
    r"to\s+(?:comment|confirm|say|discuss|elaborate|answer|specify|respond|provide|identify|disclose|reveal|"
    r"name|release|address|detail|explain|speculate|deny|give|offer|share)\b"
)
NON_RESPONSE = re.compile(
    r"to\s+(?:requests?|an?\s+(?:request|inquiry|email|message|call)|questions|emails|messages|calls|inquiries)\b"
    # "would respond \"vigorously\" to protect its rights": only the manner, no words
    r"|[\"“]?[a-z]+ly[\"”]?(?:\s+(?:to|by|in|with|against|if)\b|\s*[,.;]|\s*$)"
)
CALL_FOR = re.compile(r"\s+(?:for|on)\s+")
# The window before a clause's end in which a trailing attribution ('," he said.') is looked for.
_TRAILER_WINDOW: Final = 120


def trim(text: str, s: int, e: int) -> tuple[int, int]:
    """[s, e) without edge spaces, dashes and stray punctuation, a leading connector or wire dateline."""
    while s < e and (text[s].isspace() or text[s] in ",;:—–-"):
        s += 1
    # Both patterns start with a capital A-Z: most content starts lower-case or quoted, so test that first.
    if s < e and "A" <= text[s] <= "Z":
        lead = _CONNECTOR.match(text, s, e) or _WIRE_DATELINE.match(text, s, e)
        if lead:
            s = lead.end()
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:—–-."):
        # (CAPS_INITIALS_END needs a capital right before the period: test that character first.)
        if (
            text[e - 1] == "."
            and e - 2 >= s
            and "A" <= text[e - 2] <= "Z"
            and CAPS_INITIALS_END.search(text[max(s, e - 8) : e])
        ):
            break
        e -= 1
    return s, e


def tail_cut(text: str, s: int, e: int) -> int:
    """Where reported content in [s, e) stops (see CONTENT_TAIL); a closing quotation mark stays in."""
    tail = CONTENT_TAIL.search(text, s, e)
    if not tail:
        return e
    return tail.start() + (1 if text[tail.start()] in '"”' else 0)


# An ellipsis and a capital right after a cue: a wire digest's next item ("the USDA said...Japan was").
_DIGEST_NEXT: Final = re.compile(r"(?:\.\.\.|…)[A-Z]")


def content_after(text: str, pos: int, sent_end: int, lemma: str) -> Span | None:
    """The clause a cue governs: from "that" (or the cue) to the end of the sentence."""
    if _DIGEST_NEXT.match(text, pos):
        return None  # "..., the USDA said...Japan was rumored": a wire digest's next item, not the USDA's
    start = _clause_start(text, pos, sent_end, lemma)
    if start is None:
        return None
    s, e = trim(text, start, sent_end)
    # A participle or "according to" later in the sentence opens a statement of its own.
    e = tail_cut(text, s, e)
    s, e = trim(text, s, e)
    s, e = trim(text, s, _before_trailer(text, s, e))
    if _NOTHING_SAID.match(text, s, e):
        return None  # "who has said little", "said nothing about it": no words reported
    if _NO_CLAUSE.match(text, s, e):
        # "anything she said and did nothing", "tweeted after hearing the news": no words follow, unless a
        # "that" clause does ("said on coming off the ferry that he had found six people")
        that = THAT.search(text, s, min(e, s + 160))
        if that is None:
            return None
        s = that.start()
    if (e - s < 8 or len(text[s:e].split(None, 1)) < 2) and text[s:e].lower() not in ("yes", "no"):
        return None  # too short to be words reported, except an answer ("asked if ..., she said no")
    return s, e


def _clause_start(text: str, pos: int, sent_end: int, lemma: str) -> int | None:
    """Where the governed clause opens after a cue ending at `pos`: at "that", after the person told, or
    after time words; None when the cue governs nothing ("told NBC News on Monday")."""
    seg = text[pos:sent_end]
    that = THAT.search(seg, 0, 160)
    head = seg.lstrip()
    head = head[1:].lstrip() if head[:1] == "," else head
    # The pattern needs one of its words first ("said on Monday"); most clauses open otherwise ("said the").
    skip = AFTER_CUE_SKIP.match(seg) if head.startswith(AFTER_CUE_WORDS) else None
    lead = seg[: that.start()] if that else ""
    if that and (
        not lead.strip(" ,")
        or (skip and skip.end() >= that.start() - 1)
        or (lemma in TAKES_OBJECT and len(lead.split()) <= 12 and '"' not in lead)
        or _OBJECT_BEFORE_THAT.fullmatch(lead)
    ):
        return pos + that.start()
    if lemma == "tell":
        # "told reporters the plan was dead": skip the person told; "told NBC News on Monday" says nothing.
        obj = _TOLD_OBJECT.match(seg)
        rest = seg[obj.end() :] if obj else seg
        if not obj or _PREPOSITION_START.match(rest):
            return None
        return pos + obj.end()
    return pos + (skip.end() if skip else 0)


def _before_trailer(text: str, s: int, e: int) -> int:
    """`e`, or where a trailing attribution of the clause [s, e) begins ('," he said.'), its closing mark kept."""
    # Every attribution opens with a comma in its first three characters ('," she said', '", said'):
    # none in the window, none to find; otherwise the search starts two characters before the first.
    # It holds a cue word after a space too: a plain cue scan of the window (far cheaper than the
    # attribution pattern, which walks up to five words after every comma) rules most windows out.
    comma = text.find(",", max(s, e - _TRAILER_WINDOW), e)
    lo = max(s, e - _TRAILER_WINDOW, comma - 2)
    trailer = (
        TRAILING_ATTRIBUTION.search(text, lo, e) if comma >= 0 and CUE_SCAN.search(text, lo, e) else None
    )
    if not trailer:
        return e
    t = trailer.start()
    if text.startswith(",''", t):
        return t + 3
    if text.startswith("'',", t):
        return t + 2
    return t + 2 if text[t] == "," and text[t + 1] in '"”' else t + 1 if text[t] in '"”' else t


_CLAIMED_LIVES = re.compile(
    r"\s+(?:the\s+lives\b|(?:about|around|nearly|almost|more\s+than|at\s+least|over|some|up\s+to)?\s*"
    r"[\d,.]+(?:\s+(?:hundred|thousand|million))?\s+(?:lives|victims|people|deaths)\b)"
)


# Objects that make a cue an act: refusing something, declaring a state of things into being.
_ACTS: Final = {
    "deny": re.compile(
        r"(?:[\w'’-]+\s+){0,2}?(?:funding|access|entry|permission|bail|visas?|requests?|applications?|"
        r"licen[cs]es?|permits?|appeals?|admission|membership|asylum|clearance)\b"
    ),
    # "Exxon posted a first quarter loss", "distant March posted a new season's high": results, not words
    "post": re.compile(
        r"(?:[\w'’-]+\s+){0,5}?(?:highs?|lows?|loss|losses|profits?|gains?|earnings|income|deficit|surplus|"
        r"record|rises?|falls?|drops?|increases?|declines?|revenues?|sales)\b"
    ),
    "declare": re.compile(
        r"(?:[\w'’-]+\s+){0,6}?(?:emergency|disaster|martial\s+law|curfew|war|bankruptcy|holiday|quarantine|"
        r"lockdown)\b"
    ),
}


# A particle that turns the cue into another verb ("wrote off 57.5 mln stg", "told off", "called off the
# talks"), or "reports to" a superior: no words reported.
_OTHER_SENSE = re.compile(r"\s+(?:off|down)\b|\s+up\s+(?!to\b)")
_REPORTS_TO = re.compile(r"\s+(?:directly\s+)?to\s+(?:the\s+)?[A-Z]")


# "declined to say if ...", "declined to provide details", "declined to give her view": what was withheld,
# no words given ("declined to comment" and "declined to confirm" stay: a stated refusal, the stance "declines").
_WITHHELD_WHAT = re.compile(
    r"to\s+(?:say|specify|disclose|reveal|elaborate|discuss|provide|give|identify|name)\s+"
    r"(?:if|whether|what|when|where|how|who|which|why|details|further\s+details|any\s+details|more|"
    r"(?:his|her|their|its)\s+views?)\b"
)


# Speech only foreseen or imagined: "is expected to say", "is due to tell", "is expected to try and win
# them over by saying", "might have said".
_FORESEEN = re.compile(
    r"\b(?:(?:is|are|was|were|be|been)\s+(?:widely\s+|also\s+)?(?:expected|likely|due|set|scheduled|poised)"
    r"\s+to\s+(?:(?:also|formally|publicly)\s+|(?:[\w'’-]+\s+){1,12}?by\s+)?|(?:might|could|would)\s+have\s+|"
    # "seems certain to end weeks of phoney war on Monday and announce": an act the writer only expects
    r"(?:seems?|seemed|appears?|appeared|looks?|looked)\s+(?:certain|likely|set|poised|sure)\s+to\s+"
    r"(?:(?:also|formally|publicly)\s+|(?:[\w'’-]+\s+){1,12}?(?:by|and)\s+)?)$"
)


def foreseen(text: str, lo: int, cs: int) -> bool:
    """Whether the cue at `cs` only foresees or imagines speech ("is expected to say"); `lo` bounds the look back."""
    if text[cs - 1 : cs] != " ":
        return False
    lo = max(lo, cs - 120)
    # Most cues have neither "to" nor "have" before them: two C scans rule the pattern out.
    if text.find(" to ", lo, cs) < 0 and text.find(" have ", lo, cs) < 0:
        return False
    return _FORESEEN.search(text, lo, cs) is not None


def withheld(text: str, at: int) -> bool:
    """Whether the clause "declined" governs at `at` gives no words: a decision ("declined to run") or what
    was withheld ("declined to say if ...")."""
    return not DECLINED_SPEECH.match(text, at) or bool(_WITHHELD_WHAT.match(text, at))


def not_speech_sense(text: str, ce: int, lemma: str) -> bool:
    """Whether the cue ending at `ce` is read in a sense that reports no words."""
    if lemma in ("speak", "open", "sum"):
        return False  # "spoke up", "opened up", "summed up" still say something
    if lemma == "contend" and _CONTEND_FOR.match(text, ce):
        return True  # "contended for the party's nomination": competing, not arguing
    return bool(_OTHER_SENSE.match(text, ce)) or (lemma == "report" and bool(_REPORTS_TO.match(text, ce)))


_CONTEND_FOR = re.compile(r"\s+(?:for|with)\b")


def reports_nothing(text: str, ce: int, se: int, lemma: str, after: Span | None) -> bool:
    """True when the clause a cue governs (`after`, from content_after) makes no statement whoever speaks:
    the same tests the finite cue applies to it once the subject is known, where none depends on the subject."""
    if after is None:
        return not quiet_after(text, ce, se, lemma)  # (a quiet end may still close "..., he said.")
    if lemma == "claim" and _CLAIMED_LIVES.match(text, ce):
        return True  # "Hurricane Maria claimed about 3000 lives": a toll, not a claim
    if lemma in _ACTS and _ACTS[lemma].match(text, after[0]) and not THAT.match(text, after[0]):
        return True  # "denied funding", "declared a state of emergency": acts, not words
    if not_speech_sense(text, ce, lemma):
        return True  # "wrote off 57.5 mln stg", "reports to James Siehl"
    if lemma == "decline":
        return withheld(text, after[0])
    if lemma == "respond":
        return bool(NON_RESPONSE.match(text, after[0]))
    if lemma == "call" and CALL_FOR.match(text, ce):
        return False
    if lemma == "describe" and " as " in text[after[0] : after[1]]:
        return False
    return (
        lemma not in STRONG
        and not THAT.match(text, after[0])
        and not DOUBLE_MARK.search(text, after[0], after[1])
    )


def last_end(spans: list[Span]) -> int:
    """The largest end among the spans (most drafts have one)."""
    return spans[0][1] if len(spans) == 1 else max(e for _, e in spans)


def continues(text: str, q: Quotation, se: int) -> bool:
    """True when the sentence goes on in reported words after the quotation: "said "local forces" must lead"."""
    rest = text[q.end : se].strip()
    return bool(rest) and (rest[0].islower() or rest[0].isdigit()) and not _PRONOUN_OR_SAID.match(rest)


def to_first_comma(text: str, span: Span) -> Span:
    """`span` up to its first comma (a closing quotation mark right after the comma stays in)."""
    comma = text.find(",", span[0], span[1])
    if comma <= span[0] + 8:
        return span
    end = comma + 2 if text[comma + 1 : comma + 2] in ('"', "”") else comma
    return trim(text, span[0], end)


def quiet_after(text: str, pos: int, se: int, lemma: str | None = None) -> bool:
    """Only time or place words follow until the sentence ends: "Trump said on Monday.", and after "tell"
    whom it was told to: "..., Smith told reporters on Monday."."""
    if _DIGEST_NEXT.match(text, pos):
        return True  # "..., the USDA said...Japan was rumored": what follows is the digest's next item
    rest = text[pos:se].strip().rstrip(".!?\"”'’ ")
    if lemma == "tell" and rest:
        told = _TOLD_OBJECT.match(rest + " ")
        if told is not None:
            rest = rest[told.end() :].strip()
    return not rest or bool(QUIET_REST.fullmatch(rest))
