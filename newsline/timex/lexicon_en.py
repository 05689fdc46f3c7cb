"""English words for time: the tables grammar_en's rules look their matches up in.

Keys are lower case (see patterns.key).
"""

from __future__ import annotations

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
# the day's light coming and going: TimeML has no part of day for them, so the nearest one
LIGHT = {"dawn": "MO", "daybreak": "MO", "sunrise": "MO", "dusk": "EV", "sunset": "EV",
         "nightfall": "EV"}
DAYPARTS = {"morning": "MO", "noon": "MI", "midday": "MI", "afternoon": "AF", "evening": "EV",
            "night": "NI", "overnight": "NI", "daytime": "DT", **LIGHT}
NUMBERS = {
    "a": "1", "an": "1", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
    "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11",
    "twelve": "12", "thirteen": "13", "fourteen": "14", "fifteen": "15", "sixteen": "16",
    "seventeen": "17", "eighteen": "18", "nineteen": "19", "twenty": "20", "thirty": "30",
    "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80",
    "ninety": "90", "hundred": "100", "a hundred": "100", "twenty-four": "24",
    "twenty four": "24", "thirty-six": "36", "forty-eight": "48", "a half": "0.5",
    "one and a half": "1.5", "a couple of": "2", "couple of": "2", "a few": "X", "few": "X",
    "several": "X", "some": "X", "many": "X", "a number of": "X", "numerous": "X",
}
UNITS = {}
for _unit, _forms in {
    "day": ("day", "days"), "week": ("week", "weeks"), "weekend": ("weekend", "weekends"),
    "month": ("month", "months"), "quarter": ("quarter", "quarters"),
    "year": ("year", "years"), "decade": ("decade", "decades"),
    "century": ("century", "centuries"), "hour": ("hour", "hours"),
    "minute": ("minute", "minutes"), "second": ("second", "seconds"),
}.items():
    for _f in _forms:
        UNITS[_f] = _unit
RELATIVE = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0,
            "current": 0, "following": 1, "upcoming": 1, "this past": -1, "this coming": 1}
POSITION = {"early": "START", "earlier": "START", "beginning": "START", "start": "START",
            "mid": "MID", "middle": "MID", "late": "END", "later": "END", "end": "END",
            "the beginning of": "START", "the start of": "START", "the middle of": "MID",
            "the end of": "END", "the early": "START", "the late": "END", "the mid": "MID"}
QUALIFIERS = {
    "more than": "MORE_THAN", "over": "MORE_THAN", "longer than": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "less than": "LESS_THAN", "under": "LESS_THAN",
    "fewer than": "LESS_THAN", "nearly": "LESS_THAN", "almost": "LESS_THAN",
    "up to": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "about": "APPROX", "around": "APPROX", "some": "APPROX", "roughly": "APPROX",
    "approximately": "APPROX", "nearly a": "LESS_THAN",
}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
            "4th": 4, "last": -1, "final": 4}
HOLIDAYS = {
    "christmas": "christmas", "christmas day": "christmas", "christmas eve": "christmas_eve",
    "new year's day": "new_year", "new year's eve": "new_years_eve", "new year's": "new_year",
    "easter": "easter", "easter sunday": "easter", "easter monday": "easter_monday",
    "good friday": "good_friday", "thanksgiving": "thanksgiving",
    "thanksgiving day": "thanksgiving", "independence day": "us_independence",
    "halloween": "halloween", "labor day": "labor_day_us", "memorial day": "memorial_day",
    "martin luther king day": "mlk_day", "presidents' day": "presidents_day",
    "presidents day": "presidents_day", "mother's day": "mothers_day",
    "valentine's day": "valentine", "pentecost": "pentecost", "whit monday": "whit_monday",
    "ash wednesday": "ash_wednesday", "all saints' day": "all_saints",
    "boxing day": "boxing_day", "epiphany": "epiphany", "palm sunday": "palm_sunday",
    "maundy thursday": "maundy_thursday", "ascension day": "ascension",
    "election day": "us_election_day", "may day": "labour_day",
    "the fourth of july": "us_independence", "fourth of july": "us_independence",
}
REFERENCES = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "current": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "at the moment": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF",
    "the past": "PAST_REF", "soon": "FUTURE_REF", "the future": "FUTURE_REF",
    "shortly": "FUTURE_REF", "the near future": "FUTURE_REF",
    "a later date": "FUTURE_REF", "a future date": "FUTURE_REF",
    "then current": "PAST_REF", "then-current": "PAST_REF",
    "the short term": "FUTURE_REF", "the near term": "FUTURE_REF", "the long term": "FUTURE_REF",
    # a season of a sport, a harvest or a flu, not of the calendar: it straddles New Year and
    # starts when its league or nature says, so only its side of now is known
    "this season": "PRESENT_REF", "last season": "PAST_REF", "next season": "FUTURE_REF",
    "the coming season": "FUTURE_REF", "the previous season": "PAST_REF",
}
# Years as broadcasts say them: "nineteen ninety-six", "two thousand".
CENTURY_WORDS = {"seventeen": 17, "eighteen": 18, "nineteen": 19}
UNIT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
              "eight": 8, "nine": 9}
