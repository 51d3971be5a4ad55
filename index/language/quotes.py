"""Quote extraction: who said what in one article, as `Statement`s with offsets into `Article.text`.

Pure rules, no parser: paragraphs and sentences are cut with quotation marks kept whole, every cue
word (newsdesk.index.language.cues) outside quotation marks opens a candidate attribution, and the words around it give
the speaker (newsdesk.index.language.speakers) and the content: a quotation right before or after the cue clause
(direct), or the clause the cue governs (indirect; mixed when it holds quoted words). Pronouns and
nominals ("he", "the minister") resolve to the most recent compatible named actor.
"""

from __future__ import annotations

import re
from typing import Final

from newsdesk.index.actors.gazetteer import Gazetteer, load_gazetteer
from newsdesk.index.actors.names import fold
from newsdesk.index.language.cues import (
    CUE_RE,
    CUE_SCAN,
    INFLECTED_CUES,
    PARTICIPLES,
    STRONG,
    TAKES_OBJECT,
    find_cues,
    lemma_of,
    trie_pattern,
)
from newsdesk.index.language.drafts import Draft, Extraction
from newsdesk.index.language.quotemarks import (
    CAPS_INITIALS_END,
    DOUBLE_MARK,
    MANY_QUOTATIONS,
    Quotation,
    Spans,
    abbreviation_before,
    is_title,
    pair_quotations,
    quotation_at,
    sentence_start,
    split_paragraphs,
    split_sentences,
    starting_within,
    starts_sentence,
)
from newsdesk.index.language.resolve import resolve
from newsdesk.index.language.speakers import Mention, parse_mention
from newsdesk.index.language.subjects import (
    INTRO,
    VERBISH,
    leading_np,
    left_subject,
    right_subject,
    shared_subject,
)
from newsdesk.index.model import Article, Statement

