"""What a sentence says, as keys the merger can compare across German and English.

An event's sentence becomes a set of spelling-neutral keys (newsline.similarity compares them):
words lower-cased, accents dropped, lightly stemmed and with the letters transliterations swap
folded together; amounts as numbers ("61 Milliarden" and "$61bn" give one key); words and
phrases of the bilingual table as its concepts (newsline.bilingual); runs of capitalised words
also as their initials. Function words, calendar words and reporting verbs give none. Each key
carries a factor below 1 when it stands only outside the clause of the event's own date.

Reading every event's sentence is a large part of a cold merge, and a batch repeats few words
(names, template phrases of the outlets) very often: what one word gives on its own, and the
initial it lends a run of capitalised words, are worked out once per distinct word.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from newsline.bilingual import NUMBER_WORDS, PHRASE_STARTS, phrase_at, word_concepts

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
# Where one clause of a sentence ends: ; : ( ) a spaced dash, or a comma before a word that opens
# a clause. A date dates its own clause's happening (newsline.events), so the words of the other
# clauses say less about that happening.
CLAUSE_END = re.compile(
    r"[;:()]|\s[–—-]\s|,(?=\s+(?:und|aber|doch|sondern|denn|oder|als|nachdem|bevor|während|wobei|"
    r"weil|da|dass|ob|wenn|obwohl|sobald|die|der|das|den|dem|deren|dessen|wo|wie|welche|welcher|"
    r"welches|so|and|but|or|while|whereas|when|after|before|because|which|who|whom|whose|where|"
    r"as|although|though|once|until|since|so|ending|allowing|breaking|clearing|leaving)\b)",
    re.IGNORECASE)

CONTEXT = 0.5  # weight factor of words outside the date's clause
SIBLING = 0.25  # ... and of words in the clause of another happening's date in the sentence


@dataclass(frozen=True)
class Signals:
    """The comparable content of one sentence: word keys, amounts ("#<number>") and concepts
    ("~<name>", newsline.bilingual), each with a factor below 1 when it stands only outside the
    clause of the event's own date."""

    keys: frozenset[str]
    factors: dict[str, float] = field(default_factory=dict, compare=False, hash=False)

    def factor(self, key: str) -> float:
        return self.factors.get(key, 1.0)


def signals(text: str, drop: tuple[str, ...] = (),
            marks: tuple[tuple[int, int, bool], ...] = ()) -> Signals:
    """The keys of a sentence.

    `drop` lists substrings to ignore (its date expressions); `marks` are (start, end, own) spans
    of date expressions in `text`: own for the event's own date, not own for the date of another
    happening the sentence reports. With an own mark, words outside its clause weigh less.
    """
    text = _blanked(text, drop, marks)
    # "U.N." -> "UN", padded so that offsets stay those of `marks`
    text = DOTTED.sub(_undotted, text)
    if any(own for _, _, own in marks):
        ends, clause_factors = _clauses(text, marks)
        # no word holds a clause's end (a separator, a space, a comma before a space), so the
        # words of each clause are those of its own stretch of the text
        words, weigh = [], []
        for n, (low, high) in enumerate(zip([0, *ends], [*ends, len(text)])):
            found = TOKEN.findall(text, low, high)
            words += found
            weigh += [clause_factors.get(n, CONTEXT)] * len(found)
    else:  # every word is in the clause of the event's date: every factor is 1
        words = TOKEN.findall(text)
        weigh = [1.0] * len(words)
    infos = list(map(_token_info, words))
    # each key keeps its largest factor, in the order the keys first come: the initials of runs
    # of capitalised words ("European Union" gives "eu"), then each word's keys
    factors: dict[str, float] = {}
    known = factors.get
    letters: list[str] = []
    first = 0.0  # the factor of the run's first word
    for info, factor in zip(infos, weigh):
        letter = info[0]
        if letter is not None:
            if not letters:
                first = factor
            letters.append(letter)
        elif letters:
            if 2 <= len(letters) <= 5:
                key = "".join(letters)
                if known(key, 0.0) < first:
                    factors[key] = first
            letters = []
    if 2 <= len(letters) <= 5:
        key = "".join(letters)
        if known(key, 0.0) < first:
            factors[key] = first
    count = len(words)
    skip = 0  # the words of a phrase of the table give its concept alone
    for i, (info, factor) in enumerate(zip(infos, weigh)):
        if i < skip:
            continue
        if info[1]:  # a number (what \d matches; "²" is a digit but no decimal)
            lower = words[i].lower()
            number = _amount(lower, words[i + 1].lower() if i + 1 < count else "")
            near = {words[j].lower() for j in (i - 1, i + 1) if 0 <= j < count}
            if number is not None and not (near & MONTHS) and known(number, 0.0) < factor:
                factors[number] = factor
            continue
        if info[2]:
            phrase = phrase_at(words, i)
            if phrase is not None:
                key = "~" + phrase[0]
                if known(key, 0.0) < factor:
                    factors[key] = factor
                skip = i + phrase[1]
                continue
        for key in info[3]:
            if known(key, 0.0) < factor:
                factors[key] = factor
    return Signals(frozenset(factors), {k: f for k, f in factors.items() if f < 1.0})


