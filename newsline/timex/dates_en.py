"""English calendar points: what dates, months, seasons and relative periods mean,
from a match of one of grammar_en's rules (days, weekdays and clock times in days_en, years in
years_en, reporting periods in reports_en, holidays in holidays_en; the helpers here are theirs
too).

Every function takes the rule's match and returns a semantic form (newsline.timex.semantic.Sem)
or None when the words turn out not to name a time ("may" the verb, a year that is an amount).
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsline.timex import lexicon_en as L
from newsline.timex.counts_en import counts
from newsline.timex.clauses_en import PAST_WORD
from newsline.timex.direction_en import POSTPONED, SENTENCE_END, attributed, in_story_year, lean
from newsline.timex.patterns import after, before, group, key, year_of
from newsline.timex.semantic import Sem
from newsline.timex.tense_en import FUTURE, PAST
from newsline.timex.tries import compiled

SHORT_DAYS = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
              "fri": 4, "sat": 5, "sun": 6}


def month_of(word: str | None) -> int | None:
    if word and key(word) in ("may", "march") and word[0].islower():
        return None  # the verbs
    k = key(word)
    return L.MONTHS.get(k) or L.MONTH_ABBREVIATIONS.get(k)


def weekday_of(word: str) -> int:
    k = key(word)
    return L.WEEKDAYS[k] if k in L.WEEKDAYS else SHORT_DAYS[k]


def pos_of(m: re.Match) -> str | None:
    return L.POSITION.get(key(group(m, "pos")).replace("the ", "the ", 1))


def rel_direction(word: str | None) -> str:
    offset = L.RELATIVE.get(key(word)) if word else None
    return {None: "tense", -1: "past", 1: "future", 0: "this"}[offset]


def clock_hour(h: int, ap: str | None) -> int | None:
    if ap:
        if not 1 <= h <= 12:
            return None
        pm = ap.lower().startswith("p")
        return (h % 12) + (12 if pm else 0)
    return h if h <= 24 else None


def with_time(m: re.Match, sem: Sem) -> Sem | None:
    if group(m, "th") is None:
        return sem
    h = clock_hour(int(m.group("th")), group(m, "ap"))
    if h is None:
        return sem
    return sem.but(kind="time", hour=h, minute=int(group(m, "tm") or 0))


def approx(m: re.Match) -> str | None:
    """APPROX when the match starts with "around", "about" ... ("around Nov. 1")."""
    return "APPROX" if group(m, "q") else None


def date_md(m):
    month = month_of(m.group("m"))
    if month is None:
        return None
    wd = group(m, "wd")
    return attributed(m, with_time(m, Sem(year=year_of(group(m, "y")), month=month,
                                          day=int(m.group("d")),
                                          weekday=weekday_of(wd) if wd else None,
                                          direction=lean(m), mod=approx(m))))


def date_range(m):
    month = month_of(m.group("m"))
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    if month is None or d2 <= d1:
        return None
    return Sem(year=year_of(group(m, "y")), month=month, day=d1, range_end_day=d2,
               direction=lean(m))


def date_to_date(m):
    """ "from June 4 to June 11", "May 30 - June 2, 2025": two dates, the second counted on
    from the first (the engine resolves the first before it); a year at the end is both's,
    the year before for the first where the span crosses New Year."""
    m1, m2 = month_of(m.group("m")), month_of(m.group("m2"))
    if m1 is None or m2 is None:
        return None
    d1, d2 = int(m.group("d")), int(m.group("d2"))
    y = year_of(group(m, "y"))
    y1 = y - 1 if y is not None and (m1, d1) > (m2, d2) else y
    first = Sem(year=y1, month=m1, day=d1, direction=lean(m))
    second = Sem(year=y, month=m2, day=d2, direction="future_incl", narrative=y is None)
    return [(m.start(), m.end("d") + len(re.match(r"(?:st|nd|rd|th)?", m.string[m.end("d"):])
                                         .group(0)), first),
            (m.start("m2"), m.end(), second)]


def date_numeric(m):
    return with_time(m, Sem(year=year_of(m.group("y")), month=int(m.group("mo")),
                            day=int(m.group("d"))))


def spelled_year(text: str) -> int | None:
    """ "nineteen ninety-six" -> 1996, "two thousand" -> 2000, "two thousand and one" -> 2001."""
    words = re.findall(r"[a-z]+", text.lower())
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        return 2000 + _below_hundred(rest) if rest else 2000
    if len(words) >= 2 and words[0] in L.CENTURY_WORDS:
        if words[1:] == ["hundred"]:
            return L.CENTURY_WORDS[words[0]] * 100
        rest = words[2:] if words[1] == "oh" else words[1:]
        return L.CENTURY_WORDS[words[0]] * 100 + _below_hundred(rest)
    return None


def _below_hundred(words: list[str]) -> int:
    total = 0
    for w in words:
        total += L.TEN_WORDS.get(w) or L.TEEN_WORDS.get(w) or L.UNIT_WORDS.get(w, 0)
    return total


def year_in(m: re.Match) -> int | None:
    """The year a match gives, in digits ("y") or in words ("sy")."""
    if group(m, "y"):
        return year_of(m.group("y"))
    return spelled_year(m.group("sy")) if group(m, "sy") else None


def month_year(m):
    month = month_of(m.group("m"))
    if group(m, "y") and counts(m.string, m.start("y"), m.end("y")):
        return None  # "In March 2000 troops were sent": the month, then a count
    return Sem(year=year_in(m), month=month, mod=pos_of(m)) if month else None


TITLE = re.compile(r"\b(?:Mrs?|Ms|Dr|Sen|Rep|Gov|Judge|Prof)\.?\s+$")


def month_bare(m):
    word = m.group("m")
    month = month_of(word)
    if month is None:
        return None
    if key(word) == "may" and re.search(r"\b(?:Theresa|Brian|Rollo)\s+$", before(m, 12)):
        return None
    if TITLE.search(before(m, 8)):
        return None  # "Mr. March": a name
    if re.match(r"\s+of\s+(?:the|a|an)\b", after(m, 10)):
        return None  # "the March of the Combatant Mothers": a march
    mod = pos_of(m)
    if mod is None and FIGURES_AFTER.match(after(m, 40)):
        # "will report December sales next week": the month whose figures are out or due,
        # the nearest one whatever the tense, a past one when both are about as near ("July
        # sales fell" on 15 January is last July's)
        return Sem(month=month, direction="lean_present")
    return Sem(month=month, mod=mod, direction=part_lean(m, mod),
               story_year=in_story_year(m))


# the figures of a month, which statistics and companies publish within weeks of its end
FIGURES_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:retail|trade|jobs|factory|consumer|producer|"
                           r"industrial|home|housing|car|auto|vehicle|export|import|inflation|"
                           r"employment|payrolls?|price|same-store|sales)\s+)?(?:sales|figures|"
                           r"data|numbers|results|payrolls|inflation|report|statistics|orders|"
                           r"output|production|exports|imports|deliveries|starts|readings?)\b",
                           re.IGNORECASE)


# what may stand before a date that opens its sentence: quotes, a preposition ("In late March")
OPENING = re.compile(r"(?:[.!?]\s+|\n)[\"“'`]*(?:(?:in|by|until|till|since|from|through|"
                     r"during|around|about)\s+)?$", re.IGNORECASE)


# a source's telling set off by commas right after the date, whose past is no tense of the
# sentence ("In June, the minister said, the plant will reopen")
SAID_ASIDE = re.compile(r",\s+[^,.;:!?]{0,40}?\b(?:said|says|told|added|noted)\b[^,.;:!?]{0,20},")
CLAUSE_END = re.compile(r"[.;:!?]")


@lru_cache(maxsize=1)
def _aside_tense() -> re.Pattern:
    """The tense markers, for the clause after such an aside: its first past or future marker
    before the clause ends tells its tense ("In June, the minister said, the plant will
    reopen": ahead). Compiled when first needed (rarely: a process need not pay at import)."""
    return compiled(rf"(?P<past>{PAST})|(?P<future>{FUTURE})")


def part_lean(m: re.Match, mod: str | None) -> str:
    """A month, or its start, middle or end, opening its sentence follows the sentence's tense
    strictly: on 12 March "In late March the bridge was closed" is last year's, as this March's
    end still lies ahead, and in April "In June exports fell" is last June, though the verb
    stands too far from the date to govern a bare month ("lean" takes the nearest one)."""
    direction = lean(m)
    head = ("\n" if m.start() <= 40 else "") + before(m, 40)  # the text's start opens one
    if direction != "lean" or not OPENING.search(head):
        return direction
    aside = SAID_ASIDE.match(after(m, 60))
    if aside is None:
        return "tense"
    # the aside's "said" is the nearest marker, but the clause after it tells the tense
    start = m.end() + aside.end()
    end = CLAUSE_END.search(m.string, start, start + 120)
    marker = _aside_tense().search(m.string, start, start + 120 if end is None else end.start())
    if marker is None:
        return direction
    return "past_incl" if marker.group("past") is not None else "future_incl"


REL_UNITS = {"week": "week", "month": "month", "year": "year", "quarter": "quarter",
             "decade": "decade", "century": "century"}


# A comparison just before "last year" in a results report: the figure it compares with is the
# reporting period a year earlier ("profit of $5 million, compared with $3 million last year").
COMPARISON = re.compile(r"(?:\b(?:compared\s+(?:with|to)|versus|vs\.|than|against)\b[^.;]{0,60}"
                        r"|\bfrom\s+(?:(?:[$€£]|\d)[^.;]{0,40})?)$", re.IGNORECASE)


# a clause told in the past after the expression ("The next year, he was ...")
TOLD_AFTER = re.compile(r"[^.;:!?]*?\b(?:was|were|had|did|came|went|became|began|took|won|"
                        r"lost|fell|rose|left|made|\w{3,}ed)\b", re.IGNORECASE)


def told_on(m: re.Match, rel: str) -> bool:
    """Whether a relative word counts from the story's own time rather than the telling's:
    "following" and "previous" always do (news says "last year" for the year before its own),
    "the next" where a past clause follows ("The next year, he moved")."""
    return rel in ("following", "previous") or (
        rel == "next" and bool(group(m, "the")) and not group(m, "pos")
        and bool(TOLD_AFTER.match(after(m, 60))))


def relative_unit(m):
    u, rel = key(m.group("u")), key(m.group("rel"))
    offset = L.RELATIVE[rel]
    if m.group("u")[0].isupper() and not re.search(r"(?:^|[.!?\n][\"'`]*)\s*$", before(m, 4)):
        return None  # "on ABC's "This Week With David Brinkley"": a title mid-sentence
    if u == "year" and rel == "last" and not group(m, "the") and not group(m, "pos") \
            and COMPARISON.search(before(m, 70)):
        return Sem(unit="year", offset=-1, reporting=-1)
    if group(m, "the") and rel in ("past", "last") and u in REL_UNITS:
        if u == "decade":  # durations count decades in years
            return Sem(kind="duration", amount="10", unit="year", anchored="until")
        return Sem(kind="duration", amount="1", unit=REL_UNITS[u], anchored="until")
    told = told_on(m, rel)
    if u in L.SEASONS:
        # "the following spring", "the previous summer": the one after or before the time the
        # story has reached; "next spring" counts from the telling
        return Sem(season=L.SEASONS[u], direction=rel_direction(rel), mod=pos_of(m),
                   narrative=told)
    if u == "weekend":
        return Sem(weekend=True, direction=rel_direction(rel))
    if told:
        # "the following year", "the previous month"; "The next year, its founder resigned":
        # the one after or before the one the story has reached
        return Sem(unit=REL_UNITS[u], offset=offset, narrative=True, mod=pos_of(m))
    return Sem(unit=REL_UNITS[u], offset=offset, mod=pos_of(m))


def week_of_month(m):
    """ "the first week of March": the ISO week holding its first seventh ("last": its last
    day's)."""
    month = month_of(m.group("m"))
    n = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1,
         "final": -1}[key(m.group("o"))]
    if month is None:
        return None
    if group(m, "y"):
        return Sem(year=int(m.group("y")), month=month, week_of_month=n)
    return Sem(month=month, week_of_month=n, direction=lean(m))


