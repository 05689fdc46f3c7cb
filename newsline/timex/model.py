"""The tagger's output types, shared by the grammars, the resolution engine and the site build.

A temporal expression (TIMEX3) is two things at once: the TimeML annotation the field scores
(type, value, mod) and the calendar interval a timeline draws. Both live on one object so the
site never re-derives dates from TimeML strings.

Both have __slots__: a big site's tags are hundreds of thousands of them (250 bytes less apiece
than with a dictionary each), and they pickle as their values (Timex.__reduce__).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from operator import attrgetter

# Granularities an interval may have, finest first. "time" intervals still span whole days
# (the timeline draws days); the TimeML value keeps the clock time.
GRANULARITIES = (
    "time", "day", "week", "month", "season", "quarter", "half", "year", "decade", "century",
)


@dataclass(frozen=True, slots=True)
class Interval:
    """The calendar days an expression covers, inclusive on both ends.

    approximate: the bounds are fuzzy ("vor einigen Tagen", "in den vergangenen Monaten").
    open_start:  the real start lies at or before `start` ("seit mehr als zwei Jahren").
    open_end:    the span goes on past `end` (ongoing).
    """

    start: date
    end: date
    granularity: str
    approximate: bool = False
    open_start: bool = False
    open_end: bool = False

    def __reduce__(self):
        # rebuilt by __init__ from a tuple of the values: the __getstate__ of a frozen dataclass
        # with slots walks fields() in Python for every object, twice as slow to pickle
        return Interval, _interval_values(self)

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise ValueError(f"interval start {self.start} after end {self.end}")
        if self.granularity not in GRANULARITIES:
            raise ValueError(f"unknown granularity {self.granularity!r}")

    def to_json(self) -> dict:
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "granularity": self.granularity,
            "approximate": self.approximate,
            "open_start": self.open_start,
            "open_end": self.open_end,
        }


@dataclass(frozen=True, slots=True)
class Timex:
    """One temporal expression found in a text.

    start/end are character offsets into the tagged text (end exclusive), text == source[start:end].
    type is DATE, TIME, DURATION or SET; value a TimeML value ("2024-04-30", "2024-W17", "P2Y",
    "PAST_REF" ...); mod a TimeML mod or None. interval is the calendar interval the timeline uses,
    None where there is none (a bare duration such as "monatelang", a SET). anchor is the ISO date
    the expression was resolved against (the publication date or the last date the narrative
    mentioned), None for absolute expressions.
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    interval: Interval | None = None
    anchor: str | None = None
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def __reduce__(self):
        return Timex, _timex_values(self)

    def to_json(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
            "anchor": self.anchor,
            "interval": self.interval.to_json() if self.interval else None,
        }


_interval_values = attrgetter(*(one.name for one in fields(Interval)))
_timex_values = attrgetter(*(one.name for one in fields(Timex)))
