"""German years, pairs of years, decades and centuries: "2019", "1925/26", "die 90er",
"im 19. Jahrhundert". A bare four-digit number is often a count ("rund 1200 Unterschriften",
"davon 2000 im Jahr 2011"); year() tells the two apart.

Split from dates_de. Each function maps a match of a grammar_de pattern to a semantic form.
"""

from __future__ import annotations

import re

from newsline.timex.dates_de import pos_of
from newsline.timex.patterns import after, before, group, key
from newsline.timex.semantic import Sem

YEAR_CUE = re.compile(r"(?:\b(?:im|in|seit|bis|ab|um|vor|nach|von|vom|zwischen|bereits|schon|"
                      r"Jahre?s?|Sommer|Winter|Herbst|Frühjahr)\s+|\()$", re.IGNORECASE)


# "2019-2021", "1939–1945": a range of years, each end a year
YEAR_RANGE_END = re.compile(r"\s*[-–]\s*(?P<y>(?:1[0-9]|20)\d\d)(?!\d|[.,:/-]\d)")


# "zwischen 2015 und 2019 Bürgermeister", "von 1998 bis 2006 Landeshauptmann": two years as a
# range's ends, the noun after them no count of theirs; "zwischen 1500 und 2000 Besucher": two
# round numbers before a noun count it
PAIR_AFTER = re.compile(r"\s+(?:und|bis)\s+(?P<y>\d{4})(?!\d)(?P<noun>\s+[A-ZÄÖÜ])?")
PAIR_BEFORE = re.compile(r"\b(?:zwischen|von)\s+(?P<y>\d{4})\s+(?:und|bis)\s+$",
                         re.IGNORECASE)

# "Berlin war von 1900 bis 1950 Hauptstadt": a verb of being or serving before the pair says the
# noun after it is what something was in those years, not what the numbers count
STATE_BEFORE = re.compile(r"\b(?:war|ist|blieb|bleibt|amtierte|regierte|diente|fungierte)\s+"
                          r"(?:(?:er|sie|es)\s+)?(?:zwischen|von)\s+(?:\d{4}\s+(?:und|bis)\s+)?$",
                          re.IGNORECASE)

# "die von 1900 bis 1950 Hauptstadt war": the same verb after the noun, closing the clause
STATE_AFTER = re.compile(r"(?:\s+(?:und|bis)\s+\d{4})?\s+[A-ZÄÖÜ][a-zäöüß]+"
                         r"(?:\s+(?:des|der)(?:\s+[A-Za-zäöüÄÖÜß]+){1,2})?"
                         r"\s+(?:war|ist|blieb)\b")


# "ist zwischen 1500 und 2000 Personen groß", "ist von 1900 bis 2000 Stück begrenzt": after
# such a verb too, a noun that is counted makes the pair counts
COUNTED = re.compile(r"(?:\s+(?:und|bis)\s+\d{4})?\s+(?:Euro|Franken|Dollar|Stück|Personen|"
                     r"Menschen|Einwohner|Mitglieder|Besucher|Teilnehmer|Zuschauer|Mal|Meter|"
                     r"Kilometer|Tonnen|Punkte)\b")


def range_pair(m, y: int) -> bool | None:
    """True when y is an end of a range of years, False when of a range of counts before a
    noun, None when it stands in no such pair."""
    later = PAIR_AFTER.match(after(m, 12))
    earlier = PAIR_BEFORE.search(before(m, 20))
    if later:
        first, last, noun = y, int(later.group("y")), bool(later.group("noun"))
    elif earlier:
        first, last, noun = int(earlier.group("y")), y, bool(re.match(r"\s+[A-ZÄÖÜ]", after(m, 3)))
    else:
        return None
    if noun and first < last and first % 50 == 0 and last % 50 == 0 and not (
            1800 <= first and last <= first + 100 and not COUNTED.match(after(m, 30))
            and (STATE_BEFORE.search(before(m, 40)) or STATE_AFTER.match(after(m, 60)))):
        return False
    if not first < last <= first + 100:
        return None
    return True if first >= 1800 else None


