"""Each kind of bad content: named with file and line, exit 1, previous build/ left byte for byte."""

import pytest

from sitekit import ARTICLE_DE, ARTICLE_EN, SITE_TOML, make_project, run_cli, tree_hash

CASES = {
    "malformed front matter": (
        {"kaputt.md": ARTICLE_DE.replace("title: Gemeinderat", "title: [Gemeinderat")},
        ["content/articles/kaputt.md:3: malformed front matter:"],
    ),
    "missing title": (
        {"ohne-titel.md": ARTICLE_DE.replace("title: Gemeinderat stimmt neuem Busnetz zu\n", "")},
        ["content/articles/ohne-titel.md:1: missing 'title' in the front matter"],
    ),
    "missing date": (
        {"ohne-datum.md": ARTICLE_DE.replace("date: 2024-03-14T09:30:00\n", "")},
        ["content/articles/ohne-datum.md:1: missing 'date' in the front matter"],
    ),
    "unknown language": (
        {"sprache.md": ARTICLE_DE.replace("lang: de", "lang: fr")},
        ["content/articles/sprache.md:4: unknown language 'fr'"],
    ),
    "date that does not parse": (
        {"datum.md": ARTICLE_DE.replace("2024-03-14T09:30:00", "14. März 2024")},
        ["content/articles/datum.md:3: date '14. März 2024' does not parse"],
    ),
    "not UTF-8": (
        {"latin1.md": ARTICLE_DE.replace("neuen Busnetz", "neuen Busnetz (Linien für alle)")
         .encode("latin-1")},
        ["content/articles/latin1.md:10: not UTF-8 text (byte 0xfc"],
    ),
    "same slug twice": (
        {"busnetz.md": ARTICLE_DE, "Busnetz.md": ARTICLE_DE},
        ["content/articles/Busnetz.md:1: slug 'busnetz' is also the slug of "
         "content/articles/busnetz.md",
         "content/articles/busnetz.md:1: slug 'busnetz' is also the slug of "
         "content/articles/Busnetz.md"],
    ),
    "unknown topic": (
        {"thema.md": ARTICLE_EN.replace("  - wahlen", "  - sport")},
        ["content/articles/thema.md:8: unknown topic 'sport'"],
    ),
    "bad site.toml": (
        {"site.toml": SITE_TOML.replace('default_lang = "de"', 'default_lang = "it"')},
        ["content/site.toml:3: default_lang must be one of de, en, not 'it'"],
    ),
    "site.toml that is not TOML": (
        {"site.toml": SITE_TOML.replace('title = "Verkehr"', 'title = Verkehr')},
        ["content/site.toml:11: not valid TOML:"],
    ),
}


def previous_build(project):
    build = project / "build"
    (build / "articles" / "alt").mkdir(parents=True)
    (build / "index.html").write_bytes(b"<!doctype html><title>old site</title>\n")
    (build / "articles" / "alt" / "index.html").write_bytes(b"old article \xe2\x80\x94 kept\n")
    return build


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_is_reported_and_build_is_untouched(tmp_path, case):
    files, expected = CASES[case]
    project = make_project(tmp_path / "project", articles={})
    for name, data in files.items():
        folder = project / "content" if name == "site.toml" else project / "content" / "articles"
        (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode())
    if "site.toml" in files:  # a broken config must not hide the articles' own problems
        (project / "content" / "articles" / "ok.md").write_text(ARTICLE_EN, encoding="utf-8")
    build = previous_build(project)
    before = tree_hash(build)

    result = run_cli("build", "--root", str(project))

    assert result.returncode == 1, result.stderr
    lines = result.stderr.splitlines()
    for wanted in expected:
        assert any(line.startswith(wanted) for line in lines), (wanted, result.stderr)
    assert "Traceback" not in result.stderr
    assert tree_hash(build) == before
    assert sorted(p.name for p in project.iterdir() if p.name != ".cache") == ["build", "content", "theme"]


def test_every_problem_of_the_run_is_reported_at_once(tmp_path):
    project = make_project(tmp_path, articles={
        "a.md": ARTICLE_DE.replace("lang: de", "lang: it"),
        "b.md": ARTICLE_EN.replace("2024-03-15", "gestern"),
        "c.md": "kein front matter\n",
    })
    (project / "content" / "site.toml").write_text(SITE_TOML.replace("Europe/Zurich", "Bern"))
    result = run_cli("build", "--root", str(project))
    assert result.returncode == 1
    problems = [line for line in result.stderr.splitlines() if line.startswith("content/")]
    assert problems == [
        "content/articles/a.md:4: unknown language 'it': lang must be one of de, en",
        "content/articles/b.md:3: date 'gestern' does not parse: use ISO 8601, e.g. 2024-04-30 "
        "or 2024-04-30T14:57+02:00",
        "content/articles/c.md:1: no front matter: the file must start with a '---' line",
        "content/site.toml:4: unknown time zone 'Bern' (use an IANA name)",
    ]
    assert "4 error(s)" in result.stderr
    assert not (project / "build").exists()
