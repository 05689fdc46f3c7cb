"""The tagger's shortcuts must not change what it finds.

The shortcuts are checked here, each against the plain way on the sentences of the tagger's own
tests (and on random text): the lookahead put before a pattern that opens blind
(required.guarded; the tense markers use it) must match exactly what the pattern matches, the
one-pass search for the grammar's required strings (windows.occurring) must report exactly the
strings str's own search finds, and a rule's trigger is not sought where none of the strings
its hits hold occurs.
"""

from __future__ import annotations

import re
from datetime import date
from re import _parser
from pathlib import Path

import pytest

from newsline.timex import tag, tries, windows
from newsline.timex.grammar_de import GRAMMAR as GERMAN
from newsline.timex.grammar_en import GRAMMAR as ENGLISH
from newsline.timex.required import guarded, required_strings

HERE = Path(__file__).parent
TEXTS = {"en": (HERE / "news_en.txt").read_text(encoding="utf-8"),
         "de": (HERE / "data" / "news_sentences_de.txt").read_text(encoding="utf-8")}
GRAMMARS = {"de": GERMAN, "en": ENGLISH}


def matches(regex: re.Pattern, text: str) -> list[tuple]:
    return [(m.span(), m.lastgroup, m.groups()) for m in regex.finditer(text)]


@pytest.mark.parametrize("pattern, guard", [
    # a word's start, or one of the other characters an alternative opens with
    (r"\b(?:will|shall)\b|'ll\b", "(?:\\b(?=\\w)|(?=[']))"),
    (r"(?i:\b(?:Mär|Öl)\b)|(?<!\w)-\d", "(?=[\\w\\-])"),
    (r"(?=\d)\d+\s*uhr", "(?=[\\w])"),  # a lookahead first is no word's start
    (r"\b(?:will|shall)|(?=x)x", "(?=[\\w])"),  # nor in one alternative
    # every alternative opens at a word's start: a word must start here
    (r"(?<!\w)(?:\d+\s*uhr)", "\\b(?=\\w)"),
    (r"(?P<a>(?i:\b(?:mai|juni)))|(?:(?<!\w)(?:am|um))\b", "\\b(?=\\w)"),
    # a line's start, or after a colon and a blank, before a word character: a word's start
    (r"(?:(?<![^\n])|(?<=:[ \t])|^)[A-Z]\w*|\bam", "\\b(?=\\w)"),
    (r"(?<![^\n\-])\w+", "\\b(?=\\w)"),
    (r"(?<=#\s)Titel|\bam", "(?=[\\w])"),  # \s names no few characters
    (r"(?<=a )x|(?<=b)x", "(?=[\\w])"),  # a word character before: inside a word
    (r"(?:(?<![^\n])|-)(?:\d\d)", "(?:\\b(?=\\w)|(?=[\\-]))"),
])
def test_a_pattern_that_opens_blind_gets_a_guard_for_its_first_characters(pattern, guard):
    assert guarded(pattern, 0) == f"{guard}(?:{pattern})"


OPENINGS = [r"(?:(?<![^\n])|(?<=:[ \t])|^)[A-Z]\w*", r"(?<![^\n\-])\w+", r"\b(?:ab|b_)\b",
            r"'ab\b", r"(?<=: )\w\w|-\d", r"(?m:^)a\w", r"(?<!\w)(?i:[ä1])b?",
            r"(?<=a)b\w", r"(?<![^a\n])b"]


def test_guards_of_word_starts_match_as_the_plain_patterns_on_random_text():
    import random

    rng = random.Random(5)
    alphabet = "aAbB_1ä\u00c4 :\t\n#-'."
    text = "".join(rng.choice(alphabet) for _ in range(20000))
    words = 0
    for k in range(60):
        pattern = "|".join(rng.sample(OPENINGS, rng.randint(1, 3)))
        guarded_pattern = guarded(pattern, 0)
        words += "\\b(?=\\w)" in guarded_pattern
        assert matches(re.compile(guarded_pattern), text) == matches(re.compile(pattern), text), \
            pattern
    assert words > 10


