"""When was a statement made: a time word attached to its cue or clause, else its report's day.

Rules, kept simple enough to explain to an analyst:

- The anchor is the article's publication date; a dateline (`MOSCOW, Aug 19 (Reuters) -`, read by
  `newsdesk.index.ingest.readers.dateline`) up to 7 days before it, or one day after it (a place ahead in
  time: "TOKYO, June 16" on a June 15 wire), replaces it, since relative words ("on Monday") are
  written from the dateline's day. Editor's brackets are read through ("back in [March]").
- Only a time phrase attached to the saying dates it: one separated from the speaker or cue by frame
  words only ("said on Monday", "told reporters yesterday", "said in a statement on Tuesday", "In an
  interview last week, Smith said", "Smith, speaking on Monday, said"; see
  `newsdesk.index.language.frame`). Event dates elsewhere in the sentence ("the vote on 7 May", "after
  the attack on Monday") and every word inside what was said are ignored. When several attached
  phrases remain, an explicit date beats a weekday or a relative day, which beat a week, a month or a
  year; then the nearest to the speaker and cue wins.
- Attached too: an occasion fronting the clause after a conjunction ("But in an interview during the
  flight yesterday, Lyng said"); a cue's object holding an occasion noun in -ing ("told a meeting of
  industrialists on Thursday"); a report or statement named by its day ("In yesterday's report, the
  department said"; not one commented on); a document's date after a comma ("the review, dated May 14,
  said"); a phrase fronting the clause past a relative time or an aside placing it ("A few
  days later, on July 2, Trump announced", "On June 12, minutes before the vote, Trump claimed"), a
  subject described by a participle ("In March, a study conducted by X reported"), a when-clause
  ("in March when Muldoon said", "When he left in November 1985, Burlington said"); a phrase after
  the object of a cue that takes one ("warned planters earlier this week", "asked the Queen for this
  prorogation in August"), with no verb, pronoun or apposition in that object; a phrase in a content
  the extractor began with the cue's own adjuncts ("announced on Facebook on Tuesday there were");
  a document's own day ("a study from March", "a 1989 report", "the WHO's report dated March 16"); an
  occasion named by its day ("told last November's annual meeting", "on Tuesday's programme"); the
  speaker's own relative clause ("X, which two weeks ago reported", "comments yesterday by X, who
  said"); a when- or while-clause of speaking between speaker and cue ("when announcing the arrest in
  May, 2018"); a clause the saying is the when-clause of ("on Monday sparked speculation when he
  said"); an aside between dashes; a day counted from one named before ("The previous day, PBS
  revealed", "issued the following day").
- Not attached: a phrase ending another clause before "and" ("the board was meeting today, and Wall
  Street speculated"), either end of a span ("between July 1983 and April 1985", "three days of
  mourning, Wednesday through Friday"), a time inside what the speaker cites or answers ("Citing a
  study released yesterday, many said", "responding to weekend remarks by Baker"; answering questions
  or reporters is the saying: "responding to questions on Monday"), a phrase right after a "that"
  ("said that on November 14, 1986, Leucadia acquired"), a month and day whose year the extractor took
  into a content going on as a clause ("said on February 20, [1986, its predecessor acquired ...]"; with
  "that" after the year it is the saying's day of that year), a phrase before a
  parenthetical cue ("This year, he said, he came"), a topic's time ("Regarding the meeting Tuesday"),
  and a span of time right after the cue before a comma opening an indirect content ("said over the
  weekend, investors pondered"; a day there stays the saying's).
- A statement reported inside another's content reads its own frame, and with no time of its own takes
  the report's ("Iran said ..., Tehran Radio said on Sunday"), unless the reporter is a fragment.
- "Early May", "mid-May", "late May", "mid-March 1987", "late last month": a third of the month (days
  1-10, 11-20, 21 to the end). A document's date opening its speaker dates what it says ("According to
  a March 14, 2019 NATO press release"); so does a time closing a comma aside between the subject and its
  cue ("Sweden, in a similar move last week, promised"), or an occasion of saying and its time forming a
  content alone ("said in its 1987 forecast last month", the content being elsewhere).
- "This week" and "last week" are calendar weeks, Monday to Sunday ("early this week" too); "earlier
  this week" and "earlier this year" end the day before the anchor (earlier than the day of writing);
  "earlier this month" runs to the anchor, as "this month" (how the judges read them).
- Past tense by default ("on Monday" = the latest Monday on or before the anchor, the anchor itself if
  it is a Monday); a future marker just before the phrase ("will meet on Monday", "is due to ... on")
  or the phrase itself ("next Monday", "tomorrow") means the next such day after the anchor.
- Ignored: a phrase after "until", "by", "since", "at"... (a deadline or a state, not the saying's
  time), named days ("Black Monday"), ordinals that name things ("the 14th Amendment", "the 2nd
  Division"), and a phrase that would date the statement after the article's publication. One phrase
  inside the content is used: at the end of a short indirect content with no "that" ("reiterated the
  position over the weekend"), where it belongs to the cue.
- Carry-over: a statement with no time words of its own takes the date of the statement just before
  it when both have the same speaker ("he" counts as the previous speaker), it lies on the same line
  as that statement or the next one, at most two lines after the time phrase, with no blank line (a
  new paragraph) and no other time phrase between them ("On Monday, Trump told reporters ... / “We'll
  be involved,” he said / “Europe is going to ...,” Trump stressed"); and only when it goes on with
  that occasion: in the phrase's sentence or its previous statement's, a content before its cue, or
  "also" in the next sentence ("He also announced"). A new sentence led by its speaker ("He added
  ...", "She said, ...") takes none. Only a day (or weekend) is carried, or any span to a cue joined
  by "and" to the dated statement ("accused the IMF at an October meeting and said ...").
- An older statement reported again with no time of its own ("had said", "previously said", "said
  at the time"): precision "before", dated by the anchor as an upper bound, never as said that day.
- No time words: the publication date with precision "article" (the report's day, not when it was
  said; never a dateline's day, which the text does not give the statement); a dateline's day only in
  an undated article. No anchor: undated, unless an attached phrase holds an explicit year. A date is
  never invented.
- Also read: a day in words after "on" ("On May four"), an occasion named by its month closing a
  content of nouns ("accused the IMF ... at an October meeting of the party") or after the cue, the
  document a saying is in with its date ("said in a field report dated March 27"); a report of
  results is dated by a day ("Dome reported earnings yesterday"). Not: a phrase opening the content
  and followed by a verb, the content's subject ("said last week signaled a surge").
- Every statement also gets `reported_on` (the article's publication day) and `cue_context` (the
  words around its cue, for stance).
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

from newsdesk.index.language.cues import CUE_RE
from newsdesk.index.language.frame import (
    Frame,
    Holes,
    attached,
    cue_context,
    earlier_marker,
    sentence_start,
    sentence_starts,
    statement_frame,
    statement_window,
)
from newsdesk.index.model import Article, DatePrecision, Statement
from newsdesk.index.months import MONTHS as _MONTHS
from newsdesk.index.months import month_pattern

PUBLICATION_DATE = "publication date"

_WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_NUMBERS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "a couple of": 2,
}  # fmt: skip

_OCCASION_WORDS = (
    "meeting conference session hearing briefing summit rally debate interview speech address congress "
    "convention assembly testimony letter"
).split()
_OCCASION_WORD = "(?:" + "|".join(_OCCASION_WORDS) + ")"
_OCCASION_ANY = re.compile(rf"\b{_OCCASION_WORD}\b")
# The determiner before a month naming an occasion ("an October meeting"), checked once a month matched.
_DETERMINER_END = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir) $")
# "On May four", "on March twenty-first": a day of the month in words (Reuters writes some so).
_UNITS = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_UNIT_NTHS = "first second third fourth fifth sixth seventh eighth ninth".split()
_TEEN_NTHS = [w[:-1] + "th" if w.endswith("e") else w + "th" for w in _TEENS]
_TEEN_NTHS[_TEENS.index("twelve")] = "twelfth"
_DAY_WORDS: Final[dict[str, int]] = {
    **{w: i for i, w in enumerate(_UNITS + _TEENS, 1)},
    **{w: i for i, w in enumerate(_UNIT_NTHS + _TEEN_NTHS, 1)},
    "twenty": 20, "twentieth": 20, "thirty": 30, "thirtieth": 30, "thirty-one": 31, "thirty-first": 31,
    **{f"twenty-{w}": 20 + i for i, w in enumerate(_UNITS, 1)},
    **{f"twenty-{w}": 20 + i for i, w in enumerate(_UNIT_NTHS, 1)},
}  # fmt: skip
_DAY_WORD = "(?P<dayw>" + "|".join(sorted(_DAY_WORDS, key=len, reverse=True)) + ")"

# Month and weekday names must be capitalised: "may", "march" and "sun" are common lower-case words.
_MONTH = month_pattern()  # the one month table's names and abbreviations
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# Nouns an ordinal names rather than dates: "the 3rd round", "the 20th century".
_ORDINAL_NOUNS = (
    "amendment|division|century|anniversary|floor|round|place|time|term|session|congress|parliament|army|"
    "fleet|corps|regiment|brigade|battalion|district|street|avenue|birthday|edition|year|day|week|month|"
    "quarter|minute|hole|lap|inning|seed|largest|biggest|most|consecutive|straight"
)
# After a month name: "March last year"; not "March 3" nor "March 1987", which are dates of their own.
_MONTH_TAIL = r"(?P<ly>,? (?i:of )?(?i:last|this|next) year)?(?![\w-]| (?:[0-3]?\d|(?:19|20)\d\d)\b)"
_NUM = r"(?P<num>\d{1,2}|a couple of|one|two|three|four|five|six|seven|eight|nine|ten|a)"

_NEXT_DAY_REACH = 600
_NEXT_DAY = r"the (?P<which>previous|following|next) day|the day (?P<which2>before|after)"
# "last week", "early this week", "late last year": "early" and "late" keep a week's or a year's span; a
# month's they cut to its first or last third ("late last month": the 21st to the end), as a named month's.
_REL = r"(?:early |late )?(?:last|this|next)|earlier this|later this|past"
# (kind, pattern); the kind names the resolver. Patterns are tried in this order and an earlier match
# wins over a later one that overlaps it ("Monday, August 18, 2025" is one explicit date).
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        ("iso", r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<day>[0-3]\d)\b"),
        ("full", rf"\b(?:(?i:on) )?(?:{_WEEKDAY},? )?{_MONTH} {_DAY},? {_YEAR}\b"),
        ("full", rf"\b(?:(?i:on) )?(?:{_WEEKDAY},? )?(?:the )?{_DAY} (?:of )?{_MONTH},? {_YEAR}\b"),
        ("month_day", rf"\b(?:(?i:on) )?(?:{_WEEKDAY},? )?{_MONTH} {_DAY}\b(?![:.,]?\d)"),
        ("month_day", rf"\b(?:(?i:on) )?(?:{_WEEKDAY},? )?(?:the )?{_DAY} (?:of )?{_MONTH}(?!\w)"),
        # Only after "on": "May four companies join?" is no date.
        ("month_day_words", rf"\b(?i:on) (?:{_WEEKDAY},? )?{_MONTH} (?i:{_DAY_WORD})(?![\w-])"),
        # "on the 18th", never "the 14th Amendment", "the 2nd Division", "the 20th century".
        (
            "nth",
            rf"\b(?i:(?:on )?the) (?P<day>[0-3]?\d)(?:st|nd|rd|th)\b(?! ?[A-Z])(?! (?i:{_ORDINAL_NOUNS})\b)",
        ),
        (
            "month_year",
            rf"\b(?:(?i:in|during|since) )?(?:(?i:(?P<third>early|late|mid)[ -]))?{_MONTH},? {_YEAR}\b",
        ),
        # "told a weekend news conference", "in a weekend interview": a past weekend, as "at the weekend".
        (
            "weekend",
            r"\b(?i:(?P<rel>over|at|during|on|this|last|next|past|told|to|in|gave) (?:the |an? )?(?:past )?weekend)\b",
        ),
        (
            "weekday",
            rf"\b(?i:(?P<rel>this past|late on|early on|last|next|past|this|on|early|late) )?{_WEEKDAY}(?: (?i:(?P<part>night|morning|afternoon|evening)))?\b",
        ),
        (
            "rel_day",
            r"\b(?i:(?P<word>yesterday|today|tonight|tomorrow|last night|this (?:morning|afternoon|evening)|earlier today))\b",
        ),
        ("ago", rf"\b(?i:{_NUM} (?P<unit>days?|weeks?|months?|years?) (?:ago|earlier))\b"),
        # "voted on Saturday afternoon, and the centre announced the decision that night": the day before.
        (
            "that_day",
            r"\b(?i:(?:later |earlier )?that (?:night|day|evening|morning|afternoon)|the same day)\b",
        ),
        # "The previous day, PBS revealed", "in a release issued the following day": a day from the one
        # named before; "the day before the vote" is the vote's.
        ("next_day", rf"\b(?i:{_NEXT_DAY})\b(?!\s+(?:the|a|an|his|her|its|their|[A-Z])\b)"),
        ("week", rf"\b(?i:(?P<rel>{_REL}) week)\b"),
        ("month", rf"\b(?i:(?P<rel>{_REL}) month)\b"),
        (
            "in_month",
            rf"\b(?i:(?P<rel>in|during|since|last|this|next|at the (?:end|start|beginning|middle) of) (?P<third>early |late |mid[ -])?|(?P<lone>early |late |mid[ -])){_MONTH}{_MONTH_TAIL}",
        ),
        (
            "year",
            r"\b(?i:(?P<rel>in|during|early|late|mid-?|earlier in|later in) )(?P<year>(?:19|20)\d\d)\b(?![-/]?\d)",
        ),
        # "a 1989 report from the NTSB": the year a one-off document was made; "the 1987 report", "its 1986
        # report" are editions of a series named for the year they cover.
        (
            "year",
            r"(?<=\b[Aa] )(?P<year>(?:19|20)\d\d)(?= (?:report|study|survey|"
            r"paper|poll|review|audit|assessment|analysis)\b)",
        ),
        ("year_rel", rf"\b(?i:(?P<rel>{_REL}) year)\b"),
        # "at an October meeting of the ruling party", "told the March board meeting": an occasion named by
        # its month (a past one unless a future marker stands before it).
        ("month_noun", rf"\b{_MONTH}(?=(?: [\w-]+){{0,2}}? {_OCCASION_WORD}\b)"),
        # "a study from March": tried last, so that "data from September last year" stays "last year".
        ("in_month", rf"\b(?i:(?P<rel>from) ){_MONTH}{_MONTH_TAIL}"),
    )
)
# Words (lower-cased) one of which a pattern's every match holds; month patterns need a month's name.
_GUARDS: Final[dict[str, tuple[str, ...]]] = {
    "iso": ("-",),
    "weekend": ("weekend",),
    "weekday": ("day",),
    "rel_day": (
        "yesterday",
        "today",
        "tonight",
        "tomorrow",
        "night",
        "this morning",
        "this afternoon",
        "this evening",
    ),
    "ago": ("ago", "earlier"),
    "that_day": ("that ", "same day"),
    "next_day": ("previous day", "following day", "next day", "day before", "day after"),
    "week": ("week",),
    "month": ("month",),
    "year": ("19", "20"),
    "year_rel": ("year",),
    "month_noun": tuple(_OCCASION_WORDS),
    "month_day_words": ("on ",),
}
_MONTH_KINDS = frozenset({"full", "month_day", "month_day_words", "month_year", "in_month", "month_noun"})
_MONTH_NAME = re.compile(_MONTH)
# One cheap scan first: most sentences hold no time word at all, and then no pattern need run.
_TRIGGER = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\b(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
    r"|\d(?:st|nd|rd|th)\b|\b(?:19|20)\d\d-|(?i:\b(?:yesterday|today|tonight|tomorrow|night|morning|afternoon"
    r"|evening|week|weekend|month|year|ago|that day|same day|previous day|following day|next day|day before"
    r"|day after)\b)|\b(?:19|20)\d\d\b"
)
_SPECIFICITY = {"day": 0, "weekend": 1, "week": 2, "month": 3, "year": 4}
# An explicit date beats a weekday or a relative day ("said on Monday ... on March 3, 1987").
_EXPLICIT = frozenset({"iso", "full", "month_day", "month_day_words", "nth"})
_NAME_BEFORE = re.compile(r"\b[A-Z][\w.&'’-]*\s+$")
_OPENING_KINDS = frozenset(
    "rel_day weekday week weekend month ago month_day month_day_words full iso in_month".split()
)
_RELATIVE_NOUN = frozenset({"week", "month", "weekend", "year_rel"})
_FUTURE_MARKER = re.compile(
    r"(?i:\b(?:will|shall|won't|wo n't|is to|are to|is due to|are due to|due to|plans? to|intends? to|"
    r"expects? to|expected to|hopes? to|aims? to|scheduled to|set to|going to|to be held)\b|['’]ll\b)"
)
# "until September 30", "at February 28", "since Monday": a deadline or a state, not when it was said.
_BOUND_BEFORE = re.compile(
    r"(?i:\b(?:until|till|by|through|before|ending|ended|end|from|since|between|as of|at|to|due)\s+)$"
)
# "Black Monday", "Super Tuesday", "Good Friday": names of days, not the day this week.
_NAMED_DAY = re.compile(r"\b(?:Black|Cyber|Super|Easter|Good|Ash|Palm|Holy|Maundy|Shrove|Bloody|Boxing)\s+$")
# What a short content may hold for its trailing time phrase to date the saying.
_CUE_OBJECT_TEXT = """the a an its his her their our my this that position stance view views call calls demand
    demands offer proposal plan claim claims allegation allegations charges accusation accusations criticism
    warning commitment pledge support opposition request decision statement remarks comments report reports
    earlier previous same"""
_CUE_OBJECTS = frozenset(_CUE_OBJECT_TEXT.split())
# Cues that are acts done at one time ("announced X on Monday"), and words that make a content a clause.
_ACT_CUES = frozenset("announce unveil confirm declare disclose reveal acknowledge admit".split())
_CLAUSE_WORDS = frozenset(
    "would will was were is are be been has have had that to not could should may might can if payable due "
    "effective expiring ending starting beginning scheduled set until from since through by for".split()
)
_OCCASION_TAIL = re.compile(r"\s*(?:(?:in|on|at|during|via|through|to)\s+[^,;]{1,80})?[\s,.;:]*")
# "asked the Queen for this prorogation in August": a request's object is "X for Y", no clause.
_REQUEST_CUES = frozenset("ask request seek petition".split())
# Cues that take a hearer or a thing as object before the time of the act: "warned planters earlier
# this week", "told the Chicago chapter of the association last night".
_OBJECT_CUES = (
    _ACT_CUES
    | _REQUEST_CUES
    | frozenset("tell warn inform remind assure advise brief notify caution urge promise".split())
)
# What a cue's object may not hold: a verb or a clause word makes it a clause of its own, a
# preposition other than "of" an adjunct that may carry an event ("warned of the attack on Monday").
_NOT_OBJECT = frozenset(
    """is are was were be been being has have had do does did will would can could may might must shall
    who which that whose whom where when while after before since until because if though although
    on in at during for from by about over against with without after into to as than and or but
    not no payable due effective expiring ending starting beginning scheduled set through""".split()
)
# Nouns in -ing that are no participle: "told a meeting of Pakistani industrialists on Thursday".
_ING_NOUNS = frozenset("meeting briefing hearing gathering morning evening building".split())
_QUANTITIES = frozenset("mln billion bln million dlr dlrs pct per cent stg yen".split())
_DETERMINERS = frozenset(
    "a an the its his her their our my this these those that some any every each".split()
)
_OBJECT_WORD = re.compile(r"[^\W_][\w'’.&-]*|[,()]")
# What may follow a time phrase ending a cue's object for it to be the act's: the content ("that ...",
# a quotation, "to ..."), the sentence's end, or another statement's words.
# "told the world on Thursday via Twitter.": a channel may close the phrase (a place may not: "warned
# planters of the attack on Monday in Brussels" is the attack's).
_AFTER_OBJECT = re.compile(
    r"\s*(?:(?:via\s+[\w.'’-]+(?:\s+[\w.'’-]+)?|on\s+(?:Twitter|Facebook|Instagram|television|TV|radio)|in\s+an?\s+"
    r"(?:tweet|statement|interview|post|letter|video))\s*(?=[.,;:!?\"“”]|$))?(?:$|[.,;:!?\"“”‘’']|(?i:that|to)\b)"
)
# How a content opening with the cue's adjuncts may begin ("on Facebook on Tuesday there were ...").
_HEAD_LEADS = frozenset(
    "in on at during via through over with before while when late early speaking writing testifying "
    "addressing answering responding replying later earlier separately publicly also again".split()
)
_HEAD_REACH = 160
_TOPIC_LEAD = re.compile(r"[\s\"“‘(]*(?i:regarding|concerning|as for|as to|asked about)\b")
_JOIN_AFTER = re.compile(r"\s*,?\s*(?:and|but|while|whereas|as)\s")
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would)\b")
_PARENTHETICAL = re.compile(r"\s*,\s*")
_COMMA_ONLY = re.compile(r"\s*,\s*")
_WHEN_SPEAKER = re.compile(r"\bwhen\s+$")
_WHEN_REACH = 120
_CLAUSE_MARK = re.compile(r"[,;:—–()\"“”]|\b(?:and|but|who|which|that|because|after|before|while|since)\b")
_WHICH_BEFORE = re.compile(r"\s*,\s*(?:which|who)\s+")
_ADVERB_GAP = re.compile(r"\s*(?:[a-z]+ly\s+|also\s+)?")
_BY_SPEAKER = re.compile(r"(?:\s+here|\s+there)?\s+by\s+(?:[\w.'’-]+\s+){0,5}")
_BY_ANTECEDENT = re.compile(r"(?:\s+here|\s+there)?\s+by\s+[^,;()]{1,80},\s*")
_WORDS_OF = re.compile(
    r"(?i:\b(?:comments|remarks|statement|speech|testimony|interview|visit|trip|address|announcement|letter)"
    r"(?:\s+here|\s+there)?\s+)$"
)
_WHO_CUE = re.compile(r"\s*,\s*who\s+(?:[a-z]+ly\s+|also\s+)?")
# "Al-Chalabi, speaking at a university here yesterday, said": between commas the participle needs no "when".
_SPEAKING_ASIDE = re.compile(
    r"\s*(?:,?\s*(?i:when|while)\s+|,\s*)(?P<verb>[a-z]+ing)\b(?P<rest>[^;—–\"“”]*)$"
)
_SPEAKING = frozenset(
    "speaking addressing talking writing testifying commenting responding replying answering "
    "presenting unveiling launching releasing briefing".split()
)
_DATED_DOCUMENT = re.compile(
    r"(?i:\b(?:study|report|survey|paper|letter|statement|poll|review|analysis|assessment|memo|filing|"
    r"article|release|notice|circular|bulletin|communique),?\s+dated\s+)$"
)
# "responded to a U.S. letter last month which praised ...": the phrase is the noun's.
_RELATIVE_AFTER = re.compile(r"\s*,?\s*(?i:which|who|whose|whom|where)\b")
# "On September 13 — two days after the Court of Session ruling — he said": an aside between dashes.
_DASH_ASIDE = re.compile(r"\s*(?:—|–|--| - )[^—–;]{1,160}?(?:—|–|--| - )")
# "A few days later, on July 2, Trump announced": a relative time before the date is no clause.
_LEAD_TIME = re.compile(
    r"(?i:(?:(?:a few|a couple of|several|some|a|one|two|three|four|five|six|\d+)\s+(?:minutes?|hours?|days?|"
    r"weeks?|months?|years?)\s+(?:later|earlier|afterwards?)|(?:shortly |soon |not long |much |only |just )?"
    r"(?:later|afterwards|thereafter|then|earlier)|as (?:recently|early|late|long ago) as)\s*,?\s*)$"
)
# "On June 12, minutes before the committee voted ..., Trump claimed": an aside placing the date.
_TIME_ASIDE = re.compile(
    r"\s*,\s*(?i:(?:just |only |shortly |mere |some |a few |several |\w+ )?(?:minutes|hours|days|weeks|moments"
    r"|shortly|soon|just|right)\s+(?:before|after|ahead of|prior to)|(?:before|after|while)\s+[a-z]+ing)\b[^,;—–()]{1,160}(?=,)"
)
# "a study conducted by astronomer X and other researchers reported": a participle taking an agent
# describes the subject, it is no verb of its own.
_AGENT_PARTICIPLE = re.compile(r"\b[a-z]+ed(?= by\b)")
# "confirmed this year it had stopped ...": the speaker going on as a pronoun, so the year is the saying's.
_SPEAKER_CLAUSE = re.compile(
    r"\s+(?:it|he|she|they|we|I)\s+(?:had|has|have|would|will|was|were|is|are|could|should|planned|plans)\b"
)
# "... Getty Oil Co. In a major setback for Texaco last week, the court said": a full stop the sentence
# splitter took for an abbreviation's; the fronted phrase's clause starts after it.
_THAT_DAY = re.compile(rf"(?i:\bthat (?:night|day|evening|morning|afternoon)|the same day|{_NEXT_DAY})\b")
# A conjunction opening a clause right before its fronted time phrase.
_CLAUSE_JOIN = re.compile(r"(?:,\s*|\s)(?:and|but|while|yet|so|whereas)\s+$|;\s*$")
_ANY_DAY = dt.date(2000, 1, 5)
_BETWEEN = re.compile(r"(?i:\bbetween\b)(?![^,;]*\band\b)")
_SOFT_STOP = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"“‘]?[A-Z])")
# "When he refused ... in 1968, he said": a fronted when-clause is the time of the saying it leads to.
_WHEN_LEAD = re.compile(r"[\s\"“‘(]*(?:When|While|when|while)\s")
# "until after August 7 when Jorgensen tweeted": the day is named by the saying it introduces.
_WHEN_SAYING = re.compile(r"\s*,?\s*(?i:when)\s+$")
# "One study in the Journal from March noted": a document's own day, not a span from March on.
_DOCUMENT_BEFORE = re.compile(
    r"(?i:\b(?:study|report|reports|survey|paper|letter|statement|poll|review|analysis|assessment|memo|"
    r"filing|article)\b(?:\s+(?:in|of|by)\s+[^,;.]{1,60}?)?\s+from\s+)$"
)
# "said in its annual report on Indonesia last June that...": the content opens with the occasion.
_OCCASION_LEAD = re.compile(
    r"(?i:(?:in|at|during)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,4}?(?:report|statement|"
    r"interview|letter|speech|conference|briefing|address|testimony|hearing|meeting|session|message|memo|"
    r"broadcast|forecast|outlook|projection|estimate|review|bulletin|release)\b)"
)
# "According to a March 14, 2019 NATO press release": a document's own date right after its determiner.
_DOCUMENT_DATE_LEAD = re.compile(r"\s*(?i:according to\s+)?(?i:a|an|the|its|his|her|their)\s+$")
_DATED_KINDS = frozenset({"iso", "full", "month_year"})
_DOCUMENT_NOUNS = frozenset(
    """report reports release statement study survey poll letter memo filing notice circular bulletin
    communique forecast review analysis assessment paper article document briefing announcement estimate
    outlook""".split()
)
_DATE_TAIL = 8  # ", 2019": the year of a date the speaker's span ends inside
# "Sweden, in a similar move last week, promised": a prepositional aside between the subject and its
# cue, with no verb or clause word of its own, is on the cue's clause.
_ASIDE_LEAD = re.compile(r",\s*(?i:in|at|during|with|on)\s+(?P<rest>[^,;()—–\"“”]{0,80})$")
_ASIDE_CLAUSE = re.compile(
    r"(?i:\b(?:that|which|who|whose|whom|when|where|while|after|before|since|until|because|if|and|but)\b)"
)
# "during a meeting of coffee producers in Rio de Janeiro over the weekend that ...": how far past the
# occasion's noun its time may stand.
_OCCASION_REACH = 90
# "announced the vote in a letter earlier this week": the occasion of saying, then its time.
_OCCASION_BEFORE = re.compile(
    r"(?i:\b(?:in|at|during|on)\s+(?:a|an|the|his|her|its|their)?\s*(?:[\w-]+\s+)?(?:letter|statement|interview|"
    r"speech|news conference|press conference|conference|briefing|address|blog post|post|tweet|broadcast|"
    r"hearing|testimony|memo)\s*)$"
)
# "today's Washington Post", "Tuesday's figures": a time phrase naming a thing, not when it was said; but
# an occasion of speaking named by its day is the saying's ("told last November's annual meeting", "said
# on Tuesday's programme").
_OCCASION_NOUN = (
    r"\s+(?:[\w-]+\s+){0,3}?(?:meeting|conference|session|hearing|briefing|summit|rally|debate|interview|"
    r"speech|address|programme|program|show|broadcast|edition|congress|convention|assembly|report|statement|"
    r"communique|remarks|comments|announcement|testimony)\b"
)
_OCCASION_DAY = re.compile(rf"['’]s{_OCCASION_NOUN}")
_NOT_ADVERBIAL = re.compile(rf"['’]s\b(?!{_OCCASION_NOUN})")
# "told the 8th Antwerp Oils and Fats Contact Days": an ordinal naming the next words (checked on the text,
# since the content after it is blanked when phrases are looked for).
_NAMING_ORDINAL = re.compile(rf"\s*[A-Z]|\s+(?i:{_ORDINAL_NOUNS})\b")
_PARAGRAPH_BREAK = re.compile(r"\n+")
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "him", "her"})
_HEARERS = frozenset({"him", "her"})
# "said last week signaled a surge": a verb right after the phrase makes it the content's subject.
_SUBJECT_VERB = re.compile(
    r"\s+(?:is|are|was|were|has|have|had|will|would|saw|brought|showed|marked"
    r"|[a-z]{2,}ed(?=\s+(?:a|an|the|that|to|by|in|on|its|their|\d)\b))\b"
)
# "said in a field report dated March 27 the crop ...": the date of the document the saying is in.
_DATED_OCCASION = re.compile(
    r"\s*,?\s*(?:in|with|through)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?(?:report|letter|"
    r"statement|memo|filing|notice|circular|bulletin|communique|study|survey|release)\s+dated\s+"
)
_OCCASION_CLOSE = re.compile(rf"(?: [\w-]+){{0,2}}? {_OCCASION_WORD}(?: of [^,;.]{{1,60}})?[\s,.;:]*")
_AND_JOIN = re.compile(r"[\"”’']?\s*,?\s*and\s+(?:also\s+)?")
# "Dome reported earnings yesterday": the results a report's day may date (the results are no event).
_RESULTS = frozenset("earnings profit profits loss losses results income revenue revenues sales net".split())
_ALSO_BEFORE = re.compile(r"\balso\s+$")
# "three days of national mourning, Wednesday through Friday": the first end of a span is the span's
# (the event's), never the day of the saying.
_SPAN_NEXT = re.compile(
    rf"\s*(?:(?:through|thru|until|till|to|-|–|—)\s*(?:the\s+)?(?:{_WEEKDAY}|{_MONTH}|[0-3]?\d(?:st|nd|rd|th)\b)"
    r"|[-–]\s*[0-3]?\d\b)"
)
_FIGURES_GAP = re.compile(r"\s*,\s*")
_RESULTS_HEAD = 40
_ANY_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MONTH_PAIR = re.compile(rf"\s*(?:,\s*)?(?:and|or)\s+{month_pattern('pair')}(?![\w-])")
# "following yesterday's U.K. Budget in which Chancellor Lawson announced": an occasion named by its
# day whose relative clause opens right before the speaker.
_WHICH_OCCASION = re.compile(
    r"(?i:\b(?P<time>yesterday|today|last (?:week|month|night)|this (?:week|month|morning)"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)['’]s(?: [\w.&'’-]+){1,5}?,? (?:in|at|during) which )"
    r"(?:(?:[A-Z][\w.&'’-]*|of|the) ){0,6}$"
)
_WHICH_REACH = 90
# "Citing a study released yesterday by the DOE, many said", "Balladur, responding to weekend remarks by
# Baker, said": a time naming what the speaker cites or answers (right after the lead, or after a
# participle) is that thing's; "Responding to the report today, Scherer told" is the saying's time.
_CITED_LEAD = re.compile(
    r"(?i:\b(?:citing|quoting|commenting on|asked about|(?:responding|reacting|replying|referring|in response|"
    r"in reply)(?:\s+to)?)\b)(?P<gap>[^,;:()—–\"“”]*)$"
)
_CITED_GAP = re.compile(r"\s*|.*\b(?:[a-z]{2,}ed|made|given|shown|held|sent|written)\s+", re.DOTALL)
_CITED_REACH = 120
# "said on February 20, 1986, its predecessor acquired ...": a year the extractor put in the content.
_YEAR_TAIL = re.compile(r",?\s*(?P<year>(?:19|20)\d\d)\b(?P<that>,?\s+that\b)?")


@dataclass(frozen=True, slots=True)
class DateGuess:
    """A resolved time phrase: the day (or range) it points to and where it sits in the text."""

    date: dt.date
    date_end: dt.date | None
    precision: DatePrecision
    text: str
    start: int = 0
    end: int = 0
    kind: str = ""


def date_statements(article: Article, statements: Sequence[Statement]) -> list[Statement]:
    """Copies of `statements` with the date fields, `reported_on` and `cue_context` filled."""
    text = article.text
    dateline = dateline_span(article)
    anchor, anchor_text = _anchor(article, dateline)
    latest = max((d for d in (anchor, article.date) if d is not None), default=None)
    # With no time word of its own a statement shows its report's day: a dateline's day differing from
    # the publication date ("TORONTO, March 10" on a March 11 wire) is a day the text never gives it.
    report, report_text = (article.date, PUBLICATION_DATE) if article.date else (anchor, anchor_text)
    # Time words inside any statement's content date what was said, not a saying.
    holes = [span for st in statements for span in _content_spans(st)]
    if dateline is not None:
        holes.append((dateline[0], dateline[1]))
    hole_index = Holes(holes)
    order = sorted(range(len(statements)), key=lambda i: (statements[i].start, statements[i].end))
    result: list[Statement] = list(statements)
    previous: tuple[str | None, int, tuple[int, int], DateGuess | None] | None = None
    # Content span -> the time its statement gave itself: a statement reported inside it with no time
    # of its own takes it ("Iran said any interference would meet a response, Tehran Radio said on Sunday").
    reported: dict[tuple[int, int], DateGuess] = {}
    for i in order:
        st = statements[i]
        outer = _outer_spans(st, hole_index)
        frame = statement_frame(text, st, _holes_for(text, st, hole_index, outer))
        window = (frame.lo, frame.hi)
        guess = _own_guess(text, st, frame, hole_index, (anchor, latest))
        earlier = earlier_marker(frame) if guess is None else None
        if guess is None and earlier is None:
            guess = next((reported[span] for span in sorted(outer) if span in reported), None)
        if guess is None and earlier is None and previous is not None:
            guess = _carried_guess(text, st, frame, previous, anchor, hole_index)
        elif guess is not None and not outer and _named_speaker(st):
            reported.update(dict.fromkeys(_content_spans(st), guess))
        previous = (_chain_key(st, previous), st.end, window, guess)
        when: tuple[dt.date | None, dt.date | None, DatePrecision, str | None]
        if guess is not None:
            when = (guess.date, guess.date_end, guess.precision, guess.text)
        elif earlier is not None:
            when = (report, None, "before", earlier)
        elif report is not None:
            when = (report, None, "article", report_text)
        else:
            when = (None, None, "none", None)
        result[i] = dataclasses.replace(
            st,
            date=when[0],
            date_end=when[1],
            date_precision=when[2],
            date_text=when[3],
            reported_on=article.date,
            cue_context=cue_context(frame),
        )
    return result


def _named_speaker(st: Statement) -> bool:
    """A speaker that can lend its report's time: a name, a description or a pronoun; not a fragment the
    extractor took for one ("not the 37 cts it reported on March 11")."""
    first = (st.speaker or "").split(maxsplit=1)[:1]
    return bool(first) and (first[0][:1].isupper() or first[0].lower() in _DETERMINERS | _PRONOUNS)


def _outer_spans(st: Statement, holes: Holes) -> set[tuple[int, int]]:
    """The contents of other statements that hold `st` whole: it is reported inside what they said."""
    own = set(_content_spans(st))
    return {(s, e) for s, e in holes.within(st.start, st.end) if s <= st.start and st.end <= e} - own


def _holes_for(
    text: str, st: Statement, holes: Holes, outer: set[tuple[int, int]]
) -> Holes | list[tuple[int, int]]:
    """The holes for `st`'s frame: an outer statement's content holding `st` whole ("Perry Drug Stores Inc,
    which two weeks ago reported ..., Chairman Robinson told Reuters") is no hole for it."""
    if not outer:
        return holes
    lo, hi = statement_window(text, st)
    return [h for h in holes.within(lo, hi) if h not in outer]


def resolve_time_phrases(text: str, anchor: dt.date | None) -> list[DateGuess]:
    """Every time phrase in `text` resolved against `anchor` (publication day), in text order."""
    if not _TRIGGER.search(text):
        return []
    if "[" in text:
        return _unbracketed(text, anchor)
    return _phrases(text, anchor)


def _unbracketed(text: str, anchor: dt.date | None) -> list[DateGuess]:
    """ "back in [March]", "[on Monday]": an editor's brackets are no part of the words; phrases are read
    without them and placed back where they stand."""
    keep = [i for i, c in enumerate(text) if c not in "[]"]
    clean = "".join(text[i] for i in keep)
    found = []
    for g in _phrases(clean, anchor):
        start, end = keep[g.start], keep[g.end - 1] + 1
        start -= text[start - 1 : start] == "["  # the phrase's brackets go with it
        end += text[end : end + 1] == "]"
        found.append(dataclasses.replace(g, start=start, end=end))
    return found


def _phrases(text: str, anchor: dt.date | None) -> list[DateGuess]:
    taken: list[tuple[int, int]] = []
    found: list[DateGuess] = []
    low = text.lower()
    months = _MONTH_NAME.search(text) is not None
    for kind, pattern in _PATTERNS:
        # A pattern whose words the text lacks cannot match: skip its scan (most patterns, most texts).
        guard = _GUARDS.get(kind)
        if (kind in _MONTH_KINDS and not months) or (guard is not None and not any(w in low for w in guard)):
            continue
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            guess = _resolve(kind, m, text, anchor)
            taken.append((m.start(), m.end()))
            if guess is not None:
                found.append(guess)
    return sorted(found, key=lambda g: g.start)


def resolve_time_phrase(text: str, anchor: dt.date | None) -> DateGuess | None:
    """The first time phrase in `text` resolved against `anchor`, or None."""
    found = resolve_time_phrases(text, anchor)
    return found[0] if found else None


def dateline_span(article: Article) -> tuple[int, int, dt.date | None] | None:
    """Where the body's dateline sits in `article.text` and the day it names (None if no year is known)."""
    from newsdesk.index.ingest.readers.dateline import dateline_extent

    found = dateline_extent(article.body, article.date)
    if found is None:
        return None
    end, day_named = found
    return article.body_offset, article.body_offset + end, day_named


# --- internals ---------------------------------------------------------------------------------------


def _month_key(m: re.Match[str]) -> str:
    name = m.group("month").lower().rstrip(".")
    return "sept" if name.startswith("sept") else name[:3]


def _anchor(article: Article, dateline: tuple[int, int, dt.date | None] | None) -> tuple[dt.date | None, str]:
    when = dateline[2] if dateline else None
    if when is not None:
        if article.date is None:
            return when, "dateline"
        # A dateline a day after the wire's date is a place ahead in time ("TOKYO, June 16" on a story
        # dated June 15 in New York): its "yesterday" is the local day before.
        if -dt.timedelta(days=1) <= article.date - when <= dt.timedelta(days=7) and when != article.date:
            return when, "dateline"
    return article.date, PUBLICATION_DATE


def _masked(text: str, lo: int, hi: int, holes: Holes | Sequence[tuple[int, int]]) -> str:
    """text[lo:hi] with the holes blanked out, so offsets stay those of `text` minus `lo`."""
    chars = list(text[lo:hi])
    spans = holes.within(lo, hi) if isinstance(holes, Holes) else holes
    for s, e in spans:
        for k in range(max(s, lo), min(e, hi)):
            chars[k - lo] = " "
    return "".join(chars)


def _content_spans(st: Statement) -> list[tuple[int, int]]:
    return list(st.spans) if st.spans else [(st.start, st.end)]


def _own_guess(
    text: str,
    st: Statement,
    frame: Frame,
    holes: Holes,
    days: tuple[dt.date | None, dt.date | None],
) -> DateGuess | None:
    anchor, latest = days
    masked = frame.masked
    guesses = resolve_time_phrases(masked, anchor)
    if _THAT_DAY.search(masked):
        # "That night ...", "Later that day ...": read with the sentences before, which name the day
        pre = min(frame.lo, _NEXT_DAY_REACH)
        before = resolve_time_phrases(text[frame.lo - pre : frame.lo] + masked, anchor)
        guesses = [
            dataclasses.replace(g, start=g.start - pre, end=g.end - pre) for g in before if g.start >= pre
        ]
    found = [
        g
        for g in guesses
        if _not_after(g, latest)
        and not (_bound(masked, g.start) and not _OCCASION_DAY.match(text, frame.lo + g.end))
        and not _NOT_ADVERBIAL.match(text, frame.lo + g.end)
        and not (g.kind == "nth" and _NAMING_ORDINAL.match(text, frame.lo + g.end))
        and not _names_other(text, frame, g)
        and not _figures_time(frame, st, g)
        and _attached(frame, st, g)
        and not _content_fronted(frame, st, g)
        # "In line with a pledge made at the February conference, the government said": an occasion
        # named by its month fronting the clause is rarely the saying's
        and not (g.kind == "month_noun" and frame.core is not None and g.end <= frame.core[0])
    ]
    if not found:
        return (
            _document_guess(text, st, latest)
            or _trailing_guess(text, st, anchor, latest)
            or _leading_guess(text, st, anchor, latest)
            or _opening_guess(text, st, anchor, latest)
            or _head_guess(text, st, holes, days)
            or _which_occasion_guess(text, st, anchor, latest)
        )
    core = frame.core or (0, 0)

    def rank(g: DateGuess) -> tuple[int, int, int]:
        distance = max(0, g.start - core[1], core[0] - g.end)
        explicit = 0 if g.kind in _EXPLICIT else 1
        return explicit, _SPECIFICITY.get(g.precision, 9), distance

    best = _with_year(text, frame, _refined(masked, min(found, key=rank), guesses))
    return dataclasses.replace(best, start=best.start + frame.lo, end=best.end + frame.lo)


def _figures_time(frame: Frame, st: Statement, g: DateGuess) -> bool:
    """Is `g` the period of the figures cited rather than a saying's time: "In March, according to API
    statistics, deliveries fell" ("according to" is no act in time), "Last year Pacific Gas reported
    earnings of 925 mln dlrs" (a year of results with no other year given)?"""
    if st.cue_lemma == "according to":
        return frame.cue is not None and _FIGURES_GAP.fullmatch(frame.masked, g.end, frame.cue[0]) is not None
    if st.cue_lemma != "report" or g.precision != "year":
        return False
    head = st.quote[:_RESULTS_HEAD].lower().split()
    return not _RESULTS.isdisjoint(head) and _ANY_YEAR.search(st.quote) is None


def _names_other(text: str, frame: Frame, g: DateGuess) -> bool:
    """Is the phrase `g` the time of something else than the saying: a span's first end ("Wednesday
    through Friday"), inside what is cited or answered ("citing a study released yesterday"), or a date
    whose year the extractor took into the content ("said on February 20, 1986, its predecessor ...")?"""
    at = frame.lo + g.end
    if _SPAN_NEXT.match(text, at) is not None:
        return True
    # "In January and February, the airline said traffic was up five and 11 pct": months of figures
    if g.kind in _MONTH_KINDS and _MONTH_PAIR.match(text, at) is not None:
        return True
    cited = _CITED_LEAD.search(frame.masked, max(0, g.start - _CITED_REACH), g.start)
    if cited is not None and _CITED_GAP.fullmatch(cited.group("gap")) is not None:
        return True
    tail = _swallowed_year(text, frame, g)
    return tail is not None and tail.group("that") is None


def _swallowed_year(text: str, frame: Frame, g: DateGuess) -> re.Match[str] | None:
    """The year right after a month and day that the extractor took into the content, if any."""
    if g.kind != "month_day" or _YEAR_TAIL.match(frame.masked, g.end) is not None:
        return None
    return _YEAR_TAIL.match(text, frame.lo + g.end)


def _with_year(text: str, frame: Frame, g: DateGuess) -> DateGuess:
    """ "announced on Jan 5, 1987 that ...", the year in the content: the day of the year written."""
    tail = _swallowed_year(text, frame, g)
    day = _safe_date(int(tail.group("year")), g.date.month, g.date.day) if tail is not None else None
    return g if day is None else dataclasses.replace(g, date=day)


def _refined(masked: str, best: DateGuess, guesses: Sequence[DateGuess]) -> DateGuess:
    """ "Earlier this week on Wednesday": a finer phrase right after the attached one, inside its span,
    says more exactly when."""
    for g in guesses:
        if (
            g.start >= best.end
            and masked[best.end : g.start].strip(" ,") == ""
            and _SPECIFICITY.get(g.precision, 9) < _SPECIFICITY.get(best.precision, 9)
            and best.date <= g.date <= (best.date_end or best.date)
        ):
            return g
    return best


def _content_fronted(frame: Frame, st: Statement, g: DateGuess) -> bool:
    """ "This year, he said, he came to support ...": before a parenthetical cue the fronted phrase opens
    what was said; "Regarding the meeting Tuesday, Gabelli said": a topic's time, not the saying's."""
    core = frame.core
    if core is None:
        return False
    if g.end > core[0]:
        return _opens_content(frame, st, g)
    clause = max([0, *(e for s, e in frame.holes if e <= g.start)])
    if _TOPIC_LEAD.match(frame.masked, clause) is not None:
        return True
    # "Piedmont's board was meeting today, and Wall Street speculated": the end of another clause.
    if _JOIN_AFTER.match(frame.masked, g.end, core[0]) and _FINITE.search(frame.masked, clause, g.start):
        return True
    if st.kind != "indirect" or frame.cue is None:
        return False
    nxt = min((s for s, _ in frame.holes if s >= frame.cue[1]), default=None)
    return nxt is not None and _PARENTHETICAL.fullmatch(frame.masked, frame.cue[1], nxt) is not None


def _opens_content(frame: Frame, st: Statement, g: DateGuess) -> bool:
    """ "The company said in March 1986, sales were helped by Easter shopping", "He said over the weekend,
    investors pondered ...": right after the cue and before a comma opening an indirect content, a span
    of time fronts what was said (the judges' reading); a day stays the saying's ("The Armed Forces said
    on Sunday, the 36 people infected included ...")."""
    cue = frame.cue
    if st.kind != "indirect" or cue is None or g.precision == "day" or g.start < cue[1]:
        return False
    if frame.masked[cue[1] : g.start].strip():
        return False
    nxt = min((s for s, _ in frame.holes if s >= g.end), default=None)
    return nxt is not None and _COMMA_ONLY.fullmatch(frame.masked, g.end, nxt) is not None


def _leading_guess(
    text: str, st: Statement, anchor: dt.date | None, latest: dt.date | None
) -> DateGuess | None:
    """ "said in its annual report on Indonesia last June that ...": an indirect content opening with
    the occasion of saying and its time; the time dates the saying."""
    if st.kind != "indirect":
        return None
    content = text[st.start : st.end]
    m = _OCCASION_LEAD.match(content)
    if m is None:
        return None
    tail = content[m.end() : m.end() + _OCCASION_REACH]
    tail = tail[: min((i for i in (tail.find(" that "), tail.find(",")) if i >= 0), default=len(tail))]
    for g in resolve_time_phrases(tail, anchor):
        after = content[m.end() + g.end :].lstrip()
        between = tail[: g.start].lower().split()
        # "in its statement it would not comment on the rumours ... last week": a clause's time
        if not _PRONOUNS.isdisjoint(between) or _FINITE.search(tail, 0, g.start) or _has_verb(between):
            continue
        # The occasion is the saying's only when the content proper follows: "... last June that jobs
        # were scarce", "... in February to increase the cuts"; not "At a board meeting yesterday,
        # directors deleted ..." (the meeting is what was said).
        if (
            _not_after(g, latest)
            and not _NOT_ADVERBIAL.match(content, m.end() + g.end)
            # "said in its 1987 forecast last month": a content that is only the occasion and its time
            and (after.startswith(("that ", "to ")) or (after.strip(" .,;:") == "" and len(between) <= 6))
        ):
            off = st.start + m.end()
            return dataclasses.replace(g, start=g.start + off, end=g.end + off)
    return None


def _attached(frame: Frame, st: Statement, g: DateGuess) -> bool:
    """Does the phrase `g` (offsets in `frame.masked`) say when `st` was said: attached by the frame's
    rules, after the cue's object, or fronting the clause past an aside."""
    if (
        attached(frame, g.start, g.end)
        or _dated_source(frame, g)
        or _speaking_aside(frame, g)
        or _relative_speaker(frame, g)
        or _when_clause(frame, g)
        or _subject_aside(frame, g)
    ):
        return True
    core = frame.core
    if core is None:
        return False
    if g.start >= core[1]:
        return _after_object(frame, st, g.start, g.end) or _dated_occasion(frame, g.start, g.kind)
    return g.end <= core[0] and _fronted(frame, g.start, g.end)


def _dated_source(frame: Frame, g: DateGuess) -> bool:
    """ "According to the WHO's situation report dated March 16", "a letter dated May 5 said": the
    speaker is a document and the phrase its date."""
    sp = frame.speaker
    return (
        sp is not None
        and sp[0] < g.start
        and g.end <= sp[1] + 1
        and _DATED_DOCUMENT.search(frame.masked, sp[0], g.start) is not None
    )


def _document_guess(text: str, st: Statement, latest: dt.date | None) -> DateGuess | None:
    """ "According to a March 14, 2019 NATO press release", "a March 1987 report said": an explicit date
    opening a speaker right after its determiner is the date of the document that speaks (read on the
    text, since the extractor may end the speaker inside the date)."""
    if st.speaker_start is None or st.speaker_end is None:
        return None
    lo, hi = st.speaker_start, st.speaker_end
    last = text[lo:hi].rsplit(None, 1)[-1].lower().rstrip(".,")
    for g in resolve_time_phrases(text[lo : hi + _DATE_TAIL], None):
        if (
            g.kind in _DATED_KINDS
            and 0 < g.start < hi - lo
            # the speaker names a document, or the extractor ended it inside the date
            and (last in _DOCUMENT_NOUNS or g.end >= hi - lo)
            and _DOCUMENT_DATE_LEAD.fullmatch(text, lo, lo + g.start) is not None
            and _not_after(g, latest)
        ):
            return dataclasses.replace(g, start=g.start + lo, end=g.end + lo)
    return None


def _subject_aside(frame: Frame, g: DateGuess) -> bool:
    """ "Sweden, in a similar move last week, promised": the phrase closes an aside set off by commas
    right before the cue, opened by a preposition after the subject and holding no clause of its own."""
    sp, cue = frame.speaker, frame.cue
    if sp is None or cue is None or not sp[0] < g.start < g.end <= cue[0]:
        return False
    if _COMMA_ONLY.fullmatch(frame.masked, g.end, cue[0]) is None:
        return False
    m = _ASIDE_LEAD.search(frame.masked, sp[0], g.start)
    if m is None or "," in frame.masked[sp[0] : m.start()]:
        return False
    rest = m.group("rest")
    words = [w.lower() for w in _OBJECT_WORD.findall(rest) if w not in ",()"]
    return (
        _ASIDE_CLAUSE.search(rest) is None
        and not _has_verb(words)
        and _FINITE.search(rest) is None
        and not any(w.endswith("ing") for w in words)  # "with the death toll rising to 22 on Monday"
        and "of" not in words  # "in an update of its report a year ago": the time may be the report's
    )


def _dated_occasion(frame: Frame, start: int, kind: str) -> bool:
    """ "said in a field report dated March 27 the wheat crop ...": right after the cue, the document the
    saying is in and its explicit date (at `start` in `frame.masked`)."""
    cue = frame.cue
    if cue is None or kind not in _EXPLICIT or any(cue[1] <= s < start for s, _ in frame.holes):
        return False
    return _DATED_OCCASION.fullmatch(frame.masked, cue[1], start) is not None


def _when_clause(frame: Frame, g: DateGuess) -> bool:
    """ "Baudouin on Monday sparked speculation of a reflation when he said ...": the saying is the
    when-clause of a clause the phrase dates, with no comma between."""
    sp = frame.speaker
    if sp is None or g.end > sp[0] or frame.core is None or frame.core[0] != sp[0]:
        return False
    when = _WHEN_SPEAKER.search(frame.masked, g.end, sp[0])
    return (
        when is not None
        and when.start() - g.end <= _WHEN_REACH
        and not _CLAUSE_MARK.search(frame.masked, g.end, when.start())
    )


def _relative_speaker(frame: Frame, g: DateGuess) -> bool:
    """ "Perry Drug Stores Inc, which two weeks ago reported", "comments yesterday by governor Mariano Rubio,
    who said", "a visit here this week by Malcolm Baldrige, who said": the speaker's own relative clause
    of saying, its time inside it or on the noun of the speaker's words or visit."""
    sp, cue, masked = frame.speaker, frame.cue, frame.masked
    if sp is None or cue is None or sp[1] > cue[0]:
        return False
    if sp[1] <= g.start and g.end <= cue[0]:
        return (
            _WHICH_BEFORE.fullmatch(masked, sp[1], g.start) is not None
            and _ADVERB_GAP.fullmatch(masked, g.end, cue[0]) is not None
        )
    if g.end > sp[0] or _WORDS_OF.search(masked, 0, g.start) is None:
        return False
    if masked[sp[0] : sp[1]].lower() == "who":  # the extractor's speaker is the pronoun itself
        return (
            _BY_ANTECEDENT.fullmatch(masked, g.end, sp[0]) is not None
            and _ADVERB_GAP.fullmatch(masked, sp[1], cue[0]) is not None
        )
    return (
        _BY_SPEAKER.fullmatch(masked, g.end, sp[0]) is not None
        and _WHO_CUE.fullmatch(masked, sp[1], cue[0]) is not None
    )


def _speaking_aside(frame: Frame, g: DateGuess) -> bool:
    """ "the Agency when announcing the arrest in May, 2018 identified him", "Smith, while speaking to
    students on Monday, said": a when- or while-clause of speaking between the speaker and the cue."""
    sp, cue = frame.speaker, frame.cue
    if sp is None or cue is None or not sp[1] <= g.start < g.end <= cue[0]:
        return False
    m = _SPEAKING_ASIDE.match(frame.masked, sp[1], g.start)
    if m is None or frame.masked[g.end : cue[0]].strip(" ,") != "":
        return False
    verb = m.group("verb").lower()
    words = [w.lower() for w in _OBJECT_WORD.findall(m.group("rest")) if w not in ",()"]
    bare = "when" not in m.group(0).lower() and "while" not in m.group(0).lower()
    return (
        (verb in _SPEAKING or (not bare and CUE_RE.fullmatch(verb) is not None))
        and not _has_verb(words)
        and all(w not in _NOT_OBJECT or w in ("on", "in", "at", "to", "of", "with", "for") for w in words)
    )


def _after_object(frame: Frame, st: Statement, start: int, end: int) -> bool:
    """ "warned planters earlier this week", "told the Chicago chapter of the association last night":
    a cue taking a hearer or a thing, its object of nouns only, then the time, then the content."""
    if st.cue_lemma not in _OBJECT_CUES or frame.cue is None or frame.core is None:
        return False
    a = frame.cue[1]
    if a != frame.core[1] or any(s < start and e > a for s, e in frame.holes):
        return False
    gap = frame.masked[a:start]
    words = [t.lower() for t in _OBJECT_WORD.findall(gap) if t not in "()"]
    allowed = {"for"} if st.cue_lemma in _REQUEST_CUES else set()
    # "announced the failure of a bank, the 44th failure this year": an apposition has its own time.
    if not 0 < len(words) <= 12 or words[0] == "of" or "," in words:
        return False
    # "told reporters Baker visited him late Friday", "confirmed figures the company released in
    # February": a verb or a pronoun makes it a clause, and its time the clause's.
    if any(_clause_word(w, i, allowed) and not _offer_for(words, i) for i, w in enumerate(words)):
        return False
    if _has_verb(words):
        return False
    nxt = min((s for s, _ in frame.holes if s >= end), default=None)
    if nxt is not None and frame.masked[end:nxt].strip() == "":
        return True
    return _AFTER_OBJECT.match(frame.masked, end) is not None


# "announced its second bid for the company last Thursday": an offer "for" a thing is one noun phrase.
_OFFER_NOUNS = frozenset("bid bids offer offers tender".split())


def _offer_for(words: Sequence[str], i: int) -> bool:
    """Whether the `i`th word is a "for" inside an offer's noun phrase ("its bid for the company")."""
    return words[i] == "for" and i > 0 and words[i - 1] in _OFFER_NOUNS


def _clause_word(w: str, i: int, allowed: set[str]) -> bool:
    """Whether the `i`th word after a cue makes what follows it a clause, not the cue's object."""
    return (
        (w in _NOT_OBJECT and w not in allowed)
        # ("told him in Washington last week that": a pronoun right after the cue is its hearer, no clause)
        or (w in _PRONOUNS and not (i == 0 and w in _HEARERS))
        or (w.endswith("ing") and w not in _ING_NOUNS)
    )


def _has_verb(words: Sequence[str]) -> bool:
    """Does a run of lower-cased words hold a verb in -ed: "figures the company released", "Vanderbilt
    died"; not an adjective opening a noun phrase ("revised figures", "its proposed rule change", "a
    900 mln dlr untied credit")."""
    for i, w in enumerate(words):
        if len(w) < 4 or not w.endswith("ed") or i == 0:
            continue
        before = words[i - 1]
        if before not in _DETERMINERS and before not in _QUANTITIES and not before[:1].isdigit():
            return True
    return False


def _fronted(frame: Frame, start: int, end: int) -> bool:
    """ "A few days later, on July 2, Trump announced", "On June 12, minutes before the committee
    voted, Trump claimed", "In March, a study conducted by X reported", "after August 7 when Smith
    tweeted": a time phrase opening the saying's clause past a relative time, an aside placing it,
    or a subject described by a participle."""
    core, masked = frame.core, frame.masked
    if core is None:
        return False
    if (
        frame.speaker is not None
        and frame.speaker[0] == core[0]
        and _WHEN_SAYING.fullmatch(masked, end, core[0])
        and _SOFT_STOP.search(masked, frame.speaker[0], frame.speaker[1]) is None
    ):
        return True
    clause = max([0, *(e for s, e in frame.holes if e <= start)])
    stops = list(_SOFT_STOP.finditer(masked, clause, start))
    if stops:
        clause = stops[-1].end()
    if (
        _WHEN_LEAD.match(masked, clause)
        and masked[end : core[0]].strip(" ,") == ""
        and "," in masked[end : core[0]]
    ):
        return True
    chars = list(masked)
    spans = [m.span() for m in _AGENT_PARTICIPLE.finditer(masked, end, core[0])]
    lead = _LEAD_TIME.search(masked, 0, start)
    aside = _TIME_ASIDE.match(masked, end) or _DASH_ASIDE.match(masked, end)
    spans += [m.span() for m in (lead, aside) if m is not None]
    if stops:
        spans.append((0, clause))
    joined = _CLAUSE_JOIN.search(masked, clause, start)
    if joined is not None and not _joins_times(masked[clause : joined.start()]):
        spans.append((0, joined.end()))  # "85% were in favour and on Friday the government announced"
    if not spans:
        return False
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return attached(dataclasses.replace(frame, masked="".join(chars)), start, end)


def _joins_times(before: str) -> bool:
    """ "between July 1983 and April 1985", "on Monday and Tuesday": the "and" before a time phrase joins
    it to another time (a span of the event), not to a clause of its own."""
    if _BETWEEN.search(before):
        return True
    stem = before.rstrip(" ,")
    # Any anchor will do: only where the phrases end matters.
    return any(g.end == len(stem) for g in resolve_time_phrases(stem, _ANY_DAY))


def _head_guess(
    text: str, st: Statement, holes: Holes, days: tuple[dt.date | None, dt.date | None]
) -> DateGuess | None:
    """ "announced on Facebook on Tuesday there were suspects", "said, in remarks published by CNN
    in February, ...", "asked the Queen for this prorogation in August": the extractor began the content
    with the cue's own adjuncts or object; a time phrase there dates the saying when it would be
    attached with the content beginning right after it."""
    if st.kind not in ("indirect", "mixed") or st.cue_lemma == "according to":
        return None  # "According to X, on August 1 a creature collided ...": all of it is what X says
    anchor, latest = days
    spans = _content_spans(st)
    s0, e0 = spans[0]
    if st.speaker_end is None or st.speaker_end > s0:
        return None  # "In the last minutes of trading on Friday, a trader said, ...": the content's own
    head = text[s0 : min(e0, s0 + _HEAD_REACH)]
    for g in resolve_time_phrases(head, anchor):
        lead = head[: g.start]
        words = lead.split()
        if not words or any(c in lead for c in '"“”') or not _not_after(g, latest):
            continue
        if _NOT_ADVERBIAL.match(head, g.end) or _RELATIVE_AFTER.match(head, g.end):
            continue
        # Past adjuncts ("on Facebook", "in remarks published by CNN") by the frame's rules; past an
        # object only when the content proper follows ("... last night \"there is ...\"").
        preposed = words[0].lower().strip(",") in _HEAD_LEADS
        as_object = st.cue_lemma in _OBJECT_CUES and _AFTER_OBJECT.match(text, s0 + g.end) is not None
        if (preposed or as_object) and _reframed_attached(
            text, st, holes, (s0 + g.start, s0 + g.end, g.kind), as_object
        ):
            return dataclasses.replace(g, start=s0 + g.start, end=s0 + g.end)
    return None


def _reframed_attached(
    text: str, st: Statement, holes: Holes, phrase: tuple[int, int, str], as_object: bool
) -> bool:
    """Is the phrase at text[start:end] attached to `st` once its content is taken to begin right after
    it (by the frame's rules, or `as_object` after the cue's object)?"""
    start, end, kind = phrase
    spans = _content_spans(st)
    cut = end + len(text[end : spans[0][1]]) - len(text[end : spans[0][1]].lstrip(" ,"))
    first = ((cut, spans[0][1]),) if cut < spans[0][1] else ()
    new_spans = first + tuple(spans[1:])
    moved = dataclasses.replace(st, start=cut, spans=new_spans if st.spans else ())
    lo, hi = statement_window(text, moved)
    own = set(spans)
    frame = statement_frame(text, moved, [h for h in holes.within(lo, hi) if h not in own] + list(new_spans))
    a, b = start - frame.lo, end - frame.lo
    if a < 0 or _bound(frame.masked, a):
        return False
    return (
        attached(frame, a, b)
        or (as_object and _after_object(frame, moved, a, b))
        or _dated_occasion(frame, a, kind)
    )


def _bound(masked: str, start: int) -> bool:
    """A deadline or a state before the phrase ("until September 30", "since Monday"); but a sentence
    opening "By Sunday afternoon, Pierluisi said" or "By yesterday, the WHO reported" tells when, and
    "a study from March" is the document's day."""
    m = _BOUND_BEFORE.search(masked, 0, start)
    if m is None or _DOCUMENT_BEFORE.search(masked, 0, start) is not None:
        return False
    return not (m.group().strip().lower() == "by" and masked[: m.start()].strip(" \"“‘'(") == "")


def _opening_guess(
    text: str, st: Statement, anchor: dt.date | None, latest: dt.date | None
) -> DateGuess | None:
    """ "said last month it will not prosecute", "told reporters yesterday the deposits ...": an indirect
    content the extractor opened with a time phrase, no "that" before it, is the cue's time. Not a
    year ("said last year sales rose" dates the sales) unless the speaker goes on as a pronoun
    ("confirmed this year it had stopped"), a content of its own ("Yesterday, ..."), a
    possessive ("Tomorrow's surplus") or a time after the report ("said on April 1 it will start")."""
    if st.kind != "indirect":
        return None
    content = text[st.start : st.end]
    if not content[:1].islower():
        return None
    found = resolve_time_phrases(content[:40], anchor)
    if not found or found[0].start != 0:
        return None
    g = found[0]
    rest = content[g.end :]
    if g.kind not in _OPENING_KINDS and not (g.kind == "year_rel" and _SPEAKER_CLAUSE.match(rest)):
        return None
    if rest[:1] in (",", "'", "’") or not _not_after(g, latest) or _SUBJECT_VERB.match(rest):
        return None
    if _SPAN_NEXT.match(rest):
        return None  # "said on March 3-5 talks would be held": the talks' span
    return dataclasses.replace(g, start=g.start + st.start, end=g.end + st.start)


def _which_occasion_guess(
    text: str, st: Statement, anchor: dt.date | None, latest: dt.date | None
) -> DateGuess | None:
    """ "following yesterday's Budget in which Lawson announced": the occasion whose relative clause holds
    the speaker and cue is when it spoke ("after yesterday's meeting, X said" stays undated)."""
    sp = st.speaker_start
    # Most statements reach this fallback: a plain substring test spares them the regex scan.
    if sp is None or sp == 0 or text.find(" which ", max(0, sp - _WHICH_REACH), sp) < 0:
        return None
    m = _WHICH_OCCASION.search(text, max(0, sp - _WHICH_REACH), sp)
    if m is None:
        return None
    g = resolve_time_phrase(m.group("time"), anchor)
    if g is None or not _not_after(g, latest):
        return None
    return dataclasses.replace(g, start=m.start("time"), end=m.end("time"))


def _not_after(guess: DateGuess, latest: dt.date | None) -> bool:
    """A statement cannot have been made after the article reporting it."""
    return latest is None or guess.date <= latest


def _trailing_guess(
    text: str, st: Statement, anchor: dt.date | None, latest: dt.date | None
) -> DateGuess | None:
    """ "reiterated the position over the weekend": a short indirect content, the cue's object
    ("the position", "his call"), ending in a time phrase: the phrase dates the saying. "reported
    increased profits for last year" is no such object."""
    content = text[st.start : st.end]
    # A mixed content is read only for an occasion named by its month closing it.
    if st.kind == "direct" or (st.kind == "mixed" and _OCCASION_ANY.search(content) is None):
        return None
    # Read with the words before it, for a phrase naming a day said earlier ("that night").
    pre = min(st.start, 300)
    window = text[st.start - pre : st.end]
    # "three days of national mourning, Wednesday through Friday": a span's first end dates nothing
    near = [g for g in resolve_time_phrases(window, anchor) if _SPAN_NEXT.match(window, g.end) is None]
    inside = [dataclasses.replace(g, start=g.start - pre, end=g.end - pre) for g in near if g.start >= pre]
    for g in reversed(inside):
        head = content[: g.start].lower().split()
        cue_object = _cue_object(head)
        # "announced his resignation on Wednesday (in a video)": an act whose object is a noun phrase
        # "Dome reported earnings yesterday": results are no one day's event, the day is the report's
        act = (
            (
                st.cue_lemma in _ACT_CUES
                or (st.cue_lemma == "report" and g.precision == "day" and not _RESULTS.isdisjoint(head))
            )
            and 0 < len(head) <= 6
            and _CLAUSE_WORDS.isdisjoint(head)
            and not _has_verb(head)  # "figures the company released in February"
        )
        rest = content[g.end :]
        if _named_occasion(g, head, rest) and _not_after(g, latest):
            return dataclasses.replace(g, start=g.start + st.start, end=g.end + st.start)
        if (
            st.kind == "indirect"
            and (rest.strip(" ,.;:") == "" or (act and _OCCASION_TAIL.fullmatch(rest)))
            and (cue_object or act or _OCCASION_BEFORE.search(content, 0, g.start) is not None)
            and _not_after(g, latest)
        ):
            return dataclasses.replace(g, start=g.start + st.start, end=g.end + st.start)
    return None


def _cue_object(head: Sequence[str]) -> bool:
    """Is a content's head before its closing time the cue's object ("the position", "his call")? A
    "that" right before the phrase opens a clause ("said that on November 14, 1986"), it is no object."""
    return len(head) <= 4 and all(w in _CUE_OBJECTS for w in head) and head[-1:] != ["that"]


def _named_occasion(g: DateGuess, head: Sequence[str], rest: str) -> bool:
    """ "accused the IMF of strangling his country at an October meeting of the party": a content of
    nouns only (no clause word, no verb) closed by the occasion of saying, named by its month."""
    return (
        g.kind == "month_noun"
        and _OCCASION_CLOSE.fullmatch(rest) is not None
        and 0 < len(head) <= 12
        and head[-1] in _DETERMINERS
        and head[-2:-1] in (["at"], ["in"], ["during"], ["to"])
        and _CLAUSE_WORDS.isdisjoint(head)
        and not _has_verb(head)
    )


def _is_pronoun(st: Statement) -> bool:
    return st.actor is None and st.speaker is not None and st.speaker.casefold() in _PRONOUNS


def _chain_key(
    st: Statement, previous: tuple[str | None, int, tuple[int, int], DateGuess | None] | None
) -> str | None:
    """Who is speaking: an unresolved "he" is taken to be the previous statement's speaker."""
    if _is_pronoun(st):
        return previous[0] if previous is not None else None
    name = st.actor or st.speaker
    return name.casefold() if name else None


def _carried_guess(
    text: str,
    st: Statement,
    frame: Frame,
    previous: tuple[str | None, int, tuple[int, int], DateGuess | None],
    anchor: dt.date | None,
    holes: Holes | Sequence[tuple[int, int]],
) -> DateGuess | None:
    prev_key, prev_end, prev_window, prev_guess = previous
    if prev_guess is None or prev_key is None or _chain_key(st, previous) != prev_key:
        return None
    # In the time phrase's sentence, or in its previous statement's ("... he said, while insisting ..."),
    # a statement shares their occasion.
    here = sentence_start(text, st.start)
    same_sentence = prev_guess.start >= here
    if not (
        same_sentence
        or prev_end > here
        or _continues(st, frame, _next_sentence(text, prev_guess, here, holes))
    ):
        return None
    window = (frame.lo, frame.hi)
    # "Last month Balladur said ... / He told Les Echos ...": a week, month or year is a flashback, and
    # the next paragraph is back at the article's occasion; "AMC, which last week reported ..., said"
    # is another time. Only a day (or weekend) is carried, or a span to a cue joined to the dated
    # statement by "and" ("accused the IMF ... at an October meeting and said ...").
    if prev_guess.precision not in ("day", "weekend") and not _joined(text, frame, prev_end):
        return None
    gap_lo, gap_hi = max(prev_window[1], prev_end), max(window[0], min(st.start, window[1]))
    gap = text[gap_lo:gap_hi] if gap_lo < gap_hi else ""
    if len(_PARAGRAPH_BREAK.findall(gap)) > 1:
        return None
    # Counted from the phrase itself too, so that a chain of carried dates stops two lines on; and never
    # past a blank line: "Minnis said yesterday night ... \n\n"Parts of Abaco are decimated," Minnis said"
    # opens a paragraph of its own, often another occasion (the judges never carry a date into it).
    lines = _PARAGRAPH_BREAK.findall(text, min(prev_guess.start, st.start), st.start)
    if len(lines) > 2 or any(len(br) > 1 for br in lines):
        return None
    if gap and resolve_time_phrases(_masked(text, gap_lo, gap_hi, holes), anchor):
        return None
    return prev_guess


def _next_sentence(
    text: str, prev_guess: DateGuess, here: int, holes: Holes | Sequence[tuple[int, int]]
) -> bool:
    """Is the sentence starting at `here` the one right after the time phrase's? A full stop inside a
    quotation ('Trump said on Friday "I can do it. I may do it." Trump also said') ends no sentence."""
    if here <= prev_guess.start:
        return False
    spans = holes.within(prev_guess.end, here) if isinstance(holes, Holes) else holes
    return not any(
        not any(s < b < e for s, e in spans) for b in sentence_starts(text, prev_guess.end, here - 1)
    )


def _joined(text: str, frame: Frame, prev_end: int) -> bool:
    """Is the cue joined by "and" to the previous statement's content, right after it?"""
    cue = frame.cue
    return (
        cue is not None
        and prev_end <= frame.lo + cue[0]
        and _AND_JOIN.fullmatch(text, prev_end, frame.lo + cue[0]) is not None
    )


def _continues(st: Statement, frame: Frame, next_sentence: bool) -> bool:
    """Does `st`, in a sentence after its speaker's dated statement, go on with that occasion: a
    content opening its sentence before the cue ('"We are ready," he said'), or, in the sentence
    right after the phrase's, a cue after "also" ("He also announced"). A new sentence led by its speaker ("He added ...", "She said, ...", "Ford
    said in a filing ...") gives no time (the judges' reading)."""
    if st.speaker_start is not None and st.start < st.speaker_start:
        return True
    cue = frame.cue
    return (
        next_sentence
        and cue is not None
        and _ALSO_BEFORE.search(frame.masked, max(0, cue[0] - 12), cue[0]) is not None
    )


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _closest_year(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """The (month, day) nearest to the anchor: "December 30" in early January is last year's."""
    candidates = [
        d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := _safe_date(y, month, day))
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda d: (abs((d - anchor).days), d > anchor))


def _is_future(text: str, start: int) -> bool:
    """A future marker in the same clause just before the phrase ("will meet on Monday")."""
    before = text[max(0, start - 60) : start]
    cut = max(before.rfind(","), before.rfind(";"), before.rfind("—"), before.rfind(" - "))
    if cut >= 0:
        before = before[cut + 1 :]
    return _FUTURE_MARKER.search(before) is not None


def _month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _shift_month(d: dt.date, months: int) -> tuple[int, int]:
    index = d.year * 12 + d.month - 1 + months
    return index // 12, index % 12 + 1


def _week_of(d: dt.date) -> tuple[dt.date, dt.date]:
    monday = d - dt.timedelta(days=d.weekday())
    return monday, monday + dt.timedelta(days=6)


@dataclass(frozen=True, slots=True)
class _Phrase:
    """A time phrase found in `text` (match `m` of the pattern `kind`), to be read against `anchor`."""

    kind: str
    m: re.Match[str]
    text: str
    future: bool  # a future marker stands before it in its clause ("will meet on Monday")

    def day(self, d: dt.date | None) -> DateGuess | None:
        """The guess that the phrase means day `d` (none for no day)."""
        m = self.m
        return (
            DateGuess(d, None, "day", m.group().strip(), m.start(), m.end(), self.kind)
            if d is not None
            else None
        )

    def span(self, a: dt.date, b: dt.date, precision: DatePrecision) -> DateGuess:
        """The guess that the phrase means the days a..b."""
        m = self.m
        return DateGuess(a, b, precision, m.group().strip(), m.start(), m.end(), self.kind)

    def rel(self) -> str:
        """The relative word before the phrase's noun ("last", "next", "this"), lower-cased."""
        rel = (self.m.group("rel") or "").lower()
        return rel.removeprefix("early ").removeprefix("late ") if self.kind in _RELATIVE_NOUN else rel


def _resolve(kind: str, m: re.Match[str], text: str, anchor: dt.date | None) -> DateGuess | None:
    phrase = m.group().strip()
    if kind in _RELATIVE_NOUN and phrase.rsplit(None, 1)[-1][:1].isupper():
        return None  # "told Kamloops This Week": a name, not this week
    if kind == "rel_day" and phrase[:1].isupper() and _NAME_BEFORE.search(text, 0, m.start()):
        return None  # "USA Today reported": a newspaper
    if phrase.lower().startswith("from ") and not _DOCUMENT_BEFORE.search(text, 0, m.start() + 5):
        return None  # "from March to June": a span of something else; "a study from March" is the study's
    if phrase.lower().startswith("since "):
        return (
            None  # "Since April, the FDA said it had detained...": a state since then, not the saying's time
        )
    if kind == "month_noun" and not _DETERMINER_END.search(text, max(0, m.start() - 6), m.start()):
        return None  # "in October meeting rooms": no occasion named by its month
    p = _Phrase(kind, m, text, _is_future(text, m.start()))
    absolute = _ABSOLUTE.get(kind)
    if absolute is not None:
        return absolute(p, anchor)
    relative = _RELATIVE.get(kind)
    if anchor is None or relative is None:
        return None
    return relative(p, anchor)


def _iso(p: _Phrase, anchor: dt.date | None) -> DateGuess | None:
    return p.day(_safe_date(int(p.m.group("year")), int(p.m.group("m")), int(p.m.group("day"))))


def _full(p: _Phrase, anchor: dt.date | None) -> DateGuess | None:
    return p.day(_safe_date(int(p.m.group("year")), _MONTHS[_month_key(p.m)], int(p.m.group("day"))))


def _month_year(p: _Phrase, anchor: dt.date | None) -> DateGuess | None:
    first, last = _third(p, *_month_range(int(p.m.group("year")), _MONTHS[_month_key(p.m)]))
    if anchor is not None and not p.future and first <= anchor <= last:
        last = anchor
    return p.span(first, last, "month")


def _year(p: _Phrase, anchor: dt.date | None) -> DateGuess | None:
    first, last = dt.date(int(p.m.group("year")), 1, 1), dt.date(int(p.m.group("year")), 12, 31)
    if anchor is not None and not p.future and first <= anchor <= last:
        last = anchor
    return p.span(first, last, "year")


def _month_day(p: _Phrase, anchor: dt.date) -> DateGuess | None:
    return p.day(_closest_year(_MONTHS[_month_key(p.m)], int(p.m.group("day")), anchor))


def _month_day_words(p: _Phrase, anchor: dt.date) -> DateGuess | None:
    return p.day(_closest_year(_MONTHS[_month_key(p.m)], _DAY_WORDS[p.m.group("dayw").lower()], anchor))


def _nth(p: _Phrase, anchor: dt.date) -> DateGuess | None:
    """ "on the 12th": this month's, or the next or last one's by tense."""
    n = int(p.m.group("day"))
    step = 0
    if p.future and n < anchor.day:
        step = 1
    elif not p.future and n > anchor.day:
        step = -1
    year, month = _shift_month(anchor, step)
    return p.day(_safe_date(year, month, n))


def _that_day(p: _Phrase, anchor: dt.date) -> DateGuess | None:
    """The day named last before "that night" in its sentence or the one before (none named: no date)."""
    lo = max(0, p.text.rfind("\n\n", 0, p.m.start()), p.m.start() - 300)
    named = _last_day_named(p.text, lo, p.m.start(), anchor)
    return p.day(named)


def _next_day(p: _Phrase, anchor: dt.date) -> DateGuess | None:
    """ "the previous day", "the following day": a day before or after the one named last before it, in
    its paragraph or the one before ("On Thursday, Cengiz addressed reporters ... / The previous day,
    PBS revealed")."""
    start = p.m.start()
    lo = max(0, p.text.rfind("\n\n", 0, max(0, p.text.rfind("\n\n", 0, start))), start - _NEXT_DAY_REACH)
    named = _last_day_named(p.text, lo, start, anchor)
    if named is None:
        return None
    which = (p.m.group("which") or p.m.group("which2")).lower()
    return p.day(named + dt.timedelta(days=-1 if which in ("previous", "before") else 1))


def _last_day_named(text: str, lo: int, hi: int, anchor: dt.date) -> dt.date | None:
    days = [g for g in resolve_time_phrases(text[lo:hi], anchor) if g.precision == "day"]
    return days[-1].date if days else None


def _weekday(p: _Phrase, anchor: dt.date) -> DateGuess | None:
    """ "on Monday", "last Tuesday", "next Friday": the nearest such day back, or ahead when future."""
    if _NAMED_DAY.search(p.text, 0, p.m.start()):
        return None
    rel = p.rel()
    target = _WEEKDAYS[p.m.group("weekday").lower()]
    if rel == "next" or (p.future and rel not in ("last", "past", "this past")):
        ahead = (target - anchor.weekday()) % 7 or 7
        return p.day(anchor + dt.timedelta(days=ahead))
    back = (anchor.weekday() - target) % 7
    if rel in ("last", "past", "this past") and back == 0:
        back = 7
    return p.day(anchor - dt.timedelta(days=back))


def _rel_day(p: _Phrase, anchor: dt.date) -> DateGuess | None:
    word = p.m.group("word").lower()
    if word in ("yesterday", "last night"):
        return p.day(anchor - dt.timedelta(days=1))
    if word == "tomorrow":
        return p.day(anchor + dt.timedelta(days=1))
    return p.day(anchor)


def _ago(p: _Phrase, anchor: dt.date) -> DateGuess | None:
    n = _NUMBERS.get(p.m.group("num").lower()) or int(p.m.group("num"))
    unit = p.m.group("unit").lower()
    if unit.startswith("day"):
        return p.day(anchor - dt.timedelta(days=n))
    if unit.startswith("week"):
        return p.span(*_week_of(anchor - dt.timedelta(weeks=n)), "week")
    if unit.startswith("month"):
        return p.span(*_month_range(*_shift_month(anchor, -n)), "month")
    return p.span(dt.date(anchor.year - n, 1, 1), dt.date(anchor.year - n, 12, 31), "year")


def _weekend(p: _Phrase, anchor: dt.date) -> DateGuess | None:
    rel = p.m.group("rel").lower()
    wd = anchor.weekday()
    if rel == "next" or (p.future and rel != "last"):
        saturday = anchor + dt.timedelta(days=((5 - wd) % 7 or 7) if rel == "next" or wd < 5 else -(wd - 5))
    elif rel == "last" and wd >= 5:
        saturday = anchor - dt.timedelta(days=wd - 5 + 7)
    else:
        saturday = anchor - dt.timedelta(days=(wd - 5) % 7)
    return p.span(saturday, saturday + dt.timedelta(days=1), "weekend")


def _week(p: _Phrase, anchor: dt.date) -> DateGuess | None:
    """ "last week", "this week": calendar weeks, Monday to Sunday (the judges' reading); "earlier this
    week" up to the day before the report, "later this week" from the report on."""
    rel = p.rel()
    monday, sunday = _week_of(anchor)
    if rel in ("last", "past"):
        return p.span(monday - dt.timedelta(days=7), sunday - dt.timedelta(days=7), "week")
    if rel == "next":
        return p.span(monday + dt.timedelta(days=7), sunday + dt.timedelta(days=7), "week")
    if rel == "later this" or p.future:
        return p.span(anchor, sunday, "week")
    return p.span(monday, _so_far(monday, anchor, rel) if rel == "earlier this" else sunday, "week")


def _month(p: _Phrase, anchor: dt.date) -> DateGuess | None:
    rel = p.rel()
    if rel in ("last", "past"):
        return p.span(*_third(p, *_month_range(*_shift_month(anchor, -1))), "month")
    if rel == "next":
        return p.span(*_third(p, *_month_range(*_shift_month(anchor, 1))), "month")
    if rel == "earlier this" and anchor.day == 1:
        # Nothing of this month lies before its first day: the story was written the evening before
        # (a wire dated March 31 with an "April 1" dateline), and its month is the one just ended.
        return p.span(*_month_range(*_shift_month(anchor, -1)), "month")
    first, last = _third(p, *_month_range(anchor.year, anchor.month))
    if rel == "later this" or p.future:
        return p.span(max(anchor, first), last, "month")
    if first > anchor:
        return None  # "late this month" written on the 5th: no past day holds it
    return p.span(first, min(last, anchor), "month")


def _year_rel(p: _Phrase, anchor: dt.date) -> DateGuess | None:
    rel = p.rel()
    year = anchor.year + {"last": -1, "past": -1, "next": 1}.get(rel, 0)
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    if year == anchor.year:
        first, last = (
            (anchor, last) if rel == "later this" or p.future else (first, _so_far(first, anchor, rel))
        )
    return p.span(first, last, "year")


def _third(p: _Phrase, first: dt.date, last: dt.date) -> tuple[dt.date, dt.date]:
    """ "early May", "mid-May", "late last month": the month's first, middle or last third (days 1-10,
    11-20, 21 to the end), the judges' reading; a month with no such word stays whole."""
    groups = p.m.groupdict()
    word = (groups.get("third") or groups.get("lone") or groups.get("rel") or "").lower()
    if word.startswith("early") and not word.startswith("earlier"):
        return first, first.replace(day=10)
    if word.startswith("mid"):
        return first.replace(day=11), first.replace(day=20)
    if word.startswith("late") and not word.startswith("later"):
        return first.replace(day=21), last
    return first, last


def _so_far(first: dt.date, anchor: dt.date, rel: str) -> dt.date:
    """The last day of "this week" or "this year" up to the report: the report's day, but the day
    before it for "earlier this week" (the judges' reading: earlier than the day of writing; their
    "earlier this month" runs to the report's day, as "this month")."""
    if rel == "earlier this" and anchor > first:
        return anchor - dt.timedelta(days=1)
    return anchor


def _in_month(p: _Phrase, anchor: dt.date) -> DateGuess | None:
    """ "in March", "last March", "in March last year"."""
    return _month_span(p, (p.m.group("rel") or "").lower(), (p.m.group("ly") or "").lower(), anchor)


def _month_noun(p: _Phrase, anchor: dt.date) -> DateGuess | None:
    """ "an October meeting": the latest such month, or the next one after a future marker."""
    return _month_span(p, "", "", anchor)


def _month_span(p: _Phrase, rel: str, which: str, anchor: dt.date) -> DateGuess:
    """The month the phrase names, cut at the anchor when it holds it (up to it, or from it when future)."""
    month = _MONTHS[_month_key(p.m)]
    year = _year_of_month(month, rel, which, p.future, anchor)
    first, last = _third(p, *_month_range(year, month))
    if first <= anchor <= last:
        first, last = (anchor, last) if p.future else (first, anchor)
    return p.span(first, last, "month")


def _year_of_month(month: int, rel: str, which: str, future: bool, anchor: dt.date) -> int:
    """The year of the month a phrase names ("last March", "in March next year"), seen from `anchor`."""
    if "last year" in which:
        return anchor.year - 1
    if "next year" in which:
        return anchor.year + 1
    if "this year" in which:
        return anchor.year
    if rel == "last":  # "last March": the latest one before this month
        return anchor.year if month < anchor.month else anchor.year - 1
    if rel == "next" or future:
        return anchor.year if month >= anchor.month else anchor.year + 1
    return anchor.year if month <= anchor.month else anchor.year - 1


# Phrases that name their own year, and phrases read against the anchor (none without one).
_ABSOLUTE: Final[dict[str, Callable[[_Phrase, dt.date | None], DateGuess | None]]] = {
    "iso": _iso,
    "full": _full,
    "month_year": _month_year,
    "year": _year,
}
_RELATIVE: Final[dict[str, Callable[[_Phrase, dt.date], DateGuess | None]]] = {
    "month_day": _month_day,
    "month_day_words": _month_day_words,
    "nth": _nth,
    "weekday": _weekday,
    "rel_day": _rel_day,
    "that_day": _that_day,
    "next_day": _next_day,
    "ago": _ago,
    "weekend": _weekend,
    "week": _week,
    "month": _month,
    "year_rel": _year_rel,
    "in_month": _in_month,
    "month_noun": _month_noun,
}
