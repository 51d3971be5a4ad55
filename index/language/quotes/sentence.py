"""One sentence's statements: every cue outside quotation marks, left to right, read as a finite verb,
a participle hanging from the clause's subject, or `according to`; a cue inside the content of an
earlier one opens a statement of its own only where a new clause with its own speaker starts."""

from __future__ import annotations

import re
from typing import Final

from newsdesk.index.actors.names import fold
from newsdesk.index.language.cues import PARTICIPLES, Cue, lemma_of
from newsdesk.index.language.drafts import Draft
from newsdesk.index.language.quotemarks import quotation_at
from newsdesk.index.language.quotes.according import according, relayed_subject
from newsdesk.index.language.quotes.content import content_after, foreseen, last_end, trim
from newsdesk.index.language.quotes.finite import finite
from newsdesk.index.language.quotes.passive import passive_agents
from newsdesk.index.language.quotes.patterns import CLAUSE_START
from newsdesk.index.language.quotes.spans import Sentence
from newsdesk.index.language.speakers import Mention, parse_mention
from newsdesk.index.language.subjects import leading_np, left_subject

_ACCORDING = "according to"
_NOUNISH: Final[frozenset[str]] = frozenset(
    {
        "report",
        "reports",
        "claim",
        "claims",
        "warning",
        "promise",
        "promises",
        "call",
        "calls",
        "estimates",
        "fears",
        "hopes",
        "remarks",
        "note",
        "notes",
        "tweet",
        "tweets",
        "says",
        "denial",
        "questioned",
        "post",
        "posted",
        "statement",
        "states",
        "demand",
        "demands",
        "joke",
        "jokes",
        "signal",
        "signals",
        "reply",
        "replies",
        "concern",
        "worry",
        "quip",
        "boast",
        "pledge",
        "pledges",
        "vow",
        "vows",
        "shows",
        "state",
        "found",
        "believe",
        "find",
        "show",
        "reads",
    }
)
_DIRECTLY_AFTER_DET = frozenset(
    {"says", "reads", "notes", "states", "shows", "calls", "claims", "reports", "demands", "tweets"}
)
_DETERMINER_BEFORE = re.compile(
    r"\b(?:a|an|the|his|her|their|its|our|my|your|this|that|these|those|new|latest|recent|such|no|"
    r"(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*['’]s?|[a-z][\w.-]*['’]s)\s+(?:[\w-]+\s+){0,2}$"
)
# "other member states", "two member states", "the two Post-Soviet states": the noun, which a cue "states"
# never follows.
_STATES_NOUN = re.compile(
    r"\b(?:members?|other|neighbouring|neighboring|nuclear|island|rogue|client|sovereign|frontline|gulf|baltic|"
    r"arab|swing|coastal|border|nation|many|several|both|all|some|most|two|three|four|five|various|certain|individual|battleground|"
    r"\d+)\s+"
    r"(?:[A-Z][\w'’-]+\s+)?$",  # "the two Post-Soviet states": one name-like adjective between
    re.IGNORECASE,
)
_DET_ADJACENT = re.compile(
    # "the president's tweets are": a possessive right before the word makes it a noun
    r"\b(?:a|an|the|his|her|their|its|our|my|your|this|that|these|those|[\w.-]+['’]s)\s+$",
    re.IGNORECASE,
)


