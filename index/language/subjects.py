"""Where the speaker is written around a cue: the subject before it, the name after it, the head of
the sentence when a participle or "and said" hangs from it.

The words found here go to `newsdesk.index.language.speakers.parse_mention`, which decides what they name. Offsets are
into the article text; parentheticals are blanked (not cut) so they never shift.
"""

from __future__ import annotations

import itertools
import re
from typing import Final, NamedTuple

from newsdesk.index.actors.gazetteer import Gazetteer
from newsdesk.index.actors.names import fold
from newsdesk.index.actors.shapes import CORPORATE_SUFFIXES, ORG_WORDS, ROLE_HEADS
from newsdesk.index.language.cues import trie_pattern
from newsdesk.index.language.quotemarks import abbreviation_before
from newsdesk.index.language.speakers import (
    LED_GROUP,
    TRADE_WORD,
    UNIT_OF,
    Mention,
    clean_role,
    firm_described,
    gender_of,
    make_mention,
    normalise_description,
    parse_mention,
    plain_first_word,
)

# Words between a speaker and the cue that are not part of the speaker ("Moscow has consistently
# rejected", "Trump on Monday said"): stripped word by word from the end, which is far cheaper than an
# end-anchored regex and never eats a capitalised name like "Kelly".
_TAIL_WORDS: Final[frozenset[str]] = frozenset(
    {
        "has",
        "have",
        "had",
        "also",
        # "Chrysler further said", "The company separately said": sentence adverbs, no part of a name
        "further",
        "additionally",
        "subsequently",
        "separately",
        "likewise",
        "previously",
        "repeatedly",
        "later",
        "then",
        "recently",
        "once",
        "would",
        "will",
        "could",
        "didn't",
        "doesn't",
        "don't",
        "won't",
        "wouldn't",
        "hasn't",
        "haven't",
        "hadn't",
        "isn't",
        "wasn't",
        "can't",
        "couldn't",
        "did",
        "does",
        "do",
        "not",
        "never",
        "already",
        "again",
        "still",
        "only",
        "even",
        "himself",
        "herself",
        "itself",
        "themselves",
        "first",
        "often",
        "now",
        "today",
        "yesterday",
        "tonight",
        "earlier",
        "is",
        "are",
        "was",
        "were",
        "being",
        "been",
        "may",
        "might",
        "must",
        "should",
        "can",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    }
)
_TAIL_PAIRS: Final[frozenset[str]] = frozenset(
    {
        "last week",
        "last month",
        "last year",
        "last night",
        "this week",
        "this month",
        "this year",
        "this morning",
        "on monday",
        "on tuesday",
        "on wednesday",
        "on thursday",
        "on friday",
        "on saturday",
        "on sunday",
        # "Bouygues in February said": the month is when, not who
        *(
            f"in {month}"
            for month in "january february march april may june july august september october november december".split()
        ),
    }
)
_PAIR_ENDS: Final[frozenset[str]] = frozenset(pair.split()[1] for pair in _TAIL_PAIRS)
_DAYS: Final[frozenset[str]] = frozenset(
    {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "tonight",
    }
)
_TAIL_IN: Final[frozenset[str]] = frozenset({"a", "an", "the", "his", "her", "their"})
_CLAUSE_WORDS: Final[list[str]] = [
    "and",
    "but",
    "while",
    "because",
    "as",
    "when",
    "after",
    "before",
    "since",
    "although",
    "though",
    "if",
    "whereas",
    "that",
    "where",
    "so",
    "yet",
    "or",
    "until",
    "unless",
    "once",
    "even",
    "whom",
    "whose",
    "why",
    "how",
    "what",
    "in which",
    "during which",
    "at which",
]
# Where a clause starts: punctuation, or a conjunction or relative word (as a trie: the engine tries it
# at every position of a subject, and a flat list of thirty words is slow there).
_CLAUSE_TRIE: Final[str] = trie_pattern(_CLAUSE_WORDS + [w.capitalize() for w in _CLAUSE_WORDS])
# An en dash joining two words ("Harvard–Smithsonian Center") is no break; one beside a space is.
_CLAUSE_BREAK = re.compile(
    r"(?:,(?!\d{3})|[;:(—]|–(?:(?<!\w–)|(?!\w))|\s--\s|\s-\s|\b(?:" + _CLAUSE_TRIE + r")\b)"
)
# The same breaks written backwards, to find the last one from the end of a reversed segment: the
# break that ends last is the first found, mostly a few words in. It opens with the class \W, which the
# engine skips to in C (a pattern opening with `\b` is tried at every position): a clause word is
# matched from the non-word character after it (its closing `\b`; the caller pads the segment's end
# with a NUL, which like the end of the text is no word, space or digit), in group 1 and tried last, so
# a comma or dash ending one character later wins.
_CLAUSE_BREAK_BACK = re.compile(
    r"\W(?:(?<=,)(?<!\d{3},)|(?<=[;:(—])|(?<=–)(?:(?<!\w–)|(?!\w))|(?<=\s)--?\s|("
    + trie_pattern([w[::-1] for w in _CLAUSE_WORDS + [w.capitalize() for w in _CLAUSE_WORDS]])
    + r")\b)"
)
# Two dash breaks sharing a space (" -- - "): the forward scan takes only the first, so the backward
# one cannot stand in for it.
_DASH_RUN = re.compile(r"-\s-")
# Up to this length a segment is split into words first (a long one is left to the backward search,
# which stops at the last break instead of splitting every word).
_SHORT_SEGMENT: Final = 40
_CLAUSE_WORD_SET: Final[frozenset[str]] = frozenset(
    part for w in _CLAUSE_WORDS for part in (*w.split(), *w.capitalize().split())
)
_LEAD_WORDS: Final[tuple[str, ...]] = (
    "and",
    "but",
    "yet",
    "so",
    "then",
    "also",
    "meanwhile",
    "however",
    "still",
    "instead",
    "now",
    "later",
    "separately",
    "which",
    r"in\s+addition",
    "moreover",
    "indeed",
    "earlier",
    "previously",
    "here",
    "there",
)
_LEAD = re.compile(r"^\s*(?:(?:" + "|".join(_LEAD_WORDS) + r")\b[\s,]*)+", re.IGNORECASE)
_DESCRIPTION_START = re.compile(
    r"(?:a|an|the|one|another|some|many|several|two|three|four|five|\d+|his|her|their|its|"
    r"[A-Z][\w.'’-]*['’]s?)\s",
    re.IGNORECASE,
)
# The words _INFINITIVE_END ends with: a plain endswith before the regex, which most subjects fail.
_INFINITIVE_WORDS: Final = (
    "to",
    "going",
    "want",
    "wants",
    "wanted",
    "tried",
    "began",
    "continued",
    "refused",
    "declined",
)
_INFINITIVE_END = re.compile(r"\b(?:to|going|want|wants|wanted|tried|began|continued|refused|declined)\s*$")
VERBISH = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|do|does|did)\b")
_RIGHT_NP_STOP = re.compile(
    r"[,;:.!?\"“”(]|\s(?:who|which|in|at|on|during|after|before|as|when|while|to|about|of\s+the\s+\w+ing|"
    r"that|from|with|and\s+(?:said|added|told))\b",
)
_TIME_LEAD_WORDS: Final[tuple[str, ...]] = (
    "on",
    "in",
    "at",
    "during",
    "last",
    "this",
    "earlier",
    "later",
    "by",
    "within",
    "since",
    "until",
    "that",
)
_TIME_LEAD = re.compile(
    # The article alone is no time ("On Thursday the foreign minister said": the minister stays).
    r"\s*(?:" + "|".join(_TIME_LEAD_WORDS) + r")\s+(?:(?:the|a|an|that|few)\s+)*"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|\d[\d,]*|day|week|month|year|night|morning|afternoon|evening|time|"
    r"hours|days|weeks|minutes|months|years|weekend)\s+)+",
    re.IGNORECASE,
)
_DATELINE = re.compile(r"\s*[A-Z][\w.' ]{1,40}?(?:\s*\([\w .]{1,20}\))?\s+[-–—]{1,2}\s+")
_LAST_PRONOUN = re.compile(r"(?:^|\s)(he|she|they|we|I|who)(?:['’](?:s|d|ll|re|ve))?\s*$")
# The words _LAST_PRONOUN matches: it matches exactly when the last word is one, a set test first.
_PRONOUN_FORMS: Final[frozenset[str]] = frozenset(
    p + c
    for p in ("he", "she", "they", "we", "I", "who")
    for c in ("", *(q + s for q in "'’" for s in ("s", "d", "ll", "re", "ve")))
)
# The first words a lead regex can open with (lower case; IGNORECASE makes them any case): a subject
# whose `plain_first_word` is none of these cannot match, and skips the regex.
_LEAD_FIRST: Final[frozenset[str]] = frozenset(w.split("\\")[0] for w in _LEAD_WORDS)
_TIME_LEAD_FIRST: Final[frozenset[str]] = frozenset(_TIME_LEAD_WORDS)
# VERBISH with the `\b` before the word read as the non-word character before it: the pattern opens
# with a character class, so the engine skips to it in C. Searched in the words after a space.
_VERB_AFTER = re.compile(r"\W(?:is|are|was|were|has|have|had|will|would|can|could|do|does|did)\b")
_VERB_WORDS: Final[frozenset[str]] = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "do", "does", "did"}
)
# Every ASCII spelling of those words in any case ("Has", "WAS"): an ASCII word is one of them lowered
# exactly when it is in this set, so a list of words is tested without lowering it.
_VERB_FORMS: Final[frozenset[str]] = frozenset(
    "".join(spelling) for w in _VERB_WORDS for spelling in itertools.product(*((c, c.upper()) for c in w))
)
_TAIL_NAME = re.compile(r"((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*|\b(?:he|she|they|it|who|we|I))\s*$")
# "Senator Chris Murphy of Connecticut, who ...": the name with its "of" place or body.
# "a floor broker contacted by Reuters, who": the relative is the unnamed broker's, not the asker's.
_BY_ASKER = re.compile(
    r"\b(?:polled|surveyed|contacted|interviewed|queried|asked|questioned|reached)\s+by\s+$"
)
_ANTECEDENT_NAME = re.compile(r"((?:[A-Z][\w.'’-]*\s+(?:(?:of|for|at)\s+)?){0,5}[A-Z][\w.'’-]*)\s*$")
_APPOSITIVE_ROLE = re.compile(
    r"\s*(?!who\b|which\b|whose\b|in\b|on\b|at\b|with\b|according\b)((?:the|a|an)\s[^,;.\"“”]{2,80}|[a-z][^,;.\"“”]{2,80})"
)
_NOT_SUBJECT_START: Final[frozenset[str]] = frozenset(
    {
        "amid",
        "including",
        "in",
        "on",
        "at",
        "for",
        "with",
        "without",
        "by",
        "from",
        "to",
        "of",
        "about",
        "after",
        "before",
        "during",
        "despite",
        "like",
        "unlike",
        "among",
        "against",
        "over",
        "under",
        "through",
        "between",
        "giving",
        "provide",
        "compared",
        "than",
        "into",
        "onto",
        "upon",
        "via",
        "toward",
        "towards",
        "within",
        "thereafter",
        "afterwards",
        "beyond",
        "since",
        "until",
        "throughout",
    }
)
_SUBJECT_BEFORE_AND = re.compile(
    r"\b((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*\w|[Hh]e|[Ss]he|[Tt]hey)\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\b[^,;.]*?,?\s+"
    r"(?:and|but)\s+(?:\w+ly\s+|also\s+|then\s+|later\s+)?$"
)
_PARENS = re.compile(r"\([^()]{0,60}\)")
_RELATIVE_OPENER = re.compile(r"[A-Za-z],\s+(?:who|which|whose)\s")
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]|''.*?''")
INTRO = re.compile(
    r"^(?:in|on|at|during|after|before|continuing|with|for|despite|since|while|as|when|last|this|by|from|"
    r"under|over|among|amid|following|speaking|asked|but|and|yet|so|however|meanwhile|still|now|later|then|"
    r"earlier|instead|also|separately|indeed|moreover|if|although|though|because|unless|whether|once)\b",
    re.IGNORECASE,
)
_LEADING_NAME = re.compile(
    r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I)\b"
    # "the Turkish Ministry of Foreign Affairs": an institution named with "of"
    r"|[Tt]he\s+(?:[A-Z][\w.'’-]*\s+){1,4}of\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*(?=\s+[a-z])"
    # "The government of American Samoa", "the president of Acme Corp": a role or body of a named place or firm
    r"|[Tt]he\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*\s+of\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*(?=\s+[a-z])"
    r"|(?:[Tt]he|[Aa]n?|This|That|His|Her|Their|Its|[Ss]everal|[Mm]any|[Ss]ome|[Mm]ost|[Tt]wo|[Tt]hree|[Ff]our|"
    r"[Ff]ive|[Hh]undreds|[Tt]housands|[Dd]ozens|[Bb]oth|[Aa]ll|\d[\d,]*)\s+(?:[\w-]+\s+){0,3}?[\w-]+"
    r"(?=\s+(?:from|of|in|at|on|who|has|have|had|is|was|were|are|will|would|also|[a-z]+ed)\b)"
    r"|(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*['’]s\s+(?:[\w-]+\s+){0,2}?[\w-]+"
    r"(?=\s+(?:has|have|had|is|was|were|are|will|would|also|read|reads|says|said|[a-z]+ed)\b)"
    r"|(?!(?:The|A|An|This|That|Several|Many|Some|Most|Hundreds|Thousands|Dozens|Both|All)\b)(?:(?:[A-Z][\w.'’-]*|of|the|de|al|van|von)\s+){0,5}[A-Z][\w.'’-]*"
    r"|(?:The|A|An|This|That)\s+(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*"
    r"|(?:The|A|An|This|That)\s+[\w-]+"
)


