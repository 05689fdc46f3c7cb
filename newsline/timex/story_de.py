"""The story's year in German text: a month, season or day date the words do not place
otherwise lies in the year its own sentence named when told in the past, or, opening its
sentence, in the year the sentence before opened on ("Im März 2019 gründete sie das Start-up.
Im Mai folgte die erste Finanzierungsrunde"); resolve places it ("in_story", "in_story_fronted").
"""

from __future__ import annotations

import re

from newsline.timex.direction_de import CLAUSE_END, PAST_PERFECT
from newsline.timex.patterns import after, before
from newsline.timex.semantic import Sem


# A month or season that opens its sentence ("Im Mai folgte die erste Finanzierungsrunde")
# goes on with the story the sentence before told, when that named its year
FRONTED = re.compile(r"(?:\A|[.!?][\"“”«»]?\s+)(?:(?:Schon|Bereits|Erst|Dann|Noch|Und)\s+)?"
                     r"(?:[IiAa]m\s+)?$")


def in_story(sem: Sem, m: re.Match | None = None) -> Sem:
    """A month or season the words do not place otherwise: told in the past in a sentence
    that named a year, it lies in that year ("2015 zog sie nach Wien und begann im Herbst");
    in the present it leans ahead, as a day date does ("Im Oktober sind Landtagswahlen").
    Opening its sentence, a year named in the sentence before places it too."""
    if sem.direction != "tense":
        return sem
    if m is not None and FRONTED.search(before(m, 24)) and _goes_on_from_year(m):
        return sem.but(direction="in_story_fronted")
    if m is not None and _year_compared(m):
        return sem.but(direction="ahead")
    return sem.but(direction="in_story")


YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A year the sentence names to compare with or to bound, not as the time it tells of ("Wie
# schon 2024 stürmte es am 3. Februar", "Anders als 2024 fiel im Februar kein Schnee", "Nach
# dem Rekordjahr 2024 brach der Umsatz im Februar ein", "Bis 2020 war er Bürgermeister, am 3.
# Februar trat er erneut an"; not "als" alone, which may tell when: "Als 2015 die Krise kam")
COMPARED = re.compile(r"\b(?:wie|(?:anders|mehr|weniger|[a-zäöüß]{3,}er)\s+als|gegenüber|"
                      r"verglichen\s+mit|Vergleich\s+zu[mr]?|seit|bis|nach|vor)\s+(?:(?:schon|"
                      r"bereits|noch|zuletzt|im|dem|de[mnrs]|Jahr|Jahre|[\wäöüß]*jahr)\s+)*$",
                      re.IGNORECASE)


def _year_compared(m: re.Match) -> bool:
    """Whether the last year named before the date in its sentence is one compared with."""
    lead = before(m, 160)
    ends = [e.end() for e in SENTENCE_ENDS.finditer(lead)]
    lead = lead[ends[-1]:] if ends else lead
    years = list(YEAR.finditer(lead))
    return bool(years) and COMPARED.search(lead, 0, years[-1].start()) is not None


SENTENCE_ENDS = re.compile(r"(?<!\d)[.!?][\"“”»«]?\s+")
# The sentence before opens on the time it tells of ("Im März 2019 gründete sie", "2015 zog
# sie", "Ende 2019 kaufte er"), setting the story's time; a year it names further on is a
# fact told in passing ("Der Verein wurde 1998 gegründet.", "Der Bürgermeister ist 1975
# geboren.", "Der Umsatz lag 2024 bei drei Millionen Euro."), not what the next one goes on from
YEAR_OPENS = re.compile(r"(?:(?:Schon|Bereits|Erst|Dann|Noch|Und)\s+)?(?:(?:[Ii]m|Anfang|Ende|"
                        r"Mitte|Zu\s+Beginn)\s+(?:[\wäöüß]+\s+){0,2})?(?:19|20)\d\d\b")


def _goes_on_from_year(m: re.Match) -> bool:
    """Whether the sentence before opened on its year and was not background told in the past
    perfect ("Die Gemeinde hatte bereits 2023 einen Antrag gestellt. Im Juni wurde er
    abgelehnt": the June is the story's own, not 2023's)."""
    lead = before(m, 240)
    ends = [e.end() for e in SENTENCE_ENDS.finditer(lead)]
    if not ends or (len(ends) == 1 and m.start() > len(lead)):
        return False  # (no sentence before, or its opening lies beyond the window)
    previous = lead[ends[-2] if len(ends) > 1 else 0:ends[-1]]
    if not YEAR_OPENS.match(previous):
        return False
    here = lead[ends[-1]:] + CLAUSE_END.match(after(m, 160)).group(0)
    return not (PAST_PERFECT.search(previous) and not PAST_PERFECT.search(here))
