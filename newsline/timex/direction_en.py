"""English cues for the direction of a date the text leaves open: whether "on Friday",
"in June" or "at Christmas" lies before or after the story's day.

The engine's tense look-up decides most of them; these are the words right around a date that
overrule it (deadlines, timetables, "since"; the tense of the date's own clause is clauses_en's).
"""

from __future__ import annotations

import re

from newsline.timex.clauses_en import (CLAUSE_FUTURE, IN_CLAUSE, IRREGULAR, PAST_BEFORE_SPAN,
                                       PAST_LATER, TO_VERB, WILL, _needing, fast, told_before,
                                       told_when)
from newsline.timex.counts_en import counts
from newsline.timex.engine import SENTENCE_ENDS
from newsline.timex.lexicon_en import DAY_WORDS, WEEKDAYS
from newsline.timex.patterns import after, alt, before

# where the engine ends an English sentence (its own split, shared so the two agree)
SENTENCE_END = SENTENCE_ENDS["en"]


# Words after which an underspecified date is a deadline or a start still ahead ("payable
# Jan. 2", "by February", "effective June 1", "until March 6").
DEADLINE = re.compile(r"\b(?:by|until|till|effective|payable|due|expires?|expiring|starting|"
                      r"takes?\s+effect(?:\s+on)?|beginning|record|"
                      r"(?:extend|postpone|delay|defer|adjourn|push)\w*"
                      r"(?:\s+back)?\s+to|as\s+soon\s+as|as\s+early\s+as)\s+$",
                      re.IGNORECASE)


AHEAD = re.compile(r"\b(?:ahead\s+of|before)\s+(?:the\s+)?$", re.IGNORECASE)


# The subject right before a present verb of a timetable: a word other than a determiner,
# a possessive or a modal for the -s form; for the plain form a plural ("lawmakers", "the two
# men", "they"), which no infinitive ("to appear"), "did" or "not" can be
_SINGULAR_SUBJECT = (r"\b(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bits )(?<!\bhis )(?<!\bher )"
                     r"(?<!\btheir )(?<!\bour )(?<![’']s )(?<!\bnew )(?<!\bno )")
_PLURAL_SUBJECT = (r"(?:\b(?:they|we|men|women|people|police|children)|"
                   r"\b[a-z]+[a-z][a-z](?<!ss)(?<!us)(?<!is)(?<!\bdoes)(?<!\bwas)(?<!\bhas)s)"
                   r"\s+(?:(?:again|also|then|both|all|only|each)\s+)?\b")


# A present-tense verb of a timetable right before a weekday: news writes what is scheduled
# in the present ("the museum reopens on Saturday", "the trial resumes Monday"); not an
# infinitive or a denial ("failed to open on Monday", "did not open on Monday").
SCHEDULED = re.compile(r"\b(?<!\bto )(?<!\bdid )(?<!n['’]t )(?<!\bnot )"
                       r"(?:(?:re)?open|start|begin|resume|end|close|meet|convene|arrive|"
                       r"depart|return|premiere|launch|expire)s?\s+(?:on\s+|in\s+|from\s+)?$|"
                       # "the fair runs May 2-5" ("a trial run on Monday" is the noun)
                       r"\bruns\s+(?:on\s+|in\s+|from\s+)?$|"
                       # "arrives in Tokyo on Sunday", "opens its doors on Saturday"
                       r"\b(?:closes|ends|enters|marks)(?:\s+[\w'’-]+){1,3}\s+on\s+$|"
                       # "faces a recall election on Oct. 7", "plays Chelsea on Saturday",
                       # "faces voters in November" (not "marks the biggest fall in March")
                       r"\b(?:(?:re)?opens|starts|begins|resumes|arrives|departs|returns|"
                       r"premieres|launches|travels|flies|visits|heads|expires|"
                       r"faces|hosts|plays|meets|hears)"
                       r"(?:\s+[\w'’-]+){1,3}\s+(?:on|in)\s+$|"
                       # "The Senate votes Tuesday", "the two men appear in court again on
                       # Monday", "The bodies arrive at the base on Monday": a present verb of
                       # a session, a hearing or a journey, after its subject (no noun: "the
                       # vote on Monday", "its visit on Friday")
                       rf"{_SINGULAR_SUBJECT}(?:votes|appears|testifies|rules|decides|debates|"
                       r"gathers|leaves|goes|sits|convenes)(?:\s+[\w'’.-]+){0,4}?\s+"
                       r"(?:on\s+)?$|"
                       rf"{_PLURAL_SUBJECT}(?:vote|appear|testify|rule|decide|debate|gather|"
                       r"leave|go|sit|convene|(?:re)?open|start|begin|resume|arrive|depart|"
                       r"return|travel|fly|visit|head|face|host|play|meet|hear|close|end|"
                       r"expire)"
                       r"(?:\s+[\w'’.-]+){0,5}?\s+(?:on\s+)?$|"
                       r"\b(?:kicks?\s+off|goe?s?\s+on\s+sale|takes?\s+(?:place|effect)|"
                       r"is\s+due|"
                       r"are\s+due)\s+(?:on\s+|in\s+)?$|"
                       # "The season opener is on Aug. 17", "The deadline is Jan. 15"
                       r"\b(?:is|are)\s+(?:on\s+)?$", re.IGNORECASE)