def _trim_tail(left: str) -> str:
    """`left` without the adverbs, auxiliaries and time words at its end."""
    while True:
        left = left.rstrip(" \u00a0\t")
        cut = left.rfind(" ")
        if cut < 0:
            return left
        last = left[cut + 1 :].replace("’", "'")
        low = last.lower()
        lower_case = last.islower()
        if _outlet_today(last, left[:cut]):
            return left  # "USA Today": the name of an outlet, not when it spoke
        if (low in _TAIL_WORDS and (lower_case or low in _DAYS)) or (
            lower_case and len(last) > 4 and last.endswith("ly")
        ):
            left = _without_day_lead(left[:cut]) if low in _DAYS else left[:cut]
            continue
        # A last word of letters only is the last word of the pair and of the three words below: most
        # are no time word and so close no pair, and only a lower-case one can close "in a statement".
        plain = low.isalpha()
        if plain and not lower_case and low not in _PAIR_ENDS:
            return left  # a name ("Kim"): the usual end, decided before the pair and three-word tests
        prev_cut = left.rfind(" ", 0, cut)
        if not plain or low in _PAIR_ENDS:
            pair = left[prev_cut + 1 :].lower()
            if " ".join(pair.split()) in _TAIL_PAIRS:
                left = left[: max(prev_cut, 0)]
                continue
        if plain and not lower_case:
            return left
        third = left.rfind(" ", 0, max(prev_cut, 0))
        words = left[third + 1 :].split()
        if (
            len(words) == 3
            and words[0].lower() == "in"
            and words[1].lower() in _TAIL_IN
            and words[2].islower()
            and not any(ch in words[2] for ch in "\"”',")
        ):  # not 'in the flow",' closing a quotation, nor "to Lesotho in the south," closing a relative clause
            left = left[: max(third, 0)]  # "in a statement", "in his speech"
            continue
        return left


