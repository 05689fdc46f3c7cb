"""The tagging cache: hits for unchanged articles, misses for changed ones, damage survived."""

from pathlib import Path

from maintkit import articles, project, tree

from newsline.build import build, tag_articles
from newsline.cache import MISSING, Cache, digest, source_version
from newsline.config import load_config
from newsline.problems import Problems
from newsline.reader import read_articles


def read(root: Path):
    problems = Problems(root)
    return read_articles(load_config(root), problems), problems


def test_cache_round_trip_and_damage(tmp_path):
    cache = Cache(tmp_path / "c")
    key = digest("x", 1, ("a", "b"))
    assert cache.get(key) is MISSING and cache.misses == 1
    cache.put(key, {"value": [1, 2, 3]})
    assert cache.get(key) == {"value": [1, 2, 3]} and cache.hits == 1
    entry = tmp_path / "c" / key[:2] / key
    for garbage in (b"", b"\x80\x05not a pickle", entry.read_bytes()[:10]):
        entry.write_bytes(garbage)
        assert cache.get(key) is MISSING
    assert cache.damaged == 3
    other = digest("y")
    cache.put(key, 1)
    moved = tmp_path / "c" / other[:2] / other
    moved.parent.mkdir(exist_ok=True)
    moved.write_bytes(entry.read_bytes())
    assert cache.get(other) is MISSING  # an entry filed under another key is damage too
    assert cache.get(key) == 1


def test_an_entry_that_still_unpickles_after_a_flipped_bit_is_damage(tmp_path):
    """A bit flipped inside a stored string leaves a valid pickle of another value; the
    checksum turns it into a miss instead of a wrong date served from the cache."""
    cache = Cache(tmp_path / "c")
    key = digest("tags", "one article")
    cache.put(key, {"value": "2024-04-30"})
    entry = tmp_path / "c" / key[:2] / key
    data = bytearray(entry.read_bytes())
    at = bytes(data).rindex(b"2024-04-30") + 3
    data[at] ^= 0x01  # '2024' -> '2025': still a pickle of a dict with one string
    entry.write_bytes(bytes(data))
    assert cache.get(key) is MISSING and cache.damaged == 1
    cache.put(key, {"value": "2024-04-30"})  # rewritten on the next build, read back intact
    assert cache.get(key) == {"value": "2024-04-30"}
    with_bytes = cache.put_entry(key, [1])
    assert Cache.entry_value(with_bytes) == [1]


def test_a_page_is_kept_as_its_own_bytes_and_damage_to_them_is_a_miss(tmp_path):
    """Bytes (a rendered page) are stored as they are behind the key and a checksum, not
    pickled: the entry holds the page's bytes verbatim, and any change to them, to the key or
    to the checksum makes the entry a miss."""
    cache = Cache(tmp_path / "c")
    key = digest("pages", "events.json")
    page = "{\n  \"text\": \"Die Stadt plant den Umbau\"\n}\n".encode() * 1000
    cache.put(key, page)
    entry = tmp_path / "c" / key[:2] / key
    assert entry.read_bytes().endswith(page) and len(entry.read_bytes()) < len(page) + 100
    assert cache.get(key) == page and cache.get(key) is not page
    intact = entry.read_bytes()
    for at in (5, 10, len(intact) - len(page) - 3, len(intact) - 1):  # checksum, key, page
        damaged = bytearray(intact)
        damaged[at] ^= 0x01
        entry.write_bytes(bytes(damaged))
        assert cache.get(key) is MISSING
    entry.write_bytes(intact[: len(intact) - 7])  # cut short
    assert cache.get(key) is MISSING and cache.damaged == 5
    other = digest("pages", "index.html")
    moved = tmp_path / "c" / other[:2] / other
    moved.parent.mkdir(exist_ok=True)
    moved.write_bytes(intact)
    assert cache.get(other) is MISSING  # filed under another key
    cache.put(key, b"")
    assert cache.get(key) == b""
    cache.put(key, bytearray(b"not bytes but pickled"))
    assert cache.get(key) == bytearray(b"not bytes but pickled")