_AFTER_CUE_SKIP = re.compile(
    # Time and manner words between a cue and its clause ("said on Monday that", "told reporters in a
    # statement, ..."): at most a few words, or they swallow the content itself.
    r"^(?:\s*,?\s*(?:on|last|this|in|at|during|late|early|earlier|through|via|over|before|after|"
    r"yesterday|today|tonight|recently|repeatedly|publicly|privately|previously|again|also|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"(?:\s+(?!(?:is|was|are|were|has|have|had|his|her|their|its|he|she|they|it|we|I)\b)[^\s,;:\"“”]+){0,4}?"
    r"(?=\s*(?:\bthat\b|,|$)))"
    r"|^\s*,?\s*(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)\b"
)
_TRAILING_ATTRIBUTION = re.compile(
    r"(?:,[\"”]|,''|(?:[\"”]|'')?,)\s+(?:[\w.'’-]+\s+){1,5}?(?:"
    + CUE_RE.pattern.removeprefix(r"\b(?:")
    + r"(?:\s+(?:on|in|at|to|during|last|this|late|early|from)\b[^,;\"“”]{0,50})?[.!?]?$"
    # ... or inverted, with the speaker and an appositive after the cue: ',” said Sylke Tempel, the editor.'
    r"|(?:,[\"”]|,'')\s+(?:said|says|added|wrote|told|noted|argued)\s+[A-Z][^\"“”]{1,150}$"
)
# `\bthat\b` with the left boundary checked after the word (lookbehind), so the search runs on the
# literal "that" in C instead of trying the pattern at every position; same matches.
_AFTER_CUE_WORDS: Final = (
    "on",
    "last",
    "this",
    "in",
    "at",
    "during",
    "late",
    "early",
    "earlier",
    "through",
    "via",
    "over",
    "before",
    "after",
    "yesterday",
    "today",
    "tonight",
    "recently",
    "repeatedly",
    "publicly",
    "privately",
    "previously",
    "again",
    "also",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)
_THAT = re.compile(r"that(?<!\wthat)\b")
_OBJECT_BEFORE_THAT = re.compile(
    r"\s*(?:to\s+)?(?:reporters|me|us|him|her|them|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
    r"(?:\s+(?:on|in|at|last|this)\s[^,;\"“”]*)?\s*,?\s*"
)
_TOLD_OBJECT = re.compile(
    r"\s*(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:conference|briefing|meeting|interview|audience|gathering|"
    r"panel|committee|rally|crowd|hearing|forum|summit|session|parliament|assembly|radio|television|newspaper)|"
    r"reporters|journalists|me|us|him|her|them|supporters|the\s+\w+|an?\s+\w+|[a-z]+s|"
    r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*(?:['’]s\s+[\w\s]{0,40}?(?=\s(?:on|in|at|that|he|she|they|it)\b))?)"
    r"(?:\s+(?:on|in|at|last|this|during)\s+\w+(?:\s+\w+)?)?,?\s+"
)
_PREPOSITION_START = re.compile(
    r"(?:before|after|on|in|at|during|about|of|for|to|with|from|by|over|last|this)\b"
)
_PRONOUN_OR_SAID = re.compile(r"(?:he|she|they|it|said|says)\b")
# Where a governed clause stops: a participle or "according to" opening a statement of its own, a
# second predicate of the same subject ("... but has withheld", "... and said"), and the like.
# Participles that are no cue yet still open a clause of their own after the reported words.
# Result clauses (", dealing a blow to ...") are the writer's comment on the act, not the words reported.
_MORE_PARTICIPLES: Final[frozenset[str]] = frozenset(
    {
        "pointing",
        "referring",
        "prompting",
        "leading",
        "sparking",
        "dealing",
        "raising",
        "marking",
        "underscoring",
        "highlighting",
        "signalling",
        "signaling",
        "fuelling",
        "fueling",
        "deepening",
        "dashing",
        "triggering",
        "casting",
        "paving",
        "complicating",
        "undermining",
        "setting",
        "reversing",
        "ending",
    }
)
# Every character `\s` matches (str.isspace), spelled out: a class of plain characters is tested by a
# table lookup, one with the `\s` category by a call per character.
_WHITESPACE: Final = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
)
_TAIL_PARTICIPLES: Final = trie_pattern(sorted(PARTICIPLES | _MORE_PARTICIPLES))
_CONTENT_TAIL = re.compile(
    # Each branch starts with a concrete character. The pattern consumes that character first, from one
    # class, and the branches are grouped by which one it was (one lookbehind per group): a pattern that
    # opens with a class lets the engine skip in C to the next comma, quotation mark, colon or space
    # (about twice as fast as a plain alternation of the same branches, which is tried at every
    # position). Every branch goes on with a space, a dash, "a..." or "b...": one lookahead for that
    # turns away most stops (a space before an ordinary word) before any branch is tried. Only where a
    # match starts is used, and that does not depend on the order of the branches.
    r"[,\"”:" + _WHITESPACE + r"](?=[ab—–\-" + _WHITESPACE + r"])(?:"
    r"(?<=\s)(?:[—–-]{1,2}\s+(?:while|whereas)\s|\s*(?:but|and)\s+(?:(?:has|have|had|is|was|will|would|did|does|later|then)\b"
    r"|(?=(?:" + INFLECTED_CUES + r")\b)))"
    r"|(?<=,)(?:\s+(?:" + _TAIL_PARTICIPLES + r"|according to)\b"
    r"|\s+(?:while|whereas)\s"
    r"|\s+compared\s+(?:with|to)\s"
    r"|\s*(?:but|and)\s+(?:(?:has|have|had|is|was|will|would|did|does|later|then)\b|(?=(?:"
    + INFLECTED_CUES
    + r")\b))"
    r"|\s+(?:and|but)\s+(?:he|she|they|it|we|I)\s"
    r"|\s+but\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\b"
    r"|\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:recommendation|claim|statement|move|sign|reference|nod|swipe|dig|"
    r"charge|allegation|assertion|view|position|reversal|departure|shift|suggestion|remark|comment|jab|"
    r"shot|rebuke|criticism|warning|promise|pledge|threat|accusation)\b)"
    r"|(?<=[,.!?][\"”])\s+(?:" + _TAIL_PARTICIPLES + r"|according to|[a-z]+ing)\b"
    r"|(?<=:)\s+(?=[A-Z])"
    r")"
)
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
    {"says", "reads", "notes", "states", "shows", "calls", "claims", "reports", "demands"}
)
_DETERMINER_BEFORE = re.compile(
    r"\b(?:a|an|the|his|her|their|its|our|my|your|this|that|these|those|new|latest|recent|such|no|"
    r"(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*['’]s?)\s+(?:[\w-]+\s+){0,2}$"
)
# "other member states", "two member states": the noun, which a cue "states" never follows.
_STATES_NOUN = re.compile(
    r"\b(?:member|other|neighbouring|neighboring|nuclear|island|rogue|client|sovereign|frontline|gulf|baltic|"
    r"arab|swing|coastal|border|nation|many|several|both|all|some|most|two|three|four|five|\d+)\s+$",
    re.IGNORECASE,
)
_DET_ADJACENT = re.compile(
    r"\b(?:a|an|the|his|her|their|its|our|my|your|this|that|these|those)\s+$", re.IGNORECASE
)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
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


_SHARED_SUBJECT = re.compile(
    r"(?:\band|\bbut|,)\s+(?:(?:also|then|later|has|had|have|he|she|they|it|\w+ly)\s+){0,2}$", re.IGNORECASE
)
_SUBORDINATE = re.compile(
    r"\b(?:when|if|as|because|while|although|though|since|unless|until)\s+$", re.IGNORECASE
)
_WIRE_DATELINE = re.compile(
    r"[A-Z][A-Z .'’-]{2,40}(?:\([\w .]{1,20}\))?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s+[-–—]{1,2}\s+"
)
_CONNECTOR = re.compile(r"(?:Yet|But|And|So|Still|However|Meanwhile),\s+")


def _tail_cut(text: str, s: int, e: int) -> int:
    """Where reported content in [s, e) stops (see _CONTENT_TAIL); a closing quotation mark stays in."""
    tail = _CONTENT_TAIL.search(text, s, e)
    if not tail:
        return e
    return tail.start() + (1 if text[tail.start()] in '"”' else 0)


def _content_after(text: str, pos: int, sent_end: int, lemma: str) -> tuple[int, int] | None:
    """The clause a cue governs: from "that" (or the cue) to the end of the sentence."""
    seg = text[pos:sent_end]
    that = _THAT.search(seg, 0, 160)
    head = seg.lstrip()
    head = head[1:].lstrip() if head[:1] == "," else head
    # The pattern needs one of its words first ("said on Monday"); most clauses open otherwise ("said the").
    skip = _AFTER_CUE_SKIP.match(seg) if head.startswith(_AFTER_CUE_WORDS) else None
    lead = seg[: that.start()] if that else ""
    if that and (
        not lead.strip(" ,")
        or (skip and skip.end() >= that.start() - 1)
        or (lemma in TAKES_OBJECT and len(lead.split()) <= 12 and '"' not in lead)
        or _OBJECT_BEFORE_THAT.fullmatch(lead)
    ):
        start = pos + that.start()
    elif lemma == "tell":
        # "told reporters the plan was dead": skip the person told; "told NBC News on Monday" says nothing.
        obj = _TOLD_OBJECT.match(seg)
        rest = seg[obj.end() :] if obj else seg
        if not obj or _PREPOSITION_START.match(rest):
            return None
        start = pos + obj.end()
    else:
        start = pos + (skip.end() if skip else 0)
    s, e = _trim(text, start, sent_end)
    # A participle or "according to" later in the sentence opens a statement of its own.
    e = _tail_cut(text, s, e)
    s, e = _trim(text, s, e)
    # Every attribution opens with a comma in its first three characters ('," she said', '", said'):
    # none in the window, none to find; otherwise the search starts two characters before the first.
    # It holds a cue word after a space too: a plain cue scan of the window (far cheaper than the
    # attribution pattern, which walks up to five words after every comma) rules most windows out.
    comma = text.find(",", max(s, e - 120), e)
    lo = max(s, e - 120, comma - 2)
    trailer = (
        _TRAILING_ATTRIBUTION.search(text, lo, e) if comma >= 0 and CUE_SCAN.search(text, lo, e) else None
    )
    if trailer:
        t = trailer.start()
        if text.startswith(",''", t):
            e = t + 3
        elif text.startswith("'',", t):
            e = t + 2
        else:
            e = t + 2 if text[t] == "," and text[t + 1] in '"”' else t + 1 if text[t] in '"”' else t
    s, e = _trim(text, s, e)
    if _NOTHING_SAID.match(text, s, e):
        return None  # "who has said little", "said nothing about it": no words reported
    if (e - s < 8 or len(text[s:e].split(None, 1)) < 2) and text[s:e].lower() not in ("yes", "no"):
        return None  # too short to be words reported, except an answer ("asked if ..., she said no")
    return s, e


# ... unless the word is the subject of the reported clause ("said little had changed").
_NOTHING_SAID = re.compile(
    r"(?:little|nothing|much|anything|less)\b(?!\s+(?:of|than|more|the|had|has|have|was|is|were|are|would|will|"
    r"could|can|should|might|may|must|did|does|remains?|seems?|[a-z]+ed)\b)"
)

_HEADLINE_SOURCE = re.compile(r"^\s*([A-Z][^:]{0,48}?)\s*:\s+(\S.*)$")
_HEADLINE_LABELS: Final[frozenset[str]] = frozenset(
    {
        "the latest",
        "latest",
        "update",
        "updated",
        "breaking",
        "breaking news",
        "live",
        "live updates",
        "analysis",
        "opinion",
        "editorial",
        "exclusive",
        "watch",
        "video",
        "photos",
        "factbox",
        "explainer",
        "q&a",
        "timeline",
        "fact check",
        "review",
        "column",
        "comment",
        "letters",
        "poll",
        "correction",
        "corrections",
        "news analysis",
        "in pictures",
        "podcast",
        "the big read",
        "first take",
        "quotable",
        "wrap",
        "recap",
        "preview",
        "obituary",
        "profile",
        "interview",
        "feature",
        "briefing",
        "factfile",
        "q and a",
        "reaction",
    }
)


def _headline(article: Article, text: str, gazetteer: Gazetteer) -> Draft | None:
    """`Outlet: claim` headlines are the outlet's (or the named person's) statement."""
    title = article.title
    if not title:
        return None
    m = _HEADLINE_SOURCE.match(title)
    src = article.extra.get("headline_source") if article.extra else None
    if m:
        prefix = m.group(1)
        if fold(prefix) in _HEADLINE_LABELS:
            return None  # "The Latest: ...", "Analysis: ...": a rubric, not a speaker
        if (
            len(prefix.split()) > 6
            or VERBISH.search(prefix.lower())
            or not all(
                w[:1].isupper() or w.lower() in ("of", "the", "de", "and", "&") for w in prefix.split()
            )
        ):
            return None
        mention = parse_mention(prefix, m.start(1), gazetteer)
        if mention is None:
            return None
        full = (article.extra or {}).get("headline_source_name") or gazetteer.outlet(prefix)
        if full:
            mention = Mention(mention.text, mention.start, mention.end, "name", full, "outlet")
        s, e = _trim(text, m.start(2), len(title))
        return Draft([(s, e)], ":", m.end(1), mention, "headline")
    if src:
        full = (article.extra or {}).get("headline_source_name") or gazetteer.outlet(src) or src
        s, e = _trim(text, 0, len(title))
        return Draft([(s, e)], ":", 0, Mention(src, 0, 0, "name", full, "outlet"), "headline")
    return None


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
    by_para: dict[int, list[Quotation]] = {}
    for q in quotes:
        # A quotation running over paragraphs belongs to every paragraph it touches.
        for n in range(q.para, len(paras)):
            if paras[n][0] >= q.end:
                break
            by_para.setdefault(n, []).append(q)
    drafts: list[Draft] = []
    # One scan of the whole text, then each paragraph takes its cues in order. A multi-word cue running
    # over a paragraph break ("according" / "to") is no cue inside either paragraph: it is dropped.
    all_cues = find_cues(text)
    cue_starts = [c[0] for c in all_cues]  # increasing: the matches of one scan, left to right
    n_cue = 0
    head = _headline(article, text, gz)
    title_end = len(article.title) if article.title else -1
    if head:
        drafts.append(head)

    for pn, (ps, pe) in enumerate(paras):
        if ps < title_end and head:
            continue
        if text[ps] == "(" and text.startswith("((", ps):
            turn = _transcript_turn(text, ps, pe, gz)
            if turn is not None:
                # An interview transcript: the paragraph is the speaker's answer (or the interviewer's
                # question, which states nothing); cues inside it are the speaker's own words.
                if turn is not True:
                    drafts.append(turn)
                continue
        pquotes = by_para.get(pn, [])
        dash = _DASH_SOURCE.match(text, ps, pe) if text[ps] in "-—–" else None
        if dash and pn > 0 and drafts is not None:
            # '"..."' then a paragraph '-Michelle Marks, Philadelphia.': the quotation's source signs below it.
            prev_q = next(
                (q for q in by_para.get(pn - 1, []) if q.start == paras[pn - 1][0] and not q.used), None
            )
            mention = parse_mention(dash.group(1), dash.start(1), gz) if prev_q else None
            if prev_q is not None and mention is not None and mention.kind == "name":
                prev_q.used = True
                drafts.append(Draft([(prev_q.start, prev_q.end)], "-", ps, mention, "signed below", [prev_q]))
                continue
        first_cue, n_cue = starting_within(all_cues, n_cue, ps, pe)
        # The paragraph's cues are all_cues[first_cue:last_cue]: matches do not overlap, so only the last
        # one starting in the paragraph can run past its end.
        last_cue = n_cue - 1 if n_cue > first_cue and all_cues[n_cue - 1][1] > pe else n_cue
        cues = last_cue > first_cue
        if not cues and not pquotes:
            continue  # most paragraphs: nothing said, nothing quoted
        sentences = split_sentences(text, ps, pe, pquotes) if cues else [(ps, pe)]
        para_drafts: list[Draft] = []
        # Each sentence takes the cues that start in it: sentences come in order and do not overlap, and
        # the cues are sorted, so one pass over both (a cue between two sentences belongs to neither).
        lo = first_cue
        many = Spans(pquotes) if len(pquotes) > MANY_QUOTATIONS else None
        for ss, se in sentences if cues else ():
            while lo < last_cue and cue_starts[lo] < ss:
                lo += 1
            if lo == last_cue:
                break  # no cue left for this sentence or the next
            hi = lo
            while hi < last_cue and cue_starts[hi] < se:
                hi += 1
            if hi > lo:
                # A "sentence" with hundreds of cues is a list or a broken file, not prose: read the first ones.
                sentence_cues = all_cues[lo : min(hi, lo + _MAX_CUES_PER_SENTENCE)]
                # The sentence's quotations: every one overlapping it, as _sentence_drafts filters them.
                near = pquotes if many is None else many.overlapping(ss, se)
                para_drafts.extend(_sentence_drafts(text, ss, se, near, gz, sentence_cues))
                lo = hi
        # Quotations that open a sentence after an attributed quotation continue it: one statement.
        for q in pquotes if para_drafts else ():  # (no draft in the paragraph, none to continue)
            if q.used or q.para != pn:
                continue
            prev = None
            for d in reversed(para_drafts):
                if d.quotes and d.quotes[-1].end <= q.start:
                    prev = d
                    break
            if prev is None:
                continue
            if q.start - prev.spans[-1][1] >= _MAX_BETWEEN:
                continue  # _CUE_BETWEEN refuses it anyway; splitting a long gap was quadratic
            between = text[prev.spans[-1][1] : q.start]
            n_between = len(between.split())
            # '"A," said X, director of a long-named institute, "but B."': a lower-case reopening after a
            # comma carries on the same sentence however long the attribution between them.
            carries_on = (
                n_between <= 30
                and between.rstrip().endswith(",")
                and text[q.start + 1 : q.start + 2].islower()
            )
            if not starts_sentence(text, q.start, ps) and (
                (n_between > 12 and not carries_on) or len(text[q.start : q.end].split()) <= 3
            ):
                continue
            if _CUE_BETWEEN(between) and not _NEW_CLAUSE_BETWEEN.search(between):
                prev.spans.append((q.start, q.end))
                prev.quotes.append(q)
                q.used = True
        whole = None
        if not para_drafts and pn > 0:
            for q in pquotes:
                if q.start == ps and q.end >= pe - 1 and not q.used:
                    whole = q
                    break
        if whole is not None:
            prev_text = text[paras[pn - 1][0] : paras[pn - 1][1]]
            last = drafts[-1] if drafts else None
            if prev_text.rstrip().endswith(":"):
                # "Sanders made the following comment:" then the quotation as its own paragraph.
                pss, pse = paras[pn - 1]
                subject = leading_np(
                    text, sentence_start(split_sentences(text, pss, pse, quotes), pse - 1), pse, gz
                )
                if subject is not None:
                    whole.used = True
                    para_drafts.append(
                        Draft([(whole.start, whole.end)], ":", pse - 1, subject, "after colon", [whole])
                    )
            elif last is not None and last.quotes and last.spans[-1][0] >= paras[pn - 1][0]:
                # A paragraph that is only a quotation carries on the quotation that closed the last one.
                whole.used = True
                last.spans.append((whole.start, whole.end))
                last.quotes.append(whole)
        unused = False
        for q in pquotes:
            if not q.used:
                unused = True
                break
        if unused:
            if not cues:
                sentences = split_sentences(text, ps, pe, pquotes)
            para_drafts.extend(_quoted_predicates(text, sentences, pquotes, para_drafts, gz))
        if cues and text.find("sked ", ps, pe) >= 0:
            para_drafts.extend(_asked_questions(text, sentences, gz))
        drafts.extend(para_drafts)

    _prepend_lone_quotations(text, paras, quotes, drafts)
    return resolve(article, text, drafts, quotes, gz)


_TRANSCRIPT_TURN = re.compile(r"\(\((?P<who>[^()\n]{1,60})\)\)\s*:?\s*(?=\S)")


def _transcript_turn(text: str, ps: int, pe: int, gz: Gazetteer) -> Draft | bool | None:
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
    return Draft([(m.end(), pe)], ":", m.end("who"), mention, "interview transcript", verbatim=True)


def _prepend_lone_quotations(
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


def _asked_questions(text: str, sentences: list[tuple[int, int]], gz: Gazetteer) -> list[Draft]:
    """ "Asked if her practices were illegal, 46 percent said yes": the question is a statement of whoever
    asked (often nobody named)."""
    out: list[Draft] = []
    for ss, se in sentences:
        m = _ASKED.match(text, ss, se)
        if not m:
            continue
        comma = text.find(",", m.end(), se)
        if comma < 0:
            continue
        span = _trim(text, m.end(), comma)
        if span[1] - span[0] < 8:
            continue
        who = parse_mention(m.group("who"), m.start("who"), gz) if m.group("who") else None
        out.append(Draft([span], "asked", m.start(), who, "asked"))
    return out


def _quoted_predicates(
    text: str, sentences: list[tuple[int, int]], quotes: list[Quotation], done: list[Draft], gz: Gazetteer
) -> list[Draft]:
    """A named subject whose predicate quotes someone's words is their statement, whatever the verb:
    "Halvorson blasted Shuster for “cavorting” with a lobbyist"."""
    out: list[Draft] = []
    for ss, se in sentences:
        inner = [q for q in quotes if not q.used and ss < q.start and q.end <= se + 1]
        # Drafts already in this sentence keep their ground: their spans are not reread here.
        taken = [(min(a, d.cue_start), b) for d in done for a, b in d.spans if a < se and b > ss]
        inner = [q for q in inner if not any(a <= q.start < b for a, b in taken)]
        if not inner:
            continue
        colon = text.rfind(":", ss, inner[0].start)
        if colon >= 0 and not text[colon + 1 : inner[0].start].strip():
            # 'Clinton's response was: "..."', 'Isaiah 45:1 reads: "..."': a colon hands over to the quotation.
            subject = leading_np(text, ss, colon, gz)
            if subject is not None and subject.kind in ("name", "pronoun", "unnamed"):
                q = inner[0]
                q.used = True
                out.append(Draft([(q.start, q.end)], ":", colon, subject, "after colon", [q]))
                continue
        if not any(_QUOTED_SPEECH.search(text, q.start, q.end) and not is_title(text, q) for q in inner):
            continue  # only titles in quotation marks ("Planet of the Apes")
        start = ss
        if INTRO.match(text[ss : inner[0].start]) or _ING_OPENER.match(text, ss, inner[0].start):
            comma = text.find(",", ss, inner[0].start)
            start = comma + 1 if comma > 0 else ss
            while start < se and text[start].isspace():
                start += 1
        head = _SUBJECT_VERB.match(text, start, inner[0].start) or _SUBJECT_APPOSITIVE_VERB.match(
            text, start, inner[0].start
        )
        if not head:
            continue
        subject = parse_mention(head.group("subj"), start, gz)
        if subject is None or fold(subject.text) in ("it", "who", "which"):
            continue
        s, e = _trim(text, head.end(), se)
        if any(a <= s < b for a, b in taken):
            continue
        cut = min([e, *(a for a, _ in taken if a > s)])  # stop where another statement begins
        if cut < e:
            dangling = _DANGLING.search(text, s, cut)
            e = dangling.start() if dangling else cut
        e = _tail_cut(text, s, e)
        s, e = _trim(text, s, e)
        if e - s < 8 or not any(s <= q.start and q.end <= e + 1 for q in inner):
            continue
        draft = Draft([(s, e)], head.group("verb"), head.start("verb"), subject, "quoted predicate")
        for q in inner:
            if s <= q.start and q.end <= e + 1:
                q.used = True
                draft.quotes.append(q)
        out.append(draft)
    return out


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
_QUOTED_SPEECH = re.compile(r"[\"“](?=[^\"”]*\b[a-z]{2,})")


_MAX_BETWEEN: Final = 220


def _CUE_BETWEEN(between: str) -> bool:
    """True when the words between two quotations are only the attribution of the first."""
    if len(between) >= _MAX_BETWEEN:
        return False
    between = _SHORT_QUOTED.sub("", between)  # a title on the way ("on ABC's “This Week”") is no new quote
    return '"' not in between and "“" not in between


def _sentence_drafts(
    text: str, ss: int, se: int, quotes: list[Quotation], gz: Gazetteer, cues: list[tuple[int, int, str]]
) -> list[Draft]:
    """Drafts for one sentence: every cue outside quotation marks, left to right."""
    out: list[Draft] = []
    sq = [q for q in quotes if (q.start >= ss and q.end <= se) or (q.start < se and q.end > ss)]
    claimed_until = ss
    main_subject: Mention | None = None
    for cm in cues:
        cs, ce, form = cm
        if (
            (sq and quotation_at(cs, sq))
            or (cs > 0 and text[cs - 1] in "-‐<")
            or text[ce : ce + 1] in ("-", "=")
        ):
            continue  # inside quotation marks, a compound ("so-called"), or markup ("<tweet-author=")
        if cs < claimed_until:
            # Inside the content of an earlier cue: a nested report, unless a new clause starts with its
            # own speaker (", and Trump vowed ...", ', to which X interjected: "..."').
            if not (out and _split_clause(text, out[-1], cs, cm, sq, gz)):
                continue
            split = out[-1].split_off
            out[-1].split_off = None
            if split is not None:
                for q in sq:
                    if not q.used and any(s <= q.start and q.end <= e + 1 for s, e in split.spans):
                        q.used = True
                        split.quotes.append(q)
                out.append(split)
                claimed_until = _last_end(split.spans) if split.how != "inverted" else ce
            continue
        lemma = lemma_of(form)
        low = form.lower()
        if low in _NOUNISH and (
            (
                _DETERMINER_BEFORE.search(text, max(ss, cs - 40), cs)
                and (low not in _DIRECTLY_AFTER_DET or _DET_ADJACENT.search(text, max(ss, cs - 12), cs))
            )
            or _VERB_NEXT.match(text, ce)
            or _OF_NEXT.match(text, ce)
            or _COUNT_BEFORE.search(text, max(ss, cs - 24), cs)
            or (low == "states" and _STATES_NOUN.search(text, max(ss, cs - 16), cs))
        ):
            continue  # "a Financial Times report", "the NAO report said", "fourteen states": a noun, not a cue
        if low == "say" and text[ss:cs].rstrip().endswith(",") and text.startswith(",", ce):
            continue  # "a total of, say, 6,900": an aside, not a cue
        if (
            low == lemma
            and _MODAL_BEFORE.search(text, max(ss, cs - 12), cs)
            and not _THAT_NEXT.match(text, ce)
        ):
            continue  # "it might add others": a modal with a bare verb reports nothing
        if _BY_AGENT.match(text, ce):
            continue  # "proposals announced by the minister": passive, the speaker comes after "by"
        if (
            low.endswith("ed")
            and _NOUN_AFTER.match(text, ce)
            and _MODIFIER_BEFORE.search(text, max(ss, cs - 16), cs)
        ):
            continue  # "nearly 400 pledged delegates", "his stated goal": an adjective, not a cue
        draft: Draft | None = None
        if lemma == _ACCORDING:
            draft = _according(text, ss, se, cs, ce, sq, gz)
        elif low in PARTICIPLES and (
            text[ss:cs].rstrip().endswith((",", ',"', ",”", ", while", ", before", ", after", " by"))
            or (out and text[ss:cs].endswith((" and ", " while ")))
            or text.startswith((":", ': "', ": “"), ce)
        ):
            # ", saying ..." hangs from the clause's subject, or the last speaker of this sentence.
            subject = main_subject or (out[-1].mention if out else None)
            by_verb = _VERB_BY.search(text, max(ss, cs - 40), cs) if subject is None else None
            if by_verb:  # "he began by saying": the subject of the verb before "by"
                subject = left_subject(text, ss, by_verb.start(), gz)
            subject = subject or leading_np(text, ss, cs, gz)
            span = _content_after(text, ce, se, lemma)
            if span and subject:
                spans = [span]
                draft = Draft(spans, form, cs, subject, "participle")
        elif low.endswith("ing") or low in ("shown", "written"):
            continue
        else:
            draft = _finite(text, ss, se, cs, ce, form, lemma, sq, gz, main_subject)
        if draft is None:
            continue
        if draft.mention and main_subject is None and draft.how != "participle":
            main_subject = draft.mention
        for q in sq:  # (plain loops: no generator per quotation)
            if not q.used:
                for s, e in draft.spans:
                    if s <= q.start and q.end <= e + 1:
                        q.used = True
                        draft.quotes.append(q)
                        break
        out.append(draft)
        claimed_until = max(claimed_until, _last_end(draft.spans) if draft.how != "inverted" else ce)
    return out


_DASH_SOURCE = re.compile(r"[-—–]\s*((?:[A-Z][\w.'’-]*\s*){1,5})(?:,|$)")
_CALL_FOR = re.compile(r"\s+(?:for|on)\s+")
_ASKED = re.compile(
    r"(?:[Ww]hen\s+)?[Aa]sked\s+(?:by\s+(?P<who>[^,]{2,60}?)\s+)?(?:[^,]{0,40}?\s)?(?=(?:if|whether|what|who|whom|"
    r"how|why|when|where|which|about)\b)"
)
_SUBORDINATE_CLAUSE = re.compile(r"\s*(?:though|although|while|when|if|because|since|whereas)\s")
_PARENTHETICAL_END = re.compile(r"(?:\s+(?:on|last|this|in|at)\s+\w+(?:\s+\w+)?)?\s*,\s+(?![\"“])")
_VERB_NEXT = re.compile(
    r"\s+(?:said|says|say|found|finds|shows|showed|show|concluded|suggests|suggested|noted|"
    r"warned|argued|claimed|stated|added)\b"
)
_BY_AGENT = re.compile(r"\s+by\s")
_VERB_BY = re.compile(r"\b[a-z]+\s+by\s+$")
_QUOTE_THEN_CUE = re.compile(r"[,?!][\"”]\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:said|says|told|added|wrote|asked)\b")
_MODIFIER_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|his|her|their|its|our|my|this|these|those)|\d"
    r"|\b(?!(?:he|she|it|that|there|who|what|here)['’])\w+['’]s)\s+$",  # a possessive, not "he's"
    re.IGNORECASE,
)
_NOUN_AFTER = re.compile(r"\s+[a-z]+\b(?!\s+(?:that|to)\b)")
_DECLINED_SPEECH = re.compile(
    r"to\s+(?:comment|confirm|say|discuss|elaborate|answer|specify|respond|provide|identify|disclose|reveal|"
    r"name|release|address|detail|explain|speculate|deny|give|offer|share)\b"
)
_NON_RESPONSE = re.compile(
    r"to\s+(?:requests?|an?\s+(?:request|inquiry|email|message|call)|questions|emails|messages|calls|inquiries)\b"
)
_MODAL_BEFORE = re.compile(r"\b(?:might|could|would|will|may|can|should|must|to)\s+$")
_THAT_NEXT = re.compile(r"\s+that\b")
_OF_NEXT = re.compile(r"\s+of\b")
_COUNT_BEFORE = re.compile(
    r"(?:\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty|several|many|some|all|"
    r"both|few|other|more|U\.S\.)|\d)\s+$"
)
_TIME_TAIL = re.compile(
    r"\s+(?:on|late|early|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|"
    r"year|night|morning|afternoon|evening)\b.*$"
)
_MAX_CUES_PER_SENTENCE: Final = 64
_PASSIVE_LAST: Final = ("was", "were", "is", "are", "been", "being", "be", "get", "got", "ly", "not", "also")
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being|be|get|got)\s+(?:\w+ly\s+|not\s+|also\s+)?$")
# A colon right before the next quotation ("He had a question:") means another clause introduces it.
_NEW_CLAUSE_BETWEEN = re.compile(r":\s*$")
_SHORT_QUOTED = re.compile(r"[\"“](?:\S+\s+){0,3}\S+[\"”]")
_CLAUSE_OPENER: Final = r"(?:and\s+|but\s+|while\s+|to\s+which\s+|in\s+which\s+|as\s+)?"
# Where a clause starts: a comma or semicolon ('," ', '", '), or " and " before a capital. Written to
# open with a class (the engine skips in C to the next candidate) and grouped by the character consumed;
# a lookahead first turns away a space before an ordinary word. Same matches, start and end, as the
# plain alternation `(?:[,;]|,["”]|,''|["”],)\s+OPENER|["”]?\s+and\s+(?=[A-Z])`.
_CLAUSE_START = re.compile(
    r"[,;\"”" + _WHITESPACE + r"](?=[a,\"”'" + _WHITESPACE + r"])(?:"
    r"(?<=\s)\s*and\s+(?=[A-Z])"
    r"|(?<=,)(?:\s+" + _CLAUSE_OPENER + r"|[\"”]\s+" + _CLAUSE_OPENER + r"|''\s+" + _CLAUSE_OPENER + r")"
    r"|(?<=;)\s+" + _CLAUSE_OPENER + r"|(?<=[\"”])(?:,\s+" + _CLAUSE_OPENER + r"|\s+and\s+(?=[A-Z]))"
    r")"
)


