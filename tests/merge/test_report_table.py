"""The reports' table (newsline.merge_cache.ReportTable): a rebuild takes the signals entry key
and event digest of each report of an article it saw last time from the table, and its site is
the one a build without any cache makes; a damaged or foreign table costs time, never a page."""

from __future__ import annotations

import random
import re

import pytest
from test_rebuild_sequences import Newsroom, site_files

from newsline import merge_cache
from newsline.build import build
from newsline.cache import Cache, digest


@pytest.fixture
def tables(monkeypatch):
    """Each build's table as it was used: (signal keys taken, digests taken, reports)."""
    seen = []
    save = merge_cache.ReportTable.save

    def kept(self):
        reports = sum(len(r) for _, r in self.found or ())
        seen.append((self.taken, self.digests_taken, reports))
        save(self)

    monkeypatch.setattr(merge_cache.ReportTable, "save", kept)
    return seen


def dated_sentence(room: Newsroom, step: int) -> None:
    """A new dated sentence at the end of one article (as a one-change benchmark makes)."""
    path = room.pick()
    room.write(path, path.read_text(encoding="utf-8")
               + f"\n\nDer Stadtrat will am {step + 3}. Oktober 2027 über Vorlage {step} "
               f"abstimmen.\n")


def same_as_cold(root, step) -> None:
    cold = build(root, out=root / "cold", executor="inline", use_cache=False)
    assert (root / "build" / "events.json").read_bytes() == \
        (root / "cold" / "events.json").read_bytes(), f"step {step}"
    assert site_files(root / "build") == site_files(root / "cold"), f"step {step}"
    return cold


def test_rebuilds_take_unchanged_articles_reports_from_the_table(tmp_path, tables):
    root = tmp_path / "project"
    room = Newsroom(root, random.Random(11), 30)
    build(root, executor="inline")
    assert tables[-1][:2] == (0, 0)  # a first build has no table
    for step, kind in enumerate(["sentence", "reword", "add", "sentence", "remove", "date",
                                 "overrides", "sentence", "overrides_off", "back"]):
        if kind == "sentence":
            dated_sentence(room, step)
        else:
            room.edit(kind)
        warm = build(root, executor="inline")
        used = tables[-1]
        assert warm.events == same_as_cold(root, step).events
        if kind == "sentence":  # all but the edited article's reports and those merged with
            # an exact duplicate (each added copy of an article repeats most of its sentences)
            taken, digests, reports = used
            assert reports // 2 < taken < reports, used
            assert digests > 0, used


@pytest.mark.parametrize("damage", ["short rows", "foreign", "garbage"])
def test_a_damaged_table_is_no_table(tmp_path, tables, damage):
    root = tmp_path / "project"
    room = Newsroom(root, random.Random(3), 16)
    build(root, executor="inline")
    cache = Cache.under(root, "signals")
    key = merge_cache.ReportTable(cache).key
    table = cache.get(key)
    assert isinstance(table, dict) and table
    if damage == "short rows":  # rows that fit no article: every report is worked out again
        table = {d: (row[0][:-1], row[1][:-1]) for d, row in table.items()}
    elif damage == "foreign":
        table = {d: ([b"x"] * len(row[0]), row[1]) for d, row in table.items()}
    else:
        table = "not a table"
    cache.put(key, table)
    dated_sentence(room, 1)
    build(root, executor="inline")
    assert tables[-1][0] == 0, tables[-1]
    same_as_cold(root, 1)


def test_the_table_is_filed_under_the_code_version():
    cache = Cache(None)
    assert merge_cache.ReportTable(cache).key == digest("report keys", merge_cache.code_version())
    assert re.fullmatch("[0-9a-f]{64}", merge_cache.ReportTable(cache).key)


def test_a_merge_of_part_of_the_reports_works_their_signals_out(tmp_path):
    """The editor's split merges again without some reports: a sentence's other date may be
    among them, and the signals of the report left then differ from the table's (its clause
    weighs alone); with `whole` off the store gives no report's signals by its key."""
    from eventkit import event

    from newsline.event_signals import event_signals

    sentence = ("Der Senat hatte dem Gesetz am Dienstag mit 79 zu 18 Stimmen zugestimmt, das "
                "Repräsentantenhaus am Samstag.")
    tuesday = event("kurier-gesetz", sentence, "am Dienstag", "2024-04-23", lang="de")
    saturday = event("kurier-gesetz", sentence, "am Samstag", "2024-04-20", lang="de")
    found = [("article digest", [tuesday, saturday])]
    cache = Cache(tmp_path / "signals")
    with merge_cache.kept_signals(cache) as store:
        store.know_reports(found)
        event_signals([tuesday, saturday], store)

    def read(events, known=None):  # Signals compare by their keys alone
        return [(s.keys, s.factors) for s in event_signals(events, known)]

    alone = read([tuesday])
    assert alone != read([tuesday, saturday])[:1]
    with merge_cache.kept_signals(cache) as store:
        store.know_reports(found)
        assert None not in store.report_keys([tuesday, saturday])
        assert read([tuesday, saturday], store) == read([tuesday, saturday])
        assert store.reports.taken == 2
        store.reports.whole = False
        assert store.report_keys([tuesday]) == [None]
        assert read([tuesday], store) == alone
