"""The rendered site: paths, lists, links, head tags, escaping, sanitising, determinism."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import render_sample as sample
from render_html import find, parse, script_block

from newsline.model import Event, Mention, TaggedArticle
from newsline.render import render_site
from newsline.render.chart import script_safe_json
from newsline.timex.model import Interval, Timex

PAGES = ["index.html", "bruecke/index.html", "hafen/index.html",
         "articles/brueckenbeschluss/index.html", "articles/harbour/index.html"]
PAGE_SCRIPTS = ["newsline-filters.js", "newsline-gestures.js", "newsline-overview.js",
                "newsline.js"]  # after plotly.min.js, newsline.js last
ASSETS = ["assets/newsline.css", "assets/plotly.min.js"] + ["assets/" + s for s in PAGE_SCRIPTS]


def test_every_agreed_path_is_rendered(rendered):
    for path in PAGES + ASSETS:
        assert path in rendered, path
    assert "events.json" not in rendered  # the pipeline's export writes it
    assert all("\\" not in p and not p.startswith("/") for p in rendered)


def test_plotly_is_the_basic_bundle_and_referred_to_relatively(rendered, page):
    # the repository's node_modules holds the npm basic bundle (`make assets`)
    assert rendered["assets/plotly.min.js"].startswith(b"/**\n* plotly.js (basic - minified) v")
    assert 1_000_000 < len(rendered["assets/plotly.min.js"]) < 2_000_000
    expected = {"index.html": "assets/plotly.min.js", "bruecke/index.html": "../assets/plotly.min.js",
                "articles/harbour/index.html": "../../assets/plotly.min.js"}
    for path, src in expected.items():
        scripts = [s.attrs["src"] for s in find(page(path), "script") if "src" in s.attrs]
        assert scripts == [src] + [src.replace("plotly.min.js", s) for s in PAGE_SCRIPTS]


def test_no_inline_script_and_a_csp_forbidding_it(page):
    for path in PAGES:
        html = page(path)
        for script in find(html, "script"):
            assert "src" in script.attrs or script.attrs.get("type") == "application/json"
        csp = find(html, "meta", http_equiv="Content-Security-Policy")
        assert len(csp) == 1
        policy = csp[0].attrs["content"]
        assert "script-src 'self';" in policy and "unsafe-eval" not in policy
        assert "http:" not in policy and "https:" not in policy


def test_languages_titles_and_open_graph(page):
    assert find(page("index.html"), "html")[0].attrs["lang"] == "de"
    assert find(page("articles/harbour/index.html"), "html")[0].attrs["lang"] == "en"
    assert find(page("articles/brueckenbeschluss/index.html"), "html")[0].attrs["lang"] == "de"
    topic = page("bruecke/index.html")
    assert find(topic, "title")[0].text == "Neue Brücke – Stadt am Fluss"
    assert find(topic, "link", rel="canonical")[0].attrs["href"] == \
        "https://example.org/newsline/bruecke/"
    og = {m.attrs["property"]: m.attrs["content"] for m in find(topic, "meta") if "property" in m.attrs}
    assert og["og:url"] == "https://example.org/newsline/bruecke/"
    assert og["og:title"] == "Neue Brücke – Stadt am Fluss"
    assert og["og:description"] == "Wie die Stadt zu ihrer Brücke kommt."
    assert og["og:locale"] == "de_DE"
    assert find(page("articles/harbour/index.html"), "meta", property="og:type")[0].attrs["content"] \
        == "article"


def test_all_links_are_relative_and_resolve(rendered, page):
    for path in PAGES:
        html = page(path)
        for el in parse(html).elements:
            target = el.attrs.get("href") or (el.attrs.get("src") if el.tag == "script" else None)
            if target is None or el.tag == "link" and el.attrs.get("rel") == "canonical":
                continue
            if target.startswith(("https://", "#")):
                continue
            assert not target.startswith("/"), (path, target)
            file = target.split("#")[0]
            resolved = os.path.normpath(os.path.join(os.path.dirname(path), file))
            assert resolved in rendered, (path, target)


def test_topic_list_items_have_ids_times_and_sources(page):
    html = page("bruecke/index.html")
    items = [li for li in parse(html).elements if li.tag == "li" and li.attrs.get("id", "").startswith("event-")]
    topic_events = [e for e in sample.events() if "bruecke" in e.topics]
    assert [li.attrs["id"] for li in items] == [f"event-{e.id}" for e in topic_events]
    times = {t.attrs["datetime"]: t.text for t in find(html, "time")}
    assert times["2024-W17"] == "KW 17: 22.–28. April 2024"
    assert times["2023-09"] == "September 2023"
    assert times["2024-04-30"] == "30. April 2024"
    assert times["2023-03-01"] == "seit dem Frühjahr 2023"
    assert times["2025"] == "2025"
    links = [a.attrs["href"] for a in find(html, "a")]
    assert "../articles/brueckenbeschluss/index.html#x-143" in links
    assert "https://example.org/flussbote/bruecke" in links
    assert ('<div class="event-text" lang="de">Noch <mark>in der KW 17</mark> wurde gestritten.'
            '</div>') in html
    assert '<div class="event-text" lang="en">Ships have waited <mark>since spring' in html


def test_merged_events_with_disagreeing_sources_say_so(site):
    events = sample.events()
    events[1].date_note = "Sources disagree on the date: 2023-09 (Flussbote); 2023-10 (Other)"
    html = render_site(site, sample.articles(), events)["bruecke/index.html"].decode()
    [badge] = find(html, "span", class_="badge badge-note")
    assert badge.text == "Quellen nennen verschiedene Daten"
    assert badge.attrs["title"] == events[1].date_note


def test_chart_text_describes_the_chart_and_its_as_of_line(page):
    html = page("bruecke/index.html")
    assert find(html, "div", id="chart")[0].attrs["aria-label"] == "Zeitleiste: Neue Brücke"
    assert find(html, "div", id="chart")[0].attrs["aria-describedby"] == \
        "chart-description chart-keys"
    assert find(html, "p", id="chart-keys")[0].text.startswith("Tastatur: Pfeiltasten")
    assert find(html, "p", id="chart-description")[0].text == (
        "Die Zeitleiste zeigt 7 Ereignisse von 1. März 2023 bis 31. Dezember 2025. "
        "Dieselben Ereignisse stehen als Liste unter der Grafik.")
    assert "Stand der Berichte (2. Mai 2024)" in find(html, "p", class_="chart-key")[0].text
    past_only = [e for e in sample.events() if not e.planned]
    html = render_site(sample.site(), sample.articles(), past_only)["bruecke/index.html"].decode()
    assert "Stand der Berichte" not in html


def test_hafen_page_lists_only_its_events(page):
    html = page("hafen/index.html")
    ids = [li.attrs["id"] for li in find(html, "li") if li.attrs.get("id", "").startswith("event-")]
    assert ids == ["event-harb2", "event-harb0", "event-harb1"]


def test_article_page_marks_each_expression_with_its_value(page):
    html = page("articles/brueckenbeschluss/index.html")
    marks = [m for m in find(html, "mark") if m.attrs.get("class") == "timex"]
    body = sample.DE_BODY
    assert [(m.attrs["id"], m.text) for m in marks] == [
        (f"x-{body.index(t)}", t) for t in ("am 30. April 2024", "im September 2023", "in der KW 17", "2025")]
    week = marks[2]
    assert week.attrs["data-value"] == "2024-W17"
    assert "KW 17: 22.–28. April 2024" in week.attrs["title"]
    assert "bezogen auf 30. April 2024" in week.attrs["title"]
    assert "<em>im Rathaus</em>" in html  # the Markdown is rendered
    assert find(html, "a", href="../../bruecke/index.html")  # back to the topic page
    english = page("articles/harbour/index.html")
    approx = find(english, "mark", id=f"x-{sample.EN_BODY.index('around mid-June')}")[0]
    assert "between 10 and 20 June 2024 (approximate)" in approx.attrs["title"]
    assert "resolved against 2 May 2024" in approx.attrs["title"]


def _hostile_site():
    site = sample.site()
    [de, en] = sample.articles()
    evil = "</script><script>alert(1)</script>"
    body = ("Am 1. Mai 2024 geschah es. <script>alert('body')</script>"
            '<p onclick="steal()">Klick</p> <a href="javascript:alert(2)">Link</a> '
            "<iframe src=\"https://evil.example\"></iframe>\n")
    article = replace(
        de.article, slug="boese", title=f'Titel {evil} "quoted" & more', source=f"Blatt {evil}",
        url="javascript:alert(3)", summary=f"Kurz {evil}", body=body,
    )
    start = body.index("1. Mai 2024")
    tx = Timex(start, start + 11, "1. Mai 2024", "DATE", "2024-05-01", None,
               Interval(date(2024, 5, 1), date(2024, 5, 1), "day"))
    tagged = TaggedArticle(article, (tx,))
    text = f"Am 1. Mai 2024 {evil} \u2028 & <!-- <img src=x onerror=alert(4)>"
    mention = Mention("boese", article.title, article.url, article.source, "de", article.date,
                      "1. Mai 2024", "2024-05-01", (start, start + 11), (0, len(text)))
    event = Event("evil1", date(2024, 5, 1), date(2024, 5, 1), "day", False, text, ("bruecke",),
                  [mention])
    return site, [tagged, en], [event]


def test_hostile_strings_are_escaped_everywhere():
    site, articles, events = _hostile_site()
    out = render_site(site, articles, events)
    for path in ["index.html", "bruecke/index.html", "articles/boese/index.html"]:
        html = out[path].decode()
        reader = parse(html)
        scripts = [e for e in reader.elements if e.tag == "script"]
        assert all("src" in s.attrs or s.attrs.get("type") == "application/json" for s in scripts)
        for el in reader.elements:
            assert not any(k.startswith("on") for k in el.attrs), (path, el)
            assert not str(el.attrs.get("href", "")).startswith("javascript"), (path, el)
            assert el.tag not in ("iframe", "img")
        assert "javascript:" not in html
        block = script_block(html)
        assert "<" not in block and ">" not in block and "&" not in block
        assert "\u2028" not in block and "\u2029" not in block
        [trace] = [t for t in json.loads(block)["figure"]["data"] if t["meta"] == ["event"]]
        label, hover, source, event_id = trace["customdata"][0]
        # Plotly draws hover text as HTML: tags in the words must arrive as entities.
        assert source == "Blatt &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"
        assert "<" not in hover.replace("<br>", "")
    article_html = out["articles/boese/index.html"].decode()
    title = find(article_html, "h1")[0]
    assert title.text == 'Titel </script><script>alert(1)</script> "quoted" & more'
    assert "Titel &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in article_html
    assert find(article_html, "dd")[0].text == "Blatt </script><script>alert(1)</script>"
    assert "<p>Klick</p>" in article_html and "steal" not in article_html


def test_chart_json_survives_script_breaking_text():
    site, articles, events = _hostile_site()
    events[0].text = "Ende </script> und \u2028 Zeile & <b>fett</b> 1. Mai 2024"
    events[0].sources[0] = replace(events[0].sources[0], sentence_span=(0, len(events[0].text)))
    html = render_site(site, articles, events)["bruecke/index.html"].decode()
    payload = json.loads(script_block(html))
    [trace] = [t for t in payload["figure"]["data"] if t["meta"] == ["event"]]
    label, hover, source, event_id = trace["customdata"][0]
    assert event_id == "evil1"
    # Raw HTML in a sentence is dropped as on the article page; the rest is plain, escaped text.
    assert hover.replace("<br>", " ") == "Ende und Zeile &amp; fett 1. Mai 2024"
    assert source == "Blatt &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"
    assert label == "1. Mai 2024"


def test_script_safe_json_cannot_close_the_block():
    text = "a </script><!-- \u2028 \u2029 & <b> '\"'"
    encoded = script_safe_json(json.dumps({"t": text}, ensure_ascii=False))
    assert not any(c in encoded for c in "<>&\u2028\u2029")
    assert json.loads(encoded) == {"t": text}


def test_markdown_html_is_sanitised():
    site, articles, events = _hostile_site()
    html = render_site(site, articles, events)["articles/boese/index.html"].decode()
    body = html[html.index('<div class="article-body">'): html.index("</article>")]
    assert "<script" not in body and "alert('body')" not in body
    assert "onclick" not in body and "iframe" not in body
    assert '<a rel="noopener noreferrer">Link</a>' in body
    assert parse(body).unbalanced == []


def test_expression_across_markdown_syntax_keeps_tags_nested():
    site = sample.site()
    [de, en] = sample.articles()
    body = "Am **30. April** 2024 fiel die Entscheidung.\n"
    start = body.index("30.")
    end = body.index("2024") + 4
    tx = Timex(start, end, body[start:end], "DATE", "2024-04-30", None,
               Interval(date(2024, 4, 30), date(2024, 4, 30), "day"))
    article = replace(de.article, body=body)
    html = render_site(site, [TaggedArticle(article, (tx,)), en], [])["articles/brueckenbeschluss/index.html"].decode()
    body_html = html[html.index('<div class="article-body">'): html.index("</article>")]
    assert parse(body_html).unbalanced == []
    assert f'id="x-{start}"' in body_html
    assert "\U000f0000" not in html and "\U00100000" not in html


def test_rendering_is_deterministic_within_a_process(site):
    first = render_site(site, sample.articles(), sample.events())
    second = render_site(site, sample.articles(), sample.events())
    assert first == second
    assert list(first) == sorted(first)


def test_rendering_is_deterministic_across_hash_seeds():
    code = (
        "import hashlib, sys; sys.path.insert(0, %r); import render_sample as sample;"
        "from newsline.render import render_site;"
        "out = render_site(sample.site(), sample.articles(), sample.events());"
        "print(hashlib.sha256(b''.join(p.encode() + b'\\0' + b + b'\\0' for p, b in out.items()))"
        ".hexdigest())" % str(Path(__file__).parent)
    )
    digests = set()
    for seed in ("1", "2", "3"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        digests.add(subprocess.run([sys.executable, "-c", code], env=env, check=True,
                                   capture_output=True, text=True).stdout.strip())
    assert len(digests) == 1
    assert len(next(iter(digests))) == 64


def test_topic_without_events_has_no_chart(site):
    html = render_site(site, sample.articles(), [])["hafen/index.html"].decode()
    assert 'id="chart-data"' not in html and "plotly.min.js" not in html
    assert "Zu diesem Thema sind noch keine datierten Ereignisse bekannt." in html


def test_a_sites_own_theme_overrides_templates_and_assets_and_falls_back(tmp_path):
    bare = render_site(sample.site(root=tmp_path), sample.articles(), sample.events())
    assert bare == render_site(sample.site(), sample.articles(), sample.events())
    templates = tmp_path / "theme" / "templates"
    templates.mkdir(parents=True)
    (templates / "topic.html").write_text(
        '{% extends "base.html" %}{% block main %}<p class="own">{{ topic.title }}</p>'
        "{% endblock %}", "utf-8")
    static = tmp_path / "theme" / "static"
    static.mkdir()
    (static / "newsline.css").write_text("body { color: teal; }", "utf-8")
    own = render_site(sample.site(root=tmp_path), sample.articles(), sample.events())
    assert '<p class="own">Hafen</p>' in own["hafen/index.html"].decode()
    assert own["assets/newsline.css"] == b"body { color: teal; }"
    assert own["index.html"] == bare["index.html"]  # templates it does not override still apply


@pytest.mark.parametrize("module", ["newsline.exports", "newsline.exports.atom",
                                    "newsline.exports.timelinejs", "newsline.render",
                                    "newsline.build"])
def test_each_module_imports_first_in_a_fresh_interpreter(module):
    # a circular import shows only when the module is the first of the package to load
    run = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True,
                         text=True)
    assert run.returncode == 0, run.stderr