def _split_clause(
    text: str, prev: Draft, cs: int, cm: tuple[int, int, str], sq: list[Quotation], gz: Gazetteer
) -> bool:
    """Cut `prev`'s content where a clause with its own speaker and cue begins; True when cut."""
    if prev.how not in ("reported", "participle") or len(prev.spans) != 1:
        return False
    ps, pe = prev.spans[0]
    if not ps < cs < pe:
        return False
    boundary = None
    for b in _CLAUSE_START.finditer(text, ps, cs):
        boundary = b
    if boundary is None or len(text[boundary.end() : cs].split()) > 8:
        return False
    released = [q for q in prev.quotes if q.start >= boundary.start()]
    for q in released:
        q.used = False
    _, ce, form = cm
    draft = _finite(text, boundary.end(), pe, cs, ce, form, lemma_of(form), sq, gz, None)
    if (
        draft is None
        or draft.mention is None
        or fold(draft.mention.text) in ("who", "which")
        or draft.mention.start < boundary.end()
        or (draft.mention.kind == "unnamed" and draft.mention.start != boundary.end())
    ):
        for q in released:
            q.used = True
        return False
    cut = boundary.start() + (2 if text[boundary.start() : boundary.start() + 2] in (',"', ",”") else 0)
    prev.spans[0] = _trim(text, ps, cut)
    # By position, not `not in released`: that compared dataclasses pairwise, quadratic in the quotations.
    prev.quotes = [q for q in prev.quotes if q.start < boundary.start()]
    prev.split_off = draft
    return True