# A warning or forecast for a day or weekend covers one still ahead, though it was issued in
# the past ("The Met Office issued an amber warning for the weekend")
FORECAST_FOR = re.compile(r"\b(?:warnings?|watch(?:es)?|alerts?|advisory|advisories|forecasts?|"
                          r"outlook)\b[^.;:!?]{0,30}\bfor\s+$", re.IGNORECASE)


SINCE = re.compile(r"\bsince\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)


# A present intention before the date in its clause: what "expects to close the deal in March"
# or "aims to list its shares in January" plans lies ahead (the verb after "to" acts on the
# date; "expects a loss for the third quarter" has none and may speak of a quarter past), unless
# a past verb after it tells what the date is about ("aims to establish what happened in March")
INTENT = re.compile(rf"\b(?:expects|aims|hopes|plans|intends|wants|seeks|vows|pledges|"
                    rf"promises|threatens|is\s+(?:hoping|planning|aiming|seeking)|are\s+"
                    rf"(?:hoping|planning|aiming|seeking))\s+to\s+\w+{PAST_LATER}{IN_CLAUSE}*$",
                    re.IGNORECASE)


# a day something was put off to lies after the telling, even told in the past ("The hearing
# was adjourned until Friday" on a Tuesday is the coming Friday)
POSTPONED = re.compile(r"\b(?:postpon|delay|defer|adjourn|push|mov|reschedul)\w*(?:\s+back)?"
                       r"\s+(?:to|until|till)\s+(?:next\s+)?$", re.IGNORECASE)


# the term of an order told in the past, which news reports the day it is given: "Clinton
# ordered flags flown at half-staff through Sunday", "The governor extended the curfew until
# Monday" on a Thursday name the coming days (a state told in the passive, "the road was
# closed until Monday", may be over)
ORDERED_UNTIL = re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )\b(?:ordered|declared|"
                           r"extended|suspended|imposed|banned|closed|shut|halted|recessed|"
                           r"barred|grounded|lifted)\b"
                           rf"{IN_CLAUSE}{{0,50}}\b(?:through|until|till)\s+$", re.IGNORECASE)


# A plan since replaced: "the vote, originally scheduled for December, was delayed" may name a
# date gone by: the nearest one, whatever the tense, rather than the coming one a plan names
ORIGINAL_PLAN = re.compile(r"\b(?:originally|initially|previously|first)\s+(?:scheduled|planned|"
                           r"set|slated|due|expected)\s+(?:for|in|on)\s+(?:late\s+|early\s+|"
                           r"mid-?)?$", re.IGNORECASE)


# A promise or threat told in the past, to do something on the date: "vowed to return
# Saturday", "threatened to strike on Monday" look ahead from the telling, which news tells the
# day it was made (unless a past verb after it tells what the date is about)
PROMISED = re.compile(rf"\b(?:vow|pledg|promis|threaten)(?:ed|ing)\s+to\s+\w+{PAST_LATER}"
                      rf"{IN_CLAUSE}*$", re.IGNORECASE)


