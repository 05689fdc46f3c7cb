"""Rebuilds: nothing to do when nothing changed, only affected pages rendered after an edit,
unchanged files hard-linked from the previous build, and always the bytes of a cold build."""

import json
import os

from maintkit import articles, project, tree

from newsline.build import build


def test_no_change_rebuild_does_nothing(tmp_path):
    root = project(tmp_path / "p", count=4)
    first = build(root, executor="inline")
    assert not first.unchanged and first.rendered
    before = tree(root / "build")
    again = build(root, executor="inline")
    assert again.unchanged and again.rendered == ()
    assert (again.articles, again.events, again.files) == (first.articles, first.events, first.files)
    assert tree(root / "build") == before

    (root / "build" / "index.html").write_text("tampered")  # output no longer as built
    repaired = build(root, executor="inline")
    assert not repaired.unchanged and repaired.rendered == ()  # every page from the cache
    assert tree(root / "build") == before


def test_warnings_are_replayed_when_nothing_changed(tmp_path):
    root = project(tmp_path / "p", count=3)
    first = articles(root)[0]
    first.write_text(first.read_text().replace("---\n\n", "author: Jane\n---\n\n", 1))
    warned = build(root, executor="inline").problems.warnings
    assert any(w.message.startswith("unknown key 'author'") for w in warned)
    again = build(root, executor="inline")
    assert again.unchanged and again.problems.warnings == warned


def test_one_changed_article_renders_only_the_pages_it_touches(tmp_path):
    root = project(tmp_path / "p", count=8)
    build(root, executor="inline")
    plotly = os.stat(root / "build" / "assets" / "plotly.min.js").st_ino

    changed = articles(root)[3]
    text = changed.read_text()
    changed.write_text(text + "\nDie Stadt plant die Eröffnung am 3. März 2031.\n")
    slug = changed.stem
    result = build(root, executor="inline")

    pages = [p for p in result.rendered if p.startswith("articles/")]
    events = json.loads((root / "build" / "events.json").read_bytes())["events"]
    neighbours = {s["article"] for e in events if slug in {m["article"] for m in e["sources"]}
                  for s in e["sources"]}
    assert f"articles/{slug}/index.html" in pages
    assert set(pages) <= {f"articles/{n}/index.html" for n in neighbours | {slug}}
    assert len(pages) < 8
    assert "index.html" in result.rendered
    assert result.cache["events"][:2] == (7, 1)
    # the changed article is tagged; of the others, only the pages made again read their
    # expressions (from the tagger's cache, which the events cache's key stands for)
    assert result.cache["tags"][:2] == (len(pages) - 1, 1)
    # unchanged files are the previous build's, linked rather than rewritten
    assert os.stat(root / "build" / "assets" / "plotly.min.js").st_ino == plotly
    assert result.reused_files >= result.files - len(result.rendered) - 10

    cold = build(root, out=tmp_path / "cold", executor="inline", use_cache=False)
    assert cold.rendered and not cold.unchanged
    assert tree(root / "build") == tree(tmp_path / "cold")


def test_a_theme_edit_rerenders_every_page(tmp_path):
    root = project(tmp_path / "p", count=3)
    first = build(root, executor="inline")
    base = root / "theme" / "templates" / "base.html"
    base.write_text(base.read_text().replace("</body>", "<!-- edited --></body>"))
    second = build(root, executor="inline")
    assert sorted(second.rendered) == sorted(first.rendered)
    assert b"<!-- edited -->" in (root / "build" / "index.html").read_bytes()


def test_an_edit_that_changes_no_event_merges_nothing(tmp_path):
    root = project(tmp_path / "p", count=5)
    build(root, executor="inline")
    before = (root / "build" / "events.json").read_bytes()
    changed = articles(root)[1]
    changed.write_text(changed.read_text().replace("---\n\n", "summary: Kurz gesagt\n---\n\n", 1))
    result = build(root, executor="inline")
    assert result.cache["reviewed"][:2] == (1, 0)  # the merged events came from the cache
    assert (root / "build" / "events.json").read_bytes() == before
    assert f"articles/{changed.stem}/index.html" in result.rendered