def test_unchanged_articles_are_not_tagged_again(tmp_path):
    root = project(tmp_path / "p", count=5)
    tags = Cache.under(root, "tags")
    found, problems = read(root)
    first = tag_articles(found, problems, cache=tags)
    assert (tags.hits, tags.misses) == (0, 5)

    tags = Cache.under(root, "tags")
    second = tag_articles(read(root)[0], Problems(root), cache=tags)
    assert (tags.hits, tags.misses) == (5, 0)
    assert second == first

    changed = articles(root)[2]
    changed.write_text(changed.read_text() + "\nDer Ausschuss tagt am 3. März 2031.\n")
    tags = Cache.under(root, "tags")
    tag_articles(read(root)[0], Problems(root), cache=tags)
    assert (tags.hits, tags.misses) == (4, 1)


def test_an_article_read_from_the_cache_is_the_one_read_from_its_file(tmp_path):
    """The reader's cache keeps an article without its path (its key holds the path): the
    article comes back with the caller's path object, equal in every field to a fresh read,
    problems included."""
    from newsline.build import Caches, load_site
    from newsline.incremental import cached_reader
    from newsline.reader import read_article

    root = project(tmp_path / "p", count=3)
    first = articles(root)[0]
    first.write_text(first.read_text().replace("---\n\n", "author: Jane\n---\n\n", 1))
    site = load_site(root, Problems(root))[0]
    fresh, fresh_problems = read(root)
    for attempt in range(2):  # a miss that fills the cache, then hits
        problems = Problems(root)
        paths = articles(root)
        reader = cached_reader(Caches(root).articles, site, read_article)
        got = [reader(path, path.stem, site, problems) for path in paths]
        assert got == fresh and problems.items == fresh_problems.items, attempt
        assert all(one.path is path for one, path in zip(got, paths)), attempt
    assert any(p.message.startswith("unknown key 'author'") for p in problems.items)


def test_a_new_tagger_version_misses(tmp_path, monkeypatch):
    root = project(tmp_path / "p", count=3)
    tag_articles(read(root)[0], Problems(root), cache=Cache.under(root, "tags"))
    monkeypatch.setattr("newsline.tagstage.tagger_version", lambda: "another tagger")
    tags = Cache.under(root, "tags")
    tag_articles(read(root)[0], Problems(root), cache=tags)
    assert (tags.hits, tags.misses) == (0, 3)
    assert len(source_version("timex")) == 16


def test_a_damaged_cache_is_rebuilt_not_a_crash(tmp_path):
    root = project(tmp_path / "p", count=4)
    build(root, executor="inline")
    good = tree(root / "build")
    entries = [p for p in (root / ".cache").rglob("*") if p.is_file()]
    assert entries
    for n, entry in enumerate(entries):  # truncate some, garble others
        entry.write_bytes(entry.read_bytes()[: n % 7] if n % 2 else b"garbage" * n)
    (root / "build" / "index.html").unlink()  # so the build cannot skip everything
    result = build(root, executor="inline")
    assert tree(root / "build") == good
    assert result.cache["tags"][2] == 4 and result.cache["tags"][0] == 0  # damaged, rebuilt
    assert result.cache["events"][2] == 4 and result.cache["events"][0] == 0
    again = build(root, executor="inline", out=root / "other")
    # the rewritten entries are good again (the events' stand for the expressions: not read)
    assert again.cache["events"][:2] == (4, 0) and again.cache["tags"][:3] == (0, 0, 0)
    assert tree(root / "other") == good


def test_bulk_reads_pause_the_collector_and_restore_it(tmp_path):
    import gc

    cache = Cache(tmp_path / "c")
    keys = [digest("k", i) for i in range(3)]
    cache.put(keys[0], ["a"])
    cache.put(keys[2], ("c", 3))
    assert gc.isenabled()
    assert cache.get_many(keys) == [["a"], MISSING, ("c", 3)]
    assert gc.isenabled()
    gc.disable()
    try:
        cache.get_many(keys)
        assert not gc.isenabled()  # left as it was found
    finally:
        gc.enable()


def test_an_entry_put_by_a_worker_is_read_and_kept(tmp_path):
    worker = Cache(tmp_path / "c")
    key = digest("entry")
    data = worker.put_entry(key, {"timexes": (1, 2)})
    assert Cache.entry_value(data) == {"timexes": (1, 2)}
    assert Cache(None).put_entry(key, [1]) is not None  # bytes even with nowhere to keep them
    assert worker.put_entry(key, lambda: None) is None  # cannot be pickled: no entry, no bytes
    build_side = Cache(tmp_path / "c")
    build_side.put_by_worker(key)
    assert build_side.prune() == 0  # counted as written by this build, so kept
    assert Cache(tmp_path / "c").get(key) == {"timexes": (1, 2)}


