"""Compiled templates kept between builds (make_env's bytecode_dir): the same pages, a changed
template compiled anew, and a folder of its own per Jinja2 version and options."""

from __future__ import annotations

import shutil
from pathlib import Path

import jinja2
import render_sample as sample

from newsline.build import build

from newsline.render import pages
from newsline.render.pages import bytecode_folder, make_env, render_topic

REPO = Path(__file__).resolve().parents[2]


def _topic_page(site, bytecode_dir=None) -> str:
    tagged = sample.articles()
    env = make_env(site, bytecode_dir)
    return render_topic(env, site, site.topics[0], sample.events(tagged), tagged)


def test_pages_rendered_from_kept_bytecode_are_the_same(tmp_path, monkeypatch):
    site = sample.site()
    plain = _topic_page(site)
    kept = tmp_path / "cache"
    assert _topic_page(site, kept) == plain  # compiled, and written
    written = sorted(p.name for p in bytecode_folder(kept).iterdir())
    assert written and all(name.endswith(".cache") for name in written)
    pages._env_for.cache_clear()  # as a new process: the templates come from the folder

    def compile_again(*args, **kwargs):
        raise AssertionError("a kept template was compiled again")

    monkeypatch.setattr(jinja2.Environment, "compile", compile_again)
    assert _topic_page(site, kept) == plain
    assert sorted(p.name for p in bytecode_folder(kept).iterdir()) == written


def test_an_edited_template_is_compiled_again(tmp_path):
    site = sample.site(root=tmp_path)
    folder = tmp_path / "theme" / "templates"
    folder.mkdir(parents=True)
    probe = folder / "probe.html"
    probe.write_text("first {{ word }}\n")
    kept = tmp_path / "cache"
    assert make_env(site, kept).get_template("probe.html").render(word="text") == "first text\n"
    pages._env_for.cache_clear()
    probe.write_text("second {{ word | upper }}\n")
    assert make_env(site, kept).get_template("probe.html").render(word="text") == "second TEXT\n"


def test_the_folder_names_the_compiler(tmp_path, monkeypatch):
    here = bytecode_folder(tmp_path)
    assert here.parent == tmp_path and here.name.startswith("jinja-")
    assert bytecode_folder(tmp_path) == here  # the same for every build
    monkeypatch.setattr(pages.jinja2, "__version__", "0.0-other")
    assert bytecode_folder(tmp_path) != here
    monkeypatch.undo()
    monkeypatch.setitem(pages._OPTIONS, "trim_blocks", False)
    assert bytecode_folder(tmp_path) != here


def test_without_a_folder_nothing_is_written(tmp_path):
    site = sample.site(root=tmp_path)
    make_env(site).get_template("_macros.html")
    assert list(tmp_path.iterdir()) == []


def test_a_damaged_entry_is_compiled_again(tmp_path):
    site = sample.site()
    plain = _topic_page(site)
    kept = tmp_path / "cache"
    _topic_page(site, kept)
    entries = sorted(bytecode_folder(kept).iterdir())
    for entry in entries:  # a flipped bit in the code, and one cut short
        data = bytearray(entry.read_bytes())
        data[len(data) // 2] ^= 1
        entry.write_bytes(bytes(data) if entry != entries[0] else bytes(data[:40]))
    pages._env_for.cache_clear()
    compiled = []
    original = jinja2.Environment.compile

    def counted(self, *args, **kwargs):
        compiled.append(args[1] if len(args) > 1 else kwargs.get("name"))
        return original(self, *args, **kwargs)

    jinja2.Environment.compile = counted
    try:
        assert _topic_page(site, kept) == plain
    finally:
        jinja2.Environment.compile = original
    assert compiled  # every damaged template was compiled from its source again
    pages._env_for.cache_clear()
    assert _topic_page(site, kept) == plain  # and written whole again


def test_a_build_keeps_them_in_its_cache_and_none_without(tmp_path):
    kept_site, plain_site = tmp_path / "kept", tmp_path / "plain"
    for project in (kept_site, plain_site):
        shutil.copytree(REPO / "content", project / "content")
    build(kept_site, executor="inline")
    folders = list((kept_site / ".cache" / "templates").iterdir())
    assert [f.name[:6] for f in folders] == ["jinja-"] and any(folders[0].iterdir())
    build(plain_site, executor="inline", use_cache=False)
    assert not (plain_site / ".cache").exists()
    assert (kept_site / "build" / "index.html").read_bytes() == \
        (plain_site / "build" / "index.html").read_bytes()
