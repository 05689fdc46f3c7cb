from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from newsline.config import load_config
from newsline.problems import Problems
from newsline.reader import read_articles, slugify
from sitekit import ARTICLE_DE, ARTICLE_EN, front_matter, make_project


def read(tmp_path, articles, drafts=False):
    make_project(tmp_path, articles=articles)
    problems = Problems(tmp_path)
    found = read_articles(load_config(tmp_path), problems, drafts=drafts)
    return found, [p.format() for p in problems.sorted()]


def test_reads_front_matter_and_body(tmp_path):
    articles, problems = read(tmp_path, {"busnetz.md": ARTICLE_DE, "bus-network.md": ARTICLE_EN})
    assert problems == []
    assert [a.slug for a in articles] == ["bus-network", "busnetz"]
    de = articles[1]
    assert de.title == "Gemeinderat stimmt neuem Busnetz zu"
    assert de.lang == "de" and de.source == "Stadtanzeiger"
    assert de.url == "https://example.org/stadtanzeiger/busnetz"
    assert de.topics == ("verkehr",)
    assert de.draft is False and de.summary is None
    # no offset: read in the site's time zone
    assert de.date == datetime(2024, 3, 14, 9, 30, tzinfo=ZoneInfo("Europe/Zurich"))
    assert de.body_line == 9
    assert de.body.startswith("\nDer Gemeinderat hat am Mittwoch")
    file_lines = ARTICLE_DE.split("\n")
    assert file_lines[de.body_line - 1] == de.body.split("\n")[0]
    en = articles[0]
    assert en.date == datetime(2024, 3, 15, tzinfo=ZoneInfo("Europe/Zurich"))  # a bare date
    assert en.topics == ("verkehr", "wahlen")


def test_an_explicit_offset_is_kept(tmp_path):
    text = ARTICLE_DE.replace("2024-03-14T09:30:00", "2024-03-14T09:30:00-04:00")
    [article], _ = read(tmp_path, {"a.md": text})
    assert article.date.utcoffset() == timedelta(hours=-4)
    assert article.date.astimezone(timezone.utc).hour == 13


def test_drafts_are_left_out_unless_asked_for(tmp_path):
    draft = ARTICLE_DE.replace("topics:", "draft: true\ntopics:")
    articles, problems = read(tmp_path, {"entwurf.md": draft, "bus-network.md": ARTICLE_EN})
    assert [a.slug for a in articles] == ["bus-network"]
    assert problems == []
    articles, _ = read(tmp_path / "again", {"entwurf.md": draft}, drafts=True)
    assert [(a.slug, a.draft) for a in articles] == [("entwurf", True)]


def test_slugs_are_normalised_file_stems():
    assert slugify("2024-04-30 Gespräche über Sicherheit") == "2024-04-30-gespraeche-ueber-sicherheit"
    assert slugify("Straße_nach__Kyjiw!") == "strasse-nach-kyjiw"
    assert slugify("Café Noël") == "cafe-noel"
    assert slugify("../../etc") == "etc"
    assert slugify("…") == ""


def test_unknown_keys_warn_with_their_line(tmp_path):
    text = ARTICLE_EN.replace("topics:", "author: Someone\ntopics:")
    articles, problems = read(tmp_path, {"a.md": text})
    assert len(articles) == 1
    assert problems == ["content/articles/a.md:6: warning: unknown key 'author' (known: title, "
                        "date, lang, source, url, topics, summary, draft)"]


def test_windows_line_endings_and_bom(tmp_path):
    text = "\ufeff" + ARTICLE_EN.replace("\n", "\r\n")
    [article], problems = read(tmp_path, {"a.md": text})
    assert problems == []
    assert "\r" not in article.body
    assert article.title == "Council backs new bus network"


