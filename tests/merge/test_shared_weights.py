"""What two sentences share is worth what sharing it tells (newsline.similarity.Weights
.shared_weights): the words of a phrase that many sentences of the batch repeat add little to
the rarest of them, so two reports of different happenings in one phrase ("A spokeswoman for
Linau / for Ostheim promised further details") no longer clear the bar on the phrase alone,
while two reports of one happening still do."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from eventkit import event

from newsline.merge import DEFAULT, merge_events, pair_margin
from newsline.match_candidates import key_neighbours
from newsline.similarity import (Prepared, Signals, Weights, covered, prepared_covered,
                                 prepared_similarity, signals, similarity)

SYLLABLES = ["ka", "lo", "ru", "mi", "te", "so", "vu", "ne", "pa", "di", "go", "fe", "hu", "zi",
             "bo", "re", "ta", "wi"]
# invented names, each in one sentence of the batch: three syllables, capitalised
NAMES = ["".join(p).capitalize() for p in itertools.product(SYLLABLES, repeat=3)]


def batch(phrases: int = 600, others: int = 2400) -> list[str]:
    """Sentences of a big batch: `phrases` of them in one phrase about as many places (the
    frame a fifth of the batch repeats), the others in words of their own."""
    found = [f"A spokeswoman for {NAMES[n]} promised further details." for n in range(phrases)]
    rest = NAMES[phrases:]
    found += [f"{rest[2 * n % len(rest)]} met {rest[(2 * n + 1) % len(rest)]}."
              for n in range(others)]
    return found


def weights(texts: list[str]) -> tuple[list[Signals], Weights]:
    sigs = [signals(t) for t in texts]
    return sigs, Weights(sigs, key_neighbours(sigs))


def reports(first: str, second: str) -> tuple:
    """Two reports of one day from two articles."""
    return (event("wire-a", first + " on Friday", "on Friday", "2024-05-03"),
            event("post-b", second + " on Friday", "on Friday", "2024-05-03"))


SAME = ("A spokeswoman for Linau promised further details on the Steinweg",
        "Linau will give details of its Steinweg plans, a spokeswoman said")
OTHER = ("A spokeswoman for Linau promised further details on the Steinweg",
         "A spokeswoman for Ostheim promised further details on the Kirchplatz")


def margins(texts: list[str]) -> dict[str, float]:
    """The margins of the two pairs (SAME, OTHER) in a batch of texts and the pairs' reports."""
    found = {}
    for name, (first, second) in (("same", SAME), ("other", OTHER)):
        a, b = reports(first, second)
        sigs, weight = weights(texts + [a.text, b.text])
        found[name] = pair_margin(a, b, sigs[-2], sigs[-1], weight)
    return found


def test_one_phrase_about_two_places_no_longer_clears_where_the_phrase_is_common():
    found = margins(batch())
    assert found["other"] < 0  # the phrase alone: two happenings
    assert found["same"] > 0.3  # the same place and street, in other words: one


def test_the_phrase_counts_in_full_where_no_other_sentence_repeats_it():
    """Sharing a phrase that only the two reports hold says as much as before: their pairs of
    keys come together in no third sentence (Weights.PAIR_OWN)."""
    texts = batch(phrases=0)
    a, b = reports(*OTHER)
    sigs, weight = weights(texts + [a.text, b.text])
    assert pair_margin(a, b, sigs[-2], sigs[-1], weight) > 0.3


def test_the_merge_keeps_the_two_places_apart_and_joins_the_same_place():
    """The same through merge_events, whose pairs are scored from key postings
    (newsline.clearing_pairs) with Prepared signals."""
    a, b = reports(*OTHER)
    c, d = reports(*SAME)
    c = event("desk-c", c.text, "on Friday", "2024-05-03")
    d = event("desk-d", d.text, "on Friday", "2024-05-03")
    # the batch's other sentences, each on a day of its own (none near another's)
    frame = [event(f"bulk-{n}", text + " on Friday", "on Friday",
                   (date(2010, 1, 1) + timedelta(days=4 * n)).isoformat())
             for n, text in enumerate(t[:-1] for t in batch())]
    merged = merge_events(frame + [a, b, c, d])
    holding = {frozenset(m.slug for m in e.sources) for e in merged}
    assert frozenset({"desk-c", "desk-d"}) <= next(s for s in holding if "desk-c" in s)
    assert not any({"wire-a", "post-b"} <= s for s in holding)


def test_prepared_signals_score_as_similarity_does_with_shares():
    """Prepared keeps shared weights apart from its total: the same floats as similarity()
    and covered(), bit for bit, for pairs whose keys have shares below 1."""
    texts = batch(120, 400) + list(SAME) + list(OTHER)
    sigs, weight = weights(texts)
    assert weight.together
    ready = [Prepared(s, weight) for s in sigs]
    near = weight.neighbours
    for i, j in [(-4, -3), (-4, -1), (-2, -1), (0, 1), (0, -1), (5, 200), (130, 131)]:
        assert prepared_similarity(ready[i], ready[j], near) == similarity(sigs[i], sigs[j],
                                                                           weight)
        assert prepared_covered(ready[i], ready[j], near) == covered(sigs[i], sigs[j], weight)
    assert any(ready[-1].weighted[k] < weight(k) for k in sigs[-1].keys)
    assert ready[-1].total == sum(weight(k) for k in sorted(sigs[-1].keys))
