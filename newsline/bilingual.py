"""A small German-English table of the words news reports share when they tell one happening.

Spelling folds (newsline.similarity) already make "Selenskyj" meet "Zelensky" and "Kongress"
meet "Congress"; they cannot make "Weißes Haus" meet "White House", "Außenministerium" meet
"State Department" or "unterzeichnet" meet "signed". This table names, for common places,
institutions, and the nouns and verbs of political news, one concept both languages' words stand
for. It is language data, not knowledge of any event: nothing here says who did what when.

Entry syntax, one string per word or phrase (a phrase is a sequence of words):
  "weißes haus"   the words in this order, any case
  "US"            with a capital: only written this way ("US" the country, not "us")
  "unterzeichn*"  any word that begins so (German inflection: unterzeichnet, unterzeichnete)
  "*abkommen"     any German compound that ends so (Sicherheitsabkommen); the word keeps its own
                  key as well, so "Sicherheitsabkommen" still meets "Sicherheitsabkommen" best
"""

from __future__ import annotations

import re
from functools import lru_cache

CONCEPTS: dict[str, tuple[str, ...]] = {
    # countries, their people and adjectives
    "us": ("US", "USA", "vereinigte staaten", "vereinigten staaten", "united states",
           "amerika", "america", "amerikanisch*", "american", "americans"),
    "uk": ("UK", "großbritannien", "britain", "great britain", "united kingdom", "britisch*",
           "british", "vereinigtes königreich", "vereinigten königreich"),
    "germany": ("deutschland", "germany", "german", "germans", "deutsch", "deutsche", "deutschen",
                "deutscher", "deutsches"),
    "france": ("frankreich", "france", "french", "französisch*"),
    "italy": ("italien", "italy", "italian", "italienisch*"),
    "japan": ("japan", "japanese", "japanisch*"),
    "russia": ("russland", "russia", "russian", "russians", "russisch*"),
    "ukraine": ("ukraine", "ukrainian", "ukrainians", "ukrainisch*"),
    "israel": ("israel", "israeli", "israelis", "israelisch*"),
    "china": ("china", "chinese", "chinesisch*"),
    "poland": ("polen", "poland", "polish", "polnisch*"),
    "lithuania": ("litauen", "lithuania", "lithuanian", "litauisch*"),
    "europe": ("europa", "europe", "europäisch*", "european", "europeans"),
    "italy-apulia": ("apulien", "apulia"),
    "netherlands": ("niederlande", "netherlands", "dutch", "niederländisch*"),
    "denmark": ("dänemark", "denmark", "danish", "dänisch*"),
    "canada": ("kanada", "canada", "canadian", "kanadisch*"),
    "finland": ("finnland", "finland", "finnish", "finnisch*"),
    "sweden": ("schweden", "sweden", "swedish", "schwedisch*"),
    "turkey": ("türkei", "turkey", "turkish", "türkisch*"),
    "egypt": ("ägypten", "egypt", "egyptian", "egyptians", "ägyptisch*"),
    "syria": ("syrien", "syria", "syrian", "syrians", "syrisch*"),
    "libya": ("libyen", "libya", "libyan", "libyans", "libysch*"),
    # cities whose names the two languages spell apart beyond what spelling folds bridge
    "moscow": ("moskau", "moscow"),
    "kremlin": ("kreml", "kremlin"),
    "warsaw": ("warschau", "warsaw"),
    "rome": ("rom", "rome"),
    "beijing": ("peking", "beijing"),
    "cairo": ("kairo", "cairo"),
    "damascus": ("damaskus", "damascus"),
    "brussels": ("brüssel", "brussels"),
    "vienna": ("wien", "vienna"),
    "geneva": ("genf", "geneva"),
    "the-hague": ("den haag", "the hague"),
    "munich": ("münchen", "munich"),
    "cologne": ("köln", "cologne"),
    "tokyo": ("tokio", "tokyo"),
    "tripoli": ("tripolis", "tripoli"),
    # institutions and offices
    "white-house": ("weißes haus", "weißen haus", "weisses haus", "white house"),
    "capitol": ("kapitol", "capitol", "capitol hill"),
    "congress": ("kongress", "kongresses", "congress", "parlament", "parlaments", "parliament",
                 "parliaments"),
    "senate": ("senat", "senats", "senate", "senatoren", "senator", "senators"),
    "house": ("repräsentantenhaus", "repräsentantenhauses", "house of representatives",
              "House"),
    "lawmakers": ("abgeordnete", "abgeordneten", "lawmakers", "legislators", "congressmen"),
    "state-department": ("state department", "außenministerium", "außenministeriums",
                         "foreign ministry", "foreign office", "auswärtiges amt",
                         "auswärtigen amt"),
    "pentagon": ("pentagon", "verteidigungsministerium", "defense department",
                 "defence ministry", "defense ministry"),
    "un": ("UN", "UNO", "vereinte nationen", "vereinten nationen", "united nations"),
    "security-council": ("sicherheitsrat", "sicherheitsrats", "security council"),
    "general-assembly": ("general assembly", "generalversammlung", "vollversammlung"),
    "nato": ("nato", "nordatlantikpakt"),
    "eu": ("EU", "europäische union", "europäischen union", "european union"),
    "g7": ("g 7", "gruppe der sieben", "group of seven"),
    "oval-office": ("oval office",),
    "president": ("präsident", "präsidenten", "president", "staatschef", "staatschefs",
                  "head of state"),
    "leaders": ("staats- und regierungschefs", "staats und regierungschefs", "leaders",
                "regierungschefs", "spitzenpolitiker"),
    "chancellor": ("kanzler", "kanzlerin", "bundeskanzler", "bundeskanzlerin", "chancellor"),
    "prime-minister": ("premierminister", "premierministerin", "prime minister", "premier"),
    "foreign-minister": ("außenminister", "außenministerin", "foreign minister",
                         "foreign secretary", "secretary of state"),
    "speaker": ("speaker", "vorsitzende", "vorsitzender"),
    "republicans": ("republikaner", "republican", "republicans", "republikanisch*"),
    "democrats": ("demokraten", "democrat", "democrats", "democratic", "demokratisch*"),
    # things politics deals in
    "summit": ("gipfel", "*gipfel", "gipfeltreffen", "summit", "summits"),
    "declaration": ("erklärung", "*erklärung", "declaration", "declarations"),
    "agreement": ("abkommen", "*abkommen", "vereinbarung", "vereinbarungen", "*vereinbarung",
                  "agreement", "agreements", "pakt", "*pakt", "pact", "pacts", "accord",
                  "accords", "vertrag", "*vertrag", "treaty"),
    "aid": ("hilfe", "hilfen", "*hilfe", "*hilfen", "hilfs*", "aid", "assistance"),
    "support": ("unterstützung", "support", "backing"),
    "package": ("paket", "*paket", "package", "packages"),
    "law": ("gesetz", "*gesetz", "gesetzes", "law", "bill", "legislation"),
    "vote": ("abstimmung", "*abstimmung", "abstimmen", "stimmten", "vote", "votes", "voted",
             "voting", "stimmen"),
    "weapons": ("waffen", "*waffen", "waffenlieferung*", "weapons", "arms"),
    "ammunition": ("munition", "*munition", "ammunition", "shells", "rounds"),
    "troops": ("truppen", "soldaten", "troops", "soldiers", "streitkräfte", "armed forces",
               "armee", "army"),
    "military": ("militärisch*", "military", "militär"),
    "economy": ("wirtschaft", "wirtschaftlich*", "economic", "economy"),
    "loan": ("kredit", "kredite", "loan", "loans"),
    "assets": ("vermögenswerte", "vermögen", "assets"),
    "invasion": ("invasion", "angriffskrieg", "einmarsch", "invaded", "invade"),
    "war": ("krieg", "krieges", "kriegs"),  # not English "war": German "war" is "was"
    "attack": ("angriff", "angriffe", "angriffen", "attack", "attacks", "attacked"),
    "membership": ("mitgliedschaft", "membership", "beitritt", "accession"),
    "talks": ("gespräch", "gespräche", "gesprächen", "verhandlung*", "talks", "negotiation*",
              "negotiate", "negotiated", "negotiating", "beraten", "beratungen", "beratung"),
    "visit": ("besuch", "besuchte", "besucht", "visit", "visited", "visits", "trip", "reise"),
    "speech": ("rede", "sprach", "gesprochen", "speech", "spoke", "addressed"),
    "sanctions": ("sanktion*", "sanction", "sanctions"),
    "election": ("wahl", "wahlen", "gewählt", "election", "elections", "elected"),
    "ceasefire": ("waffenruhe", "waffenstillstand", "ceasefire", "truce"),
    "protest": ("protest", "proteste", "protesten", "demonstration*", "protests", "protesters",
                "demonstranten"),
    # what political actors do
    "sign": ("unterzeichn*", "unterschr*", "unterschrift", "signed", "signing", "signature"),
    "approve": ("gebilligt", "billigt", "billigte", "billigten", "billigen", "billigung",
                "bewillig*", "zugestimmt", "zustimmung", "zustimmen", "verabschiedet",
                "verabschiedete", "verabschieden", "freigegeben", "approve", "approved",
                "approves", "approval", "passed", "passes", "cleared", "adopted"),
    "receive": ("empfangen", "empfängt", "empfing", "receive", "received", "receives",
                "welcomed", "welcomes", "hosted", "hosts"),
    "meet": ("treffen", "traf", "trafen", "getroffen", "meeting", "meet", "met", "meets",
             "zusammengekommen", "zusammentreffen", "gathering", "gather"),
    "promise": ("versprochen", "versprach", "versprachen", "versprechen", "zusage", "zusagen",
                "zugesagt", "promise", "promised", "promises", "pledge", "pledged", "pledges"),
    "request": ("beantragt", "beantragte", "beantragen", "antrag", "request", "requested",
                "asked"),
    "resign": ("rücktritt", "zurückgetreten", "resign", "resigned", "resignation"),
    "invite": ("einladen", "eingeladen", "einzuladen", "einladung", "invite", "invited",
               "invitation"),
    "kill": ("getötet", "tote", "toten", "killed", "dead", "deaths"),
    "arrest": ("festgenommen", "verhaftet", "festnahme", "arrested", "arrest", "detained"),
    "thank": ("dankte", "dankten", "bedankte", "thanked", "thanks"),
}

