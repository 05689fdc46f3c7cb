"""Properties every input must keep: no crash, bounded time, exact and disjoint spans,
well-formed TIMEX3 values, intervals that run forwards."""

from __future__ import annotations

import re
import time
from datetime import date, datetime, timedelta, timezone

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsline.timex import guess_lang, tag

VALUE = re.compile(
    r"(?:\d{2,4}|\d{4}-(?:\d{2}(?:-\d{2}(?:T(?:\d{2}:\d{2}|MO|MI|AF|EV|NI|DT))?)?|W\d{2}"
    r"(?:-WE|-\d)?|Q[1-4]|H[12]|SP|SU|FA|WI)|PAST_REF|PRESENT_REF|FUTURE_REF"
    r"|P(?:T?(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|H|S|DE|CE|WE|Q))|XXXX-WXX-(?:\d|WE)|XXXX-XX-XXT(?:MO|EV|NI)"
    r"|XXXX-(?:SU|WI)"
    # a part of a period the text named, which part unsaid ("that same day", "the same month")
    r"|\d{4}-(?:XX|QX|HX|XX-XX|\d{2}-XX))"
    # English sets: a weekday's part of day, working days, a month every year
    r"|XXXX-WXX-(?:\dT(?:MO|AF|EV|NI)|WD)|XXXX-(?:0[1-9]|1[0-2])"
    # German: a clock time that recurs ("werktags von 7 bis 19 Uhr")
    r"|XXXX-XX-XXT\d{2}:\d{2}"
)
TYPES = {"DATE", "TIME", "DURATION", "SET"}
# Words the grammars react to, so random texts exercise the rules rather than only noise.
WORDS = ("am Dienstag vor einigen Tagen seit mehr als zwei Jahren 30.4.2024 14:57 Uhr Ende März "
         "1990er Jahre vergangene Woche jeden Montag monatelang heute gestern morgen Ostern "
         "last week two years ago July 11-12, 2023 on Tuesday the 1990s every year mid-May at "
         "3 p.m. tonight Christmas in recent months for three weeks Q3 2024 12. Jahrhundert "
         "5. und 6. Mai 2024 . , - / : 2024 31 12 0 99 Jänner heuer").split()
texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join),
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=5)), max_size=40).map("".join),
)
dcts = st.one_of(
    st.dates(min_value=date(1800, 1, 1), max_value=date(2200, 12, 31)),
    st.datetimes(min_value=datetime(1800, 1, 1), max_value=datetime(2200, 1, 1)),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1),
                 timezones=st.just(timezone(timedelta(hours=2)))),
)


def check(text, lang, dct):
    found = tag(text, lang, dct)
    last_end = 0
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start:t.end] == t.text
        assert t.start >= last_end, "overlapping or unsorted"
        last_end = t.end
        assert t.type in TYPES
        assert VALUE.fullmatch(t.value), t.value
        if t.interval is not None:
            assert t.interval.start <= t.interval.end
    return found


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from(["de", "en"]), dcts)
def test_any_text_keeps_the_invariants(text, lang, dct):
    check(text, lang, dct)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_guess_lang_answers_de_or_en(text):
    assert guess_lang(text) in ("de", "en")


def _cpu_seconds(text: str, d: date) -> float:
    """Best of three CPU times for tagging text in both languages: robust to a loaded machine."""
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        check(text, "de", d)
        check(text, "en", d)
        best = min(best, time.process_time() - started)
    return best


def test_long_adversarial_inputs_finish_in_linear_time():
    # Eight times the input must cost about eight times the work; quadratic behaviour would cost
    # sixty-four times. The bound sits between the two, with a floor for inputs too fast to time.
    d = date(2024, 4, 30)
    for piece in ("1" * 50, "12. " * 20, "vor " * 30, "am 1. und ", "2024-", "a few ", "Uhr ",
                  "30.4.", "seit mehr als ", "der " * 10):
        small = _cpu_seconds(piece * 200, d)
        big = _cpu_seconds(piece * 1600, d)
        assert big < max(0.5, 24 * small), (piece, small, big)


def test_guess_lang_on_plain_sentences():
    assert guess_lang("Die Regierung hat am Dienstag mitgeteilt, dass die Gespräche laufen.") == "de"
    assert guess_lang("The government said on Tuesday that the talks are going on.") == "en"


# --- alternations compiled as prefix trees match what they match as written -------------------
#
# tries.compiled rewrites runs of known-string alternatives; random word lists over a few
# letters (so that words begin one another, differ only in case or repeat), wrapped in the
# constructs a rewrite could get wrong, must find the same matches with the same groups from
# every place of random texts over the same letters.

import pytest  # noqa: E402 - kept beside the tests that use it

from newsline.timex import pattern_cache, tries  # noqa: E402


