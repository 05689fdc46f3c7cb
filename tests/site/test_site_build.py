"""Whole builds through the CLI: output layout, determinism, drafts, --out."""

import json

from sitekit import ARTICLE_DE, REPO, make_project, run_cli, tree_bytes


def test_a_build_writes_the_agreed_layout(tmp_path):
    project = make_project(tmp_path)
    result = run_cli("build", "--root", str(project))
    assert result.returncode == 0, result.stderr
    build = project / "build"
    assert result.stdout.strip() == str((build / "index.html").resolve())
    files = tree_bytes(build)
    for name in ("index.html", "events.json", "assets/plotly.min.js", "assets/newsline.js",
                 "assets/newsline-filters.js", "assets/newsline-gestures.js",
                 "assets/newsline-overview.js", "assets/newsline.css", "verkehr/index.html",
                 "wahlen/index.html", "articles/busnetz/index.html",
                 "articles/bus-network/index.html"):
        assert name in files, name
    events = json.loads(files["events.json"])["events"]
    juni = [e for e in events if e["start"] == "2024-06-01"]
    assert {(s["article"], s["expression"]) for e in juni for s in e["sources"]} == {
        ("busnetz", "1. Juni 2024"), ("bus-network", "June 1, 2024")}
    assert all(e["planned"] for e in juni)
    for event in events:
        for source in event["sources"]:
            page = files[f"articles/{source['article']}/index.html"].decode()
            assert f'id="x-{source["span"][0]}"' in page
    assert sorted(p.name for p in project.iterdir()) == [".cache", "build", "content", "theme"]


def test_two_builds_of_the_sample_content_are_byte_identical(tmp_path):
    first = run_cli("build", "--root", str(REPO), "--out", str(tmp_path / "one"))
    second = run_cli("build", "--root", str(REPO), "--out", str(tmp_path / "two"))
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    one, two = tree_bytes(tmp_path / "one"), tree_bytes(tmp_path / "two")
    assert sorted(one) == sorted(two)
    assert [name for name in sorted(one) if one[name] != two[name]] == []
    assert len(json.loads(one["events.json"])["events"]) > 10


def test_drafts_only_with_the_flag(tmp_path):
    project = make_project(tmp_path, articles={
        "busnetz.md": ARTICLE_DE,
        "entwurf.md": ARTICLE_DE.replace("topics:", "draft: true\ntopics:"),
    })
    assert run_cli("build", "--root", str(project)).returncode == 0
    assert not (project / "build" / "articles" / "entwurf").exists()
    assert run_cli("build", "--drafts", "--root", str(project)).returncode == 0
    assert (project / "build" / "articles" / "entwurf" / "index.html").is_file()


def test_a_clean_build_passes_check(tmp_path):
    project = make_project(tmp_path)
    assert run_cli("build", "--root", str(project)).returncode == 0
    result = run_cli("check", "--strict", "--root", str(project))
    assert result.returncode == 0, result.stderr