def _outlet_today(last: str, before: str) -> bool:
    """Whether a last word "Today" closes a name written in capitals before it ("USA Today")."""
    if last != "Today":
        return False
    words = before.split()
    return bool(words) and words[-1].isupper()


def _without_day_lead(left: str) -> str:
    """`left`, whose day word was just cut ("on Monday" / "late Tuesday"), without the word that led to it."""
    head = left.rstrip()
    for lead in (" on", " late", " early", " by", " last", " this"):
        if head.lower().endswith(lead):
            return head[: -len(lead)]
    return left


def _verbish(low: str) -> bool:
    """Whether VERBISH finds an auxiliary in the lower-cased words `low`."""
    words = low.split()
    if "".join(words).isalnum():
        # Letters and digits between spaces: the auxiliary, if any, is one of the words.
        return not _VERB_WORDS.isdisjoint(words)
    return _VERB_AFTER.search(" " + low) is not None


class _Subject(NamedTuple):
    """The words before a cue that may be its subject: `text`, at `offset + start` in the article."""

    offset: int
    start: int
    text: str
    words: list[str]
    too_long: bool  # too long or verb-like to be one noun phrase


_RELATIVE_WORDS: Final = ("who", "which", "whose", "that", "where")
# Longer subjects with no verb are read from their end ("Economist Wendy Smith Cork of the brokerage
# Nesbitt Thomson Bongard Inc" is eleven words and one noun phrase; twelve cost a PolNeAR quote).
_MAX_SUBJECT_WORDS: Final = 11


def left_subject(text: str, sent_start: int, cue_start: int, gazetteer: Gazetteer) -> Mention | None:
    """The speaker written before a cue: from the clause start up to the cue, adverbs and auxiliaries cut."""
    # Parentheticals ("(D-N.Y.)", "(R)") are blanked, not cut, so offsets stay put.
    left = text[sent_start:cue_start]
    if "(" in left:
        left = _PARENS.sub(lambda p: " " * len(p.group()), left)
    # Patterns anchored at the end are searched in the last few dozen characters only: a regex search
    # for "...$" otherwise starts at every position of a long sentence.
    stripped = left.rstrip()
    if stripped.endswith(_INFINITIVE_WORDS) and _INFINITIVE_END.search(left, max(0, len(left) - 30)):
        np = leading_np(text, sent_start, cue_start, gazetteer)
        if np is not None and fold(np.text) in ("it", "there"):
            return None  # "it is hard to argue that ...": nobody in particular argues
        return np
    left = stripped
    headed = _modified_head(text, sent_start, left, gazetteer) if left[:1].isupper() else None
    if headed is not None:
        return headed
    cut = max(0, len(left) - 90)
    trimmed = left[:cut] + _trim_tail(left[cut:]) if cut else _trim_tail(left)
    # Most subjects ("Mr Kim", "The company") are a few ASCII words of letters and digits with no
    # clause or lead word: then no quotation mark, dash or comma is there to cut at, the clause starts
    # at 0, the first word is plain so no lead regex can match, and the auxiliary test is a set test.
    # One split serves `_clause_start`, `plain_first_word` and `_verbish`, which would each split again.
    words = trimmed.split() if len(trimmed) <= _SHORT_SEGMENT else []
    joined = "".join(words)
    first = (
        words[0].lower()
        if joined.isalnum() and joined.isascii() and words[0].isalpha() and _CLAUSE_WORD_SET.isdisjoint(words)
        else None
    )
    if first is not None and first not in _LEAD_FIRST and first not in _TIME_LEAD_FIRST:
        long_or_verbish = len(words) > _MAX_SUBJECT_WORDS or not _VERB_FORMS.isdisjoint(words)
        return _subject_mention(text, _Subject(sent_start, 0, trimmed, words, long_or_verbish), gazetteer)
    found = _subject_in_clause(text, sent_start, trimmed, gazetteer)
    return _subject_mention(text, found, gazetteer) if isinstance(found, _Subject) else found


def _subject_in_clause(
    text: str, sent_start: int, trimmed: str, gazetteer: Gazetteer
) -> _Subject | Mention | None:
    """The subject words of `trimmed` (the clause before a cue, at `sent_start`) when they are not a few plain
    words: after quoted words, an appositive's head, the clause's start, lead words."""
    sent_start, trimmed = _after_quotation(sent_start, trimmed)
    aside = _PARTICIPLE_ASIDE.search(trimmed, max(0, len(trimmed) - 90)) if "ing" in trimmed[-90:] else None
    aside = aside or _listing_aside(trimmed)
    if aside is not None and aside.start():
        # "Steve Peers of the University of Essex, speaking to BBC, said": the one spoken to is no speaker
        trimmed = trimmed[: aside.start()]
    dash_end = trimmed.rstrip()
    if not dash_end:
        return None
    trimmed, dash_end = _dashes_as_commas(trimmed, dash_end)
    # Appositive or relative clause right before the cue: "Peskov, the Kremlin spokesman, said".
    if dash_end.endswith(","):
        appositive = _appositive_subject(text, sent_start, dash_end, gazetteer)
        if appositive is not None:
            return appositive
        trimmed = dash_end[:-1]
    elif "," in dash_end:
        unclosed = _unclosed_appositive(text, sent_start, dash_end, gazetteer) or _unclosed_unit(
            sent_start, dash_end, gazetteer
        )
        if unclosed is not None:
            return unclosed
    clause = _clause_start(trimmed)
    named = _named_before_second_role(trimmed, clause, gazetteer)
    words_start = _office_across_and(trimmed, clause, gazetteer) if named is None else named
    if words_start != clause and named is None:
        words_start = _person_of_firm(trimmed, words_start, gazetteer)
    # "Jennifer Daskal of American University and contributor to Slate": the second role is dropped
    lead, subject = _without_leads(trimmed[words_start : None if named is None else clause - 4])
    that_time = _THAT_TIME.match(subject) if trimmed[:words_start].rstrip()[-4:].lower() == "that" else None
    if that_time is not None and subject[that_time.end() :].strip():
        # "That night the minister said": "that" opened a time, not a clause
        lead, subject = lead + that_time.end(), subject[that_time.end() :]
    words = subject.split()
    if not words:
        return None
    comma = trimmed.rfind(",", 0, words_start)
    if len(words) > 1 and fold(words[0]) in ("along", "together") and words[1] == "with" and comma > 0:
        # "The villages of Gambell and Stebbins, along with an organization of Eskimos, argued": the subject
        # is before the comma; what joins it is no speaker of its own
        return _subject_in_clause(text, sent_start, trimmed[:comma], gazetteer)
    return _Subject(
        sent_start,
        words_start + lead,
        subject,
        words,
        # "A group led by investors David Bellet and Chester Siuda": long, and still one subject
        (len(words) > _MAX_SUBJECT_WORDS and not LED_GROUP.match(subject.lstrip()))
        or _verbish(subject.lower()),
    )


# "Volcker, appearing with Reagan, Greenspan, and Treasury Secretary James Baker in the briefing room, said":
# an aside whose company is a list; the commas of the list are no appositives of the speaker.
_LISTING_ASIDE = re.compile(
    r",\s*(?:speaking|talking|appearing|standing|flanked|accompanied|sitting|meeting)\s+"
    r"(?:with|alongside|beside|next\s+to|by)\s+[^;\"“”]*,\s*$"
)


def _listing_aside(trimmed: str) -> re.Match[str] | None:
    """A participle aside with a list of companions right before the cue ("appearing with A, B, and C,")."""
    if not trimmed.endswith(",") or trimmed.find(",") == len(trimmed) - 1:
        return None
    aside = _LISTING_ASIDE.search(trimmed, max(0, len(trimmed) - 160))
    return aside if aside is not None and aside.start() else None


