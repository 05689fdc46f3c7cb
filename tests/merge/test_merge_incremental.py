"""Stage 2 through the last build's record (newsline.attach_memory) gives what attaching every
group gives, edit after edit: week and month reports of many stories, each story told on its
day by some articles, edited the ways a newsroom edits."""

from __future__ import annotations

import dataclasses
import random
from datetime import date, timedelta

import pytest
from eventkit import event

from newsline import attach_memory, pair_memory
from newsline.cache import Cache
from newsline.merge import DEFAULT, merge_events as merged
from newsline.merge_cache import kept_signals
from newsline.similarity import Weights

PLACES = ["Lindau", "Weserberg", "Kallmünz", "Osterholz", "Rabenau", "Tiefenbach", "Grünstadt",
          "Ahrweiler", "Seedorf", "Wolfhagen", "Marienfels", "Brunsholm"]
THINGS = ["bridge", "library", "tram line", "harbour wall", "school roof", "water plant",
          "ferry pier", "fire station", "market hall", "cycle path", "swimming pool"]
# pairs of different precision never clear this bar: only stage 2 joins a week to its day
STAGE_TWO = dataclasses.replace(DEFAULT, per_doubling=1.0)
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def merge_events(events: list) -> list:
    return merged(events, STAGE_TWO)


@pytest.fixture
def small_steps(monkeypatch):
    """Rounded weights already at a test batch's size, as in a site of thousands of articles,
    and the pair record used however many reports are dirty."""
    monkeypatch.setattr(Weights, "EXACT_SIZE", 8)
    monkeypatch.setattr(Weights, "EXACT_COUNT", 2)
    monkeypatch.setattr(pair_memory, "DIRTY_SHARE", 1.0)


def day_report(slug: str, story: int, day: date, wording: int) -> object:
    place, thing = PLACES[story % len(PLACES)], THINGS[story * 5 % len(THINGS)]
    when = f"on {WEEKDAYS[day.weekday()]}"
    sentence = (f"The council of {place} approved the {thing} {when} by a wide margin.",
                f"{place} backed the new {thing} {when}, the mayor said.")[wording % 2]
    return event(slug, sentence, when, day.isoformat(), topics=("city",),
                 published=(day + timedelta(days=1)).isoformat())


def week_report(slug: str, story: int, day: date, wording: int) -> object:
    place, thing = PLACES[story % len(PLACES)], THINGS[story * 5 % len(THINGS)]
    monday = day - timedelta(days=day.weekday())
    sentence = (f"Last week the council of {place} approved the {thing}.",
                f"{place} approved its {thing} last week after a long debate.")[wording % 2]
    expression = "Last week" if wording % 2 == 0 else "last week"
    return event(slug, sentence, expression, monday.isoformat(),
                 (monday + timedelta(days=6)).isoformat(), granularity="week",
                 topics=("city",), published=(monday + timedelta(days=9)).isoformat())


def late_week_report(slug: str, story: int, day: date) -> object:
    """A week report in words of its story alone: the weights of the batch's other words stay
    as they were, so the clusters of other stories are kept."""
    place, thing = PLACES[story % len(PLACES)], THINGS[story * 5 % len(THINGS)]
    monday = day - timedelta(days=day.weekday())
    return event(slug, f"{place}, {thing}: last week.", "last week", monday.isoformat(),
                 (monday + timedelta(days=6)).isoformat(), granularity="week",
                 topics=("city",), published=(monday + timedelta(days=9)).isoformat())


def late_day_report(slug: str, story: int, day: date) -> object:
    """A day report in words of its story alone (as late_week_report)."""
    place, thing = PLACES[story % len(PLACES)], THINGS[story * 5 % len(THINGS)]
    when = f"on {WEEKDAYS[day.weekday()]}"
    return event(slug, f"{place}, {thing}: {when}.", when, day.isoformat(), topics=("city",),
                 published=(day + timedelta(days=1)).isoformat())