_VERB_NEXT = re.compile(
    r"\s+(?:said|says|say|found|finds|shows|showed|show|concluded|suggests|suggested|noted|"
    r"warned|argued|claimed|stated|added|and|or)\b"
)
_BY_AGENT = re.compile(r"\s+by\s")
_VERB_BY = re.compile(r"\b[a-z]+\s+by\s+$")
_MODIFIER_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|his|her|their|its|our|my|this|these|those)|\d"
    r"|\b(?!(?:he|she|it|that|there|who|what|here)['’])\w+['’]s)\s+$",  # a possessive, not "he's"
    re.IGNORECASE,
)
# (A capital too: "the expected Army Board meeting", "a reported U.S. offer".)
# (Or a quoted noun: 'the alleged "losers" comment'.)
_NOUN_AFTER = re.compile(r"\s+[\"“]?[A-Za-z]+\b(?!\s+(?:that|to)\b)")
_MODAL_BEFORE = re.compile(r"\b(?:might|could|would|will|may|can|should|must|to)\s+$")
_THAT_NEXT = re.compile(r"\s+that\b")
# "reports of", "notes due 1992", "notes maturing in", "notes issued by": the noun
_OF_NEXT = re.compile(r"\s+(?:of|due|maturing|issued)\b")
# "bonds and notes", "cash or notes": a noun joined to another (the verb would take "that" after it).
_JOINED_BEFORE = re.compile(r"\b(?:and|or)\s+$")
_COUNT_BEFORE = re.compile(
    r"(?:\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty|several|many|some|all|"
    r"both|few|other|more|U\.S\.)|\d)\s+$"
)
# "U.S. February reports", "convertible notes", "weekly reports": a month or an adjective before these
# makes the noun (not "May": Theresa May reports; "a poll released in August found" is a cue).
_PAPER_BEFORE = re.compile(
    r"\b(?:January|February|March|April|June|July|August|September|October|November|December|"
    r"convertible|subordinated|senior|secured|unsecured|promissory|guaranteed|rate|term|"
    r"daily|weekly|monthly|quarterly|annual|press|news|media|newspaper|newspapers|magazine|television|radio|"
    r"tv|wire|unconfirmed|earlier|recent|conflicting)\s+$"
)
_PAPERS: Final = frozenset({"report", "reports", "note", "notes"})
# "Unconverted notes will be repaid", "the reports are false": a plural noun before a modal or an auxiliary
# (the verb "notes" takes an object or "that", never "will").
_AUX_NEXT = re.compile(r"\s+(?:will|would|shall|should|can|could|may|might|must|are|were|have|had)\b")
# "conflicting claims from both sides", "unconfirmed claims": an adjective before "claims" makes the noun.
_CLAIMS_ADJECTIVE = re.compile(
    r"\b(?:conflicting|unconfirmed|unfounded|false|competing|rival|earlier|recent)\s+$"
)
# "he played down reports", "dismissed claims", "rejected calls": the object of a verb just before it.
_VERB_OBJECT_BEFORE = re.compile(r"\b(?:[a-z]{2,}ed(?:\s+(?:down|off|aside|out))?|down|aside)\s+$")
# What may stand before a participle cue that hangs from the clause's subject (", saying ...").
_PARTICIPLE_AFTER: Final = (",", ',"', ",”", ", while", ", before", ", after", " by")


def sentence_drafts(sent: Sentence, cues: list[Cue]) -> list[Draft]:
    """Drafts for one sentence: every cue outside quotation marks, left to right."""
    text = sent.text
    out: list[Draft] = []
    claimed_until = sent.start
    main_subject: Mention | None = None
    passives: list[Draft] = []
    for cue in cues:
        cs, ce = cue.start, cue.end
        if (
            (sent.quotes and quotation_at(cs, sent.quotes))
            or (cs > 0 and text[cs - 1] in "-‐<")
            or text[ce : ce + 1] in ("-", "=")
        ):
            continue  # inside quotation marks, a compound ("so-called"), or markup ("<tweet-author=")
        if text.find(" by ", ce, ce + 32) >= 0:
            passive = passive_agents(sent, cue)
            if passive:
                # Its words stand before its cue (or are its own infinitive): it claims nothing of the sentence,
                # and goes after the sentence's other drafts, which later cues and quotations continue.
                passives.extend(passive)
                continue
        if cs < claimed_until:
            split, both = _inside(sent, out, cue)
            if split is not None and both:
                out.append(split)  # the source's statement stays, and claims what it claimed
            elif split is not None:
                if sent.quotes:
                    _claim_quotes(sent, split)
                out.append(split)
                claimed_until = last_end(split.spans) if split.how != "inverted" else ce
            continue
        draft = _draft(sent, cue, out, main_subject)
        if draft is None:
            continue
        if (
            draft.mention
            and draft.how != "participle"
            and (main_subject is None or _after_quoted_end(sent, draft))
        ):
            main_subject = draft.mention
        if sent.quotes:  # (most sentences quote nothing)
            _claim_quotes(sent, draft)
        out.append(draft)
        claimed_until = max(claimed_until, last_end(draft.spans) if draft.how != "inverted" else ce)
    return passives + out if passives else out


