"""How alike two event sentences are, across German and English, from the words they share.

The merger must recognise one happening told by several outlets in two languages without a
dictionary of events. What survives translation are names ("Selenskyj"/"Zelensky",
"Kiew"/"Kyiv"), numbers and amounts ("61 Milliarden"/"$61bn"), and cognates
("Kongress"/"Congress"). So every word becomes a spelling-neutral key (accents dropped, a light
stem, letters that transliterations swap folded together), amounts become numbers, and two keys
match when they are equal or differ by about one letter in five. Rare keys count more than
common ones (inverse document frequency over the events being merged), so a shared "Mubarak"
in a topic about Mubarak weighs little and a shared "Tantawi" weighs much.

What two sentences share tells no more than how rare it is that a sentence holds all of it, and
the words of a set phrase come together: "A spokeswoman for Linau promised further details" and
"A spokeswoman for Ostheim promised further details" share four words that each is rare-ish,
yet a batch that holds one of them nearly always holds all four (a phrase many outlets use of
many happenings). So a key matched between two sentences counts only the information it adds
to the rarer keys of its sentence that it comes with (Weights.shared_weights): about nothing
for the rest of a phrase many sentences of the batch repeat, all of its weight for a key that
comes with them no more often than with any other. A sentence's total weight stays the sum of
its keys' own weights: the differing names are as much of it as before.

Words no spelling fold can bridge ("Weißes Haus"/"White House", "unterzeichnet"/"signed") meet
as concepts of a small bilingual table (newsline.bilingual); concepts naming who acts and what
they do weigh double, since one happening is the same actors doing the same thing. A sentence's
words may weigh less when they stand outside the clause of the event's own date
(newsline.event_signals says which clause that is).
"""

from __future__ import annotations

import bisect
import math
from collections import Counter
from functools import lru_cache
from itertools import combinations

from newsline.bilingual import ACTORS_AND_ACTIONS, RELATED
# a sentence's keys are read in newsline.sentence_keys; its names are kept here for the callers
from newsline.sentence_keys import STOPWORDS, Signals, signals, word_key  # noqa: F401

FUZZY_MIN_LEN = 4
LETTERS_PER_EDIT = 5  # a key of n letters may differ in n // 5 of them
ACTOR_WEIGHT = 2.0  # weight factor of concepts naming who acts and what they do