@pytest.fixture(autouse=True, scope="module")
def _own_pattern_store(tmp_path_factory):
    """Random patterns are kept in a store of their own, not in the tagger's."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tries, "STORE", pattern_cache._Store(
            tmp_path_factory.mktemp("patterns") / "patterns.json"))
        yield

_LETTERS = "abAäÄßksſ\u212a"  # (ſ and the Kelvin sign match s and k under IGNORECASE)
_words = st.text(alphabet=_LETTERS, max_size=4)


def _alternative(draw_word):
    """One alternative: a plain word, one with an optional or a lazy part, a small class, or
    one the rewrite must treat as unknown (a boundary, a class escape, a group, a lookaround)."""
    return st.one_of(
        draw_word.map(re.escape),
        st.tuples(draw_word, draw_word).map(lambda p: f"{re.escape(p[0])}(?:{re.escape(p[1])})?"),
        st.tuples(draw_word, draw_word).map(lambda p: f"{re.escape(p[0])}(?:{re.escape(p[1])})??"),
        draw_word.map(lambda w: f"{re.escape(w)}[aß]?"),
        draw_word.map(lambda w: f"{re.escape(w)}\\b"),
        draw_word.map(lambda w: f"(?=a){re.escape(w)}"),
        draw_word.map(lambda w: f"(?<=a){re.escape(w)}"),
        draw_word.map(lambda w: f"{re.escape(w)}\\w"),
        draw_word.map(lambda w: f"(?-i:{re.escape(w)})"),
        draw_word.map(lambda w: f"(?i:{re.escape(w)})"),
    )


@st.composite
def _alternations(draw, depth: int = 0):
    plain = st.text(alphabet=_LETTERS, min_size=1, max_size=4).map(re.escape)  # (mostly:
    # runs of them are long, and an empty word between two others stops a tree)
    parts = draw(st.lists(st.one_of(_alternative(_words), plain, plain, plain, plain),
                          min_size=1, max_size=14))
    if depth < 2 and draw(st.booleans()):
        parts.insert(draw(st.integers(0, len(parts))), draw(_alternations(depth + 1)))
    group = draw(st.sampled_from(["(?:{})", "(?P<w{}>{{}})".format(depth), "(?>{})"]))
    # an unbounded repeat only outermost: one nested in another over alternatives that can
    # match empty takes the regex engine exponential time (minutes on a text of five letters)
    repeats = ["+", "*?"] if depth == 0 else []
    quantifier = draw(st.sampled_from(["", "", "?", "??", "{2}", *repeats]))
    return group.format("|".join(parts)) + quantifier


@st.composite
def _patterns(draw):
    body = draw(_alternations())
    after = draw(st.sampled_from(["", r"\b", "a", r"\w", "(?!a)", "b?a", "$", " ", "(?:a|)k"]))
    pattern = body + after
    if "(?P<w0>" in pattern and draw(st.booleans()):
        pattern += "(?P=w0)"  # a backreference to what the run matched
    return pattern, draw(st.sampled_from([0, re.IGNORECASE]))


def _every_match(regex: re.Pattern, text: str):
    return ([(m.span(), m.groups()) for m in regex.finditer(text)],
            [(m.span(), m.groups()) if m else None
             for m in (regex.match(text, i) for i in range(len(text) + 1))])


@settings(max_examples=600, deadline=None)
@given(_patterns(), st.text(alphabet=_LETTERS + " KSs", max_size=24))
def test_alternations_as_trees_find_what_they_find_as_written(pattern_flags, text):
    pattern, flags = pattern_flags
    plain = re.compile(pattern, flags)
    tree = tries.compiled(pattern, flags)
    assert (tree.pattern, tree.flags, tree.groupindex) == \
        (plain.pattern, plain.flags, plain.groupindex)
    assert _every_match(tree, text) == _every_match(plain, text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(alphabet="aAbsS", min_size=1, max_size=3) |
                st.sampled_from(["ſ", "ſa", "\u212a", "kb"]), min_size=1, max_size=12),
       st.text(alphabet="aAbsSſkK ", max_size=16),
       st.sampled_from(["", r"\b", "a", "(?!a)", "$"]), st.sampled_from([0, re.IGNORECASE]))
@example(["ab", "A", "s", "S"], "xAB", "", re.IGNORECASE)  # (one word in two cases)
@example(["s", "ſa", "S", "b"], "ſa Sa", "", re.IGNORECASE)  # (s and ſ match each other)
def test_a_word_list_as_a_tree_tries_its_words_as_written(words, text, after, flags):
    """The words as written (in any order, with repeats, differing only in case) and as a tree:
    the same first match from every place, whatever must follow them."""
    written = f"(?:{'|'.join(map(re.escape, words))}){after}"
    assert _every_match(tries.compiled(written, flags), text) == \
        _every_match(re.compile(written, flags), text)
    tree = tries._tree(words)
    if tree is not None:  # (None: a word written between two longer ones it begins)
        as_tree = re.compile(f"(?:{tree}){after}")
        assert _every_match(as_tree, text) == _every_match(re.compile(written), text)