def promised(m: re.Match) -> bool:
    """A promise or threat to act on the date, not one about an event the date names ("vowed
    to avenge the attack on Sunday": the attack's day)."""
    head = before(m, 60)
    return PROMISED.search(head) is not None and EVENT_ON.search(head) is None


# what a directive asks to tell about the past: "was asked Monday to explain his absence on
# Friday", "were told to recount the meeting on Friday" date the absence and the meeting
LOOKING_BACK_TO = (r"(?:explain|describe|recount|account|testify|justify|apologi[sz]e|comment|"
                   r"discuss|investigate|examine|detail|clarify|defend|identify|recall|"
                   r"remember|deny)")
# A directive told in the past, to act on the date: "Shops were told Monday to close on
# Friday", "The court ordered him to appear on Thursday": the day comes after the one the
# directive was given. What stands between the verb and "to" is its object or its day, no clause
# of its own ("told the jury he went to work on Friday" dates the going), nor a verb telling of
# the past (LOOKING_BACK_TO) unless a deadline is set.
DIRECTED = re.compile(rf"\b(?:told|ordered|asked|urged|instructed|directed|advised|called\s+on|"
                      r"summoned|invited|requested|encouraged)"
                      rf"(?P<object>(?:\s+(?!(?:that|he|she|they|we|i|was|were|had|did)\b|"
                      rf"{IRREGULAR}\b)(?![\w'’-]*ed\b)[\w'’.-]+){{0,6}}?)"
                      rf"\s+{TO_VERB}\s+(?P<act>\w+){PAST_LATER}{IN_CLAUSE}*$", re.IGNORECASE)
LOOKS_BACK = re.compile(rf"{LOOKING_BACK_TO}$", re.IGNORECASE)
# the date of a thing named: "the events of Friday", "questions about Friday's vote"
OF_DATE = re.compile(r"\b(?:of|about|over|into)\s+$", re.IGNORECASE)
# the directive's own day, named before its "to": "were told Monday to", "ordered on Monday to"
DIRECTIVE_DAY = re.compile(rf"\b(?:{alt(WEEKDAYS)}|yesterday|today)\b", re.IGNORECASE)
# a day the act is to be done by: "ordered to leave by Friday", "to delay it until Monday"
DONE_BY = re.compile(r"\b(?:by|until|till|before)\s+$", re.IGNORECASE)


def directed(m: re.Match) -> bool:
    """A directive to act on the date, not one about an event the date names ("asked to
    explain the blast on Sunday": the blast's day). Where the directive names no day of its own
    a date after the act may be the directive's ("He was asked to leave the meeting on
    Tuesday", "Residents were ordered to evacuate on Monday"): only a deadline leans ahead."""
    head = before(m, 80)
    found = DIRECTED.search(head)
    if found is None or EVENT_ON.search(head) is not None or OF_DATE.search(head[-8:]):
        return False
    if DONE_BY.search(head[-8:]):
        return True  # "asked to explain by Friday why ...": a deadline, whatever the act
    return DIRECTIVE_DAY.search(found.group("object")) is not None and \
        LOOKS_BACK.match(found.group("act")) is None


# "by June" in a clause told in the past perfect: "By June the yard had hired 200 workers",
# "the rebels had taken the town by Friday" tell a state reached by a day gone by, not a
# deadline ahead (not "had agreed to finish by June", whose finishing may lie ahead); an aside
# of who said it may stand between ("By June, officials said, the yard had hired ...")
BY = re.compile(r"\bby\s+(?:(?:early|late)\s+|mid-?)?$", re.IGNORECASE)
# what after "had" says the "by" date is another clause's, looking on from then or now: "had
# said the bill would pass by June", "who had doubted it now expect a deal by June"
LOOKS_ON = (r"(?:will|would|could|can|may|might|shall|should|must|that|now|expects?|hopes?|"
            r"plans?|wants?|aims?|intends?)")
