"""The temporal tagger: finds TIMEX3 expressions in German and English text and resolves them.

Entry point: tag(text, lang, dct) -> list[Timex], sorted by start offset, spans not overlapping.
"""

from newsline.timex.model import GRANULARITIES, Interval, Timex

__all__ = ["GRANULARITIES", "Interval", "Timex", "tag"]


def tag(text, lang, dct):  # replaced by the engine
    raise NotImplementedError
