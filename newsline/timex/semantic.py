"""The small semantic form grammar rules produce and the resolver consumes.

A rule only says what the words mean ("the month before the anchor", "Tuesday, direction from the
tense", "two years, more than, ending at the anchor"); it never computes a date. Keeping the
meaning language-neutral is what lets German and English share one resolver.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

# Units a relative expression may move by, and the TimeML duration letters they map to.
DURATION_UNITS = {
    "century": "CE", "decade": "DE", "year": "Y", "half": "H", "quarter": "Q", "season": "S",
    "month": "M", "week": "W", "weekend": "WE", "day": "D", "hour": "H", "minute": "M",
    "second": "S",
}
CLOCK_UNITS = ("hour", "minute", "second")


@dataclass(frozen=True)
class Sem:
    """What an expression means, before it meets a calendar.

    kind: "date" (a calendar point or period), "time" (a date plus a clock time or part of day),
    "ref" (PAST_REF/PRESENT_REF/FUTURE_REF), "duration" or "set".
    Absolute parts (year ... century) are None when the text does not give them.
    unit/offset: a shift of the anchor ("vergangene Woche" = week, -1).
    direction: how to place an underspecified point (bare weekday, month without year):
      "tense" (decided by the sentence), "past"/"future" (strictly before/after the anchor),
      "this" (the one containing the anchor), "ahead" (as "tense", but the present leans
      ahead), "in_story" (as "ahead", but told in the past in a sentence that named a year:
      inside that year; a clock time told in the past: on the day the text last named),
      "edge" (with unit and offset 0 and mod START/END: that part of the current unit, or of
      the one before or after when the sentence's tense puts it on the other side),
      "onward" (ahead unless the sentence is told in the past), "scheduled" (ahead: its own
      clause is in the present or future, whatever the rest of the sentence says),
      "reported" (a period a figure is reported for: begun, unless told in the future),
      "night" (a night without a date: told in the past on the publication day, the one
      before; else the day's own, as "tense").
    narrative: anchor to the last date the text mentioned instead of the publication date.
    """

    kind: str = "date"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    range_end_day: int | None = None  # "11. und 12. Juli": the range's last day in that month
    # "vom 28. April bis 3. Mai": the month of the range's last day when it is another (the
    # next year's when it comes before the first month: "vom 30. Dezember bis 2. Januar")
    range_end_month: int | None = None
    range_end_year: int | None = None  # "die Saison 1925/26": the span's last year
    week: int | None = None
    week_of_month: int | None = None  # "die zweite Maiwoche": 2; -1 for the month's last week
    in_week: bool = False  # "the week of May 13": the ISO week holding the day named
    weekday: int | None = None  # 0 = Monday
    weekend: bool = False
    season: str | None = None  # SP SU FA WI
    quarter: int | None = None
    half: int | None = None
    decade: int | None = None  # 199 for the 1990s
    century: int | None = None  # 19 for 1900-1999
    holiday: str | None = None
    holiday_unit: str = "day"  # "week", "weekend": the one holding the holiday ("Osterwochenende")
    unit: str | None = None
    offset: int | None = None
    same_day: bool = False  # with unit/offset: that day of it ("heute vor einem Jahr")
    direction: str = "tense"
    narrative: bool = False
    # a month or season its own sentence (or the one before, opening on it) sets in a year
    # named before it ("In 1992 he moved to Ohio and in May opened a clinic"): told in the
    # past, it lies in the last year the text named; else as direction says
    story_year: bool = False
    # "in the weeks before the shooting": a date the event names, which the text dated when it
    # first told of it; the first date it named that is not the story's day, to the month
    event_time: bool = False
    # the date only dates a source's telling ("police said Monday"): later narrative
    # expressions count from the events told, not from it, unless it is the only date yet
    attribution: bool = False
    # a year told as background, not as the time the story is in: a founding year ("das 2015
    # gegründete Start-up"), the start of a state that lasts ("seit 2010"). Later narrative
    # expressions ("im Vorjahr") count from the story's own years, not from it.
    aside: bool = False
    # years to shift the last reporting period (quarter or half) the text named by, when it
    # named one: "profit rose in the third quarter ... from $5 million a year ago" (-1: that
    # quarter a year earlier); with year set, that period in that year ("the 1988 quarter").
    # Without such a period the rest of the form applies as usual.
    reporting: int | None = None
    # "im Vorjahr" (unit year, offset -1) in a sentence that names no period of its own, in a
    # text that named a reporting quarter or half: the year counts from that period's year, not
    # from a year the story told in between ("Im Jahr 2008 hatte sie Verluste geschrieben")
    per_report: bool = False
    hour: int | None = None
    minute: int | None = None
    daypart: str | None = None  # MO MI AF EV NI DT
    # "in der Nacht auf Sonntag": the night that ends on the day named, which TimeML dates by
    # the evening it starts on (Saturday night); its interval holds both days
    night_before: bool = False
    ref: str | None = None
    ref_unit: str | None = None  # the unit a fuzzy reference counts in ("einigen Tagen": day)
    ref_span: str | None = None  # "ago", "period", "later", "coming" or "recent"
    amount: str | None = None  # a number as text, or "X" when unspecified
    anchored: str | None = None  # a duration ending ("until") or starting ("from") at the anchor
    ongoing: bool = False  # "seit ...": the span goes on past the anchor
    mod: str | None = None
    quant: str | None = None
    set_value: str | None = None
    # a duration that also places its event: German TimeML tags "vor drei Jahren" as the
    # DURATION "drei Jahren" (the preposition outside); the timeline still needs the year it
    # points to, which this form names ("three years before the anchor").
    placed: "Sem | None" = None
    # a duration's TimeML value when the words count in two units ("2 1/2 years": P2Y6M);
    # amount and unit still give its length in the smaller unit
    duration_text: str | None = None

    def but(self, **changes) -> "Sem":
        """A copy with some fields changed: dataclasses.replace, without its generic walk over
        the fields and __init__ (two per cent of all tagging time) where nothing needs them:
        no __post_init__, every field one of __init__'s, the names checked."""
        if not _PLAIN_COPY or not changes.keys() <= _FIELDS:
            return replace(self, **changes)
        copy = object.__new__(type(self))
        copy.__dict__.update(self.__dict__, **changes)
        return copy


_FIELDS = frozenset(f.name for f in fields(Sem))
_PLAIN_COPY = not hasattr(Sem, "__post_init__") and all(f.init for f in fields(Sem))


def every_set(word: str, weekdays: dict[str, int], sets: dict[str, str]) -> Sem:
    """"jeden Montag" / "every week": a SET over a weekday or over a unit of the language's table."""
    if word in weekdays:
        return Sem(kind="set", set_value=f"XXXX-WXX-{weekdays[word] + 1}", quant="EVERY")
    return Sem(kind="set", set_value=sets[word], quant="EVERY")
