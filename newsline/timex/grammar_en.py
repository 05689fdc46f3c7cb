"""English: the rules that find temporal expressions and say what they mean.

Same shape as grammar_de: patterns from the word tables in lexicon_en, each with a function from
the match to a semantic form (calendar points in dates_en and years_en, stretches, shifts,
references and sets in spans_en). Prepositions ("on", "in", "for", "since") steer a rule but
stay outside the span; "ago" and determiners belong to it ("two years ago", "the third
quarter"), except where the expression only describes a noun ("the 30-day rate", "the
third-quarter loss").
"""

from __future__ import annotations

import re

from newsline.timex import dateline_en
from newsline.timex import dates_en as D
from newsline.timex import grammar_reports_en, grammar_sets_en
from newsline.timex import holidays_en as H
from newsline.timex import days_en as W
from newsline.timex import lexicon_en as L
from newsline.timex import narrative_en as N
from newsline.timex import overnight_en
from newsline.timex import reports_en as R
from newsline.timex import spans_en as S
from newsline.timex import years_en as Y
from newsline.timex.engine import Grammar, Rule
from newsline.timex.patterns import (B, DAY, E, HOUR, MINUTE, MONTH_NUM, YEAR4, alt,
                                     before, group, key, stems, year_of)
from newsline.timex.pieces_en import (MONTH, MONTH_FULL, MONTH_TRIGGER, NUM, ORD, POS, QUAL, RARE,
                                      REL, TIME_TAIL, UNIT, UNIT_TRIGGER, WD, ZONE)
from newsline.timex.semantic import Sem
from newsline.timex.tense_en import FUTURE, PAST

