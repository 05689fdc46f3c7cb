"""Shelved articles (model.TaggedArticle.shelved): what the render stage may hold of every
article instead of its body and expressions as objects. They must read, compare, pickle and
render as the article they stand for, and take less memory."""

from __future__ import annotations

import pickle
import tracemalloc
from dataclasses import replace

import pytest
import render_sample as sample

from newsline.cache import digest
from newsline.incremental import tagged_key
from newsline.model import Article, ShelvedArticle, TaggedArticle
from newsline.render import render_site


@pytest.fixture(scope="module")
def tagged():
    return sample.articles()


def test_a_shelved_article_reads_as_the_article(tagged):
    for plain in tagged:
        shelved = plain.shelved()
        assert isinstance(shelved, TaggedArticle) and isinstance(shelved.article, Article)
        assert shelved.article.body == plain.article.body
        assert shelved.timexes == plain.timexes
        for name in ("path", "slug", "title", "date", "lang", "source", "url", "topics",
                     "summary", "body_line", "draft"):
            assert getattr(shelved.article, name) == getattr(plain.article, name)
        assert shelved.shelved() is shelved


def test_a_shelved_article_compares_hashes_and_shows_as_the_article(tagged):
    plain = tagged[0]
    shelved = plain.shelved()
    assert shelved == plain and plain == shelved
    assert shelved.article == plain.article and plain.article == shelved.article
    assert hash(shelved) == hash(plain) and hash(shelved.article) == hash(plain.article)
    assert repr(shelved) == repr(plain)
    other = replace(plain.article, title="Ein anderer Titel")
    assert shelved.article != other and shelved != TaggedArticle(other, plain.timexes)


def test_a_shelved_article_is_pickled_as_the_plain_one(tagged):
    """A worker or a cache gets the plain records back (and the same digests)."""
    for plain in tagged:
        back = pickle.loads(pickle.dumps(plain.shelved()))
        assert type(back) is TaggedArticle and type(back.article) is Article
        assert back == plain and pickle.dumps(back) == pickle.dumps(plain)
        assert digest(back) == digest(plain)
        assert tagged_key(plain.shelved()) == tagged_key(plain)


def test_a_shelved_article_cannot_be_changed(tagged):
    shelved = tagged[0].shelved()
    with pytest.raises(AttributeError):
        shelved.article.body = "anders"
    with pytest.raises(AttributeError):
        shelved.timexes = ()


def test_the_site_renders_the_same_from_shelved_articles(tagged):
    site = sample.site()
    events = sample.events(tagged)
    assert render_site(site, [t.shelved() for t in tagged], events) == \
        render_site(site, tagged, events)


def test_shelved_articles_take_a_fraction_of_the_memory():
    """Many expressions over a long body with typographic quotes (two bytes a character as a
    str): shelved, the article holds a few compressed bytes instead."""
    base = sample.articles()[0]
    body = base.article.body * 40 + "„Zitat“ – Ende."
    timexes = tuple(replace(t, start=t.start + n * len(base.article.body),
                            end=t.end + n * len(base.article.body))
                    for n in range(40) for t in base.timexes)

    def held(make) -> int:
        tracemalloc.start()
        try:
            before = tracemalloc.get_traced_memory()[0]
            kept = [make() for _ in range(50)]
            size = tracemalloc.get_traced_memory()[0] - before
        finally:
            tracemalloc.stop()
        assert len(kept) == 50
        return size

    def plain() -> TaggedArticle:  # each a fresh copy, as articles loaded from a cache are
        return pickle.loads(pickle.dumps(TaggedArticle(replace(base.article, body=body),
                                                       timexes)))

    assert held(plain) > 4 * held(lambda: plain().shelved())
    assert type(plain().shelved().article) is ShelvedArticle


def test_site_events_shelves_the_articles_in_place(tagged, tmp_path):
    """Once the events are made the build holds every article shelved: the same list (the
    pages' memo and the renderer take it from the caller), the same events as before."""
    from newsline.build import site_events
    from newsline.problems import Problems

    plain = list(tagged)
    held = list(plain)
    released = []
    events = site_events(tmp_path, held, Problems(tmp_path), release=lambda: released.append(1))
    assert released == [1]
    assert all(type(t.article) is ShelvedArticle for t in held) and held == plain
    assert events == site_events(tmp_path, list(plain), Problems(tmp_path))
    assert all(type(t.article) is Article for t in plain)  # the caller's other lists untouched
