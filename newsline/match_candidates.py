"""Which keys of a batch match which, found without comparing every key with every other.

Scoring two sentences (newsline.similarity) compares every key of one with every key of the
other, and the merger scores many pairs. But two keys match (key_similarity > 0) only when they
are equal, two concepts of the bilingual table that are related, or two word keys within the
edit budget; so each key gets the few keys of the batch it matches, and matching looks only at
those (Weights.neighbours, newsline.pair_clustering's postings).

Near-equal word keys are found through deletion neighbourhoods: two keys within d edits share a
string obtained from each by at most d deletions, and a key of n letters never needs more than
n // 4 (its partner is at most a quarter longer, the budget a fifth of the longer). Long keys,
whose neighbourhoods would be large, are compared directly with the keys of similar length.
"""

from __future__ import annotations

from itertools import combinations

from newsline.bilingual import RELATED
from newsline.similarity import FUZZY_MIN_LEN, LETTERS_PER_EDIT, Signals, key_similarity

LONG_KEY = 13  # keys at least this long are compared directly, not through deletions


def key_neighbours(sigs: list[Signals]) -> dict[str, frozenset[str]]:
    """key -> every key of the batch it matches (key_similarity > 0), itself included."""
    vocabulary = sorted({k for s in sigs for k in s.keys})
    found = {k: {k} for k in vocabulary}
    for pair in RELATED:
        a, b = sorted(pair)
        if RELATED[pair] > 0 and "~" + a in found and "~" + b in found:
            found["~" + a].add("~" + b)
            found["~" + b].add("~" + a)
    for a, b in _near_pairs([k for k in vocabulary if _fuzzy(k)]):
        found[a].add(b)
        found[b].add(a)
    return {k: frozenset(v) for k, v in found.items()}


def _fuzzy(key: str) -> bool:
    return key[0] not in "~#" and len(key) >= FUZZY_MIN_LEN


def _near_pairs(keys: list[str]) -> list[tuple[str, str]]:
    """The pairs of different keys of the list that match fuzzily, each sorted."""
    found: set[tuple[str, str]] = set()
    short = [k for k in keys if len(k) < LONG_KEY]
    buckets: dict[str, list[str]] = {}
    for key in short:
        for variant in _deletions(key, len(key) // 4):
            buckets.setdefault(variant, []).append(key)
    for members in buckets.values():
        for a, b in combinations(sorted(set(members)), 2):
            found.add((a, b))
    by_length: dict[int, list[str]] = {}
    for key in keys:
        by_length.setdefault(len(key), []).append(key)
    for key in (k for k in keys if len(k) >= LONG_KEY):
        reach = len(key) // 4 + 1
        for length in range(len(key) - reach, len(key) + reach + 1):
            for other in by_length.get(length, ()):
                if other != key:
                    found.add(tuple(sorted((key, other))))
    return [(a, b) for a, b in sorted(found) if key_similarity(a, b) > 0]


def _deletions(key: str, depth: int) -> set[str]:
    variants = {key}
    frontier = {key}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1:] for w in frontier for i in range(len(w))}
        variants |= frontier
    return variants


assert LETTERS_PER_EDIT >= 4  # n // 4 deletions cover the budget only while it is n // 5 or less
