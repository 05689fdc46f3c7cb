"""Properties every input must keep: no crash, bounded time, exact and disjoint spans,
well-formed TIMEX3 values, intervals that run forwards."""

from __future__ import annotations

import re
import time
from datetime import date, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from newsline.timex import guess_lang, tag

VALUE = re.compile(
    r"(?:\d{2,4}|\d{4}-(?:\d{2}(?:-\d{2}(?:T(?:\d{2}:\d{2}|MO|MI|AF|EV|NI|DT))?)?|W\d{2}"
    r"(?:-WE|-\d)?|Q[1-4]|H[12]|SP|SU|FA|WI)|PAST_REF|PRESENT_REF|FUTURE_REF"
    r"|P(?:T?(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|H|S|DE|CE|WE|Q))|XXXX-WXX-(?:\d|WE)|XXXX-XX-XXT(?:MO|EV|NI)"
    r"|XXXX-(?:SU|WI))"
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
