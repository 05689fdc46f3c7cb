"""German: the rules that find temporal expressions and say what they mean.

Each rule pairs a pattern (built from the word tables in lexicon_de) with a function from the
match to a semantic form; the engine does the matching and the resolver the arithmetic.
Prepositions ("am", "im", "seit") steer a rule but stay outside the span, as in TimeML;
articles and adjectives belong to it ("den vergangenen Monaten").
"""

from __future__ import annotations

from dataclasses import replace

from newsline.timex import lexicon_de as L
from newsline.timex import dates_de as D
from newsline.timex import compounds_de as C
from newsline.timex import periods_de as P
from newsline.timex import days_de as Dy
from newsline.timex import sets_de as SET
from newsline.timex import spans_de as S
from newsline.timex import times_de as T
from newsline.timex import years_de as Y
from newsline.timex.engine import Grammar, Rule, word_tree
from newsline.timex.idioms_de import figurative_night
from newsline.timex.tense_de import FUTURE, PAST
from newsline.timex.patterns import B, DAY, DIGITS, E, HOUR, MINUTE, MONTH_NUM, YEAR4, alt, stems
from newsline.timex.semantic import Sem

MONTH = f"(?:{alt(L.MONTHS)}|{alt(L.MONTH_ABBREVIATIONS)}\\.)"
MONTH_FULL = alt(L.MONTHS)
WD = alt(L.WEEKDAYS)
WD_ABBR = r"(?-i:Mo|Di|Mi|Do|Fr|Sa|So)\."  # "Mo., 6. Mai": only before a date
# Alternations kept compact: compiling them is most of a fresh process's first call.
NUM_WORD = (f"(?:(?:{alt(L.ONES)})?hundert(?:(?:{alt(L.ONES)}und)?{alt(L.TENS)}|"
            f"{alt(w for w in L.HUNDRED_TAILS if 'und' not in w and w not in L.TENS)})|"
            f"{alt(L.NUMBER_WORDS)}|{alt(L.ONES)}(?:und{alt(L.TENS)}|hundert)|"
            f"(?:ein)?tausend)")
NUM = f"(?:{DIGITS}|{NUM_WORD})"
UNIT = alt(L.UNITS)
REL = f"(?:{alt(s for s, _ in L.RELATIVE_STEMS)}(?:e[nrms]?))"
POS = alt(["anfang", "anfangs", "beginn", "mitte", "ende", "ausgang"])  # Swiss "anfangs Mai"
# "Mitte bis Ende Mai": two parts of one month, which no single mod names: the month (its
# position word, so the group, names no mod of the lexicon)
POS_SPAN = rf"{POS}(?:\s+bis\s+{POS})?"
# "im Sommer '89", "Mai ’68": a year's last two digits after an apostrophe (patterns.year_of)
YEAR2 = r"['’]\d\d(?!\d)"
# "Mai 68", "der Herbst 89": the two digits bare, not a count or a part of a number (the rule
# functions check the word after them, patterns.short_year)
YEAR2_BARE = r"\d\d(?![\d%]|[.,:/]\d|\s*[-–]\s*\d)"
QUAL = alt(L.QUALIFIERS)
# Words between "vor"/"in" and the count that leave its value as it is: "vor genau einem Jahr",
# "vor nunmehr drei Jahren", "in exakt zwei Wochen" (outside the span, as the preposition)
FILLER = (r"(?:(?:(?:ziemlich|fast|auf\s+den\s+Tag)\s+)?(?:genau|exakt)\s+|(?:nunmehr|"
          r"mittlerweile|inzwischen|bereits|schon|erst|nur|gerade\s+(?:ein)?mal)\s+)?")
DAYPART = alt(L.DAYPARTS)
# "des Vorjahres", "des Folgejahres" after a date, month, season or quarter: the year before or
# after the one the text reports on
VJ = r"des\s+(?P<vj>Vor|Folge)jahres"
YEAR_TAIL = rf"(?:\s*(?P<abbr>[dv])\.\s?J\.|\s+(?:des\s+)?(?P<rel>{REL})\s+Jahres{E}|\s+{VJ}{E})"
TIME_TAIL = rf"(?:(?:[ \t]*[,–—-][ \t]*|[ \t]{{1,2}})(?P<th>{HOUR})[.:](?P<tm>{MINUTE})(?:\s*Uhr)?{E})?"
NOT_AMOUNT = (r"(?!\s*(?:%|Prozent|Euro|€|Franken|Dollar|Meter|Kilometer|km|Mio|Millionen|"
              r"Milliarden|Tonnen|Menschen|Personen|Einwohner|Mitglieder|Stück|Mal|Punkte)\b)")

# "im Winter darauf", "am Freitag zuvor": after or before the date the text last named. Not
# the pronoun "darauf" of a verb ("im Mai darauf hingewiesen", "sich darauf geeinigt").
AFTER_BEFORE = (r"(?P<dir>darauf|danach|zuvor|davor)(?!\s+(?:hin\w*|aufmerksam|geachtet|"
                r"gedrängt|gepocht|gesetzt|gewartet|gehofft|geeinigt|verständigt|verwiesen|"
                r"verzichtet|vorbereitet|vorbereiten|eingestellt|einstellen|eingehen|einigen|"
                r"angewiesen|ankommen|achten|reagiert|reagieren|hoffen|warten|setzen|pochen|"
                r"drängen|bestanden|bestehen|gefragt)\b)")

