"""English round three: ranges of lengths, open-ended years, weekdays seen from the day a story
tells about, overnight and midday, weekday sets with a part of the day, and 'in N units' ahead.
All sentences are our own."""

from datetime import datetime

import pytest

from newsline.timex import tag
from tests.timex.helpers import find

# A Monday: the story's own days lie before it.
MON = datetime(1989, 10, 30, 9, 0)


def one(sentence: str, phrase: str, dct=MON):
    t = find(sentence, phrase, "en", dct)
    assert t.text == phrase
    return t.type, t.value, t.mod


@pytest.mark.parametrize("sentence, phrase, typ, value, mod", [
    ("The factory will resume deliveries within two to three weeks.", "two to three weeks",
     "DURATION", "PXW", None),
    ("Acquisitions are planned during the next 12 to 18 months.", "the next 12 to 18 months",
     "DURATION", "PXM", None),
    ("The rebels could hold out for weeks or months.", "weeks or months", "DURATION", "PXW", None),
    ("The airline expects no profit until 1996 or later.", "1996 or later", "DATE", "1996",
     "ON_OR_AFTER"),
    ("Delegates met at midday in the old town hall.", "midday", "TIME", "1989-10-30T12:00", None),
    ("The ferry sails on Monday and Wednesday nights.", "Monday", "SET", "XXXX-WXX-1TNI", None),
    ("The ferry sails on Monday and Wednesday nights.", "Wednesday nights", "SET",
     "XXXX-WXX-3TNI", None),
    ("The company will open a second plant in two years.", "two years", "DATE", "1991", None),
    ("The port's traffic grew in two years by a third.", "two years", "DURATION", "P2Y", None),
    ("Sales will be the highest in five years.", "five years", "DURATION", "P5Y", None),
])
def test_round_three_constructs(sentence, phrase, typ, value, mod):
    assert one(sentence, phrase) == (typ, value, mod)


def test_the_previous_weekday_counts_from_the_day_the_story_tells_about():
    text = ("On Friday, the index closed at 2,100 points. That was 3% above the previous "
            "Friday.")
    assert find(text, "the previous Friday", "en", MON).value == "1989-10-20"


def test_overnight_is_the_night_before_the_story_day():
    text = "On Friday, London shares fell after overnight losses in Tokyo."
    assert one(text, "overnight") == ("TIME", "1989-10-26TNI", None)


def test_an_overnight_stay_is_no_time():
    texts = [t.text for t in tag("The minister made an overnight stop in Lima.", "en", MON)]
    assert "overnight" not in texts


def test_as_soon_as_a_weekday_lies_ahead_even_when_reported():
    text = "The boy could fly home as soon as Tuesday, his father said."
    assert find(text, "Tuesday", "en", MON).value == "1989-10-31"


def test_ages_in_a_range_are_no_duration():
    texts = [t.text for t in tag("Children 6 to 12 years old were vaccinated.", "en", MON)]
    assert not any("years" in t for t in texts)


def test_the_day_in_apposition_to_a_date_is_that_date():
    text = "Shares peaked on Oct. 12, the day before the market plunge."
    t = find(text, "the day", "en", MON)
    assert (t.text, t.value) == ("the day", "1989-10-12")


def test_the_day_before_on_its_own_is_the_day_before_the_story_day():
    text = "The vote was held on Oct. 12. Protesters had gathered the day before."
    assert find(text, "the day before", "en", MON).value == "1989-10-11"


def test_election_day_is_the_tuesday_after_the_first_monday_of_november():
    assert one("Both camps will campaign until Election Day.", "Election Day") == \
        ("DATE", "1989-11-07", None)
    assert "election day" not in [t.text for t in tag(
        "The country's election day passed quietly.", "en", MON)]


def test_the_week_of_a_market_report():
    text = "On Friday the index fell 1.2%. For the week, it dropped 3.8%, the week's worst loss."
    weeks = [(t.text, t.value) for t in tag(text, "en", MON) if "week" in t.text]
    assert weeks == [("the week", "1989-W43"), ("the week", "1989-W43")]


def test_a_newspaper_called_daily_is_no_set():
    texts = [t.text for t in tag("The party daily Pravda printed the speech.", "en", MON)]
    assert "daily" not in texts


@pytest.mark.parametrize("sentence, phrase, typ, value", [
    ("The polls close at 8 p.m. EST.", "8 p.m. EST", "TIME", "1989-10-30T20:00"),
    ("The ultimatum runs out at 4 a.m. EDT Thursday.", "4 a.m. EDT Thursday", "TIME",
     "1989-11-02T04:00"),
    ("Bids are due by 5 p.m. EST, Nov. 9.", "5 p.m. EST, Nov. 9", "TIME", "1989-11-09T17:00"),
    ("The plant will be sold over the next year or so.", "the next year or so", "DATE", "1990"),
    ("Repairs will take two weeks or so.", "two weeks or so", "DURATION", "P2W"),
])
def test_wire_times_and_rough_lengths(sentence, phrase, typ, value):
    assert one(sentence, phrase)[:2] == (typ, value)


def test_a_clock_time_in_four_digits_is_no_year():
    tags = [(t.text, t.type) for t in tag("The shelling began at 1430 GMT.", "en", MON)]
    assert ("1430", "DATE") not in tags


def test_most_recently_points_at_the_date_after_it():
    tags = [(t.text, t.value) for t in tag(
        "Three doctors were attacked, most recently last October.", "en", MON)]
    assert tags == [("last October", "1988-10")]


def test_a_capitalised_season_naming_an_event_is_no_date():
    texts = [t.text for t in tag("Thousands joined the Spring of Hope marches.", "en", MON)]
    assert texts == []


@pytest.mark.parametrize("sentence, phrase, value", [
    # a past auxiliary before 'planning to' or 'scheduled to' looks ahead from the story's day
    ("Strikers held a march and were planning to block the port on Wednesday.", "Wednesday",
     "1989-11-01"),
    ("The minister was scheduled to visit the plant on Thursday.", "Thursday", "1989-11-02"),
    # without such a phrase the past form keeps the weekday behind the story's day
    ("Strikers blocked the port on Wednesday.", "Wednesday", "1989-10-25"),
])
def test_future_in_the_past_weekdays(sentence, phrase, value):
    assert one(sentence, phrase)[1] == value


@pytest.mark.parametrize("sentence, phrase, value", [
    ("Polls close at 8 p.m. EST tonight.", "8 p.m. EST tonight", "1989-10-30T20:00"),
    ("The minister lands at 3 p.m. this afternoon.", "3 p.m. this afternoon", "1989-10-30T15:00"),
    ("Markets opened at 9:30 a.m. this morning.", "9:30 a.m. this morning", "1989-10-30T09:30"),
])
def test_clock_time_of_today_is_one_time(sentence, phrase, value):
    assert one(sentence, phrase) == ("TIME", value, None)


@pytest.mark.parametrize("sentence, phrase, value", [
    ("Thousands surrendered in the first hours of the offensive.", "the first hours", "PTXH"),
    ("Both camps spent heavily in the final days of the race.", "the final days", "PXD"),
])
def test_stretch_at_an_events_edge(sentence, phrase, value):
    assert one(sentence, phrase) == ("DURATION", value, None)


def test_start_of_a_named_period_is_no_stretch():
    found = [t.text for t in tag("Sales fell in the first weeks of January.", "en", MON)]
    assert found == ["January"]
