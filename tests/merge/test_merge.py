"""Cross-article, cross-language merging of events (newsline.merge) on sentences of our own."""

from __future__ import annotations

import math
import random
from datetime import date

from eventkit import event, group_of, slugs

from newsline.merge import DEFAULT, merge_events
from newsline.similarity import key_similarity, signals, word_key

SENATE_DE = event(
    "tagesblatt-senat",
    "Der US-Senat hat vergangene Woche das Hilfspaket über 61 Milliarden Dollar für die Ukraine "
    "gebilligt; Präsident Selenskyj dankte dem Kongress.",
    "vergangene Woche", "2024-04-22", "2024-04-28", "week", lang="de", published="2024-04-29",
)
SENATE_EN = event(
    "wire-senate",
    "On Tuesday the US Senate passed the $61bn aid package for Ukraine, and President Zelensky "
    "thanked Congress.",
    "On Tuesday", "2024-04-23", published="2024-04-24",
)
POWER_CUT = event(
    "wire-power", "A power cut hit Kharkiv on Tuesday after a missile strike on a substation.",
    "on Tuesday", "2024-04-23", published="2024-04-24",
)
WARM_WEEK = event(
    "tagesblatt-wetter", "In Kiew war es vergangene Woche ungewöhnlich warm.",
    "vergangene Woche", "2024-04-22", "2024-04-28", "week", lang="de",
)
BASE = [SENATE_DE, SENATE_EN, POWER_CUT, WARM_WEEK]


def test_week_and_day_reports_of_the_senate_vote_merge_and_carry_the_day():
    merged = merge_events(BASE)
    vote = group_of(merged, SENATE_DE)
    assert slugs(vote) == ["tagesblatt-senat", "wire-senate"]
    assert (vote.start, vote.end, vote.granularity) == (date(2024, 4, 23), date(2024, 4, 23), "day")
    assert vote.text == SENATE_EN.text  # the most precise member's words
    assert vote.date_note is None  # the day lies inside the week: no disagreement
    assert vote.id == min(SENATE_DE.id, SENATE_EN.id)
    assert len(merged) == 3


def test_unrelated_events_of_the_same_day_stay_apart():
    merged = merge_events(BASE)
    assert slugs(group_of(merged, POWER_CUT)) == ["wire-power"]
    assert slugs(group_of(merged, WARM_WEEK)) == ["tagesblatt-wetter"]
    rates = event("wire-rates", "On Tuesday the central bank raised its key rate to 4.5 percent.",
                  "On Tuesday", "2024-04-23")
    flood = event("courier-flood", "Heavy rain flooded the old town of Valencia on Tuesday.",
                  "on Tuesday", "2024-04-23")
    assert len(merge_events([rates, flood])) == 2


def test_disagreeing_dates_merge_with_a_note():
    en = event("wire-koussa", "Libyan foreign minister Moussa Koussa flew to London on 30 March "
               "and resigned, the Foreign Office said.", "on 30 March", "2011-03-30",
               source="Wire", published="2011-03-31", topics=("libya",))
    de = event("tagesblatt-kussa", "Libyens Außenminister Mussa Kussa hat sich am 31. März nach "
               "London abgesetzt, wie das Foreign Office mitteilte.", "am 31. März", "2011-03-31",
               lang="de", source="Tagesblatt", published="2011-04-01", topics=("libyen",))
    merged = merge_events([en, de])
    assert len(merged) == 1
    (one,) = merged
    assert one.date_note == ("Sources disagree on the date: 2011-03-30 (Wire); "
                             "2011-03-31 (Tagesblatt)")
    assert one.topics == ("libya", "libyen")
    assert [m.slug for m in one.sources] == ["wire-koussa", "tagesblatt-kussa"]  # by publication


def test_dates_too_far_apart_never_merge():
    first = event("wire-a", "Moussa Koussa resigned in London.", "in London", "2011-03-30")
    later = event("wire-b", "Moussa Koussa resigned in London.", "in London", "2011-04-05")
    assert len(merge_events([first, later])) == 2


def test_result_does_not_depend_on_input_order_and_ids_are_stable():
    events = BASE + [
        event("courier-senate", "The Senate's 79-18 vote on Tuesday sends the Ukraine package "
              "to President Biden.", "on Tuesday", "2024-04-23", published="2024-04-24"),
    ]
    expected = merge_events(events)
    shuffled = list(events)
    for seed in range(5):
        random.Random(seed).shuffle(shuffled)
        again = merge_events(shuffled)
        assert [(e.id, e.start, e.text, slugs(e)) for e in again] == \
               [(e.id, e.start, e.text, slugs(e)) for e in expected]
    assert merge_events(list(reversed(events))) == expected
    vote = group_of(expected, SENATE_DE)
    assert slugs(vote) == ["courier-senate", "tagesblatt-senat", "wire-senate"]
    assert vote.id == min(e.id for e in events if e.sources[0] in vote.sources)


