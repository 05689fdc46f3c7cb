from pathlib import Path

import pytest

from newsline.config import load_config, read_config
from newsline.problems import ContentError, Problems
from sitekit import SITE_TOML, make_project


def problems_of(tmp_path: Path, toml: str) -> list[str]:
    make_project(tmp_path, articles={}, site_toml=toml)
    with pytest.raises(ContentError) as caught:
        load_config(tmp_path)
    return [p.format() for p in caught.value.problems.sorted()]


def test_valid_config_loads_every_field(tmp_path):
    make_project(tmp_path, articles={}, site_toml='lanes = "source"\n' + SITE_TOML)
    site = load_config(tmp_path)
    assert site.lanes == "source"
    assert site.title == "Testlinie"
    assert site.base_url == "https://example.org/testlinie/"
    assert site.default_lang == "de"
    assert site.timezone == "Europe/Zurich"
    assert [t.slug for t in site.topics] == ["wahlen", "verkehr"]  # file order
    assert site.topic("wahlen").description == "Abstimmungen und Wahlen"
    assert site.topic("verkehr").description == ""
    assert site.max_article_bytes == 1_000_000
    assert site.articles_dir == tmp_path / "content" / "articles"


def test_lanes_after_a_table_belong_to_the_table(tmp_path):
    # TOML semantics: a key after [topics.verkehr] is that topic's key, and is reported there.
    make_project(tmp_path, articles={}, site_toml=SITE_TOML + 'lanes = "source"\n')
    problems = Problems(tmp_path)
    site = read_config(tmp_path, problems)
    assert site.lanes == "topic"
    assert [p.format() for p in problems.warnings] == [
        "content/site.toml:12: warning: unknown key 'topics.verkehr.lanes'"]


def test_every_problem_is_reported_with_its_line(tmp_path):
    toml = """\
title = ""
base_url = "ftp://example.org"
default_lang = "fr"
timezone = "Mars/Olympus_Mons"
lanes = "outlet"
max_article_bytes = -5
colour = "blue"

[topics.assets]
title = "Reserved"

[topics."with.dot"]
title = "Dotted"

[topics.ok]
description = "no title"
"""
    assert problems_of(tmp_path, toml) == [
        "content/site.toml:1: 'title' must be a non-empty string",
        "content/site.toml:2: base_url must be an http(s) URL, not 'ftp://example.org'",
        "content/site.toml:3: default_lang must be one of de, en, not 'fr'",
        "content/site.toml:4: unknown time zone 'Mars/Olympus_Mons' (use an IANA name)",
        "content/site.toml:5: lanes must be one of topic, source, not 'outlet'",
        "content/site.toml:6: max_article_bytes must be a positive integer",
        "content/site.toml:7: warning: unknown key 'colour'",
        "content/site.toml:9: topic slug 'assets' is reserved for the site's own pages",
        "content/site.toml:12: topic slug 'with.dot' must be lowercase ASCII letters, digits "
        "and single hyphens",
        "content/site.toml:15: topics.ok needs a non-empty string 'title'",
    ]


def test_missing_keys_are_named(tmp_path):
    assert problems_of(tmp_path, 'title = "Nur ein Titel"\n') == [
        "content/site.toml: missing key 'base_url'",
        "content/site.toml: missing key 'default_lang'",
        "content/site.toml: missing key 'timezone'",
    ]


def test_toml_syntax_error_names_its_line(tmp_path):
    found = problems_of(tmp_path, 'title = "x"\nbase_url = \n')
    assert len(found) == 1
    assert found[0].startswith("content/site.toml:2: not valid TOML:")


def test_missing_site_toml(tmp_path):
    (tmp_path / "content").mkdir()
    with pytest.raises(ContentError) as caught:
        load_config(tmp_path)
    assert [p.format() for p in caught.value.problems.errors] == [
        "content/site.toml: missing: the site needs content/site.toml"]


def test_a_broken_config_still_returns_usable_defaults(tmp_path):
    make_project(tmp_path, articles={}, site_toml=SITE_TOML.replace("Europe/Zurich", "Nowhere"))
    problems = Problems(tmp_path)
    site = read_config(tmp_path, problems)
    assert site.timezone == "UTC"
    assert [t.slug for t in site.topics] == ["wahlen", "verkehr"]
    assert len(problems.errors) == 1


def test_feed_and_page_limits_are_positive_integers(tmp_path):
    make_project(tmp_path, articles={}, site_toml="feed_max_items = 20\nevents_per_page = 300\n"
                 + SITE_TOML)
    site = load_config(tmp_path)
    assert (site.feed_max_items, site.events_per_page) == (20, 300)
    defaults = tmp_path / "defaults"
    make_project(defaults, articles={}, site_toml=SITE_TOML)
    assert (load_config(defaults).feed_max_items, load_config(defaults).events_per_page) == \
        (100, 500)
    wrong = tmp_path / "wrong"
    assert problems_of(wrong, 'feed_max_items = 0\nevents_per_page = "many"\n' + SITE_TOML) == [
        "content/site.toml:1: feed_max_items must be a positive integer, not 0",
        "content/site.toml:2: events_per_page must be a positive integer, not \"many\"",
    ]
