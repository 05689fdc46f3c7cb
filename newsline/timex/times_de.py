"""German times of day: clock times ("20.30 Uhr", "um halb acht"), parts of the day ("am
Abend", "in der Nacht auf Sonntag"), the course of a day or week ("im Laufe des Tages").

Split from dates_de, which places calendar days and longer periods; each function maps a match of
a grammar_de pattern to a semantic form.
"""

from __future__ import annotations

import re

from newsline.timex import lexicon_de as L
from newsline.timex.dates_de import month_of, season_alone, told
from newsline.timex.direction_de import clause_tense
from newsline.timex.direction_de import steer
from newsline.timex.patterns import after, before, group, key, year_of
from newsline.timex.semantic import Sem


# Hours as number words: "um acht Uhr", "gegen halb zehn"
CLOCK_WORDS = {w: int(n) for w, n in L.NUMBERS.items()
               if n.isdigit() and 1 <= int(n) <= 12 and " " not in w}


def narrative_daypart(m):
    """"am nächsten Morgen", "am Abend zuvor", "am selben Abend": a part of the day after,
    before or of the one the narrative last named."""
    sign = -1 if key(group(m, "dir")) in ("zuvor", "davor") else 1
    if key(group(m, "rel")).endswith(("selben", "gleichen", "diesem", "jenem")):
        sign = 0
    return Sem(kind="time", unit="day", offset=sign, narrative=True,
               daypart=L.DAYPARTS[key(m.group("dp"))])


def eve(m):
    """"am Vorabend": the evening before the day the narrative last named. The eve of something
    named after it ("am Vorabend des Gipfels", "der Wahl") has that event's date, which the
    words do not give."""
    return Sem(kind="time", unit="day", offset=-1, narrative=True, daypart="EV")


def daytime(m):
    """"tagsüber" is the daytime (DT) of the day told about; the first or second half of a day
    its morning or afternoon."""
    if group(m, "w"):
        return Sem(kind="time", daypart="DT")
    return Sem(kind="time", daypart="MO" if key(m.group("o")) == "erste" else "AF")


MEAL_BEFORE = re.compile(r"\b(?:essen|esse|isst|esst|aß|aßen|speisen|speist)\b[^.,;:!?]*$",
                         re.IGNORECASE)


# "In der Nacht stieg der Pegel, am Morgen war die Straße überflutet": a part of the day told
# after a night (not "der Nacht auf Sonntag", which names the day it ends on), with no other
# date between, is of the day the night runs into
NIGHT_BEFORE = re.compile(r"(?:\b(?:über|in\s+der)\s+|(?:montag|dienstag|mittwoch|donnerstag|"
                          r"freitag|samstag|sonnabend|sonntag))[Nn]acht\b(?!\s+(?:auf|zum|zu|vom|"
                          r"von|zuvor|davor|darauf|danach)\b)(?P<between>[^\d]*)$", re.IGNORECASE)
DATE_WORD = re.compile(r"\b(?:heute|gestern|morgen|vorgestern|übermorgen|tags|nacht|abend|"
                       r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|"
                       r"woche|wochenende|jänner|januar|februar|feber|märz|april|mai|juni|juli|"
                       r"august|september|oktober|november|dezember|uhr)", re.IGNORECASE)


# ... and a midnight told after an evening or a night ("am Donnerstagabend", "in der Nacht")
EVENING_BEFORE = re.compile(r"(?:\b(?:am|in\s+der|über)\s+(?:(?:frühen|späten)\s+)?(?:Abend|Nacht)|"
                            r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|"
                            r"sonntag)(?:abend|nacht))\b(?!\s+(?:auf|zum|zu|vom|von|zuvor|davor|"
                            r"darauf|danach)\b)(?P<between>[^\d]*)$", re.IGNORECASE)


def after_evening(m) -> bool:
    evening = EVENING_BEFORE.search(before(m, 160))
    return evening is not None and DATE_WORD.search(evening.group("between")) is None


def after_night(m) -> bool:
    night = NIGHT_BEFORE.search(before(m, 160))
    return night is not None and DATE_WORD.search(night.group("between")) is None


