"""The acceptance rows and the common constructs in English, in sentences of our own."""

from datetime import date

import pytest

from tests.timex.helpers import days, find

REPORT = (
    "Negotiators made progress last week, the trade ministry said on Tuesday. The minister "
    "had said a few days ago that a deal was close. In recent months several partial "
    "agreements were signed. Talks began last year. The two countries have been arguing "
    "over tariffs for more than two years."
)


def test_last_week():
    t = find(REPORT, "last week", "en")
    assert (t.type, t.value) == ("DATE", "2024-W17")
    assert days(t) == (date(2024, 4, 22), date(2024, 4, 28), "week")


def test_on_tuesday_in_past_tense():
    t = find(REPORT, "Tuesday", "en")
    assert (t.value, t.anchor) == ("2024-04-30", "2024-04-30")


def test_a_few_days_ago():
    t = find(REPORT, "a few days ago", "en")
    assert (t.type, t.value) == ("DATE", "PAST_REF")
    assert days(t) == (date(2024, 4, 23), date(2024, 4, 29), "day")


def test_recent_months():
    t = find(REPORT, "In recent months", "en")
    assert t.value == "PAST_REF"
    assert days(t) == (date(2023, 11, 1), date(2024, 4, 30), "month")


def test_last_year():
    t = find(REPORT, "last year", "en")
    assert (t.value, days(t)) == ("2023", (date(2023, 1, 1), date(2023, 12, 31), "year"))


def test_for_more_than_two_years():
    t = find(REPORT, "more than two years", "en")
    assert (t.type, t.value, t.mod) == ("DURATION", "P2Y", "MORE_THAN")
    assert t.text == "more than two years"
    assert t.interval.start == date(2022, 4, 30) and t.interval.open_start


@pytest.mark.parametrize("sentence, phrase, value", [
    ("The summit was held on July 12, 2023.", "July 12, 2023", "2023-07-12"),
    ("Talks took place July 11-12, 2023 in Vilnius.", "July 11-12, 2023", "2023-07-11"),
    ("The envoy arrived on April 24.", "April 24", "2024-04-24"),
    ("The vote is set for June 13, 2024.", "June 13, 2024", "2024-06-13"),
    ("On Saturday, protesters gathered downtown.", "Saturday", "2024-04-27"),
    ("The plant will reopen next month.", "next month", "2024-05"),
    ("The law was passed on 4/30/2024.", "4/30/2024", "2024-04-30"),
    ("Profits rose in the third quarter of 2023.", "the third quarter of 2023", "2023-Q3"),
    ("The firm was founded in the 1990s.", "the 1990s", "199"),
    ("The castle dates from the 12th century.", "the 12th century", "11"),
    ("It happened two years ago.", "two years ago", "2022"),
    ("Prices fell earlier this month.", "earlier this month", "2024-04"),
    ("He left yesterday.", "yesterday", "2024-04-29"),
    ("She returns tomorrow.", "tomorrow", "2024-05-01"),
    ("Sales slowed this year.", "this year", "2024"),
    ("The shop will close at Christmas.", "Christmas", "2024-12-25"),
    ("Easter 2024 fell in March.", "Easter 2024", "2024-03-31"),
    ("The blast occurred at 3:30 p.m.", "3:30 p.m.", "2024-04-30T15:30"),
    ("Officials met this morning.", "this morning", "2024-04-30TMO"),
    ("The strike lasted three weeks.", "three weeks", "P3W"),
    ("The council meets every Monday.", "every Monday", "XXXX-WXX-1"),
    ("The index is published weekly.", "weekly", "P1W"),
    ("Attacks happen every year.", "every year", "P1Y"),
    ("He is currently abroad.", "currently", "PRESENT_REF"),
    ("Rain fell in the summer of 2023.", "summer of 2023", "2023-SU"),
    ("Shares rose in mid-May.", "mid-May", "2023-05"),
    ("Shares will be issued in mid-May.", "mid-May", "2024-05"),
    ("The fire began on March 3. Two days later it was contained.", "Two days later",
     "2024-03-05"),
    ("He will travel on Friday.", "Friday", "2024-05-03"),
])
def test_english_constructs(sentence, phrase, value):
    assert find(sentence, phrase, "en").value == value


def test_may_the_verb_is_no_month():
    from newsline.timex import tag
    assert tag("Prices may rise.", "en", date(2024, 4, 30)) == []