def test_name_variants_across_languages_match():
    pairs = [("Selenskyj", "Zelensky"), ("Kiew", "Kyiv"), ("Gaddafi", "Gadhafi"),
             ("Charkiw", "Kharkiv"), ("Kongress", "Congress"), ("Präsident", "President")]
    for german, english in pairs:
        assert key_similarity(word_key(german), word_key(english)) >= 0.8, (german, english)
    assert key_similarity(word_key("Kiew"), word_key("Kharkiv")) == 0
    de = event("tagesblatt-besuch", "Selenskyj besuchte am Freitag Charkiw und traf dort "
               "Bürgermeister Terechow.", "am Freitag", "2024-05-10", lang="de")
    en = event("wire-visit", "Zelensky visited Kharkiv on Friday and met mayor Terekhov.",
               "on Friday", "2024-05-10")
    assert len(merge_events([de, en])) == 1


def test_amounts_in_either_language_are_one_number():
    assert signals("61 Milliarden Dollar").keys & signals("$61bn").keys == {"#6.1e+10"}
    assert "#1.1e+03" in signals("1.100 Tote").keys & signals("1,100 dead").keys
    assert not signals("im Jahr 2024").keys  # a year is a date, not an amount


def test_two_dates_in_one_sentence_stay_two_events():
    sentence = "Das Parlament tagte am 3. Mai und erneut am 7. Mai über das Gesetz."
    may3 = event("tagesblatt-gesetz", sentence, "am 3. Mai", "2024-05-03", lang="de")
    may7 = event("tagesblatt-gesetz", sentence, "am 7. Mai", "2024-05-07", lang="de")
    also3 = event("tagesblatt-gesetz", sentence.replace("erneut", "wieder"), "am 3. Mai",
                  "2024-05-03", lang="de")
    assert len(merge_events([may3, may7, also3])) == 3


def test_a_year_does_not_swallow_day_events():
    year = event("review-2024", "2024 stand für die Ukraine ganz im Zeichen der US-Hilfe.",
                 "2024", "2024-01-01", "2024-12-31", "year", lang="de")
    days = [
        SENATE_EN,
        POWER_CUT,
        event("wire-grain", "Ukraine shipped record grain volumes from Odesa on 2 March.",
              "on 2 March", "2024-03-02"),
        event("courier-summit", "On 15 June Ukraine's allies met in Switzerland for a peace "
              "summit.", "On 15 June", "2024-06-15"),
    ]
    merged = merge_events([year, *days])
    assert slugs(group_of(merged, year)) == ["review-2024"]
    assert len(merged) == 5


def test_a_year_needs_far_more_in_common_than_a_day():
    text = "Ukraine and Poland signed a grain transit accord in Warsaw."
    german = "Die Ukraine und Polen unterzeichneten in Warschau ein Abkommen zum Getreidetransit."
    day_en = event("wire-grain", text + " on 9 May", "on 9 May", "2024-05-09")
    day_de = event("tagesblatt-getreide", german + " am 9. Mai", "am 9. Mai", "2024-05-09",
                   lang="de")
    # Shares the countries, not the signing: far from enough for a year.
    related = "Die Ukraine hat über Polen deutlich mehr Getreide ausgeführt"
    year_related = event("review-export", related + " im Jahr 2024.", "im Jahr 2024",
                         "2024-01-01", "2024-12-31", "year", lang="de")
    year_same = event("review-getreide", german.replace(" in Warschau", " 2024 in Warschau"),
                      "2024", "2024-01-01", "2024-12-31", "year", lang="de")
    assert len(merge_events([day_en, day_de])) == 1
    assert len(merge_events([day_en, day_de, year_related])) == 2
    # Saying all the day reports say, a year report joins them and the day stays the date.
    (one,) = merge_events([day_en, day_de, year_same])
    assert (one.start, one.end, one.granularity, one.date_note) == \
        (date(2024, 5, 9), date(2024, 5, 9), "day", None)


def test_merging_does_not_touch_its_input():
    before = [(e.id, list(e.sources), e.date_note) for e in BASE]
    merge_events(BASE)
    assert [(e.id, list(e.sources), e.date_note) for e in BASE] == before


