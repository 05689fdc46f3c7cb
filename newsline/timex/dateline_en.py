"""The day an English wire story was written, from its dateline ("BEIJING, March 12 (Xinhua) --").

A story filed late in the evening of its dateline's day is often published, and stamped, the next
morning; its "today", "yesterday" and "on Friday" still count from the day it was written. The
tagger takes that day as the story's own when a dateline in the text's first lines names a day at
most a few days before the publication date, and the publication date otherwise.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsline.timex import lexicon_en as L
from newsline.timex.patterns import key

# A place in capitals, a comma, a month and a day, then the agency in brackets or a dash.
DATELINE = re.compile(
    r"(?m)^[^\S\n]*(?-i:[A-Z][A-Z.'’ -]{1,40})(?:,[^\S\n]*(?-i:[A-Z][A-Za-z.]+(?:[^\S\n]+"
    r"[A-Z][A-Za-z.]+)?))?,[^\S\n]+(?P<m>[A-Za-z]{3,9})\.?[^\S\n]+(?P<d>[0-3]?\d)(?!\d)"
    r"[^\S\n]*(?:\([^()\n]{1,30}\)[^\S\n]*)?(?:--|—|–|-|_)")

EARLIEST = timedelta(days=3)  # a dateline further back than this is no filing day


def story_day(text: str, published: date) -> date:
    """The dateline's day when the text opens with one close before the publication day."""
    m = DATELINE.search(text, 0, 400)
    if m is None:
        return published
    month = L.MONTHS.get(key(m.group("m"))) or L.MONTH_ABBREVIATIONS.get(key(m.group("m")))
    if month is None:
        return published
    for year in (published.year, published.year - 1):
        try:
            day = date(year, month, int(m.group("d")))
        except ValueError:
            continue
        if published - EARLIEST <= day <= published:
            return day
    return published