def test_an_edit_of_an_articles_text_that_changes_no_event_renders_its_page_alone(tmp_path):
    """The overview, topic pages and exports read only the articles' titles, outlets,
    languages and times besides the events: a summary edit re-renders none of them, and the
    site is still what a cold build makes."""
    root = project(tmp_path / "p", count=5)
    build(root, executor="inline")
    changed = articles(root)[2]
    changed.write_text(changed.read_text().replace("---\n\n", "summary: Kurz gesagt\n---\n\n", 1))
    result = build(root, executor="inline")
    assert result.rendered == (f"articles/{changed.stem}/index.html",)
    build(root, out=tmp_path / "cold", executor="inline", use_cache=False)
    assert tree(root / "build") == tree(tmp_path / "cold")

    renamed = articles(root)[1]
    renamed.write_text(renamed.read_text().replace("\nsource: ", "\nsource: Neu ", 1))
    again = build(root, executor="inline")
    assert "index.html" in again.rendered and "exports" in again.rendered
    build(root, out=tmp_path / "cold2", executor="inline", use_cache=False)
    assert tree(root / "build") == tree(tmp_path / "cold2")


def test_the_pages_take_each_articles_key_from_the_events_cache(tmp_path, monkeypatch):
    """An article page is keyed by the article's events key, which the build makes once for
    the events cache and hands to the pages: one key per article and build."""
    import newsline.tagstage as building

    root = project(tmp_path / "p", count=3)
    made = []
    counted = building.events_key

    def counting(article, tags):
        made.append(article.slug)
        return counted(article, tags)

    monkeypatch.setattr(building, "events_key", counting)
    result = build(root, executor="inline")
    assert sorted(made) == sorted(set(made)) and len(made) == result.articles
    changed = articles(root)[1]
    changed.write_text(changed.read_text() + "\nDie Stadt plant die Eröffnung am 3. März 2031.\n")
    made.clear()
    result = build(root, executor="inline")
    assert len(made) == result.articles and f"articles/{changed.stem}/index.html" in result.rendered


def test_the_events_key_holds_every_field_of_the_article_but_its_path_and_its_tags_key(tmp_path):
    """events_key stands for an article's events and its page: every field of the article
    (all of them, one added to Article later too) but the path, which no page shows, and the
    key of its expressions in the tagger's cache, which holds body, language, publication time
    and the tagger's version."""
    from dataclasses import fields, replace
    from datetime import datetime, timezone

    from newsline.incremental import events_key, tags_key
    from newsline.model import Article

    article = read_articles_of(project(tmp_path / "p", count=1))[0]
    tags = tags_key(article, "v1")
    key = events_key(article, tags)
    assert events_key(replace(article, path=tmp_path / "moved.md"), tags) == key
    others = {"slug": "other", "title": "Neu", "date": datetime(2031, 3, 3, tzinfo=timezone.utc),
              "lang": "en" if article.lang == "de" else "de", "source": "Anderswo",
              "url": "https://example.org/x", "topics": ("anderes",), "summary": "Kurz",
              "body": article.body + " Noch ein Satz.", "body_line": article.body_line + 1,
              "draft": not article.draft}
    assert set(others) == {f.name for f in fields(Article)} - {"path"}
    for name, value in others.items():
        assert getattr(article, name) != value, name
        assert events_key(replace(article, **{name: value}), tags) != key, name
    assert events_key(article, tags_key(article, "v2")) != key
    for name in ("lang", "date", "body"):
        assert tags_key(replace(article, **{name: others[name]}), "v1") != tags, name
    same_day_elsewhere = article.date.astimezone(timezone.utc)
    if same_day_elsewhere.tzinfo != article.date.tzinfo:
        assert tags_key(replace(article, date=same_day_elsewhere), "v1") != tags