# A year told as background rather than as the story's time (Sem.aside): the start of what
# still lasts ("seit 2010", "seit Messbeginn 1767"), a birth year ("Jahrgang 1965"), and the year a thing came to be,
# before its noun ("das 2015 gegründete Start-up") or in a relative clause ("der Konzern, der
# 1998 gegründet wurde"). A main clause ("Die Firma wurde 2015 gegründet. Im Jahr darauf ...")
# tells the story from that year on and is no aside.
BACKGROUND_LEAD = re.compile(r"\b(?:seit\s+(?:dem\s+)?(?:Jahre?\s+)?|Jahrgang\s+)$",
                             re.IGNORECASE)
ORIGIN = (r"(?:gegründet|eröffnet|erbaut|errichtet|gebaut|geboren|eingeweiht|fertiggestellt|"
          r"entstanden|eingeführt|erworben|übernommen|gekauft|verstorben|gestorben)")
ORIGIN_BEFORE_NOUN = re.compile(rf"\s+(?:(?:erst|bereits|schon)\s+)?{ORIGIN}e[nmrs]?\s+"
                                r"(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ]")
RELATIVE_PRONOUN = re.compile(r"\b(?:der|die|das|den|dem|dessen|deren)\s+(?:(?:erst|bereits|"
                              r"schon)\s+)?$")
ORIGIN_IN_CLAUSE = re.compile(rf"\s+(?:(?:erst|bereits|schon)\s+)?{ORIGIN}\s+"
                              r"(?:wurde|worden|war|ist|hatte|hat)\b")


def aside(m) -> bool:
    """Whether the year m names is told as background (see BACKGROUND_LEAD and ORIGIN)."""
    if BACKGROUND_LEAD.search(before(m, 20)) or ORIGIN_BEFORE_NOUN.match(after(m, 40)) or \
            RECORDS_BEGAN.search(before(m, 40)):
        return True
    return bool(RELATIVE_PRONOUN.search(before(m, 16)) and ORIGIN_IN_CLAUSE.match(after(m, 40)))


def year(m):
    y = int(m.group("y"))
    sem = _year(m, y)
    return sem.but(aside=True) if sem is not None and aside(m) else sem


def _year(m, y: int):
    pair = range_pair(m, y)
    if pair is False:
        return None
    if pair:
        return Sem(year=y, mod=pos_of(m))
    end = YEAR_RANGE_END.match(after(m, 8))
    if re.match(r"\s*(?:[-–/]\s*\d|[.,]\d)", after(m, 3)) and not (
            end and 0 < int(end.group("y")) - y <= 100):
        return None
    # Swiss "anfangs 2024" is the year's start, but "anfangs" is also the adverb "at first":
    # "es waren anfangs 1200 Demonstranten" counts, so it cues no year by itself
    position = pos_of(m) if key(group(m, "pos")) != "anfangs" else None
    cued = position or "jahr" in m.group(0).lower() or YEAR_CUE.search(before(m, 12)) or \
        RECORDS_BEGAN.search(before(m, 40)) or \
        (PASSIVE_BEFORE.search(before(m, 24)) and PARTICIPLE_AFTER.match(after(m, 60)))
    if not cued and (y < 1800 or re.match(r"\s+[A-ZÄÖÜ][a-zäöüß]", after(m, 3))):
        return None  # a count: "2000 Quadratmeter", "rund 1200 Unterschriften"
    if not cued and COUNT_BEFORE.search(before(m, 40)):
        return None  # "heute sind es 2000", "waren es rund 1900"
    change = CHANGE_TO.match(after(m, 30)) if re.search(r"\bvon\s+$", before(m, 6),
                                                         re.IGNORECASE) else None
    change = change or CHANGE_FROM.search(before(m, 16))
    if change and (not 0 < abs(int(change.group("y")) - y) <= 10 or change.group("noun")):
        # "stieg von 1900 auf 2100", "von 2000 auf 2010 Euro": two counts ("von 2024 auf 2025
        # verschoben" two years)
        return None
    if not cued and PER_PERIOD_AFTER.match(after(m, 24)):
        return None  # "davon 2000 im Jahr 2011", "rund 1500 pro Monat": a count
    return Sem(year=y, mod=pos_of(m))


