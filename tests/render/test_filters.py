"""The page's filter and zoom controls: present for the script, hidden without it, and each list
entry carrying the facets they filter by."""

from __future__ import annotations

import json

import render_sample as sample
from render_html import find, parse

from newsline.render.filters import facets_attr, facets_of, filter_groups, language_name


def test_each_entry_names_its_topics_outlets_and_languages(page):
    html = page("index.html")
    facets = {li.attrs["id"]: json.loads(li.attrs["data-facets"])
              for li in find(html, "li") if li.attrs.get("id", "").startswith("event-")}
    assert facets["event-harb0"] == {"langs": ["en"], "sources": ["River Times"],
                                    "topics": ["bruecke", "hafen"]}
    assert facets["event-brue0"] == {"langs": ["de"], "sources": ["Flussbote"],
                                    "topics": ["bruecke"]}
    assert len(facets) == len(sample.events())


def test_facets_attribute_is_the_json_of_the_facets():
    from dataclasses import replace

    site = sample.site()
    events = sample.events()
    first = events[0]
    odd = replace(first, topics=("hafen", "unbekannt", "bruecke"), sources=[
        replace(first.sources[0], source='Der "Bote" – Süd', lang="de"),
        replace(first.sources[0], source="A\\B <x>", lang="en"),
        replace(first.sources[0], source='Der "Bote" – Süd', lang="de")])
    for event in events + [odd]:
        assert facets_attr(event, site) == json.dumps(
            facets_of(event, site), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert json.loads(facets_attr(odd, site)) == {
        "langs": ["de", "en"], "sources": ["A\\B <x>", 'Der "Bote" – Süd'],
        "topics": ["bruecke", "hafen"]}


def test_controls_are_hidden_until_the_script_runs(page):
    html = page("index.html")
    [controls] = find(html, "div", class_="chart-controls")
    assert "hidden" in controls.attrs
    assert "hidden" in find(html, "p", id="chart-keys")[0].attrs
    selects = {s.attrs["data-facet"]: s for s in find(html, "select")}
    assert sorted(selects) == ["langs", "sources", "topics"]
    options = [(o.attrs["value"], o.text) for o in parse(html).elements if o.tag == "option"]
    assert options[:3] == [("", "Alle Themen"), ("bruecke", "Neue Brücke"), ("hafen", "Hafen")]
    assert ("en", "Englisch") in options and ("River Times", "River Times") in options
    buttons = [(b.attrs.get("data-months"), b.attrs.get("aria-pressed"), b.text)
               for b in find(html, "button") if "data-months" in b.attrs]
    assert buttons == [("1", "false", "1 Monat"), ("6", "false", "6 Monate"),
                       ("12", "false", "1 Jahr"), ("0", "true", "Alles")]
    assert find(html, "output", class_="filter-status")[0].attrs["data-template"] == \
        "{shown} von {total} Ereignissen"


def test_only_filters_with_a_choice_are_offered():
    site = sample.site()
    german = [e for e in sample.events() if e.sources[0].lang == "de"]
    assert [g.facet for g in filter_groups(german, site, "de")] == []
    groups = filter_groups(sample.events(), site, "en")
    assert [(g.facet, g.label, g.all_label) for g in groups] == [
        ("topics", "Topic", "All topics"), ("sources", "Outlet", "All outlets"),
        ("langs", "Language", "All languages")]
    assert groups[2].options == (("de", "German"), ("en", "English"))


def test_language_names_follow_the_page():
    assert language_name("de", "de") == "Deutsch"
    assert language_name("en", "de") == "Englisch"
    assert language_name("xx-invalid!", "en") == "xx-invalid!"