TEEN_WORDS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
              "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TEN_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
             "eighty": 80, "ninety": 90}
# "fifty-one days": the hyphenated tens and units, looked up but not spelled out in the rules
NUMBER_WORDS = tuple(NUMBERS)
NUMBERS.update({f"{_t}-{_u}": str(_tv + _uv) for _t, _tv in TEN_WORDS.items()
                for _u, _uv in UNIT_WORDS.items()})
DAY_WORDS = {"yesterday": -1, "today": 0, "tomorrow": 1, "the day before yesterday": -2,
             "the day after tomorrow": 2}
NARRATIVE_DAYS = {
    "the next day": 1, "the following day": 1, "the day after": 1, "the previous day": -1,
    "the day before": -1, "a day later": 1, "a day earlier": -1, "the next morning": 1,
    "the same day": 0, "that same day": 0, "later that day": 0, "earlier that day": 0,
    # the day a part of which the story moves to ("The following morning, ...")
    "the following morning": 1, "the following afternoon": 1, "the following evening": 1,
    "the next afternoon": 1, "the next evening": 1, "the previous morning": -1,
    "the previous afternoon": -1, "the previous evening": -1, "the previous night": -1,
}
SET_WORDS = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
    "hourly": "PT1H", "quarterly": "P3M", "nightly": "P1D", "biweekly": "P2W",
    "semiannually": "P6M", "semi-annually": "P6M", "annual": "P1Y", "fortnightly": "P2W",
}
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}
ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                 "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
                 "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
                 "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
                 "twentieth": 20, "twenty-first": 21}
# Irregular past forms news uses most; regular ones end in -ed.
IRREGULAR_PAST = ("was were had did said told came went took gave made met began won lost fell "
                  "rose left got saw found broke fled held led sent spent struck stood thought "
                  "brought bought caught fought sought built felt kept meant paid sold shot ran "
                  "became wrote spoke chose drove grew knew threw flew drew swore stole woke "
                  "sank hung withdrew withheld upheld undertook overtook overthrew overcame "
                  "understood taught tore swam sang rode shook slid spun sprang stuck froze "
                  "forgave forgot forbade hid fed dug blew arose awoke wore wept lent dealt slept "
                  "swept crept knelt sped bled strode strove clung flung swung shrank foresaw "
                  "mistook retook rewrote rebuilt heard laid sat lit shone bent bound leapt "
                  "stung").split()
# Words in -ed that are no past form: nouns, adjectives and present verbs in -eed
NOT_PAST_ED = ("need speed feed seed greed bleed breed deed heed weed steed tweed exceed "
               "proceed succeed indeed bed red hundred sacred naked wicked rugged kindred "
               "hatred watershed aged mixed "
               # names, never verbs: "Mohammed Salah plays on Thursday", "Mr. Ahmed"
               "ahmed mohammed muhammed mohamed mahmood hamed saeed rasheed waleed khaled zayed "
               "fred ted ned reed").split()
