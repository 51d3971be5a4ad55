"""A finite cue ("said", "told", "has rejected") and what it reports: a quotation right before or after
its clause, an inverted or parenthetical attribution, or the clause it governs."""

from __future__ import annotations

import re
from typing import Final, Literal

from newsdesk.index.actors.gazetteer import Gazetteer
from newsdesk.index.actors.names import fold
from newsdesk.index.language.cues import STRONG, Cue, lemma_of
from newsdesk.index.language.drafts import Draft
from newsdesk.index.language.quotemarks import DOUBLE_MARK, Quotation, is_title
from newsdesk.index.language.quotes.content import (
    CALL_FOR,
    NON_RESPONSE,
    Span,
    content_after,
    continues,
    foreseen,
    not_speech_sense,
    quiet_after,
    reports_nothing,
    tail_cut,
    to_first_comma,
    trim,
    withheld,
)
from newsdesk.index.language.quotes.patterns import THAT
from newsdesk.index.language.quotes.spans import Sentence
from newsdesk.index.language.speakers import Mention, parse_mention
from newsdesk.index.language.subjects import INTRO, leading_np, left_subject, right_subject, shared_subject

_PASSIVE_LAST: Final = ("was", "were", "is", "are", "been", "being", "be", "get", "got", "ly", "not", "also")
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being|be|get|got)\s+(?:\w+ly\s+|not\s+|also\s+)?$")
_SHARED_SUBJECT = re.compile(
    r"(?:\band|\bbut|,)\s+(?:(?:also|then|later|has|had|have|he|she|they|it|\w+ly)\s+){0,2}$", re.IGNORECASE
)
_SUBORDINATE = re.compile(
    r"\b(?:when|if|as|because|while|although|though|since|unless|until)\s+$", re.IGNORECASE
)
# "After Rorer announced its bid, analysts forecast ...": a time clause opening the sentence ends at its comma.
_FRONTED_TIME_CLAUSE = re.compile(r"(?:[^,;\"“”]{1,40},\s*)?(?:after|before|once)\s+$", re.IGNORECASE)
_SUBORDINATE_CLAUSE = re.compile(r"\s*(?:though|although|while|when|if|because|since|whereas)\s")
_PARENTHETICAL_END = re.compile(r"(?:\s+(?:on|last|this|in|at)\s+\w+(?:\s+\w+)?)?\s*,\s+(?![\"“])")
_RELATIVE_HEAD = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*,\s+(?:who|which)\s")
_SUBORDINATE_OPENER = re.compile(
    r"\s*(?:[A-Z]\w+,\s+)?(?:[Ww]hen|[Aa]fter|[Ww]hile|[Oo]nce|[Bb]efore|[Uu]ntil|[Ii]f|[Bb]ecause|[Ss]ince|"
    r"[Ww]henever|[Aa]lthough|[Tt]hough)\s+[^,;\"“”]{1,60}\s"
)
_NOT_DONE = re.compile(
    r"\b(?:(?:would|could|did|does|do|will|can|has|have|had)\s+(?:yet\s+)?not|"
    r"(?:wouldn|couldn|didn|doesn|don|won|can|hasn|haven|hadn)['’]t|cannot|"
    r"(?:refused|declined)\s+to)\s+$"
)
_WH_NEXT = re.compile(r"\s+(?:at\s+|in\s+|on\s+)?(?:if|whether|what|when|where|how|who|which|why)\b")
_WITHHELD: Final = frozenset("confirm comment disclose reveal specify elaborate identify name".split())
_REPORTED_CLAIM = re.compile(
    r"\b(?i:reports?|claims?|suggestions?|allegations?|rumou?rs?|speculation)\s+(?:that\s+)?"
    r"(?:(?:he|she|they)\s+|(?:[A-Z][\w'’-]+\s+){1,3})(?:had\s+|has\s+)?$"
)
# "In a filing with the SEC, Young, which withdrew its proposal, said ...": the relative's head is the subject.
_OPENED_RELATIVE = re.compile(
    r"\s*(?:In|At|On|During|After|Before|Under|With|Earlier|Later)\s[^,;\"“”]{1,80},\s*"
    r"(?:[A-Z][\w.'’&-]*\s+){0,4}[A-Z][\w.'’&-]*,\s+(?:who|which)\s"
)
_THAN_BEFORE = re.compile(r"\bthan\s+(?:[\w.'’-]+\s+){1,4}$")
# "I look forward to the day when he claims victory": a present-tense cue in "the day when ..." is an
# imagined act ("the day when he said it" stays a past event).
_DAY_WHEN = re.compile(r"\bthe\s+(?:day|time|moment)\s+(?:when|that)\s+(?:[\w.'’-]+\s+){1,4}$")
_NAME_THEN_ASIDE = re.compile(
    r"\s*(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*,\s*(?:speaking|talking|writing|testifying|appearing|"
    r"responding|commenting|replying|addressing)\b[^,;\"“”]*,$"
)
_PRONOUN_OPENS = re.compile(r"\s+(?:he|she|they|it|we|I|you)\s+\w")
COMMA_ENDS: Final = (",", ',"', ",”", ",''")