def _inside(sent: Sentence, out: list[Draft], cue: Cue) -> tuple[Draft | None, bool]:
    """A cue inside the content of an earlier one: a nested report, unless a new clause starts with its own
    speaker (", and Trump vowed ...", ', to which X interjected: "..."'), the content opens with a relayed
    speaker's own report, or an "According to X," source names the speaker (then both stay: True)."""
    if not out:
        return None, False
    split = _split_clause(sent, out[-1], cue)
    if split is None and _RELAY_COLON.match(sent.text, cue.end):
        split = _relayed(sent, out, cue)
    if split is None and cue.form.lower() in _RELAYED_FORMS:
        split = _nested(sent, out, cue)
    if split is None and out[-1].how == "according":
        # "According to The Washington Post, intelligence officials warned ...": the source's statement
        # stays, and the speaker it names has one of its own.
        inner = _according_inner(sent, out[-1], cue)
        return inner, inner is not None
    return split, False


# '... their act?" Mr Blair said ...': a quotation that ends a sentence inside the splitter's one sentence.
_QUOTED_END = re.compile(r"[.?!][\"”’']\s+$")


def _after_quoted_end(sent: Sentence, draft: Draft) -> bool:
    """True when the draft's subject opens a new sentence after a quotation that ended one: the subject later
    cues of the sentence share ("... and promised")."""
    at = draft.mention.start if draft.mention else sent.start
    return at - 4 > sent.start and bool(_QUOTED_END.search(sent.text, at - 4, at))


def _draft(sent: Sentence, cue: Cue, out: list[Draft], main_subject: Mention | None) -> Draft | None:
    """The statement one cue outside any earlier statement's content makes, if any."""
    lemma = lemma_of(cue.form)
    low = cue.form.lower()
    if _not_a_cue(sent, cue, low, lemma):
        return None
    if lemma == _ACCORDING:
        return according(sent, cue)
    if low in PARTICIPLES and _hangs_from_subject(sent, cue, bool(out)):
        return _participle(sent, cue, lemma, main_subject or (out[-1].mention if out else None))
    if low.endswith("ing") or low in ("shown", "written"):
        return None
    return finite(sent, cue, lemma, main_subject)


