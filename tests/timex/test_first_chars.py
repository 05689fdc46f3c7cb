"""The compiled patterns name the characters their matches begin with (tries._with_first_chars):
the regex engine then tries a pattern only where such a character stands, and finds what the
pattern as written finds, in every case the engine folds (the long s, the Kelvin sign, the
dotted capital I)."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from re import _constants as C

from newsline.timex import tries
from newsline.timex.grammar_de import GRAMMAR as GERMAN
from newsline.timex.grammar_en import GRAMMAR as ENGLISH

HERE = Path(__file__).parent


def _info_mask(pattern: str, flags: int) -> int:
    code = tries._code(pattern, flags)
    words = tries.array(tries._CODE_ITEM, tries.b64decode(code[1])).tolist()
    assert words[0] == C.INFO
    return words[2]


@pytest.mark.parametrize("pattern, flags", [
    (r"(?<!\w)(?:monday|tuesday|wednesday|thursday)\b", re.IGNORECASE),
    (r"(?<![\w])(?P<t>\d{4}-\d\d-\d\d)(?![\w])", 0),
    (r"\b(?:in|im|am)\s+(?:januar|februar|märz|april)\b", re.IGNORECASE),
    (r"(?=\d)(?:\d+\.|(?i:mitte|ende))\s", 0),
])
def test_a_pattern_opening_blind_names_the_characters_its_matches_begin_with(pattern, flags):
    assert re.compile(pattern, flags).pattern == pattern
    assert _info_mask(pattern, flags) & C.SRE_INFO_CHARSET


@pytest.mark.parametrize("pattern", [r"(?:[^b]|-)?x", r"(?<!\w)[^a]b", r"(?<!\w).b", r"a|(?=b)"])
def test_unknown_or_empty_beginnings_name_none(pattern):
    assert not _info_mask(pattern, 0) & C.SRE_INFO_CHARSET


ODD = "ſSsKkKİıiIµΜμßẞÄäÖöÜü0٣-'’. \n\t,Åå"
PATTERNS = [
    (r"(?<!\w)(?:sat|sun|kw|ist|mai)\w*", re.IGNORECASE),
    (r"(?<!\w)(?:sat|sun|kw|ist|mai)\w*", 0),
    (r"(?<!\w)[s-uk]\w|(?<=\s)[ä-ü]", re.IGNORECASE),
    (r"(?<![\w])\d{1,2}\.\s?(?i:k|s)", 0),
    (r"(?i:\b(?:ß|straße))|(?<!\w)µ\w", 0),
    (r"(?<!\w)(?:in\s+)?(?:\d+|['’]\d\d)(?:s|er)?", re.IGNORECASE),
    (r"(?:(?<=\s)|^)(?:(?i:[a-c])|Å)\w+", 0),
]


@pytest.mark.parametrize("pattern, flags", PATTERNS)
def test_patterns_with_their_first_characters_match_as_written_on_random_text(pattern, flags):
    rng = random.Random(3)
    alphabet = list(ODD) + ["ſat", "SUN", "ſun", "Kw", "kw", "İst", "ist", "MAİ", "Mai", "µx",
                            "Μx", "straße", "STRAẞE", "ß", "12", "٣٣", "'98", "’70s", "1990er",
                            "in 7", "In 1990s", "Åbc", "ábc", "Cab", "abc", "ämter", "Über",
                            "3. k", "4.K", "31.ſ", "sat", " ", " "]
    plain = re.compile(pattern, flags)
    fast = tries.compiled(pattern, flags)
    assert _info_mask(pattern, flags) & C.SRE_INFO_CHARSET
    found = 0
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 200)))
        expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == expected, text
        lo = rng.randrange(len(text) + 1)
        hi = rng.randrange(lo, len(text) + 1)
        assert [m.span() for m in fast.finditer(text, lo, hi)] == \
            [m.span() for m in plain.finditer(text, lo, hi)]
        found += len(expected)
    assert found > 50


@pytest.mark.parametrize("grammar", [GERMAN, ENGLISH], ids=["de", "en"])
def test_most_rules_name_their_first_characters(grammar):
    named = sum(bool(_info_mask(r.pattern, r.flags) & C.SRE_INFO_CHARSET) for r in grammar.rules)
    assert named > len(grammar.rules) * 0.7


def test_no_code_point_the_case_table_leaves_out_has_a_case():
    import _sre

    assert not [code for code in range(tries._CASED_BELOW, 0x110000)
                if _sre.unicode_tolower(code) != code or chr(code).upper() != chr(code)]
    assert 0x212A in tries._lower_inverse()[ord("k")]  # the Kelvin sign


_WITHOUT_CASE_TABLE = r"""
import sys
sys.modules["re._casefix"] = None  # (a Python whose regex engine keeps no such table)
import json, re
from datetime import date
from re import _constants as C
from newsline.timex import tag, tries
from newsline.timex.grammar_en import GRAMMAR
caseless = [r for r in GRAMMAR.rules if r.flags & re.IGNORECASE]
code = tries.array(tries._CODE_ITEM, tries.b64decode(tries._code(caseless[0].pattern,
                                                                caseless[0].flags)[1])).tolist()
