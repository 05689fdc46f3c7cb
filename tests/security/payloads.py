"""Cross-site scripting payloads written for newsline, one per trick a hostile article could try.

Every payload that manages to run sets `window.__pwned` (or opens a dialog), so a browser test
only has to check that the global stays undefined. They go into every field an author or a
site maintainer controls; see hostile.py for where each one lands.
"""

from __future__ import annotations

PWNED = "window.__pwned"

PAYLOADS: tuple[str, ...] = (
    # plain script and event-handler tags
    f"<script>{PWNED}=1</script>",
    f"<img src=x onerror=\"{PWNED}=2\">",
    f"<svg onload=\"{PWNED}=3\"></svg>",
    f"<svg><script>{PWNED}=4</script></svg>",
    f"<body onload=\"{PWNED}=5\">",
    f"<details open ontoggle=\"{PWNED}=6\"><summary>x</summary></details>",
    f"<input autofocus onfocus=\"{PWNED}=7\">",
    f"<svg><animate onbegin=\"{PWNED}=8\" attributeName=x dur=1s></svg>",
    f"<x-widget onclick=\"{PWNED}=9\">custom element</x-widget>",
    f"<p style=\"background:url(javascript:{PWNED}=10)\">styled</p>",
    # breaking out of <script> blocks, attributes and comments
    f"</script><script>{PWNED}=11</script>",
    f"</SCRIPT ><script>{PWNED}=12</script>",
    f"<!--</script><script>{PWNED}=13</script>-->",
    f"\" onmouseover=\"{PWNED}=14\" data-x=\"",
    f"' onfocus='{PWNED}=15' autofocus data-x='",
    f"\"><img src=x onerror={PWNED}=16>",
    f"</title><script>{PWNED}=17</script>",
    f"</textarea></noscript><img src=x onerror={PWNED}=18>",
    # dangerous URL schemes in HTML and Markdown links
    f"<a href=\"javascript:{PWNED}=19\">link</a>",
    f"<a href=\"JaVaScRiPt:{PWNED}=20\">mixed case</a>",
    f"<a href=\"java&#x09;script:{PWNED}=21\">tab entity</a>",
    f"<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;{PWNED}=22\">ent</a>",
    "<a href=\"vbscript:msgbox(23)\">vbscript</a>",
    "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgyNCk8L3NjcmlwdD4=\">data</a>",
    f"[markdown link](javascript:{PWNED}=25)",
    f"![markdown image](javascript:{PWNED}=26)",
    f"<javascript:{PWNED}=27>",
    f"[spaced link]( \tjavascript:{PWNED}=28)",
    # elements that load or navigate
    f"<iframe srcdoc=\"<script>parent.{PWNED}=29</script>\"></iframe>",
    f"<object data=\"javascript:{PWNED}=30\"></object>",
    f"<embed src=\"data:text/html,<script>{PWNED}=31</script>\">",
    f"<form action=\"javascript:{PWNED}=32\"><button>go</button></form>",
    "<base href=\"http://evil.example/\">",
    f"<meta http-equiv=\"refresh\" content=\"0;url=javascript:{PWNED}=34\">",
    "<style>@import 'http://evil.example/x.css'; body{display:none}</style>",
    "<link rel=stylesheet href=\"http://evil.example/y.css\">",
    # parser confusion (mutation XSS) and split tags
    f"<math><mtext><table><mglyph><style><img src=x onerror=\"{PWNED}=37\">",
    f"<noscript><p title=\"</noscript><img src=x onerror={PWNED}=38>\">",
    f"<scr<script>ipt>{PWNED}=39</script>",
    f"<<script>script>{PWNED}=40<</script>/script>",
    f"<svg><foreignObject><img src=x onerror=\"{PWNED}=41\"></foreignObject></svg>",
    # template-looking text: must reach the page literally, never be evaluated
    "{{ 7*7 }} {% if true %}jinja{% endif %} ${7*7}",
    f"{{{{constructor.constructor('{PWNED}=43')()}}}}",
    # Unicode tricks
    f"\uff1cscript\uff1e{PWNED}=44\uff1c/script\uff1e",
    f"\u2028\u2029</script>\u2028<script>{PWNED}=45</script>",
    f"\u202e<img src=x onerror={PWNED}=46>\u200b\ufeff",
    f"<img src=x one\u0000rror={PWNED}=47>",
    # Plotly hover and legend text understands a little HTML of its own
    f"<a href=\"javascript:{PWNED}=48\" target=\"_blank\">hover link</a>",
    f"<b onmouseover=\"{PWNED}=49\">bold</b><br><i>it</i>",
    f"<span style=\"position:fixed;top:0\" onmouseenter=\"{PWNED}=50\">span</span>",
)

# Text that only the page's own structure may contain: if any of it shows up as an element or
# attribute, a payload got through.
EXPECTED_MARKER = "newsline-hostile"