def _not_a_cue(sent: Sentence, cue: Cue, low: str, lemma: str) -> bool:
    """True when the cue word is used as something else here: a noun, an aside, a bare verb after a
    modal, a passive with its agent after "by", an adjective."""
    text, ss = sent.text, sent.start
    cs, ce, _ = cue
    if low in _NOUNISH and _used_as_noun(text, ss, cs, ce, low):
        return True  # "a Financial Times report", "the NAO report said", "fourteen states": a noun, not a cue
    if low == "say" and text[ss:cs].rstrip().endswith(",") and text.startswith(",", ce):
        return True  # "a total of, say, 6,900": an aside, not a cue
    if low in ("show", "shows") and text.startswith(",", ce):
        return True  # "Interviewed on BBC Radio 2's Jeremy Vine show, Mr Howard said": a programme
    if low == lemma and _MODAL_BEFORE.search(text, max(ss, cs - 12), cs) and not _THAT_NEXT.match(text, ce):
        return True  # "it might add others": a modal with a bare verb reports nothing
    if _BY_AGENT.match(text, ce):
        return True  # "proposals announced by the minister": passive, the speaker comes after "by"
    if low == "asked" and _NOT_NAMED.match(text, ce):
        return True  # "an aide, who asked not to be identified, said": a condition, not a statement
    if low == "asked" and _ASKED_OBJECT.match(text, ce) and not text[ss:cs].strip(" \"“”'"):
        return True  # "Asked about the dollar, Baker said": the one asked answers later
    if low == "asked" and _ASKED_OBJECT.match(text, ce) and text[ss:cs].rstrip().endswith(","):
        return True  # "Baker, asked whether he was concerned, said he was not": Baker was asked
    if (
        low in _ADJECTIVAL
        and _ADJECTIVE_SERIES.search(text, max(ss, cs - 30), cs)
        and _BARE_NOUN.match(text, ce)
    ):
        return True  # "the new, promising business of": one adjective of a series, not ", promising ..."
    # "nearly 400 pledged delegates", "his stated goal": an adjective, not a cue
    return bool(
        low.endswith("ed")
        and _NOUN_AFTER.match(text, ce)
        and _MODIFIER_BEFORE.search(text, max(ss, cs - 16), cs)
    )


def _used_as_noun(text: str, ss: int, cs: int, ce: int, low: str) -> bool:
    """True when a cue word that is also a noun ("report", "states") is the noun here."""
    return bool(
        (
            _DETERMINER_BEFORE.search(text, max(ss, cs - 40), cs)
            and (low not in _DIRECTLY_AFTER_DET or _DET_ADJACENT.search(text, max(ss, cs - 12), cs))
        )
        or _VERB_NEXT.match(text, ce)
        or _OF_NEXT.match(text, ce)
        or _COUNT_BEFORE.search(text, max(ss, cs - 24), cs)
        or (low == "states" and _STATES_NOUN.search(text, max(ss, cs - 16), cs))
        or (low in _PAPERS and _PAPER_BEFORE.search(text, max(ss, cs - 16), cs))
        or (low in ("notes", "reports") and _AUX_NEXT.match(text, ce))
        or (
            low == "notes"
            and _JOINED_BEFORE.search(text, max(ss, cs - 5), cs)
            and not _THAT_NEXT.match(text, ce)
        )
        # "three-quarters of states must", "challenging certain states' procedures"
        or (low == "states" and (text[max(ss, cs - 4) : cs] == " of " or text.startswith(("'", "’"), ce)))
        or (low == "claims" and _CLAIMS_ADJECTIVE.search(text, max(ss, cs - 16), cs))
        or _VERB_OBJECT_BEFORE.search(text, max(ss, cs - 24), cs)
    )


def _hangs_from_subject(sent: Sentence, cue: Cue, after_draft: bool) -> bool:
    """True when a participle cue hangs from a clause before it: ", saying ...", "and adding", ': "'."""
    text, ss, cs = sent.text, sent.start, cue.start
    return bool(
        text[ss:cs].rstrip().endswith(_PARTICIPLE_AFTER)
        or (after_draft and text[ss:cs].endswith((" and ", " while ")))
        or text.startswith((":", ': "', ": “"), cue.end)
    )