def template(text: str, drop: tuple[str, ...] = (),
             marks: tuple[tuple[int, int, bool], ...] = ()) -> tuple | None:
    """(text, marks) signals() gives the same keys and factors for, with nothing to drop, as
    for these arguments: the drops blanked as signals() blanks them, each mark's span one space
    (marks moved to match). Sentences of one template that differ only in their dates ("on 3
    March", "on 12 March") give one template, so a batch works out their signals once (23,475
    reports of the 1,000 bench articles have 7,045 distinct signals). None (no template) when
    the marks are not sorted, overlap or lie outside the text.

    Why the signals are the same: signals() blanks the marks first, so their words never count;
    what follows depends on the text only through its tokens (whitespace ends every token, and
    a run of it is one gap however long), its clause ends (which need one space where they need
    any, and are not sought inside a mark, whose blank shrinks but stays) and the order of clause
    ends and marks (each position moves down by the spaces taken out before it, keeping order).
    The drops are blanked on the full text, where a drop spanning a mark sees its real width."""
    size, first, last = len(text), 0, 0
    for start, end, _ in marks:  # by start, none inside another's span (an empty one may
        if not (first <= start and last <= start <= end <= size):  # open or close one)
            return None
        first = start
        if start < end:
            last = end
    text = _blanked(text, drop, marks)
    pieces, moved, shift, at = [], [], 0, 0
    for start, end, own in marks:
        if start < end:
            pieces += (text[at:start], " ")
            at = end
            moved.append((start - shift, start - shift + 1, own))
            shift += end - start - 1
        else:
            moved.append((start - shift, start - shift, own))
    pieces.append(text[at:])
    return "".join(pieces), tuple(moved)


def _blanked(text: str, drop: tuple[str, ...], marks: tuple[tuple[int, int, bool], ...]) -> str:
    """text with each mark's span and each drop (longest first) blanked, its length kept."""
    for start, end, _ in marks:
        text = text[:start] + " " * (end - start) + text[end:]
    for part in sorted(set(drop), key=len, reverse=True):
        if part:
            text = text.replace(part, " " * len(part))
    return text


def _undotted(match: re.Match) -> str:
    return match.group(0).replace(".", "") + " " * match.group(0).count(".")


@lru_cache(maxsize=65536)
def _token_info(token: str) -> tuple[str | None, bool, bool, tuple[str, ...]]:
    """What a token gives wherever it stands: the initial it lends a run of capitalised words
    (_initial), whether it is a number, whether a phrase of the bilingual table may begin with
    it and the keys it gives on its own (_word_keys; none for a number, read with its
    neighbours)."""
    if token[0].isdecimal():
        return None, True, False, ()
    return (_initial(token), False, *_word_keys(token))


def _word_keys(token: str) -> tuple[bool, tuple[str, ...]]:
    """Whether a phrase of the bilingual table may begin with the word, and the keys it gives
    on its own: its concepts (and its own key for a compound), a number word's number, an
    acronym as it is, else its word key (none for a stopword)."""
    lower = token.lower()
    concepts, compound = word_concepts(lower)
    if concepts:
        keys = tuple("~" + c for c in concepts) + ((word_key(lower),) if compound else ())
    elif lower in NUMBER_WORDS:
        keys = (f"#{float(NUMBER_WORDS[lower]):.3g}",)
    elif len(token) >= 2 and token.isupper() and token.isalpha():
        keys = (lower,)  # "US" is no pronoun
    elif lower not in STOPWORDS and lower not in SCALES and len(lower) >= 2:
        keys = (word_key(lower),)
    else:
        keys = ()
    return lower in PHRASE_STARTS, keys


def _initial(token: str) -> str | None:
    """The initial a capitalised word (no stopword, no acronym) gives its run, else None."""
    lower = token.lower()
    acronym = len(token) >= 2 and token.isupper() and token.isalpha()
    return word_key(lower)[:1] if token[:1].isupper() and lower not in STOPWORDS \
        and not acronym else None


def _clauses(text: str, marks: tuple[tuple[int, int, bool], ...]
             ) -> tuple[list[int], dict[int, float]]:
    """Where the text's clauses end (outside marks), and the factor of each clause holding a
    mark, by clause (how many ends lie at or before an offset): 1 for an own date's clause
    (marks holds one), SIBLING for another date's; every other clause weighs CONTEXT."""
    spans = [(s, e) for s, e, _ in marks if s < e]  # an empty mark holds no offset
    ends = []
    for match in CLAUSE_END.finditer(text):
        at = match.start()
        for s, e in spans:
            if s <= at < e:
                break
        else:
            ends.append(at)
    factor = {bisect.bisect_right(ends, s): SIBLING for s, _, o in marks if not o}
    factor.update((bisect.bisect_right(ends, s), 1.0) for s, _, o in marks if o)
    return ends, factor


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