@lru_cache(maxsize=262144)
def key_similarity(a: str, b: str) -> float:
    """1 for equal keys, the edit ratio for near-equal word keys (one letter in five may differ).

    Numbers match only exactly; keys shorter than four letters too.
    """
    if a == b:
        return 1.0
    if a[0] == "~" or b[0] == "~":
        return RELATED.get(frozenset((a[1:], b[1:])), 0.0) if a[0] == b[0] else 0.0
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

    In a batch of more than EXACT_SIZE sentences the counts are rounded to steps of a fixed
    ratio (rounded()): the batch's size, and a key's count beyond EXACT_COUNT. A weight then
    changes only when a count crosses a step, so an edit to one article leaves the weight of
    almost every key, and the similarity of every pair of the other articles' reports, as it
    was (newsline.pair_memory keeps those pairs between builds). Rounding moves a weight by at
    most half a step: 0.02 for SIZE_STEP, 0.09 for COUNT_STEP (of 3 to 10 for the keys that
    matter). Smaller batches (the sample site, the timelines of scripts/eval_merge.py, the
    tests) are weighed exactly.

    How much a matched key adds to the rarer keys of its sentence (shared_weights) is read
    from how often pairs of keys come together in the batch's sentences (_together()).
    """

    PRIOR_SENTENCES = 20
    EXACT_SIZE = 2048  # batches up to this many sentences are weighed exactly
    EXACT_COUNT = 16  # in bigger ones, so are the keys up to this many sentences hold
    SIZE_STEP = 2 ** (1 / 16)
    COUNT_STEP = 2 ** (1 / 4)
    # A key k given a rarer key j of its sentence is as likely as the share of j's sentences
    # holding k too, counted as if PAIR_PRIOR more of j's sentences held k at k's rate in the
    # batch (few sentences together say little), and leaving out the two compared sentences
    # (PAIR_OWN), which may be all that brings j and k together: two reports of one happening.
    PAIR_PRIOR = 200
    PAIR_OWN = 2
    LEAST_SHARE = 1e-3  # a matched key keeps at least this share of its weight

    def __init__(self, batch: list[Signals], neighbours: dict[str, frozenset[str]] | None = None):
        self.count = len(batch)
        self.size = rounded(len(batch), self.EXACT_SIZE, self.SIZE_STEP) + self.PRIOR_SENTENCES
        self.frequency = Counter(key for s in batch for key in s.keys)
        # (rarer key j, key k) -> the share of its weight k adds to j, for each pair whose
        # share is below 1 (_together); and k -> {j: that share}
        self.together = self._together(batch)
        self.partners: dict[str, dict[str, float]] = {}
        for (j, k), share in self.together.items():
            found = self.partners.get(k)
            if found is None:
                self.partners[k] = {j: share}
            else:
                found[j] = share
        # key -> the batch's keys it matches (newsline.match_candidates.key_neighbours): with
        # it, matching a key looks only at those instead of every key of the other sentence
        self.neighbours = neighbours
        self._known: dict[str, float] = {}
        # a key matching more than itself -> ((each key it matches, key_similarity), ...)
        self.matches: dict[str, tuple[tuple[str, float], ...]] = {}

    def __call__(self, key: str) -> float:
        known = self._known.get(key)
        if known is None:
            known = self.of_count(key, self.frequency.get(key, 0))
            self._known[key] = known
        return known

    def of_count(self, key: str, count: int) -> float:
        """The weight key has when count sentences of the batch hold it."""
        # log(size + 1) - log(count + 0.5) may fall to 0 or below once both are rounded: a key
        # nearly every sentence holds keeps a sliver of weight, as without rounding
        if self.count > self.EXACT_SIZE:
            count = rounded(count, self.EXACT_COUNT, self.COUNT_STEP)
        idf = max(math.log((self.size + 1) / (count + 0.5)), 1e-4)
        return idf * ACTOR_WEIGHT if key[0] == "~" and key[1:] in ACTORS_AND_ACTIONS else idf

    def _count(self, count: int) -> float:
        """A count of sentences as the weights see it (rounded in a big batch)."""
        return rounded(count, self.EXACT_COUNT, self.COUNT_STEP) \
            if self.count > self.EXACT_SIZE else count

    def _together(self, batch: list[Signals]) -> dict[tuple[str, str], float]:
        """(j, k) -> the share of k's weight that k adds in a sentence holding j, j rarer than
        k (by count as the weights see it, then by key), for the pairs where it is below 1.

        k given j is as likely as p = (b + PAIR_PRIOR * q) / (n + PAIR_PRIOR), b being the
        sentences holding both and n those holding j (each less PAIR_OWN), q k's share of the
        batch's sentences as its weight counts it; k then adds -log p, against its own -log q."""
        held = Counter(s.keys for s in batch)  # (events of one sentence share its signals)
        rank = {k: (self._count(n), k) for k, n in self.frequency.items()}
        pairs: Counter = Counter()
        for keys, n in held.items():
            if len(keys) < 2:
                continue
            ordered = sorted(keys, key=rank.__getitem__)
            if n == 1:
                pairs.update(combinations(ordered, 2))
            else:
                for pair in combinations(ordered, 2):
                    pairs[pair] += n
        prior, own, size = self.PAIR_PRIOR, self.PAIR_OWN, self.size + 1
        found = {}
        for (j, k), both in pairs.items():
            if both <= own:  # no more than the two compared sentences: k keeps its weight
                continue
            share_k = (rank[k][0] + 0.5) / size
            if share_k >= 1.0:
                continue
            likely = (self._count(both) - own + prior * share_k) / (rank[j][0] - own + prior)
            if likely <= share_k:
                continue
            share = math.log(likely) / math.log(share_k)  # both logs are below 0
            found[(j, k)] = share if share > self.LEAST_SHARE else self.LEAST_SHARE
        return found

    def shared_weights(self, keys: frozenset[str]) -> dict[str, float]:
        """key -> its weight when a sentence holding keys matches it in another: its own
        weight times the least share of it it adds to a rarer key of keys (together)."""
        found, partners, known, size = {}, self.partners, self._known, len(keys)
        for k in keys:
            value = known.get(k) or self(k)
            share = partners.get(k)
            if share is not None:
                # (a common key has many rarer partners, a sentence few keys)
                least = min([s for j, s in share.items() if j in keys] if len(share) < size
                            else [share[j] for j in keys if j in share], default=1.0)
                if least < 1.0:
                    value = value * least
            found[k] = value
        return found

    def rounded_count(self) -> float:
        """The batch's number of sentences as the weights see it (rounded beyond EXACT_SIZE)."""
        return rounded(self.count, self.EXACT_SIZE, self.SIZE_STEP)