def test_pool_workers_fill_the_tag_cache(tmp_path):
    from newsline.executors import ProcessExecutor

    root = project(tmp_path / "p", count=30, size=300)
    found, problems = read(root)
    run = ProcessExecutor(2)
    try:
        tags = Cache.under(root, "tags")
        first = tag_articles(found, problems, run, tags)
        assert tags.misses == 30 and len(tags.written) == 30
    finally:
        run.close()
    tags = Cache.under(root, "tags")
    assert tag_articles(read(root)[0], Problems(root), cache=tags) == first
    assert (tags.hits, tags.misses) == (30, 0)


def test_workers_elsewhere_leave_the_tag_cache_to_the_build(tmp_path, monkeypatch):
    import os

    from newsline.build import workers_cache

    class Elsewhere:  # a Dask cluster's workers: another machine's disk (here another folder)
        name = "dask"

        def map(self, function, items, done=lambda n: None):
            home = os.getcwd()
            os.chdir(tmp_path / "elsewhere")
            try:
                return [function(item) for item in items]
            finally:
                os.chdir(home)

    (tmp_path / "elsewhere").mkdir()
    project(tmp_path / "p", count=3, size=200)
    monkeypatch.chdir(tmp_path)
    root = Path("p")  # relative, as `newsline build p` gives it
    found, problems = read(root)
    first = tag_articles(found, problems, Elsewhere(), Cache.under(root, "tags"))
    assert not any((tmp_path / "elsewhere").iterdir())  # nothing put on the workers' side
    tags = Cache.under(root, "tags")
    assert tag_articles(read(root)[0], Problems(root), cache=tags) == first
    assert (tags.hits, tags.misses) == (3, 0)

    class Pool:
        name = "process"

    assert workers_cache(Pool(), Cache(Path("rel"))) == tmp_path / "rel"  # cwd-independent
    assert workers_cache(Pool(), Cache(None)) is None


def test_byte_parts_are_stored_part_by_part_and_read_back_as_their_bytes(tmp_path):
    """A file made part by part (ByteParts) is an entry of its bytes: read back whole, and
    damage to any part is a miss."""
    from newsline.cache import ByteParts

    cache = Cache(tmp_path / "c")
    key = digest("pages", "energie/timeline.json")
    parts = [b'{\n  "events": [', "\n    \"Gr\u00fc\u00dfe\"".encode() * 500, b"\n  ]\n}\n"]
    cache.put(key, ByteParts(lambda: iter(parts)))
    assert cache.get(key) == b"".join(parts)
    entry = tmp_path / "c" / key[:2] / key
    damaged = bytearray(entry.read_bytes())
    damaged[-len(parts[-1]) - 20] ^= 0x04
    entry.write_bytes(bytes(damaged))
    assert cache.get(key) is MISSING and cache.damaged == 1


def test_a_large_pickled_entry_is_read_without_a_copy_of_it(tmp_path):
    """An entry that is a pickle (the pieces of many events) is checked and unpickled from the
    bytes read: in memory as those bytes and the value, not once more joined with its head."""
    import tracemalloc

    cache = Cache(tmp_path / "c")
    key = digest("pieces", "item-de", "0")
    size = 8 << 20
    cache.put(key, {"pieces": bytearray(size)})
    tracemalloc.start()
    try:
        value = cache.get(key)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert value == {"pieces": bytearray(size)}
    assert peak < 2.5 * size  # the entry's bytes and the value; a joined copy made it 3


def test_byte_parts_that_fail_while_made_leave_the_earlier_entry_and_no_temporary_file(tmp_path):
    """A page made part by part goes to a temporary file that replaces the entry only once
    whole: when making its parts fails, the error reaches the build, the entry stored before
    is still read back and no temporary file is left in the cache."""
    import pytest

    from newsline.cache import ByteParts

    cache = Cache(tmp_path / "c")
    key = digest("pages", "hafen/timeline.json")
    cache.put(key, b"the earlier timeline")

    def failing():
        yield b"the first part of a new timeline"
        raise RuntimeError("a slide could not be made")

    with pytest.raises(RuntimeError):
        cache.put(key, ByteParts(failing))
    assert cache.get(key) == b"the earlier timeline"
    assert [p.name for p in (tmp_path / "c").rglob("*")] == [key[:2], key]


