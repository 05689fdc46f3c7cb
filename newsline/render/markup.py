"""Article Markdown as safe HTML with temporal expressions marked exactly where they stand.

Tagger offsets index the Markdown source, not the HTML, so each span is fenced with private-use
characters before conversion; they pass through Markdown and the sanitiser untouched and are
swapped for <mark> tags at the very end, after nh3 has removed anything the author's raw HTML
could have smuggled in. Event sentences go the same way, so lists and hovers never show raw
Markdown syntax.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from html import escape, unescape

import markdown
import nh3

from newsline.model import TaggedArticle
from newsline.render.dates import day_label, interval_label
from newsline.render.strings import strings_for
from newsline.timex.model import Timex

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "cite", "code", "dd", "del", "dl", "dt", "em", "h2",
    "h3", "h4", "h5", "h6", "hr", "i", "ins", "li", "ol", "p", "pre", "q", "s", "small", "strong",
    "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "ol": {"start"}}
URL_SCHEMES = {"http", "https", "mailto"}

# Supplementary private-use planes: one opening and one closing code point per span.
_OPEN, _CLOSE = 0xF0000, 0x100000
_LIMIT = 0xFFFD
_SENTINEL = re.compile("[\U000F0000-\U000FFFFD\U00100000-\U0010FFFD]")
# A sentence that begins like a block ("1. Mai ...", "# ...", "- ...") must stay a sentence.
_BLOCK_START = re.compile(r"^(\s*)(\d+(?=[.)]\s)|[#>+*-](?=\s))")


# What a site's [html] setting adds: (tags, ((tag, attributes), ...)), hashable for the cache.
Allow = tuple[tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...]]
NO_EXTRA: Allow = ((), ())


def site_allow(site) -> Allow:
    """The extra markup site.toml's [html] table allows (validated by the config loader)."""
    return (tuple(getattr(site, "html_allow_tags", ())),
            tuple(getattr(site, "html_allow_attributes", ())))


def sanitize(html: str, allow: Allow = NO_EXTRA) -> str:
    """The author's HTML reduced to ordinary article markup; links get rel=noopener noreferrer."""
    extra_tags, extra_attributes = allow
    attributes = {tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()}
    for tag, names in extra_attributes:
        attributes.setdefault(tag, set()).update(names)
    return nh3.clean(
        html, tags=ALLOWED_TAGS | set(extra_tags), attributes=attributes,
        url_schemes=URL_SCHEMES, link_rel="noopener noreferrer",
    )


# A paragraph Markdown and the sanitiser leave as it is: words, digits, single spaces, span
# fences and punctuation that opens no syntax, starting where no block marker can stand. After
# the first character one class (a word character, a fence or such punctuation) repeated: the
# regex engine's fast loop, five times quicker than an alternative per character; `_`, a word
# character that Markdown reads as emphasis, is ruled out apart (plain_html).
_PLAIN_PARAGRAPH = re.compile(
    "(?:[^\\W\\d_]|[\U000F0000-\U000FFFFD\U00100000-\U0010FFFD\"'(\u201e\u201c\u2018\u00ab])"
    "[\\w\U000F0000-\U000FFFFD\U00100000-\U0010FFFD"
    " .,;:!?\"'%/()\u2026\u2013\u2014\u201e\u201c\u201d\u2018\u2019\u00ab\u00bb"
    "\u20ac$\u00a7\u00b0+=@-]*")


def plain_html(source: str) -> str | None:
    """What Markdown and the sanitiser make of plain paragraphs ("<p>...</p>" each, one per
    line), or None when `source` holds anything that could be syntax; this saves converting
    the ordinary text of news, which is most of it."""
    paragraphs = source.strip("\n").split("\n\n")
    for paragraph in paragraphs:
        if not _PLAIN_PARAGRAPH.fullmatch(paragraph) or "_" in paragraph \
                or "  " in paragraph or paragraph.endswith(" "):
            return None
    return "\n".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)


@lru_cache(maxsize=16384)  # sentences: each is listed on several pages, charted, exported
def _to_html(source: str, allow: Allow = NO_EXTRA) -> str:
    return _html(source, allow)


def _html(source: str, allow: Allow = NO_EXTRA) -> str:
    """Markdown `source` as sanitised HTML."""
    plain = plain_html(source)
    if plain is not None:
        return plain
    return markdown_html(source, allow)


def markdown_html(source: str, allow: Allow = NO_EXTRA) -> str:
    # One converter, reset between texts: building a Markdown instance costs more than most
    # sentences take to convert, and the same sentence is converted for several pages.
    return sanitize(_converter().reset().convert(source), allow)


