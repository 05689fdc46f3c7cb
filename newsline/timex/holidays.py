"""Holidays as calendar rules, keyed by language-neutral names the grammars map their words to.

Movable feasts hang on Easter; civic holidays on a fixed day or the n-th weekday of a month.
"""

from __future__ import annotations

from datetime import date, timedelta

from newsline.timex.calendar import easter, nth_weekday

# days relative to Easter Sunday
EASTER_OFFSETS = {
    "carnival_monday": -48, "shrove_tuesday": -47, "ash_wednesday": -46, "palm_sunday": -7,
    "maundy_thursday": -3, "good_friday": -2, "holy_saturday": -1, "easter": 0,
    "easter_monday": 1, "ascension": 39, "pentecost": 49, "whit_monday": 50,
    "corpus_christi": 60, "white_sunday": 7, "carnival_thursday": -52, "sacred_heart": 68,
    "sacred_heart_sunday": 70, "laetare": -21,
}
FIXED = {
    "new_year": (1, 1), "epiphany": (1, 6), "valentine": (2, 14), "labour_day": (5, 1),
    "us_independence": (7, 4), "swiss_national": (8, 1), "assumption": (8, 15),
    "german_unity": (10, 3), "austrian_national": (10, 26), "halloween": (10, 31),
    "all_saints": (11, 1), "all_souls": (11, 2), "st_martin": (11, 11), "st_nicholas": (12, 6),
    "christmas_eve": (12, 24), "christmas": (12, 25), "boxing_day": (12, 26),
    "new_years_eve": (12, 31), "candlemas": (2, 2), "st_joseph": (3, 19),
    "italian_liberation": (4, 25), "italian_republic": (6, 2), "immaculate_conception": (12, 8),
    "st_john": (6, 24), "nativity_of_mary": (9, 8), "reformation": (10, 31),
}
# (month, weekday with 0 = Monday, n-th; -1 the last)
NTH_WEEKDAY = {
    "mlk_day": (1, 0, 3), "presidents_day": (2, 0, 3), "mothers_day": (5, 6, 2),
    "memorial_day": (5, 0, -1), "labor_day_us": (9, 0, 1), "thanksgiving": (11, 3, 4),
}


def holiday_date(name: str, year: int) -> date:
    """The day of a holiday in a year. "ash_wednesday>0" is the first Monday (weekday 0) after
    it, "advent1<4" the last Friday before it ("der Montag nach Aschermittwoch")."""
    if name[-2:-1] in "<>" and name[-1:].isdigit():
        day, weekday = holiday_date(name[:-2], year), int(name[-1])
        if name[-2] == ">":
            return day + timedelta(days=(weekday - day.weekday() - 1) % 7 + 1)
        return day - timedelta(days=(day.weekday() - weekday - 1) % 7 + 1)
    if name in EASTER_OFFSETS:
        return easter(year) + timedelta(days=EASTER_OFFSETS[name])
    if name in FIXED:
        month, day = FIXED[name]
        return date(year, month, day)
    if name in ("advent1", "advent2", "advent3", "advent4"):  # the n-th of the four Sundays
        eve = date(year, 12, 24)  # before Christmas
        return eve - timedelta(days=(eve.weekday() + 1) % 7 + 28 - 7 * int(name[-1]))
    if name == "us_election_day":  # the Tuesday after the first Monday in November
        return nth_weekday(year, 11, 0, 1) + timedelta(days=1)
    month, weekday, n = NTH_WEEKDAY[name]
    return nth_weekday(year, month, weekday, n)
