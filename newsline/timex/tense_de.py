"""German tense markers: the words that tell a sentence's past (Präteritum, Perfekt and its
auxiliaries, separable verbs in a subordinate clause) or its future (modals, planning words,
the present of scheduled events), which place a date without a year.

Split from grammar_de; the engine finds these markers near each date (engine.Markers).
"""

from __future__ import annotations

from newsline.timex import lexicon_de as L
from newsline.timex.engine import DE_ABBREVIATIONS, word_tree

# Participles that name a state rather than a past event ("ist geöffnet", "ist geplant")
STATES = (r"(?:geöffnet|geschlossen|gesperrt|vorgesehen|geplant|gedacht|geeignet|gefragt|"
          r"gefordert|gesichert|gelegen|gespannt|geprägt|gebunden|geboten|gesucht|besetzt|"
          r"bekannt|erlaubt|verboten|bereit|erwünscht|erforderlich|abgeschlossen|fertiggestellt|"
          r"ausgebucht|ausverkauft|erledigt)")

# ... and, after "ist"/"sind", what is forecast or announced: "für Sonntag sind Gewitter
# angesagt", "ein Streik ist angekündigt", "angedroht" (with "hat" they tell of the announcing)
FORECAST = (r"(?:angesagt|vorhergesagt|prognostiziert|angekündigt|angedroht|erwartet|angesetzt|"
            r"anberaumt|terminiert|avisiert)")

# Finite verbs that make a line ending on a participle or infinitive no verbless headline
HEADLINE_VERBS = (r"(?:wird|werden|würde|würden|will|wollen|wolle|soll|sollen|solle|sollte|sollten|"
                  r"muss|müssen|musste|kann|können|könnte|könnten|darf|dürfen|dürfte|dürften|"
                  r"möchte|möchten|hat|haben|hatte|hatten|ist|sind|war|waren|sei|seien|bleibt|"
                  r"bleiben|droht|drohen)")

# Participles of verbs that form their Perfekt with "sein" ("eingebrochen", "geflüchtet",
# "verschwunden", "passiert"). A transitive verb's participle after "sein" is a state, which a
# modal puts ahead ("soll im Herbst aufgebaut sein", "bis Juni ausgeschrieben sein"): so the
# weak ones ("-t") are the verbs of motion and mishap that take "sein", and the strong ones
# ("-en") all but the common transitive stems; "-iert" is left out ("soll saniert sein")
SEIN_PARTICIPLE = (r"(?:(?![a-zäöüß]*(?:schrieben|geben|nommen|hoben|rissen|laden|schieden|"
                   r"bunden|worfen|schlossen|sprochen|halten)\b)(?:[a-zäöüß]*ge[a-zäöüß]{2,}en|"
                   r"(?:ver|ent|zer)[a-zäöüß]{2,}en)|"
                   r"[a-zäöüß]*ge(?:flüchtet|stürzt|reist|landet|prallt|rast|stolpert|wandert|"
                   r"rutscht|kippt|platzt|kentert|scheitert|kehrt|taucht|rannt|eilt|folgt)|"
                   r"verunglückt|entgleist|passiert)")

# An infinitive and a modal's infinitive closing a clause ("stattfinden sollen", "unterzeichnet
# werden können"): with "hätte" the past that did not happen, never a future by itself
MODAL_INFINITIVE = (r"[a-zäöüß]+(?:en|ern|eln)\s+(?:sollen|können|müssen|dürfen|wollen|lassen)"
                    r"(?=\s*(?:[,.;:!?\"“”»«)–-]|$)))")

# Separable verbs' prefixes and the preterites written as one word with them in a subordinate
# clause ("mitteilte")
SEPARABLE_PREFIXES = ("mit an auf aus bei ein fest vor zu zurück bekannt statt teil ab fort "
                      "nach um frei hin her").split()
SEPARABLE_PAST = ("teilte kündigte gab nahm trat fand kam ging stellte legte sagte wies rief "
                  "ließ hielt fiel zog brach sah setzte schloss sprach stieg lud traf").split()