def daypart(m):
    if key(m.group(0)).startswith("zu ") and MEAL_BEFORE.search(before(m, 60)):
        return None  # "Wir essen zu Mittag": a meal, not noon
    if key(m.group("dp")).endswith(("grauen", "dämmerung")) and \
            re.match(r"[“”\"«»]", after(m, 1)):
        return None  # "„Die Frau im Morgengrauen“": the end of a title
    mod = {"frühen": "START", "späten": "END"}.get(key(group(m, "early")))
    part = L.DAYPARTS[key(m.group("dp"))]
    if part != "NI" and after_night(m):
        return Sem(kind="time", unit="day", offset=1, narrative=True, daypart=part, mod=mod)
    # "In der Nacht brachen Unbekannte ein": told in the past, the night before publication
    return Sem(kind="time", daypart=part, mod=mod,
               direction="night" if part == "NI" else "tense")


# Words that make the clock times after them recur: opening hours, timetables, closures on
# working days ("werktags von 7 bis 19 Uhr", "täglich außer montags von 10 bis 18 Uhr", "jeden
# Donnerstag von 7 bis 12 Uhr", "Öffnungszeiten: Mo.–Fr. 8 bis 12 Uhr")
RECURRING_CUE = re.compile(
    r"\b(?i:(?:tag)?täglich|werktags|wochentags|feiertags|(?:mon|diens|donners|frei|sams|"
    r"sonn)tags|mittwochs|jeweils|jede[nrs]?\s+(?:\w+\s+)?(?:Tag|Werktag|Wochentag|Montag|"
    r"Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|Woche|Wochenende|Morgen|"
    r"Abend|Monat)|Öffnungszeit(?:en)?)\b|\b(?:Mo|Di|Mi|Do|Fr|Sa)\.?\s*(?:[-–]|bis)\s*"
    r"(?:Fr|Sa|So)\b")
# ... unless its clause names a day of its own ("werktags, am Samstag aber nur von 9 bis 12
# Uhr", "Am Samstag beginnen die Spiele jeweils um 15.30 Uhr")
OWN_DAY = re.compile(r"\b(?i:am)\s+(?:\w+\s+)?(?:[A-ZÄÖÜ]|\d)|\b(?:heute|morgen|gestern)\b|"
                     r"\d{1,2}\.\s?(?:\d|[A-ZÄÖÜ][a-zä]+\b(?<!Uhr))")
CLAUSE_END = re.compile(r".*(?:[!?;]|(?<!\d)\.\s+(?=[A-ZÄÖÜ„\"]))", re.DOTALL)
# a date that bounds the stretch the times recur in ("bis 30.6. täglich von 10 bis 18 Uhr")
BOUND_DATE = re.compile(r"\b(?:bis|ab|seit|vom|von|bis\s+zum)\s+\d{1,2}\.\s?(?:\d{1,2}\.(?:\d{2,4})?|"
                        r"[A-ZÄÖÜ][a-zä]+)")
# a subordinate clause between commas: its cue is its own ("Der Zug, der sonst täglich fährt,
# fiel um 10 Uhr aus")
SUBCLAUSE = re.compile(r",\s*(?:der|die|das|dem|den|deren|dessen|welche[rsmn]?|wo|wenn|als|weil|"
                       r"obwohl|nachdem)\s[^,;]*,")
RECURRING_AFTER = re.compile(r"\s*(?:Uhr\s*)?,?\s*(?:(?:tag)?täglich|werktags|wochentags|"
                             r"jeweils)\b")


def recurring(m) -> bool:
    """Whether a clock time recurs: a cue before it in its sentence, which names no day of
    its own, or "täglich" right after it ("von 10 bis 17 Uhr täglich")."""
    if RECURRING_AFTER.match(after(m, 20)):
        return True
    lead = before(m, 100)
    end = CLAUSE_END.match(lead)
    lead = SUBCLAUSE.sub(" ", lead[end.end():] if end else lead)
    # a cue other than "jeweils" in the time's own clause, which names no day, holds even
    # after a day named before ("heute um 16 Uhr, Sprechstunden täglich von 9 bis 11 Uhr";
    # "heute und morgen, jeweils 10-18 Uhr" is two days' times, not every day's)
    own = re.split(r"[,;]", lead)[-1]
    if any(c.group().lower() != "jeweils" for c in RECURRING_CUE.finditer(own)) and \
            OWN_DAY.search(BOUND_DATE.sub(" ", own)) is None:
        return True
    return RECURRING_CUE.search(lead) is not None and \
        OWN_DAY.search(BOUND_DATE.sub(" ", lead)) is None


