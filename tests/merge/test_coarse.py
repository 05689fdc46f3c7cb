"""Coarse reports (a week, a month) joining the day a happening took place (newsline.merge,
stage 2), on sentences of our own."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from eventkit import event, group_of, slugs

from newsline.merge import DEFAULT, merge_events

# Pairs of different precision never clear this bar, so only stage 2 can join them.
PAIRS_SAME_PRECISION_ONLY = replace(DEFAULT, per_doubling=1.0)

WEEK = ("2024-04-22", "2024-04-28", "week")

SENATE_EN = event("wire-senate", "The Senate approved the bill on Tuesday by 79 votes to 18.",
                  "on Tuesday", "2024-04-23", published="2024-04-24")
SENATE_DE = event("kurier-senat", "Der Senat stimmte dem Gesetz am Dienstag mit 79 zu 18 Stimmen "
                  "zu.", "am Dienstag", "2024-04-23", lang="de", published="2024-04-24")
SIGNING_EN = event("wire-signing", "President Biden signed the aid package into law on Wednesday.",
                   "on Wednesday", "2024-04-24", published="2024-04-24")
SIGNING_DE = event("kurier-unterschrift", "Präsident Biden hat das Hilfspaket am Mittwoch "
                   "unterzeichnet.", "am Mittwoch", "2024-04-24", lang="de",
                   published="2024-04-25")
CONGRESS_DE = event("blatt-kongress", "Der Kongress in Washington hat vergangene Woche nach "
                    "langem Streit ein Hilfspaket für die Ukraine gebilligt.", "vergangene Woche",
                    *WEEK, lang="de", published="2024-04-30")
CONGRESS_EN = event("wire-congress", "Congress approved a $61 billion aid package for Ukraine "
                    "last week after a long fight.", "last week", *WEEK, published="2024-04-30")
DAYS = [SENATE_EN, SENATE_DE, SIGNING_EN, SIGNING_DE]


def test_week_reports_of_a_vote_join_the_day_of_the_vote_in_both_languages():
    merged = merge_events(DAYS + [CONGRESS_DE, CONGRESS_EN])
    vote = group_of(merged, CONGRESS_DE)
    assert slugs(vote) == ["blatt-kongress", "kurier-senat", "wire-congress", "wire-senate"]
    assert (vote.start, vote.end, vote.granularity) == (date(2024, 4, 23), date(2024, 4, 23), "day")
    assert {m.lang for m in vote.sources} == {"de", "en"}
    assert vote.date_note is None  # the day lies inside the week
    assert slugs(group_of(merged, SIGNING_EN)) == ["kurier-unterschrift", "wire-signing"]


def test_a_planned_vote_next_week_joins_the_vote_when_it_happened():
    planned = event("blatt-vorschau", "Der Senat soll nächste Woche über das Gesetz abstimmen.",
                    "nächste Woche", *WEEK, lang="de", published="2024-04-21")
    merged = merge_events(DAYS + [planned])
    assert slugs(group_of(merged, planned)) == ["blatt-vorschau", "kurier-senat", "wire-senate"]


def test_a_week_report_that_fits_two_days_equally_stays_on_its_own():
    monday = event("wire-arms-a", "Ukraine received new air defence systems from Germany on "
                   "Monday.", "on Monday", "2024-04-22")
    thursday = event("wire-arms-b", "Ukraine received new air defence systems from France on "
                     "Thursday.", "on Thursday", "2024-04-25")
    vague = event("blatt-waffen", "Die Ukraine hat vergangene Woche neue Luftabwehrsysteme "
                  "erhalten.", "vergangene Woche", *WEEK, lang="de", published="2024-04-30")
    merged = merge_events([monday, thursday, vague])
    assert slugs(group_of(merged, vague)) == ["blatt-waffen"]
    assert len(merged) == 3


def test_a_month_joins_a_day_only_when_it_says_what_the_day_reports_say():
    pledge_de = event("blatt-gipfel", "Die G7-Staaten haben der Ukraine am Mittwoch in Vilnius "
                      "langfristige Sicherheitszusagen gemacht.", "am Mittwoch", "2023-07-12",
                      lang="de", published="2023-07-12")
    pledge_en = event("wire-summit", "The Group of Seven pledged long-term security commitments "
                      "to Ukraine in Vilnius yesterday.", "yesterday", "2023-07-12",
                      published="2023-07-13")
    month = ("2023-07-01", "2023-07-31", "month")
    recalled = event("desk-background", "In July, the G7 pledged in Vilnius to give Ukraine "
                     "long-term security commitments.", "In July", *month,
                     published="2023-09-21")
    loose = event("desk-weapons", "In July, Ukraine received more artillery shells.", "In July",
                  *month, published="2023-09-21")
    for settings in (DEFAULT, PAIRS_SAME_PRECISION_ONLY):
        merged = merge_events([pledge_de, pledge_en, recalled, loose], settings)
        pledge = group_of(merged, pledge_de)
        assert slugs(pledge) == ["blatt-gipfel", "desk-background", "wire-summit"]
        assert (pledge.start, pledge.granularity) == (date(2023, 7, 12), "day")
        assert slugs(group_of(merged, loose)) == ["desk-weapons"]


APPROVAL_DE = event("blatt-kongress", "Der Kongress hat dem Gesetz vergangene Woche zugestimmt.",
                    "vergangene Woche", *WEEK, lang="de", published="2024-04-30")
APPROVAL_EN = event("wire-congress", "Congress approved the bill last week.", "last week", *WEEK,
                    published="2024-04-30")


def test_stage_two_joins_a_week_group_to_the_day_its_reports_agree_with():
    events = DAYS + [APPROVAL_DE, APPROVAL_EN]
    merged = merge_events(events, PAIRS_SAME_PRECISION_ONLY)
    vote = group_of(merged, APPROVAL_EN)
    assert slugs(vote) == ["blatt-kongress", "kurier-senat", "wire-congress", "wire-senate"]
    assert vote.start == date(2024, 4, 23)
    # Without stage 2 (an unreachable attach bar) the week reports stay a group of their own.
    apart = merge_events(events, replace(PAIRS_SAME_PRECISION_ONLY, attach_per_doubling=9.0))
    assert slugs(group_of(apart, APPROVAL_EN)) == ["blatt-kongress", "wire-congress"]


def test_stage_two_leaves_a_week_group_alone_when_two_days_fit_about_as_well():
    # Both the vote and the signing deal with "the bill"; demanding a lead no candidate can
    # have shows the runner-up rule at work.
    events = DAYS + [APPROVAL_DE, APPROVAL_EN]
    unsure = replace(PAIRS_SAME_PRECISION_ONLY, attach_lead=1.0)
    assert slugs(group_of(merge_events(events, unsure), APPROVAL_EN)) == \
        ["blatt-kongress", "wire-congress"]
