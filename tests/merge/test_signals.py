"""The signals the merger compares across languages (newsline.similarity, newsline.bilingual,
newsline.event_signals), on sentences of our own."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from eventkit import event, group_of, slugs

from newsline.event_signals import event_signals
from newsline.merge import merge_events
from newsline.similarity import signals, word_key


def shared(german: str, english: str) -> set[str]:
    return set(signals(german).keys & signals(english).keys)


def test_places_and_institutions_meet_their_other_language_names():
    assert "~white-house" in shared("Sie trafen sich im Weißen Haus.", "They met at the White House.")
    assert "~house" in shared("Das Repräsentantenhaus stimmte ab.",
                              "The House of Representatives voted.")
    assert "~state-department" in shared("Das US-Außenministerium teilte mit.",
                                         "The State Department said so.")
    assert {"~germany", "~france"} <= shared("Deutschland und Frankreich folgten.",
                                             "Germany and France followed.")
    assert "~uk" in shared("Großbritannien war das erste Land.", "Britain was the first.")
    assert "~g7" in shared("Die G7-Staaten einigten sich.", "The Group of Seven agreed.")
    assert "~warsaw" in shared("Das Treffen fand in Warschau statt.", "They met in Warsaw.")


def test_political_verbs_meet_across_languages_and_inflections():
    assert "~sign" in shared("Biden hat das Gesetz unterzeichnet.", "Biden signed the bill.")
    assert "~sign" in shared("Biden unterschrieb das Gesetz.", "The signing took an hour.")
    assert "~approve" in shared("Der Senat hat das Paket gebilligt.", "The Senate approved it.")
    assert {"~receive", "~white-house"} <= shared("Biden empfing Selenskyj im Weißen Haus.",
                                                  "Biden welcomed Zelensky to the White House.")


def test_a_german_compound_counts_for_its_parts_and_itself():
    keys = signals("Das Hilfspaket und das Sicherheitsabkommen").keys
    assert {"~aid", "~package", "~agreement"} <= keys
    assert "hilfspaket" in keys  # the compound still meets itself best


def test_country_acronyms_are_not_pronouns():
    assert "~us" in signals("The US Senate voted.").keys
    assert "~us" not in signals("He told us about it.").keys


def test_vote_tallies_and_number_words_are_numbers_in_either_language():
    assert {"#79", "#18"} <= shared("mit 79 zu 18 Stimmen", "by 79 votes to 18")
    assert {"#79", "#18"} <= shared("mit 79 zu 18 Stimmen", "a 79-18 vote")
    assert "#10" in shared("Das Abkommen gilt zehn Jahre.", "The pact runs for ten years.")


def test_words_outside_the_dates_clause_weigh_less():
    text = "Der Senat stimmte am Dienstag zu, das Repräsentantenhaus am Samstag."
    tuesday = text.index("am Dienstag")
    saturday = text.index("am Samstag")
    own_tuesday = signals(text, marks=((tuesday, tuesday + 11, True),
                                       (saturday, saturday + 10, False)))
    assert own_tuesday.factor("~senate") == 1.0
    assert own_tuesday.factor("~house") < own_tuesday.factor("~senate")
    alone = signals("Die Abgeordneten stimmten am Dienstag zu, wie die Zeitung berichtete.",
                    marks=((27, 38, True),))
    assert alone.factor("~lawmakers") == 1.0 and alone.factor(word_key("Zeitung")) < 1.0


def test_each_date_of_a_two_date_sentence_merges_with_its_own_happening():
    sentence = ("Der Senat hatte dem Gesetz am Dienstag mit 79 zu 18 Stimmen zugestimmt, das "
                "Repräsentantenhaus am Samstag.")
    tuesday = event("kurier-gesetz", sentence, "am Dienstag", "2024-04-23", lang="de")
    saturday = event("kurier-gesetz", sentence, "am Samstag", "2024-04-20", lang="de")
    senate = event("wire-senate", "The Senate passed the bill on Tuesday by 79 votes to 18.",
                   "on Tuesday", "2024-04-23")
    house = event("wire-house", "The House of Representatives passed the bill on Saturday "
                  "after months of delay.", "on Saturday", "2024-04-20")
    events = [tuesday, saturday, senate, house]
    sigs = dict(zip((e.id for e in events), event_signals(events)))
    assert sigs[saturday.id].factor("~house") == 1.0
    assert sigs[saturday.id].factor("~senate") < 1.0
    merged = merge_events(events)
    assert slugs(group_of(merged, senate)) == ["kurier-gesetz", "wire-senate"]
    assert group_of(merged, senate) is not group_of(merged, house)
    assert slugs(group_of(merged, house)) == ["kurier-gesetz", "wire-house"]


def test_a_date_the_text_does_not_show_is_placed_where_its_span_lies():
    # The date stands in a link's address, which the plain sentence text leaves out.
    text = "Congress cleared the aid in April, and the details are in our report on the signing."
    linked = event("desk-explainer", text, "April", "2024-04-01", "2024-04-30", "month")
    mention = linked.sources[0]
    body_length = len(text) + 60  # the Markdown sentence, with the link's address
    hidden = replace(mention, expression="2024-04-24",
                     span=(body_length - 20, body_length - 10),
                     sentence_span=(0, body_length), value="2024-04-24")
    url_event = replace(linked, id="url", sources=[hidden], start=date(2024, 4, 24),
                        end=date(2024, 4, 24), granularity="day")
    (month_sig, url_sig) = event_signals([linked, url_event])
    assert url_sig.factor("~sign") == 1.0  # its clause: the report on the signing
    assert url_sig.factor("~congress") < 1.0  # the clause of the sentence's other date
    assert month_sig.factor("~congress") == 1.0


def test_digits_that_are_no_decimals_are_no_numbers():
    # "²" and "①" pass str.isdigit but no number pattern reads them
    keys = signals("Die Halle misst 400 m² und ① Eingang.").keys
    assert "#400" in keys and not any("²" in k or "①" in k for k in keys)


def test_a_word_gives_the_same_keys_wherever_it_stands_and_however_often_it_was_read():
    """What a word gives on its own and the initial it lends a run of capitalised words are
    remembered per word (newsline.sentence_keys); a word that may open a phrase of the table
    still gives the phrase's concept only where the phrase follows."""
    from newsline import sentence_keys

    sentences = ["The White House agreed with White Rock Mining.",
                 "White Rock Mining met the mayor in the White House.",
                 "Die Firma White Rock Mining traf sich im Weißen Haus mit Kongress-Vertretern."]
    first = [signals(s) for s in sentences]
    again = [signals(s) for s in reversed(sentences)][::-1]
    sentence_keys._token_info.cache_clear()
    cold = [signals(s) for s in reversed(sentences)][::-1]
    assert first == again == cold
    assert all("~white-house" in s.keys for s in first)
    assert "vrm" in first[0].keys and "vrm" in first[1].keys  # the firm's initials, folded
    assert word_key("white") in first[0].keys  # "White" of the firm: no phrase follows


