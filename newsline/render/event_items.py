"""The plain event list of every page, each event's entry rendered once per language.

An event is listed on the overview, on each of its topics' pages and on each of its sources'
article pages; its entry differs between them only in the relative prefix of its links (the
page's `root`). So an entry is rendered through the theme's `event_item` macro once, with a
placeholder for the prefix, and each page takes that text with its own prefix put in: on a
large site this is most of the rendering saved. An event whose own text holds the placeholder
(it is a NUL character, which no article should hold) is rendered for each page instead.
"""

from __future__ import annotations

from markupsafe import Markup

from newsline.model import Event
from newsline.render.strings import strings_for
from newsline.render.views import EventView, event_view

ROOT = "\x00root\x00"


def _holds_placeholder(view: EventView) -> bool:
    texts = [view.label, view.text, view.date_note, view.correction, view.by_hand, view.facets]
    texts += [t for src in view.sources for t in (src.outlet, src.title, src.url)]
    texts += [t.title for t in view.topics]
    return any(text and "\x00" in text for text in texts)


class EventItems:
    """Entries of the event list for one site and theme, kept for the life of one render."""

    def __init__(self, env, site):
        self.site = site
        self._macro = env.get_template("_macros.html").module.event_item
        self._done: dict[tuple[int, str], tuple[Event, str | None]] = {}

    def item(self, event: Event, lang: str, root: str) -> str:
        key = (id(event), lang)
        known = self._done.get(key)
        if known is None or known[0] is not event:
            view = event_view(event, self.site, lang, ROOT)
            text = None if _holds_placeholder(view) else str(
                self._macro(view, strings_for(lang)))
            known = self._done[key] = (event, text)
        if known[1] is None:
            return str(self._macro(event_view(event, self.site, lang, root), strings_for(lang)))
        return known[1].replace(ROOT, root)

    def html(self, events: list[Event], lang: str, root: str) -> Markup:
        """The list's entries for one page (the macro event_list wraps them)."""
        return Markup("".join([self.item(event, lang, root) for event in events]))
