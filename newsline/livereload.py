"""The dev server's additions to a page: a reload script, and a banner while the build is broken.

Nothing here is written to build/. `newsline serve` adds one <script src> (same origin, so the
pages' Content-Security-Policy allows it) to each HTML response on its way out; the script
listens to /__newsline/reload (Server-Sent Events) and reloads the page when a build succeeds,
or lays the build's problems over the page when one fails. The files on disk stay byte for byte
what `newsline build` writes.
"""

from __future__ import annotations

import html
import json

PREFIX = "/__newsline/"
SCRIPT_PATH = PREFIX + "reload.js"
EVENTS_PATH = PREFIX + "reload"
STATUS_PATH = PREFIX + "status"
ERROR_PATH = PREFIX + "error"
BANNER_ID = "newsline-dev-error"

RELOAD_SCRIPT = """\
// newsline serve: reload when a rebuild succeeds, show the problems when one fails.
(function () {
  "use strict";
  var seen = null;
  function overlay(status) {
    var box = document.getElementById("%(banner)s");
    if (!box) {
      box = document.createElement("div");
      box.id = "%(banner)s";
      box.setAttribute("role", "alert");
      document.body.insertBefore(box, document.body.firstChild);
    }
    box.style.cssText = "position:fixed;inset:0 0 auto 0;z-index:99999;max-height:60vh;" +
      "overflow:auto;margin:0;padding:1em;background:#7a0010;color:#fff;" +
      "font:14px/1.4 monospace;white-space:pre-wrap";
    box.textContent = "The last build failed; this is the last good site.\\n\\n" +
      status.problems.join("\\n");
  }
  var source = new EventSource("%(events)s");
  source.addEventListener("build", function (message) {
    var status = JSON.parse(message.data);
    if (seen !== null && status.generation !== seen) {
      if (status.ok) { window.location.reload(); return; }
      overlay(status);
    }
    seen = status.generation;
  });
})();
""" % {"banner": BANNER_ID, "events": EVENTS_PATH}


def status_json(generation: int, ok: bool, problems: list[str]) -> str:
    return json.dumps({"generation": generation, "ok": ok, "problems": problems},
                      ensure_ascii=False, sort_keys=True)


def banner(problems: list[str]) -> str:
    lines = "\n".join(html.escape(p) for p in problems)
    return (f'<div id="{BANNER_ID}" role="alert" style="margin:0;padding:1em;background:#7a0010;'
            f'color:#fff;font:14px/1.4 monospace;white-space:pre-wrap">The last build failed; '
            f"this is the last good site.\n\n{lines}</div>")


def inject(page: bytes, problems: list[str] | None) -> bytes:
    """The page with the reload script (and the error banner when problems) added."""
    text = page.decode("utf-8", errors="surrogateescape")
    script = f'<script src="{SCRIPT_PATH}"></script>'
    if problems:
        body = text.find("<body")
        end = text.find(">", body) + 1 if body >= 0 else 0
        text = text[:end] + banner(problems) + text[end:]
    closing = text.rfind("</body>")
    text = text[:closing] + script + text[closing:] if closing >= 0 else text + script
    return text.encode("utf-8", errors="surrogateescape")


def error_page(problems: list[str], has_site: bool) -> bytes:
    """The page the dev server shows for the build's problems."""
    items = "\n".join(f"<li><code>{html.escape(p)}</code></li>" for p in problems)
    back = ('<p><a href="/index.html">The last good site</a> is still served.</p>' if has_site
            else "<p>No build has succeeded yet.</p>")
    page = (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f"<title>Build failed – newsline serve</title></head><body><h1>Build failed</h1>"
            f"{back}<ul>{items}</ul></body></html>\n")
    return inject(page.encode("utf-8"), None)