def test_gc_frozen_keeps_what_lives_out_of_collections_only_within_the_block():
    import gc

    from newsline.cache import gc_frozen

    class Node:
        pass

    alive = [Node() for _ in range(100)]
    assert gc.get_freeze_count() == 0
    with gc_frozen():
        assert gc.get_freeze_count() >= len(alive)
        loop = Node()
        loop.me = loop  # made in the block: still collected
        del loop
        assert gc.collect() >= 1
    assert gc.get_freeze_count() == 0
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with gc_frozen():
            pass
        # the caller's freeze is left alone: an unfreeze would empty it (the count itself may
        # drop by the few frozen objects that reference counting frees meanwhile)
        assert gc.get_freeze_count() > frozen // 2 > 0
    finally:
        gc.unfreeze()


def test_prune_deletes_exactly_the_entries_not_used(tmp_path):
    """What was read, written or kept stays; everything else in the namespace goes, also an
    entry no key of this run names; a cache with no folder yet or none at all prunes nothing."""
    from newsline.cache import prune_unused

    assert Cache(None).prune() == 0 and Cache(tmp_path / "none").prune() == 0
    before = Cache(tmp_path / "c")
    keys = [digest("entry", n) for n in range(40)]
    for key in keys:
        before.put(key, key)
    stray = tmp_path / "c" / keys[0][:2] / "stray"
    stray.write_bytes(b"x")
    (tmp_path / "c" / "not-a-folder").write_bytes(b"left alone")
    now = Cache(tmp_path / "c")
    assert now.get(keys[0]) == keys[0]
    now.put(keys[1], "again")
    now.keep(keys[2])
    now.put(digest("new"), 1)
    assert prune_unused([now, Cache(None)]) == 38  # 37 old keys and the stray file
    left = {p.name for p in (tmp_path / "c").rglob("*") if p.is_file()}
    assert left == {keys[0], keys[1], keys[2], digest("new"), "not-a-folder"}
    assert now.prune() == 0


def test_a_build_prunes_its_article_entries_to_one_per_article(tmp_path):
    """The read, tags and events caches would grow by an entry per edit: the build prunes what
    it did not use, so they hold one entry per article, and a full rebuild still finds every
    article's entries: nothing it needs was deleted."""
    inputs = ("articles", "tags", "events")

    def counts():
        return [sum(1 for p in (root / ".cache" / n).rglob("*") if p.is_file()) for n in inputs]

    root = project(tmp_path / "p", count=6)
    build(root, executor="inline")
    first = counts()
    assert first[:2] == [6, 6]
    files = articles(root)
    for edit in range(3):
        files[edit % 2].write_text(files[edit % 2].read_text()
                                   + f"\nDer Ausschuss tagt am {edit + 3}. März 2031.\n")
        build(root, executor="inline")
        assert counts() == first  # the edited article's old entries are gone
    files[5].unlink()
    build(root, executor="inline")
    assert counts() == [first[0] - 1, first[1] - 1, first[2] - 1]
    (root / "build" / "index.html").unlink()  # so the build cannot skip everything
    result = build(root, executor="inline")
    for n in ("articles", "events"):
        assert result.cache[n][:3] == (5, 0, 0), n
    # every article's events were found: its expressions were not read, and were kept above
    assert result.cache["tags"][:3] == (0, 0, 0)


def test_a_lookup_joins_no_paths(tmp_path, monkeypatch):
    """A rebuild looks up thousands of entries: each one's file name is made as a string,
    not by joining pathlib paths (which cost more than opening the file)."""
    cache = Cache(tmp_path / "c")
    keys = [digest("k", i) for i in range(3)]
    cache.put(keys[0], ("a", 1))
    joined = []
    original = Path.__truediv__
    monkeypatch.setattr(Path, "__truediv__", lambda self, other: joined.append(other) or
                        original(self, other))
    assert cache.get_many(keys) == [("a", 1), MISSING, MISSING]
    assert joined == [] and (cache.hits, cache.misses) == (1, 2)