def finite(sent: Sentence, cue: Cue, lemma: str, main_subject: Mention | None) -> Draft | None:
    """The statement a finite cue makes in `sent`, if any; `main_subject` is who spoke first in it."""
    text, ss, se = sent.text, sent.start, sent.end
    cs, ce, form = cue
    if _speaks_not(text, ss, cs, ce, lemma):
        return None
    # 1. Quotation right before the cue clause: "...," he said / "...," said Trump.
    found = _quote_before(sent, cue)
    if found is not None:
        return found or None
    # 2. Quotation right after the cue clause: Trump said: "..." / he told reporters, "...".
    next_q = None
    for q in sent.quotes:
        if q.start >= ce and not q.used:
            next_q = q
            break
    before = text[ss:cs].rstrip()
    after: Span | None = None
    after_known = False
    if next_q is None and not before.endswith(COMMA_ENDS) and not _PARENTHETICAL_END.match(text, ce, se):
        # Neither a quotation nor an inverted or parenthetical attribution can follow: the cue is a statement
        # only through the clause it governs. When that clause reports nothing ("expected the deal to
        # close"), no subject can change it, so the subject (the costliest step) is not read at all.
        after, after_known = content_after(text, ce, se, lemma), True
        if reports_nothing(text, ce, se, lemma, after):
            return None
    mention = _clause_subject(text, ss, cs, sent.gz)
    if mention is None and _SHARED_SUBJECT.search(text, max(ss, cs - 40), cs):
        # "He said A and said B", "X obtained a video and said ...": the cue shares the sentence's subject.
        mention = main_subject or shared_subject(text, ss, cs, sent.gz) or leading_np(text, ss, cs, sent.gz)
    if next_q is not None and mention is not None and _introduces(text, ce, next_q, se):
        return Draft([(next_q.start, next_q.end)], form, cs, mention, "before quote")
    # 3. Reported speech: "..., said X" / "..., X said." / "X said (that) ...".
    if before.endswith(COMMA_ENDS) and before.strip(" ,\"”'"):
        inverted = None if lemma in _LISTENER_AFTER else _inverted(sent, cue, before, mention)
        if inverted is not None:
            return inverted
    if mention is None:
        return None
    around = _around_cue(sent, cue, mention)
    if around is not None:
        return around
    if not after_known:
        after = content_after(text, ce, se, lemma)
    return _governed(sent, cue, lemma, mention, after)


# "In her Facebook video, Jorgensen confirmed ...", "For nominee Jo Jorgensen, the campaign began ...": a fronted
# phrase with no verb of its own sets the scene; it reports nothing.
_FRONTED_PHRASE = re.compile(
    r"(?:In|On|At|For|During|After|Before|Via|Through|With|From|Under|Within|Amid|Despite)\s"
    r"(?![^,]*\b(?:is|are|was|were|has|have|had|will|would|may|might|can|could|should|must|\w+ed)\b)"
    r"(?:[^\s,;\"“”]+\s+){0,5}[^\s,;\"“”]+,$"  # (a phrase of a few words: a longer one holds a clause)
)


# "According to news agency ISNA, the prosecutor, Ali Mehr, said": the source relays, the subject follows it.
_ACCORDING_OPENER = re.compile(r"[Aa]ccording\s+to\s+[^,;:\"“”]{1,60},\s+")


