"""Splits a Markdown article body into sentences with their offsets in the body.

An event's text is the sentence its date stands in, so the split decides what a reader sees on
the timeline. Blocks (paragraphs, headings, list items, quotes, table rows) always end a
sentence; inside a block a sentence ends at . ! ? or an ellipsis followed by space and a capital,
digit or opening quote, except after abbreviations ("z. B.", "Dr.", "U.S.", "Mr."), initials,
German ordinals ("am 30. April") and dates without a year ("am 30.4. hat"). Fenced code is not
prose and holds no sentences.

Blocks follow Python-Markdown, which renders the article pages: a list needs a blank line
before it, so "am\n1. Juni" wrapped to a line start stays text. Markup that only marks a block (the '#' of a heading, a list bullet, a quote's '>') is blanked
to spaces before splitting, so offsets stay those of the body; `plain_text` then removes inline
markup (links, emphasis, code, HTML) from a sentence without adding any word of its own.
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Sentence:
    start: int  # offset of the first character in the body
    end: int  # offset just past the last character
    text: str  # the sentence as plain text: Markdown removed, whitespace collapsed


ABBREVIATIONS = frozenset("""
    mr mrs ms dr prof st jr sr gen gov sen rep lt col capt sgt maj mt inc corp ltd co vs no nos
    approx dept est fig jan feb febr mar apr jun jul aug sep sept oct okt nov dec dez
    bzw ca nr abs art ggf vgl sog inkl evtl bspw hr fr str jh jhd mio mrd tsd dt gegr geb max min
    chr zt allg präs kt tel rd ev kath evang lic dipl ing mag phil med jur bd hg hrsg ff
""".split())
MONTHS = frozenset("""
    januar jänner februar märz april mai juni juli august september oktober november dezember
    january february march may june july october december
    jan feb febr mär mar apr jun jul aug sep sept okt oct nov dez dec
""".split())
# Words that open a German sentence, so "... 3 zu 2. Danach" still ends one after a number.
GERMAN_OPENERS = frozenset("""
    der die das den dem des ein eine einen er sie es wir ich ihr man am im in auf nach dann
    doch aber und so dies diese dieser damit danach daher deshalb zudem auch bei mit seit
""".split())

_BLOCK_START = re.compile(r"^ {0,3}(?:#{1,6}(?=\s|$)|[-*+](?=\s)|\d{1,9}[.)](?=\s)|>)")
_HEADING = re.compile(r"^ {0,3}#{1,6}(?:\s|$)")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_RULE = re.compile(r"^ {0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|=+\s*)$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_END = re.compile(r"(?:[.!?]+|…)[\"'”“»«)\]’*_]*(?=\s+)")
_FOLLOWING = re.compile(r"\s+(\S+)")
_OPENING = "\"'„“‚‘»«([*_"
_INLINE_MARKUP = re.compile(r"[\[<`*_~\\&]")  # what starts any markup plain_text removes
_SPACES = re.compile(r"\s+")
_ALNUM = re.compile(r"[^\W_]")  # a character str.isalnum() accepts (what \w is, less "_")
_DOTTED_TOKEN = re.compile(r"(?:[^\W\d_]+\.)+[^\W\d_]+")
_DAY_MONTH = re.compile(r"\d{1,2}\.\d{1,2}")
_ORDINAL = re.compile(r"\d{1,2}")
_TRAILING = re.compile(r"\W+$")


def split_sentences(body: str, lang: str | None = None) -> list[Sentence]:
    """Sentences of `body` in order; `lang` ("de"/"en") tunes the ordinal rule."""
    masked, blocks = _mask_blocks(body)
    sentences = []
    for block_start, block_end in blocks:
        start = block_start
        for match in _END.finditer(masked, block_start, block_end):
            if _ends_sentence(masked, match, block_end, lang):
                sentences.extend(_sentence(masked, start, match.end()))
                start = match.end()
        sentences.extend(_sentence(masked, start, block_end))
    return sentences


def sentence_at(sentences: list[Sentence], offset: int,
                starts: list[int] | None = None) -> Sentence | None:
    """The sentence holding body offset `offset`, or None (markup, code, blank lines).
    starts: the sentences' start offsets, when the caller asks for many offsets."""
    if starts is None:
        starts = [s.start for s in sentences]
    index = bisect.bisect_right(starts, offset) - 1
    if index >= 0 and sentences[index].start <= offset < sentences[index].end:
        return sentences[index]
    return None


def plain_text(markdown: str) -> str:
    """Inline Markdown to plain text: link and image text kept, markup and HTML tags dropped."""
    if not _INLINE_MARKUP.search(markdown):  # none of the substitutions below could apply
        return _SPACES.sub(" ", markdown).strip()
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    text = re.sub(r"\[\^[^\]]*\]", "", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]\[[^\]]*\]", r"\1", text)
    text = re.sub(r"<((?:https?|mailto):[^>\s]+)>", r"\1", text)
    text = re.sub(r"<!--.*?-->|</?[A-Za-z][^>]*>", "", text, flags=re.S)
    text = re.sub(r"(`+)(.+?)\1", lambda m: m.group(2).strip(), text)
    text = re.sub(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2", text)
    text = re.sub(r"~~(?=\S)(.+?)(?<=\S)~~", r"\1", text)
    text = re.sub(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])", r"\1", text)
    text = re.sub(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)", r"\1", text)
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|>~])", r"\1", text)
    return _SPACES.sub(" ", html.unescape(text)).strip()