def noon_date(m):
    sem = date_md(m)
    hour = 24 if key(m.group("noon")) == "midnight" else 12
    return sem.but(kind="time", hour=hour, minute=0) if sem else None


def season(m):
    s = L.SEASONS[key(m.group("s"))]
    if key(m.group("s")) == "fall" and not (group(m, "y") or group(m, "the") or group(m, "pos")):
        return None  # the verb
    if key(m.group("s")) == "fall" and not (group(m, "y") or group(m, "sy")) and re.match(
            r"\s+of\s+(?!(?:last|this|next|that)\s+year\b)", after(m, 20), re.IGNORECASE):
        return None  # "the fall of communism", "the fall of the Berlin Wall": a collapse
    if key(m.group("s")) == "spring" and not (group(m, "y") or group(m, "sy")) and re.match(
            r"\s+of\s+(?:the|a|an|his|her|its|their)\b", after(m, 10), re.IGNORECASE):
        return None  # "the spring of the watch": the coil
    if m.group("s")[0].isupper() and not (group(m, "y") or group(m, "sy")) and (
            re.match(r"\s+(?:of\s+)?(?-i:[A-Z])", after(m, 6))
            or re.search(r"\b(?!(?:In|The|This|Last|Next|Early|Late|By|Since|During|Until|Each|"
                         r"Every|Of|Mid|Through|Throughout|Over|Before|After|For|From|Across|"
                         r"Around)\b)(?-i:[A-Z][a-z]+)\s+(?:the\s+)?$", before(m, 24))):
        return None  # "the Spring of Life rallies", "the Arab Spring", "the Winter Olympics"
    if not (group(m, "y") or group(m, "sy")) and re.match(
            r"\s+(?:break|training|term|semester|school|camp|collection|fashion|cleaning|statement|"
            r"water|onions?|rolls?)\b", after(m, 12), re.IGNORECASE):
        return None  # "spring break", "summer school": a season naming something else
    if group(m, "y") or group(m, "sy"):
        return Sem(season=s, year=year_in(m), mod=pos_of(m))
    return Sem(season=s, mod=pos_of(m), story_year=in_story_year(m))