# "Erwin Chemerinsky, Dean of UC Berkeley School of Law called", "In the blog post Chris Wright, the Chief
# Technological Officer of Red Hat said": a name, then its office with the closing comma left out.
_NAME_COMMA = re.compile(r"((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]*),\s*$")
_OFFICE_WORDS = re.compile(r"(?:the|a|an)\s|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+(?:of|at|for)\s")
_SCENE_BEFORE_NAME = re.compile(
    # (A scene that ends in a common noun: "In the blog post"; not "In comments to Judge", "in the Congressional")
    r"\s*(?:(?:In|On|At|Via|Through|Under)\s(?![^,]*\b(?:to|with|from|by|for)\s)(?![^,]*ing\b)[^,;\"“”]{0,60}?"
    r"\b(?!(?:the|a|an|its|his|her|their|of|in|on|at|and)\s)[a-z]+\s+)?"
)


def _clause_subject(text: str, ss: int, cs: int, gz: Gazetteer) -> Mention | None:
    """The subject before the cue, past an "According to X," opener; a name before its office outranks it."""
    mention = left_subject(text, _past_according(text, ss, cs), cs, gz)
    if mention is not None and mention.kind == "unnamed":
        return _name_before_office(text, ss, mention, gz) or mention
    return mention


def _name_before_office(text: str, ss: int, office: Mention, gz: Gazetteer) -> Mention | None:
    """The person named right before an unnamed office subject, when that name opens the clause."""
    if not _OFFICE_WORDS.match(office.text):
        return None  # "Acme Widgets, Inc. said": a legal form, no office
    m = _NAME_COMMA.search(text, max(ss, office.start - 60), office.start)
    if m is None or not _SCENE_BEFORE_NAME.fullmatch(text, ss, m.start(1)):
        return None
    if not gz.is_given_name(m.group(1).split()[0]):
        return None  # "Trade Report, the department said": a title, not a person's name
    name = parse_mention(m.group(1), m.start(1), gz)
    return name if name is not None and name.kind == "name" and name.actor_kind == "person" else None


def _past_according(text: str, ss: int, cs: int) -> int:
    """Where the clause's subject may start: after an opening "According to X," if there is one."""
    m = _ACCORDING_OPENER.match(text, ss, cs)
    return m.end() if m else ss


_HAD_INVERTED = re.compile(r"(?:^|[\s,])[Hh]ad\s+(?:he|she|they|we|I|it)\s+$")


def _speaks_not(text: str, ss: int, cs: int, ce: int, lemma: str) -> bool:
    """A cue whose subject does not speak: "Sanders was asked" (spoken to), "When Trump interjected, Biden
    said ..." (the cue governs nothing; the main clause speaks)."""
    lo = max(ss, cs - 24)
    # _PASSIVE ends in an auxiliary, an -ly adverb, "not" or "also": test the last word before the regex.
    if text[lo:cs].rstrip().endswith(_PASSIVE_LAST) and _PASSIVE.search(text, lo, cs):
        return True
    withheld = lemma in _WITHHELD or (lemma == "say" and _WH_NEXT.match(text, ce) is not None)
    if withheld and _NOT_DONE.search(text, max(ss, cs - 30), cs):
        return True  # "Mears would not confirm Dasbach's account": no words were given
    if _claim_word_before(text, max(ss, cs - 60), cs) and _REPORTED_CLAIM.search(text, max(ss, cs - 60), cs):
        return True  # "Blair has dismissed reports he told Brown he would quit": others' claim, not his words
    if text.find("than ", max(ss, cs - 40), cs) >= 0 and _THAN_BEFORE.search(text, max(ss, cs - 40), cs):
        return True  # "£2bn more than Mr Brown predicted in his March budget": a comparison, not words
    if (
        foreseen(text, ss, cs)
        # ("ad" first: a scan in C rules the pattern out for nearly every cue)
        or (text.find("ad", max(ss, cs - 30), cs) >= 0 and _HAD_INVERTED.search(text, max(ss, cs - 30), cs))
        or _imagined(text, ss, cs, ce)
    ):
        # "Mr Brown is expected to say ...": speech foreseen by the writer, not yet made; "longer had he
        # denied the charge": a counterfactual, never said; "the day when he claims victory": imagined
        return True
    if lemma == "accuse" and text.startswith(" of ", ce):
        return True  # "Labour accused of 'EU propaganda'": a headline's passive, the subject is accused
    return text.startswith(",", ce) and bool(_SUBORDINATE_OPENER.fullmatch(text, ss, cs))


def _imagined(text: str, ss: int, cs: int, ce: int) -> bool:
    """Whether a present-tense cue at [cs, ce) stands in "the day/time when ...": an act imagined, not said."""
    lo = max(ss, cs - 60)
    return (
        text[ce - 1] == "s" and text.find("the ", lo, cs) >= 0 and _DAY_WHEN.search(text, lo, cs) is not None
    )


