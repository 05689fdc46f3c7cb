"""English: the rules for the periods business news reports on ("the third quarter", "a
year-earlier quarter", "the same period last year", "year-end", "Q3 2024", "H1 2024"); their
meanings are in reports_en. grammar_en splices them into its list where they stood.
"""

from __future__ import annotations

from newsline.timex import lexicon_en as L
from newsline.timex import reports_en as R
from newsline.timex.engine import Rule
from newsline.timex.patterns import B, E, YEAR4, alt, key
from newsline.timex.pieces_en import MONTH_FULL
from newsline.timex.semantic import Sem

RULES = [
    Rule("quarter", rf"{B}(?:the\s+)?(?:(?P<rel>this|last|next)\s+year's\s+)?(?:fiscal\s+)?"
         rf"(?P<o>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+(?:fiscal\s+)?"
         rf"(?P<u>quarter|half)(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<y>{YEAR4})|\s+of\s+"
         rf"(?P<yrel>this|last|next)\s+year)?{E}", R.quarter),
    Rule("year_ago", rf"{B}(?:the\s+)?(?:year[- ](?:ago|earlier)|(?P<y>{YEAR4}))(?:\s+"
         rf"(?:(?P<o>first|second|third|fourth)[\s-]+)?(?:fiscal\s+)?(?:quarter|period|half)"
         rf"|(?<=[a-z])(?=\s+(?:results|figures|levels?|earnings|sales|profits?|loss|net)\b))"
         rf"{E}", R.year_ago),
    # "the same period last year", "the same quarter a year earlier": the reporting period a
    # year before
    Rule("same_period", rf"{B}the\s+same\s+(?:period|quarter)\s+(?:of\s+)?(?:last\s+year|"
         rf"a\s+year\s+(?:ago|earlier)|the\s+(?:previous|prior)\s+year){E}",
         lambda m: Sem(unit="year", offset=-1, reporting=-1), trigger=r"same\s+(?:period|quarter)"),
    # "the same month last year", "the same month a year earlier": the month told about (or the
    # publication's), a year before
    Rule("same_month", rf"{B}the\s+same\s+month\s+(?:of\s+)?(?:last\s+year|a\s+year\s+"
         rf"(?:ago|earlier|before)|the\s+(?:previous|prior)\s+year){E}",
         lambda m: Sem(unit="month", offset=-12, narrative=True), trigger=r"same\s+month\s"),
    Rule("reporting_period", rf"{B}the\s+(?:(?:latest|most\s+recent|just[- ]ended|"
         rf"recent)\s+)?(?:fiscal\s+)?(?:quarter|period){E}(?!-)", R.reporting_period,
         priority=7),
    Rule("whole_year", rf"{B}the\s+(?:full|current|current\s+fiscal|fiscal|calendar)\s+year"
         rf"{E}(?![- ](?:ago|earlier|end))", R.whole_year),
    Rule("year_end", rf"{B}(?:(?P<q>around|about)\s+)?year(?:[- ]|'s\s+)end{E}", R.year_end),
    Rule("two_quarters", rf"{B}(?:the\s+)?(?P<o>first|last|final|second)\s+two\s+quarters\s+of\s+"
         rf"(?:fiscal\s+)?(?P<y>{YEAR4}){E}",
         lambda m: Sem(year=int(m.group("y")), half=1 if key(m.group("o")) == "first" else 2)),
    # "the December quarter", "the June 2024 quarter": the calendar quarter that month ends
    Rule("month_quarter", rf"{B}the\s+(?P<m>March|June|September|December|Sept?\.|Dec\.)\s+"
         rf"(?:(?P<y>{YEAR4})\s+)?quarter{E}", R.month_quarter, trigger=r"\squarter\b"),
    # "the July-September quarter": the quarter those months make up
    Rule("months_quarter", rf"{B}(?:the\s+)?(?P<m1>{MONTH_FULL}|{alt(L.MONTH_ABBREVIATIONS)}\.?)"
         rf"\s*[-–]\s*(?P<m2>{MONTH_FULL}|{alt(L.MONTH_ABBREVIATIONS)}\.?)\s+"
         rf"(?:(?P<y>{YEAR4})\s+)?(?:quarter|period){E}", R.months_quarter,
         trigger=r"[-–]\s*[a-z]+\.?\s+(?:\d{4}\s+)?(?:quarter|period)\b"),
    Rule("quarter_code", rf"{B}Q(?P<qn>[1-4])\s*[/ ]?\s*(?P<y>{YEAR4})?{E}", R.quarter),
    # "H1 2024", "H2/2023": a half-year in results shorthand; only with its year ("H2" alone is
    # as often hydrogen)
    Rule("half_code", rf"{B}(?-i:H)(?P<hn>[12])\s*[/ ]?\s*(?P<y>{YEAR4}){E}",
         lambda m: Sem(year=int(m.group("y")), half=int(m.group("hn"))),
         trigger=r"\bh[12]\s*/?\s*\d{4}"),
]
