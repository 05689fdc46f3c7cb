"""Tense markers are sought only in the sentences that hold an expression
(engine.Grammar.markers_within), and a tense looked up there is the one the markers of the whole
stretches around the expressions give (Grammar.markers): the scan of a sentence starts next to a
character no marker consumes (required.never_consumed), where a scan from further back finds
the same markers."""

from __future__ import annotations

import random
import re
from datetime import date
from pathlib import Path

import pytest

from newsline.timex import engine, tag
from newsline.timex.grammar_de import GRAMMAR as GERMAN
from newsline.timex.grammar_en import GRAMMAR as ENGLISH
from newsline.timex.required import never_consumed

HERE = Path(__file__).parent
GRAMMARS = {"de": GERMAN, "en": ENGLISH}


def _sentences(lang: str) -> list[str]:
    path = HERE / "news_en.txt" if lang == "en" else HERE / "data" / "news_sentences_de.txt"
    return [line for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith(("#", "@", " "))]


@pytest.mark.parametrize("pattern, chars, kept", [
    (r"\bwill\b|going\s+to", ".,; ", ".,;"),  # \s consumes the blank
    (r"(?=\w+,)\w+(?<=\.)x", ".,", ".,"),  # lookarounds consume nothing
    (r"[^\s.]+", ".,!", "."),  # a negated class consumes all it does not name
    (r"[\w-]+|[!-#]", ".,!-", ".,"),  # a range
    (r"a(?:b|\.c)*", ".,", ","),  # inside a repeat and a branch
    (r"a.b", ".,", ""),  # any character
    (r"(?=(\w+))\1", ".,", ""),  # a group's text may be the lookahead's
    (r"(?P<x>a)?(?(x)\W|b)", ".,", ""),  # a condition's branches
])
def test_the_characters_no_match_consumes(pattern, chars, kept):
    assert never_consumed(pattern, 0, chars) == frozenset(kept)
    assert never_consumed(pattern, re.IGNORECASE, chars) == frozenset(kept)


def test_only_caseless_punctuation_and_blanks_are_asked_about():
    with pytest.raises(ValueError):
        never_consumed(r"\w+", 0, ".a")


@pytest.mark.parametrize("lang", ["de", "en"])
def test_no_tense_marker_consumes_a_sentence_end_or_a_comma(lang):
    grammar = GRAMMARS[lang]
    grammar.markers("")
    assert set(".,;:!?") <= grammar._barriers
    text = "\n".join(_sentences(lang))
    found = grammar.markers(text).found
    assert len(found) > 300
    assert not [text[s:e] for s, e, _ in found if set(text[s:e]) & grammar._barriers]


def _random_text(lang: str, rng: random.Random) -> str:
    """Sentences of the tests cut and glued at random, with odd breaks and punctuation."""
    words = " ".join(_sentences(lang)).split(" ")
    out = []
    for _ in range(rng.randrange(20, 400)):
        k = rng.randrange(len(words))
        out.append(" ".join(words[k:k + rng.randrange(1, 12)]))
        out.append(rng.choice([" ", " ", " ", "\n", "\n\n", ". ", ", ", " - ", ": ", "\t",
                               '" ', " (", ") ", "  \n "]))
    return "".join(out)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_markers_within_sentences_answer_as_the_markers_of_the_whole_stretches(lang):
    grammar = GRAMMARS[lang]
    rng = random.Random(11)
    asked = 0
    for _ in range(120):
        text = _random_text(lang, rng)
        size = len(text)
        # stretches as the engine makes them, and pieces inside them
        spans, pieces = [], []
        at = rng.randrange(0, 40)
        while at < size - 2:
            hi = min(size, at + rng.randrange(2, 900))
            spans.append((at, hi))
            lo = at
            while lo < hi - 1 and rng.random() < 0.8:
                a = rng.randrange(lo, hi - 1)
                b = rng.randrange(a + 1, min(hi, a + 400) + 1)
                pieces.append((a, b))
                lo = b + 1
                if lo >= hi - 1:
                    break
            at = hi + rng.randrange(1, 300)
        whole = grammar.markers(text, spans)
        within = grammar.markers_within(text, spans, pieces)
        assert set(within.found) <= set(whole.found)
        for a, b in pieces:
            assert [f for f in whole.found if a <= f[0] <= b] == \
                [f for f in within.found if a <= f[0] <= b]
            for _ in range(6):
                lo = rng.randrange(a, b)
                hi = rng.randrange(lo + 1, b + 1)
                start = rng.randrange(lo, hi)
                end = rng.randrange(start + 1, hi + 1)
                assert within.nearest(lo, hi, start, end) == whole.nearest(lo, hi, start, end)
                asked += 1
    assert asked > 5000


class _Recording:
    """A marker regex that tells which markers its scans found."""

    def __init__(self, regex: re.Pattern):
        self.regex, self.found = regex, []
        self.pattern, self.groupindex = regex.pattern, regex.groupindex

    def finditer(self, text, pos, endpos):
        for m in self.regex.finditer(text, pos, endpos):
            self.found.append(m.group())
            yield m


@pytest.mark.parametrize("lang, text, dct, unseen", [
    ("de", "Der Stadtrat hat lange beraten und viele Fragen gestellt. Die Bürger wollten "
           "Antworten und haben Briefe geschrieben. Am Montag wird entschieden.",
     date(2024, 5, 2), ["hat", "wollten", "haben"]),
    ("en", "The council debated at length and asked many questions. Residents wanted answers "
           "and wrote letters. The vote will take place on Monday.",
     date(2024, 5, 2), ["debated", "asked", "wanted", "wrote"]),
])
def test_the_sentences_without_an_expression_are_not_scanned_for_markers(lang, text, dct,
                                                                         unseen, monkeypatch):
    grammar = GRAMMARS[lang]
    grammar.markers("")
    recording = _Recording(grammar._markers)
    monkeypatch.setattr(grammar, "_markers", recording)
    (found,) = tag(text, lang, dct)
    assert found.value == "2024-05-06"
    assert recording.found and not set(recording.found) & set(unseen)


def test_a_marker_across_a_line_break_before_a_sentence_is_found_as_before():
    # "eingedrungen\nist": a participle before its auxiliary across a line (a sentence end for
    # the engine); the scan of the next sentence starts after the last comma or period
    text = ("Die Polizei teilte mit, dass der Mann in das Haus eingedrungen\nist und am "
            "Sonntag festgenommen wurde.")
    grammar = GERMAN
    starts = engine._sentence_starts(text, "de")
    assert len(starts) == 2
    spans = [(0, len(text))]
    pieces = [(starts[1], len(text))]
    whole, within = grammar.markers(text, spans), grammar.markers_within(text, spans, pieces)
    assert [f for f in whole.found if f[0] >= starts[1]] == \
        [f for f in within.found if f[0] >= starts[1]]
    assert ("eingedrungen\nist" in [text[s:e] for s, e, _ in whole.found]) == \
        ("eingedrungen\nist" in [text[s:e] for s, e, _ in within.found])