def each_day(sem: Sem | None) -> Sem | None:
    """A clock time that recurs: a SET of that time on any day ("XXXX-XX-XXT07:00")."""
    if sem is None:
        return None
    return Sem(kind="set", set_value=f"XXXX-XX-XXT{sem.hour:02d}:{sem.minute:02d}")


# "heute und morgen, jeweils 10-17 Uhr": a clock time after two day words it holds for both; its
# value, which can name one day, names the first (as a range's value is its start), not the
# day named last
WEEKDAY = "|".join(L.WEEKDAYS)
DAY_PAIR_BEFORE = re.compile(r"\b(?:(?P<w>vorgestern|gestern|heute|morgen|übermorgen)\s+(?:und|bis)"
                             r"\s+(?:gestern|heute|morgen|übermorgen)|"
                             rf"(?P<wd>{WEEKDAY})\s+(?:und|bis)\s+(?:{WEEKDAY}))\s*,?\s*"
                             r"(?:jeweils\s+)?"
                             r"(?:(?:von|ab|um|bis|zwischen)\s+)?"
                             r"(?:\d{1,2}(?:[.:]\d\d)?\s*(?:bis|und|[^\w\s])\s*)?$", re.IGNORECASE)


def first_of_day_pair(m, sem: Sem) -> Sem:
    pair = DAY_PAIR_BEFORE.search(before(m, 60))
    if pair is None or sem.kind != "time":
        return sem
    if pair.group("wd"):  # "am Freitag und Samstag, jeweils um 20 Uhr": placed as a weekday is
        return sem.but(weekday=L.WEEKDAYS[key(pair.group("wd"))],
                       direction="past_incl" if clause_tense(m) == "past" else "future_incl")
    return sem.but(unit="day", offset=L.DAY_WORDS[key(pair.group("w"))])


# "9 Uhr abends": hours of the afternoon and evening counted from noon
AFTERNOON = {"nachmittags": range(1, 12), "abends": range(1, 12), "nachts": range(8, 12),
             "am nachmittag": range(1, 12), "am abend": range(1, 12)}
# ... and after an afternoon or evening named just before it ("gestern Abend um 9 Uhr", "am
# Samstagabend gegen halb neun", "am Nachmittag gegen drei Uhr"); not a day named so
# ("am Sonnabend um 10 Uhr" is Saturday, "an Heiligabend um 10 Uhr" the morning of the 24th)
PART_BEFORE = re.compile(r"(?<!sonn)(?<!heilig)(?i:(?P<p>abend|nachmittag))s?\s+(?:(?:um|gegen|"
                         r"ab|kurz|nach|vor|etwa|ca\.|zirka|circa)\s+)*$", re.IGNORECASE)
PART_HOURS = {"abend": range(5, 12), "nachmittag": range(1, 8)}


def afternoon_hour(m, h: int) -> bool:
    """Whether h (1 to 11) is an hour past noon by the part of the day named with it."""
    if h in AFTERNOON.get(key(group(m, "dpw")), ()):
        return True
    part = PART_BEFORE.search(before(m, 40)) if not group(m, "dpw") else None
    return part is not None and h in PART_HOURS[part.group("p").lower()]


def clock(m):
    h = m.group("h")
    h = int(h) if h.isdigit() else CLOCK_WORDS[key(h)]  # "um acht Uhr"
    mi = group(m, "mi") or group(m, "mi2")
    if h > 24:
        return None
    if afternoon_hour(m, h):
        h += 12
    sem = Sem(kind="time", hour=h, minute=int(mi) if mi else 0, direction="in_story")
    if recurring(m):
        return each_day(sem)
    if h < 12 and after_night(m):
        # "In der Nacht kämpfte die Feuerwehr gegen die Flammen, um 7 Uhr war das Feuer
        # gelöscht": a morning hour after a night is of the day the night runs into, as a
        # part of the day is (daypart)
        return Sem(kind="time", hour=h, minute=sem.minute, unit="day", offset=1,
                   narrative=True)
    if h >= 18 and night_to(m):
        # "in der Nacht auf Sonntag gegen 23 Uhr": an evening hour of that night is on the day
        # before the one it runs into, Saturday (as the start of a range is, clock_range) ...
        return day_over(sem, -1)
    if h < 12 and after_night_evening(m):
        # ... and a small hour told after such an evening hour the day after it ("gegen 23
        # Uhr und erneut gegen 2 Uhr")
        return day_over(sem, 1)
    return first_of_day_pair(m, sem)


