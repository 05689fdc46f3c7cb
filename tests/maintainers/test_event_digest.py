"""The digest an event's pages and pieces are keyed by: its content, whatever object holds it."""

import pickle
from dataclasses import fields, replace
from datetime import date, datetime, timedelta, timezone

import pytest

from newsline.model import Correction, Event, Mention
from newsline.pieces import PieceStore, event_digest
from newsline.cache import Cache


def sample() -> Event:
    berlin = timezone(timedelta(hours=2))
    mention = Mention("hafen-1", "Hafen wird erweitert", None, "Kurier", "de",
                      datetime(2024, 4, 30, 14, 57, tzinfo=berlin), "am 3. Mai", "2024-05-03",
                      (10, 19), (0, 40), "2024-04-30", ((50, 60),), "e1")
    other = replace(mention, slug="hafen-2", title="Der Hafen wächst", source="Blatt")
    return Event("e1", date(2024, 5, 3), date(2024, 5, 3), "day", False,
                 "Der Hafen wird am 3. Mai erweitert.", ("hafen",), [mention, other])


def changed_values(value):
    """Values of the field's type that differ from `value`."""
    if isinstance(value, bool):
        return [not value]
    if isinstance(value, str):
        return [value + "x"]
    if isinstance(value, datetime):
        return [value + timedelta(minutes=1), value.replace(tzinfo=timezone.utc)]
    if isinstance(value, date):
        return [value + timedelta(days=1)]
    if isinstance(value, tuple):
        return [value + value[:1] if value else ((1, 2),)]
    return ["2024-05-03" if value is None else None]


def test_equal_content_has_one_digest_and_any_changed_field_another():
    event = sample()
    key = event_digest(event)
    assert event_digest(pickle.loads(pickle.dumps(event))) == key
    seen = {key}
    for one in fields(Event):
        if one.name == "sources":
            continue
        for value in changed_values(getattr(event, one.name)):
            seen.add(event_digest(replace(event, **{one.name: value})))
    fix = Correction(date(2024, 5, 1), date(2024, 5, 1), "day", "Laut Pressestelle")
    seen.add(event_digest(replace(event, correction=fix)))
    for one in fields(Mention):
        for value in changed_values(getattr(event.sources[1], one.name)):
            sources = [event.sources[0], replace(event.sources[1], **{one.name: value})]
            seen.add(event_digest(replace(event, sources=sources)))
    seen.add(event_digest(replace(event, sources=event.sources[::-1])))
    seen.add(event_digest(replace(event, sources=event.sources[:1])))
    made = 1 + sum(len(changed_values(getattr(event, f.name))) for f in fields(Event)
                   if f.name != "sources") + 1 + sum(
        len(changed_values(getattr(event.sources[1], f.name))) for f in fields(Mention)) + 2
    assert len(seen) == made


def test_an_event_has_nothing_beside_its_fields_for_the_digest_to_miss():
    # the digest is made of the fields: an event has slots, no room for anything else
    with pytest.raises(AttributeError):
        sample().extra = "x"


def test_the_store_takes_digests_made_with_the_events():
    events = [sample(), replace(sample(), id="e2")]
    store = PieceStore(Cache(None), "v")
    store.known_events(events, ["a" * 64, "b" * 64])
    assert store.keys_of(events) == ["a" * 64, "b" * 64]
    fresh = replace(sample(), id="e3")
    assert store.keys_of(events + [fresh]) == ["a" * 64, "b" * 64, event_digest(fresh)]