@lru_cache(maxsize=None)
def _steps(exact: int, step: float) -> tuple[int, ...]:
    """The integer bounds of the steps above exact: a count n > exact is in the step of the
    largest bound below or at n. Integers, so a count's step is found without rounding."""
    bounds, at = [exact + 1], float(exact + 1)
    while bounds[-1] < 1 << 40:
        at *= step
        bounds.append(max(bounds[-1] + 1, math.ceil(at)))
    return tuple(bounds)


def rounded(n: int, exact: int, step: float) -> float:
    """n itself up to exact, beyond it the geometric middle of its step (_steps)."""
    if n <= exact:
        return n
    bounds = _steps(exact, step)
    at = bisect.bisect_right(bounds, n) - 1
    return math.sqrt(bounds[at] * (bounds[at + 1] - 1))


def similarity(a: Signals, b: Signals, weight: Weights) -> float:
    """How much of the two sentences' weight matches, in [0, 1].

    The mean of a soft Dice overlap (matched weight over both sentences' weight) and the same
    matched weight over the shorter sentence's: a short report of a happening inside a long one
    is still that happening, and across languages the words that cannot match would otherwise
    drown the names and numbers that do.
    """
    if not a.keys or not b.keys:
        return 0.0
    matched_a = _matched(a, b, weight)
    matched_b = _matched(b, a, weight)
    total_a = sum(weight(k) * a.factor(k) for k in sorted(a.keys))
    total_b = sum(weight(k) * b.factor(k) for k in sorted(b.keys))
    return overlap_score(matched_a + matched_b, total_a, total_b)


def overlap_score(matched: float, total_a: float, total_b: float) -> float:
    """The similarity of two sentences from the weight both found in the other (matched) and
    each one's total weight: the mean of their Dice overlap and the shorter one's containment."""
    dice = matched / (total_a + total_b)
    containment = min(1.0, matched / (2 * min(total_a, total_b)))
    return (dice + containment) / 2


def covered(a: Signals, b: Signals, weight: Weights) -> float:
    """How much of a's weight b holds, in [0, 1]: does b say what a says?"""
    total = sum(weight(k) * a.factor(k) for k in sorted(a.keys))
    return _matched(a, b, weight) / total if total and b.keys else 0.0


def _matched(a: Signals, b: Signals, weight: Weights) -> float:
    """The weight of a's keys found in b (as a's sentence adds them: Weights.shared_weights),
    each scaled by both sides' factors."""
    near = weight.neighbours
    shared = weight.shared_weights(a.keys)
    if near is not None:  # the same sum: keys outside near[k] match k with 0
        return sum(shared[k] * a.factor(k) * max(
            (key_similarity(k, o) * b.factor(o) for o in b.keys & near[k]), default=0.0)
            for k in sorted(a.keys))
    return sum(shared[k] * a.factor(k) * max(key_similarity(k, o) * b.factor(o) for o in b.keys)
               for k in sorted(a.keys))


