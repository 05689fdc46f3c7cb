"""A site opened straight from disk (file://) works and links on, and a crowded day stays
readable: thirty events on one date never cover one another, and each kind of date says its
precision in the hover label."""

from __future__ import annotations

import pytest
from browserkit import EVENT_MARKS, PageWatch, hover, wait_for_chart

from dense_site import CROWD, build

from newsline.build import build as build_site
from newsline.render import render_site
from newsline.writer import write_site


@pytest.fixture(scope="module")
def dense_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("dense")
    site, articles, events = build(out)
    write_site(render_site(site, articles, events), out / "site")
    return out / "site"


def _open_file(browser, path, width=1280) -> PageWatch:
    context = browser.new_context(viewport={"width": width, "height": 900})
    watch = PageWatch(context.new_page(), "file://")
    watch.page.goto(path.as_uri(), wait_until="load")
    return watch


def _overlaps(boxes) -> list:
    hits = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if (a["x"] < b["x"] + b["width"] and b["x"] < a["x"] + a["width"]
                    and a["y"] < b["y"] + b["height"] and b["y"] < a["y"] + a["height"]):
                hits.append((a, b))
    return hits


def test_thirty_events_on_one_day_do_not_cover_each_other(browser, dense_dir, artifacts):
    watch = _open_file(browser, dense_dir / "haushalt" / "index.html")
    drawn = wait_for_chart(watch)
    crowd = sorted(i for i in drawn if i.startswith("crowd"))
    assert len(crowd) == CROWD
    boxes = [watch.page.locator(f'{EVENT_MARKS}[data-event="{i}"]').bounding_box()
             for i in crowd]
    assert all(b and b["width"] > 0 for b in boxes)
    assert _overlaps(boxes) == []
    # every one of them can be hovered: none hides under another mark
    assert all(hover(watch, i) for i in crowd[::7])
    assert watch.problems() == []
    watch.page.screenshot(path=str(artifacts / "crowded-day-1280.png"))
    watch.page.context.close()


@pytest.mark.parametrize("event_id, label", [
    ("crowd00", "30. April 2024"),
    ("week", "KW 17: 22.–28. April 2024"),
    ("month", "September 2023"),
    ("before", "vor dem 30. April 2022"),
])
def test_hover_labels_state_the_precision(browser, dense_dir, event_id, label):
    watch = _open_file(browser, dense_dir / "haushalt" / "index.html")
    wait_for_chart(watch)
    text = hover(watch, event_id)
    assert text and text.startswith(label), text
    assert "Stadtanzeiger" in text
    watch.page.context.close()


def test_the_built_site_works_from_file_urls(browser, site_dir, artifacts):
    watch = _open_file(browser, site_dir / "index.html")
    assert wait_for_chart(watch)
    nav = watch.page.locator("header nav a").first
    title = nav.inner_text()
    nav.click()
    watch.page.wait_for_load_state("load")
    assert watch.page.url.startswith("file://") and watch.page.url.endswith("/index.html")
    assert watch.page.locator("h1").inner_text() == title
    assert wait_for_chart(watch)
    watch.page.locator("ol.events .event-sources a[href*='#x-']").first.click()
    watch.page.wait_for_load_state("load")
    assert "/articles/" in watch.page.url
    assert watch.page.evaluate("document.querySelector(':target').className") == "timex"
    assert watch.problems() == []
    watch.page.context.close()
