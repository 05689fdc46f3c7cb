"""The temporal tagger: finds TIMEX3 expressions in German and English text and resolves them.

Entry point: tag(text, lang, dct) -> list[Timex], sorted by start offset, spans not overlapping.
guess_lang(text) tells German from English for texts that do not say.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from newsline.timex.model import GRANULARITIES, Interval, Timex

__all__ = ["GRANULARITIES", "Interval", "Timex", "guess_lang", "tag"]

_GERMAN = frozenset("der die das und ist nicht mit den von zu ein eine sich des auf für im dem "
                    "auch es wird wurde bei nach sind hat noch aus wie am vor".split())
_ENGLISH = frozenset("the and of to in is that for on with was as by at from it be are has "
                     "have were this which an not but after".split())
_WORD = re.compile(r"[a-zäöüß]+")


def guess_lang(text: str) -> str:
    """"de" or "en", by counting each language's commonest words; German on a tie."""
    de = en = 0
    for w in _WORD.findall(text[:20000].lower()):
        de += w in _GERMAN
        en += w in _ENGLISH
    return "en" if en > de else "de"


def _grammar(lang: str):
    if lang == "en":
        from newsline.timex.grammar_en import GRAMMAR
    else:
        from newsline.timex.grammar_de import GRAMMAR
    return GRAMMAR


def tag(text: str, lang: str, dct: datetime | date) -> list[Timex]:
    """Every temporal expression of text, resolved against the publication date dct."""
    from newsline.timex.engine import run

    if not isinstance(dct, date):
        raise TypeError("dct must be a date or datetime")
    return run(_grammar(lang if lang in ("de", "en") else guess_lang(text)), text, dct)
