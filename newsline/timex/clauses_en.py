"""The tense of a date's own clause in English: the past and future verbs around a date
("took office in November", "will publish its results in March", "Monday, when it passed"),
which direction_en weighs with its other cues (deadlines, timetables, "since").

Also the searches these cues share: patterns walked as prefix trees (fast) and searched only
where a word they need occurs (_Needing).
"""

from __future__ import annotations

import re

from newsline.timex import required, tries
from newsline.timex.engine import word_tree
from newsline.timex.lexicon_en import IRREGULAR_PAST, NOT_PAST_ED
from newsline.timex.patterns import after, alt, before


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


def fast(pattern: re.Pattern) -> re.Pattern:
    """The same pattern behind a lookahead for the characters its matches begin with, its
    word lists walked as prefix trees: these are searched over the words before every date,
    and a pattern opening with a word boundary is otherwise tried whole at every position
    (the other English modules' patterns of the same kind go through it as well)."""
    return tries.compiled(required.guarded(pattern.pattern, pattern.flags), pattern.flags)


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


_ORIGINALS = {name: globals()[name] for name in ("PAST_BEFORE_SPAN", "CLAUSE_FUTURE")}
(PAST_BEFORE_SPAN, CLAUSE_PAST, CLAUSE_FUTURE, PAST_RIGHT_BEFORE, PLURAL_PLAIN_PAST) = map(
    fast, (PAST_BEFORE_SPAN, CLAUSE_PAST, CLAUSE_FUTURE, PAST_RIGHT_BEFORE, PLURAL_PLAIN_PAST))


(PAST_BEFORE_SPAN, CLAUSE_FUTURE) = (
    _needing(_ORIGINALS[name], regex) for name, regex in (
        ("PAST_BEFORE_SPAN", PAST_BEFORE_SPAN), ("CLAUSE_FUTURE", CLAUSE_FUTURE)))