HAD_BEFORE = re.compile(rf"(?<!\bhave )\bhad\b(?!\s+to\b)"
                        rf"(?:(?!\b(?:{TO_VERB}\s|{LOOKS_ON}\b)){IN_CLAUSE})*$", re.IGNORECASE)
HAD_AFTER = re.compile(r",?(?:\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?\s+(?:said|says|reported|added)"
                       r"\s*,)?"
                       r"(?:\s+(?!(?:will|would|shall|must|may|might|could|should|have|has)\b)"
                       r"[\w'’.$%-]+){0,5}?\s+had\b(?!\s+to\b)", re.IGNORECASE)


def by_told_as_past(m: re.Match) -> bool:
    """The date follows "by" in a clause in the past perfect."""
    return BY.search(before(m, 12)) is not None and (
        HAD_BEFORE.search(before(m, 70)) is not None or HAD_AFTER.match(after(m, 50)) is not None)


# Nouns of something that happened, not something planned: a date naming one ("Tuesday's
# attack", "the crash of March 3") lies behind the story even where the sentence looks ahead
# ("investigators will examine Tuesday's crash site").
HAPPENING = (r"(?:attacks?|bombings?|blasts?|explosions?|shootings?|killings?|murders?|"
             r"crash(?:es)?|collisions?|(?:earth)?quakes?|fires?|ruling|decision|verdict|"
             r"arrests?|raids?|assaults?|ambush|massacre|accident|derailment|collapse|riots?|"
             r"clashes|coup|deaths?|disappearance|announcement|resignation|defeat|victory|"
             r"landslide|sell-?off|plunge|outbreak|eruption|flood(?:ing|s)?)")
HAPPENED_AFTER = re.compile(rf"['’]s\s+(?:[\w-]+\s+){{0,2}}?{HAPPENING}\b", re.IGNORECASE)
HAPPENED_BEFORE = re.compile(rf"\b{HAPPENING}\s+of\s+$", re.IGNORECASE)
# an event noun right before the date: "the attack on Sunday" (after "to" it is the verb the
# promise is about: "threatened to attack on Monday", "vowed to riot on Sunday")
EVENT_ON = re.compile(rf"(?<!\bto )\b{HAPPENING}\s+(?:on\s+)?$", re.IGNORECASE)


def happened(m: re.Match) -> bool:
    """The date names when something reported happened ("Monday's ruling", "the blast of May 4")."""
    return bool(HAPPENED_AFTER.match(after(m, 40)) or HAPPENED_BEFORE.search(before(m, 24)))


# A present progressive shortly before the date, in its clause: English tells a plan in it
# ("is seeking re-election in November", "are launching the service in June"), so the date
# lies ahead, whatever a past verb in an aside before it says ("The mayor, first elected in
# 2016, is running again in November"). Not a verb looking back at an event ("is
# investigating the fire in March", "are still recovering from the floods in May"), nor a
# noun in -ing ("is something"), nor one with a past verb after it in the clause.
LOOKING_BACK = (r"(?:investigat|prob|examin|review|recover|mourn|mark|commemorat|celebrat|"
                r"remember|recall|blam|accus|defend|challeng|appeal|contest|disput|deny|"
                r"question|reel|su|describ|discuss|report|explain|analys|analyz|compar)ing\b")
PROGRESSIVE = re.compile(
    r"\b(?:is|are|am|['’]re)\s+(?:(?:not|also|still|now|already|again)\s+)?"
    rf"(?!being\b|during\b|\w*thing\b|{LOOKING_BACK})[a-z]{{2,}}ing\b{PAST_LATER}"
    rf"(?:\s+(?!{HAPPENING}\b)[\w'’-]+){{0,6}}?\s+(?:in|on|at|for|from|until|by)\s+"
    r"(?:(?:early|late|mid-?)\s+)?(?:the\s+)?$", re.IGNORECASE)


