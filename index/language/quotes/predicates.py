"""Quoted predicates: a named subject whose predicate quotes someone's words is their statement, whatever
the verb ("Halvorson blasted Shuster for “cavorting” with a lobbyist"); and a colon handing over to a
quotation ('Clinton's response was: "..."')."""

from __future__ import annotations

import re
from typing import Final

from newsdesk.index.actors.gazetteer import Gazetteer
from newsdesk.index.actors.names import fold
from newsdesk.index.language.cues import CUE_SCAN, trie_pattern
from newsdesk.index.language.drafts import Draft
from newsdesk.index.language.quotemarks import Quotation, is_title
from newsdesk.index.language.quotes.content import Span, tail_cut, trim
from newsdesk.index.language.speakers import LEGAL_TEXT, Mention, parse_mention
from newsdesk.index.language.subjects import INTRO, leading_np

# Present-tense verbs a quoted predicate may hang from; past tenses are recognised by "-ed".
_PRESENT_VERBS: Final[frozenset[str]] = frozenset(
    {
        "says",
        "calls",
        "claims",
        "argues",
        "accuses",
        "blasts",
        "slams",
        "praises",
        "warns",
        "insists",
        "urges",
        "describes",
        "dubs",
        "labels",
        "brands",
        "likens",
        "compares",
        "quotes",
        "cites",
        "notes",
        "adds",
        "tells",
        "asks",
        "promises",
        "vows",
        "pledges",
        "dismisses",
        "mocks",
        "attacks",
        "rejects",
        "denies",
        "defends",
        "touts",
        "hails",
        "decries",
        "criticizes",
        "criticises",
        "wants",
        "thinks",
        "believes",
        "hopes",
        "fears",
    }
)
_DANGLING = re.compile(r"[\s,]*\b(?:while|and|but|as|before|after|by|when)?\s*$")
_ING_OPENER = re.compile(r"[A-Z][a-z]+ing\b[^,]{0,80},")  # "Reprising one of her lines, she ..."
_SUBJECT_APPOSITIVE_VERB = re.compile(
    # "Aaron Kall, the director of debate at the University of Michigan, compared Trump to ..."
    r"(?P<subj>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*\w,\s+(?:the|a|an|[a-z]+)\s[^,;\"“”]{2,80},)\s+"
    r"(?P<verb>(?:(?:has|have|had|also|then|later|again|repeatedly)\s+)*(?:[a-z]+ly\s+)?"
    r"(?:[a-z]{3,}ed|" + trie_pattern(sorted(_PRESENT_VERBS)) + r"))\s+"
)
_SUBJECT_VERB = re.compile(
    r"(?P<subj>(?!(?:If|When|While|As|But|And|So|Yet|Although|Though|Because|After|Before|Since|Until|Unless|"
    r"In|On|At|For|With|From|By|Then|Now|There|Here|It|This|That)\b)(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*\w|[Hh]e|[Ss]he|[Tt]hey"
    r"|(?:[Tt]he|An?|an?)\s+(?:[A-Z][\w'’-]*\s+){0,2}(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*"
    r"(?<!ed)(?<!ing)(?<!\bis)(?<!\bwas)(?<!\bare)(?<!\bwere)(?<!\bhas)(?<!\bhave)(?<!\bhad))\s+"
    r"(?P<verb>(?:(?:has|have|had|also|then|later|again|repeatedly|is|was|were|are)\s+)*"
    r"(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|[a-z]{3,}ing|" + trie_pattern(sorted(_PRESENT_VERBS)) + r")"
    r"(?:\s+(?:out|back|up|off|down))?)\s+"
)
# Verbs of wishing: what a body wants is told by someone else, whose words the quotation holds.
_BODY_HEAD = re.compile(
    r"\b(?:government|administration|ministry|department|executive|council|board|commission|committee|"
    r"authorities|company|party|union|bank|agency|regime|cabinet)$",
    re.IGNORECASE,
)
_SAID_BEFORE = re.compile(r"\b(?:that|what\s+\w+\s+(?:dubbed|called|termed|described\s+as))\s")
_WISH = re.compile(r"\b(?:wants?|wanted|hopes?|hoped|wishe[sd]|intends?|intended)\b")
# A label in quotation marks right after an article or "of": 'a policy of "constructive engagement"'.
_TERM_BEFORE = re.compile(r"(?<!\bas\s)\b(?:a|an|the|of|so-called)\s+(?:[\w-]+\s+)?$")
# 'arrested three for "suspicion of trespassing"': the quoted charge after a verb of arrest is no one's words
# (unlike 'mocked Rubio for "having a tough night"', the mocker's).
_CHARGED_FOR = re.compile(
    r"\b(?:arrest|charg|detain|jail|convict|fin|sentenc|book|indict|imprison|prosecut)ed\b[^\"“”]{0,40}\bfor\s+$"
)
# Verbs that name or judge: their label is the subject's ('dubbed herself a "hope-monger"').
_NAMING = re.compile(
    r"\b(?:dub|brand|term|label|call|describe|defend|attack|hail|praise|critici[sz]e|slam|blast|point|condemn|"
    r"denounce|welcome|express|deliver|discuss|apologi[sz]e)(?:s|ed|led|bed|d|ing)?\b"
)


