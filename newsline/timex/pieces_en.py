"""The regex pieces grammar_en's rules are built from: month, weekday, number, unit and
qualifier words from lexicon_en as alternations, the ordinal suffix, a clock time's zone and
tail, and the triggers (Rule.trigger) several rules share.

Split from grammar_en so that the grammar module holds its rules and little else.
"""

from __future__ import annotations

from newsline.timex import lexicon_en as L
from newsline.timex.patterns import DIGITS, HOUR, MINUTE, alt

MONTH = f"(?:{alt(L.MONTHS)}|{alt(L.MONTH_ABBREVIATIONS)}\\.?)"
MONTH_FULL = alt(L.MONTHS)
WD = f"(?:{alt(L.WEEKDAYS)}|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.)"
# a number word may take a unit after a hyphen ("fifty-one"); the table says which exist
NUM = f"(?:{DIGITS}|{alt(L.NUMBER_WORDS)}(?:-{alt(L.UNIT_WORDS)})?)"
UNIT = alt(L.UNITS)
REL = alt(L.RELATIVE)
POS = r"(?:early|mid|late|the\s+(?:beginning|start|middle|end)\s+of|the\s+(?:early|mid|late))"
QUAL = alt(L.QUALIFIERS)
ORD = r"(?:st|nd|rd|th)"
# a clock time's zone belongs to its span ("3 p.m. EDT"); the value keeps the local time
# (American news often drops the S or D: "9 p.m. ET")
ZONE = r"(?:\s+(?-i:[ECMP][SD]?T|GMT|UTC|BST|CES?T)\b)?"
TIME_TAIL = (rf"(?:,?\s*(?:at\s+)?(?P<th>{HOUR})(?:[:.](?P<tm>{MINUTE}))?\s*"
             rf"(?P<ap>[ap]\.m\.|[ap]m)(?!\w){ZONE})?")


# the words every match of a rule holds, as the lower-cased text has them (Rule.trigger)
MONTH_TRIGGER = r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
UNIT_TRIGGER = (r"\b(?:days?|weeks?|weekends?|months?|quarters?|years?|decades?|century|centuries|"
              r"hours?|minutes?|seconds?)\b")
# one trigger for several rare phrases: the text is scanned once for all of them (each trigger
# costs a scan of every text), and a rule runs only near a hit of any
RARE = (r"(?:\s['’]\d\d\b|after\s+next|hours\s+of\s|turn\s+of\s+the\s|election\s+night|"
        r"mid-?week|year[\s-]to[\s-]date|\d(?:st|nd|rd|th)\b|(?:weeks?|fortnights?)\s+(?:from\s+\w+day|"
        r"on\s+\w+day|today|tomorrow)|day\s+(?:week|fortnight)\b)")