def _claim_word_before(text: str, lo: int, hi: int) -> bool:
    """Whether [lo, hi) may hold a word `_REPORTED_CLAIM` opens with: a test of lower-cased ASCII in C, where
    the pattern (a word boundary first) is tried at every position (other text goes to the pattern)."""
    window = text[lo:hi]
    if not window.isascii():
        return True
    window = window.lower()
    # (the words of `_REPORTED_CLAIM` written out: a generator over them costs more than the six scans)
    return (
        "report" in window
        or "claim" in window
        or "suggestion" in window
        or "allegation" in window
        or "rumo" in window
        or "speculation" in window
    )


def _quote_before(sent: Sentence, cue: Cue) -> Draft | Literal[False] | None:
    """'"...," he said', '"...," said Trump': the quotation just before the cue, as the statement;
    False when the cue is no statement at all, None when this is not the layout."""
    text, ss, se = sent.text, sent.start, sent.end
    cs, ce, form = cue
    prev_q = None
    for q in reversed(sent.quotes):  # (a plain loop: most sentences hold no quotation, and no generator)
        if q.end <= cs and not q.used:
            prev_q = q
            break
    if prev_q is None:
        return None
    gap = text[prev_q.end : cs]
    close_len = 2 if text[prev_q.end - 2 : prev_q.end] == "''" else 1
    inner_end = text[prev_q.end - close_len - 1] if prev_q.end - prev_q.start > 2 * close_len else ""
    ends_open = inner_end in (",", "?", "!", "—", "-", "–", "…") or gap.lstrip().startswith((",", "—", "–"))
    gap_words = gap.strip(" ,—–-").split()
    if not (
        (len(gap_words) <= 8 or (len(gap_words) <= 18 and gap.count(",") >= 2))
        and '"' not in gap
        and "“" not in gap
        and (ends_open or quiet_after(text, ce, se))
    ):
        return None
    mention = _speaker_between(sent, prev_q, cue, gap_words)
    if mention is None:
        return None
    lead = text[ss : prev_q.start]
    if INTRO.match(lead.strip()) and lead.rsplit(None, 1)[-1:] in (
        ["on"],
        ["in"],
        ["of"],
        ["at"],
        ["to"],
        ["from"],
    ):
        # (the last word, not its letters: 'in the section "participations," Christians said' is no title)
        return False  # a title inside an introductory phrase: 'In an appearance on "Morning Joe," X asked'
    if lead.strip() and is_title(text, prev_q):
        # (A title before the cue, 'In his new book, "Doomed to Succeed," Mr. Ross said', is not his
        # words: fall through to what the cue governs.)
        return None
    if len(lead.split()) > 2 and not lead.rstrip().endswith(":"):
        # Reported words around a partial quote: "The rival will play the "woman card," X said".
        return Draft([trim(text, ss, prev_q.end)], form, cs, mention, "after clause")
    return Draft([(prev_q.start, prev_q.end)], form, cs, mention, "after quote")


def _speaker_between(sent: Sentence, prev_q: Quotation, cue: Cue, gap_words: list[str]) -> Mention | None:
    """Who speaks a quotation that ends right before the cue: the words between them, or after the cue."""
    text, gz = sent.text, sent.gz
    cs = cue.start
    if len(gap_words) == 1 and gap_words[0][:1].isupper() and gap_words[0].isalpha():
        # '"...," From said': one capitalised word between quotation and cue is a name.
        word = gap_words[0]
        at = text.find(word, prev_q.end, cs)
        return parse_mention(word, at, gz) or Mention(word, at, at + len(word), "name", word, "person")
    if gap_words:
        return left_subject(text, prev_q.end, cs, gz)
    return right_subject(text, cue.end, sent.end, gz)


def _introduces(text: str, ce: int, next_q: Quotation, se: int) -> bool:
    """True when the words from the cue to the next quotation only introduce it ('told reporters: "').'"""
    gap = text[ce : next_q.start]
    return (
        len(gap.split()) <= 6
        and not THAT.search(gap)
        and '"' not in gap
        and not _EMBEDDED_CUE.search(gap)
        and (gap.rstrip().endswith((":", ",")) or not gap.strip())
        and (gap.rstrip().endswith((":", ",")) or not continues(text, next_q, se))
    )


