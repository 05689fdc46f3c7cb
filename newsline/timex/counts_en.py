"""English four-digit numbers that count things rather than name a year: "laid off 2000
workers", "Some 1999 votes were counted", "2000 troops were sent". One definition for the year
rule (years_en.year) and for the years a sentence tells before a month (direction_en).

What English does:
- a word that introduces a year makes it one, whatever follows: a determiner ("the 2000
  elections", "its 1999 budget") or a year-taking preposition or position ("in 2000 people
  were poorer", "since 1999", "fiscal 2001", "mid-1990"); except "a total of 2000 people",
  "won by 2000 votes", "between 1500 and 2000 troops" and "took in 2000 refugees" (the verb's
  particle "in"), which count;
- a quantifier before it makes it a count ("some", "nearly", "more than", "at least",
  "another", "all"); "about" and "around" only when a plural noun or a verb follows ("about
  2000 people", "around 2000 were hurt"; "built around 1900" is the year);
- so does a verb that takes an object ("cut 1900 jobs", "employs 2000", "killed 1999"),
  unless the number is the subject of what follows ("said 2000 was a good year");
- so does what it measures joined to it ("a 2000-strong crowd", "a 1500-seat arena");
- otherwise a plural noun it counts right after it, one modifier allowed ("2000 troops were
  sent", "with 1500 new homes", "2000 U.S. soldiers"), makes it a count. A verb in -s
  ("1999 marks the start") does not, and a year's own nouns after it ("1999 earnings", "higher
  than 1999 levels", "the 2000 Olympics") make it a year whatever comes before.
"""

from __future__ import annotations

import re

from newsline.timex.lexicon_en import IRREGULAR_PAST, MONTHS

# words that introduce a year (the number after them is one, whatever follows)
YEAR_WORDS = frozenset(
    "the this that these those its his her their our my your a an 's "
    "in of since by until till early late mid during fiscal calendar from between "
    "through throughout before after circa c. year summer spring fall autumn winter "
    "season class".split())
# quantifiers: the number after them counts something
QUANTIFIERS = re.compile(r"\b(?:some|nearly|almost|over|(?:more|less|fewer)\s+than|"
                         r"at\s+(?:least|most)|up\s+to|another|all|only|just|exactly|"
                         r"precisely|(?:an\s+)?estimated|additional|extra|further|"
                         r"total(?:ing|ling|led|ed)?|averag(?:e|ed|ing)|close\s+to|"
                         r"as\s+(?:many|few)\s+as|upwards\s+of|numbering)\s+$", re.IGNORECASE)
APPROX = re.compile(r"\b(?:about|around|roughly|approximately)\s+$", re.IGNORECASE)
# a past verb taking the number as its object ("cut 1900 jobs", "killed 1999"); not those
# dating something ("founded 1987", "ended 1999", "born 1950") nor the copula
DATING = ("ended dated founded established incorporated born expected scheduled slated "
          "planned renamed was were said thought felt meant knew became understood").split()
# ... unless the number is the subject of what follows ("said 2000 was a good year")
SUBJECT = re.compile(r"\s+(?:was|is|will|would|could|should|might|may|had|has|marks?|marked|"
                     r"saw|sees|brought|brings|remains?|remained|proved|became|began)\b")
VERB = re.compile(rf"\b(?!(?:{'|'.join(DATING)})\b)(?:{'|'.join(IRREGULAR_PAST)}|cut|hit|"
                  r"beat|laid|\w{2,}ed|has|have|having|employs?|employing|killing|injuring|"
                  r"housing|hosting|holding|involving)(?:\s+(?:off|out|up|down|away|back))?\s+$",
                  re.IGNORECASE)

# a year's own nouns: "1999 earnings", "the 2000 Olympics"
YEAR_NOUNS = ("elections polls games olympics playoffs finals championships results earnings "
              "sales profits revenues figures accounts levels rates prices budgets returns "
              "forecasts estimates census accords talks").split()
YEAR_NOUN_AFTER = re.compile(rf"\s+(?:{'|'.join(YEAR_NOUNS)})\b")
IRREGULAR_PLURALS = ("people men women children police personnel staff cattle sheep feet teeth "
                     "km kg mph ft lb lbs mw hp").split()
NOT_PLURAL = ("is was has as this his its thus always perhaps less across plus us yes bus gas "
              "news series species status crisis basis analysis thesis unless whereas "
              "besides").split()
_PLURAL = (rf"(?:{'|'.join(IRREGULAR_PLURALS)}|"
           rf"(?!(?:{'|'.join(NOT_PLURAL + YEAR_NOUNS)})\b)[a-z][a-z-]*[a-z]s)\b")
# the noun may take one modifier ("1500 new homes", "2000 U.S. troops"), not a verb or a
# function word; "2000 to 3000 people", "1500 or 2000 troops" count the same noun
_MODIFIER = (rf"(?:(?!(?:{'|'.join(IRREGULAR_PAST)}|is|are|will|would|can|could|may|might|"
             r"has|have|the|a|an|and|or|to|of|in|on|at|for|with|by|from|that|which|who)\s)"
             r"[a-z][a-z-]*|(?:[A-Z]\.){2,})\s+")
PLURAL_AFTER = re.compile(rf"(?:\s*(?:-|–|to|and|or)\s*\d[\d,.]*)?\s+(?:{_MODIFIER})?{_PLURAL}"
                          # "1999 marks the start": a verb in -s before its object
                          r"(?!\s+(?:the|a|an|its|his|her|their|this|that|another|no)\b)")
VERB_AFTER = re.compile(rf"\s+(?:were|are|have|had|will|would|could|did|remain|remained|"
                        rf"of\s+(?:them|whom|those|these)|{'|'.join(IRREGULAR_PAST)}|"
                        r"[a-z]{2,}ed)\b")
