"""Statements given to the wrong actor on wire news (session 12): the head of a modified subject, a unit
and its owner, an outlet relaying a named speaker, names cut at a place or a foreign "and", and verbs in
their senses that report no words."""

from __future__ import annotations

from newsdesk.index.language.quotes import extract_statements
from newsdesk.index.model import Article


def said(body: str, title: str = "") -> list[tuple[str, str | None]]:
    """(quote, actor) for every statement of an article with this body (and title)."""
    return [
        (s.quote, s.actor) for s in extract_statements(Article(key="k", path="k", title=title, body=body))
    ]


def test_the_one_appearing_with_a_list_of_others_speaks() -> None:
    body = (
        "Volcker, appearing with Reagan, Greenspan, and Treasury Secretary James Baker in the briefing room, "
        "said he will remain on the job."
    )
    assert said(body) == [("he will remain on the job", "Volcker")]


def test_a_modified_head_speaks_not_the_names_in_its_modifier() -> None:
    commission = (
        "COLOMBO, June 18 - A commission set up to unravel the affairs of debt-ridden Air Lanka says the "
        "airline amassed losses of 265 mln dlrs."
    )
    official = (
        "One official attending the Washington talks with Brazilian Finance Minister Dilson Funaro said the "
        "talks went well."
    )
    group = (
        "WASHINGTON, March 18 - A shareholder group led by Far Hills, N.J., investor Natalie Koether said it "
        "is reconsidering its plan to seek control of Computer Memories Inc."
    )
    assert said(commission) == [
        (
            "the airline amassed losses of 265 mln dlrs",
            "a commission set up to unravel the affairs of debt-ridden Air Lanka",
        )
    ]
    assert said(official) == [
        (
            "the talks went well",
            "one official attending the Washington talks with Brazilian Finance Minister Dilson Funaro",
        )
    ]
    assert said(group) == [
        ("it is reconsidering its plan to seek control of Computer Memories Inc", "a shareholder group")
    ]


def test_a_province_is_no_person_with_a_title() -> None:
    body = (
        "The Ontario and New Brunswick utilities said they are objecting to the sale. New Brunswick said it "
        "is also concerned that Hydro-Quebec is taking all the export markets."
    )
    assert said(body) == [("they are objecting to the sale", "New Brunswick utilities")]


def test_a_unit_described_by_its_owner_is_the_company_the_article_is_about() -> None:
    shell = (
        "NEW YORK, MARCH 9 - Shell Canada, a wholly owned subsidiary of the Royal Dutch/Shell Group <RD> said "
        "that it raised crude oil prices.\n\nLight sour crudes were raised to 19.95 dlrs a barrel, the company said."
    )
    bell = (
        "OTTAWA, June 29 - Bell Canada, owned by Bell Canada Enterprises Inc, said it will reduce long distance "
        "rates.\n\nThe company said it does not expect any change to net revenues."
    )
    assert said(shell) == [
        ("that it raised crude oil prices", "Shell Canada"),
        ("Light sour crudes were raised to 19.95 dlrs a barrel", "Shell Canada"),
    ]
    assert said(bell) == [
        ("it will reduce long distance rates", "Bell Canada"),
        ("it does not expect any change to net revenues", "Bell Canada"),
    ]


def test_an_outlet_relaying_a_named_speaker_gives_way_to_the_speaker() -> None:
    pa = (
        "LONDON, April 9 - Guinness sued its director Thomas Ward.\n\nWard said Guinness had made a transparent "
        "attempt to belittle his services, the PA reported."
    )
    kcna = (
        "TOKYO, April 9 - Prime Minister Li Gun-mo told the Supreme People's Assembly that North Korea intends "
        "to increase trade, according to the North Korean Central News Agency."
    )
    assert said(pa) == [("Guinness had made a transparent attempt to belittle his services", "Thomas Ward")]
    assert said(kcna) == [("that North Korea intends to increase trade", "Li Gun-mo")]
    # A person relaying keeps the statement: the relay is his account (tests/test_stmts11.py)
    assert said("Reuters reported that the talks had failed.") == [("that the talks had failed", "Reuters")]


def test_a_man_of_the_firm_named_after_him_is_the_man() -> None:
    body = (
        "HOUSTON, March 26 - Oil men met.\n\nJ.C. Walter of <Walter Oil and Gas Corp>, said the recent rise in "
        "oil prices was not enough.\n\nCheap rig rates have held finding costs down, Walter said."
    )
    assert said(body) == [
        ("the recent rise in oil prices was not enough", "J.C. Walter"),
        ("Cheap rig rates have held finding costs down", "J.C. Walter"),
    ]
    assert said("Jim Brown of Acme Oil and Gas Corp said the deal was off.") == [
        ("the deal was off", "Jim Brown")
    ]


def test_a_firms_name_with_a_foreign_and_is_whole() -> None:
    westbank = "FRANKFURT, March 3 - Vereins- und Westbank AG said it raised its dividend."
    assert said(westbank) == [("it raised its dividend", "Vereins- und Westbank AG")]
    # an English "and" joins two bodies
    assert said("Reuters and NBC News reported that the talks had failed.") == [
        ("that the talks had failed", "NBC News")
    ]
    body = (
        "AMSTERDAM, April 13 - Bank Mees en Hope NV said it launched the second tranche of a paper program."
    )
    assert said(body) == [("it launched the second tranche of a paper program", "Bank Mees en Hope NV")]