# 'He said the man shouted: "..."': a cue with a subject of its own between; the quotation is that one's.
_EMBEDDED_CUE = re.compile(
    r"\w\s+(?:said|told|wrote|shouted|added|warned|insisted|replied|declared|explained)\b"
)
_SHORT_PAREN = re.compile(r"\s*\([^()]{1,24}\)")


# Cues whose object is the one spoken to: "Baglini, a deputy, told the Radio del Plata ..." is no inverted
# "..., said X" (the one told is never the speaker).
def _no_inverted_speaker(text: str, cue: Cue, right: Mention) -> bool:
    """Whether the words after the cue name no inverted speaker: "Cruz, the mayor of San Juan, said she would
    challenge ..." (a clause follows), "The petition, filed by ..., asks USDA to allow ..." (USDA is asked)."""
    if lemma_of(cue.form) in _ASKING and _TO_INFINITIVE.match(text, right.end):
        return True
    return right.kind != "pronoun" and _PRONOUN_OPENS.match(text, cue.end) is not None


_TO_INFINITIVE = re.compile(r"\s+to\s+[a-z]+")
_ASKING: Final = frozenset({"ask", "invite", "request", "press", "call"})
_LISTENER_AFTER: Final = frozenset({"tell", "inform", "brief", "assure", "urge"})


_OWN_VERB = re.compile(r"\s+(?:has|have|had|is|are|was|were|will|would|could|may|might|must|should)\s+\w")


def _inverted(sent: Sentence, cue: Cue, before: str, mention: Mention | None) -> Draft | None:
    """ "..., said X": the speaker after the cue, the reported words before it (`before`, ending in a comma)."""
    text, ss, se = sent.text, sent.start, sent.end
    if _NAME_THEN_ASIDE.match(before):
        return None  # "Al-Chalabi, speaking at a university here yesterday, said ...": he is the subject
    right = right_subject(text, cue.end, se, sent.gz)
    if right is None or _no_inverted_speaker(text, cue, right):
        # "Cruz, the mayor of San Juan, said she would challenge ...": a clause follows, no inverted speaker
        return None
    # "..., said Senator Robert Dole (R-Kan)." : a party and state after the name close nothing.
    paren = _SHORT_PAREN.match(text, right.end, se)
    rest = paren.end() if paren else right.end
    if not (quiet_after(text, rest, se) or text[rest:se].lstrip().startswith(",")):
        return None
    aside = _inverted_aside(sent, cue, before, right, rest, mention)
    if aside is not None:
        return aside
    left_named = (
        mention is not None
        and len(mention.text.split()) <= 12
        # "... during the UK's presidency of the G8 and EU in 2005, said a spokesman": words ending the
        # reported clause are no subject; a subject opens its sentence (after a few words at most)
        and len(text[ss : mention.start].split()) <= 6
        and not mention.text.endswith(("'s", "’s"))  # "Labour's choice of ... proves ..., says a race group"
        # "Slough Conservative Association has now been placed on ..., says a spokesman": the subject has a
        # verb of its own; the cue after the comma is the spokesman's
        and not _OWN_VERB.match(text, mention.end, cue.start)
        and (
            mention.kind in ("name", "pronoun")
            # "The princess, 67, announced her candidacy": a described subject right before the cue
            or (mention.kind in ("unnamed", "nominal") and not text[mention.end : cue.start].strip(" ,"))
        )
    )
    relative = _RELATIVE_HEAD.match(text, ss) is not None or _OPENED_RELATIVE.match(text, ss) is not None
    if (left_named and (right.kind != "name" or relative)) or (relative and right.kind != "name"):
        # "Barkley, who said he votes Democratic, said X": the sentence's own subject speaks, not "X";
        # "Kiechle, who yesterday denounced ..., warned the meeting the measures ...": not "the meeting".
        return None
    cut = ss + len(before) - (0 if before[-1] in "\"”'" else 1)
    span = trim(text, ss, cut)
    if span[1] - span[0] >= 8:
        return Draft([span], cue.form, cue.start, right, "inverted")
    return None


_PARTICIPLE_NEXT = re.compile(r"\s*\w+ing\b")
_OWNER_FIRST = re.compile(r"(?:its|his|her|their|our)\s", re.IGNORECASE)


