"""How alike two event sentences are, across German and English, from the words they share.

The merger must recognise one happening told by several outlets in two languages without a
dictionary of events. What survives translation are names ("Selenskyj"/"Zelensky",
"Kiew"/"Kyiv"), numbers and amounts ("61 Milliarden"/"$61bn"), and cognates
("Kongress"/"Congress"). So every word becomes a spelling-neutral key (accents dropped, a light
stem, letters that transliterations swap folded together), amounts become numbers, and two keys
match when they are equal or differ by about one letter in five. Rare keys count more than
common ones (inverse document frequency over the events being merged), so a shared "Mubarak"
in a topic about Mubarak weighs little and a shared "Tantawi" weighs much.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

# Function words, calendar words and reporting verbs of both languages: they say nothing about
# which happening a sentence reports (its date is compared separately).
STOPWORDS = frozenset("""
a about after again against ago all also am an and another any are as at be because been before
being between both but by can could day days did do does during each early earlier for from had
has have he her here his how i if in into is it its last late later latest least many may me
month months more most much my new next no not now of off on once one only or other our out over
own per said same say says she since so some still such than that the their them then there these
they this those through to today told tomorrow too under until up upon us very was we week weeks
were what when where which while who whom whose why will with within would year years yesterday
you your according announced announces reported reports
ab aber alle allem allen aller alles als also am an andere anderen auch auf aus bei beim bereits
bis bisher da damit dann das dass dem den denen der des dessen die dies diese diesem diesen dieser
dieses doch dort durch ein eine einem einen einer eines er es etwa für gegen gestern hat hatte
hatten heute ich ihm ihn ihr ihre ihrem ihren im in ist jahr jahre jahren jahres jetzt kein keine
letzte letzten mit monat monate monaten morgen nach neue neuen nicht noch nun nur ob oder ohne
seit sein seine seinem seinen seiner sich sie sind so soll sollen sowie tag tage tagen über um
und uns unter vergangene vergangenen vom von vor war waren was weil welche wenn werden wie wieder
will wir wird woche wochen wurde wurden zu zum zur zwei drei sagte sagten teilte mit laut
january february march april may june july august september october november december
januar februar märz mai juni juli oktober dezember jan feb mar apr jun jul aug sep sept oct okt
nov dec dez monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch
donnerstag freitag samstag sonnabend sonntag
""".split())

MONTHS = frozenset("""
january february march april may june july august september october november december
januar februar märz mai juni juli oktober dezember jan feb mar apr jun jul aug sep sept oct okt
nov dec dez
""".split())

SCALES = {
    "thousand": 1e3, "tausend": 1e3, "k": 1e3,
    "million": 1e6, "millions": 1e6, "millionen": 1e6, "mio": 1e6, "m": 1e6, "mn": 1e6,
    "billion": 1e9, "billions": 1e9, "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9, "bn": 1e9,
    "trillion": 1e12, "billionen": 1e12, "tn": 1e12,
}

# Longest first: strip at most one ending, keep a stem of at least four letters.
ENDINGS = ("ungen", "ings", "ung", "ing", "ers", "ern", "ed", "es", "en", "er", "s", "e", "n")

# Letters and digraphs transliterations and the two spellings swap: Selenskyj/Zelensky,
# Kiew/Kyiv, Gaddafi/Gadhafi, Tschad/Chad, Kongress/Congress.
FOLDS = (
    ("tsch", "ch"), ("sch", "sh"), ("ph", "f"), ("th", "t"), ("dh", "d"), ("kh", "h"),
    ("ck", "k"), ("c", "k"), ("q", "k"), ("z", "s"), ("w", "v"), ("j", "y"), ("y", "i"),
    ("ie", "i"), ("ou", "u"), ("oo", "u"), ("ee", "i"),
)

TOKEN = re.compile(r"\d+(?:[.,]\d+)*[^\W\d_]*|[^\W\d_]+(?:['’][^\W\d_]+)*")
DOTTED = re.compile(r"\b(?:[A-Z]\.){2,}")
YEAR = re.compile(r"1[89]\d\d|2[01]\d\d")

FUZZY_MIN_LEN = 4
LETTERS_PER_EDIT = 5  # a key of n letters may differ in n // 5 of them


@dataclass(frozen=True)
class Signals:
    """The comparable content of one sentence: word keys and amounts (as "#<number>" keys)."""

    keys: frozenset[str]


def signals(text: str, drop: tuple[str, ...] = ()) -> Signals:
    """The keys of a sentence; `drop` lists substrings to ignore first (its date expressions)."""
    for part in sorted(set(drop), key=len, reverse=True):
        if part:
            text = text.replace(part, " ")
    text = DOTTED.sub(lambda m: m.group(0).replace(".", ""), text)  # "U.N." -> "UN"
    tokens = TOKEN.findall(text)
    keys = set()
    run: list[str] = []  # consecutive capitalised words, for their initials
    for i, token in enumerate(tokens + [""]):
        lower = token.lower()
        acronym = len(token) >= 2 and token.isupper() and token.isalpha()
        if token[:1].isupper() and lower not in STOPWORDS and not acronym:
            run.append(lower)
        else:
            if 2 <= len(run) <= 5:
                keys.add("".join(word_key(word)[0] for word in run))  # "European Union": "eu"
            run = []
        if not token:
            break
        if lower[0].isdigit():
            number = _amount(lower, tokens[i + 1].lower() if i + 1 < len(tokens) else "")
            near = {tokens[j].lower() for j in (i - 1, i + 1) if 0 <= j < len(tokens)}
            if number is not None and not (near & MONTHS):
                keys.add(number)
            continue
        if acronym:
            keys.add(lower)  # "US" is no pronoun
        elif lower not in STOPWORDS and lower not in SCALES and len(lower) >= 2:
            keys.add(word_key(lower))
    return Signals(frozenset(keys))


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """A spelling-neutral key: 'Selenskyj' and 'Zelensky' both give 'selenski'."""
    word = word.lower().replace("ß", "ss")
    word = re.sub(r"['’](s|n)?$", "", word)
    word = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            word = word[: -len(ending)]
            break
    for old, new in FOLDS:
        word = word.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", word)


def _amount(token: str, following: str) -> str | None:
    """'61bn', '61 Milliarden', '1,100', '5,2' as a normalised number key; None for years."""
    match = re.match(r"(\d+(?:[.,]\d+)*)(.*)", token)
    digits, suffix = match.group(1), match.group(2)
    if re.fullmatch(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*", digits):
        value = float(re.sub(r"[.,]", "", digits))
    else:
        try:
            value = float(digits.replace(",", "."))
        except ValueError:
            return None
    scale = SCALES.get(suffix) or (SCALES.get(following) if not suffix else None)
    if scale is None and not suffix and YEAR.fullmatch(digits):
        return None
    value *= scale or 1
    return f"#{value:.3g}"


@lru_cache(maxsize=262144)
def key_similarity(a: str, b: str) -> float:
    """1 for equal keys, the edit ratio for near-equal word keys (one letter in five may differ).

    Numbers match only exactly; keys shorter than four letters too.
    """
    if a == b:
        return 1.0
    if a[0] == "#" or b[0] == "#" or min(len(a), len(b)) < FUZZY_MIN_LEN:
        return 0.0
    longest = max(len(a), len(b))
    budget = longest // LETTERS_PER_EDIT
    if abs(len(a) - len(b)) > budget:
        return 0.0
    distance = _edit_distance(a, b, budget)
    return 1 - distance / longest if distance <= budget else 0.0


def _edit_distance(a: str, b: str, budget: int) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > budget:
            return budget + 1
        previous = current
    return previous[-1]


class Weights:
    """Inverse document frequency of keys over a batch of sentences.

    The batch counts as if it held PRIOR_SENTENCES more sentences without the key: in a batch of
    two, a key both share would otherwise weigh almost nothing, exactly where it matters most.
    """

    PRIOR_SENTENCES = 20

    def __init__(self, batch: list[Signals]):
        self.size = len(batch) + self.PRIOR_SENTENCES
        self.frequency = Counter(key for s in batch for key in s.keys)

    def __call__(self, key: str) -> float:
        return math.log((self.size + 1) / (self.frequency.get(key, 0) + 0.5))


def similarity(a: Signals, b: Signals, weight: Weights) -> float:
    """How much of the two sentences' weight matches, in [0, 1].

    The mean of a soft Dice overlap (matched weight over both sentences' weight) and the same
    matched weight over the shorter sentence's: a short report of a happening inside a long one
    is still that happening, and across languages the words that cannot match would otherwise
    drown the names and numbers that do.
    """
    if not a.keys or not b.keys:
        return 0.0
    matched_a = sum(weight(k) * max(key_similarity(k, o) for o in b.keys) for k in sorted(a.keys))
    matched_b = sum(weight(k) * max(key_similarity(k, o) for o in a.keys) for k in sorted(b.keys))
    total_a = sum(weight(k) for k in sorted(a.keys))
    total_b = sum(weight(k) for k in sorted(b.keys))
    matched = matched_a + matched_b
    dice = matched / (total_a + total_b)
    containment = min(1.0, matched / (2 * min(total_a, total_b)))
    return (dice + containment) / 2
