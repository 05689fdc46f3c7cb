"""The language-independent tagger: match a grammar's rules, pick the spans, resolve them in order.

A grammar is data (see grammar_de / grammar_en): rules, each a regular expression plus a small
function from the match to a semantic form, and the tense markers of its language. This engine
runs every rule over the stretches of text where it can match (newsline.timex.windows; compiled
once, C-speed scans), keeps the longest of overlapping candidates, and resolves the survivors
left to right so that a relative expression can lean on the last date the text mentioned
("am 12. März ... zwei Tage später").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Callable

from newsline.timex import required, tries
from newsline.timex.model import Timex
from newsline.timex.resolve import Context, resolve
from newsline.timex.semantic import Sem
from newsline.timex.tries import word_tree, word_trie  # noqa: F401 - grammars import them here
from newsline.timex.windows import (chunks, near, occurring, rule_required, trigger_required,
                                    with_required)

Built = Sem | list[tuple[int, int, Sem]] | None


@dataclass(frozen=True)
class Rule:
    """One pattern of a grammar. The span is the match's group "t" when it has one, else the
    whole match: context words (prepositions such as "seit", "am") may steer the meaning
    without being part of the expression, as TimeML wants."""

    name: str
    pattern: str
    build: Callable[[re.Match], Built]
    priority: int = 5  # lower wins among equally long candidates
    flags: int = re.IGNORECASE
    # A regular expression over the lower-cased text that every match of `pattern` contains
    # ("uhr" for clock times). With one, the rule runs only near its hits, not near every
    # trigger word of the grammar: most rules then look at a few per cent of a text.
    trigger: str | None = None


_COMPILED: dict[tuple[str, int], re.Pattern] = {}
# characters a tense marker may not consume (required.never_consumed tells which it does not):
# a scan for markers can start next to one (Grammar.markers_within)
_BARRIERS = ".,;:!?\"()“”»«"


def _compile(pattern: str, flags: int) -> re.Pattern:
    regex = _COMPILED.get((pattern, flags))
    if regex is None:
        regex = _COMPILED[(pattern, flags)] = tries.compiled(pattern, flags)
    return regex


@dataclass
class Grammar:
    """A language: its rules, its tense markers, and the word stems that can start or carry a
    temporal expression (only text near such a word is handed to the rules)."""

    lang: str
    rules: list[Rule]
    past_markers: str
    future_markers: str
    stems: frozenset[str] = frozenset()
    # the day the text was written when its own words say so more exactly than the
    # publication date (a wire story's dateline): (text, publication day) -> day
    story_day: Callable[[str, date], date] | None = None
    _markers: re.Pattern | None = field(default=None, repr=False)
    _barriers: frozenset[str] = field(default=frozenset(), repr=False)
    _occurring: tuple[re.Pattern, dict[str, list[str]]] | None = field(default=None, repr=False)
    _plan: list | None = field(default=None, repr=False)

    def plan(self) -> list[tuple[Rule, tuple[re.Pattern, tuple[str, ...]] | None,
                                tuple[str, ...] | None]]:
        """Each rule with what it requires (windows.rule_required) and what every hit of its
        trigger holds (windows.trigger_required), worked out once, not for each text."""
        if self._plan is None:
            self._plan = [(r, rule_required(r.pattern, r.flags),
                           None if r.trigger is None else trigger_required(r.trigger))
                          for r in self.rules]
        return self._plan

    def regex(self, rule: Rule) -> re.Pattern:
        """A rule's compiled pattern, compiled on first use: a fresh process tagging a short
        text then pays only for the rules its words can trigger."""
        return _compile(rule.pattern, rule.flags)

    def _marker_regex(self) -> re.Pattern:
        if self._markers is None:
            regex = tries.compiled(required.guarded(
                f"(?P<past>{self.past_markers})|(?P<future>{self.future_markers})", 0))
            self._barriers = required.never_consumed(regex.pattern, 0, _BARRIERS)
            self._markers = regex
        return self._markers

    def markers(self, text: str, spans: list[tuple[int, int]] | None = None) -> "Markers":
        """The tense markers of text, or only of the given ordered, disjoint spans of it."""
        spans = spans or [(0, len(text))]
        return self.markers_within(text, spans, spans)

    def markers_within(self, text: str, spans: list[tuple[int, int]],
                       pieces: list[tuple[int, int]]) -> "Markers":
        """The markers markers(text, spans) finds that start within the pieces (ordered,
        disjoint stretches, each inside one of the spans), with no scan of the rest of the
        spans. A piece is scanned from the nearest place before it that no marker can reach
        across (next to a character no marker consumes, or its span's start): a scan from the
        span's start finds the same markers from there on, as every one it found before ends
        there at the latest. For every [lo, hi) inside a piece, nearest() then answers as it
        does with the markers of the whole spans (those it skips lie outside the piece)."""
        regex = self._marker_regex()
        barriers = self._barriers
        runs: list[list[int]] = []  # [scan from, last start wanted, span's end]
        k = 0
        for lo, hi in pieces:
            while spans[k][1] < hi:
                k += 1
            span_lo, span_hi = spans[k]
            start = lo
            while start > span_lo and text[start] not in barriers and \
                    text[start - 1] not in barriers:
                start -= 1
            if runs and runs[-1][2] == span_hi and start <= runs[-1][1]:
                runs[-1][1] = max(runs[-1][1], hi)
            else:
                runs.append([start, hi, span_hi])
        found = []
        for start, last, end in runs:
            for m in regex.finditer(text, start, end):
                if m.start() > last:
                    break
                found.append((m.start(), m.end(),
                              "past" if m.group("past") is not None else "future"))
        return Markers([f[0] for f in found], found)


@dataclass(frozen=True)
class Markers:
    """The tense markers of a whole text, in order, for nearest-marker look-ups."""

    starts: list[int]
    found: list[tuple[int, int, str]]

    def tense(self, lo: int, hi: int, start: int, end: int) -> str:
        """The tense of the marker nearest to [start, end) within the sentence [lo, hi); the
        nearest verb governs ("said Thursday that ... will" is past for Thursday)."""
        return self.nearest(lo, hi, start, end)[0]

    def nearest(self, lo: int, hi: int, start: int, end: int) -> tuple[str, int | None]:
        """The nearest marker's tense and its distance in characters (None without one)."""
        i = bisect.bisect_left(self.starts, start)
        best, tense = None, "present"
        for j in (i - 2, i - 1, i, i + 1):
            if 0 <= j < len(self.found):
                ms, me, kind = self.found[j]
                if ms < lo or me > hi or (ms < end and start < me):
                    continue
                distance = start - me if me <= start else ms - end
                if best is None or distance < best:
                    best, tense = distance, kind
        return tense, best


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    sem: Sem
    rule: Rule
    match_len: int


# A sentence ends at . ! ? before white space, or at a line break. In German a period after a
# one- or two-digit number is an ordinal ("am 30. April"), not an end.
# English abbreviations a period ends without ending the sentence ("Nov. 30", "Mr. Smith").
_EN_ABBREVIATIONS = ("Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.",
                     "Dec.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Gen.", "Sen.", "Rep.", "Gov.",
                     "Lt.", "Col.", "Capt.", "Sgt.", "Prof.", "Rev.", "No.", "Inc.", "Corp.",
                     "Co.", "Ltd.", "Jr.", "Sr.", "U.S.", "U.N.", "vs.", "Mon.", "Tue.",
                     "Tues.", "Wed.", "Thu.", "Thurs.", "Fri.", "Sat.", "Sun.")
# German abbreviations ("ca. 300", "u. a.", "St. Ulrich") and a single letter with a period
# ("z. B.") end no sentence either: a split there loses the sentence's tense. Nor does a period
# before a word written small, which no German sentence starts with ("in der Hauptstr. etwas
# beobachtet", "Bgm. am Montag").
DE_ABBREVIATIONS = ("ca.", "bzw.", "Nr.", "Dr.", "St.", "inkl.", "evtl.", "ggf.", "vgl.", "Mio.",
                     "Mrd.", "Jh.", "Str.", "Prof.", "Hl.", "Tel.", "sog.", "bzgl.", "zzgl.",
                     "mind.", "max.", "rd.", "Abs.", "Mag.", "Ing.", "Dipl.")
# Every sentence end begins with a closing quote or a blank: a lookahead for one first lets the
# regex engine pass any other place after one test instead of after each alternative's
# lookbehinds (the same matches; splitting 1,000 generated articles 0.5 -> 0.25 s)
_AT_END = r"(?=[\s\"'“”»«)])(?:"
SENTENCE_ENDS = {
    "de": re.compile(_AT_END + r"(?:(?<=[^\d\s.][.!?])|(?<=\d\d\d[.!?])|(?<=[!?]))"
                     + "".join(rf"(?<!\b{re.escape(a)})" for a in DE_ABBREVIATIONS)
                     + r"(?<!\b\w\.)(?!(?<=\.)[\"'“”»«)]*[^\S\n]+[a-zäöüß])"
                     + r"[\"'“”»«)]*\s+|(?<![^\S\n])[^\S\n]*\n\s*)"),
    # (not after "a.m." or "p.m." before a bracket: "at 10:35 a.m. (0735 GMT) Thursday" is
    # one sentence, the clock time given again in another zone)
    "en": re.compile(_AT_END + r"(?<=[.!?])(?!(?<=\b[aApP]\.[mM]\.)[^\S\n]+\()"
                     + "".join(rf"(?<!\b{re.escape(a)})" for a in _EN_ABBREVIATIONS)
                     + r"[\"'“”»«)]*\s+(?=[\"'“”«(]*[A-Z0-9])|(?<![^\S\n])[^\S\n]*\n\s*)"),
}
# (A line break's match starts only where its run of blanks starts: tried at every blank of a
# long run it would take time quadratic in the run's length.)
_WINDOW = 300  # a sentence is looked at no further than this many characters either side


def candidates(grammar: Grammar, text: str) -> list[Candidate]:
    found: list[Candidate] = []
    seen: set[tuple[int, int, str]] = set()
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer: offsets would shift
        low = None
    searchable = low if low is not None and required.usable(text) else None
    by_trigger: dict[str | None, list[tuple[int, int]]] = {}
    # Whether a rule's required strings occur in the text at all: mostly they do not, and
    # then the rule's windows need not be found.
    present = occurring(grammar, searchable) if searchable is not None else set()
    for rule, needs, hit_holds in grammar.plan():
        needed = None
        if needs is not None and searchable is not None:
            needed, strings = needs
            if present.isdisjoint(strings):
                continue
        trigger = rule.trigger if low is not None else None
        spans = by_trigger.get(trigger)
        if spans is None:
            if trigger is None:
                spans = chunks(grammar, text)
            elif searchable is not None and hit_holds is not None and \
                    present.isdisjoint(hit_holds):
                spans = []  # (none of the strings every hit of the trigger holds occurs)
            else:
                spans = near(trigger, low)
            by_trigger[trigger] = spans
        if needed is not None and spans:
            spans = with_required(spans, needed, searchable, trigger is None)
        if not spans:
            continue
        regex = grammar.regex(rule)
        has_t = "t" in regex.groupindex
        for m in (m for lo, hi in spans for m in regex.finditer(text, lo, hi)):
            built = rule.build(m)
            if built is None:
                continue
            if isinstance(built, Sem):
                start, end = m.span("t") if has_t and m.group("t") else m.span()
                built = [(start, end, built)]
            for start, end, sem in built:
                if start < end and (start, end, rule.name) not in seen:
                    seen.add((start, end, rule.name))
                    found.append(Candidate(start, end, sem, rule, m.end() - m.start()))
    return found


def select(found: list[Candidate]) -> list[Candidate]:
    """Longest candidates first; a candidate overlapping an accepted one is dropped."""
    order = sorted(found, key=lambda c: (-(c.end - c.start), -c.match_len, c.rule.priority,
                                         c.start, c.rule.name))
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[Candidate] = []
    for c in order:
        i = bisect.bisect_left(starts, c.start)
        if i > 0 and ends[i - 1] > c.start:
            continue
        if i < len(starts) and starts[i] < c.end:
            continue
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        chosen.insert(i, c)
    return chosen


def _sentence_starts(text: str, lang: str) -> list[int]:
    return [0] + [m.end() for m in SENTENCE_ENDS[lang].finditer(text)]


def _sentence(text: str, starts: list[int], start: int, end: int) -> tuple[int, int, int]:
    """The index of the sentence around [start, end) and its bounds (at most _WINDOW beyond
    the expression either side)."""
    i = bisect.bisect_right(starts, start) - 1
    j = bisect.bisect_right(starts, end)
    e = starts[j] if j < len(starts) else len(text)
    return i, max(starts[i], start - _WINDOW), min(e, end + _WINDOW)


_PERIOD = re.compile(r"\d{4}-[QH]\d")


def _around(chosen: list[Candidate], size: int) -> list[tuple[int, int]]:
    """The stretches a tense look-up can reach: _WINDOW either side of each expression."""
    out: list[tuple[int, int]] = []
    for c in chosen:
        lo, hi = max(0, c.start - _WINDOW), min(size, c.end + _WINDOW)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _merged(places: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """The stretches [lo, hi) of the sentences (_sentence), in order, overlapping ones merged."""
    out: list[tuple[int, int]] = []
    for _, lo, hi in sorted(places, key=lambda p: p[1]):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def run(grammar: Grammar, text: str, dct: date | datetime) -> list[Timex]:
    day = dct.date() if isinstance(dct, datetime) else dct
    if grammar.story_day is not None:
        day = grammar.story_day(text, day)
    chosen = select(candidates(grammar, text))
    starts = _sentence_starts(text, grammar.lang) if chosen else [0]
    places = [_sentence(text, starts, c.start, c.end) for c in chosen]
    # (a tense is looked up only within an expression's sentence: the markers elsewhere need
    # not be found)
    markers = grammar.markers_within(text, _around(chosen, len(text)), _merged(places)) \
        if chosen else None
    out: list[Timex] = []
    last_day: date | None = None
    last_sentence = -1
    last_period: str | None = None
    last_coarse: date | None = None
    coarse_granularity: str | None = None
    coarse_sentence = -1
    first_told: tuple[str, object] | None = None
    for c, (index, lo, hi) in zip(chosen, places):
        tense, gap = markers.nearest(lo, hi, c.start, c.end)
        ctx = Context(dct=day, tense=tense, tense_gap=gap, last_day=last_day,
                      sentence_day=last_day if last_sentence == index else None,
                      last_period=last_period, last_coarse=last_coarse,
                      last_coarse_granularity=coarse_granularity,
                      sentence_coarse=last_coarse if coarse_sentence == index else None,
                      near_coarse=last_coarse if coarse_sentence >= index - 1 else None,
                      first_told=first_told, lang=grammar.lang)
        r = resolve(c.sem, ctx)
        if r is None:
            continue
        out.append(Timex(c.start, c.end, text[c.start:c.end], r.type, r.value, r.mod,
                         r.interval, r.anchor, {"rule": c.rule.name}))
        iv = r.interval
        if first_told is None and r.type in ("DATE", "TIME") and iv is not None and \
                r.value[:1].isdigit() and not iv.start <= day <= iv.end and \
                not c.sem.attribution:
            first_told = (r.value, iv)
        told = c.sem.attribution and (last_day is not None or last_coarse is not None)
        if r.type in ("DATE", "TIME") and iv is not None and iv.granularity in ("day", "time") \
                and not iv.approximate and not told:
            # (a night that ends on the next day: the clock times told after it are mostly
            # past midnight, "in der Nacht auf Sonntag ... gegen 2 Uhr")
            last_day, last_sentence, last_coarse = iv.end if c.sem.night_before else iv.start, \
                index, None
        elif r.type == "DATE" and iv is not None and r.value.endswith("-WE") and \
                r.value[:1].isdigit() and not iv.approximate and not told:
            # (a weekend sets the story's day to its Sunday: "Am vergangenen Wochenende ...
            # Am Montag darauf" is the Monday after it, not after the publication, and "am
            # Sonntag danach" the Sunday after, not the weekend's own)
            last_day, last_sentence, last_coarse = iv.end, index, None
        elif r.type == "DATE" and iv is not None and r.value[:1].isdigit() and \
                iv.granularity in ("month", "season", "quarter", "half", "year", "decade") \
                and not c.sem.aside:
            last_coarse, coarse_granularity, coarse_sentence = iv.start, iv.granularity, index
        if r.type == "DATE" and iv is not None and iv.granularity in ("quarter", "half") \
                and c.sem.reporting is None and _PERIOD.fullmatch(r.value) \
                and last_period is None and iv.start <= day:
            last_period = r.value  # a report names its period first, an outlook only later
    return out
