"""The scanning patterns several steps of quote extraction share, built from the word lists they read.

Two of them (where reported content stops, where a clause starts) run at every comma and space of a
text, so they are written in a fast form: opening with a character class (the engine skips in C to the
next candidate), branches grouped by the character consumed, one lookahead turning most positions away.
Each is built here from the same pieces as its plain form (`*_PLAIN`, the readable definition), and
tests/test_quotes_patterns.py pins the two to the same matches.
"""

from __future__ import annotations

import re
from typing import Final

from newsdesk.index.language.cues import CUE_RE, INFLECTED_CUES, PARTICIPLES, trie_pattern

WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY: Final = "|".join(WEEKDAYS)

# Every character `\s` matches (str.isspace), spelled out: a class of plain characters is tested by a
# table lookup, one with the `\s` category by a call per character.
WHITESPACE: Final = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"

# Time and manner words between a cue and its clause ("said on Monday that", "told reporters in a
# statement, ..."): at most a few words, or they swallow the content itself.
AFTER_CUE_WORDS: Final = (
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
    *WEEKDAYS,
)
AFTER_CUE_SKIP = re.compile(
    r"^(?:\s*,?\s*(?:" + "|".join(AFTER_CUE_WORDS) + r")\b"
    r"(?:\s+(?!(?:is|was|are|were|has|have|had|his|her|their|its|he|she|they|it|we|I)\b)[^\s,;:\"“”]+){0,4}?"
    r"(?=\s*(?:\bthat\b|,|$)))"
    r"|^\s*,?\s*(?:on\s+)?(?:" + _WEEKDAY + r"|yesterday|today|tonight)\b(?!['’]s\b)"
    # "said in its annual report that ...", "..., broker C Czarnikow said in its market review."
    r"|^\s*,?\s*(?:in|at|during|on)\s+(?:his|her|its|their)\s+(?:[^\s,;:\"“”]+\s+){0,3}?"
    r"(?:report|statement|review|column|letter|speech|testimony|interview|remarks|address|newsletter|"
    r"bulletin|note|message|filing|submission|memo|book|article|blog|website|view|opinion|forecast|"
    r"survey|study|outlook|assessment|commentary|analysis|update|release|circular|estimate|projection|"
    r"digest|journal|editorial)s?\b(?=\s*(?:\bthat\b|,|[.!?]?$))"
)
TRAILING_ATTRIBUTION = re.compile(
    r"(?:,[\"”]|,''|(?:[\"”]|'')?,)\s+(?:[\w.'’-]+\s+){1,5}?(?:"
    + CUE_RE.pattern.removeprefix(r"\b(?:")
    + r"(?:\s+(?:on|in|at|to|during|last|this|late|early|from)\b[^,;\"“”]{0,50})?[.!?]?$"
    # ... or inverted, with the speaker and an appositive after the cue: ',” said Sylke Tempel, the editor.'
    r"|(?:,[\"”]|,'')\s+(?:said|says|added|wrote|told|noted|argued)\s+[A-Z][^\"“”]{1,150}$"
)
# `\bthat\b` with the left boundary checked after the word (lookbehind), so the search runs on the
# literal "that" in C instead of trying the pattern at every position; same matches.
THAT = re.compile(r"that(?<!\wthat)\b")
# Time words that end a sentence quietly ("Trump said on Monday.").
QUIET_REST = re.compile(
    r"[,\s]*(?:(?:on|in|at|during|last|this|late|early|earlier|to|in\s+a|via|told|from|"
    + _WEEKDAY
    + r")\b[^,;]*)?"
)
TIME_TAIL = re.compile(
    r"\s+(?:on|late|early|last|this)\s+(?:" + _WEEKDAY + r"|week|month|"
    r"year|night|morning|afternoon|evening)\b.*$"
)

