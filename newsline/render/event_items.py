"""The plain event list of every page, each event's entry rendered once per language.

An event is listed on the overview, on each of its topics' pages and on each of its sources'
article pages; its entry differs between them only in the relative prefix of its links (the
page's `root`). So an entry is rendered through the theme's `event_item` macro once, with a
placeholder for the prefix, and each page takes that text with its own prefix put in: on a
large site this is most of the rendering saved. An event whose own text holds the placeholder
(it is a NUL character, which no article should hold) is rendered for each page instead.

While the theme's macro is the package's own, entries are written by item_html instead of
calling it; with a PieceStore (newsline.incremental), an entry made in an earlier build for an
event that did not change is taken from there.
"""

from __future__ import annotations

from pathlib import Path

from markupsafe import Markup

from newsline.model import Event
from newsline.render.hover import HoverRows
from newsline.render.item_html import event_item_html
from newsline.render.strings import strings_for
from newsline.render.views import EventView, event_view, in_language

# The package's own macros: while a theme uses these, entries are written by event_item_html.
DEFAULT_MACROS = Path(__file__).resolve().parents[2] / "theme" / "templates" / "_macros.html"

ROOT = "\x00root\x00"
OWN_ROOT = "\x00"  # stands for the entry of an event rendered for each page instead
# The entries are kept as UTF-8 (their placeholders likewise): every entry is held until the
# last page listing it is made, and one with a character past Latin-1 (an en dash) takes two
# bytes a character as a str (about a ninth less held on the bench site). Encoded once, a page
# joins their bytes.
ROOT_UTF8 = ROOT.encode()
OWN_ROOT_UTF8 = OWN_ROOT.encode()
ENTRIES_PER_PART = 256  # entries joined, given their prefix and encoded at a time (encoded())


def _holds_placeholder(view: EventView) -> bool:
    texts = [view.label, view.text, view.date_note, view.correction, view.by_hand, view.facets]
    texts += [t for src in view.sources for t in (src.outlet, src.title, src.url)]
    texts += [t.title for t in view.topics]
    return any(text and "\x00" in text for text in texts)


class EventItems:
    """Entries of the event list for one site and theme, kept for the life of one render."""

    def __init__(self, env, site, pieces=None):
        self.site = site
        self.pieces = pieces  # an incremental.PieceStore: entries kept from earlier builds
        macros = env.get_template("_macros.html")
        self._macro = macros.module.event_item
        # None: the theme's own macro; False: not yet checked against the macro; True: checked
        self._direct: bool | None = None if macros.filename is None or \
            Path(macros.filename).resolve() != DEFAULT_MACROS else False
        self._done: dict[tuple[int, str], tuple[Event, bytes]] = {}
        # the view of an event that some page lists in another language too (views.in_language)
        self._views: dict[int, tuple[Event, EventView]] = {}
        # the charts' hover rows: like the entries, each event's is made once per language
        self.hover = HoverRows()

    def entry(self, view: EventView, lang: str) -> str:
        """The entry of one event's view, as the theme's event_item macro renders it."""
        strings = strings_for(lang)
        if self._direct:
            return event_item_html(view, strings)
        text = str(self._macro(view, strings))
        if self._direct is False:
            self._direct = event_item_html(view, strings) == text or None
        return text

    def item(self, event: Event, lang: str, root: str) -> str:
        return str(self.html([event], lang, root))

    def _placeholder_texts(self, events: list[Event], lang: str) -> list[bytes]:
        """Each event's entry with the placeholder for the page's prefix (or OWN_ROOT), as
        UTF-8."""
        if self.pieces is not None:  # it keeps what this build made, too
            return self.pieces.texts(f"item-{lang}", events,
                                     lambda event: self._with_placeholder(event, lang).encode(),
                                     of=bytes)
        done = self._done
        out = []
        for event in events:
            known = done.get((id(event), lang))
            if known is None or known[0] is not event:
                known = done[(id(event), lang)] = (
                    event, self._with_placeholder(event, lang).encode())
            out.append(known[1])
        return out

    def _with_placeholder(self, event: Event, lang: str) -> str:
        view = self._view(event, lang)
        if self._direct:
            # the placeholder stands once in each link to a source's or topic's page: any other
            # NUL of the entry is the event's own (event_item_html prints every text that
            # _holds_placeholder looks at, NULs unescaped), so it is counted, not searched for
            text = event_item_html(view, strings_for(lang))
            ours = ROOT.count("\x00") * (len(view.sources) + len(view.topics))
            return text if text.count("\x00") == ours else OWN_ROOT
        return OWN_ROOT if _holds_placeholder(view) else self.entry(view, lang)

    def _view(self, event: Event, lang: str) -> EventView:
        """event_view with the placeholder root; an event reported in a language other than
        `lang` is listed in that one too (its sources' article pages): its view is kept until
        then and made from this one (in_language), most of it shared."""
        kept = self._views.pop(id(event), None)
        if kept is not None and kept[0] is event:
            view = in_language(kept[1], event, lang)
        else:
            view = event_view(event, self.site, lang, ROOT)
            for mention in event.sources:
                if mention.lang != lang:
                    self._views[id(event)] = (event, view)
                    break
        return view

    def html(self, events: list[Event], lang: str, root: str) -> Markup:
        """The list's entries for one page (the macro event_list wraps them)."""
        texts = self._placeholder_texts(events, lang)
        if OWN_ROOT_UTF8 not in texts:  # no entry holds a NUL of its own: one pass puts the
            # prefix in
            return Markup(b"".join(texts).decode().replace(ROOT, root))
        return Markup("".join([
            self.entry(event_view(event, self.site, lang, root), lang) if text == OWN_ROOT_UTF8
            else text.decode().replace(ROOT, root) for event, text in zip(events, texts)]))

    def listed(self, events: list[Event], lang: str, root: str) -> "ListedEvents":
        """The list of one page, made when the page asks for it (see ListedEvents)."""
        return ListedEvents(self, events, lang, root)

    def encoded(self, events: list[Event], lang: str, root: str) -> list[bytes]:
        """html()'s entries as UTF-8, a few hundred at a time (a big page is then never a text
        twice its size, and the prefix is put in with one call for each part)."""
        texts = self._placeholder_texts(events, lang)
        prefix = root.encode()
        out = []
        for at in range(0, len(texts), ENTRIES_PER_PART):
            part = texts[at:at + ENTRIES_PER_PART]
            if OWN_ROOT_UTF8 in part:
                part = [self.entry(event_view(event, self.site, lang, root), lang).encode()
                        if text == OWN_ROOT_UTF8 else text.replace(ROOT_UTF8, prefix)
                        for event, text in zip(events[at:at + ENTRIES_PER_PART], part)]
                out.append(b"".join(part))
            else:
                # UTF-8 writes no other character with the bytes of ROOT's ASCII ones
                out.append(b"".join(part).replace(ROOT_UTF8, prefix))
        return out


class ListedEvents:
    """A page's event list before it is made: as markup for a template, or as the UTF-8 of
    its entries for a page joined from its parts (newsline.render.pages)."""

    def __init__(self, items: EventItems, events: list[Event], lang: str, root: str):
        self.items, self.events, self.lang, self.root = items, events, lang, root

    def __bool__(self) -> bool:
        return bool(self.events)

    def markup(self) -> Markup:
        return self.items.html(self.events, self.lang, self.root)

    def encoded(self) -> list[bytes]:
        return self.items.encoded(self.events, self.lang, self.root)