_SOURCE_END = re.compile(r",|\.(?=\s|$)|;|$")
_REPORT_OF = re.compile(
    r"\s*(?:an?|the)\s+(.+?)\s+(?:report|story|article|poll|survey|analysis|investigation|interview)\b"
)
_TIME_OR_RELATIVE = re.compile(r"\s+(?:on|in|at|during|last|this|who)\s")


def _according(
    text: str, ss: int, se: int, cs: int, ce: int, sq: list[Quotation], gz: Gazetteer
) -> Draft | None:
    """`According to X, ...` and `..., according to X`: X is the source of the other side."""
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
    timed = _TIME_TAIL.search(np)
    if timed and timed.start() > 0:  # "according to the ministry on Friday": the day is no source
        np = np[: timed.start()]
    mention = _source_of_report(np, ce, gz)
    before = text[ss:cs]
    if before.strip(" ,") and len(before.strip().split()) >= 3:
        span = _trim(text, ss, cs)
    else:
        span = _trim(text, np_end, _tail_cut(text, np_end, se))
    if span[1] - span[0] < 8:
        return None
    if DOUBLE_MARK.search(text, span[0], span[1]) and _QUOTE_THEN_CUE.search(text, span[0], span[1]):
        return (
            None  # '"...," Sanders said, according to CNN': the speaker is named inside; that statement wins
        )
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


