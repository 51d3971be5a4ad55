"""A passive with its agent is the agent's statement; one without an agent is nobody's."""

from __future__ import annotations

from newsdesk.index.language.quotes import extract_statements
from newsdesk.index.model import Article


def _said(body: str) -> list[tuple[str, str, str]]:
    article = Article(key="k", path="k.txt", title="", body=body, extra={})
    return [(s.speaker or "", s.cue or "", s.quote) for s in extract_statements(article)]


def test_relative_passive_is_the_agents_statement_beside_the_outer_one() -> None:
    body = (
        "Officials said the talks, which were announced yesterday by U.S. Trade Representative Clayton Yeutter, "
        "were being held under the emergency provisions."
    )
    assert _said(body) == [
        ("U.S. Trade Representative Clayton Yeutter", "announced", "the talks"),
        (
            "Officials",
            "said",
            "the talks, which were announced yesterday by U.S. Trade Representative Clayton Yeutter, "
            "were being held under the emergency provisions",
        ),
    ]


def test_two_agents_each_state_it_and_the_thing_announced_is_no_speaker() -> None:
    body = (
        "Sharp cuts on variable rate mortgages announced earlier this week by the nation's two largest building "
        "societies and by National Westminster Bank Plc reflect growing competition, officials said."
    )
    said = _said(body)
    assert said[:2] == [
        ("the nation's two largest building societies", "announced", "Sharp cuts on variable rate mortgages"),
        ("National Westminster Bank Plc", "announced", "Sharp cuts on variable rate mortgages"),
    ]
    assert [s[0] for s in said[2:]] == ["officials"]


def test_said_by_aides_to_have_found() -> None:
    body = (
        "Although Delors was said by aides to have found today's meeting very useful, diplomats said there was "
        "little sign of a major shift."
    )
    assert _said(body) == [
        ("aides", "said", "found today's meeting very useful"),
        ("diplomats", "said", "there was little sign of a major shift"),
    ]


def test_agent_stops_before_a_day_and_adverbs_stay_out_of_the_thing_said() -> None:
    assert _said("The price was above the figure originally announced by the Central Bank Friday.") == [
        ("the Central Bank", "announced", "the figure")
    ]


def test_passive_with_a_non_speech_verb_is_no_statement() -> None:
    assert _said("He may not be confirmed by the Senate for several weeks.") == []
    assert _said("The attacks, which were claimed by nobody in particular, shocked Paris.") == []


def test_according_to_source_keeps_its_statement_and_the_named_speaker_gets_one() -> None:
    body = (
        "According to The Washington Post, intelligence officials warned the administration last December "
        "that Giuliani could be a conduit for Russian disinformation."
    )
    assert _said(body) == [
        (
            "The Washington Post",
            "According to",
            "intelligence officials warned the administration last December that Giuliani could be a conduit "
            "for Russian disinformation",
        ),
        ("intelligence officials", "warned", "that Giuliani could be a conduit for Russian disinformation"),
    ]


def test_according_to_with_counted_respondents_or_a_quotation_stays_one_statement() -> None:
    assert [s[0] for s in _said("According to the ministry, 60 percent of voters said they were happy.")] == [
        "the ministry"
    ]
    assert [s[0] for s in _said('According to pool reports, Obama said "there is love" in Orlando.')] == [
        "pool reports"
    ]