# What a market or a public waits for: "investors braced for the Fed's decision on Wednesday",
# "ahead of the vote on Friday": a day after the one the story has reached, though the
# waiting is told in the past (unless a past verb after the cue tells what the day is about)
AWAITED = re.compile(rf"\b(?:brac(?:ed|ing)\s+for|prepar(?:ed|ing)\s+for|await(?:ed|ing)|"
                     rf"ahead\s+of|in\s+the\s+run-up\s+to|look(?:ed|ing)\s+ahead\s+to|"
                     rf"wait(?:ed|ing)\s+for)\s{PAST_LATER}{IN_CLAUSE}{{0,60}}\s(?:on\s+)?$",
                     re.IGNORECASE)


# A forecast in the present of what a month will bring: "Traders now see the first rate cut in
# November", "Economists expect a rebound in September" lean ahead (a figure of a month past
# may still be forecast before it is published, so only lean)
FORECAST = re.compile(rf"\b(?:see|sees|expect|expects|forecast|forecasts|predict|predicts|"
                      rf"project|projects|anticipate|anticipates)\b{PAST_LATER}{IN_CLAUSE}*$",
                      re.IGNORECASE)


# A future before an aside told in the past, and the date after the aside: "Voters will decide
# whether the mayor, who was re-elected in 2021, keeps her job in November" looks ahead; the
# aside's past verb stands nearer the date but tells of the aside only
AHEAD_PAST_ASIDE = re.compile(rf"\b(?:{WILL}|won['’]t|shall|going\s+to)\b[^,.;:!?]*,\s+(?:who|"
                              r"which|whose|first|once|originally|re-?elected|elected|founded|"
                              rf"appointed|named)\b[^,.;:!?]*,(?!{IN_CLAUSE}*\bhave\b)"
                              rf"{PAST_LATER}{IN_CLAUSE}*$",
                              re.IGNORECASE)


def lean(m: re.Match, report: bool = False) -> str:
    """The direction of a date without a year: the tense's, ahead after a deadline word, a
    timetable, an intention or in a clause looking ahead, behind after "since" ("since
    January" has begun) or after a past verb of its clause. A reporting period (report) is
    spoken of ahead when it is past ("will report results for the first quarter" a month after
    it): only the deadline and timetable words lean it ahead."""
    if SINCE.search(before(m, 16)) or happened(m) or told_when(m) or by_told_as_past(m):
        return "past_incl"
    if ORIGINAL_PLAN.search(before(m, 40)):
        return "present"
    if PAST_BEFORE_SPAN.search(before(m, 30)):
        return "past_incl"
    # (each test made once and only when its answer can still decide)
    scheduled = SCHEDULED.search(before(m, 40)) is not None
    deadline = DEADLINE.search(before(m, 20)) is not None
    if not report and (scheduled or (deadline and _ahead(m))):
        # a timetable ("reopens in March") or "will stay shut until March" a month after one:
        # the coming one, however far
        return "future_incl"
    if deadline or scheduled:
        return "lean_future"
    if not report and INTENT.search(before(m, 70)):
        return "future_incl"
    if not report and FORECAST.search(before(m, 60)):
        return "lean_future"
    if told_before(m):
        return "lean_past"
    return "future_incl" if not report and _ahead(m) else "lean"


def _ahead(m: re.Match) -> bool:
    """The date's clause looks ahead: a future, a plan in the present progressive, or a
    future before an aside told in the past."""
    return (CLAUSE_FUTURE.search(before(m, 60)) is not None
            or PROGRESSIVE.search(before(m, 60)) is not None
            or AHEAD_PAST_ASIDE.search(before(m, 160)) is not None)


# A source's telling right before the date: "police said Monday", "told reporters on Friday",
# "in a statement Tuesday". The date is when the source spoke, not where the story has got to.
TELLING = re.compile(r"(?:\b(?:said|says|told(?:\s+[\w.'’-]+){0,3}?)|\bin\s+an?\s+(?:written\s+)?"
                     r"(?:statement|interview|speech)|\bat\s+a\s+news\s+conference)"
                     r"\s+(?:on\s+)?$", re.IGNORECASE)


def attributed(m: re.Match, sem):
    """sem marked as dating a source's telling when such words stand right before it."""
    if sem is not None and TELLING.search(before(m, 40)):
        return sem.but(attribution=True)
    return sem


