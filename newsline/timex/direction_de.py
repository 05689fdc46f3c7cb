"""German: which side of its anchor a date without a year lies on, from the words around it.

A yearless "im Juni" or "am Mittwoch" is placed by the sentence's tense (resolve), unless the
words say more: "seit" looks back, "ab" and "bis" forward, a date something was moved to or a
plan was announced for lies ahead, what is scheduled "für" a day leans ahead. dates_de and
times_de ask steer() for the direction of every such date they build.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsline.timex import lexicon_de as L
from newsline.timex import required, tense_de
from newsline.timex.patterns import after, before
from newsline.timex.semantic import Sem

# Words around a date without a year that say which side of the anchor it lies on.
SINCE = re.compile(r"\bseit\s+(?:dem\s+|der\s+)?$", re.IGNORECASE)
ONWARD = re.compile(r"\b(?:ab|bis|bis\s+zum|bis\s+zur|spätestens|frühestens)\s+"
                    r"(?:dem\s+|den\s+)?$", re.IGNORECASE)
# Austrian "mit 1. Mai", Swiss "per 1. Januar": the day a rule takes effect, which a decision
# told in the past may still have ahead ("hat die Gebühren mit 1. Mai erhöht" on 30 April):
# the tense only leans
EFFECTIVE = re.compile(r"\b(?:mit|per)\s+(?:dem\s+)?$", re.IGNORECASE)
# ... told in the present ("Das Gesetz tritt mit 1. Juli in Kraft", "Die Tarife gelten per 1.
# März"), it leans ahead as a day date does: a past one must be much nearer
TAKES_EFFECT = re.compile(r"\b(?:tritt|treten|gilt|gelten|greift|greifen)\b", re.IGNORECASE)
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
# "seine Verletzung vom Samstag", "der Anschlag vom 3. Mai", "das Urteil vom Mittwoch": a
# mishap, a result or a ruling "of" a date has happened; so have several ("die Anschläge vom
# Wochenende", "nach den Unfällen vom Samstag")
OF_DONE = re.compile(r"(?:verletzung|unfall|unfäll|unglück|niederlage|pleite|schlappe|"
                     r"anschlag|anschläg|brand|bränd|absturz|abstürz|erdbeben|unwetter|überfall|"
                     r"überfäll|vorfall|vorfäll|angriff|attentat|beschluss|beschlüss|urteil|"
                     r"festnahme|verhaftung|explosion|einbruch|einbrüch|sturz|stürz|tat|"
                     r"schießerei|messerattacke)(?:e?s|en?|n)?\s+vom\s+$", re.IGNORECASE)
# ... and anything named "of" a weekday or a weekend: "das Spiel vom Samstag", "der Bericht
# vom Dienstag", "die Ergebnisse der Wahl vom Sonntag" are of the one gone by (not "vom Samstag
# an", "vom Freitag bis Sonntag", "die Nacht vom Samstag auf Sonntag")
NOUN_OF = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß-]{2,}(?<!Nacht)(?<!Nächte)\s+vom\s+$")
NOT_OF = re.compile(r"\s*(?:[,(]?\s*\d{1,2}(?:[.:]\d\d)?\s*(?:Uhr|h)\b\s*\)?,?\s*)?"
                    r"(?:an|bis|auf|zum|zur|ab|und|oder|[-–])\b", re.IGNORECASE)


# ... not what tickets are sold for or a plan is announced for ("Karten für das Derby vom Samstag
# sind ausverkauft", "kündigte an, die Partie vom Samstag zu gewinnen")
TICKETS_FOR = re.compile(r"\b(?:\w*[Kk]arten|Tickets?|Vorverkauf)\s+(?:für|zum|zur)\b[^.,;:!?]*$")


# ... nor an event the present tense says is called off, put off or held ("Das Training vom
# Samstag fällt aus", "Das Konzert vom Sonntag findet statt", "Das Spiel vom Samstag wird
# verschoben"): that one is still to come ("fällt knapp aus", "fällt heftig aus" tell how a
# thing turned out: only words that leave it called off may stand between "fällt" and "aus")
CALLED_OFF = re.compile(r"[^.,;:!?]*?\b(?:(?:fällt|fallen)\s+(?:(?:heuer|diesmal|leider|ersatzlos|"
                        r"kurzfristig|komplett|erneut|wohl|nun|jetzt|doch|auch|[a-zäöüß]*bedingt|"
                        r"(?:wegen|aufgrund|mangels|infolge)\b[^.,;:!?]*?)\s+)*aus|"
                        r"(?:findet|finden)\b[^.,;:!?]*\bstatt|entfällt|entfallen|(?:wird|werden|ist|sind)\b"
                        r"[^.,;:!?]*\b(?:abgesagt|verschoben|vertagt|verlegt)(?!\s+worden))\b",
                        re.IGNORECASE)
# ... not when another day is told before the verb ("Das Nachholspiel der Partie vom Samstag
# findet am Dienstag statt", "fallen heute Züge aus") nor when the thing of that day is a cause
# ("Wegen des Sturms vom Sonntag fallen Züge aus"): that day is gone by
OTHER_DAY = re.compile(r"\b(?:heute|morgen|übermorgen|\d{1,2}\.|Montag|Dienstag|Mittwoch|"
                       r"Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|Wochenende)", re.IGNORECASE)
CAUSE_OF = re.compile(r"\b(?:wegen|nach|infolge|aufgrund|trotz|seit)\s+(?:de[mnrs]|eine[mrs]?|"
                      r"ihre[mnrs]?|seine[mnrs]?)\s+(?:\w+\s+)?\w+\s+vom\s+$", re.IGNORECASE)


def called_off(m: re.Match) -> bool:
    """Whether the present tense calls off, puts off or holds the event "of" the date."""
    verb = CALLED_OFF.match(after(m, 80))
    return verb is not None and not OTHER_DAY.search(verb.group(0)) and \
        not CAUSE_OF.search(before(m, 60))


def named_of(m: re.Match, sem: Sem) -> bool:
    """Whether a weekday or weekend is what a noun before it is "of" ("vom")."""
    return (sem.weekday is not None or sem.weekend) and sem.month is None and \
        NOUN_OF.search(before(m, 40)) is not None and NOT_OF.match(after(m, 24)) is None and \
        not TICKETS_FOR.search(before(m, 80)) and not announced_plan(m) and \
        not called_off(m)


MOVED = re.compile(r"\s*(?:verschoben|vertagt|verlegt)\b", re.IGNORECASE)
# ... or after the verb: "vertagte die Verhandlung auf den 12. Juni", "verschob den Termin auf"
MOVED_BEFORE = re.compile(r"\b(?:vertagt|verschob|verschoben|verleg|verlegt)\w*\s+"
                          r"[^.,;:!?]*\bauf\s+(?:den\s+)?$", re.IGNORECASE)
# A deadline set anew: "hat die Frist bis Ende Februar verlängert", "verlängerte die Sperre bis
# Monatsende", "die Zahlungen bis März ausgesetzt": the day a thing now lasts to lies ahead of
# the telling however that is told (a deadline that has passed may still be meant, when much
# nearer than the coming one: "lean_ahead")
EXTEND_VERB = (r"(?:verlänger|verschob|verschieb|vertag|aufgeschoben|hinausgeschoben|"
               r"hinausgezögert|ausgesetzt|ausgedehnt|gestundet)\w*")
UNTIL = re.compile(r"\b(?:bis|auf)\s+(?:(?:den|zum|zur|Ende|Anfang|Mitte|spätestens)\s+)*$",
                   re.IGNORECASE)
EXTENDED_AFTER = re.compile(rf"[^.,;:!?]*?\b{EXTEND_VERB}", re.IGNORECASE)
EXTENDED_BEFORE = re.compile(rf"\b{EXTEND_VERB}\s+[^.,;:!?]*$", re.IGNORECASE)
# ... not where the verb comes after a clause of its own ("dauerte bis Mittwoch und wurde um
# einen Tag verlängert") or "ausgesetzt" tells what someone was exposed to, a noun between
# ("waren bis Mittwoch starkem Rauch ausgesetzt")
NOT_EXTENDED = re.compile(r"\b(?:und|oder|aber|sondern)\s|(?-i:\s[A-ZÄÖÜ]\w*\s+ausgesetzt)",
                          re.IGNORECASE)
PAST_PERFECT = re.compile(r"\b(?:war|waren|warst|wart|hatte|hatten|hattest|hattet)\b",
                          re.IGNORECASE)
CLAUSE_START = re.compile(r"[^.,;:!?]*$")
CLAUSE_END = re.compile(r"[^.,;:!?]*")


# ... not the participle worn as an adjective by a noun ("die verlängerte Frist bis Montag",
# "die bis Montag verlängerte Frist"): it names the deadline, and the sentence's tense tells
# whether it lies ahead ("half vielen": gone by). (An article before it: "verlängerte Fristen
# bis Montag" may be the verb.)
ATTRIBUTIVE = re.compile(r"[a-zäöüß]*(?:t|en)(?:e|en|em|er|es)\s+[A-ZÄÖÜ]")
ARTICLE_BEFORE = re.compile(r"\b(?:der|die|das|den|dem|des|eine[mnrs]?|diese[mnrs]?|"
                            r"seine[mnrs]?|ihre[mnrs]?|unsere[mnrs]?)\s+$", re.IGNORECASE)


def extended_to(m: re.Match) -> bool:
    """Whether the date is one a deadline or a stay was extended or put off to ("bis", "auf")."""
    lead = before(m, 80)
    if not UNTIL.search(lead):
        return False
    rest = after(m, 80)
    tail = EXTENDED_AFTER.match(rest)
    if tail is not None and (NOT_EXTENDED.search(tail.group(0)) or ATTRIBUTIVE.match(
            rest, tail.end() - len(re.search(r"\w+$", tail.group(0)).group(0)))):
        tail = None
    head = EXTENDED_BEFORE.search(lead)
    if head is not None and ATTRIBUTIVE.match(head.group(0)) and \
            ARTICLE_BEFORE.search(lead, 0, head.start()):
        head = None
    if tail is None and head is None:
        return False
    # told in the past perfect, the deadline set then may well have passed: the tense decides
    clause = CLAUSE_START.search(lead).group(0) + CLAUSE_END.match(after(m, 80)).group(0)
    return not PAST_PERFECT.search(clause)


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
# "zu reisen", "zu verhandeln", "abzuwandern" closing the clause; not the perfect "erzielt zu
# haben", "gewesen zu sein", which tells of what is done
PLAN_TAIL = re.compile(r"[^.;!?]*?(?:\bzu\s+(?!(?:haben|sein)\b)[a-zäöüß]+[elr]n|"
                       r"\b[a-zäöüß]{2,}zu[a-zäöüß]{2,}[elr]n)\s*[.;!?]")
# A promise in the present before a perfect infinitive with "zu" ("verspricht, die Schulden
# bis Dezember getilgt zu haben"): what is to be done by then lies ahead, however near the
# participle stands to the date (an accusation or a denial, "wirft ihm vor", "bestreitet",
# tells of the past). A hope so only with a deadline or a work finished ("hofft, bis Dezember
# ... saniert zu haben", "im Herbst fertig saniert zu haben"); without, it may hope that
# something done went well ("hoffen, am Montag die richtige Spur gefunden zu haben")
PROMISE_LEAD = re.compile(r"\b(?:verspricht|versprechen|verspreche),"
                          r"\s+(?!um\b|ohne\b|statt\b|anstatt\b)[^,.;:!?]*$", re.IGNORECASE)
HOPE_LEAD = re.compile(r"\b(?:hofft|hoffen|hoffe),"
                       r"\s+(?!um\b|ohne\b|statt\b|anstatt\b)[^,.;:!?]*$", re.IGNORECASE)
DEADLINE = re.compile(r"\bbis\s+(?:(?:zum|zur|spätestens|Ende|Anfang|Mitte)\s+)*$",
                      re.IGNORECASE)
FINISHED_TAIL = re.compile(r"[^.,;:!?]*?\b(?:fertig|abgeschlossen|vollendet|beendet)\b",
                           re.IGNORECASE)
PERFECT_TAIL = re.compile(r"[^.,;:!?]*?\b[a-zäöüß]{3,}(?:t|en)\s+zu\s+(?:haben|sein)\s*[.;!?,]")
# The same verbs before a "dass" clause in the present: "kündigte an, dass die Arbeiten im
# Herbst beginnen" (the clause's last word, its verb, is no past form)
PLAN_THAT = re.compile(rf"\b(?:{PLAN_VERBS}|mit|mitgeteilt|bekanntgegeben),\s+dass\s+"
                       r"[^,.;:!?]*$", re.IGNORECASE)
CLAUSE_VERB = re.compile(r"[^.;:!?,]*?\b(?P<v>[a-zäöüß]+)\s*[.;!?,]")
PAST_FORMS = re.compile(r"(?:te|ten|hat|haben|habe|hatte|hatten|ist|sind|sei|seien|war|waren|"
                        r"wurde|wurden|worden|gewesen)$")
# "ist"/"sind" closing a clause after an infinitive with "zu" ("dass mit Staus zu rechnen
# ist", "zu erwarten sind") or a state or forecast ("gesperrt ist", "angesagt sind") is present
PRESENT_BE = re.compile(rf"[^.;:!?,]*?\b(?:zu\s+[a-zäöüß]+[elr]n|{tense_de.STATES}|"
                        rf"{tense_de.FORECAST})\s+(?:ist|sind|sei|seien)\s*[.;!?,]")


def past_clause_verb(text: str) -> bool | None:
    """Whether the verb closing the clause text begins with is a past form (None: no verb)."""
    verb = CLAUSE_VERB.match(text)
    if verb is None:
        return None
    word = verb.group("v")
    if PRESENT_BE.match(text):
        return False
    return bool(PAST_FORMS.search(word)) or word in L.PAST_VERBS_SET


def announced_plan(m: re.Match) -> bool:
    """Whether the date stands in a plan announced before it: an infinitive clause or a
    present-tense "dass" clause after a verb of announcing, planning or demanding."""
    if PLAN_LEAD.search(before(m, 80)) and PLAN_TAIL.match(after(m, 120)):
        return True
    if PERFECT_TAIL.match(after(m, 120)):
        if PROMISE_LEAD.search(before(m, 80)):
            return True
        if HOPE_LEAD.search(before(m, 80)) and (DEADLINE.search(before(m, 40))
                                                or FINISHED_TAIL.match(after(m, 120))):
            return True
    if not PLAN_THAT.search(before(m, 80)):
        return False
    return past_clause_verb(after(m, 120)) is False


# A date in a relative or subordinate clause told in the present ("beschloss ein Gesetz, das
# im Juli in Kraft tritt", "..., sobald am Montag die Frist endet") is placed by that clause,
# not by a past main clause: it lies ahead
SUBCLAUSE = re.compile(r",\s+(?:das|die|der|den|dem|deren|dessen|dass|wenn|sobald|bevor|ehe|"
                       r"wo)\s+"
                       # (a finite auxiliary or modal before the date puts the verb second: a
                       # main clause after an article, "sagte, die Verhandlungen hätten im März
                       # begonnen")
                       r"(?![^,.;:!?]*\b(?:hat|haben|habe|hätte|hätten|hatte|hatten|ist|sind|sei|"
                       r"seien|war|waren|wäre|wären|wird|werden|werde|würde|würden|soll|sollen|"
                       r"solle|sollte|sollten|will|wollen|wolle|kann|können|könne|könnte|könnten|"
                       r"muss|müssen|müsse|dürfte|dürften)\b)[^,.;:!?]*$", re.IGNORECASE)


def present_subclause(m: re.Match) -> bool:
    """Whether the date stands in a subordinate clause whose verb (its last word) is present."""
    if not SUBCLAUSE.search(before(m, 80)):
        return False
    tail = after(m, 120)
    if past_clause_verb(tail) is not False:
        return False
    return verb_tense(CLAUSE_VERB.match(tail).group("v")) == "present"


# Reported speech in the present subjunctive before the date ("sagte, die Reform komme im
# Frühjahr", "teilte mit, das Werk schließe im Sommer"; Konjunktiv II where the first is the
# indicative: "die Gespräche begännen im Februar"): what it tells is to come, however the
# saying is told. (Not "sei"/"habe", which with a participle tell the past.)
SUBJUNCTIVE = (r"komme|kämen|werde|würden|beginne|begännen|starte|folge|gebe|gäben|liege|"
               r"lägen|bleibe|blieben|steige|sinke|trete|träten|gelte|gälten|finde|fänden|"
               r"ende|laufe|schließe|öffne|falle|fahre|stehe|gehe|erscheine|erfolge|solle|"
               r"wolle|könne|müsse|dürfe|übernehme|lege|steuere|plane|rechne|erwarte")
REPORTED_AHEAD = re.compile(rf",\s+(?:[^,.;:!?]*\s)?(?:{SUBJUNCTIVE})\s+"
                            r"(?:(?:(?!\b(?:sei|seien|habe|hätte|hätten|hatte|war|wurde|und|"
                            r"oder|aber)\b)[^,.;:!?\d])*\s)?$")
# ... nor a date a noun of the reported clause is of ("man gehe von einem Anschlag am Sonntag
# aus", "es gehe um den Vorfall am Samstag"): the sentence's tense places it
OF_A_NOUN = re.compile(r"\b(?:de[mnrs]|die|das|eine[mnrs]?)\s+(?:[a-zäöüß]+e[mnrs]?\s+)?"
                       r"(?-i:[A-ZÄÖÜ])[\wäöüß-]+\s+(?:am|vom)\s+$", re.IGNORECASE)
STATE = re.compile(r"\b(?:liege|lägen|gebe|gäben|steige|sinke|falle|lege|bleibe|blieben|stehe)\b")
# ... unless a participle with "sein"/"haben" closes it: a past told as supposed ("der Brand
# könne am Montag ausgelöst worden sein", "der Mann solle am Samstag eingedrungen sein")
REPORTED_PERFECT = re.compile(r"[^,.;:!?]*\b\w+(?:t|en)\s+(?:worden\s+)?(?:sein|haben)\b")


def steer(m: re.Match, sem: Sem) -> Sem:
    """A date without a year, placed by the words around it: "seit" looks back, "ab" and "bis"
    look forward unless the sentence is in the past ("onward"), a date something was moved to
    ("auf den 7. Juni verschoben") or a plan was announced for lies ahead, a deadline
    extended to ("bis Ende Februar verlängert") leans ahead."""
    if sem.direction != "tense" or sem.year is not None:
        return sem
    lead = before(m, 24)
    if SINCE.search(lead) or OVER.search(before(m, 48)) or OF_DONE.search(before(m, 32)) or \
            named_of(m, sem):
        return sem.but(direction="past_incl")
    if announced_plan(m):
        return sem.but(direction="future_incl")
    if present_subclause(m):
        return sem.but(direction="scheduled")
    reported = REPORTED_AHEAD.search(before(m, 80))
    if reported and not REPORTED_PERFECT.match(after(m, 80)) and \
            not OF_A_NOUN.search(before(m, 60)):
        # a figure a month or season "liege", "gebe", "steige" only leans ahead, as in the
        # indicative: "die Quote liege im Februar bei 6,1 Prozent" told in March is February's
        # just gone by
        return sem.but(direction="lean_ahead" if sem.day is None and sem.weekday is None and
                       STATE.search(reported.group(0)) else "scheduled")
    if ONTO.search(lead) and (MOVED.match(after(m, 16)) or MOVED_BEFORE.search(before(m, 80))):
        return sem.but(direction="future")
    if FOR.search(lead) or extended_to(m):
        return sem.but(direction="lean_ahead")
    if EFFECTIVE.search(lead) and sem.day is not None:
        clause = CLAUSE_START.search(before(m, 80)).group(0) + " " + \
            CLAUSE_END.match(after(m, 80)).group(0)
        if TAKES_EFFECT.search(clause):
            return sem.but(direction="ahead")
        return sem.but(direction="lean")
    if ONWARD.search(lead):
        # a day date may lie just behind ("tagt ab dem 3. Juni" a week later); a weekday after
        # "ab" or "bis" is the next one
        return sem.but(direction="ahead" if sem.day is not None else "onward")
    if sem.day is not None or sem.holiday is not None:
        return sem.but(direction="ahead")
    return sem


# A bare weekday's side is told by the verb of its own clause, not by the nearest verb of the
# sentence: "Am Montag berät der Rat, nachdem die Kommission den Plan vorgelegt hatte" is the
# coming Monday, "Der Präsident, der am Freitag abgesetzt wurde, will Berufung einlegen" the
# past Friday. A clause here is the stretch between commas, semicolons, colons or dashes.
# (a period ends a sentence before a capital letter, not after a digit: "Bahnhofstr. am",
# "am 3. Mai" go on)
CLAUSE_BOUNDARY = re.compile(r"[,;:](?:\s|$)|\s[–—-]\s|"
                             r"(?<!\d)[.!?][\"“”»«]?(?:\s+(?=[A-ZÄÖÜ„\"“»«])|$)")
# ... and a main clause joined by "und" whose verb comes just before the weekday ("wurde vor 25
# Jahren gegründet und feiert am Samstag sein Jubiläum": the Saturday to come)
COORDINATED = re.compile(r"\s(?:und|aber|doch|sondern)\s+(?=(?!(?:erst|nicht|jetzt|bereits|meist|"
                         r"zuletzt|fast|gut|weit|insgesamt|zunächst|selbst|sonst|längst|spät|"
                         r"mit|seit|oft|direkt|leicht|recht|stark|zuerst|somit|damit|samt|"
                         r"heut|acht|erneut|sofort|dort|einst|vorerst|zumindest|vielleicht|"
                         r"bestimmt)\b)[a-zäöüß]{2,}t\s+(?:am|an|ab|bis|zum|zur|vom)\s+"
                         r"(?:[a-zäöüß]+\s+)?$)")
# A clause opening on the weekday ("Am Montag berät der Rat"): the word after it is the finite
# verb (German puts it second), unless it still belongs to the date ("am Montag früh",
# "am Montag um 9 Uhr", "Montag und Dienstag")
NOT_A_VERB = frozenset("""früh abend abends morgen morgens vormittag vormittags nachmittag
    nachmittags mittag mittags nacht nachts um gegen ab bis und oder sowie noch vergangener
    voriger letzter kommender nächster dieser jeder zwischen in im an auf vor nach von vom zum
    zur beziehungsweise bzw erste zweite dritte vierte letzte nächste""".split())
OPENING = re.compile(r"\s*(?:(?:am|an|zu|über)\s+)?", re.IGNORECASE)
NEXT_WORD = re.compile(r"\s+([a-zäöüß]+)\b")
FIRST_WORD = re.compile(r"\s*([a-zäöüß]+)\s")
# Words that open a subordinate clause or continue a list rather than a main clause
NOT_MAIN_CLAUSE = frozenset("""dass daß nachdem weil da als wenn ob obwohl obgleich bevor ehe
    während seit seitdem sobald solange wie wo wobei womit wodurch worauf damit sodass so um
    ohne statt anstatt indem falls der die das dem den denen deren dessen welche welcher welches
    welchem welchen was wer wen wem wann warum weshalb wieso woher wohin zumal sondern aber doch
    jedoch denn und oder sowie bzw beziehungsweise also etwa zuletzt zudem zuvor dann danach
    heißt sagte sagt hieß erklärte teilte meinte betonte ein eine einem einen einer eines es er
    sie man wir ich ihr""".split())


@lru_cache(maxsize=1)
def _markers() -> re.Pattern:
    """The tense markers as the engine finds them (guarded: most places fail on one test)."""
    return re.compile(required.guarded(
        f"(?P<past>{tense_de.PAST})|(?P<future>{tense_de.FUTURE})", 0))


def clause_tense(m: re.Match) -> str | None:
    """The tense of the clause a weekday stands in: "past" or "future" by the nearest tense
    marker that begins inside that clause; else, when the clause opens on the weekday (its verb
    is the next word) or, after an inserted clause, on its verb, by that verb's shape; None
    when the clause does not tell (no verb of its own: "Am Montag, als ...")."""
    lead, tail = before(m, 160), after(m, 160)
    cut = None
    for cut in CLAUSE_BOUNDARY.finditer(lead):
        pass
    joined = COORDINATED.search(lead)
    if joined is not None and (cut is None or joined.end() > cut.end()):
        cut = joined
    start = m.start() - len(lead) + (cut.end() if cut else 0)
    stop = CLAUSE_BOUNDARY.search(tail)
    end = m.end() + (stop.start() if stop else len(tail))
    best: tuple[int, str] | None = None
    # (the markers look ahead for a participle themselves, past "ca." and "u. a." too, so the
    # search reaches beyond the clause; a marker must begin inside it)
    for found in _markers().finditer(m.string, start, min(m.end() + len(tail), end + 100)):
        if found.start() >= end:
            break
        distance = m.start() - found.end() if found.end() <= m.start() \
            else found.start() - m.end()
        kind = "past" if found.group("past") is not None else "future"
        if best is None or distance < best[0]:
            best = (distance, kind)
    if best is not None:
        return best[1]
    verb = NEXT_WORD.match(tail)
    if OPENING.fullmatch(m.string, start, m.start()) and verb and verb.group(1) not in NOT_A_VERB:
        return verb_tense(verb.group(1))
    # a main clause going on after an inserted one opens on its verb: "Die Kommission, die den
    # Plan vorgelegt hatte, berät am Montag darüber"
    first = FIRST_WORD.match(m.string, start, m.start())
    if cut and first and first.group(1) not in NOT_A_VERB and first.group(1) not in NOT_MAIN_CLAUSE:
        return verb_tense(first.group(1))
    return None


# A finite verb the markers do not know: the weak preterite ("verkündete", "verhandelten") and
# the strong one in "-iet" ("beriet") tell the past; the Konjunktiv II of a modal speaks of what
# may come ("könnte"); any other form is the present. A plural in "-ten" is a preterite only
# where no present ends so ("warten", "halten", "beraten" are present; cf. tense_de.PAST);
# "-ieten" only as the plural of "riet" ("berieten"; "bieten", "vermieten" are present)
PRETERITE = re.compile(r"[a-zäöüß]{2,}(?:te|iet)|[a-zäöüß]*rieten|[a-zäöüß]+(?:[bgkmpnz]|ck|"
                       r"ss|ß|ll|hl|[aeiouäöü]h|il|ol|ül|[^\Ww]er|[a-zäöüß]{2}el)ten|"
                       r"[a-zäöüß]{2,}[dt]eten")
MAY_COME = frozenset("könnte könnten sollte sollten dürfte dürften müsste müssten möchte "
                     "möchten".split())
# The strong preterites the markers know in the singular: "-en" on one is its plural, which
# no present form shares ("schloss" - "schlossen", "entschied" - "entschieden", "wies" - "wiesen")
STRONG_SINGULAR = frozenset(w for w in (*L.PAST_VERBS, *tense_de.SEPARABLE_PAST)
                            if not w.endswith(("e", "en")))
# Strong preterites that are nouns too ("Riss", "Schnitt", "Schritt"): written small in second
# place they are the verb ("Am Mittwochabend riss ein Sturm das Dach ab")
SMALL_PRETERITES = frozenset(L.NOUN_PRETERITES)


def verb_tense(word: str) -> str:
    """"past" or "present" by the shape of a finite verb."""
    if word in SMALL_PRETERITES or word.endswith("en") and (word[:-2] in STRONG_SINGULAR or
                                                            word[:-2] in SMALL_PRETERITES):
        return "past"
    return "past" if PRETERITE.fullmatch(word) and word not in MAY_COME else "present"