# "A commission set up to unravel the affairs of Air Lanka says", "One official attending the talks with
# Finance Minister Dilson Funaro said", "A shareholder group led by Far Hills, N.J., investor Natalie Koether
# said": a head noun and what modifies it; the names inside the modifier are its object, never the speaker.
_MODIFIED_HEAD = re.compile(
    r"(?:[A-Z][A-Z .,'&-]*,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+[-–—]+\s+)?"
    r"((?:A|An|One|The|Two|Three|Some|Several)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:commission|committee|panel|group|official|officials|delegation|team|inquiry|tribunal|task\s+force)\s+"
    r"(?:set\s+up|led\s+by|headed\s+by|chaired\s+by|attending|investigating|representing|appointed|formed|"
    r"created|established|looking\s+into)\s)"
)


_CLAUSE_IN_HEAD = re.compile(
    r"\b(?:will|would|has|have|had|is|are|was|were|can|could|may|might|must|should)\s|"
    r",\s+(?:the|a|an|it|he|she|they|we|its|his|her|their)\s|[\"“”]"
)


def _modified_head(text: str, sent_start: int, left: str, gazetteer: Gazetteer) -> Mention | None:
    """The unnamed body or official a sentence opens with, modifier and all, when the modifier names others."""
    found = _MODIFIED_HEAD.match(left)
    if found is None:
        return None
    words = left[found.start(1) :]
    if _CLAUSE_IN_HEAD.search(words, found.end(1) - found.start(1)):
        return None  # "A group led by First Boston will underwrite the offering, the company said": a clause
    mention = parse_mention(words, sent_start + found.start(1), gazetteer)
    return mention if mention is not None and mention.kind == "unnamed" else None


_PARTICIPLE_ASIDE = re.compile(
    r",\s*(?:speaking|talking|writing|testifying|appearing|responding|commenting|replying)\s+"
    r"(?:to|on|in|at|before|from|with)\b[^,;]*,?\s*$"
)
# "Mark Serwotka, from the Public and Commercial Services union said": an appositive whose closing comma
# is missing, right before the cue.
_UNCLOSED_APPOSITIVE = re.compile(
    r"(?:^|[,;]\s+|\.\s+)((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*\w),\s+"
    r"((?:from|of|at)\s+(?:the\s+)?[A-Z][^,;\"“”]{2,80}|(?:the|a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:of|at|for)\s+"
    r"(?:the\s+)?[A-Z][^,;\"“”]{2,80}"
    # "Rhodri Glyn Thomas, Plaid Cymru health spokesman said": a party or body and a role head
    r"|(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}(?:[a-z][\w-]*\s+){0,3}"
    r"(?:spokes(?:man|woman|person)|secretary|minister|leader|chairman|chairwoman|director|correspondent|editor))$"
)


def _unclosed_appositive(text: str, sent_start: int, dash_end: str, gazetteer: Gazetteer) -> Mention | None:
    """The person before an appositive that runs into the cue without its closing comma."""
    m = _UNCLOSED_APPOSITIVE.search(dash_end, max(0, len(dash_end) - 160))
    if m is None:
        return None
    person = parse_mention(m.group(1), sent_start + m.start(1), gazetteer)
    if person is None or person.kind != "name" or person.actor_kind != "person":
        return None
    return _described(text, person, [m.group(2)], sent_start + len(dash_end), gazetteer)


# "Shell Canada, a wholly owned subsidiary of the Royal Dutch/Shell Group <RD> said": a company's unit described
# by its owner, the closing comma missing; the unit speaks.
_UNCLOSED_UNIT = re.compile(
    r"(?:^|[,;-]\s+|\.\s+)((?:[A-Z][\w.'’&-]*\s+){0,3}[A-Z][\w'’&-]*\w),\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:subsidiary|unit|division|affiliate|arm)\s+of\s+[^,;\"“”]{2,80}$"
)


def _unclosed_unit(sent_start: int, dash_end: str, gazetteer: Gazetteer) -> Mention | None:
    """The company before an owner's description that runs into the cue without its closing comma."""
    if "of " not in dash_end[-120:]:
        return None
    m = _UNCLOSED_UNIT.search(dash_end, max(0, len(dash_end) - 160))
    unit = parse_mention(m.group(1), sent_start + m.start(1), gazetteer) if m else None
    return unit if unit is not None and unit.kind == "name" and unit.actor_kind == "organisation" else None


def _after_quotation(sent_start: int, trimmed: str) -> tuple[int, str]:
    """Quoted words are never part of the speaker: the words after the last quotation mark (and where they
    start), or the words with the quotation blanked when it sits in a relative clause."""
    double_apostrophe = trimmed.rfind("''")
    last_mark = max(
        trimmed.rfind('"'),
        trimmed.rfind("”"),
        trimmed.rfind("“"),
        double_apostrophe + 1 if double_apostrophe >= 0 else -1,
    )
    if last_mark < 0:
        return sent_start, trimmed
    if trimmed.rstrip().endswith(",") and _RELATIVE_OPENER.search(trimmed, 0, last_mark):
        # 'Trump, who called Clinton "crooked", said': the quotation sits in a relative clause; blank it.
        return sent_start, _QUOTED.sub(lambda q: " " * len(q.group()), trimmed)
    return sent_start + last_mark + 1, trimmed[last_mark + 1 :]


def _dashes_as_commas(trimmed: str, dash_end: str) -> tuple[str, str]:
    """ "Jason Sims — a teacher from Mount Pleasant — says": dashes around an appositive work as commas.
    `dash_end` is `trimmed` without end spaces; both are given back."""
    if dash_end[-1:] not in ("—", "–") or dash_end.find(dash_end[-1], 0, len(dash_end) - 1) <= 0:
        return trimmed, dash_end
    opening = dash_end.find(dash_end[-1], 0, len(dash_end) - 1)
    trimmed = (
        trimmed[:opening] + "," + trimmed[opening + 1 : len(dash_end) - 1] + "," + trimmed[len(dash_end) :]
    )
    return trimmed, trimmed.rstrip()


