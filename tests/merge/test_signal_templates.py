"""sentence_keys.template: signals() of a sentence's template (its marks one space wide, its
drops blanked) are those of the sentence itself, so event_signals works them out once for all
sentences of one template (ones differing only in their dates)."""

from __future__ import annotations

from hypothesis import assume, given, settings, strategies as st

from newsline.event_signals import event_signals
from newsline.sentence_keys import signals, template

from tests.merge.eventkit import event

# words and separators that matter to signals(): clause ends (; : ( ) spaced dashes, a comma
# before a clause word), numbers and months beside them, dotted initials, capitalised runs
PIECES = ["Senat", "stimmte", "zu", "March", "am", "3.", "12", "Mai", "2024", "$61bn",
          "U.S.", "European", "Union", "und", "and", "which", "aid", "Kiew", "Kyiv", ",", ";",
          ":", "(", ")", "-", "–", " ", "  ", "\t", ".", "'", "’", "billion", "talks"]


@st.composite
def arguments(draw):
    text = "".join(draw(st.lists(st.sampled_from(PIECES), max_size=25)))
    size = len(text)
    marks = []
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.integers(-2, size + 2))
        end = start + draw(st.integers(-1, 8)) if draw(st.booleans()) else start
        marks.append((start, end, draw(st.booleans())))
    if draw(st.booleans()):
        marks.sort()
    drop = tuple(draw(st.lists(st.sampled_from(PIECES + ["3. Mai", "am 12", "March 2024", "",
                                                         "a  b", "  "]), max_size=3)))
    return text, drop, tuple(marks)


def same(a, b) -> bool:
    return a.keys == b.keys and list(a.factors.items()) == list(b.factors.items())


@settings(max_examples=1500, deadline=None)
@given(arguments())
def test_a_template_has_the_signals_of_its_sentence(args):
    form = template(*args)
    assume(form is not None)
    assert same(signals(form[0], (), form[1]), signals(*args))


def test_templates_of_sentences_differing_in_dates_are_one_and_odd_marks_none():
    def form(text, own, other):
        at, there = text.index(own), text.rindex(other)
        return template(text, (own,), ((at, at + len(own), True),
                                       (there, there + len(other), False)))

    first = form("Der Senat stimmte am 3. März zu, die Kammer am 12. März.", "3. März", "12. März")
    second = form("Der Senat stimmte am 30. März zu, die Kammer am 2. Mai.", "30. März", "2. Mai")
    assert first == second == ("Der Senat stimmte am   zu, die Kammer am  .",
                               ((21, 22, True), (41, 42, False)))
    assert template("abc", (), ((0, 2, True), (1, 3, False))) is None  # overlapping
    assert template("abc", (), ((2, 3, True), (0, 1, False))) is None  # not sorted
    assert template("abc", (), ((1, 5, True),)) is None  # past the end
    assert template("abc", (), ((2, 1, True),)) is None  # ending before it starts


def test_event_signals_with_templates_are_those_of_each_sentence():
    days = ["3 March", "12 March", "30 March", "1 April"]
    events = [event(f"wire-{n}", f"The Senate approved the aid on {d}, the House too.",
                    d, "2024-03-03") for n, d in enumerate(days)]
    events += [event("desk", "Talks (in Kyiv) ended on 3 March - the U.S. paid $61bn.",
                     "3 March", "2024-03-03")]
    calls = []
    import newsline.event_signals as module

    original = module.signals

    def counted(*args):
        calls.append(args)
        return original(*args)

    module.signals = counted
    try:
        found = event_signals(events)
    finally:
        module.signals = original
    assert len(calls) == 2  # one per template
    for e, got in zip(events, found):
        own = e.sources[0]
        text = e.text
        at = text.index(own.expression)
        assert same(got, signals(text, (own.expression,), ((at, at + len(own.expression), True),)))
