"""Whether a statement is a speech act: a cue with a speaker and content that says something.

Some cue verbs have senses that report nothing: "he added 1.28p per litre", "Brent added $1.89 to
$48.62", "the study shows host". For those verbs indirect content must say something: not an amount
alone, and (for the verbs whose other senses take a bare object) not a short noun phrase without a
verb. Quoted words always count: someone said them.
"""

from __future__ import annotations

import re
from typing import Final

# Cue lemmas that also report figures ("added 5.3% to 740 yen", "reported $85m"): no amount alone.
AMOUNT_LEMMAS: Final[frozenset[str]] = frozenset({"add", "post", "record", "show", "see", "put"})
# Cue lemmas that also take a bare object ("add more content", "show host"): a short phrase needs a verb.
OBJECT_LEMMAS: Final[frozenset[str]] = frozenset(
    {"add", "show", "find", "post", "record", "continue", "see", "put"}
)
_AMOUNT = re.compile(r"[\s(]*(?:[-+]?[$£€¥]|[-+]?\d|(?:a|an|one)\s+(?:further|extra|additional)\b)")
_FINITE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|will|would|shall|should|can|could|may|might|must|has|have|had|"
    r"do|does|did|not|n't|\w{3,}ed|\w{3,}ing)\b",
    re.IGNORECASE,
)
_CLAUSE = re.compile(
    r"^\s*(?:that|to|whether|if|how|why|what|when|where)\b|" + _FINITE.pattern, re.IGNORECASE
)
MIN_WORDS: Final = 6
# Cue lemmas that also name a topic only ("mentioned Pogue's conviction to Trump", "reported extensively
# on the war", "wrote for other artists"): with no verb in the content, no words are reported.
TOPIC_LEMMAS: Final[frozenset[str]] = frozenset({"mention", "report", "write"})
# (A verb here is an auxiliary or a past form: "ongoing", "including" are no clause's verb.)
_TOPIC_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|will|would|shall|should|can|could|may|might|must|has|have|had|do|does|did|"
    r"\w{3,}ed|[\"“])\b",
    re.IGNORECASE,
)
# "mentioned Pogue's conviction to Trump": a topic raised with someone, no words of it reported
_TOLD_TO_NAME = re.compile(r"\sto\s+(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w'’-]*\s*$")
_TOPIC_ONLY = re.compile(r"\s*(?:[a-z]+ly\s+)?(?:on|about|for|of)\b|\s*(?:[a-z]+ly\s+)?$")


# Cue lemmas that also put up a thing ("posted footage on Twitter", "tweeted a photo of the crowd"): a
# photo, a recording or someone else's report passed on is no words of the poster's. ("posted a picture",
# "an image": PolNeAR's annotators take those as the poster's message, so they stay.)
# ("a four minute long video": a length in words before the thing.)
MEDIA_LEMMAS: Final[frozenset[str]] = frozenset({"post", "tweet", "share", "publish"})
_MEDIA_OBJECT = re.compile(
    r"\s*(?:(?:a|an|the|his|her|their|its|some|several|two|three|new)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:footage|videos?|clips?|photos?|photographs?|podcasts?|links?|recordings?|screenshots?|"
    r"(?:report|article|story)\s+from)\b(?!\s+(?:statement|message|address))",
    re.IGNORECASE,
)


def says_something(lemma: str, kind: str, content: str) -> bool:
    """False for a statement whose cue, read with its content, reports no speech ("added 1.28p")."""
    if kind != "indirect":
        return True
    if _act_named(lemma, content):
        return False
    if lemma in AMOUNT_LEMMAS and _AMOUNT.match(content) and not _FINITE.search(content):
        return False
    if lemma in MEDIA_LEMMAS and _MEDIA_OBJECT.match(content):
        return False
    # (At most MIN_WORDS splits: fewer than MIN_WORDS parts is fewer than MIN_WORDS words.)
    if (lemma in TOPIC_LEMMAS and _topic_only(lemma, content)) or (
        lemma == "recall" and _thing_recalled(content)
    ):
        return False
    short = lemma in OBJECT_LEMMAS and len(content.split(None, MIN_WORDS)) < MIN_WORDS
    return not (short and not _CLAUSE.search(content))