@pytest.mark.parametrize("pattern", [
    r"uhr\b",  # opens with a literal: the regex engine skips ahead by itself
    r"\b(?:morgen)?",  # may match nothing, anywhere
    r"\b.x",  # any character first
    r"(?<!\w)[^\d]+",  # a negated class first
    r"\bİ",  # a letter whose case variants the guard's \w may not promise
    r"(?i)\bmai",  # a global flag must stay at the pattern's start
])
def test_no_guard_where_the_first_characters_are_not_known(pattern):
    assert guarded(pattern, 0) == pattern


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_guarded_tense_markers_match_as_the_plain_ones(lang):
    grammar = GRAMMARS[lang]
    plain = f"(?P<past>{grammar.past_markers})|(?P<future>{grammar.future_markers})"
    text = TEXTS[lang]
    assert guarded(plain, 0) != plain
    found = matches(re.compile(guarded(plain, 0)), text)
    assert len(found) > 200
    assert found == matches(re.compile(plain), text)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_guarded_rule_matches_as_the_plain_one(lang):
    text = TEXTS[lang]
    compared = 0
    for rule in GRAMMARS[lang].rules:
        pattern = guarded(rule.pattern, rule.flags)
        if pattern != rule.pattern:
            assert matches(re.compile(pattern, rule.flags), text) == \
                matches(re.compile(rule.pattern, rule.flags), text), rule.name
            compared += 1
    assert compared > 50


@pytest.mark.parametrize("pattern, expected", [
    # what an unknown item ends with is joined to the literals after it
    (r"\b(?:(?:1\d|20)?\d0|['’]\d0)'?s\b", ("0's", "0s")),
    (r"\d{1,2}:[0-5]\d", (":0", ":1", ":2", ":3", ":4", ":5")),
    # ... and what one begins with to the literals before it
    (r"kw(?:-\d+|\s*\d+)", ("kw",)),  # (one alternative begins with nothing known)
    (r"kw(?:-\d+|/\d+)", ("kw-", "kw/")),
    (r"zwei(?:\d+|x)", ("zwei",)),  # a branch that tells nothing of its ends tells nothing
    (r"(?:\d+|ab)-(?:jahre|monate)-", ("-jahre-", "-monate-")),
])
def test_required_strings_reach_across_items_whose_matches_are_unknown(pattern, expected):
    assert required_strings(pattern, re.IGNORECASE) == expected


def test_the_decade_rule_is_skipped_where_no_decade_can_be():
    # "0" (in every year) was all it required; now "0s" or "0's" or a decade's word
    strings = required_strings(*next((r.pattern, r.flags) for r in ENGLISH.rules
                                     if r.name == "decade"))
    assert "0" not in strings and {"0s", "0's"} <= set(strings)
    dct = date(2024, 4, 30)
    assert [t.value for t in tag("Prices rose in the 1990s and in the '80s.", "en", dct)] == \
        ["199", "198"]
    assert [t.value for t in tag("In 2020, 300 people came.", "en", dct)] == ["2020"]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_required_strings_found_in_one_pass_are_those_str_finds(lang):
    grammar = GRAMMARS[lang]
    strings = {s for r in grammar.rules for s in required_strings(r.pattern, r.flags) or ()}
    strings |= {s for r in grammar.rules if r.trigger
                for s in windows.trigger_required(r.trigger) or ()}
    seen = set()
    for line in TEXTS[lang].lower().splitlines():
        present = windows.occurring(grammar, line)
        assert present == {s for s in strings if s in line}, line
        seen |= present
    # overlapping and nested strings were among them ("jan" in "january", "tag" in "montag")
    assert len(seen) > 100
    assert any(a != b and a in b for a in seen for b in seen)


def test_a_rule_whose_strings_are_missing_is_skipped_and_one_whose_strings_occur_is_not():
    dct = date(2024, 4, 30)
    assert [t.value for t in tag("Die Messe beginnt am Ostermontag.", "de", dct)] == \
        ["2025-04-21"]  # the next one: "beginnt" looks ahead
    assert tag("Die Messe beginnt am Osterbrunnen.", "de", dct) == []