def test_an_edit_that_keeps_the_text_makes_the_articles_events_again(tmp_path):
    """An edit of a field that is not the text (the title, the outlet) leaves the article's
    expressions as they were, yet its events carry those fields: they are made again, and the
    site is what a cold build makes."""
    root = project(tmp_path / "p", count=4)
    build(root, executor="inline")
    changed = articles(root)[2]
    changed.write_text(changed.read_text().replace("\nsource: ", "\nsource: Neu ", 1))
    result = build(root, executor="inline")
    assert result.cache["events"][:2] == (3, 1) and result.cache["tags"][1] == 0
    events = json.loads((root / "build" / "events.json").read_bytes())["events"]
    assert any(s["outlet"].startswith("Neu ") for e in events for s in e["sources"])
    build(root, out=tmp_path / "cold", executor="inline", use_cache=False)
    assert tree(root / "build") == tree(tmp_path / "cold")


def test_a_new_tagger_version_makes_every_articles_events_again(tmp_path, monkeypatch):
    """The events cache's key holds the tagger's cache key, hence the tagger's version: with a
    new tagger every article is tagged and its events made again."""
    root = project(tmp_path / "p", count=3)
    build(root, executor="inline")
    monkeypatch.setattr("newsline.tagstage.tagger_version", lambda: "another tagger")
    changed = articles(root)[0]  # so that the build cannot skip everything
    changed.write_text(changed.read_text() + "\nDer Rat tagt am 9. Mai 2030.\n")
    result = build(root, executor="inline")
    assert result.cache["events"][:2] == (0, 3) and result.cache["tags"][:2] == (0, 3)


def test_pages_made_again_read_expressions_from_the_tagger_cache_or_tag_again(tmp_path):
    """An article whose events come from the cache holds no expressions: its page, when made
    again, reads them from the tagger's cache, and tags the article again when that lost the
    entry; either way the page is the one a cold build makes."""
    import shutil

    root = project(tmp_path / "p", count=8)
    build(root, executor="inline")
    shutil.rmtree(root / ".cache" / "tags")
    shutil.rmtree(root / ".cache" / "pages")
    (root / "theme" / "templates" / "base.html").write_text(
        (root / "theme" / "templates" / "base.html").read_text().replace(
            "</body>", "<!-- new --></body>"))
    result = build(root, executor="inline")
    pages = [p for p in result.rendered if p.startswith("articles/")]
    assert len(pages) == 8 and result.cache["events"][:2] == (8, 0)
    assert result.cache["tags"][:2] == (0, 8)  # each tagged again, for its page
    build(root, out=tmp_path / "cold", executor="inline", use_cache=False)
    assert tree(root / "build") == tree(tmp_path / "cold")
    assert len([p for p in (root / ".cache" / "tags").rglob("*") if p.is_file()]) == 8


def test_a_check_after_a_build_takes_its_events(tmp_path, monkeypatch):
    """`newsline check` tags through the cache and makes events through site_events: it finds
    the events the build filed, and makes none."""
    import newsline.build as building
    from newsline.check import check_site

    root = project(tmp_path / "p", count=4)
    build(root, executor="inline")
    made = []
    job = building.events_job
    monkeypatch.setattr(building, "events_job", lambda tagged: made.append(1) or job(tagged))
    check_site(root)
    assert made == []


def test_events_of_other_expressions_than_the_taggers_are_not_taken_for_its(tmp_path):
    """site_events given an article with expressions of its caller's (not what the tagger
    makes of its text) makes their events, not the cached events of the tagger's, and keeps
    none for the article's key."""
    from dataclasses import replace

    from newsline.build import Caches, site_events, tag_articles
    from newsline.problems import Problems

    root = project(tmp_path / "p", count=3)
    build(root, executor="inline")
    tagged = tag_articles(read_articles_of(root), Problems(root))
    fewer = [replace(t, timexes=t.timexes[1:]) for t in tagged]
    expected = site_events(root, list(fewer), Problems(root))
    caches = Caches(root)
    assert site_events(root, list(fewer), Problems(root), caches=caches) == expected
    assert caches.events.written == []
    assert site_events(root, list(tagged), Problems(root), caches=Caches(root)) != expected