def month_rel_year(m):
    """ "January this year", "June last year", "Aug. 7 of last year"."""
    month = month_of(m.group("m"))
    day = int(m.group("d")) if group(m, "d") else None
    return Sem(month=month, day=day, unit="year",
               offset=L.RELATIVE[key(m.group("rel"))]) if month else None


def relative_month(m):
    month = month_of(m.group("m"))
    if month is None:
        return None
    if key(m.group("rel")) == "this":
        return Sem(month=month, unit="year", offset=0)  # "this September": this year's
    rel = key(m.group("rel")).split()[-1]
    if rel in ("following", "previous"):
        # "in 2010 ... the following May": the first May after (or last before) the time told
        return Sem(month=month, direction=rel_direction(rel), narrative=True)
    return Sem(month=month, direction=rel_direction(rel))


LOOKS_AHEAD = re.compile(FUTURE)


def _sentence_of(m: re.Match) -> str:
    """The sentence around a match, as the engine ends sentences (at most 200 characters on
    either side)."""
    head = before(m, 200)
    ends = [e.end() for e in SENTENCE_END.finditer(head)]
    tail = after(m, 200)
    stop = SENTENCE_END.search(tail)
    return head[ends[-1] if ends else 0:] + m.group(0) + tail[:stop.start() if stop else None]