# A passive predicate: the quoted words are someone else's about the subject ("was described as", "was
# branded"); only a recording of the subject's own words keeps them ("was quoted", "was overheard").
_PASSIVE_VERB = re.compile(r"\b(?:is|was|were|are)\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed$")
_OWN_WORDS_PASSIVE: Final = ("quoted", "heard", "recorded", "filmed", "taped")


def _nobodys_words(text: str, at: int, verb: str, subject: Mention, inner: list[Quotation]) -> bool:
    """Whether the quotations in the predicate are not the subject's words: what a body wants, or labels."""
    if subject.kind == "unnamed" and _WISH.search(verb) and _BODY_HEAD.search(subject.text.split(",")[0]):
        return True  # "The government wanted ... 'consigned to the past'": a minister's words
    if _PASSIVE_VERB.search(verb) and not verb.endswith(_OWN_WORDS_PASSIVE):
        return True  # 'Gutierrez was described by the CBCP as "a strong advocate"': the CBCP's words
    # 'has practiced a policy of "constructive engagement"': a label; 'dubbed herself a "hope-monger"' stays
    if CUE_SCAN.search(text, at - 1, inner[0].start) or _SAID_BEFORE.search(text, at - 1, inner[0].start):
        # 'contacted the show saying ... it was all a "silly fuss"', 'claims that he led a "grubby government"',
        # 'listed what he dubbed the nine "most useless quangos"': the label is someone's words
        return False
    if _CHARGED_FOR.search(text, max(0, inner[0].start - 60), inner[0].start):
        return True
    return not _NAMING.search(verb) and all(_term(text, q) for q in inner)


def _term(text: str, q: Quotation) -> bool:
    """Whether the quotation `q` is a short label (up to four words after an article or "of"), not words said."""
    inside = text[q.start + 1 : q.end - 1]
    return (
        len(inside.split()) <= 4
        and not any(ch in inside for ch in ".!?")
        and (
            bool(_TERM_BEFORE.search(text, max(0, q.start - 30), q.start))
            or (_INSIDE_NOUN_PHRASE.match(text, q.end) is not None and len(inside.split()) <= 2)
        )
    )


# 'a special corn "bonus" rental payment': a word or two quoted inside a noun phrase (a noun follows) is
# a label, whatever comes before it.
_INSIDE_NOUN_PHRASE = re.compile(
    r"\s+(?!(?:with|to|for|in|on|at|of|and|or|from|by|as|the|a|an|that|which|who|is|was|are|were|but|if"
    r"|when|than|into|over|about|after|before|because|while|he|she|it|they|we)\b)[a-z][a-z-]+\s+[a-z]"
)


_QUOTED_SPEECH = re.compile(r"[\"“](?=[^\"”]*\b[a-z]{2,})")