# The years a sentence names before a month or season, each with the word before it: a scene
# ("In 1992 he moved to Ohio and in May ...") or a bound ("the highest since 1983 ... in May",
# "between 1994 and 1997"), which sets no year for the month. A number that counts ("laid off
# 2000 workers") is no year: counts_en decides, as it does for the year rule itself.
YEAR = re.compile(r"(?:\b([A-Za-z]+)\s+)?\b(?P<y>(?:1[89]|20)\d\d)\b")
BOUNDS = frozenset("since than from until till by before after through to between and or "
                   "ended ending".split())


# A sentence opening on a year ("In 1992, ...") sets the scene for the next one too, when that
# one names no other date before the month: "In 1992, he moved to Ohio. In May, he opened ..."
SCENE = re.compile(r"[\"“`']*In\s+(?:1[89]|20)\d\d,")
ANY_DATE = re.compile(rf"\b(?:(?:1[89]|20)\d\d|last|next|ago|{alt(DAY_WORDS)}|{alt(WEEKDAYS)})\b",
                      re.IGNORECASE)


# a relative clause or a participle opening an aside before a year, with no comma between
ASIDE_OPENS = re.compile(r",\s+(?:who|which|whose|first|once|originally|re-?elected|elected|"
                         r"founded|appointed|named)\b[^,]*$", re.IGNORECASE)


def in_story_year(m: re.Match) -> bool:
    """The month's own sentence set a year before it as the time told about, or the sentence
    before opened on one. Sentences end as the engine ends them ("Mr. Smith", "the U.S. Army"
    end none)."""
    lo = max(0, m.start() - 300)
    window = m.string[lo:m.start() + 1]  # the month's first letter: a sentence may end before it
    starts = [0] + [e.end() for e in SENTENCE_END.finditer(window)]
    first = max(starts[-1], len(window) - 161)
    own = window[first:-1]  # its last 160 characters
    year = None
    for found in YEAR.finditer(own):
        at = lo + first + found.start("y")
        if not counts(m.string, at, at + 4):
            year = found
    if year is not None:
        # (a year in an aside set off by commas dates the aside only: "The mayor, first
        # elected in 2016, faces voters in November")
        aside = "," in own[:year.start()] and re.match(r"[)\"”’]*,", own[year.end():])
        # (or in a relative clause set off by commas that closes later: "whether the mayor,
        # who was re-elected in 2021 with a large majority, keeps her job in November")
        aside = aside or (ASIDE_OPENS.search(own[:year.start()]) is not None
                          and "," in own[year.end():])
        return (year.group(1) or "").lower() not in BOUNDS and not aside
    return len(starts) > 1 and (starts[-2] > 0 or lo == 0) and \
        SCENE.match(window, starts[-2]) is not None and not ANY_DATE.search(own)


_ORIGINALS = {name: globals()[name] for name in (
    "ORIGINAL_PLAN", "SINCE", "AHEAD_PAST_ASIDE", "INTENT", "FORECAST", "TELLING", "PROGRESSIVE")}
(SCHEDULED, INTENT, AHEAD_PAST_ASIDE, DEADLINE, FORECAST, HAPPENED_BEFORE, TELLING,
 ORDERED_UNTIL) = map(
    fast, (SCHEDULED, INTENT, AHEAD_PAST_ASIDE, DEADLINE, FORECAST, HAPPENED_BEFORE, TELLING,
           ORDERED_UNTIL))


(ORIGINAL_PLAN, SINCE, AHEAD_PAST_ASIDE, INTENT, FORECAST, TELLING, PROGRESSIVE) = (
    _needing(_ORIGINALS[name], regex) for name, regex in (
        ("ORIGINAL_PLAN", ORIGINAL_PLAN), ("SINCE", SINCE), ("AHEAD_PAST_ASIDE", AHEAD_PAST_ASIDE),
        ("INTENT", INTENT), ("FORECAST", FORECAST), ("TELLING", TELLING),
        ("PROGRESSIVE", PROGRESSIVE)))