def test_a_clause_holding_an_own_and_another_date_weighs_fully():
    """Three clauses: the own date's words weigh 1, another happening's date's words least, the
    rest between; a clause holding both an own date and another one counts as the own one's, and
    a word in several clauses keeps its largest factor."""
    from newsline.sentence_keys import CONTEXT, SIBLING

    text = ("Die Werft legte am Montag den Kiel; die Reederei taufte am Freitag das Schiff, "
            "die Werft feierte am Sonntag und am Montag.")
    monday, friday = text.index("am Montag"), text.index("am Freitag")
    sunday, last = text.index("am Sonntag"), text.rindex("am Montag")
    sibling_only = signals(text, marks=((monday, monday + 9, True),
                                        (friday, friday + 10, False)))
    assert sibling_only.factor(word_key("Kiel")) == 1.0
    assert sibling_only.factor(word_key("Reederei")) == SIBLING
    assert sibling_only.factor(word_key("feierte")) == CONTEXT
    assert sibling_only.factor(word_key("Werft")) == 1.0  # also in the own clause
    both = signals(text, marks=((friday, friday + 10, True), (sunday, sunday + 10, False),
                                (last, last + 9, True)))
    assert both.factor(word_key("feierte")) == 1.0  # own and other date in one clause
    assert both.factor(word_key("Reederei")) == 1.0
    assert both.factor(word_key("Kiel")) == CONTEXT