def test_every_separable_preterite_written_as_one_word_is_a_past_marker_and_only_those():
    from newsline.timex.tense_de import SEPARABLE_PAST, SEPARABLE_PREFIXES

    words = [p + v + end for p in SEPARABLE_PREFIXES for v in SEPARABLE_PAST
             for end in ("", "n", "en")]
    assert len(words) == 20 * 25 * 3
    text = " ".join(f"wie der Sprecher {w}." for w in words)
    found = [(text[s:e], kind) for s, e, kind in GERMAN.markers(text).found]
    assert found == [(w, "past") for w in words]
    # a prefix alone, or the pair with another ending, is no such marker
    for word in ("mitteilt", "zurückgabe", "mitte", "umsahst", "Mitteil"):
        assert GERMAN.markers(f"wie der Sprecher {word}.").found == [], word


def test_word_list_triggers_as_prefix_trees_find_the_hits_of_the_alternations():
    from newsline.timex import lexicon_de as L
    from newsline.timex.grammar_de import hit
    from newsline.timex.patterns import alt

    lists = [L.HOLIDAYS, L.SEASONS, L.REFERENCES, L.LENGTH_ADJECTIVES, L.SET_WORDS,
             set(L.MONTHS) | set(L.MONTH_ABBREVIATIONS)]
    for words in lists:
        words = sorted(set(words))
        # every word, each glued to the next (a shorter word begins many a longer one)
        text = TEXTS["de"].lower() + " ".join(words) + " " + "".join(words)
        spans = [m.span() for m in re.finditer(alt(words), text)]
        assert len(spans) > len(words)
        assert [m.span() for m in re.finditer(hit(words), text)] == spans


def test_the_units_and_seasons_trigger_hits_where_its_alternation_did():
    from newsline.timex import lexicon_de as L
    from newsline.timex.grammar_de import UNIT_HIT, UNIT_SEASON_HIT
    from newsline.timex.patterns import alt

    words = UNIT_HIT.split("|") + sorted(set(L.SEASONS))
    # no word begins another: an alternation in any order and the tree find the same word
    assert not [(a, b) for a in words for b in words if a != b and b.startswith(a)]
    text = TEXTS["de"].lower() + " ".join(words) + " " + "".join(words)
    before = [m.span() for m in re.finditer(UNIT_HIT + "|" + alt(L.SEASONS), text)]
    assert len(before) > 300
    assert [m.span() for m in re.finditer(UNIT_SEASON_HIT, text)] == before


# --- alternations compiled as prefix trees (tries.compiled) -----------------------------------

@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_rule_and_the_tense_markers_match_as_trees_as_they_do_as_written(lang):
    grammar = GRAMMARS[lang]
    text = TEXTS[lang]
    markers = guarded(f"(?P<past>{grammar.past_markers})|(?P<future>{grammar.future_markers})", 0)
    found = trees = 0
    for name, pattern, flags in [(r.name, r.pattern, r.flags) for r in grammar.rules] + \
            [("markers", markers, 0)]:
        trees += tries._rewrite(_parser.parse(pattern, flags), int(flags), {})
        tree = tries.compiled(pattern, flags)
        plain = re.compile(pattern, flags)
        assert (tree.pattern, tree.flags, tree.groupindex) == \
            (plain.pattern, plain.flags, plain.groupindex), name
        expected = matches(plain, text)
        assert matches(tree, text) == expected, name
        found += len(expected)
    assert found > 2000
    assert trees > len(grammar.rules) / 2  # most patterns hold a run that became a tree


@pytest.mark.parametrize("words, tree", [
    (["montag", "dienstag", "mittwoch"], "(?:dienstag|m(?:ittwoch|ontag))"),
    # a word that begins longer ones: tried where it was written, after them or before them
    (["maitag", "mai", "märz"], "m(?:ai(?:tag)?|ärz)"),
    (["mai", "maitag", "märz"], "m(?:ai(?:tag)??|ärz)"),
    (["tue", "tues", "thurs", "thur", "thu"], "t(?:hu(?:r(?:s)?)?|ue(?:s)??)"),
    # ... but one written between two of them cannot be tried in that order by a tree
    (["thurs", "thu", "thur"], None),
])
def test_a_tree_tries_its_words_in_the_order_they_were_written(words, tree):
    assert tries._tree(words) == tree