# Where a governed clause stops: a participle or "according to" opening a statement of its own, a
# second predicate of the same subject ("... but has withheld", "... and said"), and the like.
# Participles that are no cue yet still open a clause of their own after the reported words.
# Result clauses (", dealing a blow to ...") are the writer's comment on the act, not the words reported.
MORE_PARTICIPLES: Final[frozenset[str]] = frozenset(
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
# ", a move that ...", ", a swipe at ...": the writer's name for what was said.
_COMMENT_NOUNS: Final = (
    "recommendation",
    "claim",
    "statement",
    "move",
    "sign",
    "reference",
    "nod",
    "swipe",
    "dig",
    "charge",
    "allegation",
    "assertion",
    "view",
    "position",
    "reversal",
    "departure",
    "shift",
    "suggestion",
    "remark",
    "comment",
    "jab",
    "shot",
    "rebuke",
    "criticism",
    "warning",
    "promise",
    "pledge",
    "threat",
    "accusation",
)
# "... but has withheld", "... and then said": words that open a second predicate after but/and.
_SECOND_PREDICATE: Final = (
    "has",
    "have",
    "had",
    "is",
    "was",
    "will",
    "would",
    "did",
    "does",
    "later",
    "then",
)
_TAIL_PARTICIPLES: Final = trie_pattern(sorted(PARTICIPLES | MORE_PARTICIPLES))

# The branches of CONTENT_TAIL, each after the character the pattern consumed first.
_DASH_WHILE = r"[—–-]{1,2}\s+(?:while|whereas)\s"  # after a space
_CONJ_PREDICATE = (  # after a comma or space
    r"\s*(?:but|and)\s+(?:(?:" + "|".join(_SECOND_PREDICATE) + r")\b|(?=(?:" + INFLECTED_CUES + r")\b))"
)
_PARTICIPLE = r"\s+(?:" + _TAIL_PARTICIPLES + r"|according to)\b"  # after a comma
_WHILE = r"\s+(?:while|whereas)\s"  # after a comma
_COMPARED = r"\s+compared\s+(?:with|to)\s"  # after a comma
_PRONOUN_CLAUSE = r"\s+(?:and|but)\s+(?:he|she|they|it|we|I)\s"  # after a comma
_BUT_ED = r"\s+but\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\b"  # after a comma
_COMMENT = r"\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:" + "|".join(_COMMENT_NOUNS) + r")\b"  # after a comma
_AFTER_QUOTE = r"\s+(?:" + _TAIL_PARTICIPLES + r"|according to|[a-z]+ing)\b"  # after ',"' '."' '?"' '!"'
_COLON = r"\s+(?=[A-Z])"  # after a colon

CONTENT_TAIL_PLAIN = re.compile(
    r"[,\"”:\s](?:"
    r"(?<=,)" + _PARTICIPLE + r"|(?<=[,.!?][\"”])" + _AFTER_QUOTE + r"|(?<=,)" + _WHILE + r"|(?<=\s)" + _DASH_WHILE
    + r"|(?<=,)" + _COMPARED + r"|(?<=:)" + _COLON + r"|(?<=[,\s])" + _CONJ_PREDICATE
    + r"|(?<=,)" + _PRONOUN_CLAUSE + r"|(?<=,)" + _BUT_ED + r"|(?<=,)" + _COMMENT + r")"
)  # fmt: skip
# The same stops, fast: every branch goes on with a space, a dash, "a..." or "b...", so one lookahead for
# that turns away most positions (a space before an ordinary word) before any branch is tried. Only where
# a match starts is used, and that does not depend on the order of the branches.
CONTENT_TAIL = re.compile(
    r"[,\"”:" + WHITESPACE + r"](?=[ab—–\-" + WHITESPACE + r"])(?:"
    r"(?<=\s)(?:" + _DASH_WHILE + "|" + _CONJ_PREDICATE + r")"
    r"|(?<=,)(?:" + "|".join((_PARTICIPLE, _WHILE, _COMPARED, _CONJ_PREDICATE, _PRONOUN_CLAUSE, _BUT_ED, _COMMENT))
    + r")|(?<=[,.!?][\"”])" + _AFTER_QUOTE + r"|(?<=:)" + _COLON + r")"
)  # fmt: skip

# Words that may open a clause after its comma: ', and Trump vowed', ', to which X interjected'.
_CLAUSE_OPENERS: Final = ("and", "but", "while", "to which", "in which", "as")
_OPENER = r"(?:" + "|".join(w.replace(" ", r"\s+") + r"\s+" for w in _CLAUSE_OPENERS) + r")?"
# Where a clause starts: a comma or semicolon ('," ', '", '), or " and " before a capital.
CLAUSE_START_PLAIN = re.compile(r"(?:[,;]|,[\"”]|,''|[\"”],)\s+" + _OPENER + r"|[\"”]?\s+and\s+(?=[A-Z])")
# The same, fast: grouped by the character consumed, a lookahead first turning away a space before an
# ordinary word. Same matches, start and end.
CLAUSE_START = re.compile(
    r"[,;\"”" + WHITESPACE + r"](?=[a,\"”'" + WHITESPACE + r"])(?:"
    r"(?<=\s)\s*and\s+(?=[A-Z])"
    r"|(?<=,)(?:\s+" + _OPENER + r"|[\"”]\s+" + _OPENER + r"|''\s+" + _OPENER + r")"
    r"|(?<=;)\s+" + _OPENER + r"|(?<=[\"”])(?:,\s+" + _OPENER + r"|\s+and\s+(?=[A-Z]))"
    r")"
)
