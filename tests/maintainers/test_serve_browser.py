"""In Chromium: the served page reloads itself after a rebuild and shows a failed build's problems,
with the pages' Content-Security-Policy in force."""

from maintkit import ARTICLE, project, serving, wait_for
from test_serve_live import get


def until(page, expression: str, what: str):
    """Poll with page.evaluate: wait_for_function would eval a string, which the CSP forbids."""
    from playwright.sync_api import Error

    def holds():
        try:
            return page.evaluate(expression)
        except Error:  # the page is between two documents while it reloads
            return False

    wait_for(holds, what=what)


def test_the_open_page_reloads_and_shows_errors(tmp_path, browser):
    root = project(tmp_path / "p", count=2, size=300)
    with serving(root, tmp_path / "serve.log") as (_, port):
        wait_for(lambda: (get(port, "/index.html") or (0,))[0] == 200, what="the first build")
        context = browser.new_context()
        try:
            page = context.new_page()
            blocked = []
            page.on("console", lambda m: blocked.append(m.text)
                    if "Content Security Policy" in m.text else None)
            page.goto(f"http://127.0.0.1:{port}/index.html")
            until(page, "document.readyState === 'complete'", "the page")
            page.evaluate("window.notReloaded = true")
            page.wait_for_timeout(500)  # let the event stream connect and see the current build

            (root / "content" / "articles" / "kanalbruecke.md").write_text(ARTICLE, encoding="utf-8")
            until(page, "window.notReloaded === undefined", "the reload")
            until(page, "document.body.textContent.includes('Kanal')", "the new article")
            page.wait_for_timeout(500)

            (root / "content" / "articles" / "kanalbruecke.md").write_text(
                ARTICLE.replace("lang: de", "lang: xx"), encoding="utf-8")
            page.wait_for_selector("#newsline-dev-error", timeout=120000)
            assert "unknown language 'xx'" in page.inner_text("#newsline-dev-error")
            assert blocked == []
        finally:
            context.close()
