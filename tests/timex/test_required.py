"""The strings a rule cannot match without (newsline.timex.required) and the engine's use of them.

The engine skips a stretch of text for a rule when none of the rule's required strings occurs
in it; that is only right if every match really holds one. These tests check the analysis on
small patterns, then the promise itself for every rule of both grammars over every sentence the
tagger's tests use, and finally that tagging with and without the skipping gives the same tags.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from newsline.timex import engine, tag, windows
from newsline.timex.grammar_de import GRAMMAR as GERMAN
from newsline.timex.grammar_en import GRAMMAR as ENGLISH
from newsline.timex.required import required_strings, usable

HERE = Path(__file__).parent
TEXTS = {"en": (HERE / "news_en.txt").read_text(encoding="utf-8"),
         "de": (HERE / "data" / "news_sentences_de.txt").read_text(encoding="utf-8")}


@pytest.mark.parametrize("pattern, expected", [
    (r"(?<!\w)(?:christmas|easter)\s+day", ("christmas", "easter")),
    (r"(?:on\s+)?monday\b", ("monday",)),
    (r"(?=foo)bar", ("bar",)),
    (r"(?:last|next) (?:week|month)", ("last month", "last week", "next month", "next week")),
    (r"(?P<n>\d+)\s+(?:years?|months?)\s+ago", ("month", "months", "year", "years")),
    (r"Uhr", ("uhr",)),
    (r"[Qq][1-4]", ("q1", "q2", "q3", "q4")),
])
def test_required_strings_of_small_patterns(pattern, expected):
    assert required_strings(pattern, re.IGNORECASE) == expected


@pytest.mark.parametrize("pattern", [
    r"\d{4}",  # a class only
    r"(?<!x)\w+",
    r"(?:foo)?\d+",  # the only word is optional
    r"foo|\d+",  # one branch needs no word
    r"café",  # a letter outside the safe set
    r"(",  # not a pattern at all
])
def test_no_promise_where_none_can_be_made(pattern):
    assert required_strings(pattern, re.IGNORECASE) is None


def test_a_long_list_of_alternatives_is_a_requirement_but_their_joins_stay_few():
    names = [f"{a}{b}fest" for a in "klmnopqrst" for b in "aeiouy"] + ["sommerfest"]  # 61
    assert required_strings(rf"(?<!\w)(?:{'|'.join(names)})\b", re.IGNORECASE) == \
        tuple(sorted(names))
    # 61 names after 4 words would be 244 joined strings: the names alone are the promise
    assert required_strings(rf"(?:am|vom|zum|beim) (?:{'|'.join(names)})", re.IGNORECASE) == \
        tuple(sorted(names))


def test_the_german_holidays_are_a_requirement_and_their_rule_skips_a_text_naming_none():
    rule = next(r for r in GERMAN.rules if r.name == "holiday")
    strings = required_strings(rule.pattern, rule.flags)
    assert len(strings) > 48 and {"ostermontag", "pfingsten"} <= set(strings)
    low = "am montag begann die woche, bis zum 3. mai dauert sie."
    assert windows.occurring(GERMAN, low).isdisjoint(strings)
    dct = date(2024, 4, 30)
    assert [t.value for t in tag("Bis Pfingsten bleibt es so.", "de", dct)] == ["2024-05-19"]


def test_letters_the_regex_engine_folds_onto_ascii_switch_the_skipping_off():
    assert usable("Am Montag")
    assert not usable("Dıe Sitzung")  # dotless i
    assert not usable("Geſchichte")  # long s


@pytest.mark.parametrize("grammar", [GERMAN, ENGLISH], ids=["de", "en"])
def test_every_match_of_every_rule_holds_one_of_its_strings(grammar):
    text = TEXTS[grammar.lang]
    low = text.lower()
    checked = 0
    for rule in grammar.rules:
        strings = required_strings(rule.pattern, rule.flags)
        if strings is None:
            continue
        for m in grammar.regex(rule).finditer(text):
            assert any(s in low[m.start():m.end()] for s in strings), (rule.name, m.group())
            checked += 1
    assert checked > 500


def test_tags_are_the_same_without_the_skipping(monkeypatch):
    texts = [(lang, line) for lang, whole in TEXTS.items() for line in whole.splitlines()
             if line and not line.startswith(("#", "@", " "))]
    assert len(texts) > 500
    found = [tag(line, lang, date(2024, 4, 30)) for lang, line in texts]
    monkeypatch.setattr(engine, "rule_required", lambda pattern, flags: None)
    assert [tag(line, lang, date(2024, 4, 30)) for lang, line in texts] == found


@pytest.mark.parametrize("each", [True, False])
def test_spans_kept_are_those_holding_a_required_string(each):
    text = "am montag ab 9 uhr, dann lange nichts, abends um 10 uhr wieder; xb und ab"
    spans = [(0, 8), (8, 19), (20, 37), (39, 52), (53, 62), (64, len(text))]
    for strings in (["uhr"], ["ab", "b"], ["montag", "xb"], ["fehlt"], ["abends um"]):
        needed = re.compile(windows.word_trie(strings))
        if each:
            expected = [(lo, hi) for lo, hi in spans if needed.search(text, lo, hi)]
        else:
            expected = spans if needed.search(text) else []
        assert windows.with_required(spans, needed, text, each) == expected, strings