def _finite(
    text: str,
    ss: int,
    se: int,
    cs: int,
    ce: int,
    form: str,
    lemma: str,
    sq: list[Quotation],
    gz: Gazetteer,
    main_subject: Mention | None,
) -> Draft | None:
    """A finite cue ("said", "told", "has rejected"): quotation next to it, or the clause it governs."""
    lo = max(ss, cs - 24)
    # _PASSIVE ends in an auxiliary, an -ly adverb, "not" or "also": test the last word before the regex.
    if text[lo:cs].rstrip().endswith(_PASSIVE_LAST) and _PASSIVE.search(text, lo, cs):
        return None  # "Sanders was asked": the subject is spoken to, not speaking
    # 1. Quotation right before the cue clause: "...," he said / "...," said Trump.
    prev_q = None
    for q in reversed(sq):  # (a plain loop: most sentences hold no quotation, and no generator is built)
        if q.end <= cs and not q.used:
            prev_q = q
            break
    if prev_q is not None:
        gap = text[prev_q.end : cs]
        close_len = 2 if text[prev_q.end - 2 : prev_q.end] == "''" else 1
        inner_end = text[prev_q.end - close_len - 1] if prev_q.end - prev_q.start > 2 * close_len else ""
        ends_open = inner_end in (",", "?", "!", "—", "-", "–", "…") or gap.lstrip().startswith(
            (",", "—", "–")
        )
        gap_words = gap.strip(" ,—–-").split()
        if (
            (len(gap_words) <= 8 or (len(gap_words) <= 18 and gap.count(",") >= 2))
            and '"' not in gap
            and "“" not in gap
            and (ends_open or _quiet_after(text, ce, se))
        ):
            if len(gap_words) == 1 and gap_words[0][:1].isupper() and gap_words[0].isalpha():
                # '"...," From said': one capitalised word between quotation and cue is a name.
                word = gap_words[0]
                at = text.find(word, prev_q.end, cs)
                mention = parse_mention(word, at, gz) or Mention(
                    word, at, at + len(word), "name", word, "person"
                )
            elif gap_words:
                mention = left_subject(text, prev_q.end, cs, gz)
            else:
                mention = right_subject(text, ce, se, gz)
            if mention is not None:
                lead = text[ss : prev_q.start]
                if INTRO.match(lead.strip()) and lead.rstrip().endswith(
                    ("on", "in", "of", "at", "to", "from")
                ):
                    return None  # a title inside an introductory phrase: 'In an appearance on "Morning Joe," X asked'
                if not (lead.strip() and is_title(text, prev_q)):
                    # (A title before the cue, 'In his new book, "Doomed to Succeed," Mr. Ross said', is not his
                    # words: fall through to what the cue governs.)
                    if len(lead.split()) > 2 and not lead.rstrip().endswith(":"):
                        # Reported words around a partial quote: "The rival will play the "woman card," X said".
                        return Draft([_trim(text, ss, prev_q.end)], form, cs, mention, "after clause")
                    return Draft([(prev_q.start, prev_q.end)], form, cs, mention, "after quote")
    # 2. Quotation right after the cue clause: Trump said: "..." / he told reporters, "...".
    next_q = None
    for q in sq:
        if q.start >= ce and not q.used:
            next_q = q
            break
    before = text[ss:cs].rstrip()
    after: tuple[int, int] | None = None
    after_known = False
    if next_q is None and not before.endswith(_COMMA_ENDS) and not _PARENTHETICAL_END.match(text, ce, se):
        # Neither a quotation nor an inverted or parenthetical attribution can follow: the cue is a statement
        # only through the clause it governs. When that clause reports nothing ("expected the deal to
        # close"), no subject can change it, so the subject (the costliest step) is not read at all.
        after, after_known = _content_after(text, ce, se, lemma), True
        if _reports_nothing(text, ce, se, lemma, after):
            return None
    mention = left_subject(text, ss, cs, gz)
    if mention is None and _SHARED_SUBJECT.search(text, max(ss, cs - 40), cs):
        # "He said A and said B", "X obtained a video and said ...": the cue shares the sentence's subject.
        mention = main_subject or shared_subject(text, ss, cs, gz) or leading_np(text, ss, cs, gz)
    if next_q is not None and mention is not None:
        gap = text[ce : next_q.start]
        if (
            len(gap.split()) <= 6
            and not _THAT.search(gap)
            and '"' not in gap
            and (gap.rstrip().endswith((":", ",")) or not gap.strip())
            and (gap.rstrip().endswith((":", ",")) or not _continues(text, next_q, se))
        ):
            return Draft([(next_q.start, next_q.end)], form, cs, mention, "before quote")
    # 3. Reported speech: "..., said X" / "..., X said." / "X said (that) ...".
    if before.endswith(_COMMA_ENDS) and before.strip(" ,\"”'"):
        right = right_subject(text, ce, se, gz)
        tail = text[right.end : se].lstrip() if right else ""
        right_ok = right is not None and (_quiet_after(text, right.end, se) or tail.startswith(","))
        left_named = (
            mention is not None and mention.kind in ("name", "pronoun") and len(mention.text.split()) <= 12
        )
        if (
            right_ok
            and right is not None
            and not (left_named and right.kind != "name")
            and not (
                # "Barkley, who said he votes Democratic, said X": the sentence's own subject speaks, not "X".
                left_named and _RELATIVE_HEAD.match(text, ss)
            )
        ):
            cut = ss + len(before) - (0 if before[-1] in "\"”'" else 1)
            span = _trim(text, ss, cut)
            if span[1] - span[0] >= 8:
                return Draft([span], form, cs, right, "inverted")
    if mention is None:
        return None
    head = text[ss : mention.start].rstrip()
    if head.endswith((",", ',"', ",”")) and len(head.split()) >= 3 and _PARENTHETICAL_END.match(text, ce, se):
        # "Riding alone, they said, can be hazardous": the attribution sits inside the reported words.
        first = _trim(text, ss, ss + len(head) - (0 if head[-1] in '"”' else 1))
        rest = _trim(text, text.find(",", ce, se) + 1, se)
        rest = _trim(text, rest[0], _tail_cut(text, rest[0], rest[1]))
        spans = [sp for sp in (first, rest) if sp[1] - sp[0] >= 3]
        if spans:
            return Draft(spans, form, cs, mention, "around cue")
    if not after_known:
        after = _content_after(text, ce, se, lemma)
    if after and fold(mention.text) in ("who", "which"):
        after = _to_first_comma(text, after)
    if after is None:
        # "..., he said." closes a reported clause that came first.
        head = text[ss : mention.start].rstrip()
        if head.endswith((",", ',"', ",”")) and _quiet_after(text, ce, se):
            span = _trim(text, ss, ss + len(head) - (0 if head[-1] in '"”' else 1))
            if span[1] - span[0] >= 8:
                return Draft([span], form, cs, mention, "before cue")
        return None
    if lemma == "decline" and not _DECLINED_SPEECH.match(text, after[0]):
        return None  # "declined to run": a decision, not a statement ("declined to comment" is one)
    if lemma == "respond" and _NON_RESPONSE.match(text, after[0]):
        return None  # "did not respond to requests for comment"
    call_for = lemma == "call" and _CALL_FOR.match(text, ce)
    if call_for:
        after = _trim(text, call_for.end(), after[1])  # "called for reducing the tax": a demand
    elif lemma == "describe" and " as " in text[after[0] : after[1]]:
        pass  # "described the impact as horrendous": a characterisation
    elif (
        lemma not in STRONG
        and not _THAT.match(text, after[0])
        and not DOUBLE_MARK.search(text, after[0], after[1])
    ):
        return None
    clause = text.rfind(",", ss, cs)
    # (A subject that opens the sentence has nothing before it: no call for the empty window.)
    if (
        mention.start > ss and _SUBORDINATE.search(text, max(ss, mention.start - 12), mention.start)
    ) or _SUBORDINATE_CLAUSE.match(text, clause + 1 if clause >= 0 else ss, cs):
        # "when he says X, it would seem ...": the reported clause ends at the comma.
        after = _to_first_comma(text, after)
    return Draft([after], form, cs, mention, "reported")