def quoted_predicates(
    text: str, sentences: list[Span], quotes: list[Quotation], done: list[Draft], gz: Gazetteer
) -> list[Draft]:
    """Drafts for the sentences whose unclaimed quotations sit in a named subject's predicate, or after a
    colon; `done` are the paragraph's drafts so far, whose spans are not reread."""
    out: list[Draft] = []
    for ss, se in sentences:
        inner = [q for q in quotes if not q.used and ss < q.start and q.end <= se + 1]
        # Drafts already in this sentence keep their ground: their spans are not reread here.
        taken = [(min(a, d.cue_start), b) for d in done for a, b in d.spans if a < se and b > ss]
        inner = [q for q in inner if not any(a <= q.start < b for a, b in taken)]
        if not inner:
            continue
        draft = _after_colon(text, ss, inner[0], gz)
        if draft is None:
            draft = _predicate(text, ss, se, inner, taken, gz)
        if draft is not None:
            out.append(draft)
    return out


def _after_colon(text: str, ss: int, q: Quotation, gz: Gazetteer) -> Draft | None:
    """'Clinton's response was: "..."', 'Isaiah 45:1 reads: "..."': a colon hands over to the quotation."""
    colon = text.rfind(":", ss, q.start)
    if colon < 0 or text[colon + 1 : q.start].strip():
        return None
    subject = leading_np(text, ss, colon, gz)
    if subject is None or subject.kind not in ("name", "pronoun", "unnamed"):
        return None
    if LEGAL_TEXT.match(text, subject.start):
        return None  # "Article 2, Section 1 sets the qualification: ...": a text quoted, no one speaks
    q.used = True
    return Draft([(q.start, q.end)], ":", colon, subject, "after colon", [q])


def _after_opener(text: str, ss: int, se: int, first_quote: int) -> int:
    """Where the subject of the sentence [ss, se) starts: after an introductory phrase and its comma."""
    if not (INTRO.match(text[ss:first_quote]) or _ING_OPENER.match(text, ss, first_quote)):
        return ss
    comma = text.find(",", ss, first_quote)
    start = comma + 1 if comma > 0 else ss
    while start < se and text[start].isspace():
        start += 1
    return start


def _predicate(
    text: str, ss: int, se: int, inner: list[Quotation], taken: list[Span], gz: Gazetteer
) -> Draft | None:
    """The sentence's subject and predicate, when the predicate holds the quoted words `inner`."""
    if not any(_QUOTED_SPEECH.search(text, q.start, q.end) and not is_title(text, q) for q in inner):
        return None  # only titles in quotation marks ("Planet of the Apes")
    start = _after_opener(text, ss, se, inner[0].start)
    head = _SUBJECT_VERB.match(text, start, inner[0].start) or _SUBJECT_APPOSITIVE_VERB.match(
        text, start, inner[0].start
    )
    if not head:
        return None
    verb = head.group("verb")
    if " " not in verb and verb.endswith("ed") and text.startswith("by ", head.end()):
        return (
            None  # "The decree signed by the Pope read '...'": a participle with its agent, not the predicate
        )
    subject = parse_mention(head.group("subj"), start, gz)
    if subject is None or fold(subject.text) in ("it", "who", "which"):
        return None
    if _nobodys_words(text, head.end(), head.group("verb"), subject, inner):
        return None
    s, e = trim(text, head.end(), se)
    if any(a <= s < b for a, b in taken):
        return None
    cut = min([e, *(a for a, _ in taken if a > s)])  # stop where another statement begins
    if cut < e:
        dangling = _DANGLING.search(text, s, cut)
        e = dangling.start() if dangling else cut
    e = tail_cut(text, s, e)
    s, e = trim(text, s, e)
    if e - s < 8 or not any(s <= q.start and q.end <= e + 1 for q in inner):
        return None
    draft = Draft([(s, e)], head.group("verb"), head.start("verb"), subject, "quoted predicate")
    for q in inner:
        if s <= q.start and q.end <= e + 1:
            q.used = True
            draft.quotes.append(q)
    return draft
