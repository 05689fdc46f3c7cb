"""English cues for the direction of a date the text leaves open: whether "on Friday",
"in June" or "at Christmas" lies before or after the story's day.

The engine's tense look-up decides most of them; these are the words right around a date that
overrule it (deadlines, timetables, "since", a past verb of the date's own clause).
"""

from __future__ import annotations

import re

from newsline.timex.counts_en import counts
from newsline.timex import required, tries
from newsline.timex.engine import SENTENCE_ENDS, word_tree
from newsline.timex.lexicon_en import DAY_WORDS, IRREGULAR_PAST, NOT_PAST_ED, WEEKDAYS
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
                       r"\b(?:kicks?\s+off|goe?s?\s+on\s+sale|takes?\s+place|is\s+due|"
                       r"are\s+due)\s+(?:on\s+|in\s+)?$|"
                       # "The season opener is on Aug. 17", "The deadline is Jan. 15"
                       r"\b(?:is|are)\s+(?:on\s+)?$", re.IGNORECASE)


# A warning or forecast for a day or weekend covers one still ahead, though it was issued in
# the past ("The Met Office issued an amber warning for the weekend")
FORECAST_FOR = re.compile(r"\b(?:warnings?|watch(?:es)?|alerts?|advisory|advisories|forecasts?|"
                          r"outlook)\b[^.;:!?]{0,30}\bfor\s+$", re.IGNORECASE)


