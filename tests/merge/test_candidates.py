"""Pairs the candidate tokens leave out really have similarity 0, so skipping them is exact."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from newsline.match_candidates import match_tokens
from newsline.similarity import Signals, Weights, key_similarity, similarity, word_key

WORDS = ["selenskyj", "zelensky", "kongress", "congress", "verteidigungsministerium",
         "verteidigungsministeriums", "kyiv", "kiew", "gaddafi", "gadhafi", "tantawi",
         "mubarak", "parlament", "parliament", "abstimmung", "vote"]
KEYS = [word_key(w) for w in WORDS] + ["~congress", "~senate", "~house", "~vote", "~approve",
                                       "#61", "#6.1e+10", "us", "eu"]


def test_near_spellings_and_related_concepts_share_a_token():
    sigs = [Signals(frozenset({word_key("Selenskyj")})), Signals(frozenset({word_key("Zelensky")})),
            Signals(frozenset({"~congress"})), Signals(frozenset({"~senate"})),
            Signals(frozenset({"#61"}))]
    tokens = match_tokens(sigs)
    assert tokens[0] & tokens[1]
    assert tokens[2] & tokens[3]
    assert not tokens[4] & (tokens[0] | tokens[2])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.frozensets(st.sampled_from(KEYS), min_size=1, max_size=5), min_size=2,
                max_size=6))
def test_disjoint_tokens_mean_no_similarity(key_sets):
    sigs = [Signals(keys) for keys in key_sets]
    tokens = match_tokens(sigs)
    weight = Weights(sigs)
    for i in range(len(sigs)):
        for j in range(i + 1, len(sigs)):
            matches = any(key_similarity(a, b) > 0 for a in sigs[i].keys for b in sigs[j].keys)
            assert matches == (not tokens[i].isdisjoint(tokens[j]))
            if tokens[i].isdisjoint(tokens[j]):
                assert similarity(sigs[i], sigs[j], weight) == 0.0