# "recalled a lot of condoms which were distributed ...", "recalled 200,000 cars": products called back, not
# words; the head, before any relative, has no verb. (A memory, "recalled an incident", stays a statement.)
_OBJECT_START = re.compile(
    r"\s*(?:(?:about|some|nearly|almost|more\s+than)\s+)?\d[\d,.]*|\s*(?:(?:a|one|two|three|\d+)\s+)?(?:lots?|batch(?:es)?)\s+of\b",
    re.IGNORECASE,
)
_RELATIVE_OR_REASON = re.compile(r"\s(?:which|that|who|because|after|when)\s|,\s")


def _thing_recalled(content: str) -> bool:
    """True when "recalled" governs a noun phrase with no clause of its own (see _OBJECT_START)."""
    if not _OBJECT_START.match(content):
        return False
    rel = _RELATIVE_OR_REASON.search(content)
    return not _TOPIC_VERB.search(content, 0, rel.start() if rel else len(content))


def _topic_only(lemma: str, content: str) -> bool:
    """True when indirect content with no verb only names what was spoken of ("on the war", "X to Trump")."""
    if _TOPIC_VERB.search(content):
        return False
    return bool(_TOPIC_ONLY.match(content) or (lemma == "mention" and _TOLD_TO_NAME.search(content)))


# "called for redemption of its preferred stock": a security called in, a corporate act.
_CALLED_IN = re.compile(r"\s*(?:the\s+)?(?:redemption|prepayment|conversion)\s+of\b", re.IGNORECASE)


# "respond to customer orders", "responded to treatment": orders served, a patient's body; no words
_RESPONDED_TO = re.compile(
    r"\s*to\s+(?:[\w'’-]+\s+){0,2}?(?:orders?|demand|needs|market\s+conditions|treatment|therapy|"
    r"drugs?|medication|stimul\w*|emergenc\w*)\b",
    re.IGNORECASE,
)
# "will also add two turboprop aircraft to its fleet": things added to what someone holds
_ADDED_TO = re.compile(
    r"\s*(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|several|some|more|new)\s+"
    r"[^,;\"“”]{0,60}?\bto\s+(?:its|their|his|her|our)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:fleet|portfolio|line|range|network|holdings?|stake|capacity|workforce|staff|board|list)\b",
    re.IGNORECASE,
)


def _act_named(lemma: str, content: str) -> bool:
    """True when the cue's other sense holds: the content is the thing acted on, not words reported."""
    if lemma == "respond":
        return bool(_RESPONDED_TO.match(content))
    if lemma == "add":
        return bool(_ADDED_TO.match(content))
    return lemma == "call" and bool(_CALLED_IN.match(content))


# "When in that kind of question when they say protect, it's bogus", "if you say no": a generic "they" or
# "you" saying in the present after "when"/"if" is what anyone would say, no one's statement.
_GENERIC_WHEN = re.compile(r"\b(?:when|whenever|if)\s+$", re.IGNORECASE)
_GENERIC_SAYERS: Final[frozenset[str]] = frozenset({"they", "you", "people"})
_PRESENT_CUES: Final[frozenset[str]] = frozenset({"say", "claim", "tell", "argue", "talk"})


def generic_saying(text: str, speaker_start: int, speaker: str, cue: str) -> bool:
    """True for a generic "they"/"you" speaking in the present after "when" or "if" ("when they say")."""
    return (
        speaker.lower() in _GENERIC_SAYERS
        and cue.lower() in _PRESENT_CUES
        and _GENERIC_WHEN.search(text, max(0, speaker_start - 10), speaker_start) is not None
    )