SINCE = re.compile(r"\bsince\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)


# A character of the date's own clause: no comma, colon, bracket or end of a sentence (a
# period before a capital; "Oct. 3" and "$2.5" stay inside)
IN_CLAUSE = r"(?:[^,;:().!?]|\.(?!\s+[A-Z]))"


# A word in -ed is no verb where a capital starts it inside a sentence ("Manchester United"),
# where it ends a compound ("London-based", "long-awaited"; "re-elected" stays a verb) or where
# it is one of the nouns, adjectives and present forms in -ed ("a hundred", "need")
NOT_NAME = rf"(?<!\w\w\w-)(?-i:(?=[a-z])|(?<![\w,;] )(?=[A-Z]))(?!{alt(NOT_PAST_ED)}\b)"


# Participles in -ed that news puts before a noun as adjectives of what is still to come
# ("will publish its delayed results in March", "will open the renovated hall in June")
ADJECTIVE_ED = (r"(?:schedul|expect|plann|slat|delay|postpon|propos|intend|revis|updat|detail|"
                r"extend|expand|improv|renovat|upgrad|refurbish|restor|long-await)ed\b")


# An irregular past form, not capitalised inside a sentence ("at the Met on Thursday", "with
# Justin Rose on Thursday" name no past)
IRREGULAR = rf"{NOT_NAME}(?:{word_tree(IRREGULAR_PAST)})"


# A past verb later in the clause than a word looking ahead: what it tells has happened ("will
# repay the loan it took out in March"); not a participle after "be" ("will be held in March"),
# a name ("will visit the United States in March") or a word in -ed that is no verb
PAST_LATER = (rf"(?!{IN_CLAUSE}*\b(?:was|were|had|did|(?<!be )(?<!been )(?<!being )"
              rf"(?:{NOT_NAME}(?!{ADJECTIVE_ED})\w{{2,}}(?<!e)ed|"
              rf"(?-i:{word_tree(IRREGULAR_PAST)}|taken|given|chosen|written|spoken|broken|"
              r"stolen|beaten)))\b(?![-'’]\w))")


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


# A past verb earlier in the date's own clause, with no look ahead after it: "who took office
# in November, will ..." is last November even though "will" stands nearer.
# "to" before a verb ("agreed to meet on Sunday" looks ahead), not the preposition before a
# place or a noun phrase ("flew to Paris on Sunday")
TO_VERB = (r"to(?!\s+(?:the|a|an|his|her|its|their|our|this|that|these|those)\b|"
           r"\s+(?-i:[A-Z]))")


CLAUSE_PAST = re.compile(rf"\b(?:{IRREGULAR}|{NOT_NAME}(?!(?:schedul|expect|plann|"
                         r"slat|delay|postpon|propos|intend)ed\b)\w{2,}(?<!e)ed)\b(?![-'’]\w)"
                         rf"(?!{IN_CLAUSE}*\b(?:will|would|shall|going\s+to|{TO_VERB}|due|next)\b)"
                         rf"{IN_CLAUSE}*$", re.IGNORECASE)


# "will" the noun ("their will", "political will", "the will of the people", "the will was
# read") is no future: after a determiner or adjective, or before what no modal precedes
WILL = (r"(?=will\b)(?<!\bthe )(?<!\ba )(?<!\btheir )(?<!\bhis )(?<!\bher )(?<!\bits )(?<!\bour )"
        r"(?<!\bfree )(?<!\bgood )(?<!\bill )(?<!political )(?<!['’]s )"
        r"will(?!\s+(?:of|to|on|in|at|for|and|or|but|was|is|has|had|that|the|a|an)\b|\s*[.;:!?)])")


# "might" the noun ("its military might", "the might of the navy") is no modal either
MIGHT = (r"(?=might\b)(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )(?<!\bour )"
         r"(?<!military )(?<!economic )(?<!financial )(?<!industrial )(?<!\bnaval )"
         r"(?<!\bfull )(?<!\ball )(?<!['’]s )might(?!\s+(?:of|and|was|is|has)\b|\s*[.;:!?)])")


# "will" earlier in the date's own clause, with no past verb after it: "will publish its
# results in March" is next March even when this one ended a month ago. So are the modals of
# what may come and the forms of a plan or forecast ("should reopen in March", "is expected to
# reopen in March", "is due to", "are scheduled for"), but not "would", which reports a plan
# that may be past ("said in January it would reopen the plant in March"), nor "could", as
# often the past of "can" ("could not be reached Wednesday").
CLAUSE_FUTURE = re.compile(rf"\b(?:{WILL}|won['’]t|shall|going\s+to|should|{MIGHT}|"
                           r"(?:is|are)\s+(?:expected|due|scheduled|slated|poised|to(?!\s+blame\b)|"
                           r"(?:set|likely)(?=\s+(?:to|for)\b))|"
                           r"scheduled\s+for|(?<!\bwas )(?<!\bwere )due\s+(?:in|on|by))\b"
                           rf"(?!{IN_CLAUSE}*\bhave\b){PAST_LATER}{IN_CLAUSE}*$",
                           re.IGNORECASE)


# A clause a date closes before a comma or before "that" opening what was said: "told reporters
# on Friday that he would resign" dates the telling, not the resigning.
CLAUSE_ENDS = re.compile(r"[,;]|\s+that\b|\s+and\s+(?:then\s+)?(?:will|would|is|are|plans|"
                         r"hopes|intends|expects)\b")


# A participle after a present linking verb tells a state, not a past ("Schools will stay
# closed on Thursday", "Banks remain closed on Monday", "The singer gets married on Saturday")
AFTER_LINK = "".join(rf"(?<!\b{w} )" for w in (
    "stay", "stays", "remain", "remains", "get", "gets", "getting", "become", "becomes"))


# A past verb right before the date, "on" between at most: "The strike that began on Monday is
# expected to end on Thursday" dates the beginning, whatever the main clause says (a participle
# after "be", "is" or "are" is a passive that may look ahead: "will be replayed on Tuesday").
PAST_VERB = (r"(?<!\bbe )(?<!\bbeen )(?<!being )(?<!\bis )(?<!\bare )"
             rf"{AFTER_LINK}"
             rf"\b(?:{IRREGULAR}|{NOT_NAME}(?!(?:schedul|expect|"
             r"plann|slat|delay|postpon|propos|intend|set)ed\b)\w{2,}(?<!e)ed)")
PAST_RIGHT_BEFORE = re.compile(rf"{PAST_VERB}\s+(?:on\s+)?$", re.IGNORECASE)
# the same before a stretch of days: "met from March 1 to March 3", "ran between May 2 and 5"
# (not a date moved: "was moved from May 1 to May 8" names the plan, which may lie ahead)
PAST_BEFORE_SPAN = re.compile(rf"(?!(?:mov|shift|switch|chang|reschedul|extend|push|advanc|"
                              rf"narrow|expand|postpon|delay|defer)\w*\s){PAST_VERB}"
                              r"\s+(?:from|between)\s+$", re.IGNORECASE)


def told_before(m: re.Match) -> bool:
    """A past verb earlier in the date's own clause, which the date closes: the date is when
    that happened, whatever tense the words after it take."""
    return bool(CLAUSE_PAST.search(before(m, 40)) and CLAUSE_ENDS.match(after(m, 24)))


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


# A "when" clause right after the date, told in the past and not ahead: "was delayed until
# Monday, when it passed" dates the passing, which has happened, whatever "until" suggests.
WHEN_AFTER = re.compile(rf",?\s+when\b(?P<c>{IN_CLAUSE}{{0,60}})")
PAST_WORD = re.compile(rf"\b(?:{IRREGULAR}|was|were|had|did|"
                       rf"{NOT_NAME}\w{{2,}}(?<!e)ed)\b(?![-'’]\w)", re.IGNORECASE)
AHEAD_WORD = re.compile(r"\b(?:will|would|shall|going\s+to|is|are|can|may|expected|due)\b|'ll\b",
                        re.IGNORECASE)


# verbs whose past is their plain form: past after a subject whose present would take an s
PLAIN_PAST = ("(?:set|put|cut|hit|let|quit|shut|spread|cost|hurt|beat|cast|split|burst|bet|"
              "upset|bid|shed|read)")
PLAIN_PAST_WORD = re.compile(rf"{PLAIN_PAST}\b", re.IGNORECASE)
# what a verb's object or particle starts with: a bare plural could as well be the verb after
# a noun ("the takeover bid lapses"), so only the nouns these verbs cut, set or hit most
# ("The Fed cut rates", "cut jobs", "set records", "hit targets"), or the word a verb without
# an object goes on with ("cut through the wreckage", "set sail", "cut short")
OBJECT_START = (r"(?:(?:the|a|an|its|his|her|their|our|this|these|those|some|all|more|back|up|"
                r"down|out|off|aside|apart|fire|rates|taxes|prices|costs|jobs|fares|spending|"
                r"output|production|records?|targets?|forecasts?|interest|emissions|staff|"
                r"wages|funding|ties|through|into|across|short|loose|free|sail)\b|[\d$£€])")


# the "when" clause's own verb comes within its first seven words, before any relative clause
# ("when the party that won in 2019 defends its majority", "when the club unveils the statue
# it commissioned" tell of the defending and the unveiling)
RELATIVE = re.compile(r"(?:who|that|which|whom|whose|where)\b", re.IGNORECASE)
PRONOUN = re.compile(r"(?:he|she|it|they|we|you|I)\b", re.IGNORECASE)


# A plural subject and a verb whose past is its plain form, with its object, in the date's own
# clause: "Prices hit a record on Thursday", "Rebels set fire to the depot Friday". Its present
# would speak of a habit or a timetable, which these verbs with these objects hardly do in
# news; not after a modal, "to" or "did" ("Will prices hit a record on Thursday?").
PLURAL_PLAIN_PAST = re.compile(
    r"(?<!\bwill )(?<!\bwould )(?<!\bcan )(?<!\bcould )(?<!\bshould )(?<!\bmay )(?<!\bmight )"
    r"(?<!\bmust )(?<!\bdo )(?<!\bdid )(?<!\bto )(?<!\blet )"
    r"\b[a-z]*[a-z][a-z](?<!ss)(?<!us)(?<!is)(?<!\bwas)(?<!\bhas)(?<!\bdoes)(?<!\bits)s\s+"
    rf"{PLAIN_PAST}\s+{OBJECT_START}{IN_CLAUSE}*$", re.IGNORECASE)


def told_when(m: re.Match) -> bool:
    """A "when" clause after the date tells in the past what happened on it (its verb past)."""
    w = WHEN_AFTER.match(after(m, 64))
    if w is None or AHEAD_WORD.search(w.group("c")):
        return False
    prev = ""
    for i, word in enumerate(list(re.finditer(r"[\w'’.-]+", w.group("c")))[:7]):
        if RELATIVE.match(word.group()) or (i and PRONOUN.fullmatch(word.group())):
            return False
        if PAST_WORD.match(w.group("c"), word.start()) or (
                i and PLAIN_PAST_WORD.fullmatch(word.group()) and not prev.endswith("s")
                and re.match(rf"\s+{OBJECT_START}", w.group("c")[word.end():], re.I)):
            return True  # "when the bill passed", "when Albright set aside vacation plans"
        prev = word.group()
    return False


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
    if SINCE.search(before(m, 16)) or happened(m) or told_when(m):
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


def fast(pattern: re.Pattern) -> re.Pattern:
    """The same pattern behind a lookahead for the characters its matches begin with, its
    word lists walked as prefix trees: these are searched over the words before every date,
    and a pattern opening with a word boundary is otherwise tried whole at every position
    (the other English modules' patterns of the same kind go through it as well)."""
    return tries.compiled(required.guarded(pattern.pattern, pattern.flags), pattern.flags)


_ORIGINALS = {name: globals()[name] for name in (
    "PAST_BEFORE_SPAN", "ORIGINAL_PLAN", "SINCE", "AHEAD_PAST_ASIDE", "INTENT", "FORECAST",
    "CLAUSE_FUTURE", "TELLING", "PROGRESSIVE")}
(SCHEDULED, PAST_BEFORE_SPAN, CLAUSE_PAST, INTENT, CLAUSE_FUTURE, AHEAD_PAST_ASIDE, DEADLINE,
 FORECAST, HAPPENED_BEFORE, PAST_RIGHT_BEFORE, PLURAL_PLAIN_PAST, TELLING, ORDERED_UNTIL) = map(
    fast, (SCHEDULED, PAST_BEFORE_SPAN, CLAUSE_PAST, INTENT, CLAUSE_FUTURE, AHEAD_PAST_ASIDE,
            DEADLINE, FORECAST, HAPPENED_BEFORE, PAST_RIGHT_BEFORE, PLURAL_PLAIN_PAST, TELLING,
            ORDERED_UNTIL))


class _Needing:
    """A pattern searched only where one of the strings every match of it holds occurs in the
    words looked at (required.required_strings; str.find at C speed): most of the tests above
    need a word ("since", "from", "will", "originally") that the few words before a date mostly
    lack. The same answers as the pattern's own search."""

    __slots__ = ("regex", "strings")

    def __init__(self, regex: re.Pattern, strings: tuple[str, ...]):
        self.regex, self.strings = regex, strings

    def search(self, text: str) -> re.Match | None:
        if required.usable(text):
            low = text.lower()
            if not any(s in low for s in self.strings):
                return None
        return self.regex.search(text)


def _needing(original: re.Pattern, regex: re.Pattern):
    strings = required.required_strings(original.pattern, original.flags)
    return regex if strings is None else _Needing(regex, strings)


(PAST_BEFORE_SPAN, ORIGINAL_PLAN, SINCE, AHEAD_PAST_ASIDE, INTENT, FORECAST, CLAUSE_FUTURE,
 TELLING, PROGRESSIVE) = (
    _needing(_ORIGINALS[name], regex) for name, regex in (
        ("PAST_BEFORE_SPAN", PAST_BEFORE_SPAN), ("ORIGINAL_PLAN", ORIGINAL_PLAN),
        ("SINCE", SINCE), ("AHEAD_PAST_ASIDE", AHEAD_PAST_ASIDE), ("INTENT", INTENT),
        ("FORECAST", FORECAST), ("CLAUSE_FUTURE", CLAUSE_FUTURE), ("TELLING", TELLING),
        ("PROGRESSIVE", PROGRESSIVE)))