# The abbreviations a German sentence does not end at ("ca.", "Prof."), without their period
ABBREVIATIONS = word_tree([a[:-1].lower() for a in DE_ABBREVIATIONS])
# The past markers' verbs (lexicon_de.PAST_VERBS) as one regex prefix tree (engine.word_tree):
# the markers scan every word of a text near a date.
PAST = (r"(?i:\b(?:" + word_tree(L.PAST_VERBS) + r"|"
        # a preterite that is also a noun, written small and after no article or preposition
        # ("Am Samstag schmiss der Trainer hin", "rang die Koalition um"; not "der Rang", nor
        # the English "the band" of a title quoted)
        # (the word first: the look-behinds run only where one of these words stands)
        r"(?=(?-i:" + word_tree(sorted({w[:2] for w in L.NOUN_PRETERITES})) + r"))"
        r"(?<!\b(?:im|am|an|in|zu)\s)(?<!\b(?:der|die|das|den|dem|des|ein|vom|zum|zur|"
        r"mit|von|bei|aus|auf|für|vor|ins|ums|the)\s)(?<!\b(?:eine|beim|nach|über|aufs)\s)"
        r"(?<!\b(?:einen|einem|einer|eines|unter)\s)"
        r"(?-i:" + word_tree([w + e for w in L.NOUN_PRETERITES for e in ("", "en")]) + r")|"
        # ("die revidierte Verordnung", "eine sanierte Brücke": a participle after an article)
        r"(?<!\b(?:die|der|das|den|dem|des)\s)(?<!\beine\s)(?<!\beine[nmrs]\s)"
        r"[a-zäöüß]{3,}ierten?|"
        # separable verbs written as one word in a subordinate clause ("wie die Polizei
        # mitteilte", "nachdem er zurücktrat")
        # (as prefix trees: the word is tried letter by letter, not against each alternative)
        r"(?:" + word_tree(SEPARABLE_PREFIXES) + r")(?:" + word_tree(SEPARABLE_PAST) + r")"
        r"(?:e?n)?)\b|"
        # the weak preterite "-ete(n)" ("regnete", "meldeten"); past participles used as
        # adjectives carry a prefix ("die erwartete Wende", "bewaffnete Männer") and are left out
        r"\b(?-i:(?!(?:ge|be|ver|er|ent|zer)[a-zäöüß])[a-zäöüß]{2,}[bdfgkmnpstzß]eten?)\b|"
        # a weak preterite in second place, before its subject ("Am Sonntag lenkte ein Mann",
        # "stürzte der Arbeiter"): adjectives in "-te" stand before nouns, not before articles
        # (the plural "-ten" is left out: "halten die" is present)
        r"\b(?-i:(?!(?:ge|be|ver|er|ent|zer)[a-zäöüß]|(?:erst|zweit|dritt|viert|fünft|sechst|"
        r"siebt|acht|neunt|zehnt|letzt|nächst|meist|mittler|weitest|"
        # the Konjunktiv II of modal verbs speaks of what may be ("Im Juni könnte der Vertrag")
        r"könnt|möcht|müsst|dürft)en?\b)"
        r"[a-zäöüß]{2,}[^\Ws]te)\b(?=\s+(?:der|die|das|dem|den|des|ein|eine|einen|einem|er|sie|"
        # or before a count: "lockte 3000 Gäste an"
        r"es|man|wir|rund|knapp|über|mehr|fast)\b|\s+\d)|"
        # its plural "-ten" where no present form ends so ("wählten die", "legten sie"; not
        # "halten die", "achten die", "warten die", whose stems end in "t"; nor a participle,
        # its "ge" after a prefix too: "die angekündigten 500 Stellen", "die ausgezahlten")
        # a preterite with an inseparable prefix before its subject ("verurteilte das Gericht",
        # "erhöhte die Bank"), where a participle would stand before a noun
        r"\b(?-i:(?:be|ver|er|ent|zer)[a-zäöüß]{2,}[^\Ws]te)\b(?=\s+(?:der|die|das|dem|den|des|"
        r"ein|eine|einen|einem|er|sie|es|man|wir)\b)|"
        r"\b(?-i:(?!(?:be|ver|er|ent|zer)[a-zäöüß]|(?:könnt|möcht|müsst|dürft|sollt|"
        r"wollt|siebt|neunt|zehnt|elft)en\b)"
        r"(?:(?!ge[a-zäöüß])[a-zäöüß]){2,}(?:[bgkmpn]|ss|ß|ll|hl|[aeiouäöü]h|il)ten)\b"
        r"(?=\s+(?:der|die|das|dem|den|des|ein|eine|einen|einem|sie|wir|rund|knapp|über|mehr|"
        r"fast)\b|\s+\d)|"
        # a headline closing its line on a participle without a verb ("Budget am Mittwoch
        # beschlossen", "Pegel am Sonntag gesunken"): what is done. The marker is the line's
        # first word (or the first after "Ressort: "), read ahead to the participle: no modal
        # or auxiliary may stand between, as "Kanzler will am Montag entscheiden" (an
        # infinitive of the same shape) looks ahead. Not a state ("gesperrt"), nor a line of
        # prose wrapped there, whose next line goes on in small letters ("soll am Mittwoch
        # beschlossen\nwerden")
        r"(?:(?<![^\n])|(?<=:[ \t])|(?<=#[ \t]))(?-i:[A-ZÄÖÜ])[\w-]*"
        # (a headline is short and has no comma: prose fails fast)
        r"(?=(?:[ \t]+(?!" + HEADLINE_VERBS + r"\b)[^\s.,!?;]+){0,10}?[ \t]+"
        rf"(?!{STATES}\b)(?!{FORECAST}\b)"
        r"(?-i:[a-zäöüß]*ge[a-zäöüß]{2,}(?:t|en)|(?:be|er|ver|zer|ent)[a-zäöüß]{2,}(?:t|en))"
        r"[ \t]*\n(?![ \t]*(?-i:[a-zäöüß])))|"
        # Perfekt: only the auxiliary is the marker (a lookahead finds the participle in the
        # same sentence), so a date inside the verb bracket ("hat am Donnerstag ... empfangen")
        # still sees it
        r"\b(?:hat|haben|habe|hätte|hätten|(?P<be>ist|sind|sei|seien))"
        # (the words between may hold an abbreviation, the engine's that end no sentence: "hat
        # ca. 300 Menschen evakuiert", "hat Prof. Huber verabschiedet")
        r"(?=\s(?:(?:\d+\.|(?:" + ABBREVIATIONS + r")\."
        r"|(?:[A-Za-zäöü]\.)+|\S*[^\s.!?;:])\s){0,16}?"
        # (not an infinitive with "zu": "ist keine Entscheidung zu erwarten")
        rf"(?<!\bzu\s)(?!{STATES}\b)(?(be)(?!{FORECAST}\b))"
        # (a participle is written small: "sind Gemeinderatswahlen" is none)
        r"(?-i:[a-zäöüß]*ge[a-zäöüß]{2,}(?:t|en)|"
        r"(?:be|er|ver|zer|ent|emp)[a-zäöüß]{2,}(?:t|en)|[a-zäöüß]{3,}iert)\b"
        # the participle closes the clause ("beginnt um 9 Uhr" is no participle)
        r"(?=\s*(?:[,.;:!?\"“”»«)–-]|$)|\s+(?:und|oder|sowie|worden|werden|wurde|wurden|"
        r"haben|"
        r"hatte|hat|sein|ist|war|sei)\b))|"
        # Perfekt in a subordinate clause: the participle before its auxiliary at the clause's
        # end ("dass der Täter am Sonntag eingedrungen ist"), or a perfect infinitive ("soll
        # ... beschädigt haben")
        # (the first lookahead only lets words before an auxiliary through: it is cheap)
        r"(?<!\w)(?<!\bzu\s)(?=(?-i:[a-zäöüß]{4,})\s+(?:hat|haben|habe|ist|sind|sei|seien|hatte|"
        r"hatten|"
        rf"war|waren|worden|hätte|hätten|wäre|wären)\b)(?!{STATES}\b)(?!{FORECAST}\s+(?:ist|sind|sei|seien)\b)"
        r"(?-i:[a-zäöüß]*ge[a-zäöüß]{2,}(?:t|en)|"
        r"(?:be|er|ver|zer|ent|emp)[a-zäöüß]{2,}(?:t|en)|[a-zäöüß]{3,}iert)\s+"
        r"(?:hat|haben|habe|ist|sind|sei|seien|hatte|hatten|war|waren|worden\s+sein|"
        # (and the Konjunktiv: "wenn die Regierung im März gehandelt hätte")
        r"hätte|hätten|wäre|wären)"
        r"(?=\s*(?:[,.;:!?\"“”»«)–-]|$))|"
        # a condition about the past, its participle closing the clause before the Konjunktiv
        # of the main one: "Hätte die Regierung im März gehandelt, könnte die Firma bestehen"
        r"\b(?-i:[a-zäöüß]*ge[a-zäöüß]{2,}(?:t|en))(?=,\s+(?:könnte|könnten|würde|würden|wäre|"
        r"wären|hätte|hätten|dürfte|dürften|müsste|müssten)\b)|"
        # the Konjunktiv of the past with a modal ("hätte am Sonntag stattfinden sollen", "hätte
        # im März handeln können"): what did not happen then
        r"\bhätten?\b(?=(?:\s+[^\s.,;:!?]+){1,16}?\s+" + MODAL_INFINITIVE + r"|"
        # a perfect infinitive with "zu" ("wirft ihm vor, im Dezember Geld unterschlagen zu
        # haben", "bestreitet, am Tatort gewesen zu sein"): what is said to be done
        rf"(?<!\w)(?=(?-i:[a-zäöüß]{{4,}})\s+zu\s+(?:haben|sein)\b)(?!{STATES}\b)"
        r"(?-i:[a-zäöüß]*ge[a-zäöüß]{2,}(?:t|en)|(?:be|er|ver|zer|ent|emp|unter|über|miss|"
        r"hinter)[a-zäöüß]{2,}(?:t|en)|[a-zäöüß]{3,}iert)\s+zu\s+(?:haben|sein)\b|"
        # a perfect infinitive with "sein" ("soll ... eingebrochen sein", "dürfte geflüchtet
        # sein"); a state ("soll bis Mai fertiggestellt sein") is none
        rf"(?<!\w)(?=(?-i:[a-zäöüß]{{4,}})\s+sein\b)(?!{STATES}\b)(?!{FORECAST}\b)"
        rf"(?-i:{SEIN_PARTICIPLE})\s+sein(?=\s*(?:[,.;:!?\"“”»«)–-]|$)))")