def _inverted_aside(
    sent: Sentence, cue: Cue, before: str, right: Mention, rest: int, left: Mention | None
) -> Draft | None:
    """ "As a result, says the committee, the government may need to ...": an inverted attribution set
    inside the reported words; both sides of it are the speaker's."""
    if left is not None and left.kind in ("name", "pronoun"):
        return None  # a named subject ("Young, which yesterday withdrew ..., said its ...") speaks itself
    text, ss, se = sent.text, sent.start, sent.end
    comma = text.find(",", rest, se)
    if (
        comma < 0
        or text[rest:comma].strip()
        or len(text[comma + 1 : se].split()) < 3
        or right.kind == "pronoun"
    ):
        return None
    if right.role is not None or _PARTICIPLE_NEXT.match(text, comma + 1) or _OWNER_FIRST.match(right.text):
        return None  # "..., said Smith, the chairman of the firm." / "..., said Smith, adding that ..."
    first = trim(text, ss, ss + len(before) - (0 if before[-1] in "\"”'" else 1))
    after = trim(text, comma + 1, se)
    after = trim(text, after[0], tail_cut(text, after[0], after[1]))
    spans = [sp for sp in (first, after) if sp[1] - sp[0] >= 3]
    return Draft(spans, cue.form, cue.start, right, "inverted aside") if spans else None


def _around_cue(sent: Sentence, cue: Cue, mention: Mention) -> Draft | None:
    """ "Riding alone, they said, can be hazardous": the attribution sits inside the reported words."""
    text, ss, se = sent.text, sent.start, sent.end
    head = text[ss : mention.start].rstrip()
    if not (
        head.endswith((",", ',"', ",”"))
        and len(head.split()) >= 3
        and _PARENTHETICAL_END.match(text, cue.end, se)
    ):
        return None
    first = trim(text, ss, ss + len(head) - (0 if head[-1] in '"”' else 1))
    rest = trim(text, text.find(",", cue.end, se) + 1, se)
    rest = trim(text, rest[0], tail_cut(text, rest[0], rest[1]))
    spans = [sp for sp in (first, rest) if sp[1] - sp[0] >= 3]
    return Draft(spans, cue.form, cue.start, mention, "around cue") if spans else None


def _governed(sent: Sentence, cue: Cue, lemma: str, mention: Mention, after: Span | None) -> Draft | None:
    """ "X said (that) ...": the clause the cue governs (`after`), if it reports words; else "..., he said."."""
    text, ss, se = sent.text, sent.start, sent.end
    cs, ce, form = cue
    if after and fold(mention.text) in ("who", "which"):
        after = to_first_comma(text, after)
    if after is None:
        # "..., he said." closes a reported clause that came first.
        head = text[ss : mention.start].rstrip()
        if (
            head.endswith((",", ',"', ",”"))
            and quiet_after(text, ce, se, lemma)
            and not _FRONTED_PHRASE.match(head)
        ):
            span = trim(text, ss, ss + len(head) - (0 if head[-1] in '"”' else 1))
            if span[1] - span[0] >= 8:
                return Draft([span], form, cs, mention, "before cue")
        return None
    after = _reported(text, ce, lemma, after)
    if after is None:
        return None
    clause = text.rfind(",", ss, cs)
    # (A subject that opens the sentence has nothing before it: no call for the empty window.)
    if (
        (mention.start > ss and _SUBORDINATE.search(text, max(ss, mention.start - 12), mention.start))
        or _SUBORDINATE_CLAUSE.match(text, clause + 1 if clause >= 0 else ss, cs)
        or (mention.start > ss and _FRONTED_TIME_CLAUSE.fullmatch(text, ss, mention.start))
    ):
        # "when he says X, it would seem ...": the reported clause ends at the comma.
        after = to_first_comma(text, after)
    return Draft([after], form, cs, mention, "reported")


def _reported(text: str, ce: int, lemma: str, after: Span) -> Span | None:
    """The governed clause `after` as reported words, or None when the cue reports nothing with it."""
    if not_speech_sense(text, ce, lemma) or (lemma == "decline" and withheld(text, after[0])):
        return None  # "declined to run", "declined to say if ...": no words given ("declined to comment" is)
    if lemma == "respond" and NON_RESPONSE.match(text, after[0]):
        return None  # "did not respond to requests for comment"
    call_for = CALL_FOR.match(text, ce) if lemma == "call" else None
    if call_for:
        return trim(text, call_for.end(), after[1])  # "called for reducing the tax": a demand
    if lemma == "describe" and " as " in text[after[0] : after[1]]:
        return after  # "described the impact as horrendous": a characterisation
    if (
        lemma not in STRONG
        and not THAT.match(text, after[0])
        and not DOUBLE_MARK.search(text, after[0], after[1])
    ):
        return None
    return after
