"""German words for time: the tables grammar_de's rules look their matches up in.

Keys are lower case (see patterns.key). Austrian and Swiss forms sit beside the German ones
("Jänner", "Feber", "heuer", "Auffahrt").
"""

from __future__ import annotations

MONTHS = {
    "januar": 1, "jänner": 1, "jaenner": 1, "februar": 2, "feber": 2, "märz": 3, "maerz": 3,
    "april": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8, "september": 9, "oktober": 10,
    "november": 11, "dezember": 12,
}
MONTH_ABBREVIATIONS = {
    "jan": 1, "jän": 1, "feb": 2, "mär": 3, "mrz": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dez": 12,
}
WEEKDAYS = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonnabend": 5, "sonntag": 6,
}
WEEKDAY_ABBREVIATIONS = {"mo": 0, "di": 1, "mi": 2, "do": 3, "fr": 4, "sa": 5, "so": 6}
# Parts of the day, as words on their own and as the tail of a compound ("Montagabend").
DAYPARTS = {
    "morgen": "MO", "früh": "MO", "vormittag": "MO", "mittag": "MI", "nachmittag": "AF",
    "abend": "EV", "nacht": "NI", "morgenstunden": "MO", "abendstunden": "EV",
    "nachtstunden": "NI", "mittagszeit": "MI", "vormittagsstunden": "MO",
    "mittagsstunden": "MI", "nachmittagsstunden": "AF", "morgengrauen": "MO",
    "morgendämmerung": "MO", "abenddämmerung": "EV",
}
NUMBERS = {
    "ein": "1", "eine": "1", "einem": "1", "einen": "1", "einer": "1", "eines": "1",
    "eins": "1", "zwei": "2", "zwo": "2", "beide": "2", "beiden": "2", "drei": "3", "vier": "4",
    "fünf": "5", "sechs": "6", "sieben": "7", "acht": "8", "neun": "9", "zehn": "10",
    "elf": "11", "zwölf": "12", "dreizehn": "13", "vierzehn": "14", "fünfzehn": "15",
    "sechzehn": "16", "siebzehn": "17", "achtzehn": "18", "neunzehn": "19", "zwanzig": "20",
    "dreißig": "30", "vierzig": "40", "fünfzig": "50", "sechzig": "60", "siebzig": "70",
    "achtzig": "80", "neunzig": "90", "hundert": "100", "anderthalb": "1.5",
    "eineinhalb": "1.5", "zweieinhalb": "2.5", "halbe": "0.5", "halben": "0.5",
    "einige": "X", "einigen": "X", "einiger": "X", "mehrere": "X", "mehreren": "X",
    "wenige": "X", "wenigen": "X", "viele": "X", "vielen": "X", "etliche": "X",
    "etlichen": "X", "zahlreiche": "X", "zahlreichen": "X", "ein paar": "X", "paar": "X",
    "lange": "X", "langen": "X", "dreissig": "30",
    # the genitive after "innert", "binnen", "innerhalb" ("innert zweier Monate")
    "zweier": "2", "dreier": "3", "mehrerer": "X",
    "halbes": "0.5", "ein halbes": "0.5", "eine halbe": "0.5", "einer halben": "0.5",
    "einem halben": "0.5", "eines halben": "0.5", "einen halben": "0.5",
}


# Number words written as one word: "einundzwanzig" ... "neunundneunzig", "zweihundert".
ONES = {"ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
        "acht": 8, "neun": 9}