# "Die Oper wurde 1791 uraufgeführt", "Die Burg war 1683 zerstört worden": a number between
# the passive's "wurde" and its participle is the year it happened (a singular subject is
# rarely counted there)
PASSIVE_BEFORE = re.compile(r"\b(?:wurde|war)\s+(?:(?:bereits|schon|erst|erstmals|vermutlich|"
                            r"wohl)\s+)?$", re.IGNORECASE)
PARTICIPLE_AFTER = re.compile(r"(?:\s+(?:von|vom|in|im|an|am|bei|durch|nach|auf|unter|mit|"
                              r"für|zum|zur)(?:\s+[A-Za-zäöüÄÖÜß-]+){1,3}?)?"
                              r"\s+[a-zäöüß]+(?:t|en)(?:\s+worden)?\s*(?:[.,;]|$|und\b)")
# "seit Messbeginn 1767", "seit Beginn der Aufzeichnungen 1881": the year records began, told
# aside. Only after "seit": "zum Schulbeginn 1200 Erstklässler" counts
RECORDS_BEGAN = re.compile(r"\b(?i:seit)\s+(?:dem\s+)?(?:[A-ZÄÖÜ][a-zäöüß]*beginn|"
                           r"Beginn\s+der\s+[A-ZÄÖÜ][a-zäöüß]+)\s+$")


# "stieg von 1900 auf 2100": a change between two numbers, counts unless they are a few apart
CHANGE_TO = re.compile(r"\s+auf\s+(?P<y>\d{4})(?!\d|[.,]\d)(?P<noun>\s+[A-ZÄÖÜ][a-zäöüß])?")
CHANGE_FROM = re.compile(r"\bvon\s+(?P<y>\d{4})\s+auf\s+$(?P<noun>)", re.IGNORECASE)


# "im Jahr der Wende", "im Monat nach der Wahl" name a time; "im Jahr 2011" or a bare "im
# Jahr" after a number says what it counts
PER_PERIOD_AFTER = re.compile(r"\s+(?:im|pro|je|jedes|jeden)\s+(?:Jahr|Monat|Woche|Tag|Quartal)"
                              r"\b(?!\s+(?:der|des|nach|vor|zuvor|darauf|danach|seines|ihres)\b)")
COUNT_BEFORE = re.compile(r"\b(?:sind|waren|wären|werden|wurden|seien)\s+es\s+(?:(?:rund|knapp|"
                          r"etwa|nur|noch|bereits|schon|gut|mehr\s+als|über|fast|insgesamt)\s+)*$",
                          re.IGNORECASE)


def year_pair(m):
    """"1925/26", "die Saison 2023/24": two consecutive years."""
    first, second = int(m.group("y")), m.group("y2")
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if last != first + 1:
        return Sem(year=first)  # not one span of two years ("2010/2015")
    return Sem(year=first, range_end_year=last)


DECADE_WORDS = {"zwanziger": 192, "dreißiger": 193, "vierziger": 194, "fünfziger": 195,
                "sechziger": 196, "siebziger": 197, "achtziger": 198, "neunziger": 199,
                "nuller": 200}


def decade(m):
    digits = group(m, "dec")
    if digits is None:
        return Sem(decade=DECADE_WORDS[key(m.group("w"))], mod=pos_of(m))
    n = int(digits)
    if n < 100:
        n = 1900 + n if n >= 20 else 2000 + n
    return Sem(decade=n // 10, mod=pos_of(m))


def century(m):
    n = int(m.group("n"))
    return Sem(century=n - 1, mod=pos_of(m)) if 1 <= n <= 21 else None
