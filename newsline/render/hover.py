"""What a chart's event mark says on hover: its date, its sentence and its outlets.

An event is drawn on its topics' charts, on its period page's and on the chart of every article
that reports it, with the same hover row on each (in one language). HoverRows makes an event's
row once per language for a whole render and hands every chart the same list; the rows are
never changed by the charts (a page's own extra value is put on a copy), and each carries its
JSON (figure_json.EncodedRow), written once too.
"""

from __future__ import annotations

import textwrap
from functools import lru_cache
from html import escape

from newsline.model import Event
from newsline.render.dates import day_label, event_label
from newsline.render.figure_json import EncodedRow
from newsline.render.markup import plain_text
from newsline.render.strings import strings_for

# How many rows HoverRows keeps at least before it starts again (some 40 MB): a site's events
# in both languages up to about 3,000 articles. A render keeps as many as its site has
# (site_rows): a store smaller than the rows the pages go through again and again would make
# nearly every row again (10,000 bench articles have 75,178 events).
KEPT_ROWS = 1 << 16
# Sentences kept by hover_text and markup.plain_text: more than the events of 10,000 bench
# articles. A least-recently-used cache smaller than the sentences a render goes through in
# turn (each list, chart and export) keeps none of them long enough to be asked again.
KEPT_SENTENCES = 1 << 18


def sources_label(event: Event) -> str:
    return ", ".join(sorted({m.source for m in event.sources}))


# an event is drawn on its period page's, its topics' and its articles' charts in each language
@lru_cache(maxsize=KEPT_SENTENCES)
def hover_text(text: str) -> str:
    # Plotly renders hover text as a small HTML subset, so the words are escaped line by line.
    lines = wrap_words(plain_text(text), 60) or [""]
    return "<br>".join(escape(line, quote=False) for line in lines)


def wrap_words(text: str, width: int) -> list[str]:
    """textwrap.wrap(text, width), several times faster for what a hover shows: words separated
    by single spaces, none longer than `width` and no hyphen (where textwrap may break a word);
    any other text is given to textwrap."""
    words = text.split(" ")
    if "-" in text or text != " ".join(text.split()) or max(map(len, words)) > width:
        return textwrap.wrap(text, width)
    lines, line = [], words[0]
    for word in words[1:]:
        if len(line) + 1 + len(word) <= width:
            line += " " + word
        else:
            lines.append(line)
            line = word
    lines.append(line)
    return lines if text else []


def hover_row(event: Event, lang: str) -> list:
    """[date label, sentence, outlets, event id]: the customdata of the event's mark, its
    texts escaped for Plotly's hover markup."""
    return [escape(event_label(event, lang), quote=False), hover_text(event.text),
            escape(sources_label(event), quote=False), event.id]


def reported_line(article, lang: str) -> str:
    """What the chart's marker of a report says of one article (its day, outlet and title),
    escaped for Plotly's hover markup."""
    return escape(strings_for(lang)["reported_on"].format(
        date=day_label(article.date.date(), lang), outlet=article.source, title=article.title),
        quote=False)


def site_rows(events: int, articles: int, langs: int) -> int:
    """The rows a HoverRows keeps for a site of so many events and articles charted in so many
    languages: every one of them, and never fewer than KEPT_ROWS."""
    return max(KEPT_ROWS, (events + articles) * max(langs, 1))


class HoverRows:
    """hover_row of each event and language, and reported_line of each article (a period
    page marks every article that reports one of its events), made once while this object
    lives (one render).

    Rows are found by the event object (its id, checked to still be that object), so an
    event changed into a new object gets a new row; lines likewise by the article."""

    def __init__(self, limit: int = KEPT_ROWS):
        self.limit = limit
        self._rows: dict[tuple[int, str], tuple[Event, list]] = {}
        self._lines: dict[tuple[int, str], tuple[object, str]] = {}

    def row(self, event: Event, lang: str) -> EncodedRow:
        # looked up here before _kept (and its closure) is called: a chart asks for a row per
        # mark, nearly always one made already
        known = self._rows.get((id(event), lang))
        if known is not None and known[0] is event:
            return known[1]
        return self._kept(self._rows, event, lang,
                          lambda: EncodedRow(hover_row(event, lang)))

    def reported(self, article, lang: str) -> str:
        known = self._lines.get((id(article), lang))
        if known is not None and known[0] is article:
            return known[1]
        return self._kept(self._lines, article, lang, lambda: reported_line(article, lang))

    def _kept(self, kept: dict, thing, lang: str, make):
        """make()'s value for `thing` in `lang`, kept by the object (its id, checked to still
        be that object); the store starts again once it holds `limit` values."""
        key = (id(thing), lang)
        known = kept.get(key)
        if known is None or known[0] is not thing:
            if len(kept) >= self.limit:
                kept.clear()
            known = kept[key] = (thing, make())
        return known[1]
