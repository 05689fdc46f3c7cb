"""The English direction tests searched only where a word they need occurs (clauses_en's
_Needing, used by direction_en too): the same answers as the plain patterns, and no search where
the word is missing."""

from __future__ import annotations

import re
from pathlib import Path

from newsline.timex import clauses_en as c
from newsline.timex import direction_en as d

NEWS = Path(__file__).parent / "news_en.txt"


def _windows():
    """The words before every word of the English news sentences, 16 to 160 characters."""
    for line in NEWS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith(("#", "@", " ")):
            continue
        for m in re.finditer(r"\b\w", line):
            for n in (16, 40, 60, 160):
                yield line[max(0, m.start() - n):m.start()]


def test_the_same_answers_as_the_plain_patterns():
    windows = list(_windows())
    assert len(windows) > 10000
    originals = [(m, name, original) for m in (c, d) for name, original in m._ORIGINALS.items()]
    assert len(originals) == 9
    for module, name, original in originals:
        needing = getattr(module, name)
        assert isinstance(needing, c._Needing), name
        found = 0
        for w in windows:
            got, want = needing.search(w), original.search(w)
            assert (got and got.span()) == (want and want.span()), (name, w)
            found += want is not None
        assert found, name  # (each pattern matches somewhere, or the test tells nothing)


class _Refusing:
    def search(self, text):
        raise AssertionError(f"searched {text!r}")


def test_no_search_without_a_needed_word():
    since = c._Needing(_Refusing(), ("since",))
    assert since.search("prices have risen sharply ") is None
    # (a text the lower-cased look-up cannot vouch for is searched: dotless i folds onto i)
    try:
        since.search("sınce ")
    except AssertionError:
        pass
    else:
        raise AssertionError("the regex was not asked")
