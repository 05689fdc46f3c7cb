"""The build benchmark's corpus and driver (run tiny; benchmarks measure, tests never time)."""

import json
from datetime import date
import subprocess
import sys

from maintkit import REPO

from bench_corpus import write_corpus
from bench_build import pelican_project
from newsline.timex import tag


def test_the_corpus_is_fixed_by_its_seed_and_dated_like_news(tmp_path):
    one = write_corpus(tmp_path / "one", 12)
    two = write_corpus(tmp_path / "two", 12)
    assert [p.read_bytes() for p in one] == [p.read_bytes() for p in two]
    other = write_corpus(tmp_path / "three", 12, seed=7)
    assert [p.read_bytes() for p in other] != [p.read_bytes() for p in one]
    sizes = [len(p.read_bytes()) for p in one]
    assert all(2800 < size < 4500 for size in sizes)
    langs = {p.read_text().split("lang: ")[1][:2] for p in one}
    assert langs == {"de", "en"}
    text = one[0].read_text().split("---\n", 2)[2]
    lang = one[0].read_text().split("lang: ")[1][:2]
    assert len(tag(text, lang, date(2020, 1, 1))) >= 8


def test_pelican_gets_the_same_articles(tmp_path):
    write_corpus(tmp_path / "p", 4)
    site = pelican_project(tmp_path / "p", tmp_path / "pelican")
    posts = sorted((site / "content").glob("*.md"))
    assert len(posts) == 4
    first = posts[0].read_text()
    assert first.startswith("Title: ") and "\nDate: " in first and "\nCategory: " in first
    assert "pelicanconf.py" in {p.name for p in site.iterdir()}


def test_the_driver_reports_every_run(tmp_path):
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "bench_build.py"), "--sizes", "4",
         "--no-pelican", "--json", "--work", str(tmp_path)],
        capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout[result.stdout.index("{"):])
    runs = figures["4"]
    assert set(runs) == {"cold", "unchanged", "one_change"}
    assert all(run["peak_mb"] > 0 and run["wall"] > 0 for run in runs.values())
    assert "N = 4" in result.stdout


def test_the_page_benchmark_swaps_one_script_or_every_part_of_a_folder(tmp_path):
    from bench_pages import _use_script

    site = tmp_path / "site"
    (site / "assets").mkdir(parents=True)
    for name in ("newsline.js", "newsline-filters.js", "plotly.min.js"):
        (site / "assets" / name).write_text("built " + name)
    one = tmp_path / "old.js"
    one.write_text("old page script")
    _use_script(site, one)
    assert (site / "assets" / "newsline.js").read_text() == "old page script"
    assert (site / "assets" / "newsline-filters.js").read_text() == "built newsline-filters.js"
    folder = tmp_path / "static"
    folder.mkdir()
    (folder / "newsline.js").write_text("old wiring")
    (folder / "newsline-filters.js").write_text("old filters")
    (folder / "newsline.css").write_text("not a script")
    _use_script(site, folder)
    assert (site / "assets" / "newsline.js").read_text() == "old wiring"
    assert (site / "assets" / "newsline-filters.js").read_text() == "old filters"
    assert (site / "assets" / "plotly.min.js").read_text() == "built plotly.min.js"
    assert not (site / "assets" / "newsline.css").exists()