def test_every_field_problem_of_one_file_is_reported(tmp_path):
    text = front_matter(date="2024-02-30", lang="fr", source="''", url="ftp://example.org/x",
                        topics="[verkehr, sport]", draft="maybe") + "Text.\n"
    articles, problems = read(tmp_path, {"kaputt.md": text})
    assert articles == []
    assert problems == [
        "content/articles/kaputt.md:1: missing 'title' in the front matter",
        "content/articles/kaputt.md:2: date '2024-02-30' does not parse: use ISO 8601, "
        "e.g. 2024-04-30 or 2024-04-30T14:57+02:00",
        "content/articles/kaputt.md:3: unknown language 'fr': lang must be one of de, en",
        "content/articles/kaputt.md:4: 'source' must be a non-empty text",
        "content/articles/kaputt.md:5: url must be an http(s) address, not 'ftp://example.org/x'",
        "content/articles/kaputt.md:6: unknown topic 'sport': defined are verkehr, wahlen "
        "(content/site.toml)",
        "content/articles/kaputt.md:7: draft must be true or false",
    ]


def test_a_key_given_twice(tmp_path):
    text = ARTICLE_EN.replace("lang: en", "lang: en\nlang: de")
    _, problems = read(tmp_path, {"a.md": text})
    assert problems == ["content/articles/a.md:5: key 'lang' is given twice (first on line 4)"]


def test_front_matter_that_never_closes(tmp_path):
    _, problems = read(tmp_path, {"a.md": "---\ntitle: Offen\n\nText ohne Ende.\n"})
    assert problems == ["content/articles/a.md:1: the front matter opened on line 1 is never "
                        "closed by a '---' line"]


def test_too_large_files_are_refused(tmp_path):
    toml_extra = "max_article_bytes = 100\n"
    make_project(tmp_path, articles={"a.md": ARTICLE_DE})
    site_toml = tmp_path / "content" / "site.toml"
    site_toml.write_text(toml_extra + site_toml.read_text())
    problems = Problems(tmp_path)
    assert read_articles(load_config(tmp_path), problems) == []
    assert [p.format() for p in problems.errors] == [
        f"content/articles/a.md: file is {len(ARTICLE_DE.encode())} bytes, more than "
        "max_article_bytes (100)"]


def test_other_files_are_ignored(tmp_path):
    articles, problems = read(tmp_path, {"a.md": ARTICLE_EN, "notes.txt": "x", ".hidden.md": "x"})
    assert [a.slug for a in articles] == ["a"] and problems == []


def test_yaml_style_timestamps_with_a_spaced_offset(tmp_path):
    text = ARTICLE_DE.replace("2024-03-14T09:30:00", "2024-03-14 09:30:00 +01:00")
    [article], problems = read(tmp_path, {"a.md": text})
    assert problems == [] and article.date.utcoffset() == timedelta(hours=1)


def test_the_article_files_are_listed_without_a_stat_each(tmp_path, monkeypatch):
    """The listing's entries know their type: a rebuild of 1,000 articles asks the system
    once for the folder, not once more per file; folders, hidden and other files stay out,
    a symlink stays in (the reader refuses one that leads outside content/ by its name)."""
    import os
    from pathlib import Path

    from newsline.reader import article_files

    make_project(tmp_path, articles={"b.md": ARTICLE_EN, "a.md": ARTICLE_DE, "notes.txt": "x",
                                     ".hidden.md": "x"})
    folder = tmp_path / "content" / "articles"
    (folder / "dir.md").mkdir()
    os.symlink(tmp_path / "elsewhere.md", folder / "link.md")
    site = load_config(tmp_path)
    asked = []
    for name in ("is_file", "is_symlink", "stat", "lstat"):
        original = getattr(Path, name)
        monkeypatch.setattr(Path, name, lambda self, *a, _o=original, _n=name, **k: (
            asked.append((_n, self.name)), _o(self, *a, **k))[1])
    found = article_files(site)
    assert [p.name for p in found] == ["a.md", "b.md", "link.md"]
    assert [p for p in found if p.parent != folder] == []
    assert [a for a in asked if a[1] != "articles"] == []
