"""What the build holds while it renders: the compact forms of the articles, not the read ones."""

import gc

import newsline.build as build_module
from maintkit import project

from newsline.build import build
from newsline.model import Article, ShelvedArticle, TaggedArticle


def test_the_read_articles_are_gone_when_the_pages_are_made(tmp_path, monkeypatch):
    root = project(tmp_path / "p", count=8, size=600)
    seen = {}
    render_into = build_module.render_into

    def counting(emit, site, tagged, events, memo=None, parts=False):
        gc.unfreeze()  # the render stage runs with what lives frozen (gc_frozen): not listed
        gc.collect()
        alive = gc.get_objects()
        gc.freeze()
        seen["plain articles"] = sum(type(one) is Article for one in alive)
        seen["plain tagged"] = sum(type(one) is TaggedArticle for one in alive)
        seen["shelved"] = sum(type(one) is ShelvedArticle for one in alive)
        return render_into(emit, site, tagged, events, memo, parts)

    monkeypatch.setattr(build_module, "render_into", counting)
    result = build(root, executor="inline")
    assert result.articles == 8 and seen["shelved"] == 8
    # every body is held once, compressed: no plain copy of an article (8 of them before)
    assert seen["plain articles"] == 0
    assert seen["plain tagged"] == 0