@lru_cache(maxsize=1)
def _converter() -> markdown.Markdown:
    return markdown.Markdown(extensions=["sane_lists", "tables"], output_format="html")


def mark_spans(source: str, spans: list[tuple[int, int, str]], allow: Allow = NO_EXTRA,
               kept: bool = True) -> str:
    """Markdown `source` as sanitised HTML, each (start, end, open_tag) span wrapped in its tag.

    Spans must be sorted and must not overlap; a span may carry a fourth item, its closing
    markup (default "</mark>"). A span whose ends land in different elements
    (it crossed Markdown syntax) wraps only its first text run, so the tags still nest.
    `kept`: the HTML is remembered for the next call with the same text (False for a text
    converted once in a render, such as an article's body: kept, bodies would fill memory).
    """
    text = _SENTINEL.sub("\ufffd", source)  # an author's text cannot forge a fence
    spans = spans[:_LIMIT]
    if _in_order(spans, len(text)):
        return _mark_in_order(text, spans, allow, _to_html if kept else _html)
    for i, (start, end, *_) in sorted(enumerate(spans), key=lambda p: -p[1][0]):
        text = text[:start] + chr(_OPEN + i) + text[start:end] + chr(_CLOSE + i) + text[end:]
    return _fences_to_tags((_to_html if kept else _html)(text, allow), spans)


def _in_order(spans, length: int) -> bool:
    """Whether the spans are sorted, apart, within the text and not empty."""
    last = 0
    for start, end, *_ in spans:
        if not last <= start < end <= length:
            return False
        last = end
    return True


def _mark_in_order(text: str, spans, allow: Allow, to_html) -> str:
    """mark_spans of spans in order, in one pass over the text and one over its HTML; where
    the fences do not come out of Markdown each once and in their order (syntax dropped or
    moved one), or a tag holds a fence character, the fences are replaced one by one."""
    parts, at = [], 0
    for i, (start, end, *_) in enumerate(spans):
        parts += [text[at:start], chr(_OPEN + i), text[start:end], chr(_CLOSE + i)]
        at = end
    parts.append(text[at:])
    html = to_html("".join(parts), allow)
    fences = [(match.start(), match.group()) for match in _SENTINEL.finditer(html)]
    tags = [(open_tag, close[0] if close else "</mark>") for _, _, open_tag, *close in spans]
    if [fence for _, fence in fences] != [chr(base + i) for i in range(len(spans))
                                          for base in (_OPEN, _CLOSE)] \
            or _SENTINEL.search("".join([a + b for a, b in tags])):
        return _fences_to_tags(html, spans)
    out, at = [], 0
    for i, (open_tag, close_tag) in enumerate(tags):
        start, end = fences[2 * i][0], fences[2 * i + 1][0]
        tag = html.find("<", start, end)  # the span's first text run ends at a tag
        inner_end = tag if tag >= 0 else end
        out += [html[at:start], open_tag, html[start + 1:inner_end], close_tag,
                html[inner_end:end]]
        at = end + 1
    out.append(html[at:])
    return "".join(out)


def _fences_to_tags(html: str, spans) -> str:
    for i, (_, _, open_tag, *close) in enumerate(spans):
        opener, closer = chr(_OPEN + i), chr(_CLOSE + i)
        close_tag = close[0] if close else "</mark>"
        start = html.find(opener)
        if start < 0:  # the span sat in syntax Markdown drops, such as a link target
            html = html.replace(closer, "")
            continue
        end = html.find(closer, start)
        inner_end = end if end >= 0 else len(html)
        tag = html.find("<", start, inner_end)
        inner_end = tag if tag >= 0 else inner_end
        html = (html[:start] + open_tag + html[start + 1: inner_end] + close_tag
                + html[inner_end:]).replace(closer, "")
    return html


def markable(timexes: tuple[Timex, ...], body: str) -> list[Timex]:
    """The expressions that can be marked: inside the body, not overlapping an earlier one."""
    chosen, last_end = [], -1
    for tx in sorted(timexes, key=lambda t: (t.start, -t.end)):
        if 0 <= tx.start < tx.end <= len(body) and tx.start >= last_end:
            chosen.append(tx)
            last_end = tx.end
    return chosen


