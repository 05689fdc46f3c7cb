"""A group's consensus (newsline.merge._consensus) and a sentence's keys (sentence_keys.signals),
checked against plain restatements of what they mean."""

import random

from newsline.merge import _consensus
from newsline.sentence_keys import Signals, signals


def naive_consensus(group, sigs):
    keep = {k for i in group for k in sigs[i].keys
            if 2 * sum(k in sigs[j].keys for j in group) >= len(group)}
    factors = {}
    for k in keep:
        best = max(sigs[i].factor(k) for i in group if k in sigs[i].keys)
        if best < 1.0:
            factors[k] = best
    return keep, factors


def test_consensus_keeps_half_held_keys_with_their_largest_factor():
    rnd = random.Random(5)
    words = [f"w{n}" for n in range(12)]
    sigs = []
    for _ in range(40):
        keys = frozenset(rnd.sample(words, rnd.randint(1, 8)))
        sigs.append(Signals(keys, {k: rnd.choice((0.25, 0.5)) for k in keys
                                   if rnd.random() < 0.5}))
    for size in (1, 2, 3, 4, 5, 9, 40):
        for _ in range(30):
            group = tuple(sorted(rnd.sample(range(len(sigs)), size)))
            found = _consensus(group, sigs)
            keep, factors = naive_consensus(group, sigs)
            assert found.keys == keep
            assert found.factors == factors


def test_consensus_factor_is_one_when_any_holder_weighs_the_key_fully():
    a = Signals(frozenset({"x", "y"}), {"x": 0.25, "y": 0.5})
    b = Signals(frozenset({"x", "y"}), {"x": 0.5})
    found = _consensus((0, 1), [a, b])
    assert found.keys == {"x", "y"}
    assert found.factors == {"x": 0.5}  # y is weighed fully by b


def test_signals_weigh_clauses_and_skip_phrase_words():
    text = "Der Bundestag beschloss am 3. März das Gesetz, während die European Union zögerte."
    own = text.index("am 3. März")
    marks = ((own, own + len("am 3. März"), True),)
    found = signals(text, ("am 3. März",), marks)
    assert found.keys == {"bundestag", "beshlos", "~law", "vahrend", "eu", "~eu", "sogert"}
    # the date's clause weighs fully; the other clause half, the initials of its run
    # ("European Union": "eu") and the concept its phrase stands for ("~eu") too
    assert found.factors == {"vahrend": 0.5, "eu": 0.5, "~eu": 0.5, "sogert": 0.5}