def _participle(sent: Sentence, cue: Cue, lemma: str, subject: Mention | None) -> Draft | None:
    """ ", saying ..." hangs from the clause's subject, or the last speaker of this sentence (`subject`)."""
    text, ss, cs = sent.text, sent.start, cue.start
    by_verb = _VERB_BY.search(text, max(ss, cs - 40), cs) if subject is None else None
    if (
        by_verb
    ):  # "he began by saying", "He underlined the call for cooperation by saying": the clause's subject
        subject = leading_np(text, ss, cs, sent.gz) or left_subject(text, ss, by_verb.start(), sent.gz)
    subject = (
        relayed_subject(sent, cs)
        or _absolute_subject(sent, cs)
        or _object_author(sent, cs)
        or subject
        or leading_np(text, ss, cs, sent.gz)
    )
    if _BETWEEN_NAME.search(text, max(ss, cs - 60), cs):
        return None  # "a meeting between Giuliani, claiming to ..., and Yermak": an aside on one of the pair
    if foreseen(text, ss, cs) or _DOCUMENT_SOUGHT.search(text, max(ss, cs - 200), cs):
        # "is expected to win over opponents by saying ...": not said yet; "will push for a statement from
        # the summit, urging talks": what a document still to be written would say
        return None
    span = content_after(text, cue.end, sent.end, lemma)
    if span and lemma == "respond" and _TO_WHAT.match(text, span[0]):
        return None  # ", responding to the kidnapping,": what was answered, not the answer
    if span and subject:
        return Draft([span], cue.form, cs, subject, "participle")
    return None


_TO_WHAT = re.compile(r"to\b")
_BETWEEN_NAME = re.compile(r"\bbetween\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*,\s*$")
# "Washington was stunned, with President Reagan speaking for most people by admitting ...": the one after
# "with" acts in the absolute phrase, not the clause's subject.
_DOCUMENT_SOUGHT = re.compile(
    r"\b(?:will|would|to)\s+(?:[a-z]+\s+){1,2}(?:a|an)\s+(?:[\w-]+\s+){0,2}"
    r"(?:statement|declaration|resolution|communique|letter|appeal|motion)\b[^,;\"“”]{0,120},\s*$"
)
_WITH_ABSOLUTE = re.compile(r"\bwith\s+((?:[A-Z][\w.'’-]*\s+){1,4})[a-z]+ing\b[^,;\"“”]{0,60}\s+by\s+$")


# "Science published a report by a team from UH Manoa, saying ...": the participle after a paper with its
# author tells what the paper says, so its author speaks, not the one who published it.
_OBJECT_AUTHOR = re.compile(
    r"\b(?:published|released|issued|presented|cited|quoted)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:report|study|statement|letter|paper|survey|analysis|review|article)\s+(?:by|from)\s+([^,;\"“”]{3,160}?)\s*,\s*$"
)


_PAREN = re.compile(r"\s*\([^()]*\)")


def _object_author(sent: Sentence, cs: int) -> Mention | None:
    """The author of a paper the clause's verb has just handed over before ", saying" (see _OBJECT_AUTHOR)."""
    text = sent.text
    lo = max(sent.start, cs - 240)
    if text.find(" by ", lo, cs) < 0 and text.find(" from ", lo, cs) < 0:
        return None
    m = _OBJECT_AUTHOR.search(text, lo, cs)
    if m is None:
        return None
    author = _PAREN.sub("", m.group(1))  # "the University of Southern California (USC)"
    return parse_mention(author, m.start(1), sent.gz) or parse_mention(
        author.split(" and ", 1)[0], m.start(1), sent.gz
    )


def _absolute_subject(sent: Sentence, cs: int) -> Mention | None:
    """The person of a "with X doing ... by saying" phrase right before the participle at `cs`, if any."""
    text = sent.text
    if text.find("with ", max(sent.start, cs - 120), cs) < 0:
        return None
    m = _WITH_ABSOLUTE.search(text, max(sent.start, cs - 120), cs)
    return parse_mention(m.group(1).strip(), m.start(1), sent.gz) if m else None


# Participles also used as adjectives ("a promising start"); after "the new," they are one of a series.
_ADJECTIVAL: Final = frozenset({"promising", "demanding", "revealing", "telling", "threatening"})
_ADJECTIVE_SERIES = re.compile(r"\b(?:a|an|the|its|their|his|her|our)\s+[a-z]+,\s+$")
_BARE_NOUN = re.compile(
    r"\s+(?!(?:to|that|the|a|an|him|her|them|us|me|it|his|their|its|our|voters|people)\b)[a-z]+\b"
)
_NOT_NAMED = re.compile(r"\s+not\s+to\s+be\s+(?:identified|named|quoted)\b")
_ASKED_OBJECT = re.compile(r"\s+(?:whether|if|about|what|how|why|when|where|who|for|to\s+comment|on)\b")