# Concepts that name who acts and what they do: a report of one happening names the same actors
# doing the same thing, while the things they deal in (aid, weapons, a package) recur across
# many happenings. These weigh more.
ACTORS_AND_ACTIONS = frozenset("""
congress senate house lawmakers state-department pentagon un security-council general-assembly
nato eu g7 white-house capitol oval-office president leaders chancellor prime-minister
foreign-minister speaker republicans democrats
sign approve receive meet promise request resign invite kill arrest thank vote speech visit talks
attack invasion election declaration
""".split())

# Pairs of concepts that overlap in meaning: how much one counts for the other.
RELATED: dict[frozenset[str], float] = {
    frozenset(("congress", "senate")): 0.5,
    frozenset(("congress", "house")): 0.5,
    frozenset(("congress", "lawmakers")): 0.5,
    frozenset(("receive", "meet")): 0.7,
    frozenset(("approve", "vote")): 0.6,
    frozenset(("aid", "support")): 0.6,
    frozenset(("weapons", "ammunition")): 0.5,
    frozenset(("invasion", "war")): 0.5,
}

# Number words of both languages, as the numbers a report may write in digits instead.
NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "hundred": 100, "dozen": 12,
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
    "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20, "hundert": 100, "dutzend": 12,
}

_WORD = re.compile(r"\d+|[^\W\d_]+")  # how newsline.sentence_keys splits a sentence into words


