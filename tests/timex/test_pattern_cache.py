"""The tagger's answers about its patterns kept on disk (newsline.timex.pattern_cache): a fresh
process finds them there, they are exactly what working them out gives, and a file that is
damaged, or holds answers another process wrote meanwhile, costs nothing but time."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from newsline.timex import pattern_cache, required, tries

WORDS = r"(?<!\w)(?:januar|jan|februar|feb|märz|mär|april|apr)\.?(?P<tag>\s\d\d?)?"
TEXT = "Am 3. Jan. und im Februar 12, nicht im Märzen; APR 7 und april."


@pytest.fixture
def store(tmp_path, monkeypatch):
    """A store in a folder of its own, used by the tagger's pattern code."""
    made = pattern_cache._Store(tmp_path / "patterns-test.json")
    monkeypatch.setattr(tries, "STORE", made)
    monkeypatch.setattr(required, "STORE", made)
    return made


def _fresh(store):
    """The store as the next process finds it."""
    store.write()
    return pattern_cache._Store(store.path)


def test_a_compiled_pattern_is_found_by_the_next_process_and_matches_the_same(store):
    first = tries.compiled(WORDS, re.IGNORECASE)
    later = _fresh(store)
    tries.STORE = later
    worked_out = []
    kept = later.get("tree", WORDS, re.IGNORECASE, lambda: worked_out.append(1))
    assert not worked_out and kept == tries._code(WORDS, re.IGNORECASE)
    again = tries.compiled(WORDS, re.IGNORECASE)
    plain = re.compile(WORDS, re.IGNORECASE)
    assert [(m.span(), m.groups()) for m in again.finditer(TEXT)] == \
        [(m.span(), m.groups()) for m in first.finditer(TEXT)] == \
        [(m.span(), m.groups()) for m in plain.finditer(TEXT)] != []
    assert (again.pattern, again.flags, again.groupindex) == \
        (plain.pattern, plain.flags, plain.groupindex)


def test_answers_are_kept_by_pattern_and_flags(store):
    tries.compiled(WORDS, 0)
    tries.compiled(WORDS, re.IGNORECASE)
    later = _fresh(store)
    tries.STORE = later
    assert [m.group() for m in tries.compiled(WORDS, 0).finditer(TEXT)] == \
        re.findall(r"(?<!\w)(?:jan|februar 12|april)\.?", TEXT)
    assert [m.group() for m in tries.compiled(WORDS, re.IGNORECASE).finditer(TEXT)] == \
        ["Jan.", "Februar 12", "März", "APR 7", "april."]
    assert required._required_strings(WORDS, 0) == \
        later.get("required", WORDS, 0, lambda: required._required_strings(WORDS, 0))


TAG_ALL = (
    "import datetime, sys; from newsline.timex import tag; "
    "text = open(sys.argv[1], encoding='utf-8').read(); "
    "print([(t.start, t.end, t.type, t.value) for t in tag(text, 'de', datetime.date(2024, 6, 20))]"
    " + [(t.start, t.end, t.type, t.value) for t in tag(text, 'en', datetime.date(2024, 6, 20))])"
)


def test_the_tags_of_a_process_reading_the_file_are_those_of_one_working_all_out(tmp_path):
    text = tmp_path / "text.txt"
    text.write_text("Seit dem 3. Juni 2024 tagt der Rat jeden Montag, vor zwei Wochen zuletzt. "
                    "On Tuesday, three weeks ago, the board met; it meets again in March 2025.\n",
                    encoding="utf-8")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}

    def tags() -> str:
        return subprocess.run([sys.executable, "-c", TAG_ALL, str(text)], env=env, check=True,
                              capture_output=True, text=True).stdout

    worked_out = tags()
    (kept,) = (tmp_path / "cache" / "newsline").glob("patterns-*.json")
    written = kept.read_bytes()
    assert tags() == worked_out and worked_out.count("(") >= 8
    assert kept.read_bytes() == written  # (the second process found every answer it needed)


@pytest.mark.parametrize("damage", ["{not json", "[]", '{"tree\\u00000\\u0000x|y": 7}',
                                    '{"tree\\u00000\\u0000x|y": [1, 2]}'])
def test_a_damaged_file_is_worked_out_anew(store, damage):
    store.path.write_text(damage, encoding="utf-8")
    got = pattern_cache._Store(store.path)
    tries.STORE = got
    assert tries.compiled("x|y").findall("xyz") == ["x", "y"]
    assert got.entries["tree\x000\x00x|y"] == tries._code("x|y", 0)