# "Britain's biggest union", "Japan's largest carmaker": a body described by whose it is, no name
_BODY_DESCRIBED = re.compile(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s(?:\s+[a-z][\w-]*)+")


def _source_for_body(cand: Mention, pieces: list[str], k: int) -> bool:
    """ "A spokesman for Unison, Britain's biggest union,": a source speaking for a named body, then a
    description of that body; the source is the speaker, not the description."""
    return (
        cand.kind == "unnamed"
        and bool(cand.affiliation)
        and all(INTRO.match(p.strip()) for p in pieces[:k])
        and all(_BODY_DESCRIBED.fullmatch(p.strip()) for p in pieces[k + 1 :] if p.strip())
        and any(p.strip() for p in pieces[k + 1 :])
    )


_PP_OPENERS: Final = frozenset({"of", "from", "at", "with", "along", "together"})


def _sentence_head(pieces: list[str], k: int) -> bool:
    """ "One driver, stuck for a day and a half, told", "On Friday, the princess, 67, announced": piece `k`
    heads the sentence after time or lead phrases, and only lower-case asides or an age follow it."""
    return all(INTRO.match(p.strip()) for p in pieces[:k]) and all(
        p.strip()[:1].islower() or p.strip().isdigit() for p in pieces[k + 1 :] if p.strip()
    )


def _appositive_subject(text: str, sent_start: int, dash_end: str, gazetteer: Gazetteer) -> Mention | None:
    """Walk back over appositives ("21", "a junior from Las Vegas") and relative clauses before the comma
    that ends `dash_end` to the name they describe, as the speaker with its role."""
    core = dash_end[:-1]
    pieces = core.split(",")
    last_words = pieces[-1].split()
    relative = bool(last_words) and last_words[0] in _RELATIVE_WORDS
    for k in range(len(pieces) - 2, max(-1, len(pieces) - 5), -1):
        piece = pieces[k]
        opener = (piece.split() or [""])[0]
        if opener in _RELATIVE_WORDS:
            relative = True
            continue  # a relative clause describes the noun phrase before it; it is never the speaker
        if opener in _PP_OPENERS:
            continue  # "Anderson Cooper, of CNN, one of Vanderbilt's sons,": where he is from, not who
        if _REDUCED_RELATIVE.match(piece):
            relative = True
            continue  # "The show, hosted by Bernard McGuirk and Sid Rosenberg, tweeted": the hosts say nothing
        head = _appositive_head(piece, k, gazetteer)
        at = sent_start + len(",".join(pieces[:k])) + (1 if k else 0) + (len(piece) - len(head))
        cand = parse_mention(head, at, gazetteer)
        if cand is not None and head == piece and _source_for_body(cand, pieces, k):
            return make_mention(
                text[cand.start : sent_start + len(core.rstrip())].strip(),
                cand.start,
                sent_start + len(core.rstrip()),
                cand.kind,
                cand.name,
                cand.actor_kind,
                cand.role,
                cand.affiliation,
            )
        described = (
            cand is not None
            and cand.kind in ("unnamed", "nominal")
            and (relative or (head == piece and _sentence_head(pieces, k)))
        )
        if (
            cand
            and (cand.kind in ("name", "pronoun") or described)
            and len(head.split()) <= (8 if relative else 6)
        ):
            person = _named_after_role(cand, head, pieces, k, at - (len(piece) - len(head)), gazetteer)
            if person is not None:
                return person
            return _described(text, cand, pieces[k + 1 :], sent_start + len(core.rstrip()), gazetteer)
        if not piece.strip() or (
            piece.strip()[:1].isupper() and not piece.strip().lower().startswith(("the ", "a ", "an "))
        ):
            break
    return None


_NAME_AND_NAME = re.compile(r"\b[A-Z][\w'’-]*\s+and\s*$")


def _appositive_head(piece: str, k: int, gazetteer: Gazetteer) -> str:
    """The words of comma piece `k` that may name the speaker: its last clause, unless an "and" cut a name
    the whole piece describes ("The account for The Bernie and Sid Show,": one name, not two subjects)."""
    head = piece[_clause_start(piece) :] if k == 0 or piece.strip()[:1].isupper() else piece
    if (
        head is not piece
        and head.lstrip()[:1].isupper()
        and _NAME_AND_NAME.search(piece, 0, len(piece) - len(head))
    ):
        whole = parse_mention(piece.strip(), 0, gazetteer)
        if whole is not None and whole.kind == "unnamed":
            return piece
    return head


# A past participle with its agent ("hosted by", "led by", "owned by"): a relative clause without its "which".
_REDUCED_RELATIVE = re.compile(r"\s*(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en|wn)\s+by\s")


def _named_after_role(
    cand: Mention, head: str, pieces: list[str], k: int, at: int, gazetteer: Gazetteer
) -> Mention | None:
    """ "the director of Amnesty International, Mariela Belski, said": the person the role names speaks,
    not the organisation the role belongs to."""
    if cand.actor_kind != "organisation" or k + 1 >= len(pieces) or " of " not in f" {head.strip()} ":
        return None
    nxt = pieces[k + 1]
    start = at + len(pieces[k]) + 1 + (len(nxt) - len(nxt.lstrip()))
    person = parse_mention(nxt.strip(), start, gazetteer)
    if person is None or person.kind != "name" or person.actor_kind != "person":
        return None
    role = normalise_description(head.strip()[: head.strip().lower().find(" of ")])
    return make_mention(
        person.text, person.start, person.end, "name", person.name, "person", role, cand.name, person.gender
    )


def _described(text: str, cand: Mention, after: list[str], end: int, gazetteer: Gazetteer) -> Mention:
    """`cand` as the speaker up to `end`, with the role and affiliation the appositives `after` it give."""
    descs = [
        p.strip()
        for p in after
        if p.strip() and not p.strip().isdigit() and p.split()[0] not in ("who", "which", "whose")
    ]
    body = _body_named_after(cand, descs, gazetteer)
    if body is not None:
        return body
    role = clean_role(cand.role) or (normalise_description(descs[0]) if descs else None)
    aff = cand.affiliation or (_demonym_in(descs[0], gazetteer) if descs else None)
    kind = cand.actor_kind
    # (not "Arther Mitchell of Coudert Brothers, a U.S. law firm": the firm is the one he is of)
    if (
        kind == "person"
        and descs
        and cand.affiliation is None
        and (firm_described(descs[0]) or UNIT_OF.match(descs[0]))
    ):
        # "Halcyon Investments, a New York firm", "Jeumont-Schneider, a subsidiary of Schneider SA": a firm
        kind, role = "organisation", None
    gender = cand.gender or (
        gender_of(cand.name or "", role, gazetteer) if cand.actor_kind == "person" else None
    )  # "Lene Falk, the company's spokeswoman": the role says she
    return make_mention(
        text[cand.start : end].strip(),
        cand.start,
        end,
        cand.kind,
        cand.name,
        kind,
        role,
        aff,
        gender if kind == "person" else None,
    )


def _body_named_after(cand: Mention, descs: list[str], gazetteer: Gazetteer) -> Mention | None:
    """ "Indonesia's state oil company, Pertamina": a body described, then named; the name is the speaker."""
    if not descs or not _described_body(cand):
        return None
    words = list(itertools.dropwhile(lambda x: not x[:1].isupper(), descs[0].split()))
    named = parse_mention(" ".join(words), cand.start, gazetteer) if words else None
    if named is None or named.kind != "name" or not named.name:
        return None
    return make_mention(
        cand.text, cand.start, cand.end, "name", named.name, cand.actor_kind, None, cand.affiliation
    )


def _without_leads(subject: str) -> tuple[int, str]:
    """`subject` without its lead words ("Meanwhile", "On Monday"), and how many characters went."""
    cut = 0
    first = plain_first_word(subject)
    if first is not None and first not in _LEAD_FIRST and first not in _TIME_LEAD_FIRST:
        return cut, subject
    for lead_re, heads in ((_LEAD, _LEAD_FIRST), (_TIME_LEAD, _TIME_LEAD_FIRST), (_LEAD, _LEAD_FIRST)):
        if first is not None and first not in heads:
            continue  # the lead words are not there: the regex would fail
        lead = lead_re.match(subject)
        if lead and subject[lead.end() :].strip():
            cut += lead.end()
            subject = subject[lead.end() :]
            first = plain_first_word(subject)
    return cut, subject


def _subject_mention(text: str, found: _Subject, gazetteer: Gazetteer) -> Mention | None:
    """The mention the subject words give: the name or pronoun right before the cue when they are too long
    for one noun phrase; a relative pronoun stands for the name before it."""
    subject, words, words_start = found.text, found.words, found.start
    doing = _DOING.search(subject) if " " in subject else None
    if doing and doing.start() > 0 and subject[: doing.start()].strip():
        # "Kyriakos Mitsotakis speaking to the Atlantic Council think tank called": the speaker is before
        # what they were doing
        subject = subject[: doing.start()]
        words = subject.split()
    elif found.too_long:
        # Too long to be one noun phrase: keep the name or pronoun right before the cue. The match holds
        # four words at most, so the search starts at the fourth last (not at every character).
        before = subject.rsplit(None, 4)
        tail = _TAIL_NAME.search(subject, len(before[0]) if len(before) == 5 else 0)
        if not tail:
            return None
        words_start += tail.start()
        subject = tail.group(1)
        words = subject.split()
    # A pronoun or relative pronoun closing the words is the subject: "tie in videos he", "the bully who".
    last_pronoun = _LAST_PRONOUN.search(subject) if words[-1] in _PRONOUN_FORMS else None
    if last_pronoun and last_pronoun.start() > 0:
        words_start += last_pronoun.start(1)
        subject = last_pronoun.group(1)
        words = [subject]
    if words[0].islower() and words[0] not in _NOT_A_VERB:
        at = found.offset + words_start + len(subject) - len(subject.lstrip())
        if words[0] in ("who", "which") and len(words) > 1:  # "Senator Smith, who chairs the committee said"
            return _relative_subject(text, at + len(words[0]) + 1, gazetteer)
        # "the FSLIC, which government auditors have said is ...": the clause has its own subject
        own = text.endswith("which ", 0, at) and _OWN_SUBJECT.fullmatch(subject)
        relative = (
            _relative_subject(text, at, gazetteer)
            if text.endswith(("which ", "who "), 0, at) and not own
            else None
        )
        if relative is not None:
            return relative
    if words[0].lower() in _NOT_SUBJECT_START:
        return None  # "amid reports", "including a": a phrase, not a speaker
    mention = parse_mention(subject, found.offset + words_start, gazetteer)
    if mention and mention.kind == "pronoun" and fold(mention.text) in ("who", "which"):
        return _antecedent_of(text, mention, gazetteer) or mention
    return mention


# A relative clause's own subject after "which": a few lower-case words ending in a plural agent noun
# ("government auditors", "analysts"); a verb after "which" ("which holds 13 pct") ends no such way.
_OWN_SUBJECT = re.compile(r"\s*(?:[a-z]+\s+){0,2}[a-z]+(?:or|ist|ial|ian|ant|ent|er)s\s*")


_DOING = re.compile(
    r",?\s+(?:speaking|writing|talking|testifying|appearing|addressing|commenting)\s+(?:to|at|in|on|before|from|for)\s"
)
# Words a relative clause's subject opens with ("which he claimed"): the clause has its own subject.
_NOT_A_VERB: Final = frozenset(
    "he she it they we you i the a an his her their its our my your this that these those some many".split()
)


def _relative_subject(text: str, at: int, gazetteer: Gazetteer) -> Mention | None:
    """ "Coniston Partners, which holds 13 pct of Allegis asked ...": the relative clause's comma is
    missing, so the words after "which" are its verb; the speaker is the name before "which"."""
    start = text.rfind(" ", 0, at - 1) + 1
    pronoun = parse_mention(text[start : at - 1], start, gazetteer)
    if pronoun is None or pronoun.kind != "pronoun":
        return None
    return _antecedent_of(text, pronoun, gazetteer)


# "a niece of Biden's opponent", "an analyst at", "members of the": a common noun whose "of" (or "at", "for",
# "to") phrase holds the name; the relative clause then speaks of that noun, not of the name.
_HEAD_BEFORE_NAME = re.compile(
    r"\b(?:a|an|the|one|two|three|some|several|many|his|her|their|its)\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?:niece|nephew|son|daughter|wife|husband|widow|brother|sister|mother|father|cousin|uncle|aunt|"
    r"grand(?:son|daughter|mother|father)|child|children|relative|friend|colleague|aide|adviser|advisor|"
    r"spokesman|spokeswoman|spokesperson|lawyer|attorney|analyst|official|member|supporter|employee|"
    r"fan|critic|student|associate|partner|assistant|deputy)s?"
    r"\s+(?:of|to|for|at|with|from)\s+[^,;]*$"
)
_PARTY_TAG = re.compile(r",\s*[RDI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\s*$")


def _antecedent_of(text: str, mention: Mention, gazetteer: Gazetteer) -> Mention | None:
    """A relative pronoun speaks for the noun phrase right before it: "Weaver, who said ..."."""
    base = max(0, mention.start - 120)
    head = text[base : mention.start].rstrip()
    if not head.endswith(","):
        return None
    head = head[:-1]
    tag = _PARTY_TAG.search(head)
    if tag is not None:
        head = head[: tag.start()]  # "Sen. James McClure, R-Idaho, who agreed": the senator, not his tag
    cut = max(head.rfind(","), head.rfind("."), head.rfind(";"), head.rfind("\n"))
    tail = _ANTECEDENT_NAME.search(head[cut + 1 :])
    if (
        not tail
        or _BY_ASKER.search(head, 0, cut + 1 + tail.start())
        or _HEAD_BEFORE_NAME.search(head, cut + 1, cut + 1 + tail.start(1))
    ):
        # "a floor broker contacted by Reuters, who said", "a woman, a niece of ... Christine O'Donnell, who
        # claimed": the broker or the niece, whom we cannot name
        return None
    ante = parse_mention(tail.group(1), base + cut + 1 + tail.start(1), gazetteer)
    if not ante or ante.kind != "name":
        return None
    return make_mention(
        mention.text,
        mention.start,
        mention.end,
        "pronoun",
        ante.name,
        ante.actor_kind,
        ante.role,
        ante.affiliation,
        ante.gender,
    )


def shared_subject(text: str, ss: int, cs: int, gz: Gazetteer) -> Mention | None:
    """The subject of the verb joined to this cue by "and": "when Cruz knocked Rubio and called him ..."."""
    m = _SUBJECT_BEFORE_AND.search(text, max(ss, cs - 160), cs)
    return parse_mention(m.group(1), m.start(1), gz) if m else None


# "Land rights activists", "Labour party members": lower-case words ending in a plural group head after a
# capitalised word.
_GROUP_AFTER_NAME = re.compile(
    r"(?:\s+[a-z][\w-]*){0,2}\s+(?:activists|campaigners|officials|workers|residents|critics|protesters|"
    r"analysts|economists|experts|leaders|members|supporters|officers|sources|traders|dealers|farmers)\b"
)


# A sentence-initial -ing participle with its object ("Putting it more sharply,"), never a name: a surname
# in -ing ("Manning") is followed by a verb, not by an object's determiner.
_PARTICIPLE_LEAD = re.compile(
    r"[A-Z][a-z]+ing\s+(?:it|them|him|her|the|a|an|this|that|these|those|his|its|their|our|up|aside|out|off)\s"
)


def _lead_piece(piece: str) -> str:
    """One comma piece of a sentence's head, stripped; empty for a participle phrase ("Putting it more
    sharply, one senior banking official ..."), which holds no name."""
    stripped = _without_conjunction(piece.strip())
    return "" if _PARTICIPLE_LEAD.match(stripped) else stripped


def leading_np(text: str, start: int, end: int, gazetteer: Gazetteer) -> Mention | None:
    """The subject at the head of a sentence, after introductory phrases ("In August, the group ...")."""
    pos = start
    segment = text[start:end]
    dateline = _DATELINE.match(segment)
    if dateline:  # "WASHINGTON (AFP) – Democrat Hillary Clinton has ...": the place is not the subject
        pos += dateline.end()
        segment = segment[dateline.end() :]
    if "(" in segment:
        segment = _PARENS.sub(lambda p: " " * len(p.group()), segment)
    for n, piece in enumerate(segment.split(",")):
        stripped = _lead_piece(piece)
        if n > 3:
            break
        if stripped and not INTRO.match(stripped) and not stripped.isupper():
            lead = _LEADING_NAME.match(stripped)
            if lead:
                offset = pos + piece.find(stripped)
                subject = lead.group()
                role_name = _ROLE_THEN_NAME.match(stripped, lead.end())
                # only after a word the article also writes in lower case ("Land" / "land disputes"), never a
                # name ("Clinton")
                word = lead.group().strip()
                group = (
                    _GROUP_AFTER_NAME.match(stripped, lead.end())
                    if " " not in word and f" {word.lower()} " in text
                    else None
                )
                if role_name and fold(role_name.group(1)) in ROLE_HEADS:
                    # "Former Cabinet minister Clare Short has ...": the role's lower-case head is no end
                    subject = stripped[: role_name.end()]
                elif group:
                    subject = stripped[: group.end()]  # "Land rights activists see ...": a group, not "Land"
                found = parse_mention(subject, offset, gazetteer)
                if (found is not None and found.kind != "name") or (
                    found and found.text.endswith(("'s", "’s"))
                ):
                    # "The Accord's secretary-general, Haldis Morrow, had ...": the appositive names the subject.
                    pieces = segment.split(",")
                    if n + 2 < len(pieces):
                        nxt = pieces[n + 1]
                        named = parse_mention(nxt, pos + len(piece) + 1, gazetteer)
                        if named is not None and named.kind == "name" and named.actor_kind == "person":
                            return named
                if found is not None:
                    return found
                pos += len(piece) + 1
                continue  # "Sunday morning, Clinton slammed ...": a time, not the subject
            if any(ch.isalpha() for ch in stripped):
                return None  # a clause that starts with no subject we can read
        pos += len(piece) + 1
    return None


# A conjunction before a full name (two capitalised words, or a title and a name): not "But USDA officials".
_CONJUNCTION_THEN_NAME = re.compile(r"(?:But|And|Yet)\s+(?=[A-Z][a-z][\w'’-]*\s+[A-Z][a-z])")


def _without_conjunction(piece: str) -> str:
    """ "But Sir Bernard Ingham, ..., took": a conjunction before a name opens no phrase; the name is the subject."""
    m = _CONJUNCTION_THEN_NAME.match(piece)
    return piece[m.end() :] if m is not None and not INTRO.match(piece[m.end() :]) else piece


def _described_body(m: Mention | None) -> bool:
    """A body the words describe rather than name ("Indonesia's state oil company")."""
    return (
        m is not None
        and m.kind == "name"
        and m.actor_kind in ("organisation", "outlet")
        and m.text.split()[-1].islower()
    )


_ROLE_THEN_NAME = re.compile(r"\s+([a-z][a-z-]+)\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*")


def _named_before_second_role(trimmed: str, words_start: int, gz: Gazetteer) -> int | None:
    """Where the named person starts when the clause break is an "and" before a second role of theirs
    ("Jennifer Daskal of American University and contributor to Slate"), else None."""
    if words_start <= 4 or not trimmed[:words_start].endswith("and"):
        return None
    after = trimmed[words_start:].split()
    if not after or not (fold(after[0]) in ROLE_HEADS or after[0] in _SECOND_ROLES):
        return None
    if any(gz.is_given_name(x) for x in after):
        return None  # "... and spokesman Bill Jones": a second person
    named = _NAME_OF_AND.search(trimmed, max(0, words_start - 90), words_start)
    return named.start() if named else None


# Lower-case office words right before an "and" ("vice president and", "chairman and").
_ROLES_BEFORE_AND = re.compile(r"(?<![\w-])(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*\s+and$")


_ROLE_MODIFIERS: Final = frozenset(
    {"vice", "chief", "senior", "deputy", "executive", "managing", "assistant"}
)


def _two_offices(trimmed: str, words_start: int, after: list[str], gz: Gazetteer) -> int | None:
    """Where "vice president and treasurer Fred Zuckerman" starts: one man's two offices joined by "and"."""
    roles = _ROLES_BEFORE_AND.search(trimmed, max(0, words_start - 60), words_start)
    if roles is None or not _second_role_then_name(after, gz):
        return None
    words = roles.group().split()[:-1]
    while words and fold(words[0]) not in ROLE_HEADS and words[0] not in _ROLE_MODIFIERS:
        words = words[1:]
    return words_start - 4 - len(" ".join(words)) if words and fold(words[-1]) in ROLE_HEADS else None


def _second_role_then_name(after: list[str], gz: Gazetteer) -> bool:
    """Whether the words after "and" are lower-case office words then a person's name ("chief executive
    John Smith"), and the words before it offices too."""
    k = 0
    while k < len(after) and after[k][:1].islower():
        k += 1
    return 0 < k <= 3 and fold(after[k - 1]) in ROLE_HEADS and k < len(after) and gz.is_given_name(after[k])


# "J.C. Walter of <Walter Oil and Gas Corp> said": a person of a firm whose name holds an "and".
_PERSON_OF = re.compile(r"(?:^|(?<=[\s,;]))((?:[A-Z][\w.'’-]*\s+){1,3}?[A-Z][\w'’-]*)\s+of\s+<?$")


def _person_of_firm(trimmed: str, words_start: int, gz: Gazetteer) -> int:
    """Where the subject starts when the firm's name found across its "and" follows a person's "X of"."""
    found = _PERSON_OF.search(trimmed, max(0, words_start - 60), words_start)
    if found is None:
        return words_start
    person = parse_mention(found.group(1), found.start(1), gz)
    ok = person is not None and person.kind == "name" and person.actor_kind == "person"
    return found.start(1) if ok else words_start


def _office_across_and(trimmed: str, words_start: int, gz: Gazetteer) -> int:
    """Where the subject starts when the clause break found is the "and" inside an office's name: "Minister
    of Mines and Energy Subroto" is one subject, "the Bank of England and Fed" two bodies."""
    if words_start <= 4 or not trimmed[:words_start].endswith("and"):
        return words_start
    after = trimmed[words_start:].split()
    offices = _two_offices(trimmed, words_start, after, gz)
    if offices is not None:
        return offices
    inside = _AND_INSIDE.search(trimmed, max(0, words_start - 120), words_start)
    if inside is not None:
        # "a spokesman for European Justice and Home Affairs Commissioner Franco Frattini", "A group led by
        # investors David Bellet and Chester Siuda": the "and" is inside one speaker's description
        return inside.start()
    run = _CAPS_BEFORE_AND.search(trimmed, max(0, words_start - 80), words_start)
    if run is not None and after and after[0][:1].isupper():
        before = trimmed[: words_start - 3].split()
        if before and (fold(before[-1]), fold(after[0])) in _NAME_PAIRS:
            return run.start()  # "First Southern Federal Savings and Loan Association": one firm's name
        whole = trimmed[run.start() :].strip()
        known = gz.lookup(whole.removeprefix("the ").removeprefix("The "))
        if known is not None and known.kind != "person":
            return run.start()  # "The Health and Safety Executive": one body the list knows by that name
    if len(after) == 1 and TRADE_WORD.fullmatch(after[0]):
        # "Texaco Refining and Marketing", "Exxon Exploration and Production": one firm's two trades
        run = _NAME_BEFORE_AND.search(trimmed, max(0, words_start - 80), words_start)
        if run is not None:
            return run.start()
    if (
        not after
        or not after[0][:1].isupper()
        or gz.is_given_name(after[0])
        or fold(after[-1]).rstrip(".") in ORG_WORDS
        or any(fold(x).rstrip(".") in CORPORATE_SUFFIXES for x in after)
        or gz.lookup(after[0]) is not None
    ):
        return words_start  # a second body or person after the "and"
    office = _OFFICE_OF_AND.search(trimmed, max(0, words_start - 70), words_start)
    if office is None or gz.lookup(office.group(1)) is not None:
        return words_start  # "... of Alabama and": a place closes the first name
    placed = _GROUP_AT.search(trimmed, max(0, office.start() - 40), office.start())
    if placed is not None:
        return placed.start()  # "scientists from the University of Bristol and UC Davis": the group speaks
    return office.start()  # "Minister of Mines and Energy Subroto": one office, not two clauses


_THAT_TIME = re.compile(r"\s*(?:day|night|morning|afternoon|evening|week|month|year)\b[\s,]*")
_AND_INSIDE = re.compile(
    r"(?<![\w'’-])(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:(?:spokesman|spokeswoman|spokesperson|aide|adviser|advisor)\s+(?:for|to)\s+(?:the\s+)?"
    r"(?:[A-Z][\w.'’-]*\s+){1,4}"
    r"|(?:group|venture|consortium|partnership|syndicate|team)\s+(?:led|controlled|owned|headed|formed|run)\s+by\s+"
    r"[^,;:\"“”]{1,80}?\s)and\s*$"
)
# Pairs joined by "and" inside one body's name ("Savings and Loan", "Gas and Electric").
_NAME_PAIRS: Final = frozenset(
    {
        ("savings", "loan"),
        ("gas", "electric"),
        ("light", "power"),
        ("water", "power"),
        ("oil", "gas"),
        ("trust", "savings"),
        ("research", "development"),
        ("exploration", "production"),
        ("food", "drug"),
        ("fish", "wildlife"),
        ("trade", "industry"),
        ("arts", "sciences"),
    }
)
_CAPS_BEFORE_AND = re.compile(r"(?<![\w'’-])(?:[Tt]he\s+)?(?:[A-Z][\w.'’&-]*\s+){1,4}and\s*$")
_NAME_BEFORE_AND = re.compile(
    r"(?<![\w'’-])(?:[A-Z][\w.'’&-]*\s+(?:(?:for|of|the)\s+){0,2}){0,4}[A-Z][a-z]+(?:ing|tion|ment|ics|ance)\s+and\s*$"
)
_SECOND_ROLES: Final = frozenset({"contributor", "co-author", "co-founder", "founder", "fellow"})
_GROUP_AT = re.compile(
    r"(?<![\w'’-])(?:(?:some|several|two|three|many|the|a)\s+)?[a-z]{3,}s\s+(?:from|at|of|in)\s+(?:the\s+)?$"
)
_NAME_OF_AND = re.compile(
    r"(?<![\w'’-])(?:[A-Z][\w.'’-]*\s+){1,3}of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}and\s*$"
)
_OFFICE_OF_AND = re.compile(
    r"(?<![\w'’-])(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w'’-]*\s+of\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+){1,2})and\s*$"
)


def _clause_start(segment: str) -> int:
    """Where the last clause of `segment` starts (0 when it has one clause)."""
    if len(segment) <= _SHORT_SEGMENT:
        words = segment.split()
        if _CLAUSE_WORD_SET.isdisjoint(words) and "".join(words).isalnum():
            # Most short subjects ("He", "Defence lawyers") are letters and spaces only: then no
            # punctuation breaks them, every word is whole between spaces, and none is a clause word.
            return 0
    # The subject sits near the cue: look at the tail first, the whole segment only when that fails.
    window = max(0, len(segment) - 120)
    if "-" not in segment or not _DASH_RUN.search(segment):
        # Breaks never overlap here, so the last one the forward scan finds is the one ending last:
        # search the reversed tail (with the character before it, which a clause word's `\b` reads).
        base = window - 1 if window else 0
        rev = (segment[base:] + "\0")[::-1]
        m = _CLAUSE_BREAK_BACK.search(rev)
        if m is None:
            if not window:
                return 0
        elif len(segment) + 1 - m.end() >= window:  # the break starts inside the tail
            return len(segment) - m.start() + (0 if m.lastindex else 1)
    return clause_start_forward(segment)


def clause_start_forward(segment: str) -> int:
    """`_clause_start` by its plain definition, which its fast paths must agree with: the end of the last
    break a forward scan finds in the last 120 characters (the whole segment when they hold none)."""
    window = max(0, len(segment) - 120)
    last = 0
    for m in _CLAUSE_BREAK.finditer(segment, window):
        last = m.end()
    if last or not window:
        return last
    for m in _CLAUSE_BREAK.finditer(segment, 0, window + 20):
        last = m.end()
    return last


def right_subject(text: str, pos: int, end: int, gazetteer: Gazetteer) -> Mention | None:
    """The speaker written after a cue ("said Sergey Lavrov, the foreign minister")."""
    seg = text[pos:end]
    stop = None
    for cand in _RIGHT_NP_STOP.finditer(seg):
        if cand.group() == "." and abbreviation_before(seg, cand.start()):
            continue
        stop = cand
        break
    np_end = stop.start() if stop else len(seg)
    np = seg[:np_end]
    if not np.strip() or len(np.split()) > 12:
        return None
    m = parse_mention(np, pos, gazetteer)
    if m and not _could_speak_after(m, np):
        return None
    named = _person_after_role(seg, np_end, pos, m, gazetteer) if seg[np_end : np_end + 1] == "," else None
    if named is not None:
        return named
    if not m or m.kind == "unnamed":
        return m
    # An appositive after the name gives the role: "said Sergey Lavrov, the Russian foreign minister."
    if m.kind == "name" and stop and seg[np_end] == ",":
        rest = seg[np_end + 1 :]
        app = _APPOSITIVE_ROLE.match(rest)
        if app and not m.role:
            role = app.group(1).strip()
            return make_mention(
                m.text,
                m.start,
                m.end,
                m.kind,
                m.name,
                m.actor_kind,
                role,
                m.affiliation or _demonym_in(role, gazetteer),
                m.gender,
            )
    return m


# '"...," said Acme Corp's chief executive, John Smith.' / 'said University of California, San Diego's
# chancellor, Pradeep Khosla.': the person named last speaks; what comes before is the role. The role piece
# between two commas ends in a lower-case role word.
_ROLE_PIECE = re.compile(
    r"\s*(?:(?:[A-Z][\w.'’&-]*\s+){0,4}[A-Z][\w.'’&-]*['’]s|the|its|a|an)(?:\s+[a-z][\w-]*){1,4}\s*"
)
# (A name may hold a particle: "Mohye al-Deen Gharib", "Ludwig van Beethoven".)
_PERSON_PIECE = re.compile(
    r"\s*((?:(?:[A-Z]|(?:al|el|ad|ibn|bin)-[A-Z])[\w.'’-]*\s+(?:(?:de|da|del|der|van|von|bin|ibn|al|el|la|le|du|dos)\s+)?){1,3}"
    r"(?:[A-Z]|(?:al|el|ad)-[A-Z])[\w'’-]*)\s*\.?\s*(?:[\"”’']\s*)?"
)


_QUIET_TAIL = re.compile(r",\s*(?:on|last|this|yesterday|today|earlier|late|in)\b[^\"“”;,]{0,40}[.!?]?\s*$")


def _could_speak_after(m: Mention, np: str) -> bool:
    """Whether `m`, read from the words `np` after a cue, can be the inverted speaker: not "it" or "there",
    not a clause ("said there were no new developments concerning Bass"), a description as one opens."""
    if m.kind == "pronoun":
        return fold(m.text) in ("he", "she", "they", "we", "i")
    if m.kind == "name":
        return not (np.lstrip()[:1].islower() and VERBISH.search(np))
    if m.kind == "unnamed":
        return bool(_DESCRIPTION_START.match(np.strip())) and not VERBISH.search(np)
    return True


def _person_after_role(
    seg: str, np_end: int, pos: int, m: Mention | None, gazetteer: Gazetteer
) -> Mention | None:
    """The person a role description after the cue goes on to name ("said Acme's chief, John Smith."), if any."""
    if m is not None and m.kind != "unnamed" and m.actor_kind == "person":
        return None  # "said Sergey Lavrov, the foreign minister": the person comes first
    np = seg[:np_end]
    first = np_end + 1
    quiet = _QUIET_TAIL.search(seg, first)  # "..., said the foreign minister, Sergey Lavrov, on Monday."
    last = quiet.start() if quiet else len(seg)
    second = seg.find(",", first, last)
    pieces = [(first, last, np)]
    if second > 0 and _ROLE_PIECE.fullmatch(seg, first, second):
        pieces.append((second + 1, last, seg[np_end + 1 : second]))
    for start, end, role in pieces:
        person = _PERSON_PIECE.fullmatch(seg, start, end)
        if person is None:
            continue
        p = parse_mention(person.group(1), pos + person.start(1), gazetteer)
        if p is None or p.kind != "name" or p.actor_kind != "person" or p.role:
            continue
        role_text = (np + "," + role).strip() if start != first else np.strip()
        lead = len(seg) - len(seg.lstrip())
        # The speaker's words run from the role to the name: "another Twitter user, Johanna Bayer".
        return make_mention(
            seg[lead : p.end - pos],
            pos + lead,
            p.end,
            p.kind,
            p.name,
            p.actor_kind,
            role_text,
            p.affiliation or _demonym_in(role_text, gazetteer),
            p.gender,
        )
    return None


def _demonym_in(words: str, gazetteer: Gazetteer) -> str | None:
    """The state a capitalised demonym in `words` names ("the Russian foreign minister" -> Russia)."""
    for w in words.split():
        if w[:1].isupper():
            state = gazetteer.demonym(w)
            if state:
                return state
    return None