TENS = {"zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50,
        "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90}
COMPOUND_NUMBERS = {f"{o}und{t}": str(ov + tv) for o, ov in ONES.items() for t, tv in TENS.items()}
COMPOUND_NUMBERS.update({f"{o}hundert": str(100 * ov) for o, ov in ONES.items()})
COMPOUND_NUMBERS.update({"einhundert": "100", "tausend": "1000", "eintausend": "1000"})
# "hundertfünfzig", "zweihundertzwanzig", "einhundertelf": hundreds with a tail of their own
HUNDRED_TAILS = {w: int(v) for w, v in NUMBERS.items()
                 if w.isalpha() and v.isdigit() and 2 <= int(v) <= 90 and w not in (
                     "zwo", "beide", "beiden", "eine", "einem", "einen", "einer", "eines")}
HUNDRED_TAILS.update({k: int(v) for k, v in COMPOUND_NUMBERS.items() if "und" in k})
HUNDRED_TAILS["eins"] = 1
COMPOUND_NUMBERS.update({f"{o}hundert{t}": str(100 * ov + tv)
                         for o, ov in (("", 1), *ONES.items()) for t, tv in HUNDRED_TAILS.items()})
# "dreieinhalb" ... "zwölfeinhalb": a whole number and a half
HALF_NUMBERS = {f"{w}einhalb": f"{int(v)}.5" for w, v in NUMBERS.items()
                if w in ("zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
                         "elf", "zwölf")}
NUMBERS.update(HALF_NUMBERS)
NUMBER_WORDS = dict(NUMBERS)  # the simple ones, for patterns; NUMBERS has all, for look-ups
NUMBERS.update(COMPOUND_NUMBERS)

# Days of the month written as ordinal words ("am ersten Mai", "der dritte Oktober").
_ORDINAL_DAYS = ("erst zweit dritt viert fünft sechst siebt acht neunt zehnt elft zwölft "
                 "dreizehnt vierzehnt fünfzehnt sechzehnt siebzehnt achtzehnt neunzehnt").split()
DAY_ORDINALS = {}
for _n, _stem in enumerate(_ORDINAL_DAYS, 1):
    for _end in ("e", "en"):
        DAY_ORDINALS[_stem + _end] = _n
DAY_ORDINALS.update({"siebente": 7, "siebenten": 7, "zwanzigste": 20, "zwanzigsten": 20,
                     "dreißigste": 30, "dreißigsten": 30, "dreissigste": 30, "dreissigsten": 30})
for _o, _ov in ONES.items():
    for _t, _tv in (("zwanzigst", 20), ("dreißigst", 30), ("dreissigst", 30)):
        if _ov + _tv <= 31:
            for _end in ("e", "en"):
                DAY_ORDINALS[f"{_o}und{_t}{_end}"] = _ov + _tv
# Inflected unit nouns -> unit
UNITS = {}
for _unit, _forms in {
    "day": ("tag", "tage", "tagen", "tages", "tags"),
    "week": ("woche", "wochen"),
    "weekend": ("wochenende", "wochenenden"),
    "month": ("monat", "monate", "monaten", "monats"),
    "quarter": ("quartal", "quartale", "quartalen", "quartals", "vierteljahr", "vierteljahres"),
    "half": ("halbjahr", "halbjahre", "halbjahren", "halbjahres", "jahreshälfte"),
    "year": ("jahr", "jahre", "jahren", "jahres", "jahrs"),
    "decade": ("jahrzehnt", "jahrzehnte", "jahrzehnten", "jahrzehnts"),
    "century": ("jahrhundert", "jahrhunderte", "jahrhunderten", "jahrhunderts"),
    "hour": ("stunde", "stunden"),
    "minute": ("minute", "minuten"),
    "second": ("sekunde", "sekunden"),
}.items():
    for _f in _forms:
        UNITS[_f] = _unit
# Units that are a fraction of another, counted in a smaller one: "ein Dreivierteljahr" is P9M
FRACTION_UNITS = {"dreivierteljahr": ("9", "month"), "dreivierteljahres": ("9", "month"),
                  "viertelstunde": ("15", "minute"), "viertelstunden": ("15", "minute"),
                  "dreiviertelstunde": ("45", "minute"),
                  "vierteljahrhundert": ("25", "year"), "vierteljahrhunderts": ("25", "year")}
UNITS.update({word: unit for word, (_, unit) in FRACTION_UNITS.items()})
PLURAL_UNITS = {
    "tagen": "day", "tage": "day", "wochen": "week", "monaten": "month", "monate": "month",
    "jahren": "year", "jahre": "year", "jahrzehnten": "decade", "jahrzehnte": "decade",
    "stunden": "hour", "minuten": "minute", "wochenenden": "weekend", "quartalen": "quarter",
    "jahrhunderten": "century", "jahrhunderte": "century",
}
# "monatelang", "jahrelange" ...: the unit in front of -lang
LONG_UNITS = {"tage": "day", "wochen": "week", "monate": "month", "jahre": "year",
              "jahrzehnte": "decade", "jahrhunderte": "century", "stunden": "hour",
              "minuten": "minute"}
# "-jährig", "-tägig" ...: adjectives of length
LENGTH_ADJECTIVES = {"jährig": "year", "tägig": "day", "wöchig": "week", "monatig": "month",
                     "stündig": "hour", "minütig": "minute"}

# Relative adjectives (any inflection) -> offset; used in front of unit nouns and weekdays.
RELATIVE = {}
RELATIVE_STEMS = (("vergangen", -1), ("letzt", -1), ("vorig", -1), ("kommend", 1),
                  ("nächst", 1), ("naechst", 1), ("dies", 0), ("laufend", 0), ("aktuell", 0),
                  ("heurig", 0), ("selb", 0), ("derselb", 0), ("desselb", 0), ("demselb", 0),
                  ("dieselb", 0), ("dasselb", 0), ("übernächst", 2), ("vorletzt", -2),
                  ("vorvergangen", -2), ("gleich", 0), ("jen", 0), ("folgend", 1),
                  ("darauffolgend", 1), ("abgelaufen", -1))
# Of those, the ones that point into the story rather than at the publication date: "im
# selben Jahr", "im Mai jenes Jahres", "am 3. Oktober des folgenden Jahres".
TOLD_STEMS = ("selb", "derselb", "desselb", "demselb", "dieselb", "dasselb", "gleich", "jen",
              "folgend", "darauffolgend")
for _stem, _offset in RELATIVE_STEMS:
    for _end in ("e", "en", "er", "em", "es"):
        RELATIVE[_stem + _end] = _offset
# Position modifiers -> TimeML mod
POSITION = {
    "anfang": "START", "anfangs": "START", "beginn": "START", "früh": "START", "frühen": "START", "mitte": "MID",
    "ende": "END", "ausgang": "END", "spät": "END", "späten": "END",
}
QUALIFIERS = {
    "mehr als": "MORE_THAN", "über": "MORE_THAN", "länger als": "MORE_THAN",
    "gut": "MORE_THAN", "mindestens": "EQUAL_OR_MORE", "weniger als": "LESS_THAN",
    "knapp": "LESS_THAN", "fast": "LESS_THAN", "beinahe": "LESS_THAN", "nahezu": "LESS_THAN",
    "kaum": "LESS_THAN", "höchstens": "EQUAL_OR_LESS", "bis zu": "EQUAL_OR_LESS",
    "rund": "APPROX", "etwa": "APPROX", "ungefähr": "APPROX", "circa": "APPROX",
    "ca.": "APPROX", "annähernd": "APPROX", "gut und gerne": "APPROX",
}
# Degree adverbs the German guideline leaves outside the span ("rund drei Wochen" is tagged
# "drei Wochen", mod APPROX); "mehr als", "etwa", "fast" ... stay inside.
OUTSIDE_QUALIFIERS = frozenset({"rund", "kaum", "knapp", "gut", "nahezu", "annähernd",
                                "gut und gerne"})
SEASONS = {"frühjahr": "SP", "frühling": "SP", "sommer": "SU", "herbst": "FA", "winter": "WI"}
ORDINALS = {"ersten": 1, "erste": 1, "zweiten": 2, "zweite": 2, "dritten": 3, "dritte": 3,
            "vierten": 4, "vierte": 4, "fünften": 5, "fünfte": 5, "sechsten": 6,
            "sechste": 6, "letzten": -1, "letzte": -1,
            "1.": 1, "2.": 2, "3.": 3, "4.": 4, "5.": 5}
HOLIDAYS = {
    "ostern": "easter", "ostersonntag": "easter", "ostermontag": "easter_monday",
    "karfreitag": "good_friday", "gründonnerstag": "maundy_thursday",
    "karsamstag": "holy_saturday", "palmsonntag": "palm_sunday", "pfingsten": "pentecost",
    "pfingstsonntag": "pentecost", "pfingstmontag": "whit_monday",
    "christi himmelfahrt": "ascension", "auffahrt": "ascension", "auffahrtstag": "ascension",
    "himmelfahrtstag": "ascension", "fronleichnam":
    "corpus_christi", "rosenmontag": "carnival_monday", "faschingsdienstag": "shrove_tuesday",
    "fastnachtsdienstag": "shrove_tuesday", "aschermittwoch": "ash_wednesday",
    "weihnachten": "christmas", "christtag": "christmas", "heiligabend": "christmas_eve",
    "heiligen abend": "christmas_eve", "heiliger abend": "christmas_eve",
    "stefanitag": "boxing_day", "stephanstag": "boxing_day", "silvester": "new_years_eve",
    "neujahr": "new_year", "neujahrstag": "new_year", "dreikönigstag": "epiphany",
    "allerheiligen": "all_saints", "allerseelen": "all_souls",
    "mariä himmelfahrt": "assumption", "maria himmelfahrt": "assumption",
    "ferragosto": "assumption", "tag der deutschen einheit": "german_unity",
    "nikolaustag": "st_nicholas", "valentinstag": "valentine", "martinstag": "st_martin",
    "tag der arbeit": "labour_day", "maifeiertag": "labour_day", "halloween": "halloween",
    "maria empfängnis": "immaculate_conception", "mariä empfängnis": "immaculate_conception",
    "lichtmess": "candlemas", "mariä lichtmess": "candlemas", "maria lichtmess": "candlemas",
    "josefitag": "st_joseph", "josefstag": "st_joseph", "muttertag": "mothers_day",
    "dreikönig": "epiphany", "heilige drei könige": "epiphany",
    "heiligen drei könige": "epiphany",
    "stephanitag": "boxing_day", "martini": "st_martin", "weißer sonntag": "white_sunday",
    "weißen sonntag": "white_sunday", "fronleichnamstag": "corpus_christi",
    "allerheiligentag": "all_saints", "silvesterabend": "new_years_eve",
    "silvesternacht": "new_years_eve", "osternacht": "holy_saturday", "tag der befreiung": "italian_liberation",
    "tag der republik": "italian_republic", "bundesfeiertag": "swiss_national",
    "unsinniger donnerstag": "carnival_thursday", "unsinnigen donnerstag": "carnival_thursday",
    "unsinnige donnerstag": "carnival_thursday", "schmutzige donnerstag": "carnival_thursday",
    "schmutziger donnerstag": "carnival_thursday", "schmutzigen donnerstag": "carnival_thursday",
    "weiberfastnacht": "carnival_thursday", "herz-jesu-fest": "sacred_heart",
    "herz-jesu-sonntag": "sacred_heart_sunday", "johannistag": "st_john", "johanni": "st_john",
    "mariä geburt": "nativity_of_mary", "maria geburt": "nativity_of_mary",
    "reformationstag": "reformation", "staatsfeiertag": "labour_day",
    "ersten advent": "advent1", "ersten adventsonntag": "advent1",
    "ersten adventssonntag": "advent1", "laetare": "laetare", "mittfasten": "laetare",
    "weihnachtstag": "christmas", "ersten weihnachtstag": "christmas",
    "ersten weihnachtsfeiertag": "christmas", "zweiten weihnachtstag": "boxing_day",
    "zweiten weihnachtsfeiertag": "boxing_day", "zweiter weihnachtstag": "boxing_day",
    "erster weihnachtstag": "christmas",
    # (the ordinal as a figure: "am 2. Weihnachtstag")
    "1. weihnachtstag": "christmas", "1. weihnachtsfeiertag": "christmas",
    "2. weihnachtstag": "boxing_day", "2. weihnachtsfeiertag": "boxing_day",
}
# The four Sundays of Advent ("am dritten Adventsonntag", "am 4. Advent")
for _n, _ordinal in enumerate(("erste", "zweite", "dritte", "vierte"), 1):
    for _word in ("advent", "adventsonntag", "adventssonntag"):
        for _ending in ("", "n", "r"):  # "am vierten Advent", "der vierte", "vierter Advent"
            HOLIDAYS[f"{_ordinal}{_ending} {_word}"] = f"advent{_n}"
        HOLIDAYS[f"{_n}. {_word}"] = f"advent{_n}"
# Compounds naming the week or weekend a feast falls in ("am Pfingstwochenende", "in der
# Karwoche"), as (holiday, the unit holding it)
HOLIDAY_PERIODS = {
    "osterwochenende": ("easter", "weekend"), "pfingstwochenende": ("pentecost", "weekend"),
    "osterfeiertage": ("easter", "weekend"), "pfingstfeiertage": ("pentecost", "weekend"),
    "karwoche": ("good_friday", "week"), "weihnachtsfeiertage": ("christmas", "day"),
    "weihnachtswoche": ("christmas", "week"), "osterferien": ("good_friday", "week"),
    "pfingstferien": ("whit_monday", "week"), "ostertage": ("easter", "weekend"),
    "weihnachtsferien": ("christmas", "week"),
    # carnival's weekend is the one before Rosenmontag, in the week of its Thursday
    "faschingswochenende": ("carnival_thursday", "weekend"),
    "karnevalswochenende": ("carnival_thursday", "weekend"),
    # Lent runs from Ash Wednesday to Holy Saturday, most of it in the month of its middle
    # Sunday (Laetare), as most of Advent lies in December
    "fastenzeit": ("laetare", "month"),
}
# "am ersten Adventwochenende", "am 3. Adventswochenende": the weekend of that Sunday of Advent
for _n, _ordinal in enumerate(("ersten", "zweiten", "dritten", "vierten"), 1):
    for _word in ("adventwochenende", "adventswochenende"):
        HOLIDAY_PERIODS[f"{_ordinal} {_word}"] = HOLIDAY_PERIODS[f"{_n}. {_word}"] = \
            (f"advent{_n}", "weekend")
# Compounds naming a season's or a month's stretch ("in den Sommerferien", "in der Adventszeit",
# most of which is December), as a season code or a month
SEASONAL_PERIODS = {
    "sommerferien": "SU", "sommermonate": "SU", "herbstferien": "FA", "herbstmonate": "FA",
    "wintermonate": "WI", "frühlingsmonate": "SP", "adventszeit": 12, "vorweihnachtszeit": 12,
    "advent": 12,
    "weihnachtszeit": 12, "adventzeit": 12,
    "wintersaison": "WI", "sommersaison": "SU", "skisaison": "WI", "badesaison": "SU",
    # the half-years of tourism, timetables and statistics (October to March, April to
    # September), named after the season they hold
    "winterhalbjahr": "WI", "sommerhalbjahr": "SU", "winterhalbjahres": "WI",
    "sommerhalbjahres": "SU",
    # the Swiss parliament's four sessions, three weeks each in March, June, September and
    # December
    "frühjahrssession": 3, "sommersession": 6, "herbstsession": 9, "wintersession": 12,
}
REFERENCES = {
    "jetzt": "PRESENT_REF", "derzeit": "PRESENT_REF", "zurzeit": "PRESENT_REF",
    "zur zeit": "PRESENT_REF", "gegenwärtig": "PRESENT_REF", "momentan": "PRESENT_REF",
    "heutzutage": "PRESENT_REF",
    "damals": "PAST_REF", "einst": "PAST_REF", "kürzlich": "PAST_REF", "jüngst": "PAST_REF",
    "unlängst": "PAST_REF", "neulich": "PAST_REF", "vor kurzem": "PAST_REF",
    "vor kurzer zeit": "PAST_REF", "früher": "PAST_REF", "bald": "FUTURE_REF",
    "demnächst": "FUTURE_REF", "in kürze": "FUTURE_REF", "seinerzeit": "PAST_REF",
    "in zukunft": "FUTURE_REF", "in naher zukunft": "FUTURE_REF",
    "in der vergangenheit": "PAST_REF", "in jüngster zeit": "PAST_REF",
    "in letzter zeit": "PAST_REF", "in der zukunft": "FUTURE_REF",
    "vor langer zeit": "PAST_REF", "in diesen tagen": "PRESENT_REF", "zu jener zeit": "PAST_REF",
    "in jenen tagen": "PAST_REF",
}
# Nouns for a kind of thing, a field or a group of people: "die Welt von morgen", "die Jugend
# von heute", "Rezepte von gestern" mean the future, the present and the past, not a day.
GENERIC_NOUNS = frozenset("""
    welt gesellschaft jugend generation generationen stadt städte schule schulen arbeitswelt
    arbeit arbeitsplätze mobilität technik technologie technologien energie kinder europa
    wirtschaft landwirtschaft medizin fachkräfte berufe industrie bildung kirche menschen
    märkte markt verkehr pflege politik journalismus medien dorf dörfer ideen lösungen
    probleme herausforderungen rezepte denken methoden konzepte helden stars familie familien
    gesundheit tourismus wohnen handel landwirte bauern unternehmen führungskräfte musik kunst
    kultur sport städten schulen kindern menschen generationen welten autos auto mode
    forschung wissenschaft demokratie zeitung gesundheitsversorgung versorgung landschaft
    ernährung wälder wald klima schüler lehrer studenten eltern senioren mitarbeiter
    arbeitnehmer konsumenten kunden patienten
""".split())
# Day words relative to the anchor; narrative ones lean on the last date mentioned.
DAY_WORDS = {"vorgestern": -2, "gestern": -1, "heute": 0, "morgen": 1, "übermorgen": 2}
# (The preposition "am" steers but stays outside the span.)
NARRATIVE_DAYS = {
    "vortag": -1, "tags zuvor": -1, "tag zuvor": -1, "tags darauf": 1, "tag darauf": 1,
    "folgetag": 1, "nächsten tag": 1, "darauffolgenden tag": 1, "folgenden tag": 1,
    "einen tag später": 1, "einen tag zuvor": -1, "tags davor": -1, "tag danach": 1,
    "selben tag": 0, "gleichen tag": 0, "diesem tag": 0, "jenem tag": 0,
}
SET_WORDS = {
    "täglich": "P1D", "wöchentlich": "P1W", "monatlich": "P1M", "jährlich": "P1Y",
    "alljährlich": "P1Y", "stündlich": "PT1H", "vierteljährlich": "P3M",
    "halbjährlich": "P6M", "tagtäglich": "P1D", "allabendlich": "P1D",
    "allmonatlich": "P1M", "allwöchentlich": "P1W", "halbstündlich": "PT30M",
    "viertelstündlich": "PT15M", "zweiwöchentlich": "P2W", "vierzehntägig": "P2W",
    "zweijährlich": "P2Y",
}
# "im Halbstundentakt": a service repeating every so long
TAKT = {"halbstunden": "PT30M", "stunden": "PT1H", "viertelstunden": "PT15M",
        "zweistunden": "PT2H", "minuten": "PT1M"}
# Finite verbs of the Präteritum that news tells the past in: the tense markers of grammar_de
# (which adds Perfekt auxiliaries and the regular "-ete", "-ierte" endings).
PAST_VERBS = """
    arbeitete arbeiteten bat baten baute beendete beendeten befahl begann begannen beging begingen
    begrüßte behielt bekam bekamen belegte beriet berieten berichtete berichteten beschloss beschrieb beschwor
    besiegte bestand bestätigte besuchte besuchten betonte betrat betraten bewies bezog
    billigte blieb blieben blies bot boten brach brachen brachte brannte brannten brauchte
    dachte dachten dankte dauerte dauerten drohte drohten durfte durften ehrte einigte einigten
    empfahl empfing empfingen endete enthielt entkam entkamen entließ entschied entstand
    entstanden entzog ereignete erfuhr erfuhren ergriff erhielt erhielten erhob erinnerte
    erkannte erklärte erklärten erlag erlagen erlebte erlebten erließ erlitt erlitten erreichte
    erschien erschienen erschoss erschrak erstach ertrank erwies erzielte erzielten eröffnete
    fand fanden fehlte fehlten feierte feierten fiel fielen fing fingen flog flogen floh flohen
    folgte folgten forderte forderten fragte fragten fror fuhr fuhren führte gab gaben galt
    gelang gelangte gelangten geriet gerieten geschah gestand gewann gewannen gewesen ging
    gingen glaubte glaubten glitt griff griffen gründete half halfen handelte hatte hatten
    hattest hielt hielten hieß hing hingen hob hoben hoffte hofften holte holten kam kamen
    kannte kaufte kauften kehrte kehrten klagte klagten klang kollidierte konnte konnten
    kostete kosteten kämpfte kämpften kündigte lag lagen landete las lasen lebte lebten legte
    lehnte lehnten leitete lief liefen ließ litt litten lobte lud luden löste lösten machte
    machten meinte meldete meldeten mied misslang mochte musste mussten nahm nahmen nannte
    passierte plante planten prallte prüfte prüften rannte rannten reiste reisten rettete
    retteten rief riefen rissen räumte räumten rückte rückten sagte sagten sah sahen sandte
    sang sank sanken saß saßen schaffte schafften scheiterte scheiterten schied schien
    schilderte schlief schliefen schloss schlossen schlug schlugen schob schoben schoss schossen schrieb
    schrieben schwamm schwieg schwiegen schwor senkte senkten setzte setzten sicherte siegte
    siegten sorgte sorgten spielte spielten sprach sprachen sprang sprangen stahl stahlen stand
    standen starb starben startete starteten stellte stieg stiegen stieß stießen stimmte
    stimmten stoppte stoppten streikte streikten stritt stritten stürmte stürmten stürzte
    suchte suchten tagte tagten teilte teilten traf trafen trank trat traten trieb trieben trug
    trugen tötete töteten unterbrach unterlag unterzeichnete verbrachte verbrachten verdarb
    vergab vergaß verhielt verkaufte verkauften verlangte verlangten verletzte verlief
    verliefen verließ verließen verlor vermied verschob verschwand verschwanden verstand
    verstarb vertrat verwies verzichtete verzichteten vollzog wandte war warb waren warf warfen
    warnte warst wartete warteten wechselte wechselten wehrte wehrten weigerte weigerten wich
    wichen widersprach wies wog wohnte wohnten wollte wollten worden wuchs wuchsen wurde wurden
    wusste wussten wählte zahlte zahlten zeigte zerbrach zog zogen zwang zählte zählten äußerte
    öffnete überfiel überfielen übergab überließ übernahm überschlug
    barg erwog genoss glich glichen goss gossen kroch krochen lieh liehen pries priesen
    rieb rieben riet rieten roch schlich schlichen schmolz schmolzen schrie schrien
    wusch wuschen
""".split()
PAST_VERBS_SET = frozenset(PAST_VERBS)
# Strong preterites that are nouns too ("Band", "Rang", "Maß", "Schnitt", "Riss"): the verb
# only as written small (tense_de.PAST reads them case-aware, not after an article or a
# preposition), with their plurals in "-en" ("rangen", "maßen")
NOUN_PRETERITES = """
    band biss entriss maß pfiff rang riss ritt schliff schmiss schnitt schritt stach strich
    zerriss
""".split()