def test_verbs_in_senses_that_report_no_words() -> None:
    assert (
        said("Barnett Banks of Florida Inc called for redemption of all shares of its preferred stock.") == []
    )
    assert said("Datacopy will supply technical support and respond to customer orders within 30 days.") == []
    assert (
        said(
            "The vaccine, called Engerix-B, has been approved in several other countries, including Belgium."
        )
        == []
    )
    assert said(
        "The airline will also add two turboprop aircraft to its fleet in June, the agency said."
    ) == [("The airline will also add two turboprop aircraft to its fleet in June", "the agency")]
    # A demand stays one; so does a response in words.
    assert said("The ministers called for more aid from the banks, the ministry said.") == [
        ("The ministers called for more aid from the banks", "the ministry")
    ]
    assert said("The union responded that the offer was too low.") == [
        ("that the offer was too low", "the union")
    ]


def test_a_question_left_open_is_no_statement() -> None:
    assert (
        said("However, he did not say in his speech to the council if the forecast had been revised.") == []
    )
    assert said("He did not say the plan would fail, but he said it was costly.") == [
        ("the plan would fail", None),
        ("it was costly", None),
    ]


def test_a_publications_name_after_the_cue_is_no_content() -> None:
    body = "Consumer spending will not offset the decline in export growth, Pierson said in its February economic outlook."
    assert said(body) == [("Consumer spending will not offset the decline in export growth", "Pierson")]


def test_a_wire_headlines_source_after_the_colon_is_no_content() -> None:
    title = "ANTIBIOTICS IN FEED AID DEADLY BACTERIA: STUDY"
    body = f"{title}\n\nLONDON, March 3 - Antibiotics in feed help bacteria, a study said."
    assert said(body, title) == [("Antibiotics in feed help bacteria", "a study")]


def test_a_surname_read_as_an_acronym_is_the_man_named_in_full() -> None:
    body = (
        'TORONTO, March 31 - "Gold is a hedge," said John Ing at Maison Placements Canada Inc.\n\n'
        "Ing predicts gold will peak at 510 dlrs this year."
    )
    assert said(body) == [
        ('"Gold is a hedge,"', "John Ing"),
        ("gold will peak at 510 dlrs this year", "John Ing"),
    ]
    firm = (
        "AMSTERDAM, March 31 - ING said it would buy the bank.\n\nThe deal is worth 5 bln guilders, ING said."
    )
    assert said(firm) == [("it would buy the bank", "ING"), ("The deal is worth 5 bln guilders", "ING")]


def test_a_source_relaying_a_named_speakers_telling_gives_way_to_the_speaker() -> None:
    body = (
        "According to Hirabayashi, Prime Minister Yasuhiro Nakasone told his fellow ministers that Japan must "
        "follow the direction set out by Maekawa and urged them to make efforts to achieve it."
    )
    assert said(body) == [
        ("that Japan must follow the direction set out by Maekawa", "Yasuhiro Nakasone"),
        ("them to make efforts to achieve it", "Yasuhiro Nakasone"),
    ]
    interview = "Tanjug said in the interview Mikulic warned the army could be called in if the system was threatened."
    assert said(interview) == [("the army could be called in if the system was threatened", "Mikulic")]


def test_the_guards_of_these_rules() -> None:
    # a firm named after a man with initials is the firm when its whole name opens with his
    donnelly = (
        "CHICAGO, March 3 - R.R. Donnelly and Sons Co said it bought a cable system.\n\n"
        "R.R. Donnelly said it expects the deal to close in about 120 days."
    )
    assert [actor for _, actor in said(donnelly)] == [
        "R.R. Donnelly and Sons Co",
        "R.R. Donnelly and Sons Co",
    ]
    # a participle aside with a list: the one sitting with the others speaks
    hale = "Lady Hale, sitting with Lords Bingham, Steyn, Hope and Carswell, said many Roma had good reason to leave."
    assert said(hale) == [("many Roma had good reason to leave", "Lady Hale")]
    # a modified head followed by a clause of its own is no speaker
    hoechst = (
        "Hoechst said it plans to offer notes.\n\n"
        "A group led by First Boston Corp will underwrite the offering, the company said."
    )
    assert [actor for _, actor in said(hoechst)] == ["Hoechst", "Hoechst"]


def test_what_stays_a_statement_beside_these_rules() -> None:
    # an organisation's announcement reported by a channel stays the channel's report too
    cnn = (
        "The Trump campaign said the candidate will be attending events in Kansas on Saturday, CNN reported."
    )
    assert said(cnn) == [
        ("The Trump campaign said the candidate will be attending events in Kansas on Saturday", "CNN"),
        ("the candidate will be attending events in Kansas on Saturday", "Trump campaign"),
    ]
    # a response to words is a statement; a patient's response to treatment is none
    assert said("Carson responded to Trump's rant by calling it childish.") == [
        ("to Trump's rant by calling it childish", "Carson")
    ]
    assert said("The patients responded to treatment with the new drug, the company said.") == [
        ("The patients responded to treatment with the new drug", "the company")
    ]
