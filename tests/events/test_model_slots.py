"""Events, mentions, expressions and intervals have __slots__ and pickle as their values: they
must still copy, compare, replace and round-trip through the caches exactly as before."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from newsline.cache import canonical_bytes
from newsline.model import Article, Correction, Event, Mention
from newsline.timex.model import Interval, Timex

PUBLISHED = datetime(2024, 4, 30, 9, 15, tzinfo=timezone(timedelta(hours=2)))


def mention(**changes) -> Mention:
    values = dict(slug="kurier-wahl", title="Wahl", url="https://example.org/w", source="Kurier",
                  lang="de", published=PUBLISHED, expression="am 12. Mai", value="2024-05-12",
                  span=(40, 50), sentence_span=(0, 80), anchor="2024-04-30",
                  related=((60, 70),), event_id="e-1")
    return Mention(**{**values, **changes})


def event(**changes) -> Event:
    values = dict(id="e-1", start=date(2024, 5, 12), end=date(2024, 5, 12), granularity="day",
                  approximate=False, text="Die Wahl findet am 12. Mai statt.", topics=("wahl",),
                  sources=[mention(), mention(slug="blatt-wahl", url=None, anchor=None)],
                  open_end=True, planned=True, date_note="12. or 13. May",
                  correction=Correction(date(2024, 5, 13), date(2024, 5, 13), "day", "typo"),
                  by_hand=True)
    return Event(**{**values, **changes})


def timex(**changes) -> Timex:
    values = dict(start=3, end=13, text="am 12. Mai", type="DATE", value="2024-05-12",
                  mod="START", interval=Interval(date(2024, 5, 12), date(2024, 5, 12), "day",
                                                 approximate=True, open_end=True),
                  anchor="2024-04-30", extra={"rule": "date"})
    return Timex(**{**values, **changes})


def article(**changes) -> Article:
    values = dict(path=Path("content/articles/wahl.md"), slug="wahl", title="Wahl",
                  date=PUBLISHED, lang="de", source="Kurier", url=None, topics=("wahl",),
                  summary=None, body="Die Wahl findet am 12. Mai statt.", body_line=8)
    return Article(**{**values, **changes})


RECORDS = [mention, event, timex, lambda: timex().interval, article]


@pytest.mark.parametrize("make", RECORDS)
def test_no_dictionary_and_no_attribute_beside_the_fields(make):
    record = make()
    assert not hasattr(record, "__dict__")
    with pytest.raises((AttributeError, TypeError)):
        record.not_a_field = 1


@pytest.mark.parametrize("make", RECORDS)
@pytest.mark.parametrize("dump", [lambda value: pickle.dumps(value, pickle.HIGHEST_PROTOCOL),
                                  lambda value: pickle.dumps(value, 2), canonical_bytes])
def test_a_pickle_gives_back_every_field(make, dump):
    record = make()
    back = pickle.loads(dump(record))
    assert type(back) is type(record)
    assert back == record
    for one in dataclasses.fields(record):  # also those left out of ==, as Timex.extra
        assert getattr(back, one.name) == getattr(record, one.name)


@pytest.mark.parametrize("make", [mention, lambda: event(correction=None), article])
def test_records_the_caches_hold_by_the_thousand_are_made_from_their_values(make):
    """An article, event or mention comes back from a pickle by one call of its class with
    its values, not as an empty object whose fields a frozen dataclass's __setstate__ then
    sets one by one (walking fields() again for each: a rebuild loads every article and
    every report from the cache)."""
    import pickletools

    record = make(draft=True) if make is article else make()  # a default set too
    data = pickle.dumps(record, pickle.HIGHEST_PROTOCOL)
    assert "BUILD" not in {op.name for op, _, _ in pickletools.genops(data)}
    assert pickle.loads(data) == record


def test_a_pickled_event_keeps_its_defaults_and_its_sources_shared():
    plain = Event("e-2", date(2024, 5, 1), date(2024, 5, 31), "month", True, "Im Mai.", ())
    assert pickle.loads(pickle.dumps(plain)) == plain
    assert pickle.loads(pickle.dumps(plain)).sources == []
    both = [event(), event(id="e-3")]
    both[1].sources = both[0].sources
    back = pickle.loads(pickle.dumps(both))
    assert back == both and back[0].sources is back[1].sources


def test_canonical_bytes_depend_on_values_only():
    shared = mention()
    assert canonical_bytes([event(sources=[shared, shared])]) == canonical_bytes(
        [event(sources=[mention(), mention()])])
    assert canonical_bytes(event()) != canonical_bytes(event(by_hand=False))


def test_replace_copy_and_equality_work_as_for_plain_dataclasses():
    original = event()
    moved = dataclasses.replace(original, start=date(2024, 5, 13), end=date(2024, 5, 13))
    assert moved.start == date(2024, 5, 13) and moved.sources is original.sources
    assert moved != original
    assert copy.deepcopy(original) == original
    assert copy.copy(original).sources is original.sources
    assert dataclasses.replace(mention(), slug="x").slug == "x"
    assert dataclasses.replace(timex(), mod=None).extra == {"rule": "date"}
    assert timex(extra={}) == timex()  # extra is not compared
    assert hash(mention()) == hash(mention()) and hash(timex()) == hash(timex())
    with pytest.raises(TypeError):
        hash(original)  # a mutable event is not hashable
    original.date_note = None  # events stay mutable
    assert original.date_note is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        mention().slug = "x"


def test_an_interval_still_checks_its_bounds():
    with pytest.raises(ValueError):
        Interval(date(2024, 5, 2), date(2024, 5, 1), "day")
    with pytest.raises(ValueError):
        dataclasses.replace(timex().interval, granularity="fortnight")


def test_an_article_pickled_before_it_pickled_as_its_values_still_loads():
    """A cache entry of an older build holds an Article as a frozen dataclass with slots
    pickles by default (its class, then its state set by __setstate__): it loads as the same
    article. (A guard: such entries sit under keys of the older code, but a mixed cache must
    never fail a build.)"""
    import copyreg

    one = article()
    state = [getattr(one, f.name) for f in dataclasses.fields(Article)]

    class Old(pickle.Pickler):
        def reducer_override(self, obj):
            if type(obj) is Article:
                return copyreg.__newobj__, (Article,), state
            return NotImplemented

    import io
    import pickletools

    buffer = io.BytesIO()
    Old(buffer, protocol=5).dump(one)
    assert "BUILD" in {op.name for op, _, _ in pickletools.genops(buffer.getvalue())}
    loaded = pickle.loads(buffer.getvalue())
    assert type(loaded) is Article and loaded == one and loaded.path == one.path