def month_report(slug: str, story: int, day: date, plain: bool = False) -> object:
    """plain: in words of its story alone (as late_week_report)."""
    place, thing = PLACES[story % len(PLACES)], THINGS[story * 5 % len(THINGS)]
    first = day.replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    sentence = f"In {first:%B} the council of {place} decided on the {thing}." if not plain \
        else f"In {first:%B}: {place}, {thing}."
    return event(slug, sentence, f"In {first:%B}", first.isoformat(), last.isoformat(),
                 granularity="month", topics=("city",),
                 published=(last + timedelta(days=2)).isoformat())


def story_day(story: int) -> date:
    """Stories three to a month, so a month's report has several days to choose from."""
    return date(2021 + story // 36, 1 + story // 3 % 12, 4 + 9 * (story % 3))


def newsroom(stories: int = 40) -> list:
    events = []
    for s in range(stories):
        day = story_day(s)
        events += [day_report(f"wire{s}-day", s, day, 0), day_report(f"post{s}-day", s, day, 1),
                   week_report(f"blatt{s}-week", s, day, s)]
        if s % 2:
            events.append(month_report(f"bote{s}-month", s, day))
    return events


def edited(events: list, rng: random.Random, step: int) -> list:
    """One edit: a week, month or day report added to a story, an article removed, a sentence
    reworded, a date moved."""
    slugs = sorted({m.slug for e in events for m in e.sources})
    slug = rng.choice(slugs)
    story = rng.randrange(44)  # now and then a story no article told before
    day = story_day(story)
    kind = step % 6
    if kind == 0:
        return events + [week_report(f"new{step}-week", story, day, step)]
    if kind == 1:
        return events + [month_report(f"new{step}-month", story, day)]
    if kind == 2:
        return events + [day_report(f"new{step}-day", story, day, step)]
    if kind == 3:
        return [e for e in events if e.sources[0].slug != slug]
    if kind == 4:
        old, new = rng.sample(PLACES, 2)
        return [dataclasses.replace(e, text=e.text.replace(old, new))
                if e.sources[0].slug == slug else e for e in events]
    shift = timedelta(days=rng.choice([-8, -1, 1, 2, 30]))
    return [dataclasses.replace(e, start=e.start + shift, end=e.end + shift)
            if e.sources[0].slug == slug else e for e in events]


def attached_counts(monkeypatch) -> list:
    """(groups attached anew, stage-1 groups) of each merge through a store, in order."""
    counts = []
    original = attach_memory.attached

    def counting(store, groups, *rest):
        found = original(store, groups, *rest)
        counts.append((store.reattached, len(groups)))
        return found

    monkeypatch.setattr(attach_memory, "attached", counting)
    import newsline.merge as merge

    monkeypatch.setattr(merge, "attached", counting)
    return counts


def without_shares(monkeypatch) -> None:
    """Every matched key weighs its own weight (no share of it left to a rarer key: Weights
    ._together). With shares, an edit that changes how often a story's words come together
    dirties that story's reports through their shares, and those of its clusters are attached
    anew anyway: what _Plan.reaching must find is then seen in a batch without them."""
    monkeypatch.setattr(Weights, "_together", lambda self, batch: {})


@pytest.mark.parametrize("seed, shares", [(1, True), (2, True), (3, True), (1, False)])
def test_every_edit_attaches_through_the_record_as_without_it(tmp_path, small_steps,
                                                              monkeypatch, seed, shares):
    if not shares:
        without_shares(monkeypatch)
    counts = attached_counts(monkeypatch)
    rng = random.Random(seed)
    events = newsroom()
    cold = merge_events(events)
    assert any(len(e.sources) > 2 for e in cold)  # week reports joined their days
    folder = tmp_path / "signals"
    with kept_signals(Cache(folder)):
        assert merge_events(events) == cold
    for step in range(18):
        events = edited(events, rng, step)
        with kept_signals(Cache(folder)):
            warm = merge_events(events)
        assert warm == merge_events(events), f"seed {seed}, step {step}"
    # the record served: most merges attached only some of their groups anew
    assert sum(1 for anew, every in counts[1:] if anew < every) >= 12, counts


def test_a_new_week_report_joins_the_day_of_a_kept_cluster(tmp_path, small_steps, monkeypatch):
    """The new report finds its day in a cluster the record keeps: that cluster is attached
    anew with it, as a merge of every group would."""
    counts = attached_counts(monkeypatch)
    events = newsroom()
    folder = tmp_path / "signals"
    with kept_signals(Cache(folder)):
        merge_events(events)
    story = 4  # an even story: no month report, its week report alone joined its day
    added = late_week_report("late-week", story, story_day(story))
    with kept_signals(Cache(folder)):
        warm = merge_events(events + [added])
    cold = merge_events(events + [added])
    assert warm == cold
    joined = next(e for e in cold if added.sources[0] in e.sources)
    assert {m.slug for m in joined.sources} >= {"late-week", f"wire{story}-day"}
    anew, every = counts[-1]
    assert 1 < anew < every  # the day's cluster came along, not every group


def test_without_the_reach_check_edits_would_attach_otherwise(tmp_path, small_steps,
                                                             monkeypatch):
    """What the tests above prove rests on _Plan.reaching: with it switched off, a kept
    cluster a new report would join stays as it was, and the merge differs from a cold one
    (in a batch without shares of weights, where no share dirties the cluster instead)."""
    without_shares(monkeypatch)
    monkeypatch.setattr(attach_memory._Plan, "reaching", lambda self, candidates, looked: set())
    rng = random.Random(1)
    events = newsroom()
    folder = tmp_path / "signals"
    with kept_signals(Cache(folder)):
        merge_events(events)
    differed = 0
    for step in range(18):
        events = edited(events, rng, step)
        with kept_signals(Cache(folder)):
            warm = merge_events(events)
        differed += warm != merge_events(events)
    assert differed


def test_a_new_day_report_that_a_kept_month_report_would_join(tmp_path, small_steps,
                                                              monkeypatch):
    """A kept month report has no day to join until a day report of its story arrives: its
    cluster is attached anew with the new group."""
    counts = attached_counts(monkeypatch)
    events = newsroom()
    story = 47  # told only by a month report at first
    events.append(month_report("bote47-month", story, story_day(story), plain=True))
    folder = tmp_path / "signals"
    with kept_signals(Cache(folder)):
        before = merge_events(events)
    month = next(e for e in before if e.sources[0].slug == "bote47-month")
    assert len(month.sources) == 1
    added = late_day_report("wire47-day", story, story_day(story))
    with kept_signals(Cache(folder)):
        warm = merge_events(events + [added])
    assert warm == merge_events(events + [added])
    joined = next(e for e in warm if added.sources[0] in e.sources)
    assert {m.slug for m in joined.sources} == {"bote47-month", "wire47-day"}
    assert counts[-1][0] < counts[-1][1]


def test_a_damaged_record_attaches_every_group(tmp_path, small_steps, monkeypatch):
    counts = attached_counts(monkeypatch)
    events = newsroom()
    folder = tmp_path / "signals"
    with kept_signals(Cache(folder)) as store:
        want = merge_events(events)
    check, payload = Cache(folder).get(store.attach_key)
    damaged = bytearray(payload)
    damaged[len(damaged) // 2] ^= 1
    for value in ((check, bytes(damaged)), (check, b"short"), "not a record", (b"", b"")):
        Cache(folder).put(store.attach_key, value)
        with kept_signals(Cache(folder)):
            assert merge_events(events) == want
        assert counts[-1][0] == counts[-1][1]
    Cache(folder).put(store.attach_key, attach_memory.sealed(store.attach))
    with kept_signals(Cache(folder)):
        assert merge_events(events) == want
    assert counts[-1][0] == 0  # nothing changed: every cluster kept


@pytest.mark.parametrize("reports", [
    [],
    [day_report("a", 0, date(2024, 4, 23), 0)],
    [day_report("a", 0, date(2024, 4, 23), 0), day_report("b", 0, date(2024, 4, 23), 1)],
    [week_report("a", 0, date(2024, 4, 23), 0)],
], ids=["none", "one day", "two days", "one week"])
def test_a_batch_without_coarse_groups_keeps_a_record_too(tmp_path, reports):
    """A small site whose reports give no coarse group (or no group at all) still merges, and
    merges again through its record, as without one."""
    folder = tmp_path / "signals"
    want = merge_events(list(reports))
    for _ in range(2):  # first with no record, then through the one just kept
        with kept_signals(Cache(folder)):
            assert merge_events(list(reports)) == want