@pytest.mark.parametrize("pattern, flags", [
    # runs of words, words with optional endings and small classes, among other alternatives
    (r"\b(?:tue|tues|mon|monday|wed|(?P<n>\d+)|fri|friday|sat)(?:day)?\b", re.IGNORECASE),
    (r"(?<!\w)(?:jan|feb|mär|apr)[.]?(?:uar)?|(?:Mai|MAI|mai|Juni)\w*", re.IGNORECASE),
    (r"(?:record(?:s)?|won|wins?|lost|said)\s(?P<t>\w+)", 0),
    (r"(?i:a(?:id|n[gk]|t)|am|an|and)(?:e|en)?", 0),
    (r"(?:ab|abc|abcd|abcde)??x|(?:z|zz|zzz|zzzz)+?y", 0),
])
def test_hand_made_alternations_match_as_trees_as_they_do_as_written(pattern, flags):
    text = ("Tues Tuesday mon Monday MONDAY wed 12day Friday SAT fri. jan. Januar febuar "
            "MÄR apr mai Maitag JUNI records won wins lost said it aid ang ank at am an and "
            "ande anen atee abcdex abx abcx x zzzy zy zzzzzy ") * 3
    tree = tries.compiled(pattern, flags)
    assert tree.pattern == pattern
    assert matches(tree, text) == matches(re.compile(pattern, flags), text)
    for start in range(len(text) // 3):  # and from every place, not only where one ended
        m, n = tree.match(text, start), re.compile(pattern, flags).match(text, start)
        assert (m and (m.span(), m.groups())) == (n and (n.span(), n.groups())), start


def test_alternations_that_are_not_all_words_or_are_few_compile_as_written():
    for pattern in (r"(?:a|b|c)\d", r"(?:ab|\w+|cd)", r"(?<=(?:abc|abd|abe|abf))x"):
        assert tries.compiled(pattern).pattern == pattern
        assert tries.compiled(pattern).findall("abcx abdx 7") == \
            re.findall(pattern, "abcx abdx 7")


@pytest.mark.parametrize("lang", ["de", "en"])
def test_sentence_ends_behind_their_lookahead_are_those_without_it(lang):
    from newsline.timex.engine import _AT_END, SENTENCE_ENDS

    guarded_ends = SENTENCE_ENDS[lang]
    assert guarded_ends.pattern.startswith(_AT_END) and guarded_ends.pattern.endswith(")")
    plain = re.compile(guarded_ends.pattern[len(_AT_END):-1])
    text = TEXTS["de"] + TEXTS["en"] + ' Er sagte: "Nein." Dann ging er.\n\n  Am 3. Mai.) So.'
    found = [m.span() for m in guarded_ends.finditer(text)]
    assert len(found) > 1000
    assert found == [m.span() for m in plain.finditer(text)]


def test_the_parsed_trees_shared_between_patterns_are_remembered_boundedly():
    tries._parsed_tree.cache_clear()
    for n in range(tries._parsed_tree.cache_info().maxsize + 50):
        tries._code(f"(?:a{n}|b{n}|c{n}|d{n})", 0)
    assert tries._parsed_tree.cache_info().currsize == tries._parsed_tree.cache_info().maxsize


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_trigger_is_sought_only_where_a_string_its_hits_hold_occurs(lang, monkeypatch):
    from newsline.timex import engine

    sought = []
    real = engine.near
    monkeypatch.setattr(engine, "near", lambda trigger, low: sought.append((trigger, low)) or
                        real(trigger, low))
    for line in TEXTS[lang].splitlines()[:400]:
        if line.strip() and not line.startswith(("#", "@", " ")):
            tag(line, lang, date(2024, 4, 30))
    assert len(sought) > 50
    for trigger, low in sought:
        holds = required_strings(trigger, re.IGNORECASE)
        assert holds is None or any(s in low for s in holds), trigger