RULES = [
    Rule("date_range", rf"{B}(?P<m>{MONTH})\s+(?P<d1>{DAY}){ORD}?\s*(?:-|–|to|and|through)\s*"
         rf"(?P<d2>{DAY}){ORD}?(?:,?\s+(?P<y>{YEAR4}))?{E}", D.date_range, trigger=MONTH_TRIGGER),
    # British order: "24-26 May", "3 to 5 June 2025", "8 and 9 June"
    Rule("date_range_dmy", rf"{B}(?P<d1>{DAY})(?:{ORD})?\s*(?:-|–|to|and)\s*"
         rf"(?P<d2>{DAY}){ORD}?\s+(?:of\s+)?(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR4}))?{E}",
         D.date_range, trigger=MONTH_TRIGGER),
    Rule("date_mdy", rf"{B}(?:(?P<q>around|about|approximately|roughly)\s+)?"
         rf"(?:(?P<wd>{WD}),?\s+)?(?P<m>{MONTH})\s+(?P<d>{DAY}){ORD}?{E}"
         rf"(?:,?\s+(?P<y>{YEAR4}){E})?{TIME_TAIL}", D.date_md, trigger=MONTH_TRIGGER),
    Rule("date_dmy", rf"{B}(?:(?P<wd>{WD}),?\s+)?(?:the\s+)?(?P<d>{DAY}){ORD}?\s+(?:of\s+)?"
         rf"(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR4}))?{E}{TIME_TAIL}", D.date_md,
         trigger=MONTH_TRIGGER),
    # "from June 4 to June 11": the second day lies on or after the first
    Rule("date_to_date", rf"{B}(?P<m>{MONTH})\s+(?P<d>{DAY}){ORD}?{E}(?:\s+(?:to|through|"
         rf"until|till|and)\s+|\s*[-–]\s*)(?P<m2>{MONTH})\s+(?P<d2>{DAY}){ORD}?{E}"
         rf"(?:,?\s+(?P<y>{YEAR4}){E})?", D.date_to_date, trigger=MONTH_TRIGGER),
    # "on the 21st", "by the 5th", "the deadline is the 30th": a day of the month without its
    # month
    # "the 15th of next month", "the 3rd of last month": that day of the month named
    Rule("day_of_rel_month", rf"{B}the\s+(?P<d>{DAY}){ORD}\s+of\s+(?P<rel>this|next|last)\s+"
         rf"month{E}", lambda m: Sem(unit="month", offset=L.RELATIVE[key(m.group("rel"))],
                                     day=int(m.group("d"))), trigger=RARE),
    Rule("bare_day", rf"{B}(?P<p>on|by|until|till|to|before|after|since|from|"
         r"(?:(?<=deadline )|(?<=date ))(?:is|was|will\s+be))\s+(?P<t>the\s+"
         rf"(?P<d>{DAY}){ORD}){E}", D.bare_day, trigger=RARE),
    # "a fortnight ago", "the past fortnight", "two fortnights": two weeks, as British news counts
    Rule("fortnight", rf"{B}(?P<t>(?:(?P<rel>the\s+(?:past|last|next|coming|previous|"
         rf"following))|(?P<n>a|one|two|three|four))\s+fortnights?(?:\s+(?P<dir>ago|later|"
         rf"earlier))?){E}", S.fortnight, trigger=r"fortnight"),
    # "the first week of March", "the last week of June 2024": the week holding that seventh
    Rule("week_of_month", rf"{B}(?:the\s+)?(?P<o>first|second|third|fourth|last|final)\s+week\s+"
         rf"of\s+(?P<m>{MONTH_FULL}|(?-i:Sept?|Oct|Nov|Dec|Jan|Feb|Aug)\.)"
         rf"(?:,?\s+(?P<y>{YEAR4}))?{E}", D.week_of_month, trigger=r"week\s+of\s"),
    # "the week of May 13", "the week ending April 26": the week holding that day
    Rule("week_of_date", rf"{B}(?:the\s+)?week\s+(?:of|end(?:ing|ed))\s+(?:(?P<wd>{WD}),?\s+)?"
         rf"(?P<m>{MONTH})\s+(?P<d>{DAY}){ORD}?{E}(?:,?\s+(?P<y>{YEAR4}){E})?",
         lambda m: (lambda sem: sem.but(in_week=True) if sem else None)(D.date_md(m)),
         trigger=r"week\s+(?:of|end)"),
    Rule("date_numeric", rf"(?<![\d/.]){B}(?P<mo>{MONTH_NUM})/(?P<d>{DAY})/(?P<y>{YEAR4}|\d\d)"
         rf"(?![\d/]){TIME_TAIL}", D.date_numeric),
    Rule("date_iso", rf"{B}(?P<y>{YEAR4})-(?P<mo>\d\d)-(?P<d>\d\d)(?:[T ](?P<th>{HOUR}):"
         rf"(?P<tm>{MINUTE}))?{E}", D.date_numeric),
    Rule("month_year", rf"{B}(?:(?P<pos>{POS})[\s-]+)?(?P<m>{MONTH})(?:\s+of)?,?\s+"
         rf"(?:(?P<y>{YEAR4})|(?P<sy>{Y.SPELLED_YEAR}))(?![\w-]){Y.NOT_MONEY}", D.month_year,
         trigger=MONTH_TRIGGER),
    Rule("spelled_year", rf"{B}(?:the\s+year\s+)?(?P<sy>{Y.SPELLED_YEAR})(?![\w-]){Y.NOT_AMOUNT}"
         rf"(?!\s+(?:{UNIT}|hundred|thousand|million|billion)\b)", Y.spelled, priority=7),
    Rule("month", rf"{B}(?:(?P<pos>{POS})[\s-]+)?(?P<m>{MONTH_FULL}|(?-i:Sept?|Oct|Nov|Dec|"
         rf"Jan|Feb|Aug)\.){E}", D.month_bare, priority=7),
    Rule("month_rel_year", rf"{B}(?P<m>{MONTH_FULL}|(?-i:Sept?|Oct|Nov|Dec|Jan|Feb|Aug)\.)"
         rf"\s+(?:of\s+)?(?P<rel>this|last|next)\s+year{E}", D.month_rel_year),
    Rule("date_rel_year", rf"{B}(?P<m>{MONTH})\s+(?P<d>{DAY}){ORD}?,?\s+(?:of\s+)?"
         rf"(?P<rel>this|last|next)\s+year{E}", D.month_rel_year, trigger=MONTH_TRIGGER),
    Rule("relative_month", rf"{B}(?P<rel>last|next|this|coming|past|the\s+(?:following|"
         rf"previous))\s+(?P<m>{MONTH_FULL}){E}", D.relative_month),
    Rule("year", rf"(?<![\d][.,])(?<!\d){B}(?:(?P<q>around|about|circa|approximately)\s+)?"
         rf"(?:(?P<pos>{POS})[\s-]+)?(?:(?:fiscal|calendar|"
         rf"the\s+year|fy)\s*)?(?P<y>{YEAR4}){E}(?:\s+or\s+(?P<ol>later|earlier)"
         rf"(?![\w-]|\s+than\b))?{Y.NOT_MONEY}", Y.year, priority=7),
    # "founded in '08", "the class of '92": a year cut to two digits after an apostrophe, only
    # after a preposition ("Woodstock '69", "Euro '96" name events)
    Rule("short_year", rf"{B}(?:in|since|by|until|till|from|of|before|after|through|to)\s+"
         rf"(?P<t>(?P<y>['’]\d\d))(?![\w'’%-])",
         lambda m: Sem(year=year_of(m.group("y"))), trigger=RARE),
    Rule("year_range", rf"(?<![\d/.-]){B}(?P<y>{YEAR4})(?:\s*[-–]\s*|/)(?P<y2>{YEAR4}|\d\d){E}"
         rf"(?![-/.]\d)", Y.year_range),
    Rule("decade", rf"{B}(?:(?P<pos>{POS})[\s-]+)?(?:the\s+)?(?:(?P<dec>(?:1\d|20)?\d0|"
         rf"['’]\d0)'?s|(?P<w>{alt(L.DECADE_WORDS)})){E}",
         lambda m: Y.decade(m) if not (group(m, "dec") or "").startswith(("'", "’")) else
         Sem(decade=190 + int(m.group("dec")[1]), mod=D.pos_of(m))),
    Rule("century", rf"{B}(?:(?P<pos>{POS})[\s-]+)?(?:the\s+)?(?:(?P<n>\d{{1,2}}){ORD}|"
         rf"(?P<w>{alt(L.ORDINAL_WORDS)}))[\s-]+century{E}", Y.century,
         trigger=r"century"),
    # "the turn of the century", "the turn of the 20th century", "the turn of the year"
    Rule("turn_of", rf"{B}the\s+turn\s+of\s+the\s+(?:(?P<rel>last|previous|past|next)\s+(?=c)|"
         rf"(?:(?P<n>\d{{1,2}}){ORD}|"
         rf"(?P<w>{alt(L.ORDINAL_WORDS)}))[\s-]+)?(?P<u>century|millennium|year){E}", Y.turn_of,
         trigger=RARE),
    Rule("day_word", rf"{B}(?:(?P<pos>early|late|earlier|later)\s+)?(?P<w>(?:the\s+day\s+"
         rf"(?:before|after)\s+)?(?:yesterday|tomorrow)|yesterday|today|tomorrow)"
         rf"(?:\s+(?P<dp>morning|afternoon|evening|night))?{E}", W.day_word),
    Rule("tonight", rf"{B}(?:(?P<pos>early|late)\s+)?(?P<w>tonight|last\s+night|this\s+"
         rf"(?:morning|afternoon|evening)){E}", W.tonight),
    # the week or month a market report is about: "For the week, the index fell", "fell 2
    # percent for the month", "the week's top seller"
    Rule("the_week", rf"{B}(?:for|during|over|throughout)\s+(?P<t>the\s+(?P<u>week|month))"
         rf"(?![\w'’-]|\s+(?:before|"
         rf"after|of|ending|ended|following|earlier|later|ago|to|that|when|in)\b)",
         lambda m: Sem(unit=key(m.group("u")), offset=0, narrative=True),
         trigger=r"the\s+(?:week|month)"),
    Rule("the_weeks", rf"{B}the\s+week(?=['’]s\b)",
         lambda m: Sem(unit="week", offset=0, narrative=True), trigger=r"week['’]s"),
    # "throughout the day": the day the story tells about
    Rule("the_day", rf"{B}throughout\s+(?P<t>the\s+day){E}(?!['’]s|\s+(?:before|after|of)\b)",
         lambda m: Sem(unit="day", offset=0, narrative=True), trigger=r"throughout\s+the\s+day"),
    # "by the end of the day", "before the end of the day": the end of the day the story tells
    # about ("at the end of the day" is as often "in the end", and left alone); not where a day
    # named after it says which ("by the end of the day Tuesday", "on Monday")
    Rule("end_of_day", rf"{B}(?:by|before|until|till|towards?|near)\s+(?P<t>(?P<pos>the\s+"
         rf"(?:end|middle)\s+of)\s+the\s+day){E}(?!['’]s|,?\s+(?:on\s+)?(?:{alt(L.WEEKDAYS)}|"
         rf"today|tomorrow|yesterday|{MONTH_FULL})\b)",
         lambda m: Sem(unit="day", offset=0, mod=D.pos_of(m), narrative=True),
         trigger=r"of\s+the\s+day"),
    # "for the rest of the week", "the rest of this year": what is left of the current one
    Rule("rest_of", rf"{B}(?P<t>the\s+rest\s+of\s+(?:the|this)\s+(?P<u>day|week|month|year|"
         rf"quarter)){E}(?!['’]s|\s+(?:before|after|of)\b)",
         lambda m: Sem(unit=key(m.group("u")), offset=0, narrative=True), trigger=r"rest\s+of\s"),
    Rule("narrative_day", rf"{B}{alt(L.NARRATIVE_DAYS)}{E}", N.narrative_day),
    Rule("unit_before_after", rf"{B}the\s+(?P<u>week|month|year)\s+(?P<d>before|after)"
         rf"(?P<that>\s+that)?{E}(?!\s+(?:last|next)\b)", N.unit_before_after,
         trigger=r"(?:week|month|year)\s+(?:before|after)"),
    # "It was the second day of the strike", "Sunday marked the fifth day of protests": the day
    # the story tells of, counted within an event
    Rule("nth_day_of", rf"{B}(?:it['’]s|is|was|marks|marked)\s+(?P<t>the\s+"
         rf"(?:{alt(L.ORDINAL_WORDS)}|\d+{ORD})\s+(?:straight\s+|consecutive\s+|full\s+)?day)"
         r"\s+of\s+(?!the\s+month\b)",
         lambda m: Sem(unit="day", offset=0, narrative=True), trigger=r"\sday\s+of\s"),
    Rule("that_daypart", rf"{B}(?:(?P<pos>early|late|earlier|later)\s+)?(?:that|the\s+same)\s+"
         rf"(?P<dp>morning|afternoon|evening|night)(?![\w-])", N.that_daypart,
         trigger=r"(?:that|same)\s+(?:morning|afternoon|evening|night)"),
    # "later that year", "early the same day", "later in the year" (the year told about; "later
    # in the day" news leaves untagged)
    Rule("that_period", rf"{B}(?:(?P<pos>early|late|earlier|later)\s+(?:(?P<in>in)\s+)?)?"
         rf"(?:that|the\s+same|(?(in)the(?!\s+day)|(?!)))\s+(?P<u>day|week|month|year|spring|"
         rf"summer|fall|autumn|winter)(?![\w-])", N.that_period,
         trigger=r"(?:that|same)\s+(?:day|week|month|year|spring|summer|fall|autumn|winter)|"
                 r"(?:earlier|later)\s+in\s+the\s+(?:week|month|year)"),
    Rule("nth_weekday", rf"{B}(?:the\s+)?(?P<o>first|second|third|fourth|fifth|last|final)\s+"
         rf"(?P<wd>{alt(L.WEEKDAYS)})\s+(?:of|in)\s+(?:(?P<m>{MONTH_FULL}|(?-i:Sept?|Oct|Nov|"
         rf"Dec|Jan|Feb|Aug)\.)(?:,?\s+(?P<y>{YEAR4}))?|(?:the\s+|(?P<rel>this|last|next)\s+)"
         rf"month){E}", W.nth_weekday, trigger=r"day\s+(?:of|in)\s"),
    Rule("relative_unit", rf"{B}(?:(?P<pos>{POS}|earlier|later)[\s-]+)?(?P<the>the\s+)?"
         rf"(?P<rel>{REL})\s+(?P<u>week|weekend|month|year|quarter|decade|century|spring|"
         rf"summer|fall|autumn|winter){E}(?:\s+or\s+so{E})?", D.relative_unit, priority=6),
    # "the week before last": two of them back
    Rule("before_last", rf"{B}the\s+(?P<u>week|month|year)\s+before\s+last{E}",
         lambda m: Sem(unit=key(m.group("u")), offset=-2), trigger=r"before\s+last"),
    # "the week after next": two ahead ("the week after next month's vote" is after that vote)
    Rule("after_next", rf"{B}the\s+(?P<u>week(?:end)?|month|year)\s+after\s+next{E}"
         rf"(?!\s+(?:week|weekend|month|year|{alt(L.SEASONS)}|{WD}|{MONTH_FULL}|[\w-]+['’]s)\b)",
         D.after_next, trigger=RARE),
    # "the Sunday after next": a week after the coming one
    Rule("weekday_after_next", rf"{B}the\s+(?P<wd>{alt(L.WEEKDAYS)})\s+after\s+next{E}"
         rf"(?!\s+(?:week|weekend|month|year|{alt(L.SEASONS)}|{WD}|{MONTH_FULL}|[\w-]+['’]s)\b)",
         lambda m: Sem(weekday=L.WEEKDAYS[key(m.group("wd"))], unit="week", offset=1,
                       same_day=True, direction="future"), trigger=RARE),
    Rule("position_the", rf"{B}(?P<pos>the\s+(?:beginning|start|middle|end)\s+of)\s+the\s+"
         rf"(?P<u>week|month|year|quarter|decade|century){E}",
         D.position_the),
    Rule("position_this", rf"{B}(?P<pos>{POS})\s+(?:the\s+)?(?P<rel>this|next|last)\s+"
         rf"(?P<u>week|month|year|quarter|decade){E}", D.position_this),
    Rule("clock_day", rf"{B}(?:(?P<h>{HOUR})(?:[:.](?P<mi>{MINUTE}))?\s*(?P<ap>[ap]\.m\.|"
         rf"[ap]m(?!\w)){ZONE}|(?P<noon>noon|midnight|midday)|"
         rf"(?:mid-?)?(?P<dp>morning|afternoon|evening))"
         rf"(?:\s+(?:on\s+)?|,\s+)(?:(?P<rel>last|next|this|coming|past)\s+)?"
         rf"(?:(?P<day>{alt(L.WEEKDAYS)}|yesterday|today|tomorrow)|"
         rf"(?P<today>this\s+(?:morning|afternoon|evening)|tonight)){E}",
         W.clock_day),
    # a clock time before a date is one TIME: "5 p.m. EST, Nov. 9", "9 a.m. on June 2"
    Rule("clock_date", rf"{B}(?P<th>{HOUR})(?:[:.](?P<tm>{MINUTE}))?\s*"
         rf"(?P<ap>[ap]\.m\.|[ap]m(?!\w))"
         rf"{ZONE}(?:\s+on\s+|,?\s+)(?:(?P<wd>{WD}),?\s+)?(?P<m>{MONTH})\s+(?P<d>{DAY}){ORD}?{E}"
         rf"(?:,?\s+(?P<y>{YEAR4}){E})?", D.date_md, trigger=r"\d\s*[ap]\.?m"),
    # "midnight on Dec. 31", "noon, June 2": that time of that day
    Rule("noon_date", rf"{B}(?P<noon>noon|midnight|midday)(?:\s+on\s+|,?\s+)(?:(?P<wd>{WD}),?\s+)?"
         rf"(?P<m>{MONTH})\s+(?P<d>{DAY}){ORD}?{E}(?:,?\s+(?P<y>{YEAR4}){E})?", D.noon_date,
         trigger=r"(?:noon|midnight|midday),?\s"),
    # "midnight on New Year's Eve", "8 p.m. on Christmas Day": that time of the holiday
    Rule("clock_holiday", rf"{B}(?:(?P<th>{HOUR})(?:[:.](?P<tm>{MINUTE}))?\s*(?P<ap>[ap]\.m\.|"
         rf"[ap]m(?!\w)){ZONE}|(?P<noon>noon|midnight|midday))(?:\s+on\s+|,?\s+)"
         rf"(?P<h>{alt(L.HOLIDAYS)}){E}", H.clock_holiday,
         trigger=r"(?:\d\s*[ap]\.?m|noon|midnight|midday)"),
    Rule("weekday", rf"{B}(?:(?P<rel>last|next|this\s+past|this\s+coming|this|coming|past|early|"
         rf"late|that|"
         rf"(?:the\s+)?(?:previous|following))"
         rf"\s+)?(?P<wd>{WD})"
         rf"(?:\s+(?P<dp>morning|afternoon|evening|night){E})?(?:\s+(?:of\s+)?"
         rf"(?P<wrel>last|next|this)\s+week)?(?!\w)", W.weekday),
    # "the weekend of June 8-9" is dated by its days (as "the night of Oct. 23" is)
    Rule("weekend", rf"{B}(?:(?P<rel>last|next|this|coming|past|this\s+past|this\s+coming)"
         rf"\s+|the\s+)weekend{E}(?!\s+of\s+(?:{MONTH}|{DAY}\b))",
         W.weekend),
    Rule("daypart", rf"{B}(?:in|into|during|through|throughout|(?:much|most|part|all|some)\s+of)"
         rf"\s+(?P<t>the\s+(?:(?P<pos>early|late)\s+)?"
         rf"(?P<dp>morning|afternoon|evening|night)){E}", W.daypart),
    # "at dawn", "before dusk on Sunday": the morning or evening of that day or of the day told
    # about; only after a preposition ("the dawn of an era" is no time of day)
    Rule("light", rf"{B}(?:at|before|after|by|until|till|from|around|near|towards?)\s+"
         rf"(?P<t>(?P<dp>(?-i:{alt(L.LIGHT)}))(?:\s+(?:on\s+)?(?:(?P<rel>last|next|this|coming|"
         rf"past)\s+)?(?P<day>{alt(L.WEEKDAYS)}|yesterday|today|tomorrow))?){E}", W.light,
         trigger=r"\b(?:dawn|daybreak|sunrise|dusk|sunset|nightfall)\b"),
    # "in the early hours of Monday", "the small hours of Sunday, May 5": before dawn that day
    Rule("small_hours", rf"{B}the\s+(?:early|small|wee)\s+hours\s+of\s+(?:(?P<w>yesterday|"
         rf"today|tomorrow)|(?:(?P<wdd>{WD}),?\s+)?(?:(?P<m>{MONTH})\s+(?P<d>{DAY}){ORD}?|"
         rf"(?:the\s+)?(?P<dd>{DAY}){ORD}?\s+(?:of\s+)?(?P<mm>{MONTH}))(?:,?\s+(?P<y>{YEAR4}))?|"
         rf"(?P<wd>{WD})(?:\s+(?P<dp>morning))?){E}", W.small_hours, trigger=RARE),
    Rule("election_night", rf"{B}(?:(?P<rel>last|this|next)\s+)?(?P<n>election\s+night){E}"
         r"(?!\s+(?:parties|party|coverage|special|results?|speech|rally))",
         W.election_night, trigger=RARE),
    # "Results are expected midweek", "midweek trading": the middle of this week, or of the
    # last one where the week told in the past has not reached it
    Rule("midweek", rf"{B}mid-?week{E}", W.midweek, trigger=RARE),
    # "by mid-decade", "the mid-decade review": the middle of the present decade
    Rule("mid_decade", rf"{B}mid-?decade{E}", lambda m: Sem(unit="decade", offset=0, mod="MID"),
         trigger=r"mid-?decade"),
    # "up 12% year to date", "year-to-date gains": this year so far
    Rule("year_to_date", rf"{B}(?:the\s+)?year[\s-]to[\s-]date{E}",
         lambda m: Sem(unit="year", offset=0), trigger=RARE),
    Rule("middle_of_night", rf"{B}the\s+(?:middle|dead)\s+of\s+the\s+night{E}",
         lambda m: Sem(kind="time", daypart="NI", mod="MID"), trigger=r"of\s+the\s+night"),
    Rule("mid_daypart", rf"{B}(?:(?P<pos>early|late)\s+|mid[\s-]?)(?P<dp>morning|afternoon|"
         rf"evening){E}", W.daypart),
    Rule("whole_year_of", rf"{B}(?:for|of|through)\s+(?P<t>the\s+year){E}(?!\s+(?:19|20)\d\d)"
         rf"(?!\s+(?:before|after|ago|earlier|later)\b)", R.whole_year),
    Rule("ahead", rf"{B}(?P<t>the\s+(?P<u>days|weeks|months|years)\s+ahead){E}",
         lambda m: Sem(kind="duration", amount="X", unit=L.UNITS[key(m.group("u"))],
                       anchored="from")),
    Rule("clock", rf"{B}(?:(?P<q>around|about|approximately|roughly)\s+)?(?P<h>{HOUR})"
         rf"(?:[:.](?P<mi>{MINUTE}))?\s*(?P<ap>[ap]\.m\.|[ap]m(?!\w)|"
         rf"o'clock){ZONE}", W.clock),
    # broadcast copy spells the hour: "at nine o'clock tonight", "by eight o'clock"
    Rule("clock_word", rf"{B}(?:(?P<q>around|about|approximately|roughly)\s+)?"
         rf"(?P<hw>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
         rf"o['’]clock{ZONE}", W.clock_word, trigger=r"o['’]clock"),
    # wire copy's four-digit clock times with their zone: "0800 GMT"
    Rule("clock_zoned", rf"(?<![\d:.,]){B}(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s+"
         rf"(?-i:GMT|UTC|EDT|EST|CET|CEST|BST){E}", W.clock,
         trigger=r"\d\d\d\d\s+(?:gmt|utc|edt|est|cet|cest|bst)"),
    Rule("clock_colon", rf"(?<![\d:.,]){B}(?P<h>{HOUR}):(?P<mi>{MINUTE})(?![\d]|:\d){ZONE}",
         W.clock, priority=6),
    Rule("noon", rf"{B}(?:noon|midnight|midday){E}", W.noon),
    Rule("overnight", rf"{B}overnight{E}", overnight_en.overnight, trigger="overnight"),
    Rule("ago", rf"{B}(?:(?P<q>{QUAL})\s+)?(?P<n>{NUM})\s+(?P<u>{UNIT})\s+(?:or\s+so\s+)?ago{E}",
         S.ago, trigger=r"\bago\b"),
    # the anniversary idiom: "killed a year ago Saturday" happened on that Saturday's date a year
    # earlier
    Rule("ago_weekday", rf"{B}(?P<n>{NUM})\s+(?P<u>years?|months?|weeks?)\s+ago\s+(?:on\s+)?"
         rf"(?P<wd>{alt(L.WEEKDAYS)}){E}", S.ago_weekday, trigger=r"ago\s+(?:on\s+)?\w+day\b"),
    # "a week from Friday", "Sunday week", "Friday fortnight", "a fortnight today"
    Rule("weeks_from_weekday", rf"{B}(?:(?P<n>{NUM})\s+(?P<u>weeks?|fortnights?)\s+(?:(?:from|"
         rf"on)\s+(?P<wd>{alt(L.WEEKDAYS)})(?!['’]s)|(?P<dw>today|tomorrow))|(?P<wd2>"
         rf"{alt(L.WEEKDAYS)})\s+(?-i:(?P<u2>week|fortnight))){E}", S.weeks_from_weekday,
         trigger=RARE),
    # "25 years ago this month": the month of the anniversary
    Rule("ago_this_month", rf"{B}(?P<n>{NUM})\s+(?P<u>years?)\s+ago\s+this\s+month{E}",
         S.ago_this_month, trigger=r"ago\s+this\s+month"),
    Rule("years_ago", rf"{B}(?P<u>years|months|weeks|days|decades)\s+ago{E}",
         lambda m: Sem(kind="ref", ref="PAST_REF", ref_unit=L.UNITS[key(m.group("u"))],
                       ref_span="ago"), trigger=r"s\s+ago\b"),
    Rule("later", rf"{B}in\s+(?P<t>(?P<n>{NUM})\s+(?P<u>{UNIT})){E}(?!\s+(?:of|since|ago))",
         S.later, priority=7),
    Rule("from_now", rf"{B}(?P<n>{NUM})\s+(?P<u>{UNIT})\s+from\s+(?:now|today){E}", S.later,
         trigger=r"from\s+(?:now|today)"),
    Rule("two_units", rf"{B}(?:(?P<q>{QUAL})\s+)?(?P<n>{NUM})\s+(?P<u>{UNIT}),?\s+and\s+"
         rf"(?P<n2>{NUM})\s+(?P<u2>{UNIT})(?:\s+(?:(?P<ago>ago)|(?P<dir>later|earlier|"
         rf"afterwards)))?{E}"
         r"(?!\s+(?:later|earlier|after|before|from|of|old)\b|[\s-]old\b)", S.two_units,
         trigger=r"(?:years?|months?|weeks?|days?|hours?|minutes?),?\s+and\s"),
    Rule("and_a_half", rf"{B}(?:(?P<q>{QUAL})\s+)?(?:(?P<n>{NUM})\s+(?P<u>{UNIT})\s+and\s+a\s+"
         rf"half|(?P<an>{NUM})\s+and\s+a\s+half\s+(?P<au>{UNIT})|"
         rf"(?P<h>half)\s+(?:an?\s+)(?P<hu>year|hour|day|month|century|decade|minute)|"
         rf"(?P<fn>\d{{1,3}})(?:\s+|-)1/2\s+(?P<fu>{UNIT})){E}(?:\s+(?P<ago>ago){E})?",
         S.and_a_half,
         trigger=r"half|1/2"),
    Rule("one_day", rf"{B}(?:one|some)\s+day{E}|{B}someday{E}",
         lambda m: Sem(kind="ref", ref="FUTURE_REF") if re.search(
             r"\b(?:will|would|could|might|may|can|shall|hope|hopes|hoped)\s+(?:\w+\s+)?$",
             before(m, 24), re.IGNORECASE) or key(m.group(0)) == "someday" else None),
    Rule("narrative_shift", rf"{B}(?:(?P<q>{QUAL})\s+)?(?P<n>{NUM})\s+(?P<u>{UNIT})\s+"
         rf"(?P<dir>later|earlier|after|before|afterwards|previously){E}(?!\s+(?:the|that|his|"
         rf"her|its|their|a)\b)", S.narrative_shift,
         trigger=r"(?:later|earlier|after|before|afterwards|previously)\b"),
    Rule("duration", rf"{B}(?:(?P<pre>for|since|over|during|within|in)\s+)?(?P<t>(?:the\s+)?"
         rf"(?:(?P<rel>past|last|next|coming|first|previous|following|final|full|latest)\s+)?"
         rf"(?:(?P<q>{QUAL})\s+)?(?:(?P<n1>{NUM})(?:\s+(?:to|or)\s+|(?<=\d)[-–](?=\d)))?"
         rf"(?P<n>{NUM})[\s-]+(?:(?:more|additional|further|extra|trading|"
         rf"business|working|calendar|straight|consecutive|successive)\s+)?"
         rf"(?P<u>{UNIT})(?:\s+or\s+so{E})?){E}", S.duration, priority=6, trigger=UNIT_TRIGGER),
    # "another week", "at least another month" (the qualifier inside, as in "at least a week")
    Rule("additional", rf"{B}(?P<t>(?:(?P<q>{QUAL})\s+)?(?:an?\s+(?:additional|extra|further)|"
         rf"another)\s+(?P<u>year|month|week|day|hour)){E}",
         lambda m: Sem(kind="duration", amount="1", unit=L.UNITS[key(m.group("u"))],
                       mod=L.QUALIFIERS.get(key(group(m, "q"))))),
    Rule("fuzzy_period", rf"{B}(?:in\s+|over\s+|during\s+)?(?P<t>(?:the\s+)?(?P<rel>recent|"
         rf"past|last|coming|next)(?:\s+few|\s+several)?\s+(?P<u>days|weeks|months|years|"
         rf"decades|quarters)(?:\s+and\s+(?:days|weeks|months|years))?){E}", S.fuzzy_period),
    # "in the weeks before the shooting": a stretch an event places, not counted from today;
    # TimeML tags the unit alone, as the date of the event (when the text first dated one)
    Rule("around_event", rf"{B}(?:in|during|throughout)\s+the\s+"
         rf"(?P<t>(?P<u>hours|days|weeks|months))"
         rf"\s+(?:(?:just|right|immediately)\s+)?(?:before|after|following|preceding|"
         rf"leading\s+up\s+to)\s+(?:the|his|her|its|their)\s",  # "after a fire": any fire
         lambda m: Sem(unit="day" if key(m.group("u")) == "hours" else "month", offset=0,
                       narrative=True, event_time=True),
         trigger=r"the\s+(?:hours|days|weeks|months)\s+(?:just\s+|right\s+|immediately\s+)?"
                 r"(?:before|after|following|preceding|leading)"),
    # "the first hours of the ground war": a vague stretch at an event's start or end
    Rule("event_stretch", rf"{B}the\s+(?:first|final|opening|closing)\s+(?:few\s+)?"
         rf"(?P<u>hours|days|weeks|months|years)"
         rf"(?=\s+of\s+(?!(?:this|last|next|the\s+(?:year|month|week))\b)"
         rf"(?-i:[a-z])(?!\w*\s+(?:19|20)\d\d))",
         lambda m: Sem(kind="duration", amount="X", unit=L.UNITS[key(m.group("u"))])),
    Rule("plural_duration", rf"{B}(?P<pre>for|since|in|over|after|within|during|following|"
         rf"(?:take|takes|took|taken|taking|last|lasts|lasted|lasting|spent|spend|spends)"
         rf"(?:\s+(?:only|just|about|nearly|almost))?)\s+"
         rf"(?P<t>(?P<u>years|months|weeks|days|decades|hours|minutes|centuries)"
         rf"(?:\s+or\s+(?:years|months|"
         rf"weeks|days|decades|hours))?){E}", S.plural_duration),
    # "over the years": a vague stretch up to the story's day
    Rule("over_the_years", rf"{B}over\s+(?P<t>the\s+(?P<u>years|decades|centuries)){E}",
         S.plural_duration, trigger=r"over\s+the\s+(?:years|decades|centuries)"),
    Rule("plural_of", rf"{B}(?P<t>(?P<u>years|months|weeks|days|decades|centuries))\s+of\s+"
         rf"(?!the\b|this\b|that\b|these\b|those\b|his\b|her\b|its\b|their\b)[a-z]",
         S.plural_of),
    Rule("long_adjective", rf"{B}(?P<u>years|months|weeks|days|decades|hours)-long{E}",
         lambda m: Sem(kind="duration", amount="X",
                       unit=S.in_years("X", L.UNITS[key(m.group("u"))])[1])),
    # "a month-long strike", "the 10-day-long siege": a length that describes a noun, its
    # article left to the noun
    Rule("long_singular", rf"{B}(?:(?P<n>{NUM})[\s-]+)?(?P<u>minute|hour|day|week|month|year|"
         rf"decade|century)-long{E}", S.long_singular, trigger=r"-long\b"),
    Rule("reference", rf"{B}{alt(L.REFERENCES)}{E}", S.reference, priority=8),
    # "at present": the preposition stays outside, as with "in the past"
    Rule("at_present", rf"{B}at\s+(?P<t>present){E}(?!\s+(?:day|time|levels?|rates?)\b)",
         lambda m: Sem(kind="ref", ref="PRESENT_REF"), trigger=r"at\s+present"),
    Rule("season", rf"{B}(?:(?P<pos>{POS})[\s-]+)?(?P<the>the\s+)?(?P<s>spring|summer|fall|"
         rf"autumn|winter)(?:\s+(?:of\s+)?(?:(?P<y>{YEAR4}|['’]\d\d(?![\w'’%-]))|"
         rf"(?P<sy>{Y.SPELLED_YEAR})))?{E}",
         D.season, priority=6),
    *grammar_reports_en.RULES,
    Rule("holiday", rf"{B}(?:(?P<rel>last|next|this)\s+)?(?P<h>{alt(L.HOLIDAYS)})"
         rf"(?:,?\s+(?P<y>{YEAR4})|\s+(?P<hu>weekend))?{E}", H.holiday),
    *grammar_sets_en.RULES,
]

STEMS = stems(
    L.MONTHS, L.MONTH_ABBREVIATIONS, L.WEEKDAYS, D.SHORT_DAYS, L.DAYPARTS, L.UNITS, L.RELATIVE,
    L.SEASONS, L.HOLIDAYS, L.REFERENCES, L.DAY_WORDS, L.NARRATIVE_DAYS, L.SET_WORDS,
    L.DECADE_WORDS, L.ORDINAL_WORDS,
    extra=("ago", "noon", "midnight", "tonight", "q", "fiscal", "fy", "quarter", "half",
           "every", "each", "per", "years", "months", "weeks", "days", "decades", "hours",
           "night", "later", "earlier", "before", "after", "recent", "nineteen", "eighteen",
           "seventeen", "thousand", "someday")) - frozenset(
    # words of multi-word table keys that say nothing about time on their own; as stems
    # (prefixes) they would wake the rules up almost everywhere ("at", "in", "the", "new")
    "a an at in of the all new good near king palm ash eve whit semi this last next each "
    "every per".split())

GRAMMAR = Grammar("en", RULES, PAST, FUTURE, STEMS, story_day=dateline_en.story_day)

