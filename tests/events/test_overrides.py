"""content/overrides.yaml: every kind of override, stale ones, malformed files, check --strict."""

import json
from types import SimpleNamespace

import pytest
from eventcase import make_project

from newsline.build import build
from newsline.check import check_site, cmd_check
from newsline.problems import ContentError

VOTE = "8bf26d819b99"  # the council vote of 12 March, reported in German and English
JUNE = "610ff556814a"  # "Die Bauarbeiten sollen im Juni beginnen."
APRIL = "9dabc6f6dc3b"  # the council meets on 4 April 2024
FEW_DAYS = "945437c5cbad"  # "a few days ago"


def run(tmp_path, overrides):
    root = make_project(tmp_path, overrides=overrides)
    result = build(root)
    events = json.loads((root / "build" / "events.json").read_text("utf-8"))["events"]
    return root, result, {e["id"]: e for e in events}


def test_the_ids_used_here_are_the_ones_the_build_makes(tmp_path):
    _, result, events = run(tmp_path, None)
    assert {VOTE, JUNE, APRIL, FEW_DAYS} <= set(events) and not result.problems.items


def test_an_editor_corrects_a_date_and_the_page_says_so(tmp_path):
    root, result, events = run(tmp_path, f"""\
events:
  {JUNE}:
    date: 2024-06-17
    note: "Der Baubeginn ist laut Bauamt der 17. Juni."
""")
    june = events[JUNE]
    assert (june["start"], june["end"], june["granularity"]) == ("2024-06-17", "2024-06-17", "day")
    assert june["corrected_from"] == {"start": "2024-06-01", "end": "2024-06-30",
                                      "granularity": "month",
                                      "note": "Der Baubeginn ist laut Bauamt der 17. Juni."}
    assert june["planned"] and not result.problems.items
    page = (root / "build" / "hafen" / "index.html").read_text("utf-8")
    entry = page[page.index(f'id="event-{JUNE}"'):]
    entry = entry[:entry.index("</li>")]
    assert "Datum von der Redaktion korrigiert" in entry
    assert "Im Text: Juni 2024. Der Baubeginn ist laut Bauamt der 17. Juni." in entry


def test_hide_merge_and_split(tmp_path):
    _, result, events = run(tmp_path, f"""\
events:
  {FEW_DAYS}:
    hide: true
  {APRIL}:
    merge: [{JUNE}]
  {VOTE}:
    split: [2024-03-14-council-bridge]
""")
    assert FEW_DAYS not in events and JUNE not in events
    assert [s["article"] for s in events[APRIL]["sources"]] == [
        "2024-03-13-ratsbeschluss", "2024-03-20-bruecke-kosten"]
    assert [s["lang"] for s in events[VOTE]["sources"]] == ["de"]
    english = [e for e in events.values() if e["sources"][0]["article"] == "2024-03-14-council-bridge"]
    assert [e["start"] for e in english] == ["2024-03-12"]
    assert not result.problems.items


def test_an_event_added_by_hand_cites_its_source(tmp_path):
    root, result, events = run(tmp_path, """\
added:
  - article: 2024-03-20-bruecke-kosten
    quote: "höheren Kosten für die Brücke"
    date: 2024-03
    note: "Die Kostenschätzung stieg im März."
""")
    [added] = [e for e in events.values() if e["by_hand"]]
    assert added["text"] == "Die Verwaltung rechnet inzwischen mit höheren Kosten für die Brücke."
    assert (added["start"], added["end"]) == ("2024-03-01", "2024-03-31")
    assert added["editor_note"] == "Die Kostenschätzung stieg im März."
    page = (root / "build" / "articles" / "2024-03-20-bruecke-kosten" / "index.html").read_text()
    anchor = added["sources"][0]["link"].split("#")[1]
    assert f'<mark class="quote" id="{anchor}">höheren Kosten für die Brücke</mark>' in page
    assert "von der Redaktion ergänzt" in (root / "build" / "stadt" / "index.html").read_text()
    assert not result.problems.items


def test_a_stale_override_is_a_warning_and_an_error_under_check_strict(tmp_path, capsys):
    root, result, events = run(tmp_path, """\
events:
  0123abcd4567:
    hide: true
""")
    [warning] = result.problems.warnings
    assert (warning.path, warning.line) == ("content/overrides.yaml", 2)
    assert "no event has id 0123abcd4567" in warning.message
    assert check_site(root).warnings == [warning]
    assert cmd_check(SimpleNamespace(root=str(root), strict=False)) == 0
    assert cmd_check(SimpleNamespace(root=str(root), strict=True)) == 1
    assert "content/overrides.yaml:2: warning: no event has id" in capsys.readouterr().err


@pytest.mark.parametrize("text, line, message", [
    ("events:\n  abc: [unclosed\n", 3, "not valid YAML"),
    (f"events:\n  {JUNE}:\n    date: next tuesday\n", 3, "'date' 'next tuesday' is not"),
    (f"events:\n  {JUNE}:\n    hide: maybe\n", 3, "'hide' must be true or false"),
    (f"events:\n  {JUNE}:\n    colour: red\n", 3, "unknown key 'colour'"),
    ("added:\n  - article: 2024-03-20-bruecke-kosten\n    quote: nicht im Text\n"
     "    date: 2024-03-01\n", 2, "the quote is not in the text"),
    ("added:\n  - article: nowhere\n", 2, "needs quote, date"),
    ("hidden: []\n", 1, "unknown key 'hidden'"),
])
def test_a_malformed_overrides_file_fails_the_build_with_file_and_line(tmp_path, text, line,
                                                                       message):
    root = make_project(tmp_path, overrides=text)
    with pytest.raises(ContentError) as failure:
        build(root)
    [error] = failure.value.problems.errors
    assert (error.path, error.line) == ("content/overrides.yaml", line)
    assert message in error.message
    assert not (root / "build").exists()


def test_a_quote_holding_a_dated_expression_links_to_its_mark(tmp_path):
    root, result, events = run(tmp_path, """\
added:
  - article: 2024-03-20-bruecke-kosten
    quote: "tagt am 4. April 2024 erneut"
    date: 2024-04-05
""")
    [added] = [e for e in events.values() if e["by_hand"]]
    anchor = added["sources"][0]["link"].split("#")[1]
    page = (root / "build" / "articles" / "2024-03-20-bruecke-kosten" / "index.html").read_text()
    assert f'<mark class="timex" id="{anchor}"' in page and not result.problems.items
