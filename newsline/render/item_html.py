"""An event's list entry written as a string, exactly as the default theme's `event_item` macro.

A large site lists tens of thousands of entries, and calling the macro for each was a quarter
of the render stage. This writes the same characters directly. It is used only while the theme
in use takes `_macros.html` from the package's own theme (a site that overrides the macro gets
its macro), and EventItems checks it against the macro before trusting it for a render, so an
edit to the macro that this function does not follow costs speed, never output.
"""

from __future__ import annotations

import markupsafe
from markupsafe import escape

from newsline.render.views import EventView


def _escape_str(text: str) -> str:
    return (text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
            .replace("'", "&#39;").replace('"', "&#34;"))


# markupsafe's own escaping of a plain str (its C speedup where built), else the same in Python
_escape_inner = getattr(markupsafe, "_escape_inner", _escape_str)


def _e(text) -> str:
    """What Jinja's autoescape prints for `text` (markupsafe.escape, without a Markup made)."""
    if type(text) is str:
        return _escape_inner(text)
    return str(escape(text))


def event_item_html(ev: EventView, s: dict) -> str:
    """What `event_item(ev, s)` of theme/templates/_macros.html renders."""
    out = [
        f'  <li id="{_e(ev.dom_id)}" class="event event-{_e(ev.status)}" tabindex="-1" '
        f'data-facets="{_e(ev.facets)}">\n'
        f'    <p class="event-date"><time datetime="{_e(ev.datetime)}">{_e(ev.label)}</time>\n'
    ]
    if ev.status != "dated":
        out.append(f'<span class="badge">{_e(s[ev.status])}</span>')
    if ev.date_note:
        out.append(f'<span class="badge badge-note" title="{_e(ev.date_note)}">'
                   f'{_e(s["sources_disagree"])}</span>')
    if ev.correction:
        out.append(f'<span class="badge badge-editor" title="{_e(ev.correction)}">'
                   f'{_e(s["corrected"])}</span>')
    if ev.by_hand is not None:
        title = f' title="{_e(ev.by_hand)}"' if ev.by_hand else ""
        out.append(f'<span class="badge badge-editor"{title}>{_e(s["added_by_editor"])}</span>')
    out.append(f'    </p>\n    <div class="event-text" lang="{_e(ev.text_lang)}">'
               f'{_e(ev.text)}</div>\n')
    if ev.correction:
        out.append(f'<p class="event-editor">{_e(ev.correction)}</p>')
    elif ev.by_hand:
        out.append(f'<p class="event-editor">{_e(ev.by_hand)}</p>')
    label = s["sources"] if len(ev.sources) > 1 else s["source"]
    out.append(f'    <p class="event-sources">{_e(label)}:\n')
    last = len(ev.sources) - 1
    for i, src in enumerate(ev.sources):
        out.append(f'      <a href="{_e(src.href)}">{_e(src.outlet)}: {_e(src.title)}</a>')
        if src.url:
            out.append(f' (<a href="{_e(src.url)}" rel="noopener noreferrer">'
                       f'{_e(s["original"])}</a>)')
        out.append(";\n" if i != last else "\n")
    out.append("    </p>\n")
    if ev.topics:
        links = " · ".join(f'<a href="{_e(t.href)}">{_e(t.title)}</a>' for t in ev.topics)
        out.append(f'    <p class="event-topics">{links}</p>\n')
    out.append("  </li>\n")
    return "".join(out)