class Prepared:
    """One sentence's signals readied for many comparisons under one Weights (with its key
    neighbours): prepared_similarity gives similarity()'s value bit for bit, summing only the
    keys the two sentences share or match, in the same order (the others add exactly 0).
    weighted holds what each key adds when matched (Weights.shared_weights, times its factor),
    total the sum of the keys' own weights times their factors."""

    __slots__ = ("keys", "factors", "weighted", "total", "fuzzy", "matches")

    def __init__(self, s: Signals, weight: Weights):
        self.keys = keys = s.keys
        self.factors = factors = s.factors
        # weight's own memo read directly (every key of a batch is in it once asked)
        known, near = weight._known, weight.neighbours
        if factors:
            own = {k: (known.get(k) or weight(k)) * factors.get(k, 1.0) for k in keys}
        else:  # x * 1.0 is x
            own = {k: known.get(k) or weight(k) for k in keys}
        self.total = sum(map(own.__getitem__, sorted(keys)))
        partners = weight.partners
        if any(k in partners for k in keys):
            shared = weight.shared_weights(keys)
            own = {k: shared[k] * factors.get(k, 1.0) for k in keys} if factors else shared
        self.weighted = weighted = own
        # keys matching more than themselves: their best match is searched for
        self.fuzzy = fuzzy = frozenset(k for k in keys if len(near[k]) > 1)
        # and what each matches, with how much (the batch's table, shared by every sentence)
        self.matches = matches = weight.matches
        for k in fuzzy:
            if k not in matches:
                matches[k] = tuple((o, key_similarity(k, o)) for o in sorted(near[k]))


def prepared_similarity(a: Prepared, b: Prepared, near: dict[str, frozenset[str]]) -> float:
    """similarity(a, b, weight) of two Prepared signals; near is weight.neighbours."""
    if not a.keys or not b.keys:
        return 0.0
    if a.fuzzy or b.fuzzy:
        matched = _matched_prepared(a, b, near) + _matched_prepared(b, a, near)
    else:  # each key matches only itself: both sums walk the shared keys, sorted, at once
        shared = a.keys & b.keys
        if not shared:
            return 0.0
        there = here = 0  # _matched_prepared(a, b, near) and (b, a, near), term for term
        weighted, other = a.weighted, b.weighted
        factors, own = b.factors, a.factors
        if factors or own:
            for k in sorted(shared):
                there += weighted[k] * factors.get(k, 1.0)
                here += other[k] * own.get(k, 1.0)
        else:  # (x * 1.0 is x)
            for k in sorted(shared):
                there += weighted[k]
                here += other[k]
        matched = there + here
    total_a, total_b = a.total, b.total  # overlap_score, written out
    contained = matched / (2 * (total_a if total_a < total_b else total_b))
    return (matched / (total_a + total_b) + (contained if contained < 1.0 else 1.0)) / 2


def prepared_covered(a: Prepared, b: Prepared, near: dict[str, frozenset[str]]) -> float:
    """covered(a, b, weight) of two Prepared signals; near is weight.neighbours."""
    return _matched_prepared(a, b, near) / a.total if a.total and b.keys else 0.0


def _matched_prepared(a: Prepared, b: Prepared, near: dict[str, frozenset[str]]) -> float:
    other = b.keys
    keys = a.keys & other
    fuzzy = a.fuzzy
    if fuzzy:
        found = [k for k in fuzzy if not near[k].isdisjoint(other)]
        if found:
            keys = keys.union(found)
    factors, weighted = b.factors, a.weighted
    total = 0
    if not factors and not fuzzy:  # every best match is the key itself at factor 1.0
        for k in sorted(keys):
            total += weighted[k]
        return total
    matches = a.matches
    for k in sorted(keys):
        if k in fuzzy:  # (max of the same values as over other & near[k], in another order)
            best = max([likeness * factors.get(o, 1.0) for o, likeness in matches[k]
                        if o in other])
        else:
            best = factors.get(k, 1.0)
        total += weighted[k] * best
    return total
