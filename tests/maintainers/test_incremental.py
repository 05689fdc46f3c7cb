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
    assert result.cache["tags"][:2] == (7, 1)
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


def test_the_pages_take_each_articles_digest_from_the_events_cache_key(tmp_path, monkeypatch):
    """An article page is keyed by the article's content digest, which the build makes once
    for the events cache and hands to the pages: one digest per article and build. It differs
    for any field of the article but its path (no page shows that) and of its expressions."""
    from dataclasses import replace

    import newsline.build as building
    import newsline.incremental as incremental

    root = project(tmp_path / "p", count=3)
    made = []
    counted = incremental.tagged_key

    def counting(tagged):
        made.append(tagged.article.slug)
        return counted(tagged)

    monkeypatch.setattr(incremental, "tagged_key", counting)
    monkeypatch.setattr(building, "tagged_key", counting)
    result = build(root, executor="inline")
    assert sorted(made) == sorted({slug for slug in made}) and len(made) == result.articles

    tagged = building.tag_articles(building.read_articles(building.load_site(
        root, building.Problems(root))[0], building.Problems(root)), building.Problems(root))[0]
    key = counted(tagged)
    tx = tagged.timexes[0]
    assert counted(replace(tagged, article=replace(tagged.article, path=root / "moved.md"))) == key
    for changed in (replace(tagged, article=replace(tagged.article, title="Neu")),
                    replace(tagged, article=replace(tagged.article, lang="en")),
                    replace(tagged, timexes=(replace(tx, value="2020"),) + tagged.timexes[1:]),
                    replace(tagged, timexes=(replace(tx, interval=replace(
                        tx.interval, open_end=not tx.interval.open_end)),) + tagged.timexes[1:])):
        assert counted(changed) != key


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