# the two ends of a clock range, "8.30" or "12" (groups h1/m1 and h2/m2)
CLOCK1, CLOCK2 = (rf"(?P<h{n}>{HOUR})(?:[.:](?P<m{n}>{MINUTE}))?" for n in (1, 2))
# what may stand before a clock time said in words ("um kurz nach halb 8") and the part of the
# day after one ("8 Uhr morgens", "7 Uhr am Morgen": one expression, as "seven in the morning";
# not "8 Uhr am Morgen des 3. Mai", where the part of the day goes with its date)
CLOCK_LEAD = r"(?:um|gegen|ab|bis|vor|nach|seit)\s+(?:(?:kurz|etwa|ca\.)\s+)?"
DAYPART_AFTER = (r"(?:\s+(?P<dpw>früh|morgens|vormittags|mittags|nachmittags|abends|nachts|"
                 r"am\s+(?:Morgen|Vormittag|Nachmittag|Abend)\b(?!\s+(?:des|der|dem|darauf|"
                 r"danach|zuvor|davor|nach|vor)\b)))?")
NO_HOUR_WORDS = ("eine", "beide", "zwo")  # "eine Uhr" is a clock, not one o'clock

RULES = [
    Rule("date_range", rf"{B}(?P<d1>{DAY})\.?(?:\s*,\s*{DAY}\.)*\s*(?:und|bis(?:\s+zum)?|-|–|/)"
         rf"\s*(?:(?<=und\s)dem\s+)?(?P<d2>{DAY})\.\s?(?P<m>{MONTH})(?:\s+(?P<y>{YEAR4}))?{E}", D.date_range),
    # "vom 8. auf den 15. März verschoben": the first day is a date of its own, the month after
    Rule("date_moved_from", rf"(?<!Nacht\s){B}vom\s+(?P<t>(?P<d>{DAY})\.)\s*auf\s+den\s+"
         rf"(?={DAY}\.\s?(?P<m>{MONTH})(?:\s+(?P<y>{YEAR4}))?{E})", D.date_moved_from),
    Rule("date_ordinal_word", rf"{B}(?P<o>{alt(L.DAY_ORDINALS)})\s+(?P<m>{MONTH_FULL})"
         rf"(?:\s+(?P<y>{YEAR4}))?{E}(?!-)", D.date_ordinal_word),
    Rule("date_named", rf"{B}(?:(?P<wd>{WD}|{WD_ABBR}),?\s+(?:(?:den|dem|der)\s+)?)?"
         rf"(?P<d>{DAY})\.\s?"
         rf"(?P<m>{MONTH})(?:\s+(?P<y>{YEAR4})|{YEAR_TAIL})?{E}{TIME_TAIL}", D.date_named),
    Rule("day_of_month", rf"{B}(?P<d>{DAY})\.(?:\s?(?:(?P<abbr>[dv])\.\s?M\.|"
         rf"(?:des\s+)?(?P<rel>{REL})\s+Monats{E}|(?P<each>(?:eines\s+)?jede[ns]|des)\s+Monats{E})"
         rf"|(?P<bare>(?=\s*[,;:)]|\s*$|\s+(?-i:[a-zäöüß]))))", D.day_of_month),
    Rule("date_numeric", rf"(?<![\d.,])(?:(?P<wd>{WD}|{WD_ABBR}),?\s+"
         rf"(?:(?:den|dem|der)\s+)?)?(?:(?P<d1>{DAY})\.\s*(?:bis(?:\s+zum)?|-|–)\s*)?(?P<d>{DAY})\."
         rf"\s?(?P<mo>{MONTH_NUM})\.\s?(?P<y>{YEAR4}|\d\d)(?![\d.,]\d|\d){TIME_TAIL}",
         D.date_numeric),
    Rule("date_numeric_short", rf"(?<![\d.,])(?:(?P<wd>{WD}|{WD_ABBR}),?\s+"
         rf"(?:(?:den|dem|der)\s+)?)?(?:(?P<d1>{DAY})\.\s*(?:bis(?:\s+zum)?|-|–)\s*)?"
         rf"(?P<d>{DAY})\.(?P<mo>{MONTH_NUM})\.(?![\d]|\w)",
         D.date_numeric, priority=6),
    Rule("date_iso", rf"{B}(?P<y>{YEAR4})-(?P<mo>\d\d)-(?P<d>\d\d)(?:[T ](?P<th>{HOUR}):"
         rf"(?P<tm>{MINUTE}))?{E}", D.date_numeric),
    Rule("month_year", rf"{B}(?:(?P<pos>{POS_SPAN})\s+)?(?P<m>{MONTH})\s+"
         rf"(?P<y>{YEAR4}|{YEAR2}|{YEAR2_BARE})"
         rf"{E}", D.month_year),
    Rule("month_relative_year", rf"{B}(?:(?P<pos>{POS_SPAN})\s+)?(?P<m>{MONTH})\s+(?:(?:des\s+)?"
         rf"(?P<rel>{REL})\s+Jahres|{VJ}){E}", D.month_relative_year),
    Rule("month", rf"{B}(?:(?P<pos>{POS_SPAN})\s+)?(?P<m>{MONTH_FULL})(?:\s+{AFTER_BEFORE})?{E}",
         D.month_bare, priority=7),
    # ("das Corona-Jahr 2020": the year alone, not the end of the compound)
    Rule("year", rf"(?<![\d][.,])(?<!\d){B}(?:(?P<pos>{POS})\s+)?"
         rf"(?:(?<!-)(?:des\s+)?Jahr(?:es)?\s+|(?<=\bim\s)Jahre\s+)?"
         rf"(?P<y>{YEAR4}){E}{NOT_AMOUNT}", Y.year, priority=7),
    Rule("year_pair", rf"{B}(?P<y>{YEAR4})\s*/\s*(?P<y2>\d\d|{YEAR4}){E}", Y.year_pair),
    Rule("decade", rf"{B}(?:(?P<pos>{POS})\s+)?(?:der\s+)?(?:(?P<dec>(?:1\d|20)?\d0)er"
         rf"(?:n|[\s-]*Jahren?\b)?|(?P<w>{alt(Y.DECADE_WORDS)})(?:[\s-]*jahren?|n)?){E}", Y.decade),
    Rule("century", rf"{B}(?:(?P<pos>{POS})\s+)?(?:des\s+)?(?P<n>\d{{1,2}})\.\s*"
         rf"Jahrhunderts?{E}", Y.century),
    # "um die Jahrtausendwende": the years around 2000
    Rule("millennium_turn", rf"{B}(?:der\s+|die\s+)?Jahrtausendwende{E}",
         lambda m: Sem(year=2000, mod="APPROX")),
    Rule("day_word", rf"{B}(?P<w>vorgestern|gestern|heute|übermorgen|morgen)"
         rf"(?:\s*(?P<dp>{DAYPART})|\s+in\s+der\s+(?P<dp3>Früh|Nacht))?{E}", Dy.day_word),
    Rule("day_adjective", rf"{B}(?P<a>{alt(Dy.DAY_ADJECTIVES)})(?:e|en|er|em|es)\s+"
         rf"(?P<x>{WD}|Tag|Tages|Abend|Morgen|Vormittag|Nachmittag|Nacht)"
         # ("des gestrigen Mittwochs", "des heutigen Abends": the genitive)
         rf"(?:(?<!Tag)(?<!Nacht)s(?![-–]))?{E}", Dy.day_adjective),
    # "die heurige Ernte", "der diesjährige Sieger", "die letztjährige Bilanz": the year; only
    # the lower-case adjective ("beim Heurigen" is a wine tavern)
    Rule("year_adjective", rf"{B}(?-i:(?P<a>{alt(Dy.YEAR_ADJECTIVES)})(?:e|en|er|em|es)){E}",
         Dy.year_adjective, priority=7),
    # "im letztjährigen Dezember", "den diesjährigen Sommer", "zu den vorjährigen Ostern": the
    # month, season or feast of the year the adjective names
    Rule("year_adjective_named", rf"{B}(?-i:(?P<a>{alt(Dy.YEAR_ADJECTIVES)})(?:e|en|er|em|es))\s+"
         rf"(?P<x>(?P<mo>{MONTH_FULL})s?|(?P<s>Frühjahr|Frühling|Sommer|Herbst|Winter)(?:e?s)?|"
         rf"(?P<h>{alt(L.HOLIDAYS)})(?:e?s)?){E}(?![-–])", Dy.year_adjective_named),
    Rule("day_adjective_alone", rf"{B}(?P<a>vorgestrig|gestrig|übermorgig|morgig)"
         rf"(?:e|en|er|em|es){E}", Dy.day_adjective_alone, priority=7),
    Rule("this_year", rf"{B}heuer{E}", lambda m: Sem(unit="year", offset=0)),
    Rule("narrative_daypart", rf"{B}(?:(?P<rel>nächsten|folgenden|selben|gleichen|diesem|jenem|"
         rf"(?:der|dem|des)selben)\s+)?(?P<dp>Morgen|Vormittag|"
         rf"Mittag|Nachmittag|Abend|Nacht)(?(rel)|\s+(?P<dir>zuvor|davor|darauf|danach)){E}",
         T.narrative_daypart),
    Rule("eve", rf"{B}(?:am|vom|dem|den|des)\s+(?P<t>Vorabend){E}"
         rf"(?!\s+(?:des|der|von|vom|zum|zur|eines|einer)\b)", T.eve),
    Rule("narrative_day", rf"{B}(?:am\s+)?(?P<t>{alt(L.NARRATIVE_DAYS)}){E}", Dy.narrative_day),
    Rule("relative_unit", rf"{B}(?:(?P<pos>{POS})\s+)?(?:(?:der|die|das|den|dem|des)\s+)?"
         rf"(?:(?P<rel>{REL})\s+)?(?P<u>Woche|Wochenendes?|Monats?|(?:Geschäfts)?Jahr(?:es)?|"
         rf"Quartals?|Halbjahr(?:es)?|Jahrzehnts?|Jahrhunderts?|Sommers?|Winters?|Herbst(?:es)?|"
         rf"Frühjahr(?:s|es)?|Frühlings?){E}", D.relative_unit, priority=6),
    Rule("compound", rf"{B}(?P<c>(?:{alt(C.COMPOUNDS)})(?:e?s)?)(?:\s+(?P<y>{YEAR4}))?{E}",
         C.compound),
    # "im gleichen Monat des Vorjahres", "im selben Zeitraum des Vorjahres": one expression
    Rule("same_period_year_ago", rf"{B}(?:(?:der|die|das|den|dem)\s+)?(?:gleich|selb|derselb|"
         rf"denselb|demselb|dieselb|dasselb)e[nms]?\s+(?P<u>Monats?|Quartals?|Halbjahr(?:es)?|"
         rf"Zeitraums?|Periode)\s+des\s+Vorjahres{E}", C.same_period_year_ago),
    # "zwischen den Jahren": the days between Christmas and New Year, an idiom kept whole
    Rule("between_years", rf"{B}zwischen\s+den\s+Jahren{E}(?!\s*\d)", C.turn_of_year),
    Rule("weekend", rf"{B}(?:(?:das|dem)\s+)?(?:(?P<rel>{REL})\s+)?(?:langen?\s+)?Wochenende{E}",
         D.weekend),
    Rule("weekday", rf"{B}(?:(?P<early>frühen|späten)\s+(?=(?:{WD})(?:{DAYPART})))?"
         rf"(?:(?P<wrel0>{REL})\s+Woche\s+|(?P<rel>{REL})\s+)?(?P<wd>{WD})(?(rel)(?:s(?![-–]))?)"
         rf"(?P<dp>{DAYPART})?"
         rf"(?:\s+(?P<dp2>früh|morgen|vormittag|mittag|nachmittag|abend|nacht){E})?"
         rf"(?:\s+(?:der\s+)?(?P<wrel>{REL})\s+Woche|\s+{AFTER_BEFORE})?{E}", D.weekday),
    # ("bei Nacht", "bei Nacht und Nebel" say how, not when: "bei" only before dawn or dusk)
    # (Austrian "zu Mittag" is noon, "zu Mittag essen" a meal)
    Rule("daypart", rf"{B}(?:am|in\s+der|gegen|zur|im|um\s+die|bis\s+zum|zu(?=\s+Mittag\b"
         rf"(?!\s+(?:essen|gegessen|aß|aßen|isst|speisen|gespeist)\b))|"
         rf"bei(?=\s+(?:Morgen|Abend)(?:grauen|dämmerung)))\s+(?P<t>(?:(?P<early>frühen|"
         rf"späten)\s+)?(?P<dp>Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht|Mittagszeit|"
         rf"Morgengrauen|Morgendämmerung|Abenddämmerung|(?<=der\s)Früh)){E}", T.daypart),
    # weather: "tagsüber" (the daytime), "in der zweiten Tageshälfte" (the afternoon)
    Rule("daytime", rf"{B}(?:(?P<w>tagsüber)|(?P<o>erste|zweite)n?\s+Tageshälfte){E}",
         T.daytime),
    Rule("daypart_of_date", rf"{B}(?P<dp>Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)\s+"
         rf"(?:des|vom)\s+(?:{WD},?\s+)?(?P<d>{DAY})\.\s?(?P<m>{MONTH})(?:\s+(?P<y>{YEAR4}))?{E}",
         T.daypart_of_date),
    Rule("night_before", rf"{B}Nacht\s+(?:(?:vom|von)\s+(?:{WD}|{DAY}\.)\s+)?(?:auf|zum|zu)\s+"
         rf"(?:den\s+)?(?:(?:(?P<wd>{WD}),?\s+(?:den\s+)?(?=\d))?(?P<d>{DAY})\.\s?(?P<m>{MONTH})"
         rf"(?:\s+(?P<y>{YEAR4}))?|(?P<wd2>{WD})|(?P<dw>vorgestern|gestern|heute|morgen)){E}",
         T.night_before),
    Rule("last_night", rf"{B}(?:(?:der|die)\s+)?(?:vergangene|letzte|vorige)n?\s+Nacht{E}"
         rf"(?!\s+(?:vor|nach|des|der|von|vom|im|in|bei|auf|zum|zu|unter)\b)",
         T.last_night),
    # "über Nacht", like "overnight" in TimeML: the night of the day the text tells about
    # (told in the past on the publication day, the night before)
    Rule("overnight", rf"{B}über\s+(?P<t>Nacht){E}",
         lambda m: None if figurative_night(m) else Sem(kind="time", daypart="NI",
                                                        direction="night")),
    Rule("clock_words", rf"{B}{CLOCK_LEAD}"
         rf"(?P<t>(?P<part>halb|dreiviertel|Viertel(?:\s+(?:nach|vor))?)\s+(?P<h>1[0-2]|[1-9]|"
         rf"{alt(T.CLOCK_WORDS)})(?:\s*Uhr)?{DAYPART_AFTER}){E}", T.clock_words),
    Rule("midnight", rf"{B}(?:um|gegen|nach|vor|bis|ab|zu)\s+(?P<t>Mitternacht){E}", T.midnight),
    # "in den Morgenstunden des Samstags", "am Abend des Sonntags"
    Rule("daypart_of_weekday", rf"{B}(?:(?:den|die)\s+(?:(?P<early>frühen|späten)\s+)?"
         rf"(?P<dp>Morgenstunden|Vormittagsstunden|Mittagsstunden|Nachmittagsstunden|"
         rf"Abendstunden)|(?P<dp2>Morgen|Vormittag|Mittag|Nachmittag|Abend))\s+des\s+"
         rf"(?P<wd>{WD})s{E}", T.daypart_of_weekday),
    Rule("daypart_hours", rf"{B}(?P<t>(?:den|die)\s+(?:(?P<early>frühen|späten)\s+)?"
         rf"(?P<dp>Morgenstunden|Vormittagsstunden|Mittagsstunden|Nachmittagsstunden|"
         rf"Abendstunden|Nachtstunden)){E}", T.daypart),
    Rule("clock", rf"{B}(?P<h>{HOUR})(?:[.:](?P<mi>{MINUTE}))?\s*Uhr(?:\s+(?P<mi2>{MINUTE}))?"
         rf"{DAYPART_AFTER}{E}", T.clock),
    Rule("clock_word", rf"{B}{CLOCK_LEAD}"
         rf"(?P<t>(?P<h>{alt(w for w in T.CLOCK_WORDS if not w.startswith(NO_HOUR_WORDS))})"
         rf"\s+Uhr{DAYPART_AFTER}){E}", T.clock),
    Rule("clock_colon", rf"(?<![\d:.,]){B}(?P<h>{HOUR}):(?P<mi>{MINUTE})(?![\d]|:\d)"
         rf"(?:\s*Uhr{E})?", T.clock, priority=6),
    Rule("clock_range", rf"{B}{CLOCK1}\s*(?:bis|-|–)\s*(?:(?:ca\.|circa|etwa|gegen)\s*)?"
         rf"{CLOCK2}\s*Uhr{E}", T.clock_range),
    # "Anpfiff ist um 15.30": a clock time without "Uhr" after "um", not an amount
    Rule("clock_dot", rf"{B}(?:um|gegen|ab)\s+(?:(?:kurz\s+(?:nach|vor)|etwa|ca\.)\s+)?"
         rf"(?P<t>(?P<h>{HOUR})\.(?P<mi>{MINUTE}))(?!\d|[.,:]\d|\s*(?:Uhr|[-–]))"
         rf"(?!\s*(?:[%€$]|(?-i:[A-ZÄÖÜ])|(?:auf|bis|und|oder|zu|mehr|weniger|km|kg|cm|mm|m|"
         rf"g|t|l|h|s|ha|min|mio|mrd|sek)\b))", T.clock_dot),
    # "um 19.30h", "7h30", "um 19h": the hour written with an "h" (Swiss, French-speaking
    # regions, sport pages); without minutes only after "um", "gegen", "ab", "bis", or as an
    # end of a range of such times ("von 10h bis 18h", "9h-12h"): "24h", "3 h" are hours
    # counted, "km/h" a speed
    Rule("clock_h", rf"(?<![\d:.,/]){B}(?:(?P<lead>um|gegen|ab|bis|von|zwischen)\s+(?:(?:kurz\s+(?:nach|vor)|"
         rf"etwa|ca\.)\s+)?)?(?P<t>(?P<h>{HOUR})(?:[.:](?P<mi>{MINUTE}))?(?P<sp>\s?)h"
         rf"(?P<mi2>{MINUTE})?(?![\w/]){DAYPART_AFTER}){E}", T.clock_h),
    Rule("clock_between", rf"{B}zwischen\s+{CLOCK1}\s+und\s+{CLOCK2}\s*Uhr{E}", T.clock_range),
    # "von 8.30-12 und 14-18 Uhr": the first range borrows the second's "Uhr"
    Rule("clock_range_open", rf"(?<![\d.,:]){B}{CLOCK1}\s*[-–]\s*{CLOCK2}"
         rf"(?=\s+und\s+{HOUR}(?:[.:]{MINUTE})?\s*(?:bis|-|–)\s*"
         rf"{HOUR}(?:[.:]{MINUTE})?\s*Uhr{E})",
         T.clock_range),
    Rule("same_day_shift", rf"{B}(?P<w>heute|morgen|übermorgen|gestern|vorgestern|{WD})\s+"
         rf"(?P<dir>vor|in)\s+(?:(?:genau|exakt|auf\s+den\s+Tag)\s+)?"
         rf"(?P<n>{NUM})\s+(?P<u>{UNIT}){E}", S.same_day_shift),
    Rule("ago", rf"{B}vor\s+{FILLER}(?:(?P<q>{QUAL})\s+)?(?P<n>{NUM})\s+(?P<u>{UNIT}){E}", S.ago),
    Rule("later", rf"{B}in\s+{FILLER}(?P<n>{NUM})\s+(?P<u>{UNIT}){E}", S.later),
    Rule("narrative_shift", rf"{B}(?:(?P<q>{QUAL})\s+)?(?P<n>{NUM})\s+(?P<u>{UNIT})\s+"
         rf"(?P<dir>später|danach|darauf|zuvor|davor|vorher|früher){E}", S.narrative_shift),
    Rule("unit_after", rf"{B}(?:im\s+)?(?P<t>(?:(?:der|die|das|dem|den)\s+)?"
         rf"(?P<u>Woche|Monat|Jahr)\s+"
         rf"(?P<dir>darauf|danach|zuvor|davor)){E}", S.unit_after),
    # "zwei Jahre und acht Monate": one length in two units
    Rule("duration_pair", rf"{B}(?P<t>(?P<n>{NUM})\s+(?P<u>{UNIT})\s+und\s+(?P<n2>{NUM})\s+"
         rf"(?P<u2>{UNIT})){E}", S.duration_pair, priority=6),
    Rule("duration", rf"{B}(?:(?P<pre>seit|binnen|innerhalb|für|während)\s+)?"
         rf"(?P<t>(?:(?:den|die|der)\s+)?(?:(?P<rel>vergangenen|letzten|kommenden|nächsten|"
         rf"ersten|ganzen)\s+)?(?:(?P<q>{QUAL})\s+)?(?P<n>{NUM})\s+(?P<u>{UNIT}))"
         rf"{E}(?:\s+lang{E})?", S.duration, priority=6),
    # "binnen Jahresfrist", Swiss "innert Jahresfrist", "nach Monatsfrist": one year, month or
    # week
    Rule("term", rf"{B}(?:binnen|innerhalb|innert|nach|vor|in|mit)\s+(?P<t>(?P<u>Jahres|Monats|Wochen)"
         rf"frist){E}", S.term),
    Rule("fuzzy_period", rf"{B}(?P<t>(?:den|der|die)\s+(?P<rel>vergangenen|letzten|zurückliegenden|"
         rf"kommenden|nächsten|folgenden|ersten)\s+(?P<u>{alt(L.PLURAL_UNITS)})){E}", S.fuzzy_period),
    Rule("ordinal_week", rf"{B}(?P<t>(?:der|die|den)\s+(?P<o>erste|zweite|dritte|vierte|fünfte|"
         rf"sechste)n?\s+Woche){E}", P.ordinal_week),
    Rule("clock_length", rf"(?<![\d:.]){B}(?P<h>\d{{1,2}}):(?P<mm>[0-5]\d)(?::(?P<ss>[0-5]\d))?"
         rf"(?:,(?P<frac>\d{{1,3}}))?\s+(?P<u>Stunden|Minuten){E}", S.clock_length),
    Rule("count_compound", rf"{B}(?P<n>\d+|{NUM_WORD})-(?P<u>Tage|Tages|Wochen|Monats|Monate|"
         rf"Jahres|Jahre|Stunden|Minuten)-[A-ZÄÖÜ][a-zäöüß]+{E}", S.count_compound),
    Rule("ago_plural", rf"{B}vor\s+(?P<u>Jahren|Monaten|Wochen|Tagen|Jahrzehnten|"
         rf"Jahrhunderten){E}",
         S.ago_plural),
    Rule("vague_plural", rf"{B}(?:über|für|auf)\s+(?P<t>(?P<u>Jahre|Monate|Wochen|Tage|"
         rf"Jahrzehnte|Jahrhunderte)){E}(?!\s+(?:später|danach|zuvor|vorher))", S.vague_plural),
    # "Jahre später", "Wochen zuvor": some units after (before) the story's date
    Rule("vague_shift", rf"{B}(?<!\d\s)(?<!\d\.\s)"
         rf"(?P<u>(?-i:Jahre|Monate|Wochen|Tage|Jahrzehnte))\s+"
         rf"(?P<dir>später|danach|darauf|zuvor|davor|vorher|früher){E}", S.vague_shift),
    Rule("since_plural", rf"{B}seit\s+(?P<t>(?P<u>Jahren|Monaten|Wochen|Tagen|Jahrzehnten|"
         rf"Jahrhunderten|"
         rf"Stunden)){E}", S.since_plural),
    Rule("long_word", rf"{B}(?P<u>{alt(L.LONG_UNITS)})lang(?:e|en|er|em|es)?{E}", S.long_word),
    Rule("length_adjective", rf"{B}(?:(?P<q>{QUAL})\s+)?(?P<n>\d+|{NUM_WORD}|mehr)-?"
         rf"(?P<a>{alt(L.LENGTH_ADJECTIVES)})"
         rf"(?:e|en|er|em|es)?{E}", S.length_adjective),
    Rule("reference", rf"{B}{alt(L.REFERENCES)}{E}", S.reference, priority=8),
    # "im Winter darauf", "im folgenden Sommer": the season after (or before) the one told about
    Rule("season", rf"{B}(?:(?P<pos>{POS})\s+)?(?:(?:des|der|dem|den)\s+)?"
         rf"(?:(?P<fol>(?:darauf)?folgenden)\s+)?"
         rf"(?P<s>Frühjahr|Frühling|Sommer|Herbst|Winter)(?:e?s)?"
         rf"(?:\s+(?P<y>{YEAR4}|{YEAR2}|{YEAR2_BARE})"
         rf"(?:/(?:\d\d|{YEAR4}))?|\s+(?:des\s+)?(?P<rel>{REL})\s+Jahres|\s+{VJ}|"
         rf"\s+{AFTER_BEFORE})?{E}", D.season),
    Rule("season_part", rf"{B}(?P<p>Früh|Hoch|Spät)(?P<s>sommer|herbst|winter)s?"
         rf"(?:\s+(?P<y>{YEAR4}))?{E}", D.season_part),
    Rule("course_of", rf"{B}(?:im|in\s+der|während\s+des|während\s+der)\s+"
         rf"(?P<t>(?:(?:Lauf|Laufe|Verlauf)\s+"
         rf"(?:des|der)\s+(?:(?P<rel>{REL})\s+)?"
         rf"(?P<u>Tages|Woche|Monats|Jahres|Vormittags|Nachmittags|Abends|Nacht|"
         rf"(?P<s>Frühjahr|Frühling|Sommer|Herbst|Winter)e?s)"
         rf"|(?:(?:bisherigen|weiteren)\s+)?(?P<u2>Tagesverlauf|Wochenverlauf|Jahresverlauf))){E}",
         T.course_of),
    Rule("quarter", rf"{B}(?:(?P<pos>{POS})\s+(?=des\s))?(?:(?:das|dem|des)\s+)?"
         rf"(?P<o>(?:erste|zweite|dritte|vierte|letzte)n?|"
         rf"[1-4]\.)\s+(?P<u>Quartals?|Vierteljahr(?:es|s)?|Halbjahr(?:es|s)?|Jahreshälfte)"
         rf"(?:\s+(?P<y>{YEAR4})|"
         rf"\s+(?:des\s+)?(?:(?P<rel>{REL})\s+)?Jahres|\s+{VJ})?{E}", P.quarter),
    # "im Schlussquartal", "das Auftaktquartal 2023": the fourth or the first quarter
    Rule("named_quarter", rf"{B}(?P<q>Schluss|Auftakt|Start|Eröffnungs)quartals?"
         rf"(?:\s+(?P<y>{YEAR4}))?{E}", P.named_quarter),
    # "in der zweiten Januarhälfte": the month, early or late; "der ersten Hälfte des Jahres"
    # ... "die ersten beiden Januarwochen", "die letzten zwei Märzwochen": its start or end
    Rule("month_half", rf"{B}(?:(?P<o>erste|zweite)n?\s+(?P<m>{MONTH_FULL})hälfte|"
         rf"(?P<o2>erste|letzte)n?\s+(?:beiden|zwei)\s+(?P<m2>{MONTH_FULL})-?wochen){E}",
         P.month_half),
    Rule("year_half", rf"{B}(?P<o>erste|zweite)n?\s+Hälfte\s+(?:des\s+(?:(?P<rel>{REL})\s+)?"
         rf"Jahres|(?P<y>{YEAR4})){E}", P.quarter),
    # "in der zweiten Wochenhälfte", "der ersten Hälfte des kommenden Monats"
    Rule("unit_half", rf"{B}(?P<o>erste|zweite)n?\s+(?:(?P<u>Wochen|Monats)hälfte|Hälfte\s+"
         rf"(?:der|des)\s+(?:(?P<rel>{REL})\s+)?(?P<u2>Woche|Monats)){E}", P.unit_half),
    Rule("quarter_code", rf"{B}(?-i:Q(?P<qn>[1-4])|H(?P<hn>[12]))\s*[/ ]?\s*(?P<y>{YEAR4}){E}",
         P.quarter),
    Rule("weekday_by_holiday", rf"{B}(?P<wd>{WD})\s+(?P<dir>vor|nach)\s+(?:dem\s+|der\s+)?"
         rf"(?P<h>{alt(L.HOLIDAYS)})(?:\s+(?P<y>{YEAR4}))?{E}", P.weekday_by_holiday),
    Rule("holiday", rf"{B}(?:(?P<rel>{REL})\s+)?(?P<h>{alt(L.HOLIDAYS)})(?:\s+(?P<y>{YEAR4}))?"
         rf"{E}", P.holiday),
    Rule("holiday_period", rf"{B}(?:(?:das|dem|den|die|der|des)\s+)?(?:(?P<rel>{REL})\s+)?"
         rf"(?P<h>(?:{alt(L.HOLIDAY_PERIODS)}|{alt(L.SEASONAL_PERIODS)})[ns]?)"
         rf"(?:\s+(?P<y>{YEAR4})(?:/(?:\d\d|{YEAR4}))?)?{E}", P.holiday_period),
    Rule("every_nth_weekday", rf"{B}(?:jede[nrs]?\s+(?:ersten|zweiten|dritten|vierten|letzten)\s+"
         rf"{WD}\s+(?:im|des|eines)\s+Monats?|(?:ersten|zweiten|dritten|vierten|letzten)\s+"
         rf"{WD}\s+(?:jedes|eines\s+jeden)\s+Monats){E}",
         lambda m: Sem(kind="set", set_value="P1M", quant="EVERY")),
    # "jährlich im Mai", "jedes Jahr Ende August": that month of every year
    Rule("every_year_month", rf"{B}(?:(?:all)?jährlich|jedes\s+Jahr)\s+(?:im|(?P<pos>{POS}))\s+"
         rf"(?P<m>{MONTH_FULL}){E}",
         lambda m: Sem(kind="set", set_value=f"XXXX-{D.month_of(m.group('m')):02d}",
                       quant="EVERY", mod=D.pos_of(m))),
    Rule("former", rf"{B}(?:(?:ehemalig|damalig|einstig)(?:e|en|er|em|es)?{E}|"
         rf"(?-i:früher(?:e|en|er|em|es){E}(?=\s+[A-ZÄÖÜ]))|(?-i:Ex)(?=-[A-ZÄÖÜ]))",
         lambda m: Sem(kind="ref", ref="PAST_REF"), priority=8),
    Rule("future_adjective", rf"{B}(?-i:(?:zu)?künftig(?:e|en|er|em|es){E})(?=\s+[A-ZÄÖÜ])",
         lambda m: Sem(kind="ref", ref="FUTURE_REF"), priority=8),
    Rule("every", rf"{B}jede[nrs]?\s+(?:(?P<o>zweiten|dritten|vierten)\s+)?"
         rf"(?P<x>{WD}|Tag|Woche|Monat|Jahr|Morgen|Abend|Nacht|"
         rf"Wochenende|Quartal|Stunde|Sommer|Winter){E}", SET.every),
    Rule("adverb_set", rf"{B}(?-i:(?P<w>montags|dienstags|mittwochs|donnerstags|freitags|"
         rf"samstags|sonntags|morgens|abends|nachts|werktags|wochentags)){E}", SET.adverb_set),
    Rule("set_word", rf"{B}(?:(?:einmal|zweimal|dreimal|viermal|\d+\s*-?\s*mal)\s+)?"
         rf"(?P<w>{alt(L.SET_WORDS)})(?:e|en|er|em|es)?{E}", SET.set_word),
    Rule("takt", rf"{B}(?:im\s+)?(?P<t>(?:(?P<n>\d+|{NUM_WORD})-)?(?P<w>{alt(L.TAKT)})-?"
         rf"[Tt]akt){E}", SET.takt),
    Rule("per_unit", rf"{B}(?:einmal|zweimal|dreimal|\d+\s*-?\s*mal)\s+(?:pro|im|in\s+der|die|"
         rf"je|jede[nrs]?)\s+(?P<u>Tag|Woche|Monat|Jahr){E}", SET.per_unit),
    Rule("every_n", rf"{B}alle\s+(?P<n>{NUM})\s+(?P<u>{UNIT}){E}", SET.every_n),
    # "am zweiten Montag im September", "der letzte Sonntag im Oktober 2024", "am ersten
    # Freitag des kommenden Monats"
    Rule("nth_weekday", rf"{B}(?:(?:der|den|dem)\s+)?(?P<o>(?:erste|zweite|dritte|vierte|fünfte|"
         rf"letzte)n?|[1-5]\.)\s+(?P<wd>{WD})\s+(?:im\s+(?P<m>{MONTH_FULL})(?:\s+(?P<y>{YEAR4}))?|"
         rf"des\s+(?:(?P<rel>{REL})\s+)?Monats){E}", Dy.nth_weekday),
    Rule("week_of_month", rf"{B}(?P<t>(?:(?:der|die|den)\s+)?(?P<o>(?:erste|zweite|dritte|vierte|"
         rf"letzte)n?|[1-4]\.)\s+(?:(?P<m>{MONTH_FULL})-?woche|Woche\s+(?:(?:des|im)\s+)?"
         rf"(?:(?P<m3>{MONTH_FULL})|(?:(?P<rel>{REL})\s+)?Monats)))(?!\w)", P.week_of_month),
    # "am zweiten Septemberwochenende", "das letzte Maiwochenende"
    Rule("month_weekend", rf"{B}(?P<t>(?:(?:das|dem|den)\s+)?(?P<o>(?:erste|zweite|dritte|vierte|"
         rf"letzte)[nms]?|[1-4]\.)\s+(?P<m>{MONTH_FULL})-?wochenendes?(?:\s+(?P<y>{YEAR4}))?)(?!\w)",
         P.month_weekend),
    Rule("week_number", rf"{B}(?:(?:KW|Kalenderwoche)\s*(?P<w>\d{{1,2}})|(?P<w2>\d{{1,2}})\.\s*"
         rf"(?:Kalenderwoche|(?-i:KW)))(?:\s*/?\s*(?P<y>{YEAR4}))?{E}",
         P.week_number),
]


