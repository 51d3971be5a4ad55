"""Statements given to the wrong actor on wire news (session 11): deeds reported inside someone else's
words, wire-digest items after a cue, and the antecedents of pronouns and company references."""

from __future__ import annotations

from newsdesk.index.language.quotes import extract_statements
from newsdesk.index.model import Article


def said(body: str) -> list[tuple[str, str | None]]:
    """(quote, actor) for every statement of an untitled article with this body."""
    return [(s.quote, s.actor) for s in extract_statements(Article(key="k", path="k", title="", body=body))]


def test_a_deed_reported_inside_the_sources_words_is_theirs_alone() -> None:
    body = (
        "KANSAS CITY, April 7 - Jordan has boosted its bids, private export sources said.\n\n"
        "Jordan today bid 74 dlrs per tonne. Earlier today, USDA rejected its bids of 70 dlrs for both "
        "varieties, they said."
    )
    assert said(body) == [
        ("Jordan has boosted its bids", "private export sources"),
        ("Earlier today, USDA rejected its bids of 70 dlrs for both varieties", "private export sources"),
    ]


def test_a_report_named_inside_the_officials_words_is_no_speaker() -> None:
    body = (
        "Officials said the cabinet met on Monday. An expected improvement in the economy predicted by an "
        "Organisation for Economic Cooperation and Development report was a major factor in the decision, "
        "they said."
    )
    assert [actor for _, actor in said(body)] == ["officials", "officials"]


def test_a_speech_verb_inside_someone_elses_words_still_speaks() -> None:
    body = "Hillary Clinton told aides that she would run again, Robby Mook said."
    assert said(body) == [
        ("Hillary Clinton told aides that she would run again", "Robby Mook"),
        ("that she would run again", "Hillary Clinton"),
    ]


def test_a_wire_digests_next_item_after_the_cue_is_not_the_speakers() -> None:
    body = (
        "Market talk and comment - The CCC accepted a bonus offer on wheat to Iraq, the USDA said..."
        "Japan was rumored to be tendering tomorrow for wheat..."
    )
    assert said(body) == [
        (
            "Market talk and comment - The CCC accepted a bonus offer on wheat to Iraq",
            "US Department of Agriculture",
        )
    ]


def test_an_ellipsis_then_lower_case_words_stays_the_speakers() -> None:
    assert said("He said... well, nothing at all happened there.") == [
        ("... well, nothing at all happened there", None)
    ]


def test_sources_close_to_a_body_are_not_the_body() -> None:
    body = (
        "The Coffee Marketing Board said prices fell. Uganda earns 400 mln dlrs from coffee, according to "
        "sources close to the Coffee Marketing Board."
    )
    assert said(body)[1] == (
        "Uganda earns 400 mln dlrs from coffee",
        "sources close to the Coffee Marketing Board",
    )


def test_a_spokesman_for_a_body_still_speaks_for_it() -> None:
    body = "Prices fell, a spokesman for the Coffee Marketing Board said."
    [s] = extract_statements(Article(key="k", path="k", title="", body=body))
    assert (s.actor, s.actor_kind, s.affiliation) == (
        "a spokesman for the Coffee Marketing Board",
        "unnamed",
        "Coffee Marketing Board",
    )


def test_figures_received_by_a_body_are_not_its_words() -> None:
    body = (
        "LONDON, March 24 - Soviet sugar imports were significantly higher, according to figures received "
        "by the International Sugar Organization."
    )
    assert said(body) == [("Soviet sugar imports were significantly higher", None)]


def test_a_given_name_then_a_countrys_name_is_a_person_and_so_is_the_surname_alone() -> None:
    body = (
        "Alastair France, of London brokers Alexanders, Laing & Cruickshank, said his calculations showed a "
        "rise. France said Deutsche should report a profit."
    )
    assert [actor for _, actor in said(body)] == ["Alastair France", "Alastair France"]


def test_a_countrys_name_alone_stays_the_country() -> None:
    assert said("France said prices would rise. The French minister Alain Juppe said so.")[0] == (
        "prices would rise",
        "France",
    )


def test_he_after_one_described_by_what_he_does_is_that_one_not_the_last_name() -> None:
    body = (
        'Anyone would have paled, Hormats said. "Volcker had the status of a demigod," he said.\n\n'
        "One veteran debt rescheduler said Volcker deserves credit for keeping the banking system intact.\n\n"
        '"If it had not been for him, the world would look different now," he said.'
    )
    assert [actor for _, actor in said(body)][-1] == "one veteran debt rescheduler"


def test_he_after_a_firm_described_by_what_it_does_is_still_the_last_person() -> None:
    body = (
        'Prices will rise, Smith said.\n\nOne major exporter said the bid was low.\n\n"We will see," he said.'
    )
    assert [actor for _, actor in said(body)][-1] == "Smith"


def test_it_opening_a_sentence_continues_the_body_the_silent_sentence_before_opened_with() -> None:
    body = (
        "Texaco Inc said it filed a petition. Yesterday the U.S. Supreme Court struck down a ruling which "
        "had cut the bond. It said the issue should be considered in Texas."
    )
    assert [actor for _, actor in said(body)] == ["Texaco Inc", "US Supreme Court"]
    body = (
        "American Express said it was subpoenaed. In documents filed on Jefferies yesterday, the SEC did "
        'not identify who was involved. It said "a certain issuer" offered shares.'
    )
    assert [actor for _, actor in said(body)] == ["American Express", "Securities and Exchange Commission"]


def test_it_after_a_sentence_about_another_firm_stays_the_firm_that_spoke() -> None:
    body = "XYZ Corp said it would buy ABC Inc. ABC Inc makes valves in Ohio. It said the deal was worth 10 mln dlrs."
    assert [actor for _, actor in said(body)] == ["XYZ Corp", "XYZ Corp"]