@pytest.mark.parametrize("cut", [7, 16, 400])  # (no base64, a few words, code cut short)
def test_code_the_regex_engine_finds_invalid_is_compiled_anew(store, cut):
    good = tries._code(WORDS, re.IGNORECASE)
    broken = [good[0], good[1][:cut], *good[2:]]
    store.entries = {f"tree\0{int(re.IGNORECASE)}\0{WORDS}": broken}
    assert tries.compiled(WORDS, re.IGNORECASE).findall("jan. 3") == [" 3"]
    assert store.entries[f"tree\0{int(re.IGNORECASE)}\0{WORDS}"] == good


def test_answers_other_processes_wrote_meanwhile_are_kept(store):
    tries.compiled("(?:a|b|c|d|e)x")
    other = pattern_cache._Store(store.path)
    other.get("guarded", "other", 0, lambda: "written by another process")
    other.write()
    store.write()
    kept = json.loads(store.path.read_text(encoding="utf-8"))
    assert kept["guarded\x000\x00other"] == "written by another process"
    assert any(key.startswith("tree\x000\x00(?:a|b") for key in kept)


def test_a_run_that_made_more_answers_than_a_grammar_has_writes_none(store, monkeypatch):
    monkeypatch.setattr(pattern_cache, "_MAX_ENTRIES", 3)
    for pattern in ("(?:a|b|c|d)x", "(?:e|f|g|h)x", "(?:i|j|k|l)x", "(?:m|n|o|p)x"):
        tries.compiled(pattern)
    store.write()
    assert not store.path.exists()


COUNT_WORK = (
    "import datetime, sys; from re import _parser; from newsline.timex import tag, tries; "
    "import newsline.timex.grammar_de, newsline.timex.grammar_en; "
    "calls = []; "
    "real_tree, real_parse = tries._tree, _parser.parse; "
    "ours = ('newsline/timex/required.py', 'newsline/timex/tries.py'); "
    "tries._tree = lambda *a: calls.append('tree') or real_tree(*a); "
    "_parser.parse = lambda *a, **k: (sys._getframe(1).f_code.co_filename.endswith(ours) and "
    "calls.append('parse')) or real_parse(*a, **k); "
    "text = open(sys.argv[1], encoding='utf-8').read(); "
    "day = datetime.date(2024, 6, 20); "
    "found = tag(text, 'de', day) + tag(text, 'en', day); "
    "print(len(found), sorted(set(calls)))"
)


def test_a_process_finding_the_kept_answers_builds_no_tree_and_parses_no_pattern(tmp_path):
    # (the windows' searches for required strings and trigger words, the one-pass search, the
    # tense markers' barriers: all kept on disk beside the compiled patterns)
    text = tmp_path / "text.txt"
    text.write_text("Am 3. Juni 2024 tagte der Rat, wie jeden Montag. On Tuesday, two weeks "
                    "ago, the board met at 10 a.m.; it meets again in March 2025.\n",
                    encoding="utf-8")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}

    def run() -> str:
        return subprocess.run([sys.executable, "-c", COUNT_WORK, str(text)], env=env,
                              check=True, capture_output=True, text=True).stdout.split(" ", 1)

    first_count, first_work = run()
    later_count, later_work = run()
    assert int(first_count) >= 8 and later_count == first_count
    assert "tree" in first_work and "parse" in first_work
    assert later_work.strip() == "[]"


def test_a_pattern_written_as_trees_is_compiled_as_written(store, monkeypatch):
    # (the windows' searches are prefix trees already: reading them for runs of words cost a
    # process without kept patterns more than the trees saved)
    from newsline.timex.tries import word_tree

    pattern = f"(?<!\\w)(?:{word_tree(['januar', 'juni', 'juli', 'mai', 'märz'])})"
    monkeypatch.setattr(tries, "_rewrite", lambda *a: pytest.fail("read for trees"))
    regex = tries.compiled(pattern, re.IGNORECASE, trees=False)
    text = "Im Juni, nicht im Mai; MÄRZ und juli, Januar."
    assert regex.findall(text) == re.compile(pattern, re.IGNORECASE).findall(text) == \
        ["Juni", "Mai", "MÄRZ", "juli", "Januar"]
    assert f"code\x00{int(re.IGNORECASE)}\x00{pattern}" in store.entries
