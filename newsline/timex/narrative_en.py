"""English expressions that count from the date a story has reached, not from its publication:
"the next day", "that evening", "later that year", "the following Monday".

News tells the past as a sequence: once a paragraph has named March 4, 2019, "that night" is
the night of that day and "that year" is 2019. Each function here returns a narrative form
(Sem.narrative), which the resolver anchors on the last date the text mentioned (on the
publication date when the text has named none).
"""

from __future__ import annotations

import re

from newsline.timex import lexicon_en as L
from newsline.timex.direction_en import SENTENCE_END
from newsline.timex.patterns import after, before, group, key
from newsline.timex.semantic import Sem


# what opens a noun phrase or a clause: the event a "the day before" counts from
EVENT_AFTER = re.compile(r"\s+(?:(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|"
                         r"he|she|it|they|we|you)\b|(?-i:I\b|[A-Z][a-z])|\w+ing\b)",
                         re.IGNORECASE)


def narrative_day(m):
    if key(m.group(0)) in ("the day before", "the day after"):
        if re.search(r"(?:\d|[a-z]day),\s+$", before(m, 6), re.IGNORECASE) and \
                re.match(r"\s+[a-z]", after(m, 3)):
            # "Oct. 12, the day before the crash": 'the day' is the date just written
            return [(m.start(), m.start() + 7, Sem(unit="day", offset=0, narrative=True))]
        if EVENT_AFTER.match(after(m, 12)):
            # "on the day before the election": counted from an event, whose date the words do
            # not give, rather than from the last date told
            return None
    return Sem(unit="day", offset=L.NARRATIVE_DAYS[key(m.group(0))], narrative=True)


def unit_before_after(m):
    """ "the year before", "the month after that": the unit before or after the one the story
    has reached ("By 2012 it had 40 stores. The year before, it had raised $20 million"); not
    one counted from an event the words name ("the year before the war")."""
    if not group(m, "that") and EVENT_AFTER.match(after(m, 12)):
        return None
    return Sem(unit=key(m.group("u")), offset=-1 if key(m.group("d")) == "before" else 1,
               narrative=True)


def _position(m: re.Match) -> str | None:
    """ "early that morning", "late that year": START or END; "earlier"/"later that ..." only
    place an event after or before the one just told, and add no mod (as "later that day")."""
    return {"early": "START", "late": "END"}.get(key(group(m, "pos")))


def that_daypart(m):
    """ "that evening", "the same night", "early that morning": a part of the day told about."""
    return Sem(kind="time", unit="day", offset=0, narrative=True,
               daypart=L.DAYPARTS[key(m.group("dp"))], mod=_position(m))


# "That week, ..." opens a sentence or follows a preposition; after a verb "that" is mostly a
# conjunction ("officials said that week-long talks ..." is kept out by the hyphen, "expects
# that month after month ..." by the words after it).
_THAT_AFTER = re.compile(r"\s+(?:after|by|to|in|on|of|over)\s+(?:\w+\s+)?(?:after|by|month|"
                         r"year|week)\b", re.IGNORECASE)


_DAY_NOUN = re.compile(r"\s+(?:care|labou?r|trad|jobs?\b|trips?\b|pass|school|shift|camp)",
                       re.IGNORECASE)


# "that" before a season names the story's season where it opens a sentence, follows a
# preposition ("That summer, ...", "in that autumn") or closes a clause; after a verb it is
# mostly a conjunction ("said that fall prices ...", "warned that winter storms ...")
_SEASON_OPENS = re.compile(r"(?:^|[.!?;:\n][\"'’”)]*\s*|\b(?:in|during|by|until|till|through|"
                           r"throughout|over|from|since|of|for)\s+|,\s*)$", re.IGNORECASE)


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _year_told(m: re.Match) -> bool:
    """A year is written in the sentence of m or in the one before."""
    head = before(m, 300)
    ends = [e.end() for e in SENTENCE_END.finditer(head)]
    return bool(_YEAR.search(head[ends[-2] if len(ends) > 1 else 0:]))


def that_period(m):
    """ "that week", "later that month", "the same year", "that summer": the period of the
    date told about."""
    if _THAT_AFTER.match(after(m, 24)):
        return None  # "that year after year", "that week by week"
    unit = key(m.group("u"))
    if unit in L.SEASONS:
        if key(m.group(0)).startswith("that") and not _SEASON_OPENS.search(before(m, 12)) \
                and not re.match(r"\s*(?:[.,;:!?)]|$)", after(m, 2)):
            return None  # (closing a clause it is the season: "The harvest failed that fall.")
        # (the season of the year told about, as "that year" is that year)
        return Sem(season=L.SEASONS[unit], unit="year", offset=0, narrative=True,
                   mod=_position(m))
    if unit == "day" and _DAY_NOUN.match(after(m, 12)):
        return None  # "said that day care costs ...": the noun's first word
    if group(m, "in") and not _year_told(m):
        # "signalled cuts later in the year": without a year told in this sentence or the one
        # before, the present one (a comparison's "a year earlier" sets no scene)
        return Sem(unit=unit, offset=0, mod=_position(m))
    return Sem(unit=unit, offset=0, narrative=True, mod=_position(m))


def following_weekday(weekday: int, rel: str) -> Sem:
    """ "the following Monday": the first one after the day told about; "that Friday" (after
    "on" or opening a sentence): the one of its week."""
    if rel == "that":
        return Sem(weekday=weekday, unit="week", offset=0, narrative=True)
    return Sem(weekday=weekday, direction="future", narrative=True)