_COMMA_ENDS: Final = (",", ',"', ",”", ",''")


def _reports_nothing(text: str, ce: int, se: int, lemma: str, after: tuple[int, int] | None) -> bool:
    """True when the clause a cue governs (`after`, from _content_after) makes no statement whoever speaks:
    the same tests _finite applies to it once the subject is known, where none depends on the subject."""
    if after is None:
        return not _quiet_after(text, ce, se)  # (a quiet end may still close "..., he said.")
    if lemma == "decline":
        return not _DECLINED_SPEECH.match(text, after[0])
    if lemma == "respond":
        return bool(_NON_RESPONSE.match(text, after[0]))
    if lemma == "call" and _CALL_FOR.match(text, ce):
        return False
    if lemma == "describe" and " as " in text[after[0] : after[1]]:
        return False
    return (
        lemma not in STRONG
        and not _THAT.match(text, after[0])
        and not DOUBLE_MARK.search(text, after[0], after[1])
    )


def _last_end(spans: list[tuple[int, int]]) -> int:
    """The largest end among the spans (most drafts have one)."""
    return spans[0][1] if len(spans) == 1 else max(e for _, e in spans)


def _continues(text: str, q: Quotation, se: int) -> bool:
    """True when the sentence goes on in reported words after the quotation: "said "local forces" must lead"."""
    rest = text[q.end : se].strip()
    return bool(rest) and (rest[0].islower() or rest[0].isdigit()) and not _PRONOUN_OR_SAID.match(rest)


def _to_first_comma(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """`span` up to its first comma (a closing quotation mark right after the comma stays in)."""
    comma = text.find(",", span[0], span[1])
    if comma <= span[0] + 8:
        return span
    end = comma + 2 if text[comma + 1 : comma + 2] in ('"', "”") else comma
    return _trim(text, span[0], end)


def _quiet_after(text: str, pos: int, se: int) -> bool:
    """Only time or place words follow until the sentence ends: "Trump said on Monday."."""
    rest = text[pos:se].strip().rstrip(".!?\"”'’ ")
    return not rest or bool(_QUIET_REST.fullmatch(rest))


_QUIET_REST = re.compile(
    r"[,\s]*(?:(?:on|in|at|during|last|this|late|early|earlier|to|in\s+a|via|told|from|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)\b[^,;]*)?"
)


_RELATIVE_HEAD = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*,\s+(?:who|which)\s")