# What every match of a rule contains, as a regex over the lower-cased text: the engine runs the
# rule only near these hits (see engine.Rule.trigger).


def hit(words) -> str:
    """A list of words as a trigger: a prefix tree (engine.word_tree), which finds the same
    hits as alt()'s longest-first alternation (the longest word starting at each place) without
    trying every word at every letter of the text."""
    return f"(?:{word_tree(sorted(set(words)))})"


MONTH_HIT = hit(set(L.MONTHS) | set(L.MONTH_ABBREVIATIONS))
UNIT_HIT = "tag|woche|monat|jahr|quartal|stunde|minute|sekunde|hälfte"
# (no word of these begins another, so the tree hits where the alternation did)
UNIT_SEASON_HIT = hit(UNIT_HIT.split("|") + list(L.SEASONS))
TRIGGERS = {
    "date_range": MONTH_HIT, "date_moved_from": r"auf\s+den", "date_named": MONTH_HIT, "date_numeric": r"\d\.",
    "date_numeric_short": r"\d\.", "date_iso": r"\d-\d", "month_year": MONTH_HIT,
    "month_relative_year": MONTH_HIT, "month": MONTH_HIT, "year": r"\d\d\d\d",
    "year_pair": r"\d\d\d\d", "decade": "0er|iger|nuller", "century": "jahrhundert",
    "millennium_turn": "jahrtausendwende", "clock_length": r"\d:\d",
    "day_word": "gestern|heute|morgen", "day_adjective": "gestrig|heutig|morgig",
    "year_adjective": "jährig|heurig", "year_adjective_named": "jährig|heurig", "every_year_month": "jährlich|jedes", "weekday_by_holiday": r"(?:tag|mittwoch|sonnabend)\s+(?:vor|nach)\s",
    "this_year": "heuer", "narrative_daypart": "morgen|mittag|abend|nacht", "narrative_day": "tag", "eve": "vorabend", "relative_unit": UNIT_SEASON_HIT,
    "compound": "jahr|monat|woche|quartal", "weekend": "wochenende",
    "same_period_year_ago": "vorjahres",
    "between_years": "zwischen", "weekday": "tag|mittwoch|sonnabend",
    "daypart": "morgen|mittag|abend|nacht|früh", "daypart_hours": "stunden", "daypart_of_weekday": r"tags\b|mittwochs|sonnabends", "clock": "uhr",
    "clock_colon": r"\d:\d", "clock_h": r"\dh|\d\sh", "clock_range": "uhr", "clock_dot": r"\d\.\d",
    "ago": UNIT_HIT, "same_day_shift": r"(?:heute|morgen|gestern|tag|mittwoch|sonnabend)\s+(?:vor|in)\s",
    "later": UNIT_HIT,
    "narrative_shift": UNIT_HIT, "unit_after": UNIT_HIT, "duration": UNIT_HIT,
    "duration_pair": r"\sund\s",
    "fuzzy_period": UNIT_HIT + "|wochenende", "since_plural": UNIT_HIT, "long_word": "lang",
    "length_adjective": hit(L.LENGTH_ADJECTIVES), "reference": hit(L.REFERENCES),
    "season": hit(L.SEASONS), "quarter": "quartal|halbjahr|jahreshälfte|vierteljahr",
    "named_quarter": "quartal",
    "quarter_code": "q[1-4]|h[12]", "holiday": hit(L.HOLIDAYS), "holiday_period":
    alt(L.HOLIDAY_PERIODS) + "|" + alt(L.SEASONAL_PERIODS),
    "every_nth_weekday": "jede",
    "former": "ehemalig|damalig|einstig|früher|ex", "future_adjective": "künftig", "week_of_month": "woche", "nth_weekday": r"(?:tag|mittwoch|sonnabend)\s+(?:im|des)\s", "month_weekend": "wochenende", "every": "jede", "adverb_set": "tags|morgens|abends|nachts|mittwochs",
    "set_word": hit(L.SET_WORDS), "per_unit": "mal", "takt": "takt", "every_n": UNIT_HIT,
    "week_number": "kw|kalenderwoche",
    "date_ordinal_word": MONTH_HIT, "day_adjective_alone": "gestrig|morgig",
    "season_part": "sommer|herbst|winter", "course_of": "lauf|verlauf",
    "clock_words": "halb|viertel", "month_half": "hälfte|wochen",
    "unit_half": "hälfte", "year_half": "hälfte",
    "clock_between": "uhr", "clock_word": "uhr", "day_of_month": r"\d\.",
    "daypart_of_date": MONTH_HIT,
    "night_before": "nacht", "last_night": "nacht", "midnight": "mitternacht", "overnight": "nacht", "clock_range_open": "uhr",
    "ago_plural": UNIT_HIT, "vague_plural": UNIT_HIT, "ordinal_week": "woche",
    "count_compound": UNIT_HIT, "term": "frist", "vague_shift": r"(?:später|danach|darauf|zuvor|davor|vorher|früher)", "daytime": "tagsüber|tageshälfte",
}
assert set(TRIGGERS) == {r.name for r in RULES}, set(TRIGGERS) ^ {r.name for r in RULES}
RULES = [replace(r, trigger=TRIGGERS[r.name]) for r in RULES]

STEMS = stems(
    L.MONTHS, L.MONTH_ABBREVIATIONS, L.WEEKDAYS, L.DAYPARTS, L.UNITS, L.LONG_UNITS,
    L.RELATIVE, L.SEASONS, L.HOLIDAYS, L.HOLIDAY_PERIODS, L.SEASONAL_PERIODS, L.REFERENCES,
    L.DAY_WORDS, L.NARRATIVE_DAYS, L.SET_WORDS, C.COMPOUNDS, Y.DECADE_WORDS, Dy.DAY_ADJECTIVES,
    Dy.YEAR_ADJECTIVES,
    extra=("uhr", "kw", "kalenderwoche", "q", "jahr", "woch", "monat", "tag", "quartal",
           "halbjahr", "jahrzehnt", "jahrhundert", "heuer", "ehemalig", "ex", "jede", "jeden",
           "jedes", "jeder", "montags", "morgens", "abends", "nachts", "vorjahr", "vortag",
           "tags"))

GRAMMAR = Grammar("de", RULES, PAST, FUTURE, STEMS)