def test_a_family_name_written_first_is_an_antecedent_when_written_alone() -> None:
    body = (
        "Vice-Premier Yao Yilin said the reshuffle was over. Li Peng said the lesson was clear.\n\n"
        '"We do not reject the planned economy," Li said.\n\n'
        "On Taiwan, Yao repeated Chinese policy of not ruling out force, but did not repeat an official "
        'statement. "As for reunification, it is our hope," he said.'
    )
    assert [actor for _, actor in said(body)][-1] == "Yao Yilin"


def test_a_short_form_the_articles_company_opens_is_that_company_not_the_gazetteers() -> None:
    body = (
        "NEW YORK, March 20 - Pan Am Corp said its largest division will report a loss.\n\n"
        "Pan Am also said its principal subsidiary, Pan American World Airways, had a 1986 net loss."
    )
    assert [actor for _, actor in said(body)] == ["Pan Am Corp", "Pan Am Corp"]
    assert said("Pan Am said it would cut fares.") == [("it would cut fares", "Pan American World Airways")]


def test_a_subsidiary_named_with_a_hyphen_is_a_company_and_the_company_after_it() -> None:
    body = (
        "PARIS, April 7 - Jeumont-Schneider, a subsidiary of Schneider SA <SCHN.PA>, announced in a statement "
        "the creation of a Canadian subsidiary.\n\n"
        "The company also said it had signed a distribution agreement with <Beel Electronics>."
    )
    stmts = extract_statements(Article(key="k", path="k", title="", body=body))
    assert [(s.actor, s.actor_kind) for s in stmts] == [
        ("Jeumont-Schneider", "organisation"),
        ("Jeumont-Schneider", "organisation"),
    ]


def test_a_sentence_adverb_before_the_cue_is_no_part_of_the_speaker() -> None:
    assert said("Chrysler further said it is offering special 500 dlr checks to patrons.") == [
        ("it is offering special 500 dlr checks to patrons", "Chrysler")
    ]


def test_a_name_ending_as_only_firms_end_is_a_company_and_the_company_after_it() -> None:
    body = (
        "LOS ANGELES, April 9 - Cannon International said <Viva Films International> agreed to distribute "
        "Cannon films in the Philippines.\n\nThe company said the agreement covers video distribution."
    )
    stmts = extract_statements(Article(key="k", path="k", title="", body=body))
    assert [(s.actor, s.actor_kind) for s in stmts] == [
        ("Cannon International", "organisation"),
        ("Cannon International", "organisation"),
    ]
    assert [
        (s.actor, s.actor_kind)
        for s in extract_statements(
            Article(key="k", path="k", title="", body="John Systems said he would stay.")
        )
    ] == [("John Systems", "person")]


def test_a_deed_inside_words_the_cue_opens_is_the_speakers_too() -> None:
    body = "The company said the settlement with Wyman called for his employment to continue through 1986."
    assert said(body) == [
        ("the settlement with Wyman called for his employment to continue through 1986", "the company")
    ]


def test_the_bank_capitalised_is_the_last_bank_named_not_a_commercial_bank_that_spoke() -> None:
    body = (
        "Amro bank said rates rose. Following the cuts, the Dutch Central Bank did not lower its rates.\n\n"
        "The Bank said it lowered the rate with the largest impact on the money market."
    )
    assert [actor for _, actor in said(body)] == ["Amro bank", "De Nederlandsche Bank"]
    body = (
        "The Securities and Exchange Commission said it would act. Analysts said prices fell. "
        "The Commission said it was studying the case. Bills matured in January. The Bank of Japan said it "
        "bought bills. The Bank said the shortage was large."
    )
    assert [actor for _, actor in said(body)] == [
        "Securities and Exchange Commission",
        "analysts",
        "Securities and Exchange Commission",
        "Bank of Japan",
        "Bank of Japan",
    ]


def test_the_bank_in_lower_case_is_still_the_bank_that_spoke() -> None:
    assert [actor for _, actor in said("Amro bank said rates rose. The bank said it was cautious.")] == [
        "Amro bank",
        "Amro bank",
    ]


def test_it_after_a_hyphenated_firm_opening_the_sentence_before_is_that_firm() -> None:
    body = (
        "Stocks fell, analyst John Ing said.\n\n"
        "Consolidated-Bathurst firmed 1/8 to 21-1/8. It said it expects the improvement in the pulp sector "
        "to continue this year."
    )
    assert [actor for _, actor in said(body)] == ["John Ing", "Consolidated-Bathurst"]


def test_a_capitalised_head_is_never_the_front_of_a_longer_name() -> None:
    body = (
        "The New York Stock Exchange said trading was suspended. The Securities and Exchange Commission "
        "said it would act. The Exchange said it normally removes such securities."
    )
    assert [actor for _, actor in said(body)][-1] == "New York Stock Exchange"
    body = "The Conference Board said confidence improved. The Board said the gain reflected optimism."
    assert [actor for _, actor in said(body)][-1] == "Conference Board"


def test_a_firm_the_scan_took_for_a_person_lends_no_first_word_to_a_later_speaker() -> None:
    body = (
        "FRANKFURT, June 29 - Degussa AG <DGSG.F> said it planned a rights issue.\n\n"
        "Degussa said the issue would raise 61 mln marks."
    )
    stmts = extract_statements(Article(key="k", path="k", title="", body=body))
    assert [(s.actor, s.actor_kind) for s in stmts] == [
        ("Degussa AG", "organisation"),
        ("Degussa AG", "organisation"),
    ]