def test_articles_without_a_shared_topic_need_more_in_common():
    from dataclasses import replace as changed

    from newsline.merge import DEFAULT, event_signals, pair_margin
    from newsline.similarity import Weights

    en = event("wire-linz", "The new bridge in Linz opened on Friday after four years of work.",
               "on Friday", "2024-05-10", topics=("city",))
    de = event("blatt-linz", "Die neue Brücke in Linz ist am Freitag eröffnet worden, sagte der "
               "Bürgermeister am Abend.", "am Freitag", "2024-05-10", lang="de", topics=("city",))
    elsewhere = changed(de, topics=("sport",))
    sigs = event_signals([en, de])
    weight = Weights(sigs)
    same = pair_margin(en, de, *sigs, weight)
    apart = pair_margin(en, elsewhere, *sigs, weight)
    assert 0 < same and abs((same - apart) - DEFAULT.no_shared_topic) < 1e-9
    assert len(merge_events([en, de])) == 1
    assert len(merge_events([en, elsewhere], changed(DEFAULT, no_shared_topic=same + 0.01))) == 2


def test_a_shared_year_is_weaker_evidence_than_a_shared_day_or_month():
    from dataclasses import replace as changed

    from newsline.merge import DEFAULT, event_signals, pair_margin
    from newsline.similarity import Weights

    en = event("wire-ferry", "The ferry between Rostock and Gedser carried a record number of "
               "lorries on 3 March.", "on 3 March", "2023-03-03")
    de = event("blatt-faehre", "Die Fähre zwischen Rostock und Gedser beförderte am 3. März so "
               "viele Lkw wie nie, sagte die Reederei.", "am 3. März", "2023-03-03", lang="de")
    sigs = event_signals([en, de])
    weight = Weights(sigs)

    def margin(start: str, end: str, settings=DEFAULT) -> float:
        a, b = (changed(e, start=date.fromisoformat(start), end=date.fromisoformat(end))
                for e in (en, de))
        return pair_margin(a, b, sigs[0], sigs[1], weight, settings)

    day, month, year = (margin("2023-03-03", "2023-03-03"), margin("2023-03-01", "2023-03-31"),
                        margin("2023-01-01", "2023-12-31"))
    assert day == month  # a shared month still costs nothing
    year_bar = DEFAULT.per_shared_doubling * math.log2(365 / DEFAULT.shared_free_days)
    assert abs((day - year) - year_bar) < 1e-12
    # A year and a day need what they needed before: only the finer side's length counts.
    days = (changed(en, start=date(2023, 1, 1), end=date(2023, 12, 31)), de)
    assert pair_margin(*days, sigs[0], sigs[1], weight) == pair_margin(
        *days, sigs[0], sigs[1], weight, changed(DEFAULT, per_shared_doubling=0.0))
    assert margin("2023-01-01", "2023-12-31", changed(DEFAULT, per_shared_doubling=0.0)) == day


def test_year_reports_sharing_only_common_words_stay_apart():
    """Two reports of one year that share only words much of the batch uses (a council phrase
    every report repeats) name no common happening; sharing a rare name they do."""
    from dataclasses import replace as changed

    phrase = "approved the harbour budget, the tram depot plan and the school repairs"
    towns = ["Aschau", "Birkholm", "Corwen", "Dellach", "Eberhof", "Falmstadt", "Gravik",
             "Hollerup", "Ilmsee", "Jarnow", "Kossel", "Lubrin"]
    filler = [event(f"daily{n}-a", f"The council of {town} {phrase} on Monday.", "on Monday",
                    f"2023-0{1 + n % 9}-1{n % 9}", topics=("city",))
              for n, town in enumerate(towns)]

    def yearly(slug, town):
        return event(slug, f"The council of {town} {phrase} in 2023.", "in 2023",
                     "2023-01-01", "2023-12-31", "year", topics=("city",))

    apart = [yearly("one-a", "Brenndorf"), yearly("two-a", "Kaltenbach")]
    same = [yearly("three-a", "Moorwik"), yearly("four-a", "Moorwik")]
    merged = merge_events(filler + apart + same)
    assert slugs(group_of(merged, apart[0])) == ["one-a"]  # only common words shared
    assert slugs(group_of(merged, same[0])) == ["four-a", "three-a"]  # a rare name shared
    everything_rare = changed(DEFAULT, distinct_min=10**6)
    merged = merge_events(filler + apart + same, everything_rare)
    # the similarity alone would merge them (and join them to days of other towns)
    assert {"one-a", "two-a"} <= set(slugs(group_of(merged, apart[0])))