FUTURE = (r"(?i:\b(?!(?<=en\s)(?:sollen|wollen|werden)(?:\s+(?:sollen|können|müssen|dürfen|wollen))?"
          # (an infinitive with a modal closing its clause: "hätte ... unterzeichnet werden
          # sollen" is no future, tense_de.MODAL_INFINITIVE)
          r"\s*[,.;:!?\"“”»«)–-])(?:(?:wird|werden|werde|wirst|würde|würden|soll|sollen|solle|will|wollen|"
          # what is likely or possible ("dürfte im Mai sinken", "könnte im Juni fallen")
          r"dürfte|dürften|könnte|könnten|"
          # "soll ... beschädigt haben", "will nichts gesehen haben": a claim about the past
          # (the claim's clause may hold a day date's period: "soll am 12. März ... haben")
          r"wolle)\b(?!(?:[^.;:!?]|(?<=\d)\.)*?\b(?:[a-zäöüß]+(?:t|en)\s+(?:haben|"
          r"worden\s+sein|"
          rf"gewesen\s+sein)|(?!{STATES}\b){SEIN_PARTICIPLE}\s+sein)\s*[,.;:!?\"“”»«)])|"
          r"plant|planen|"
          # a hope or a promise before what it names ("hofft, bis Dezember alle Schulen saniert
          # zu haben": a perfect infinitive with "zu" after it is no past, cf. PAST)
          r"(?:hofft|hoffen|hoffe|verspricht|versprechen|verspreche)(?=\s*,)|"
          r"geplant|kommende[nmrs]?|nächste[nmrs]?|künftig\w*|bevorstehend\w*|voraussichtlich|"
          r"angesetzt|anberaumt|stattfinden(?!\s+(?:sollen|können|müssen|dürfen)\b)|stattfindet|findet|beginnt|beginnen|startet|starten|"
          r"tagt|lädt|laden|"
          # what a fixture does ahead ("das Rückspiel steigt am 15. Mai", "es folgt am
          # Freitag"), in a clause after one told in the past ("die Zahl steigt" is no fixture)
          r"steigt(?:(?<=spiel\ssteigt)|(?<=derby\ssteigt)|(?<=finale\ssteigt)|"
          r"(?<=duell\ssteigt)|(?<=fest\ssteigt)|(?<=party\ssteigt))|folgt|folgen|empfängt|"
          r"öffnet)\b)")