def _claim_quotes(sent: Sentence, draft: Draft) -> None:
    """The sentence's unclaimed quotations inside the draft's spans become the draft's."""
    for q in sent.quotes:  # (plain loops: no generator per quotation)
        if not q.used:
            for s, e in draft.spans:
                if s <= q.start and q.end <= e + 1:
                    q.used = True
                    draft.quotes.append(q)
                    break


_RELAY_COLON = re.compile(r"(?:\s+[\w'’-]+){0,3}[:,]\s*[\"“]")


def _relayed(sent: Sentence, out: list[Draft], cue: Cue) -> Draft | None:
    """'He said the man shouted: "..."': the quotation is the man's words, which the first speaker only
    relays; the relaying statement gives way to the quoted one's."""
    prev = out[-1]
    if prev.how != "reported" or len(prev.spans) != 1:
        return None
    ps, pe = prev.spans[0]
    if not ps < cue.start < pe or len(sent.text[ps : cue.start].split()) > 4:
        return None
    for q in prev.quotes:
        q.used = False
    draft = finite(Sentence(sent.text, ps, pe, sent.quotes, sent.gz), cue, lemma_of(cue.form), None)
    if draft is None or draft.mention is None or draft.mention.start != ps:
        for q in prev.quotes:
            q.used = True
        return None
    out.pop()
    return draft


# Verbs whose subject, right at the head of another statement's content, is the one who spoke: "Haddad
# reported that political observers said ...", "The agency said Schmid reported that ...".
# (Forms that are no nouns: "claims", "reports" open noun phrases as often as clauses.)
# Not "told": 'said the ministry told his bank it would approve' is the first speaker's account of a talk.
_RELAYED_FORMS: Final = frozenset({"said", "says", "reported", "claimed", "warned"})
# ... "report" and "state" only with a "that" clause ("said the company reported losses": a result).
_RELAYED_NEEDS_THAT: Final = frozenset({"report"})
# The relayed clause opens the content, after at most a short adjunct: "from Mosul that ...".
_THAT_OPENING = re.compile(
    r"(?:[\w'’-]+\s+){0,3}?that\s+"
    # "Tanjug said in the interview Mikulic warned ...": where the words were said, then their speaker
    r"|in\s+(?:the|an?|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:interview|speech|statement|broadcast|address|letter|commentary|editorial|article)\s+(?=[A-Z])"
)
_NESTED_SUBJECT_WORDS: Final = 7
_NO_RELAYED_SPEAKER = re.compile(r"\b(?:which|that|who|it|they|he|she|to)\s*$|\bto\s+[a-z]+\b")
# "a poll found that 72 percent of voters said ...": respondents counted, the poll's finding.
_COUNTED = re.compile(r"\d|\bper\s*cent\b|\bpercent\b|%|\b(?:majority|most|half|third|quarter)\b")


def _nested(sent: Sentence, out: list[Draft], cue: Cue) -> Draft | None:
    """'X reported that observers said Y': the content opens with a named speaker's own report, which the
    first speaker only relays; the relaying statement gives way to the relayed one."""
    prev = out[-1]
    if prev.how != "reported" or len(prev.spans) != 1:
        return None
    text = sent.text
    ps, pe = prev.spans[0]
    that = _THAT_OPENING.match(text, ps, cue.start)
    head = that.end() if that else ps
    if not ps < cue.start < pe:
        return None
    draft = _inner_speaker_draft(sent, cue, head, pe)
    if (
        draft is None
        # "Clinton's track record said": a thing, no one speaking
        or (
            draft.mention is not None
            and draft.mention.kind == "unnamed"
            and ("'s " in draft.mention.text or "’s " in draft.mention.text)
        )
        or (lemma_of(cue.form) in _RELAYED_NEEDS_THAT and not text.startswith("that", draft.spans[0][0]))
    ):
        return None
    for q in prev.quotes:
        q.used = False
    out.pop()
    return draft


