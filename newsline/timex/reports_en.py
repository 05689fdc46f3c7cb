"""English results reports: the quarters, halves and fiscal years companies report on.

Split from dates_en (calendar points) because these follow the reporting period a text has
named ("the quarter", "the year-ago period", "year-end") rather than the calendar alone.
"""

from __future__ import annotations

import re

from newsline.timex import lexicon_en as L
from newsline.timex.dates_en import approx
from newsline.timex.clauses_en import CLAUSE_PAST, IN_CLAUSE, PAST_LATER
from newsline.timex.direction_en import lean
from newsline.timex.patterns import after, before, group, key, sentence_has
from newsline.timex.semantic import Sem


# a game's words in the sentence: "scored twice in the second half", "trailed 21-14 in the
# fourth quarter" speak of a match's halves and quarters, not of a year's
# (words business news shares count only as a game's: "two goals", not "its sales goals"; "a
# penalty kick", not "paid a penalty"; "12 rebounds", not "growth rebounds"; "in overtime", not
# "overtime costs")
GAME = re.compile(r"\b(?:scor(?:ed|es|ing)|(?:\d+|an?|one|two|three|four|own|late|winning|"
                  r"opening|equali[sz]ing)\s+goals?|touchdowns?|"
                  r"(?:converted|missed|saved|won|conceded|awarded)\s+(?:a|the|two)\s+"
                  r"penalt(?:y|ies)|penalty\s+(?:kick|spot|shoot-?out|area|box)|"
                  r"\d+\s+(?:rebounds|assists)|(?:in|into|forced|to)\s+overtime|"
                  r"innings|half-?time|striker|quarterback|goalkeeper|referee|"
                  r"free\s+throws?|three-pointers?|interceptions?|field\s+goals?|"
                  r"(?:led|trailed|leading|trailing|won|lost|beat|defeated|drew)\s+"
                  r"\d{1,3}-\d{1,3})\b", re.IGNORECASE)


def in_game(m: re.Match) -> bool:
    """The sentence around m tells of a match."""
    return sentence_has(m, GAME, 100, 80)


OF_THE_YEAR = re.compile(r"\s+of\s+the\s+(?:current\s+)?year\b"
                         r"(?!\s+(?:before|earlier|ago|(?:1[89]|20)\d\d\b))", re.IGNORECASE)
# "the first half of the year 2023": the year it names
OF_THE_YEAR_NAMED = re.compile(r"\s+of\s+the\s+year\s+(?P<y>(?:1[89]|20)\d\d)\b(?![-.,]\d)",
                               re.IGNORECASE)


# the results of a period: "results for the first quarter", "first-quarter figures"
RESULTS_FOR = re.compile(r"\b(?:results|figures|accounts)\s+for\s+$", re.IGNORECASE)
RESULTS_AFTER = re.compile(r"\s+(?:results|figures|accounts)\b", re.IGNORECASE)
# a figure reported for the period right after it ("Third Quarter Profit Falls", "first-half
# sales rose"): the last such period begun, unless its own verb looks ahead ("fourth-quarter
# profit will rise")
FIGURE_AFTER = re.compile(r"\s+(?:net\s+|operating\s+|pre-?tax\s+)?(?:profits?|earnings|"
                          r"loss(?:es)?|sales|revenues?|income|turnover|output|growth|GDP)\b"
                          r"(?!(?:\s+[\w-]+){0,2}?\s+(?:will|would|should|could|may|might|"
                          r"(?:is|are)\s+(?:expected|forecast|likely|set|due)|to)\b)",
                          re.IGNORECASE)


# An outlook earlier in the period's clause: "expects fourth-quarter earnings to fall",
# "sees sales rising in the second half", "its outlook for the third quarter" speak of the
# coming period, unless the last one ended much nearer (a profit warning weeks after it
# closed, "expects a loss for the first quarter" in April), and unless a past verb after the
# outlook tells what the period is about ("expects to repay what it borrowed in the first half")
OUTLOOK = re.compile(rf"\b(?:expects?|expecting|forecasts|predicts|anticipates|sees|outlook|"
                     rf"guidance)\b{PAST_LATER}{IN_CLAUSE}*$", re.IGNORECASE)
# an outlook for the period, however it was told ("raised its outlook for the third quarter")
OUTLOOK_FOR = re.compile(r"\b(?:outlook|guidance|forecasts?|targets?)\s+for\s+$", re.IGNORECASE)