def read_articles_of(root):
    from newsline.build import load_site
    from newsline.problems import Problems
    from newsline.reader import read_articles

    problems = Problems(root)
    return read_articles(load_site(root, problems)[0], problems)


def test_unchanged_pages_are_linked_from_the_last_build_without_reading_them(tmp_path):
    """The build's state says under which key each page was made: a page whose key is the
    same, and whose file is as that build left it, is taken over from build/ without the
    cache (here emptied) being read for it; the site is still what a cold build makes."""
    import shutil

    root = project(tmp_path / "p", count=8)
    build(root, executor="inline")
    shutil.rmtree(root / ".cache" / "pages")
    changed = articles(root)[5]
    changed.write_text(changed.read_text() + "\nDer Rat stimmte am 9. Mai 2030 zu.\n")
    result = build(root, executor="inline")

    pages = [p for p in result.rendered if p.startswith("articles/")]
    assert f"articles/{changed.stem}/index.html" in pages and len(pages) < 8
    assert result.reused_files >= result.files - len(result.rendered) - 10
    build(root, out=tmp_path / "cold", executor="inline", use_cache=False)
    assert tree(root / "build") == tree(tmp_path / "cold")


def test_a_page_changed_in_build_after_the_build_is_made_again(tmp_path):
    """A page whose key is unchanged is linked only while its file is the one the last build
    left (size, inode, mtime and ctime): one edited in place, even one overwritten with as many
    bytes and given its old mtime back, is taken from the cache, or rendered when the cache has
    it no more."""
    import shutil

    root = project(tmp_path / "p", count=4)
    build(root, executor="inline")
    before = tree(root / "build")
    page = root / "build" / "articles" / articles(root)[1].stem / "index.html"
    other = root / "build" / "articles" / articles(root)[2].stem / "index.html"
    page.write_bytes(b"x" * len(before[page.relative_to(root / "build").as_posix()]))
    info = os.stat(other)
    with open(other, "r+b") as handle:  # the same inode, size and (set back) mtime
        handle.write(b"y" * info.st_size)
    os.utime(other, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert (os.stat(other).st_ino, os.stat(other).st_mtime_ns) == (info.st_ino, info.st_mtime_ns)
    changed = articles(root)[0]
    changed.write_text(changed.read_text() + "\nDie Stadt plant die Eröffnung am 3. März 2031.\n")
    result = build(root, executor="inline")
    assert page.relative_to(root / "build").as_posix() not in result.rendered
    assert other.relative_to(root / "build").as_posix() not in result.rendered
    build(root, out=tmp_path / "cold", executor="inline", use_cache=False)
    assert tree(root / "build") == tree(tmp_path / "cold")

    shutil.rmtree(root / ".cache" / "pages")
    page = root / "build" / "articles" / articles(root)[3].stem / "index.html"
    page.write_bytes(page.read_bytes() + b" ")
    os.utime(root / "content", None)  # the inputs as before: only the output differs
    again = build(root, executor="inline")
    assert not again.unchanged
    assert page.relative_to(root / "build").as_posix() in again.rendered
    assert tree(root / "build") == tree(tmp_path / "cold")


def test_files_written_in_parts_are_kept_in_build_not_in_the_page_cache(tmp_path):
    """events.json and the timelines (written part by part, the largest files of a site) are
    not stored in the page cache by a build: their copy is the one in build/, linked while it
    is as the build left it and made again from the events when it was changed."""
    root = project(tmp_path / "p", count=4)
    build(root, executor="inline")
    events_file = root / "build" / "events.json"
    good = events_file.read_bytes()
    timeline = next((root / "build").glob("*/timeline.json")).read_bytes()
    entries = [p.read_bytes() for p in (root / ".cache" / "pages").rglob("*") if p.is_file()]
    assert entries and not any(e.endswith(good) or e.endswith(timeline) for e in entries)

    events_file.write_bytes(good.replace(b'"events"', b'"ereignisse"', 1))
    again = build(root, executor="inline")
    assert not again.unchanged and again.rendered == ("events.json",)
    assert events_file.read_bytes() == good
    assert build(root, executor="inline").unchanged


class CoarseClockOs:
    """The os module as seen on a file system whose clock ticks once in 2**50 ns (13 days):
    mtime and ctime in whole ticks, as a 1- or 2-second file system shows them to a build that
    takes less."""

    TICK = 1 << 50

    def __getattr__(self, name):
        return getattr(os, name)

    def stat(self, *args, **kwargs):
        return CoarseStat(os.stat(*args, **kwargs))

    def lstat(self, *args, **kwargs):
        return CoarseStat(os.lstat(*args, **kwargs))


class CoarseStat:
    def __init__(self, info):
        self._info = info

    def __getattr__(self, name):
        value = getattr(self._info, name)
        return value // CoarseClockOs.TICK * CoarseClockOs.TICK if name.endswith("time_ns") \
            else value


def test_a_page_changed_within_its_builds_clock_tick_is_read_before_it_is_linked(
        tmp_path, monkeypatch):
    """A page overwritten in place with as many bytes within the tick of the file system's
    clock that the build ended in keeps its size, inode, mtime and ctime. The build's state
    keeps no page key for such racy files, so the next build compares the page's bytes
    instead of linking the changed file."""
    import newsline.incremental as incremental
    import newsline.writer as writer

    monkeypatch.setattr(incremental, "os", CoarseClockOs())
    monkeypatch.setattr(writer, "os", CoarseClockOs())
    root = project(tmp_path / "p", count=4)
    build(root, executor="inline")
    page = root / "build" / "articles" / articles(root)[2].stem / "index.html"
    info = incremental.os.stat(page)
    with open(page, "r+b") as handle:
        handle.write(b"y" * info.st_size)
    after = incremental.os.stat(page)
    assert (after.st_size, after.st_ino, after.st_mtime_ns, after.st_ctime_ns) == (
        info.st_size, info.st_ino, info.st_mtime_ns, info.st_ctime_ns)

    changed = articles(root)[0]
    changed.write_text(changed.read_text() + "\nDie Stadt plant die Eröffnung am 3. März 2031.\n")
    result = build(root, executor="inline")
    assert page.relative_to(root / "build").as_posix() not in result.rendered  # the cache's
    build(root, out=tmp_path / "cold", executor="inline", use_cache=False)
    assert tree(root / "build") == tree(tmp_path / "cold")


def test_the_state_keeps_the_keys_of_pages_older_than_the_clock_only():
    from newsline.cache import Cache
    from newsline.incremental import PageMemo

    memo = PageMemo(Cache(None), "v")
    memo.keys = {"a.html": "ka", "b.html": "kb", "c.html": "kc"}
    manifest = {"a.html": (1, 5, 7, 100), "b.html": (1, 5, 8, 200), "d.html": (1, 5, 9, 50)}
    assert memo.written(manifest, 200) == {"a.html": "ka"}
    assert memo.written(manifest, 201) == {"a.html": "ka", "b.html": "kb"}
    assert memo.written(manifest, None) == {}


def test_a_state_left_by_an_older_newsline_is_no_last_build(tmp_path):
    """The state's key has no code version: one written before the state knew its pages'
    keys (a manifest of size and mtime) is read as no last build, not as a broken one."""
    from newsline.build import Caches
    from newsline.incremental import last_build, state_key

    root = project(tmp_path / "p", count=4)
    build(root, executor="inline")
    caches = Caches(root)
    key = state_key(root / "build", False)
    state = caches.state.get(key)
    assert last_build(caches.state, root / "build", False) is not None
    del state.pages
    state.manifest = {path: identity[:2] for path, identity in state.manifest.items()}
    caches.state.put(key, state)
    assert last_build(caches.state, root / "build", False) is None

    changed = articles(root)[0]
    changed.write_text(changed.read_text() + "\nDie Stadt plant die Eröffnung am 3. März 2031.\n")
    result = build(root, executor="inline")
    assert not result.unchanged and result.reused_files
    build(root, out=tmp_path / "cold", executor="inline", use_cache=False)
    assert tree(root / "build") == tree(tmp_path / "cold")
    assert last_build(Caches(root).state, root / "build", False).pages
