"""The companies an article names, so that "Bechtel said" reads as the company when the article writes
"Bechtel Corp" or "<Bechtel Corp>" (wire style), or its headline "BECHTEL INC SETS ...".

Only names written with a company suffix, a wire ticker or the wire's angle brackets count: a bare
capitalised word stays a possible surname.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Final

from newsdesk.index.actors.names import fold
from newsdesk.index.language.cues import trie_pattern

_SUFFIX: Final = r"(?:Corp|Corporation|Inc|Co|Cos|Ltd|Plc|PLC|LLC|LP|Partners|Associates|Group|Bancorp|Bancorporation|Industries|Holdings|AG|SA|NV|GmbH)"
_UPPER_SUFFIX: Final = r"(?:CORP|INC|CO|COS|LTD|PLC|GROUP|BANCORP|INDUSTRIES|HOLDINGS)"
_WORD: Final = r"[A-Z][\w&'’.-]*"
# Space within a name: a line break of wrapped text, never a blank line ("FILES SUIT\n\nBrentwood Inc" is
# a headline and a company).
_S: Final = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
# "Petroleos de Venezuela SA", "Banque Internationale a Luxembourg SA": a particle joins a name's words
# like "and" does; a number is one of its words after the first ("Worldwide 800 Services Inc").
_PARTICLES: Final = "&|and|de|del|do|da|des|du|di|a|la|le|van|von|der|den|y|et"
_MIXED = re.compile(
    rf"\b({_WORD}(?:{_S}(?:(?:{_PARTICLES}){_S})?(?:{_WORD}|\d+\b)){{0,4}}?){_S}{_SUFFIX}\b\.?"
)
# "Financial Corp of America", "Aluminum Co of America", "Exxon Co U.S.A.": the continent after the
# suffix is part of the name (Exxon Co U.S.A. is Exxon Corp's unit), "Financial Corp" what the article calls it.
_OF_AMERICA = re.compile(
    rf"{_S}of{_S}(?:the{_S})?(?:North{_S}|South{_S}|Latin{_S})?Americas?\b(?![ \t]+[A-Z])|[ \t]+U\.S\.A\.|[ \t]+USA\b"
)
_UPPER = re.compile(rf"\b([A-Z][A-Z&'.-]+(?:{_S}[A-Z][A-Z&'.-]+){{0,3}}?){_S}{_UPPER_SUFFIX}\b")
# "Bear, Stearns and Co", "Kidder, Peabody and Co", "Merrill Lynch, Pierce, Fenner and Smith Inc": partners'
# names in a list closed by "and"
_PARTNERS = re.compile(
    rf"\b{_WORD}(?:{_S}{_WORD})?(?:,{_S}{_WORD}){{1,3}},?{_S}and(?:{_S}{_WORD})?{_S}{_SUFFIX}\b\.?"
)
# "Oppenheimer and Co", "Morgan Stanley and Co Inc": a firm named for its founders and their company
_AND_CO = re.compile(
    rf"\b{_WORD}(?:{_S}{_WORD}){{0,2}}{_S}(?:and|&){_S}(?:Co|Cos|Sons)\b\.?(?:{_S}(?:Inc|Ltd|Plc|LP)\b\.?)?"
)
# What every _PARTNERS and _AND_CO match holds, found by scans far cheaper than the name patterns.
# ("and" opens the hint and the word boundary before it is looked behind for after it: a pattern opening
# with a literal is searched in C from one "and" to the next, one opening with `\b` is tried at every
# position of the text, seven times slower.)
_PARTNERS_HINT = re.compile(rf"and(?<!\wand)(?:{_S}{_WORD})?{_S}{_SUFFIX}\b")
# (Two patterns, each opening with its literal, searched in C from one to the next: one opening with the
# alternation is tried at every "a" and "&", three times slower.)
_AND_CO_HINT = re.compile(r"and\s+(?:Co|Cos|Sons)\b")
_AMPERSAND_CO_HINT = re.compile(r"&\s+(?:Co|Cos|Sons)\b")
_BRACKETED = re.compile(r"<([A-Z][^<>\n]{2,60}?)>")
# The suffix words alone, shaped as a trie: the scan skips in C to their first letters, where a pattern
# opening with `\s` tries thirty words after every space. What every company pattern here needs is one of
# them after white space, or a wire bracket.
_SUFFIX_LIST: Final = sorted({*_SUFFIX.strip("(?:)").split("|"), *_UPPER_SUFFIX.strip("(?:)").split("|")})
_SUFFIX_WORD = re.compile(rf"(?:{trie_pattern(_SUFFIX_LIST)})\b")
_TICKERED = re.compile(rf"\b({_WORD}(?:{_S}{_WORD}){{0,4}}){_S}<([A-Z][A-Z.]{{0,7}})>")
_BRACKET_AT = re.compile(r"<[A-Z][A-Z.]{0,7}>")
# Five capitalised words and the spaces between them, before a wire bracket.
_NAME_REACH: Final = 200
_OF_BEFORE = re.compile(r"((?:[A-Z][\w&'’.-]*[ \t]+){1,4})of[ \t]+$")
_TWO_COMPANIES = re.compile(rf"(\s{_SUFFIX})\.?,?{_S}(?:and|&){_S}(?=[A-Z])")
_OWNER = re.compile(rf"^.*?\s{_SUFFIX}\.?>?['’]s\s+(?=[A-Z])")
_SUFFIX_WORDS: Final = frozenset(fold(w) for w in _SUFFIX.strip("(?:)").split("|"))
_MORE_SUFFIXES = re.compile(rf"(?:[ \t]+{_SUFFIX}\b\.?)+")
_TRAILING_SUFFIX = re.compile(rf"\s+{_SUFFIX}\.?$")


def company_names(text: str) -> dict[str, str]:
    """Folded short forms ("bechtel", "western digital") -> the company's full name as first written.

    A short form two different companies share ("first" of "First Interstate" and "First Chicago") maps to
    neither."""
    if "<" not in text and not _suffix_after_space(text) and not bare_partners(text) and not lone_firms(text):
        return {}  # no company suffix, partners' firm or wire bracket: no company to find (political copy)
    found: dict[str, str] = {}
    clashes: set[str] = set()
    for full in _names(text):
        _add_comma_tails(full, found)
        base = _base(full)
        words = base.split()
        for size in range(1, len(words) + 1):
            short = fold(" ".join(words[:size]).replace(",", ""))
            if short in found and _different(fold(_base(found[short])), fold(base)):
                clashes.add(short)
            elif _fuller(full, found.get(short, "")):
                found[short] = full  # the fullest way the article writes the same company
        found.setdefault(fold(full), full)
        # "Standard and Poor's Corp": a subject finder that splits at "and" hands over "Poor's Corp".
        for joint in (" and ", " & "):
            if joint in full:
                tail = full.split(joint, 1)[1]
                for form in (tail, _base(tail)):
                    if fold(form) not in _SUFFIX_WORDS:  # "Oppenheimer and Co": "Co" names no one
                        found.setdefault(fold(form), full)
                tail_words = _base(tail).split()
                if tail_words and not tail_words[0].endswith(("'s", "’s")):
                    # "Asher Edelman and Dominion Textiles Inc": the words after "and" may be a company of
                    # their own, so "Dominion said" is Dominion Textiles Inc.
                    for size in range(1, len(tail_words)):
                        found.setdefault(fold(" ".join(tail_words[:size])), tail)
    _add_lone_firms(text, found)
    _prefer_parents(text, found)
    for short, name in ticker_forms(text).items():
        # "BP said" where the article writes "British Petroleum Co Plc <BP.L>" and names its unit "BP North
        # America Inc": the wire's own ticker says which company the letters stand for.
        found[short] = found.get(fold(name), name)
        clashes.discard(short)
    _add_ticker_forms(text, found)
    return {k: v for k, v in found.items() if k not in clashes}


def _add_comma_tails(full: str, found: dict[str, str]) -> None:
    """ "Evans and Robbins Inc", "Pincus Capital Corp": the speaker finder cuts a name at its commas, and
    what follows a comma is the whole name's short form."""
    for tail in full.split(", ")[1:]:
        if fold(tail).split()[0] not in _SUFFIX_WORDS:
            found.setdefault(fold(tail), full)