def _compile_lexicon():
    phrases: dict[str, list[tuple[tuple[str, ...], bool, str]]] = {}
    prefixes, heads = [], []
    for concept, entries in sorted(CONCEPTS.items()):
        for entry in entries:
            if entry.endswith("*"):
                prefixes.append((entry[:-1], concept))
            elif entry.startswith("*"):
                heads.append((entry[1:], concept))
            else:
                exact = entry != entry.lower()
                words = tuple(w if exact else w.lower() for w in _WORD.findall(entry))
                phrases.setdefault(words[0].lower(), []).append((words, exact, concept))
    for candidates in phrases.values():
        candidates.sort(key=lambda c: -len(c[0]))
    return phrases, tuple(sorted(prefixes, key=lambda p: -len(p[0]))), \
        tuple(sorted(heads, key=lambda h: -len(h[0])))


_PHRASES, _PREFIXES, _HEADS = _compile_lexicon()


PHRASE_STARTS = frozenset(_PHRASES)  # the (lower-case) words a phrase of the table begins with


def phrase_at(tokens: list[str], i: int) -> tuple[str, int] | None:
    """The concept of the table's phrase that begins at tokens[i] and its length in words."""
    for words, exact, concept in _PHRASES.get(tokens[i].lower(), ()):
        seen = tuple(tokens[i:i + len(words)])
        if (seen if exact else tuple(t.lower() for t in seen)) == words:
            return concept, len(words)
    return None


@lru_cache(maxsize=65536)
def word_concepts(lower: str) -> tuple[tuple[str, ...], bool]:
    """The concepts one word stands for by its beginning or its end, and whether by its end."""
    found = [c for stem, c in _PREFIXES if lower.startswith(stem)][:1]
    head = [c for h, c in _HEADS if lower.endswith(h) and len(lower) >= len(h) + 3][:1]
    return tuple(sorted(set(found + head))), bool(head)