def position_the(m):
    """ "the end of the year", "the beginning of the month": of the current one, or of the one
    the story is in where a past sentence named its year before it ("The Senate ratified the
    treaty in April 1998, and by the end of the year all members had approved")."""
    u = REL_UNITS[key(m.group("u"))]
    sentence = _sentence_of(m) if u in ("year", "month") and in_story_year(m) else ""
    told = bool(sentence) and PAST_WORD.search(sentence) is not None \
        and LOOKS_AHEAD.search(sentence) is None
    return Sem(unit=u, offset=0, mod=pos_of(m), narrative=told)


def position_this(m):
    u = key(m.group("u"))
    return Sem(unit=REL_UNITS[u], offset=L.RELATIVE[key(m.group("rel"))], mod=pos_of(m))




# After a bare day of the month, the end of the clause or a word that opens what follows ("by
# the 5th, when ..."); a noun after it makes an ordinal of something else ("the 5th floor", "the
# 21st century", "the 3rd Infantry")
BARE_DAY_ENDS = re.compile(r"\s*(?:[,.;:!?)\"”’]|$)|\s+(?:and|or|at|when|as|if|to|from|"
                           r"through|until|in|with|but|so|while|because|unless|after|"
                           r"before|for|this|next|last|the|a|an|that)\b")


def bare_day(m):
    """ "on the 21st", "by the 5th": a day of the month the clause's tense places, the latest
    one up to the publication when told in the past ("since the 5th" always), else the next."""
    if not BARE_DAY_ENDS.match(after(m, 12)):
        return None
    since = key(m.group("p")) == "since"
    if POSTPONED.search(before(m, 30) + m.group("p") + " "):
        # "The hearing was postponed until the 22nd": after the telling, told in the past too
        return Sem(day=int(m.group("d")), direction="future_incl")
    if key(m.group("p")) == "to":
        return None  # "from the 1st to the 3rd": a range this rule does not read
    return Sem(day=int(m.group("d")), direction="past_incl" if since else "onward")


def after_next(m):
    """ "the week after next": two weeks ahead; "the weekend after next": the weekend a week
    after the one "next weekend" names (the coming one on a weekday, the following one on a
    weekend day), so a week further on when said on a Saturday or Sunday."""
    unit = key(m.group("u"))
    if unit == "weekend":
        return Sem(weekend=True, unit="week", offset=1, same_day=True, direction="future")
    return Sem(unit=unit, offset=2)