def timex_title(tx: Timex, lang: str) -> str:
    """'30. April 2024 · TIMEX3 DATE 2024-04-30 · bezogen auf 28. April 2024'."""
    parts = []
    if tx.interval is not None:
        iv = tx.interval
        parts.append(interval_label(iv.start, iv.end, iv.granularity, lang, iv.approximate,
                                    iv.open_start, iv.open_end))
    parts.append(f"TIMEX3 {tx.type} {tx.value}" + (f" ({tx.mod})" if tx.mod else ""))
    if tx.anchor:
        try:
            anchor = day_label(date.fromisoformat(tx.anchor[:10]), lang)
        except ValueError:
            anchor = tx.anchor
        parts.append(f"{strings_for(lang)['resolved_against']} {anchor}")
    return " · ".join(parts)


def timex_tag(tx: Timex, lang: str) -> str:
    title = escape(timex_title(tx, lang))
    return (f'<mark class="timex" id="x-{tx.start}" data-value="{escape(tx.value)}" '
            f'data-label="{title}" title="{title}">')


def event_link(href: str, lang: str) -> str:
    """What follows an expression that dates an event: a link to that event on the timeline."""
    label = escape(strings_for(lang)["to_timeline"])
    return (f'</mark><a class="timex-event" href="{escape(href)}" title="{label}" '
            f'aria-label="{label}">↗</a>')


def render_body(tagged: TaggedArticle, links: dict[int, str] | None = None,
                quotes: tuple[tuple[int, int], ...] = (), allow: Allow = NO_EXTRA) -> str:
    """The article body as sanitised HTML with one <mark class="timex"> per expression.

    links: expression start -> href of the event it dates, linked right after the expression;
    quotes: spans an editor cited for a hand-added event, marked so its source link lands.
    """
    article = tagged.article
    body = article.body  # a shelved article (model.ShelvedArticle) unpacks it at each read
    links = links or {}
    marks = markable(tagged.timexes, body)
    spans = [(tx.start, tx.end, timex_tag(tx, article.lang))
             + ((event_link(links[tx.start], article.lang),) if tx.start in links else ())
             for tx in marks]
    for start, end in quotes:
        if all(end <= tx.start or tx.end <= start for tx in marks) and 0 <= start < end:
            spans.append((start, end, f'<mark class="quote" id="x-{start}">'))
    return mark_spans(body, sorted(spans), allow, kept=False)


def _unwrap_paragraph(html: str) -> str:
    html = html.strip()
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        return html[3:-4]
    return html


def _keep_inline(text: str, span: tuple[int, int] | None):
    """Backslash-escape a block marker at the start so Markdown keeps the sentence a sentence."""
    match = _BLOCK_START.match(text)
    if not match or (span and span[0] <= match.end(1)):
        return text, span  # a fence in front of the marker already breaks it
    cut = match.end(2) if match.group(2)[0].isdigit() else match.end(1)
    text = text[:cut] + "\\" + text[cut:]
    if span and span[0] >= cut:
        span = (span[0] + 1, span[1] + 1)
    return text, span


@lru_cache(maxsize=65536)  # an event's sentence is listed on each of its topics' and articles' pages
def render_sentence(text: str, span: tuple[int, int] | None = None) -> str:
    """One sentence of Markdown as inline HTML, the expression at `span` in a plain <mark>."""
    text, span = _keep_inline(text, span)
    spans = [(span[0], span[1], "<mark>")] if span and 0 <= span[0] < span[1] <= len(text) else []
    plain = _plain_sentence(text, spans[0][:2] if spans else None)
    return plain if plain is not None else _unwrap_paragraph(mark_spans(text, spans))


def _plain_sentence(text: str, span: tuple[int, int] | None) -> str | None:
    """What mark_spans and _unwrap_paragraph make of a sentence that is one plain paragraph
    (plain_html, with its span fenced): the text itself, the span in <mark>; else None.
    Most sentences of news are, and each list entry starts from its event's sentence."""
    if "\n" in text or _SENTINEL.search(text):
        return None
    if span is None:
        return text if plain_html(text) is not None else None
    start, end = span
    if plain_html(f"{text[:start]}{chr(_OPEN)}{text[start:end]}{chr(_CLOSE)}{text[end:]}") is None:
        return None
    return f"{text[:start]}<mark>{text[start:end]}</mark>{text[end:]}"


# the charts, feeds and exports ask for the same sentences: as many kept as
# hover.KEPT_SENTENCES (not imported from there: hover imports this module)
@lru_cache(maxsize=1 << 18)
def plain_text(markdown_text: str) -> str:
    """A sentence's words without Markdown or HTML, for places that cannot show markup."""
    text, _ = _keep_inline(_SENTINEL.sub("\ufffd", markdown_text), None)
    if plain_html(text) is not None:  # plain paragraphs: no markup to drop, nothing escaped
        return " ".join(text.split())
    return " ".join(unescape(nh3.clean(_to_html(text), tags=set())).split())
