"""Key neighbours are exactly the keys that match, and matching only through them (Prepared
signals) gives similarity()'s and covered()'s values bit for bit."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from newsline.match_candidates import key_neighbours
from newsline.similarity import (Prepared, Signals, Weights, covered, key_similarity,
                                 prepared_covered, prepared_similarity, similarity, word_key)

WORDS = ["selenskyj", "zelensky", "kongress", "congress", "verteidigungsministerium",
         "verteidigungsministeriums", "kyiv", "kiew", "gaddafi", "gadhafi", "tantawi",
         "mubarak", "parlament", "parliament", "abstimmung", "vote"]
KEYS = [word_key(w) for w in WORDS] + ["~congress", "~senate", "~house", "~vote", "~approve",
                                       "#61", "#6.1e+10", "us", "eu"]


def test_near_spellings_and_related_concepts_are_neighbours():
    sigs = [Signals(frozenset({word_key("Selenskyj")})), Signals(frozenset({word_key("Zelensky")})),
            Signals(frozenset({"~congress"})), Signals(frozenset({"~senate"})),
            Signals(frozenset({"#61"}))]
    near = key_neighbours(sigs)
    assert word_key("Zelensky") in near[word_key("Selenskyj")]
    assert "~senate" in near["~congress"]
    assert near["#61"] == {"#61"}


signals_lists = st.lists(
    st.dictionaries(st.sampled_from(KEYS), st.sampled_from([1.0, 0.5, 0.25]), min_size=1,
                    max_size=6),
    min_size=2, max_size=6)


def _signals(found: dict[str, float]) -> Signals:
    return Signals(frozenset(found), {k: f for k, f in found.items() if f < 1.0})


@settings(max_examples=200, deadline=None)
@given(signals_lists)
def test_neighbours_are_the_keys_that_match(key_maps):
    sigs = [_signals(found) for found in key_maps]
    near = key_neighbours(sigs)
    vocabulary = {k for s in sigs for k in s.keys}
    for a in vocabulary:
        assert near[a] == {b for b in vocabulary if key_similarity(a, b) > 0}


@settings(max_examples=200, deadline=None)
@given(signals_lists)
def test_prepared_signals_give_the_same_values(key_maps):
    sigs = [_signals(found) for found in key_maps]
    weight = Weights(sigs, key_neighbours(sigs))
    plain = Weights(sigs)
    ready = [Prepared(s, weight) for s in sigs]
    for i in range(len(sigs)):
        for j in range(len(sigs)):
            assert prepared_similarity(ready[i], ready[j], weight.neighbours) \
                == similarity(sigs[i], sigs[j], plain)
            assert prepared_covered(ready[i], ready[j], weight.neighbours) \
                == covered(sigs[i], sigs[j], plain)
