"""The chart's hover lines are wrapped as textwrap wraps them, by the fast way or the long one."""

import random
import textwrap

import pytest

from newsline.render.hover import wrap_words

WORDS = ["a", "Brücke", "am", "30.", "April", "2024", "beschlossen,", "Rathaus", "x" * 59,
         "y" * 60, "Straßenbahn", "»Zitat«", "it's", "(KW", "17)", "€", "über", "i"]


def texts():
    chance = random.Random(20240430)
    for _ in range(3000):
        words = [chance.choice(WORDS) for _ in range(chance.randint(0, 40))]
        yield " ".join(words)
    yield from ["", "x" * 60, "x" * 61, "a " * 30 + "b", "word-with-hyphen " * 8,
                "two  spaces " * 9, " leading and trailing ", "tab\there " * 10,
                "em--dash between words " * 5, "nbsp\u00a0inside " * 12]


@pytest.mark.parametrize("width", [60, 10])
def test_wrap_words_is_textwrap(width):
    for text in texts():
        assert wrap_words(text, width) == textwrap.wrap(text, width), text
