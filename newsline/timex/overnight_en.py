"""English "overnight": the night before the day a story tells about ("prices fell overnight"),
or the night ahead where its clause looks ahead ("Snow is expected overnight"), from a match of
grammar_en's rule. Split from spans_en.
"""

from __future__ import annotations

import re

from newsline.timex import lexicon_en as L
from newsline.timex.clauses_en import CLAUSE_PAST
from newsline.timex.patterns import after, before, key
from newsline.timex.semantic import Sem


# what says the night is still ahead: a forecast or a plan ("Snow is expected overnight", "the
# talks will go on overnight")
NIGHT_AHEAD = (r"\b(?:will|shall|going\s+to|(?:is|are)\s+(?:expected|forecast|predicted|likely)|"
               r"(?:expected|forecast|set)\s+to)\b")
# ... in the clause before "overnight": a comma ends it ("The firm will report on Thursday, and
# its shares fell overnight" tells of last night)
AHEAD_OF_NIGHT = re.compile(rf"{NIGHT_AHEAD}[^.;!?,]*$", re.IGNORECASE)
# ... or in the clause "overnight" stands before: "Overnight, the storm will move east" (after
# the comma of a sentence it opens), "Temperatures overnight will fall to minus 5" (a few words
# of a subject, no verb or conjunction between)
_SUBJECT_WORD = (r"(?!(?:and|but|or|while|as|when|after|before|then|so|which|who)\b|\w+ed\b)"
                 r"[\w'’-]+\s+")
NIGHT_THEN_AHEAD = re.compile(rf"\s+(?:{_SUBJECT_WORD}){{0,2}}?{NIGHT_AHEAD}", re.IGNORECASE)
OPENING_NIGHT_AHEAD = re.compile(rf",?\s+(?:{_SUBJECT_WORD}){{0,4}}?{NIGHT_AHEAD}", re.IGNORECASE)
OPENS = re.compile(r"(?:^|[.!?]\s+|\n)[\"“'`]*$")
# a weekday right after "overnight" names the night ("will be closed overnight on Friday")
NIGHT_OF_DAY = re.compile(rf"\s+(?:on\s+)?({'|'.join(L.WEEKDAYS)})\b(?!['’])", re.IGNORECASE)
# the sentence looked ahead before the clause of the night ("The firm will report on Thursday,
# and its shares fell overnight"): a night told in the past is last night, not the one before
# the day ahead the text last named
AHEAD_IN_SENTENCE = re.compile(rf"{NIGHT_AHEAD}[^.;!?]*$", re.IGNORECASE)


# nouns "overnight" describes rather than dates ("overnight lows", "the overnight rate")
NIGHT_NOUN = re.compile(r"\s+(?:lows?|highs?|temperatures?|frost|rates?|lending|loans?|"
                        r"stays?|trips?|flights?|shifts?|guests?|visits?|camps?|curfews?|"
                        r"sensations?|success(?:es)?)\b", re.IGNORECASE)


def overnight(m):
    """ "prices fell overnight": the night before the day the text tells about; the night ahead
    where the clause looks ahead."""
    if re.search(r"\ban?\s+$", before(m, 4), re.IGNORECASE) or NIGHT_NOUN.match(after(m, 16)):
        return None  # "an overnight stay", "Overnight lows will dip": describes a noun
    day = NIGHT_OF_DAY.match(after(m, 16))
    if day is not None:  # "closed overnight on Friday": that Friday's night
        return Sem(kind="time", weekday=L.WEEKDAYS[key(day.group(1))], daypart="NI")
    head = before(m, 100)
    tail = (OPENING_NIGHT_AHEAD if OPENS.search(head) else NIGHT_THEN_AHEAD).match(after(m, 60))
    if AHEAD_OF_NIGHT.search(head[-60:]) is not None or tail is not None:
        return Sem(kind="time", unit="day", offset=0, daypart="NI", narrative=True)
    # the story's day, unless the sentence looked ahead before a clause told in the past
    narrative = not (CLAUSE_PAST.search(head[-40:]) and AHEAD_IN_SENTENCE.search(head))
    return Sem(kind="time", unit="day", offset=-1, daypart="NI", narrative=narrative)
