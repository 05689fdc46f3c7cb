"""A duration's length: its TIMEX3 value ("P3M", "PT2H", a half year as "P6M") and the day it
reaches from an anchor, for resolve (durations tied to the anchor: "seit mehr als zwei Jahren")
and for the rules that write a set's period ("alle drei Monate", "every two weeks"); and the
stretch a reference without a number covers ("vor einigen Tagen", "in the coming weeks").
"""

from __future__ import annotations

from datetime import date, timedelta

from newsline.timex import calendar as cal
from newsline.timex.model import Interval
from newsline.timex.points import period
from newsline.timex.semantic import CLOCK_UNITS, DURATION_UNITS

UNIT_GRANULARITY = {
    "day": "day", "week": "week", "weekend": "week", "month": "month", "season": "season",
    "quarter": "quarter", "half": "half", "year": "year", "decade": "decade",
    "century": "century", "hour": "time", "minute": "time", "second": "time",
}

# How many of a unit "a few"/"recent" stretches over when the text gives no number.
FUZZY_COUNT = 6
MONTHS_PER = {"half": 6, "quarter": 3, "season": 3}


def duration_value(amount: str, unit: str) -> str:
    """The TIMEX3 value of amount units ("X" when the text gives no number); halves, quarters
    and seasons count in months, as TimeML has no letter for them."""
    if unit in MONTHS_PER and amount != "X":
        months = float(amount) * MONTHS_PER[unit]
        amount, unit = _number_text(months), "month"
    letter = DURATION_UNITS[unit]
    return f"PT{amount}{letter}" if unit in CLOCK_UNITS else f"P{amount}{letter}"


def _number_text(x: float) -> str:
    """x as a duration writes it: "6", "1.5"."""
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def reach(anchor: date, amount: str, unit: str, sign: int) -> date:
    """anchor moved by a duration's length (whole days; a fuzzy amount counts as a few)."""
    count = float(FUZZY_COUNT if amount == "X" else amount)
    if unit in CLOCK_UNITS:
        seconds = count * {"hour": 3600, "minute": 60, "second": 1}[unit]
        return anchor + sign * timedelta(days=int(seconds // 86400))
    if count.is_integer():
        return cal.shift(anchor, unit, sign * int(count))
    months = {"month": 1, "season": 3, "quarter": 3, "half": 6, "year": 12, "decade": 120,
              "century": 1200}.get(unit)
    if months is None:
        return anchor + sign * timedelta(days=round(count * (1 if unit == "day" else 7)))
    return anchor + sign * timedelta(days=round(count * months * 30.44))


def fuzzy_stretch(anchor: date, unit: str, span: str) -> Interval:
    """The approximate stretch a fuzzy reference covers from the anchor: "ago" a few units
    before it ("vor einigen Tagen"), "later" a few after, "period" the last few up to it ("in
    recent weeks"), "coming" the next few, "recent" the one unit just before it."""
    gran = UNIT_GRANULARITY.get(unit, "day")
    if unit in CLOCK_UNITS:
        unit, gran = "day", "day"
    if span == "ago":
        s, e = cal.shift(anchor, unit, -(FUZZY_COUNT + 1)), cal.shift(anchor, unit, -1)
    elif span == "later":
        s, e = cal.shift(anchor, unit, 1), cal.shift(anchor, unit, FUZZY_COUNT + 1)
    elif span == "period":
        s, e = period(unit, cal.shift(anchor, unit, -(FUZZY_COUNT - 1))).start, anchor
    elif span == "coming":
        s, e = anchor, period(unit, cal.shift(anchor, unit, FUZZY_COUNT - 1)).end
    else:  # "recent": not long before the anchor
        s, e = cal.shift(anchor, unit, -1), anchor
    return Interval(s, e, gran, approximate=True)