def clock_dot(m):
    """"um 15.30": the clock time alone is the expression."""
    sem = clock(m)
    return None if sem is None else [(m.start("t"), m.end("t"), sem)]


# a length told as hours and minutes ("Der Film dauert 1h30", "lief die Strecke in 2h05",
# "brauchte 4h12"): no clock time without a preposition of time
LENGTH_BEFORE = re.compile(r"\b(?:in|nach|binnen|innerhalb|rund|knapp|gut|fast|etwa|ca\.|über|"
                           r"unter|nur|lediglich|als|von|dauer\w*|brauch\w*|benötig\w*|"
                           r"\w*zeit)"
                           r"[:\s]+$", re.IGNORECASE)
# ... nor after "um" where a clause tells by how much something changed ("Die Fahrzeit verkürzt
# sich um 1h", "Die Frist wurde um 2 h verlängert")
CHANGE_VERB = (r"(?-i:(?=[a-zäöüß])\w*(?:kürz|länger|höh|senk|sink|sank|steig|stieg|reduzier|"
               r"verringer|wächst|wachs|wuchs|fällt|fiel|zöger|spät|schrumpf)\w*)")  # (a verb: small)
CHANGE_BEFORE = re.compile(rf"\b{CHANGE_VERB}\b(?:(?!\bund\b)[^.,;:!?])*$",
                           re.IGNORECASE)
CHANGE_AFTER = re.compile(rf"(?:(?!\bund\b)[^.,;:!?])*?\b{CHANGE_VERB}", re.IGNORECASE)
# the end of a range of such times whose start follows a preposition of time: "von 9h-12h",
# "zwischen 21h und 2h" ("hält 10h bis 12h" counts hours)
H_BEFORE = re.compile(r"(?P<lead>\b(?:um|ab|von|zwischen)\s+)?(?P<h>\d{1,2})(?:[.:]\d\d)?\s?h\d{0,2}"
                      r"\s*(?:[-–]|bis|und)\s*$", re.IGNORECASE)
H_AFTER = re.compile(r"\s*(?:[-–]|bis|und)\s*(?P<h>\d{1,2})(?:[.:]\d\d)?\s?h", re.IGNORECASE)


# "Der Akku hält bis 20 h", "die Ladung reicht bis 12 h": a thing lasting up to so many hours
LASTS_BEFORE = re.compile(r"\b(?:hält|halten|hielt|hielten|durchhält|durchhalten|reicht|reichen|"
                          r"reichte|reichten)(?:\s+(?:nur|noch|rund|etwa|gut|knapp|locker|"
                          r"maximal))?\s*$", re.IGNORECASE)
# ... but "Der Regen hält bis 18 h an" goes on until that hour
GOES_ON = re.compile(r"\s+an\s*(?:[.,;:!?]|$)")


def clock_h(m):
    """"um 19.30h", "7h30", "um 19h": a clock time as the hour and an "h"; the minutes before
    the "h" or after it. Its span is the time alone, as with "Uhr". Written apart from the
    number ("um 20 h") or without minutes it is a time only after a preposition of time."""
    minutes = group(m, "mi") or group(m, "mi2")
    start = H_BEFORE.search(m.string, max(0, m.start("t") - 24), m.start("t"))
    if start is not None and not start.group("lead"):
        return None  # "10h bis 12h": hours counted
    if not group(m, "lead") and start is None and (
            m.group("sp") or not minutes or LENGTH_BEFORE.search(before(m, 40))):
        return None
    if key(group(m, "lead")) == "um" and (CHANGE_BEFORE.search(before(m, 60)) or
                                         CHANGE_AFTER.match(after(m, 40))):
        return None  # "verkürzt sich um 1h", "um 2 h verlängert": by how much, not when
    if key(group(m, "lead")) == "bis" and LASTS_BEFORE.search(before(m, 40)) and \
            not GOES_ON.match(after(m, 8)):
        return None  # "Der Akku hält bis 20 h": how long, not until when
    if int(m.group("h")) > 23 or (m.group("sp") and group(m, "mi2")):
        return None
    sem = clock(m)
    if start is not None:
        sem = past_midnight(int(start.group("h")), sem)
    elif sem is not None and night_to(m) and sem.hour >= 18 and sem.unit is None:
        end = H_AFTER.match(m.string, m.end("t"))
        if end is not None and int(end.group("h")) <= 6:
            # "in der Nacht auf Sonntag zwischen 22h und 4h": the evening of the day before
            sem = day_over(sem, -1)
    return None if sem is None else [(m.start("t"), m.end("t"), sem)]