LAST_WORD = re.compile(r"([\w.'’]+)\s*$")
# "a total of 2000 people" counts; "the summer of 2000" and "March of 2000" are years
TIME_OF = re.compile(rf"\b(?:{'|'.join(MONTHS)}|spring|summer|fall|autumn|winter|class|end|"
                     r"start|beginning|middle|half|quarter|months?|years?|elections?)\s+of\s+$",
                     re.IGNORECASE)
# "won by 2000 votes", "rose by 1500 points": a margin
MARGIN_BY = re.compile(rf"\b(?:{'|'.join(IRREGULAR_PAST)}|cut|beat|\w{{2,}}ed|margin|"
                       r"increase|decrease|rise|fall|drop|gain|loss)\s+by\s+$", re.IGNORECASE)
BETWEEN = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
# a count joined to what it measures: "a 2000-strong crowd", "a 1500-seat arena", "the
# 1200-page report" ("a 1999-style crisis" stays the year)
MEASURE_AFTER = re.compile(r"[-–](?:strong|members?|seats?|beds?|pages?|words?|acres?|miles?|"
                           r"foot|feet|tons?|tonnes?|pounds?|square|rooms?|units?|homes?|"
                           r"person|people|students?|employees?|workers?|vehicles?|cars?|"
                           r"met(?:er|re)s?|kilomet(?:er|re)s?|horsepower|points?|yards?)\b",
                           re.IGNORECASE)
# "in" as a verb's particle, not the year's preposition: "took in 2000 refugees", "brought in
# 1500 workers", "flew in 1200 troops" (a plural noun after the number decides, as for "of")
PARTICLE_IN = re.compile(r"\b(?:t[ao]ok|takes?|taken|taking|br[io]ng(?:s|ing)?|brought|"
                         r"let(?:s|ting)?|call(?:s|ed|ing)?|send(?:s|ing)?|sent|"
                         r"fl(?:y|ies|ew|own|ying)|ship(?:s|ped|ping)?|bus(?:es|ed|sed)?|"
                         r"usher(?:s|ed|ing)?|pour(?:s|ed|ing)?|r[ao]ll(?:s|ed|ing)?)\s+in\s+$",
                         re.IGNORECASE)


# a house number before its street: "at 1998 Elm Street", "to 2100 Pennsylvania Ave." (after
# a year's own word it stays the year: "In 1998 Main Street was repaved")
STREET_AFTER = re.compile(r"\s+(?-i:[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+)?)\s+(?-i:Street|St\.|"
                          r"Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Drive|Lane|Place|Court)")


# the last text's answers: each month of a sentence asks again about the years before it
_memo: list = [None, {}]


def counts(text: str, start: int, end: int) -> bool:
    """text[start:end], four digits, counts things rather than naming a year."""
    if _memo[0] is not text:
        _memo[0], _memo[1] = text, {}
    known = _memo[1].get((start, end))
    if known is None:
        known = _memo[1][(start, end)] = _counts(text, start, end)
    return known


# two numbers joined as a range: "passed 1999 to 2000", "from 2000 to 1500"
PAIR_BEFORE = re.compile(r"(?<![\d,.])(\d{4})\s*(?:(?P<range>-|–|to)|and|or)\s*$")
PAIR_AFTER = re.compile(r"\s*(?:-|–|to)\s*(\d{4})(?![\d,.]\d)")


def _counts(text: str, start: int, end: int) -> bool:
    head, tail = text[max(0, start - 40):start], text[end:end + 60]
    if head.endswith("-"):
        return False  # "mid-2000", "post-1959 politics", "pre-1990 levels"
    pair = PAIR_BEFORE.search(head)
    if pair is not None:
        # the second of two numbers joined as a range counts where the first does ("the tally
        # passed 1999 to 2000") or where it is smaller (years run forward: "cut its staff from
        # 2000 to 1500"; years listed with "and" or "or" may run back: "losses in 2009 and 2008")
        first = start - len(head) + pair.start(1)
        if counts(text, first, first + 4) or \
                (pair.group("range") and int(pair.group(1)) > int(text[start:end])):
            return True
    pair = PAIR_AFTER.match(tail)
    if pair is not None and int(pair.group(1)) < int(text[start:end]):
        return True  # the first of such a range, the larger: "from 2000 to 1500"
    if YEAR_NOUN_AFTER.match(tail):
        return False  # "higher than 1999 levels", "compared with 2000 earnings"
    if MEASURE_AFTER.match(tail):
        return True  # "a 2000-strong crowd", "a 1500-seat arena"
    plural = PLURAL_AFTER.match(tail) is not None
    last = LAST_WORD.search(head)
    word = last.group(1).lower() if last else ""
    if word.endswith(("'s", "’s")):  # "the company's 2000 budget"
        word = "'s"
    if word not in YEAR_WORDS and STREET_AFTER.match(tail):
        return True  # "lives at 1998 Elm Street"
    if word in YEAR_WORDS:
        if not plural:
            return False
        if word == "of":
            return not TIME_OF.search(head)
        if word == "by":
            return MARGIN_BY.search(head) is not None
        if word == "in" and PARTICLE_IN.search(head):
            return True
        if BETWEEN.search(head):  # "between 1500 and 2000 troops"
            return re.match(r"\s*(?:-|–|to|and)\s*\d", tail) is not None
        return False
    if QUANTIFIERS.search(head):
        return True
    if VERB.search(head):
        return SUBJECT.match(tail) is None
    if APPROX.search(head):
        return plural or VERB_AFTER.match(tail) is not None
    return plural