# Cues whose subject, opening what a source is said to report, is a speaker of its own.
_ACCORDING_INNER: Final = frozenset(
    {"said", "says", "told", "warned", "announced", "promised", "pledged", "admitted", "denied", "claimed"}
)


def _according_inner(sent: Sentence, prev: Draft, cue: Cue) -> Draft | None:
    """ "According to the Post, officials warned X that ...": the officials' statement inside the Post's."""
    if cue.form.lower() not in _ACCORDING_INNER or len(prev.spans) != 1 or prev.cue_start > prev.spans[0][0]:
        return None  # (only the opener "According to X, ..." puts the inner speaker first)
    ps, pe = prev.spans[0]
    if (
        not ps < cue.start < pe
        # quoted words the source relays stay the source's statement (one statement holds a quotation)
        or any(q.start < pe and q.end > ps for q in sent.quotes)
    ):
        return None
    return _inner_speaker_draft(sent, cue, ps, pe)


def _inner_speaker_draft(sent: Sentence, cue: Cue, head: int, end: int) -> Draft | None:
    """The draft of a speaker opening an outer statement's content at `head`, or None if none speaks there."""
    text = sent.text
    between = text[head : cue.start]
    if len(between.split()) > _NESTED_SUBJECT_WORDS or any(c in between for c in ',;:"“”('):
        return None
    draft = finite(Sentence(text, head, end, sent.quotes, sent.gz), cue, lemma_of(cue.form), None)
    if (
        draft is None
        or draft.mention is None
        or draft.mention.start != head
        or draft.mention.kind not in ("name", "unnamed")
        or _COUNTED.search(text, head, draft.mention.end)
        # "Ross said Mr. Obama had told leaders ...": a past act the first speaker tells of, in his words
        or text[draft.mention.end : cue.start].strip()
        # "rejected reports which said", "urged Surinam to change policies it says": a relative, no speaker
        or (draft.mention.kind == "unnamed" and _NO_RELAYED_SPEAKER.search(draft.mention.text))
    ):
        return None
    return draft


def _split_clause(sent: Sentence, prev: Draft, cue: Cue) -> Draft | None:
    """Cut `prev`'s content where a clause with its own speaker and cue begins: the new clause's draft."""
    text = sent.text
    cs = cue.start
    if prev.how not in ("reported", "participle") or len(prev.spans) != 1:
        return None
    ps, pe = prev.spans[0]
    if not ps < cs < pe:
        return None
    boundary = None
    for b in CLAUSE_START.finditer(text, ps, cs):
        boundary = b
    if boundary is None or len(text[boundary.end() : cs].split()) > 8:
        return None
    released = [q for q in prev.quotes if q.start >= boundary.start()]
    for q in released:
        q.used = False
    clause = Sentence(text, boundary.end(), pe, sent.quotes, sent.gz)
    draft = finite(clause, cue, lemma_of(cue.form), None)
    if (
        draft is None
        or draft.mention is None
        or fold(draft.mention.text) in ("who", "which")
        or draft.mention.start < boundary.end()
        or (draft.mention.kind == "unnamed" and draft.mention.start != boundary.end())
    ):
        for q in released:
            q.used = True
        return None
    cut = boundary.start() + (2 if text[boundary.start() : boundary.start() + 2] in (',"', ",”") else 0)
    prev.spans[0] = trim(text, ps, cut)
    # By position, not `not in released`: that compared dataclasses pairwise, quadratic in the quotations.
    prev.quotes = [q for q in prev.quotes if q.start < boundary.start()]
    return draft