def clock_words(m):
    """"um halb acht", "gegen Viertel nach neun Uhr abends", "dreiviertel zehn": the hour named
    is the one the clock is heading for ("halb acht" is 7:30)."""
    h = m.group("h")
    h = int(h) if h.isdigit() else CLOCK_WORDS.get(key(h))
    if h is None or not 1 <= h <= 12:
        return None
    part = key(m.group("part"))
    if part == "halb":
        h, minute = h - 1, 30
    elif part in ("dreiviertel", "viertel vor"):
        h, minute = h - 1, 45
    elif part == "viertel nach":
        minute = 15
    else:  # "viertel acht" (regional): a quarter past seven
        h, minute = h - 1, 15
    if afternoon_hour(m, h) or (h == 0 and key(group(m, "dpw")) ==
                                                           "mittags"):
        h += 12
    sem = Sem(kind="time", hour=h, minute=minute, direction="in_story")
    return each_day(sem) if recurring(m) else sem


def midnight(m):
    """"um Mitternacht", "vor Mitternacht" end the day (T24:00); "nach Mitternacht" starts it
    ("am Montag kurz nach Mitternacht" is early Monday)."""
    after_it = re.match(r"nach\b", m.group(0), re.IGNORECASE)
    if after_evening(m):
        # "Die Sitzung am Donnerstagabend dauerte bis kurz nach Mitternacht": the midnight that
        # ends the evening's day, "nach Mitternacht" the start of the next
        return Sem(kind="time", unit="day", offset=1 if after_it else 0, narrative=True,
                   hour=0 if after_it else 24, minute=0)
    return Sem(kind="time", hour=0 if after_it else 24, minute=0)


def night_before(m):
    """"in der Nacht auf Sonntag", "in der Nacht auf heute": the night that ends on the day
    named, Saturday night in TimeML (resolve places the day, then the night before it)."""
    if group(m, "dw"):
        return Sem(kind="time", unit="day", offset=L.DAY_WORDS[key(m.group("dw"))],
                   daypart="NI", night_before=True)
    if group(m, "wd2"):
        sem = Sem(kind="time", weekday=L.WEEKDAYS[key(m.group("wd2"))], daypart="NI",
                  night_before=True)
    else:  # ("Nacht auf Sonntag, 28. April": the date places it)
        sem = Sem(kind="time", day=int(m.group("d")), month=month_of(m.group("m")),
                  year=year_of(group(m, "y")), daypart="NI", night_before=True)
    return steer(m, sem)


def last_night(m):
    """"vergangene Nacht", "in der letzten Nacht": the night of the day before, as "last night"
    in TimeML."""
    return Sem(kind="time", unit="day", offset=-1, daypart="NI")


def daypart_of_date(m):
    """"am Abend des 12. Mai"."""
    return steer(m, Sem(kind="time", day=int(m.group("d")), month=month_of(m.group("m")),
                        year=year_of(group(m, "y")), daypart=L.DAYPARTS[key(m.group("dp"))]))


def daypart_of_weekday(m):
    """"in den Morgenstunden des Samstags": that part of the weekday, placed as the weekday
    is by the tense of its clause."""
    dp = group(m, "dp") or m.group("dp2")
    sem = steer(m, Sem(weekday=L.WEEKDAYS[key(m.group("wd"))]))
    if sem.direction == "tense":
        side = clause_tense(m)
        sem = sem.but(direction="past_incl" if side == "past" else
                      "scheduled" if side in ("future", "present") else "onward")
    return sem.but(kind="time", daypart=L.DAYPARTS[key(dp)],
                   mod={"frühen": "START", "späten": "END"}.get(key(group(m, "early"))))