out = {"charset": bool(code[2] & C.SRE_INFO_CHARSET),
       "de": [(t.start, t.end, t.value) for t in tag(sys.argv[1], "de", date(2026, 1, 8))],
       "en": [(t.start, t.end, t.value) for t in tag(sys.argv[2], "en", date(2024, 4, 23))]}
print(json.dumps(out))
"""


def test_a_python_without_the_engines_case_table_tags_as_ever(tmp_path):
    """re._casefix is CPython's internal: where it is missing, the tagger still imports and
    finds the same expressions, its patterns under IGNORECASE compiled without a set."""
    import json
    import os
    import subprocess
    import sys
    from datetime import date

    from newsline.timex import tag

    de = "Am Mittwochabend riss ein Sturm das Dach ab; im März 2024 war es neu, KW 12."
    en = "The boat show ran Monday to Wednesday; in June 1998 the ſhip sailed at 0402 GMT."
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path),
           "PYTHONPATH": str(HERE.parent.parent)}
    run = subprocess.run([sys.executable, "-c", _WITHOUT_CASE_TABLE, de, en], env=env,
                         cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    got = json.loads(run.stdout)
    assert got["charset"] is False
    assert got["de"] == [[t.start, t.end, t.value] for t in tag(de, "de", date(2026, 1, 8))]
    assert got["en"] == [[t.start, t.end, t.value] for t in tag(en, "en", date(2024, 4, 23))]
    assert got["de"] and got["en"]


def test_the_kept_patterns_are_keyed_by_every_module_that_keeps_answers():
    """A kept answer is made by the module that asks for it: each such module is part of the
    digest that names the file (an edit of it gives a new file, never a stale answer)."""
    from newsline.timex import pattern_cache

    folder = Path(pattern_cache.__file__).parent
    keeping = {p.name for p in folder.glob("*.py") if "STORE.get(" in p.read_text("utf-8")}
    assert keeping and keeping <= set(pattern_cache._SOURCES)


def _rules_and_texts():
    out = []
    for grammar, name in ((GERMAN, "data/news_sentences_de.txt"), (ENGLISH, "news_en.txt")):
        lines = (HERE / name).read_text("utf-8").splitlines()
        text = "\n".join(line for line in lines if line and line[0] not in "#@ ")
        patterns = [(r.pattern, r.flags) for r in grammar.rules]
        patterns.append((grammar._marker_regex().pattern, 0))
        out += [(pattern, flags, text) for pattern, flags in patterns]
    return out


# every code point the regex engine may fold onto a Latin letter or a digit, and a few others
_NEAR_LATIN = [chr(c) for c in range(0x20000) if not 0xD800 <= c < 0xE000 and (
    c < 0x250 or tries._sre.unicode_tolower(c) < 0x250 or chr(c).upper()[:1] < "\u0250"
    or chr(c).isdigit())]


def test_the_rules_match_as_written_wherever_a_match_begins_with_any_folding_character():
    """Each rule of both grammars and the tense markers, compiled with the characters their
    matches begin with, find what the plain patterns find in the news sentences, and again where
    the first character of a match is replaced by any character the engine may take for a
    Latin letter or a digit (the Kelvin sign, the long s, the dotted capital I, other digits)."""
    checked = 0
    for pattern, flags, text in _rules_and_texts():
        plain, fast = re.compile(pattern, flags), tries.compiled(pattern, flags)
        found = [m.start() for m in plain.finditer(text)]
        assert [m.start() for m in fast.finditer(text)] == found, pattern[:80]
        for start in found[:1]:
            lo = max(0, start - 20)
            window, at = text[lo:start + 40], start - lo
            for ch in _NEAR_LATIN:
                changed = window[:at] + ch + window[at + 1:]
                assert [m.span() for m in fast.finditer(changed)] == \
                    [m.span() for m in plain.finditer(changed)], (pattern[:80], changed)
            checked += 1
    assert checked > 150
