"""German: which side of its anchor a date without a year lies on, from the words around it.

A yearless "im Juni" or "am Mittwoch" is placed by the sentence's tense (resolve), unless the
words say more: "seit" looks back, "ab" and "bis" forward, a date something was moved to or a
plan was announced for lies ahead, what is scheduled "für" a day leans ahead. dates_de and
times_de ask steer() for the direction of every such date they build.
"""

from __future__ import annotations

import re

from newsline.timex import lexicon_de as L
from newsline.timex.patterns import after, before
from newsline.timex.semantic import Sem

# Words around a date without a year that say which side of the anchor it lies on.
SINCE = re.compile(r"\bseit\s+(?:dem\s+|der\s+)?$", re.IGNORECASE)
ONWARD = re.compile(r"\b(?:ab|bis|bis\s+zum|bis\s+zur|spätestens|frühestens)\s+"
                    r"(?:dem\s+|den\s+)?$", re.IGNORECASE)
ONTO = re.compile(r"\bauf\s+(?:den\s+)?$", re.IGNORECASE)
# "rief für Donnerstag zu einem Streik auf", "kündigte für Juni seinen Rücktritt an": what
# something is planned for lies ahead unless a past one is much nearer ("die Zahlen für März")
FOR = re.compile(r"\bfür\s+(?:den\s+|das\s+|die\s+)?$", re.IGNORECASE)
# "Nach der Niederlage am Samstag steht der Trainer unter Druck", "nach dem Unfall am 3. Mai":
# a result or a mishap the sentence tells of as past is over, whatever its tense. Not after an
# indefinite article or a word of hope: "Nach einem Sieg am Samstag wäre die Mannschaft
# Meister", "nach dem erhofften Sieg am Sonntag" are results that may come
OVER = re.compile(r"\bnach\s+(?:dem|der|ihrem|seinem)\s+"
                  r"(?!(?:erhofft|erwartet|möglich|angestrebt|ersehnt|geplant)e[nmrs]?\s)"
                  r"(?:[\w.-]+\s+)?"
                  r"(?:\d+:\d+(?:-[\w-]+)?|[\w-]*(?:niederlage|sieg|remis|unentschieden|pleite|"
                  r"schlappe|unfall|anschlag|brand|absturz|erdbeben|unwetter|überfall)(?:e?s|en|n)?)"
                  r"\s+(?:am|vom)\s+$", re.IGNORECASE)
MOVED = re.compile(r"\s*(?:verschoben|vertagt|verlegt)\b", re.IGNORECASE)
# An announced plan: "kündigte an, am Mittwoch nach Rom zu reisen", "drohte, ab Freitag zu
# streiken". The date stands in an infinitive clause after a verb of announcing or planning,
# which tells of what is to come even when that verb is in the past.
PLAN_VERBS = (r"an|vor|auf|bekannt|darauf|dazu|bereit|verpflichtet|aufgefordert|eingeladen|"
              r"versprach|versprachen|beschloss|beschlossen|plant|planen|"
              r"plante|planten|drohte|drohten|erwägt|erwog|beabsichtigt|beabsichtigte|"
              r"angekündigt|versprochen|zugesagt|vereinbart|vereinbarte|vereinbarten|entschieden|"
              r"vorgenommen|geplant|angedroht|gedroht|forderte|forderten|gefordert")
PLAN_LEAD = re.compile(rf"\b(?:{PLAN_VERBS}),"
                       r"\s+(?!um\b|ohne\b|statt\b|anstatt\b)[^,.;:!?]*$", re.IGNORECASE)
# "zu reisen", "zu verhandeln", "abzuwandern" closing the clause
PLAN_TAIL = re.compile(r"[^.;!?]*?(?:\bzu\s+[a-zäöüß]+[elr]n|"
                       r"\b[a-zäöüß]{2,}zu[a-zäöüß]{2,}[elr]n)\s*[.;!?]")
# The same verbs before a "dass" clause in the present: "kündigte an, dass die Arbeiten im
# Herbst beginnen" (the clause's last word, its verb, is no past form)
PLAN_THAT = re.compile(rf"\b(?:{PLAN_VERBS}|mit|mitgeteilt|bekanntgegeben),\s+dass\s+"
                       r"[^,.;:!?]*$", re.IGNORECASE)
CLAUSE_VERB = re.compile(r"[^.;:!?,]*?\b(?P<v>[a-zäöüß]+)\s*[.;!?,]")
PAST_FORMS = re.compile(r"(?:te|ten|hat|haben|habe|hatte|hatten|ist|sind|sei|seien|war|waren|"
                        r"wurde|wurden|worden|gewesen)$")


def announced_plan(m: re.Match) -> bool:
    """Whether the date stands in a plan announced before it: an infinitive clause or a
    present-tense "dass" clause after a verb of announcing, planning or demanding."""
    if PLAN_LEAD.search(before(m, 80)) and PLAN_TAIL.match(after(m, 120)):
        return True
    if not PLAN_THAT.search(before(m, 80)):
        return False
    verb = CLAUSE_VERB.match(after(m, 120))
    return verb is not None and not PAST_FORMS.search(verb.group("v")) \
        and verb.group("v") not in L.PAST_VERBS_SET


def steer(m: re.Match, sem: Sem) -> Sem:
    """A date without a year, placed by the words around it: "seit" looks back, "ab" and "bis"
    look forward unless the sentence is in the past ("onward"), a date something was moved to
    ("auf den 7. Juni verschoben") or a plan was announced for lies ahead."""
    if sem.direction != "tense" or sem.year is not None:
        return sem
    lead = before(m, 24)
    if SINCE.search(lead) or OVER.search(before(m, 48)):
        return sem.but(direction="past_incl")
    if announced_plan(m):
        return sem.but(direction="future_incl")
    if FOR.search(lead):
        return sem.but(direction="lean_ahead")
    if ONWARD.search(lead):
        # a day date may lie just behind ("tagt ab dem 3. Juni" a week later); a weekday after
        # "ab" or "bis" is the next one
        return sem.but(direction="ahead" if sem.day is not None else "onward")
    if ONTO.search(lead) and MOVED.match(after(m, 16)):
        return sem.but(direction="future")
    if sem.day is not None or sem.holiday is not None:
        return sem.but(direction="ahead")
    return sem


def in_story(sem: Sem) -> Sem:
    """A month or season the words do not place otherwise: told in the past in a sentence
    that named a year, it lies in that year ("2015 zog sie nach Wien und begann im Herbst");
    in the present it leans ahead, as a day date does ("Im Oktober sind Landtagswahlen")."""
    return sem.but(direction="in_story") if sem.direction == "tense" else sem
