"""German idioms whose time words name no time, or another stretch than they count.

"über Nacht" is a night ("Der Schnee ist über Nacht geschmolzen") except where it means
"suddenly" ("wurde über Nacht zum Star", "über Nacht berühmt", "lässt sich nicht über Nacht
ändern"); "früher" is the bygone past ("Früher war alles besser") except as the comparative of
"früh" ("schlossen die Banken früher", "früher als geplant", "eine Stunde früher"). And a week
is counted as eight days, two weeks as fourteen: "in acht Tagen", "heute in acht Tagen",
"Freitag in acht Tagen" are one week on. Each check reads a few words around the match only.
"""

from __future__ import annotations

import re

from newsline.timex.patterns import after, before

# "quasi über Nacht", "nicht über Nacht": how fast, not when
SUDDEN_BEFORE = re.compile(r"\b(?:nicht|kaum|quasi|praktisch|förmlich|gleichsam|buchstäblich|"
                           r"regelrecht|geradezu|fast|beinahe|nahezu|sozusagen|wie|einfach|"
                           r"schlicht|plötzlich)\s+$", re.IGNORECASE)
# "über Nacht berühmt / reich": becoming something
SUDDEN_AFTER = re.compile(r"\s+(?:[a-zäöüß]+\s+){0,2}?(?:berühmt|reich|bekannt|populär|"
                          r"prominent|weltberühmt|steinreich|arm|obsolet|überflüssig|wertlos|"
                          r"zunichte)\w*\b")
# "wurde über Nacht zum Star", "ist über Nacht zur Ikone geworden": becoming someone. The noun
# closes the clause or a verb of becoming follows it; "zur Polizei", "zum Schutz der Anrainer"
# after a literal night go on with other words
BECOMING = re.compile(r"\s+zu[mr]\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][\wäöüß-]*(?:(?P<end>\s*[.,;:!?)]|"
                      r"\s*$)|\s+(?P<become>geworden|gemacht|avanciert|mutiert|aufgestiegen)\b)")
BECOME_BEFORE = re.compile(r"\b(?:wurde|wurden|wird|werden|würde|würden|avancierte|avancierten|"
                           r"mutierte|mutierten|machte|machten|stieg|stiegen)\s+"
                           r"(?:[\wäöüß]+\s+){0,3}$", re.IGNORECASE)


def figurative_night(m) -> bool:
    """Whether "über Nacht" at m means "suddenly" rather than a night."""
    if SUDDEN_BEFORE.search(before(m, 16)) is not None or \
            SUDDEN_AFTER.match(after(m, 50)) is not None:
        return True
    becoming = BECOMING.match(after(m, 50))
    if becoming is None:
        return False
    return becoming.group("become") is not None or \
        BECOME_BEFORE.search(before(m, 40)) is not None


# "früher als geplant", "viel früher", "eine Stunde früher", "um zwei Tage früher"
EARLIER_AFTER = re.compile(r"\s+als\b")
EARLIER_BEFORE = re.compile(r"\b(?:viel|etwas|noch|deutlich|weit|wesentlich|erheblich|immer|"
                            r"bedeutend|spürbar|merklich|ein\s+wenig|ein\s+bisschen|"
                            r"\w+\s+(?:Stunden?|Minuten?|Tage?n?|Wochen?|Monate?n?|Jahre?n?))"
                            r"\s+$", re.IGNORECASE)
# Doing something at an earlier hour, or age, than usual: "schlossen die Banken früher.",
# "früher schließen", "früher in Rente gehen" (but "ging früher oft ins Kino" is the past)
FINITE_SCHEDULE = (r"(?:schlie(?:ß|ss)en|schließt|schloss|schlossen|öffnet|öffneten|öffnen|"
                   r"beginnt|beginnen|begann|begannen|endet|endeten|enden|startet|starteten|"
                   r"starten|kam|kamen|kommt|kommen|ging|gingen|geht|gehen|fuhr|fuhren|fährt|"
                   r"fahren|stand|standen|steht|stehen|hört|hören|hörte|hörten)")
# (not "machen": "So machten es die Bauern früher." is the bygone past; "früher Schluss
# machen" is read after the word)
# (the subject or a day between: "schließen die Geschäfte an Heiligabend früher")
EARLIER_SCHEDULE_BEFORE = re.compile(rf"\b{FINITE_SCHEDULE}\s+(?:[\wäöüß-]+\s+){{0,4}}$")
CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|$)|\s+(?:als|und|oder|nach\s+Hause|Feierabend|"
                        r"Schluss|Dienstschluss)\b|\s+(?:auf|los|heim)\s*[.,;:!?)]")
NONFINITE_SCHEDULE = (r"(?:schließen|öffnen|beginnen|enden|starten|kommen|gehen|fahren|"
                      r"aufstehen|aufhören|losfahren|heimfahren|geschlossen|geöffnet|begonnen|"
                      r"geendet|gestartet|gekommen|gegangen|gefahren|aufgestanden|aufgehört)")
EARLIER_SCHEDULE_AFTER = re.compile(
    rf"\s+(?:(?:in\s+(?:den\s+|die\s+)?)?(?:Rente|Pension|Ruhestand)\b|nach\s+Hause\b|"
    rf"Feierabend\b|Schluss\b|{NONFINITE_SCHEDULE}\b(?=\s*(?:[.,;:!?)]|$)|\s+(?:als|und|oder|"
    rf"werden|wird|wurde|wurden|soll|sollen|sollte|sollten|muss|müssen|musste|mussten|kann|"
    rf"können|konnte|konnten|will|wollen|wollte|wollten|darf|dürfen|haben|hat|hatte|hatten|"
    rf"sein|ist|sind|war|waren|würde|würden)\b))")


def comparative_earlier(m) -> bool:
    """Whether "früher" at m is the comparative "earlier (than usual)", not the bygone past."""
    if EARLIER_AFTER.match(after(m, 6)) or EARLIER_BEFORE.search(before(m, 24)):
        return True
    if m.group(0)[0].isupper():
        return False  # "Früher war alles besser": the sentence opens on the bygone past
    if EARLIER_SCHEDULE_BEFORE.search(before(m, 50)) and CLAUSE_END.match(after(m, 20)):
        return True
    return EARLIER_SCHEDULE_AFTER.match(after(m, 40)) is not None


# German counts a week as eight days and two as fourteen ("in acht Tagen", "heute in
# vierzehn Tagen"); as other counts of days after "in", "vor" or a day word they are exact
WEEK_DAYS = {8: 1, 14: 2}


def weeks_of_days(days: int) -> int | None:
    """The weeks a count of days stands for in "in acht Tagen", or None for an exact count."""
    return WEEK_DAYS.get(days)


def comparative_shift(m) -> bool:
    """Whether "zwei Wochen früher/später" at m compares with a usual or planned time ("früher
    als üblich", "beginnt heuer zwei Wochen später.") rather than counting from the story's
    date ("Zwei Jahre später kehrte er zurück")."""
    if EARLIER_AFTER.match(after(m, 6)):
        return True
    return EARLIER_SCHEDULE_BEFORE.search(before(m, 50)) is not None and \
        CLAUSE_END.match(after(m, 20)) is not None