def _add_lone_firms(text: str, found: dict[str, str]) -> None:
    """The article's one-word firms (`lone_firms`), unless a longer name holds the word ("Penney said its"
    where the article writes "J.C. PEnney Co Inc": that company)."""
    for word in lone_firms(text):
        if not any(f" {fold(word)} " in f" {fold(v)} " for v in found.values()):
            found.setdefault(fold(word), word)


def _add_ticker_forms(text: str, found: dict[str, str]) -> None:
    """ "Thomson-CSF TCSF.PA": the speaker finder drops the wire's brackets, not the ticker inside them;
    the name and its ticker are the name's company."""
    for m in _ticker_matches(text):
        name = _ticker_name(m.group(1))
        if not name.isupper() and fold(name.split()[0]) not in _SUFFIX_WORDS:
            found.setdefault(fold(f"{name} {m.group(2)}"), found.get(fold(name), name))


def _fuller(name: str, than: str) -> bool:
    """Whether `name` is a better form of a company than `than`: the body's mixed case before a headline's
    capitals ("Marcade Group", not "MARCADE GROUP INC"), else the longer."""
    if than and than.isupper() != name.isupper():
        return than.isupper()
    return len(name) > len(than)


@functools.lru_cache(maxsize=4)
def _suffix_after_space(text: str) -> tuple[tuple[int, int], ...]:
    """Where a suffix word stands after white space (`\\s` before it, a word boundary after it), in order:
    scanned once per article for the company test and both name patterns.

    A match of the trie that white space does not precede cannot hide one it does: it holds none."""
    return tuple(m.span() for m in _SUFFIX_WORD.finditer(text) if m.start() and text[m.start() - 1].isspace())


@functools.lru_cache(maxsize=4)
def _mixed_matches(text: str) -> tuple[re.Match[str], ...]:
    """Every company-suffixed name match of `text`, as `_MIXED.finditer(text)` finds them: read by several
    steps of one article, scanned once."""
    return tuple(_before_suffixes(text, _MIXED, _LAST_NON_NAME))