def _mask_blocks(body: str) -> tuple[str, list[tuple[int, int]]]:
    """The body with block markup blanked, and the (start, end) offsets of its prose blocks."""
    chars = list(body)
    blocks: list[tuple[int, int]] = []
    block_start = None
    kind = None  # of the open block: "paragraph", "list" (one item) or "quote"
    fence = None
    offset = 0

    def close(at: int) -> None:
        nonlocal block_start
        if block_start is not None:
            blocks.append((block_start, at))
            block_start = None

    for line in body.splitlines(keepends=True):
        content = line.rstrip("\n")
        line_end = offset + len(content)
        if fence is not None or _FENCE.match(content):
            marker = _FENCE.match(content)
            if fence is None:
                fence = marker.group(1)
            elif marker and marker.group(1) == fence:
                fence = None
            content = ""  # code is not prose
        elif _RULE.match(content) or _TABLE_RULE.match(content):
            content = ""
        if not content.strip():
            chars[offset:line_end] = " " * (line_end - offset)
            close(offset)
            kind = None
        elif _HEADING.match(content) or content.lstrip().startswith("|"):
            heading = _HEADING.match(content)
            if heading:
                tail = re.search(r"\s#+\s*$", content)  # closing hashes of "## Title ##"
                cut = tail.start() if tail and tail.start() >= heading.end() else len(content)
                chars[offset:offset + heading.end()] = " " * heading.end()
                chars[offset + cut:line_end] = " " * (line_end - offset - cut)
            else:
                for i, ch in enumerate(content):
                    if ch == "|":
                        chars[offset + i] = " "
            close(offset)
            blocks.append((offset, line_end))  # a heading or table row is a block of its own
            kind = None
        else:
            prefix, kind, starts = _block_markers(content, kind)
            chars[offset:offset + prefix] = " " * prefix
            if starts:
                close(offset)
            if block_start is None:
                block_start = offset
        offset += len(line)
    close(len(body))
    return "".join(chars), blocks


def _block_markers(line: str, kind: str | None) -> tuple[int, str, bool]:
    """For a prose line: length of its block markers, its block's kind, whether it starts one.

    As in Python-Markdown (the renderer's parser): every list item starts a block, except that
    a list marker inside a paragraph is text ("am\n1. Juni" wrapped to the line start); a quote
    starts a block unless one is open; a line without markers continues the open block (also
    a lazy quote or list continuation).
    """
    prefix, item, quote = 0, False, False
    while True:  # nested markers: "> - item", "- > quote"
        marker = _BLOCK_START.match(line[prefix:])
        if not marker:
            break
        if marker.group(0).lstrip().startswith(">"):
            quote = True
        elif kind == "paragraph" and not (item or quote):
            break
        else:
            item = True
        prefix += marker.end()
    if item:
        return prefix, "list", True
    if quote:
        return prefix, "quote", kind != "quote"
    return prefix, kind or "paragraph", kind is None


def _last_token(text: str, end: int) -> str:
    """The non-blank run ending at `end`, found by walking back from it, not by scanning the
    whole text before it (that made splitting time quadratic in the length of the body)."""
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def _ends_sentence(text: str, match: re.Match, limit: int, lang: str | None) -> bool:
    following = _FOLLOWING.match(text, match.end(), limit)  # no slicing: linear in the body
    if not following:
        return True
    next_word = following.group(1)
    first = next_word.lstrip(_OPENING)[:1]
    if not first or not (first.isupper() or first.isdigit() or next_word[0] in _OPENING):
        return False
    punct = match.group(0)
    if not punct.startswith(".") or punct.startswith(".."):
        return True
    token = _last_token(text, match.start()).lstrip(_OPENING)
    word = token.lower()
    if word in ABBREVIATIONS:
        return False
    if len(token) == 1 and token.isalpha():
        return False  # an initial, or one letter of "z. B." / "u. a."
    if "." in token and _DOTTED_TOKEN.fullmatch(token):
        return False  # U.S., z.B., e.g.
    if _DAY_MONTH.fullmatch(token):
        return False  # a German date without a year: "am 30.4. trafen"
    if _ORDINAL.fullmatch(token):
        bare = _TRAILING.sub("", next_word.lstrip(_OPENING)).lower()
        if bare in MONTHS:
            return False
        if lang == "de" and bare not in GERMAN_OPENERS and not first.isdigit():
            return False  # a German ordinal: "der 2. Weltkrieg"
    return True


def _sentence(masked: str, start: int, end: int) -> list[Sentence]:
    chunk = masked[start:end]
    left = len(chunk) - len(chunk.lstrip())
    right = len(chunk.rstrip())
    if left >= right:
        return []
    text = plain_text(chunk[left:right])
    if not _ALNUM.search(text):
        return []
    return [Sentence(start + left, start + right, text)]
