"""Regular expressions shaped as prefix trees: an alternation of many words written so that the
regex engine walks it letter by letter instead of trying every word in turn at every place.
"""

from __future__ import annotations

import re


def word_tree(words: list[str]) -> str:
    """An alternation of whole words as a prefix tree ("wa(?:r(?:en)?|s)"), which the regex
    engine walks letter by letter instead of trying every word in turn."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        inner = "|".join(branches)
        if "" in node:
            return f"(?:{inner})?"
        return inner if len(branches) == 1 else f"(?:{inner})"
    return emit(tree)


def word_trie(words: list[str]) -> str:
    """word_tree of the words that begin with no other one: for the starts of tokens
    ("ma(?:r|y)"), where the shorter word already makes a token a trigger."""
    kept: list[str] = []
    for w in sorted(set(words)):  # a word's prefixes sort before it and all between them
        if not (kept and w.startswith(kept[-1])):
            kept.append(w)
    return word_tree(kept)