def _before_suffixes(
    text: str, pattern: re.Pattern[str], last_other: re.Pattern[str]
) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(text)`, for a pattern of words ending at the first suffix word they
    reach (`_MIXED`, `_UPPER`), and `last_other` the last character its words cannot hold.

    The pattern is tried only before each suffix word, after the last such character (a scan of the whole
    text tries it at every word): the next match ends at the first suffix some start after the last match
    and after that character reaches."""
    pos = fence = seen = 0
    for at, end in _suffix_after_space(text):
        if at <= pos:
            continue
        brk = last_other.match(text, max(seen, pos), at)
        if brk is not None:
            fence = brk.end()
        seen = at
        # One character more: the stop the pattern may take after a suffix ("Co.").
        m = pattern.search(text, max(pos, fence), end + 1)
        if m is not None:
            yield m
            pos = m.end()


# The last character before a window's end that no suffixed name holds (a name is words of `_WORD`
# characters, "&" and "and" joined by spaces, tabs and line breaks), and the same for a name in capitals.
_LAST_NON_NAME = re.compile(r"(?s:.*)[^\w&'’.\- \t\n]")
_LAST_NON_CAPS = re.compile(r"(?s:.*)[^A-Z&'.\- \t\n]")


@functools.lru_cache(maxsize=4)
def _ticker_matches(text: str) -> tuple[re.Match[str], ...]:
    """Every name-and-ticker match of `text`, scanned once per article: the name pattern is tried only in
    the few words before each wire bracket (a scan of the whole text tries it at every capital)."""
    if "<" not in text:
        return ()
    found: list[re.Match[str]] = []
    done = 0
    for bracket in _BRACKET_AT.finditer(text):
        last = None
        for m in _TICKERED.finditer(text, max(done, bracket.start() - _NAME_REACH), bracket.end()):
            last = m
        if last is not None and last.end() == bracket.end():
            found.append(last)
            done = last.end()
    return tuple(found)


def article_company(surface: str, table: dict[str, str], text: str) -> str | None:
    """The company the article names that a short form the gazetteer knows stands for here ("EAC said"
    after "EAC Industries Inc", "NBC" after "The National Broadcasting Co"): the article's own company
    beats the gazetteer's East African Community or NBC News."""
    firm = table.get(fold(surface))
    if firm is not None and not firm.isupper():
        return firm
    if not (surface.isalpha() and surface.isupper() and 2 <= len(surface) <= 5):
        return None
    names = [_mixed_name(text, m).removeprefix("The ") for m in _mixed_matches(text)]
    # "IBM" leaves its "Corp" out, "NBC" spells its "Co"
    spelled = {n for n in names if not n.isupper() and surface in (_initials(_base(n)), _initials(n))}
    return spelled.pop() if len(spelled) == 1 else None


def _initials(name: str) -> str:
    words = [w for w in name.split() if fold(w) not in _SMALL_WORDS]
    return "".join(w[0] for w in words) if all(w[:1].isupper() for w in words) else ""


_SMALL_WORDS: Final = frozenset({"of", "and", "the", "&", "for", "de"})


def opened_by_other(short: str, spoke: str, table: dict[str, str]) -> bool:
    """Whether the article's company of a folded short form opens with it while the company that spoke
    only holds it inside ("Xerox" is Xerox Corp, not Rank Xerox Ltd; "Financial Corp" is Financial Corp of
    America, not First Nationwide Financial Corp)."""
    firm = table.get(short)
    if firm is None or firm.isupper() or fold(firm) == fold(spoke):
        return False  # a headline's "LILLY <LLY>" is no other company than Eli Lilly and Co
    return f"{fold(firm)} ".startswith(f"{short} ") and not f"{fold(spoke)} ".startswith(f"{short} ")


def _ticker_name(words_before: str) -> str:
    """The company's name among the words before a wire ticker, without the sentence's opening words or an
    owner ("France's Thomson-CSF <TCSF.PA>" is Thomson-CSF); a headline's capitals as they are."""
    if words_before.isupper():
        return words_before
    words = words_before.split()
    while len(words) > 1 and (
        fold(words[0]) in _OPENERS or words[0].endswith(("'s", "’s", "-based", "-controlled"))
    ):
        words = words[1:]
    return " ".join(words)


def ticker_forms(text: str) -> dict[str, str]:
    """Folded ticker roots ("bp" of "<BP.L>", "ge" of "<GE>") -> the company the body writes before the
    ticker, the first company each ticker follows; one-letter tickers ("<F>") are no name anyone writes."""
    forms: dict[str, str] = {}
    for m in _ticker_matches(text):
        root = m.group(2).split(".")[0]
        if len(root) < 2 or not root.isalpha() or m.group(1).isupper():
            continue  # a headline's capitals say nothing the body does not
        words = (
            _two_companies(m.group(1).strip())[-1].rstrip(".").removesuffix("'s").removesuffix("’s").split()
        )
        while words and (
            fold(words[0]) in _OPENERS or words[0].endswith(("'s", "’s", "-based", "-controlled"))
        ):
            words = words[1:]  # "When International Business Machines Corp", "Japan's Nissan Motor Co Ltd"
        if len(words) > 1 or (words and fold(words[0]) != fold(root)):
            forms.setdefault(fold(root), " ".join(words))
    return forms


def _prefer_parents(text: str, found: dict[str, str]) -> None:
    """A short form is the company named by it and company suffixes alone ("Gelco": Gelco Corp, not Gelco
    Express Ltd; "Costain": the first written of Costain Ltd and Costain Group Plc), else one written
    earlier with the short form inside its name ("San Paolo": Istituto Bancario San Paolo di Torino, not
    San Paolo U.S. Holding Co)."""
    parents: dict[str, str] = {}
    for m in _mixed_matches(text):
        full = _mixed_name(text, m)
        parents.setdefault(fold(_base(full)), full)
    for short in found:
        if short in parents:
            found[short] = parents[short]
    inner = [(text.find(m.group(1)), m.group(1).strip()) for m in _BRACKETED.finditer(text)]
    for short, full in found.items():
        if short in parents or fold(full) == short:
            continue
        at = text.find(full)
        for pos, name in inner:
            words = fold(name).split()
            if 0 <= pos < at and f" {short} " in f" {' '.join(words[1:-1])} ":
                found[short] = name
                break


def _mixed_name(text: str, m: re.Match[str], suffixes: bool = True) -> str:
    """A suffixed name as the article writes it whole: a continent ("Financial Corp of America", "Exxon Co
    U.S.A.") kept, and with `suffixes` more suffixes ("Kansai ... Co Ltd")."""
    more = _MORE_SUFFIXES.match(text, m.end()) if suffixes else None
    full = (m.group(0) + (more.group(0) if more else "")).rstrip(".")
    continent = _OF_AMERICA.match(text, m.end() + (len(more.group(0)) if more else 0))
    return f"{full}{continent.group(0)}" if continent and not m.group(0).endswith(".") else full


def _different(one: str, other: str) -> bool:
    # "BRENTWOOD <BRWD>" in the headline and "Brentwood Instruments Inc" in the body are one company:
    # a name that opens the other is its short form, not a second company.
    a, b = one.split(), other.split()
    return a[: len(b)] != b and b[: len(a)] != a


def companies_before(text: str, before: int) -> list[tuple[int, str]]:
    """(end, name) of the companies an article names before `before`, in text order, a headline's capitals
    only when nothing else names one: who "the company" can mean when no company has spoken yet."""
    found: dict[int, tuple[int, str]] = {}
    for pattern, group in ((_MIXED, 0), (_TICKERED, 1), (_BRACKETED, 1)):
        for m in pattern.finditer(text, 0, before):
            name = m.group(group).rstrip(".").strip()
            if fold(name.split()[0]) in _NOT_FIRST or (pattern is _BRACKETED and name.isupper()):
                continue
            end = m.end(group)
            if pattern is _MIXED:
                name = _mixed_name(text, m).strip()  # "Standard Bank ... Corp Ltd", "... Corp of America"
                end = m.start() + len(name)
            name = _OWNER.sub("", name)
            start = m.start(group)
            owner = _OF_BEFORE.search(text, max(0, start - 60), start)
            if owner is not None and fold(owner.group(1).split()[0]) not in _NOT_FIRST:
                start, name = owner.start(1), f"{owner.group(1)}of {name}"  # "Barnett Banks of Florida Inc"
            found.setdefault(start, (end, name))
    # "Merrill Lynch and Co <MER>": the ticker's name cut at its "and" is no company's name
    names = [found[at] for at in sorted(found) if fold(found[at][1]).split()[0] not in _SUFFIX_WORDS]
    written = [(end, name) for end, name in names if not name.isupper()]
    if written or names:
        return written or names
    upper = _UPPER.search(text, 0, before)
    if upper is None:
        return []
    return [(upper.end(), f"{_title(upper.group(1))} {upper.group(0).split()[-1].capitalize()}")]


def _base(full: str) -> str:
    base = full
    for _ in range(3):  # "Kansai International Airport Co Ltd"
        cut = _TRAILING_SUFFIX.sub("", base).strip()
        if cut == base:
            break  # no suffix left: the other rounds would search the same words again
        base = cut
    return base


def _names(text: str) -> list[str]:
    names = [_mixed_name(text, m, suffixes=False) for m in _mixed_matches(text)]
    if _PARTNERS_HINT.search(text):
        names += [m.group(0).rstrip(".") for m in _PARTNERS.finditer(text)]
    if _AND_CO_HINT.search(text) or _AMPERSAND_CO_HINT.search(text):
        names += [m.group(0).rstrip(".") for m in _AND_CO.finditer(text) if _opens_name(text, m.start())]
    # A headline's capitals before a ticker: only a name when no headline verb or preposition is among them
    # ("PENTLAND TO REDUCE REEBOK <RBK>" is Reebok's ticker after a sentence, not a company's name)
    names += [
        _ticker_name(m.group(1))
        for m in _ticker_matches(text)
        if not _HEADLINE_WORDS.intersection(m.group(1).split())
    ]
    names += [m.group(1).strip() for m in _BRACKETED.finditer(text) if not m.group(1).isupper()]
    names += [
        f"{_title(run)} {m.group(0).split()[-1].capitalize()}"
        for m in _before_suffixes(text, _UPPER, _LAST_NON_CAPS)
        if (run := _after_headline_verb(m.group(1)))
    ]
    names += list(bare_partners(text))
    # "Baker International Corp and Hughes Tool Co": two whole companies, not one name with an "and"
    names = [_LEADING_SUFFIX.sub("", part) for n in names for part in _two_companies(n)]
    # "Sedgwick Group PLC's River Thames Insurance Co": the owner's suffix and possessive are no part of it
    names = [_LEADING_OWNER.sub("", n) if "s " in n[:8] else n for n in names]
    names = [n for n in names if n and fold(n.split()[0]) not in _NOT_FIRST]
    # "Evans and Robbins Inc" of "Pope, Evans and Robbins Inc": a name cut at a partner's comma is none
    cut = {fold(n.split(", ", 1)[1]) for n in names if ", " in n}
    return [n for n in names if fold(n) not in cut]


# "Josephthal and Co Inc, Emmett A. Larkin Co Inc and Hays Securities Corp": the suffixes of the company
# before, no part of the next one's name
_LEADING_SUFFIX = re.compile(rf"^(?:{_SUFFIX}\.?,?{_S})+(?:and|&){_S}")
_LEADING_OWNER = re.compile(rf"^{_SUFFIX}\.?>?['’]s{_S}(?=[A-Z])")
# A word of a partner's name ("Simon", "Drew", "O'Neill", the "AC" and "R" of "AC and R Advertising")
_PARTNER: Final = r"(?:[A-Z][a-z][\w'’-]*|[A-Z]{1,3}(?![\w.&'’-]))"
# "Simon and Schuster", "Woodhouse, Drake and Carey", "Texas Oil and Gas": partners' names joined by "and"
_PAIR: Final = (
    rf"{_PARTNER}(?:[ \t]+{_PARTNER}){{0,2}}(?:,[ \t]+{_PARTNER}){{0,3}}[ \t]+(?:and|&)[ \t]+"
    rf"{_PARTNER}(?:[ \t]+{_PARTNER})?"
)
# The pair ending where its evidence starts, and starting where its evidence ends
_PAIR_BEFORE = re.compile(rf"(?<![\w'’.&-])({_PAIR})\Z")
_PAIR_AFTER = re.compile(rf"({_PAIR})\b")
_PAIR_TAIL = re.compile(rf"[ \t]?(?:and|&)[ \t]+{_PARTNER}(?:[ \t]+{_PARTNER})?")  # the end of a pair
# What shows such a pair or a lone word is one firm: it speaks of itself as "it" ("Simon and Schuster said
# it agreed", "Woodhouse, Drake and Carey said in its weekly report"), an appositive says what firm it is, or
# a firm noun stands before it ("brokers Phillips and Drew").
_ITSELF_AFTER = re.compile(
    r",?[ \t]+(?:said|says|added|reported|announced|estimated|told)[ \t]+(?:in[ \t]+|that[ \t]+)?"
    r"(?:its\b|it[ \t]+(?!had been|has been|will be)(?:has|had|agreed|plans|planned|expects|expected|intends|"
    r"will|bought|sold|acquired|completed|signed|received|raised|filed|declared|reported|hopes|sees)\b)"
)
# The "it" of `_ITSELF_AFTER` and the cue before it
_IT_WORD = re.compile(r" its?\b")
_CUE_BEFORE_IT = re.compile(
    r",?[ \t]+(?:said|says|added|reported|announced|estimated|told)(?:[ \t]+(?:in|that))?[ \t]\Z"
)
# The words `_CUE_BEFORE_IT` can end with, before its last space.
_CUE_ENDS: Final = ("said", "says", "added", "reported", "announced", "estimated", "told", "in", "that")
_FIRM_DESCRIBED_AFTER = re.compile(
    r",[ \t]+an?[ \t]+(?:[\w.-]+[ \t]+){0,4}?(?:company|firm|partnership|brokerage|publisher|retailer|"
    r"concern|subsidiary|unit)\b"
)
_AND_WORD = re.compile(r" (?:and|&) (?=[A-Z])")
_FIRM_NOUNS_BEFORE: Final = (
    "broker brokers stockbroker stockbrokers brokerage firm publisher publishers retailer retailers dealer "
    "dealers merchant merchants consultant consultants accountant accountants auditor auditors"
).split()
# Every word of `_FIRM_NOUNS_BEFORE` holds one of these.
_FIRM_NOUN_STEMS: Final = (
    "broker",
    "firm",
    "publisher",
    "retailer",
    "dealer",
    "merchant",
    "consultant",
    "accountant",
    "auditor",
)
_FIRM_NOUN_BEFORE = re.compile(
    rf"(?<![\w-])(?:{trie_pattern(_FIRM_NOUNS_BEFORE)})[ \t]+(?:of[ \t]+)?(?=[A-Z])"
)  # "brokers Phillips and Drew", "the New York brokerage firm of Spear, Leeds and Kellogg"
# A one-word name right before a cue ("Conrail said its ...")
_LONE_BEFORE = re.compile(r"(?<![\w'’.&-])([A-Z][a-z][\w'’-]{2,})\Z")
# More of a name after a word: a capitalised word, or "of"/"and" and one ("Helen of Troy")
_NAME_GOES_ON = re.compile(r"[ \t]+(?:(?:of|and|&|de)[ \t]+)?[A-Z]")
_NOT_ALONE_AFTER: Final = frozenset("and & of from near across throughout outside within".split())
_TITLES_BEFORE: Final = frozenset("mr. mrs. ms. dr. gov. sen. rep. gen. mr mrs ms dr".split())


@functools.lru_cache(maxsize=4)
def _itself_at(text: str) -> tuple[int, ...]:
    """Where a cue after which a speaker calls itself "it" starts ("said its", "says it has agreed")."""
    found: list[int] = []
    for it in _IT_WORD.finditer(text):
        # found from the "it" (a literal the scan jumps to), where a scan for the cue's opening white space
        # tries it after every word; only after a word the cue pattern can end with ("and it", "as it" are
        # most of them, ruled out without a search)
        if not text.endswith(_CUE_ENDS, 0, it.start()):
            continue
        cue = _CUE_BEFORE_IT.search(text, max(0, it.start() - 24), it.start() + 1)
        if cue is not None and _ITSELF_AFTER.match(text, cue.start()) is not None:
            found.append(cue.start())
    return tuple(found)


@functools.lru_cache(maxsize=4)
def lone_firms(text: str) -> tuple[str, ...]:
    """One-word firms ("Conrail said its ...", "Pharmacia said it had agreed"): a name that speaks of itself
    as "it" and that stands alone wherever the article writes it (a person's given name, title or
    initials would stand before it)."""
    found: list[str] = []
    for at in _itself_at(text):
        m = _LONE_BEFORE.search(text, max(0, at - 40), at)
        if (
            m is None
            or m.group(1) in found
            or fold(m.group(1)) in _NOT_LONE
            or m.group(1).endswith(("'s", "’s"))
        ):
            continue
        word = m.group(1)
        if all(_stands_alone(text, start, start + len(word)) for start in _occurrences(text, word)):
            found.append(word)
    return tuple(found)


def _occurrences(text: str, word: str) -> list[int]:
    """Where `word` stands as a whole word in `text` (a scan with `str.find`: a pattern built per word would
    be compiled again for every article)."""
    found = []
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "_'’.&-") and not (after.isalnum() or after == "_"):
            found.append(at)
        at = text.find(word, at + 1)
    return found


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Whether a word is a whole name where it stands: no capitalised word, initial, title or joining "and"
    right before it ("Mr. Sosnoff", "J.C. Penney", "Smith and Wesson"), no more of a name after it
    ("Taft Broadcasting Co", "Helen of Troy Corp")."""
    if _NAME_GOES_ON.match(text, end):
        return False
    before = text[max(0, start - 30) : start].split()
    if not before:
        return True
    last = before[-1]
    if fold(last) in _TITLES_BEFORE or fold(last) in _NOT_ALONE_AFTER:
        return False  # "Smith and Wesson", "imports from Japan": a partner's name or a place
    return not last[:1].isupper() or (last.endswith((",", ":", '"', "-")) and not last[:-1].isupper())


@functools.lru_cache(maxsize=4)
def bare_partners(text: str) -> tuple[str, ...]:
    """Firms named for their partners with no company suffix, where the article shows the pair is one firm
    ("Simon and Schuster said it ...", "brokers Phillips and Drew"), as written."""
    if _AND_WORD.search(text) is None:
        return ()  # (every "and" is listed below only where a firm noun's stem is written at all)
    pairs = [_pair_before(text, at) for at in _itself_at(text)]
    if ", a" in text:
        pairs += [_pair_before(text, m.start()) for m in _described_firms(text)]
    # a firm noun a few words before an "and" ("brokers Phillips and Drew"), sought only there, and only
    # where one of the nouns' stems is written at all (substring tests in C before a pattern tried at every
    # position of the window)
    nouns = (
        {
            m.end(): m
            for at in [m.start() for m in _AND_WORD.finditer(text)]
            if _firm_noun_stem_in(text[max(0, at - 60) : at])
            for m in _FIRM_NOUN_BEFORE.finditer(text, max(0, at - 60), at)
        }
        if _firm_noun_stem_in(text)
        else {}
    )
    pairs += [_PAIR_AFTER.match(text, end) for end in nouns]
    found: list[str] = []
    for m in pairs:
        if m is None or m.group(1) in found:
            continue
        name = m.group(1)
        if fold(name.split()[-1]) in _SUFFIX_WORDS or fold(name.split()[0]) in _NOT_FIRST:
            continue
        before = text[max(0, m.start() - 40) : m.start()].rstrip(" \t,").split()
        if not (before and before[-1][:1].isupper()):  # "Texas Oil and Gas" holds no "Oil and Gas" of its own
            found.append(name)
    return tuple(found)


def _firm_noun_stem_in(text: str) -> bool:
    """Whether `text` holds one of `_FIRM_NOUN_STEMS` (asked of the window before every "and" before a capital:
    the window cut once, not once per stem)."""
    return any(stem in text for stem in _FIRM_NOUN_STEMS)


def _pair_before(text: str, at: int) -> re.Match[str] | None:
    """`_PAIR_BEFORE` sought in the 120 characters before `at`, only where the last "and" or "&" of them has
    one or two partners' words after it (the pair's own: a partner's word holds neither), as the search would
    try the pattern at every position of the window."""
    lo = max(0, at - 120)
    joint = max(text.rfind(" and", lo, at), text.rfind("\tand", lo, at), text.rfind("&", lo, at))
    if joint < 0 or _PAIR_TAIL.fullmatch(text, joint, at) is None:
        return None
    return _PAIR_BEFORE.search(text, lo, at)


def _described_firms(text: str) -> Iterator[re.Match[str]]:
    """Appositives that say what firm the name before them is (", a New York brokerage partnership")."""
    return _FIRM_DESCRIBED_AFTER.finditer(text)


def _opens_name(text: str, at: int) -> bool:
    """Whether a name found at `at` is all of one: no capitalised word or comma before it ("Smith Barney,
    Harris Upham and Co" holds no "Harris Upham and Co" of its own)."""
    before = text[max(0, at - 40) : at].rstrip(" \t").split()
    return not before or not (before[-1].endswith(",") or before[-1][:1].isupper())


def _two_companies(name: str) -> list[str]:
    name = _OWNER.sub("", name)  # "FPL Group Inc's Florida Power and Light Co" is the unit's name
    joint = _TWO_COMPANIES.search(name)
    return [name] if joint is None else [name[: joint.end(1)], name[joint.end() :]]


def _after_headline_verb(word_run: str) -> str:
    """A headline's capitals after its last verb or preposition: "PHELPS LOWERS BENEFICIAL CORP" names
    Beneficial Corp, never "Phelps Lowers Beneficial Corp"."""
    words = word_run.split()
    cut = max((i + 1 for i, w in enumerate(words) if w in _HEADLINE_WORDS), default=0)
    return " ".join(words[cut:])


def _title(word_run: str) -> str:
    # "P.H. GLATFELTER CO" -> P.H. Glatfelter Co: initials stay capitals
    return " ".join(
        w if (len(w) <= 3 or "." in w) and w.isupper() else w.capitalize() for w in word_run.split()
    )


_HEADLINE_WORDS: Final[frozenset[str]] = frozenset(
    "TO IN ON AT FOR BY WITH SAYS SAID SEES SETS HAS IS WILL UP DOWN AFTER OVER BUYS SELLS GETS CUTS RAISES "
    "DOWNGRADES UPGRADES CONFIRMS AFFIRMS PLANS POSTS REPORTS LOWERS LIFTS RATES ACQUIRES AGREES FILES NAMES "
    # Reuters headline verbs and nouns before a ticker ("OPPENHEIMER UPS VIACOM <VIA> STAKE")
    "UPS BUY SELL BOOSTS TRIMS SEEKS STARTS COMPLETES EXTENDS APPROVES SUES ENDS MAKES WINS BID STAKE PACT "
    "TALKING CORRECTED AGAINST FROM".split()
)
# Words that open a sentence before a company name and its ticker ("When International Business Machines
# Corp <IBM> ...").
_OPENERS: Final[frozenset[str]] = frozenset(
    "the a an its his her their this that and but in on at for of to by with as then when while if after "
    "before although though since yesterday today earlier later meanwhile also under because once until "
    "unlike like following shares analysts".split()
)
# Words that open a sentence or a description before a company name ("The company", "Its unit").
_NOT_FIRST: Final[frozenset[str]] = frozenset(
    "the a an its his her their this that said says told and but in on at for of to by with as then".split()
)


# Words that open a sentence or name a time, and suffixes alone: never a firm's one-word name
_NOT_LONE: Final = frozenset(
    {
        *_SUFFIX_WORDS,
        *_NOT_FIRST,
        *_OPENERS,
        *"""they we it company firm group partnership treasury savings january february march april may june
        july august september october november december monday tuesday wednesday thursday friday saturday
        sunday""".split(),
    }
)


# (Built once: a set union written in the test would build a new set for every name tidied.)
_SUFFIX_WORDS_CIE: Final = _SUFFIX_WORDS | {"cie"}


def tidy_company_name(name: str) -> str:
    """A company's name without the deal role, ticker or lower-case suffix the wire wrote around it: "lead
    manager Union Bank of Switzerland" -> Union Bank of Switzerland, "Societe Generale <SGEN.PA> bank" ->
    Societe Generale, "Schering-Plough corp" -> Schering-Plough Corp."""
    # (Each pattern is tried only where the words can hold what it needs: a lower-case first letter, "-based",
    # capitals or a suffix at the end; most names hold none, and a search for an end is tried at every
    # position.)
    role = (
        (_ROLE_BEFORE.match(name) if name[:1].islower() else None)
        or OWNED_BY.match(name)
        or (_BASED_BEFORE.match(name) if "-based" in name else None)
    )
    if role is not None:
        name = name[role.end() :]
    if "<" in name:
        name = _TICKER_AND_AFTER.sub("", name) or name
    if name[-1:].isupper() or name.endswith("\n"):
        name = _BARE_TICKER_END.sub(r"\1", name)
    untickered = _TICKER_END.sub("", name) if name[-1:].isupper() else name
    if fold(untickered.split()[0]) not in _SUFFIX_WORDS_CIE:
        name = untickered  # "Co MER" is a name cut at its "and", no company "Co"
    described = _LETTERS_DESCRIBED.fullmatch(name)
    if described is not None:
        name = described.group(1)  # "VDA industry association": the letters are its name
    low = _LOWER_SUFFIX.search(name) if name.endswith(_LOWER_SUFFIX_ENDS) else None
    if low is not None:
        name = name[: low.start(1)] + _SUFFIX_CASE[low.group(1)] + name[low.end(1) :]
    return name


# How a company is owned or traded ("state-owned", "Privately-held"): words before its name, never a
# person's role nor part of the name.
OWNED_BY = re.compile(
    r"(?:state|government|privately|publicly|wholly|family|employee|majority|foreign|closely)"
    r"[- ](?:owned|held|run|controlled|traded)(?:\s+|$)",
    re.IGNORECASE,
)
# "PaineWebber Group Inc PWJ", "General Mining Union Corp Ltd GENM.J": a headline's ticker after the suffix.
_BARE_TICKER_END = re.compile(
    r"(\s(?:Inc|Corp|Corporation|Ltd|Co|Cos|Plc|PLC|AG|SA|NV|LP|Group|Holdings|Industries)\.?)"
    r"\s+[A-Z]{2,6}(?:\.[A-Z]{1,2})?$"
)
# "New York-based Bastian Technologies Corp": where a company is based, no part of its name.
_BASED_BEFORE = re.compile(r"(?:[A-Z][\w.'’]*\s+){0,3}[\w.'’]+-based\s+(?=[A-Z])")
# "lead manager", "co-manager", "underwriter": the deal role a bank is named with, never its name
_ROLE_BEFORE = re.compile(
    r"(?:[a-z][\w-]*\s+)*?(?:manager|managers|co-manager|underwriter|underwriters|bookrunner|arranger|"
    r"adviser|advisor|agent|broker|dealer)\s+(?=[A-Z])"
)
# "Alsthom ALSF.PA", "Shell Canada SHC": a wire ticker after a name with no suffix, its brackets dropped
# (an exchange's letters after a dot, or capitals after a written word that are no country's, no suffix and
# no institution's own letters: "Iranian News Agency IRNA", "Radio DZRH")
_TICKER_END = re.compile(
    r"(?<=\S)\s+[A-Z]{2,6}\.[A-Z]{1,2}$|(?<![Rr]adio)(?<![Tt]elevision)(?<![Aa]gency)(?<![Aa]ssociation)"
    r"(?<![Ii]nstitute)(?<![Oo]ffice)(?<![Uu]nion)(?<![Ff]ederation)(?<![Cc]ouncil)(?<![Pp]arty)(?<![Ff]ront)"
    r"(?<![Mm]ovement)(?<![Mm]inistry)(?<![Cc]ommittee)(?<![Bb]oard)(?<=[a-z\d])\s+(?!(?:USA|UK|US|NA|NT|II|III|IV|VI|VII|VIII|IX|XI|XII|"
    r"SA|AG|NV|BV|AB|KK|KG|SPA|PLC|LTD|INC|CO|ASA|OY|LP|LLC|TV|FM|AM|"
    r"SAQ|SAK|SAE|SAL|BSC|KSC|QSC|NL|AS|OYJ|SRL|PT|CV|PTY|BHD|SDN|PCL|JSC)$)[A-Z]{2,5}$"
)
# A body's letters and lower-case words saying what kind of body it is ("VDA industry association")
_LETTERS_DESCRIBED = re.compile(
    r"(?!(?:US|UK|USA|USSR|UAE|PRC|FRG|GDR|ROK|EC|EU)\s)"
    r"([A-Z][A-Z&]{1,6})(?:\s+[a-z][\w-]*)*\s+(?:association|federation|union|institute|council|agency)"
)
_TICKER_AND_AFTER = re.compile(r"\s*<[^<>]*>(?:\s+[a-z][\w-]*)*\s*$")
_SUFFIX_CASE: Final = {"corp": "Corp", "inc": "Inc", "co": "Co", "cos": "Cos", "ltd": "Ltd", "plc": "Plc"}
_LOWER_SUFFIX = re.compile(r"[A-Za-z][\w&'’.-]*\s+(corp|inc|co|cos|ltd|plc)\.?$")
# How a name `_LOWER_SUFFIX` matches ends (`$` also stands before a final line break).
_LOWER_SUFFIX_ENDS: Final = (*_SUFFIX_CASE, *(f"{w}." for w in _SUFFIX_CASE), "\n")
