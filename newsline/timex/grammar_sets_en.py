"""English: the rules for how often something recurs ("twice a month", "every other week",
"every Tuesday", "on weekdays", "Monday nights", "annually", "per year"): one SET over the phrase,
its meaning from spans_en. grammar_en splices them in at the end of its list, where they stood.
"""

from __future__ import annotations

import re

from newsline.timex import lexicon_en as L
from newsline.timex import spans_en as S
from newsline.timex.engine import Rule
from newsline.timex.patterns import B, E, alt, before, key
from newsline.timex.pieces_en import MONTH_FULL, NUM, UNIT
from newsline.timex.semantic import Sem

RULES = [
    # "twice a month", "three times a day", "once yearly": how often, one SET over the phrase
    Rule("times_per", rf"{B}(?:once|twice|(?:{NUM})\s+times)\s+(?:(?:a|an|per|each|every)\s+"
         rf"(?P<u>day|week|month|year|quarter|hour|decade)|(?P<w>{alt(L.SET_WORDS)})){E}",
         S.times_per, trigger=r"(?:once|twice|times)\s"),
    # "every other week": every second one
    Rule("every_other", rf"{B}every\s+(?:other|second)\s+(?P<u>day|week|month|year){E}",
         lambda m: Sem(kind="set", set_value=f"P2{key(m.group('u'))[0].upper()}",
                       quant="EVERY"), trigger=r"every\s+(?:other|second)\s"),
    # "every Tuesday and Thursday": the second weekday recurs as well
    Rule("every_weekday_pair", rf"{B}(?:every|each)\s+{alt(L.WEEKDAYS)}\s+(?:and|or)\s+"
         rf"(?P<t>(?P<x>{alt(L.WEEKDAYS)})){E}", S.every, trigger=r"(?:every|each)\s"),
    Rule("every", rf"{B}(?:every|each)\s+(?P<x>{alt(L.WEEKDAYS)}|day|week|month|year|quarter|"
         rf"hour|morning|evening|night|weekend|summer|winter){E}", S.every),
    Rule("every_month", rf"{B}(?:every|each)\s+(?P<m>{MONTH_FULL}){E}",
         lambda m: Sem(kind="set", set_value=f"XXXX-{L.MONTHS[key(m.group('m'))]:02d}",
                       quant="EVERY"), trigger=r"(?:every|each)\s+[a-z]+"),
    # "the first Monday of every month": monthly, one SET over the phrase (no ISO value says
    # which Monday)
    Rule("weekday_of_every_month", rf"{B}the\s+(?:first|second|third|fourth|last|final)\s+"
         rf"{alt(L.WEEKDAYS)}\s+of\s+(?:every|each)\s+month{E}",
         lambda m: Sem(kind="set", set_value="P1M", quant="EVERY"),
         trigger=r"day\s+of\s+(?:every|each)\s+month"),
    Rule("every_n", rf"{B}every\s+(?P<n>{NUM})\s+(?P<u>{UNIT}){E}", S.every_n,
         trigger=r"every\s"),
    # "on Monday and Tuesday nights": every Monday night and every Tuesday night
    Rule("weekday_pair_set", rf"{B}(?P<wd>{alt(L.WEEKDAYS)})(?=\s+(?:and|or)\s+"
         rf"{alt(L.WEEKDAYS)}\s+(?P<dp>nights|mornings|afternoons|evenings)\b)",
         S.plural_weekday, priority=4, trigger=r"day\s+(?:night|morning|afternoon|evening)s"),
    Rule("weekday_daypart_set", rf"{B}(?P<wd>{alt(L.WEEKDAYS)})\s+(?P<dp>nights|mornings|"
         rf"afternoons|evenings){E}", S.plural_weekday,
         trigger=r"day\s+(?:night|morning|afternoon|evening)s"),
    # "on weekdays", "open weekends": every working day, every weekend
    Rule("weekdays_set", rf"{B}(?:on\s+)?(?P<t>week(?P<w>day|end)s){E}",
         lambda m: Sem(kind="set", set_value="XXXX-WXX-" + (
             "WD" if key(m.group("w")) == "day" else "WE")), trigger=r"week(?:day|end)s"),
    Rule("plural_weekday", rf"{B}(?:on\s+)?(?P<t>(?P<wd>{alt(L.WEEKDAYS)})s){E}",
         S.plural_weekday),
    Rule("set_word", rf"{B}(?P<w>{alt(L.SET_WORDS)}){E}", S.set_word, priority=7),
    Rule("per_unit", rf"{B}(?:a|per)\s+(?P<u>year|month|week|day){E}(?!\s+(?:ago|earlier|later))",
         lambda m: None if re.search(r"\b(?:for|in|within|over)\s+$", before(m, 8))
         or S.is_rate(m) else
         Sem(kind="set", set_value={"year": "P1Y", "month": "P1M", "week": "P1W",
                                    "day": "P1D"}[key(m.group("u"))]), priority=9),
]