def quarter(m):
    o = L.ORDINALS.get(key(group(m, "o"))) if group(m, "o") else int(m.group("qn"))
    if not (group(m, "y") or group(m, "rel") or group(m, "yrel")) and group(m, "o") \
            and in_game(m):
        return None
    unit = "half" if key(group(m, "u") or "quarter") == "half" else "quarter"
    if o == -1:
        return Sem(unit=unit, offset=-1)
    if o is None or o > (2 if unit == "half" else 4):
        return None
    part = {"half": o} if unit == "half" else {"quarter": o}
    rel = group(m, "rel") or group(m, "yrel")  # "last year's first half", "... of last year"
    named = OF_THE_YEAR_NAMED.match(m.string, m.end()) if not (group(m, "y") or rel) else None
    if named:
        return [(m.start(), named.end(), Sem(year=int(named.group("y")), **part))]
    if group(m, "y"):
        sem = Sem(year=int(m.group("y")), **part)
    elif rel:
        sem = Sem(unit="year", offset=L.RELATIVE[key(rel)], **part)
    elif OF_THE_YEAR.match(after(m, 24)) and not CLAUSE_PAST.search(before(m, 60)):
        # "expect a rate cut in the second half of the year": of this year, as "the year" is;
        # told in the past ("profit fell in the second half of the year") the nearest one past
        sem = Sem(unit="year", offset=0, **part)
    elif RESULTS_FOR.search(before(m, 24)) or (RESULTS_AFTER.match(after(m, 16)) and re.search(
            r"-(?:quarter|half)$", m.group(), re.IGNORECASE)):
        # results are of a period ended or under way, however the words beside it look ahead
        # ("will report results for the first quarter next week")
        sem = Sem(direction="past_incl", **part)
    elif OUTLOOK_FOR.search(before(m, 20)) or (OUTLOOK.search(before(m, 70))
                                               and not CLAUSE_PAST.search(before(m, 60))):
        sem = Sem(direction="lean_ahead", **part)
    elif FIGURE_AFTER.match(after(m, 24)):
        sem = Sem(direction="past_incl", **part)
    else:
        sem = Sem(direction=lean(m, report=True), **part)
    start, end = m.span()
    of_year = OF_THE_YEAR.match(m.string, end) if not (group(m, "y") or rel) else None
    if of_year:  # "the first half of the year": one expression, as "the end of the year" is
        end = of_year.end()
    if re.match(r"the\s", m.group()[:4], re.IGNORECASE) and not group(m, "rel") and \
            re.search(r"-(?:quarter|half)$", m.group(), re.IGNORECASE):
        # "the third-quarter loss": the article belongs to "loss"
        start = m.start() + len(re.match(r"the\s+", m.group(), re.IGNORECASE).group())
    return [(start, end, sem)]


def months_quarter(m):
    """ "the July-September quarter", "the April-June 2024 period": a calendar quarter named by
    its first and last month."""
    first = L.MONTHS.get(key(m.group("m1"))) or L.MONTH_ABBREVIATIONS.get(key(m.group("m1")))
    last = L.MONTHS.get(key(m.group("m2"))) or L.MONTH_ABBREVIATIONS.get(key(m.group("m2")))
    if first is None or last != first + 2 or first % 3 != 1:
        return None  # "the June-August period": no calendar quarter
    q = first // 3 + 1
    if group(m, "y"):
        return Sem(year=int(m.group("y")), quarter=q)
    return Sem(quarter=q, direction=lean(m, report=True))


def month_quarter(m):
    """ "the December quarter": the calendar quarter ending in that month (how Australian and
    Asian companies name their reporting periods)."""
    month = L.MONTHS.get(key(m.group("m"))) or L.MONTH_ABBREVIATIONS.get(key(m.group("m")))
    if month is None or month % 3:
        return None
    if group(m, "y"):
        return Sem(year=int(m.group("y")), quarter=month // 3)
    return Sem(quarter=month // 3, direction=lean(m, report=True))


def year_ago(m):
    """ "the year-ago quarter", "year-earlier results", "the 1988 period": a reporting period
    of the year before (or of the year named)."""
    y = group(m, "y")
    o = group(m, "o")
    if o is not None:
        q = L.ORDINALS.get(key(o))
        if q is None or q < 1:
            return None
        return Sem(year=int(y), quarter=q) if y else Sem(quarter=q, unit="year", offset=-1)
    if y:
        return Sem(year=int(y), reporting=0)
    return Sem(unit="year", offset=-1, reporting=-1)


def reporting_period(m):
    """ "the quarter", "the latest period": the period the report is about; without one named
    before, the last quarter that has ended."""
    if re.match(r"\s+(?:of\b|(?:from\s+)?(?:1[89]|20)\d\d\b)", after(m, 11)):
        return None  # "the period of ...", "the period 2015-2020": a span the text names
    return Sem(unit="quarter", offset=-1, reporting=0)


def whole_year(m):
    """ "the full year", "the current fiscal year": the year of the report. "The year ended
    Aug. 31" is a twelve-month stretch ending on that day rather than a calendar year."""
    if re.match(r"\s+(?:ended|ending)\b", after(m, 8)):
        return Sem(kind="duration", amount="1", unit="year")
    return Sem(unit="year", offset=0)


def year_end(m):
    """ "by year-end": the end of this year; "since year-end": of the last one."""
    since = re.search(r"\bsince\s+$", before(m, 8), re.IGNORECASE)
    return Sem(unit="year", offset=-1 if since else 0, mod=approx(m) or "END")