def clock_range(m):
    out = []
    again = recurring(m)
    for h, mi in (("h1", "m1"), ("h2", "m2")):
        minute = group(m, mi)
        sem = Sem(kind="time", hour=int(m.group(h)), minute=int(minute or 0),
                  direction="in_story")
        out.append((m.start(h), m.end(mi) if minute else m.end(h),
                    each_day(sem) if again else first_of_day_pair(m, sem)))
    start, end, sem = out[1]
    last = past_midnight(int(m.group("h1")), sem)
    if last is not sem and night_to(m) and out[0][2] is not None:
        # "in der Nacht auf Sonntag von 22 bis 4 Uhr": the evening is that of the day before
        # the Sunday, the small hours the Sunday's
        out[0] = (*out[0][:2], day_over(out[0][2], -1))
    out[1] = (start, m.end(), last)
    return out


# "in der Nacht auf Sonntag", "in der Nacht zum Samstag" before in the sentence: its small
# hours are on the day named (night_before), not on the one after it, unless another day is
# named between ("in der Nacht auf Sonntag brannte es, am Montag wird von 22 bis 2 Uhr gelöscht")
NIGHT_TO = re.compile(r"\bNacht\s+(?:(?:vom|von)\s+\w+\s+)?(?:auf|zum|zu)\s+(?:den\s+)?\w+"
                      r"(?P<between>[^.!?]*)$", re.IGNORECASE)


EVENING_HOUR = re.compile(r"\b(?:1[89]|2[0-3])(?:[.:]\d\d)?\s*(?:Uhr|h)\b")


def after_night_evening(m) -> bool:
    """Whether an evening clock time was told since "in der Nacht auf Sonntag", no other day."""
    night = NIGHT_TO.search(before(m, 120))
    if night is None or not EVENING_HOUR.search(night.group("between")):
        return False
    return DATE_WORD.search(EVENING_HOUR.sub(" ", night.group("between"))) is None


def night_to(m) -> bool:
    night = NIGHT_TO.search(before(m, 120))
    return night is not None and DATE_WORD.search(night.group("between")) is None


def past_midnight(first: int, sem: Sem | None) -> Sem | None:
    """The end of a range from the evening into the small hours ("von 22 bis 3 Uhr",
    "zwischen 21h und 2h") is on the day after its start, as a morning hour after a night is."""
    if sem is None or sem.kind != "time" or not (first >= 18 and sem.hour <= 6) or \
            sem.unit is not None:
        return sem
    return day_over(sem, 1)


def day_over(sem: Sem, days: int) -> Sem:
    """The clock time of sem on the day that many days after the one the text tells about."""
    return Sem(kind="time", hour=sem.hour, minute=sem.minute, unit="day", offset=days,
               narrative=True)


COURSE_UNITS = {"tages": "day", "woche": "week", "monats": "month", "jahres": "year",
                "tagesverlauf": "day", "wochenverlauf": "week", "jahresverlauf": "year"}


def course_of(m):
    """"im Laufe des Tages", "im Tagesverlauf": within the day the text is telling about; a
    part of the day ("im Laufe des Abends") is that part of it. "im Laufe des Jahres" (der
    Woche) is the current one: an outlook, not a step of the narrative. The span keeps "Laufe"
    for a season too ("im Laufe des Frühjahrs"), as for a day: the TimeML extent of "in the
    course of the day" is one expression, the prepositions alone left out."""
    rel = group(m, "rel")
    if group(m, "s"):  # "im Laufe des Frühjahrs": the season, as "im Frühjahr" would be
        return None if rel else season_alone(m, L.SEASONS[key(m.group("s"))])
    u = key(group(m, "u") or m.group("u2"))
    part = u if u in L.DAYPARTS else u.rstrip("s")
    if part in L.DAYPARTS:
        # "im Laufe der folgenden Nacht" is narrative_daypart's ("folgenden Nacht")
        return None if rel else Sem(kind="time", daypart=L.DAYPARTS[part])
    unit = COURSE_UNITS[u]
    if rel:  # "im Laufe des nächsten Jahres"
        return Sem(unit=unit, offset=L.RELATIVE[key(rel)], narrative=told(rel))
    return Sem(unit=unit, offset=0, narrative=unit == "day")
