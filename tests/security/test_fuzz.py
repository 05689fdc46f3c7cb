"""Random and pathological articles: each builds, or fails with a ContentError naming file:line.

Builds run in-process through newsline.build.build(); any exception other than ContentError is
a traceback a user would have seen. Generated front matter and Markdown mix random Unicode,
control characters, byte-order marks, CR/CRLF line ends and Markdown syntax; the fixed cases
cover sizes (10 MB, one line), deep nesting and runs of markup characters.
"""

from __future__ import annotations

import re
import shutil
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsline.build import build
from newsline.problems import ContentError
from sitekit import ARTICLE_EN, SITE_TOML, make_project

LOCATED = re.compile(r"^content/[^:]+(:\d+)?: ")
FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


def build_or_located_error(project: Path) -> str:
    """'built', or 'error' after checking that every error names a file (and line)."""
    try:
        build(project)
    except ContentError as exc:
        errors = [p.format() for p in exc.problems.errors]
        assert errors, "a ContentError without a problem"
        for message in errors:
            assert LOCATED.match(message), message
        return "error"
    return "built"


def write_article(project: Path, data: bytes, name: str = "fuzz.md") -> None:
    articles = project / "content" / "articles"
    for old in articles.iterdir():
        if old.is_file():
            old.unlink()
    (articles / name).write_bytes(data)
    shutil.rmtree(project / "build", ignore_errors=True)


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    return make_project(tmp_path_factory.mktemp("fuzz") / "p", articles={})


MARKDOWN_BITS = st.sampled_from([
    "# ", "## ", "- ", "* ", "1. ", "> ", "    ", "\t", "```", "~~~", "**", "*", "_", "`", "[",
    "](", ")", "![", "<", ">", "</", "&", "&#", ";", "|", "---", "\n", "\n\n", "\r\n", "\r",
    "\ufeff", "\u2028", "\x00", "\x1b", "\u202e", "On May 1, 2024", "am 3. Mai 2024", "vor ",
    "seit 2019", "yesterday", "{{ x }}", "<script>", "</script>", "\\", "\U0001F600", ": ",
    "\U000F0001", "\U00100001", "\ufffd",
])
TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=80)
BODY = st.lists(st.one_of(MARKDOWN_BITS, TEXT), max_size=60).map("".join)
FRONT_VALUE = st.one_of(TEXT, st.sampled_from(["", "~", "null", "[]", "{}", "[a, b]", "- x",
                                               "!!binary aGk=", "&a x", "*a", "|", ">",
                                               "'", '"', "2024-13-45", "2024-04-30",
                                               "true", "1e999", "0x1F", "@x", "`x"]))
KEYS = st.sampled_from(["title", "date", "lang", "source", "url", "topics", "summary", "draft",
                        "x", "title", "", "-", "? a"])


@given(BODY)
@FUZZ
def test_any_markdown_body_builds_or_names_its_line(project, body):
    front = ARTICLE_EN.split("\n---\n", 1)[0] + "\n---\n"
    write_article(project, (front + body).encode("utf-8", "surrogatepass"))
    build_or_located_error(project)


@given(st.lists(st.tuples(KEYS, FRONT_VALUE), max_size=10), BODY,
       st.sampled_from(["\n", "\r\n", "\r"]), st.booleans())
@FUZZ
def test_any_front_matter_builds_or_names_its_line(project, pairs, body, newline, bom):
    lines = ["---"] + [f"{key}: {value}" for key, value in pairs] + ["---", body]
    text = ("\ufeff" if bom else "") + newline.join(lines)
    write_article(project, text.encode("utf-8", "surrogatepass"))
    build_or_located_error(project)


@given(st.binary(max_size=300))
@FUZZ
def test_any_bytes_build_or_name_the_file(project, data):
    write_article(project, b"---\ntitle: x\n" + data)
    build_or_located_error(project)


def _fixed_cases() -> dict[str, bytes]:
    front = ARTICLE_EN.split("\n---\n", 1)[0] + "\n---\n"
    text = ARTICLE_EN.split("\n---\n", 1)[1]
    return {
        "10 MB": (front + text * (10_000_000 // len(text))).encode(),
        "just under the size limit": (front + "On May 1, 2024 it rained.\n\n"
                                      + ("The council sat late again. " * 40 + "\n\n")
                                      * (990_000 // 1130)).encode(),
        "one line": ARTICLE_EN.replace("\n", "\r").encode(),
        "one line, no end": b"---",
        "BOM and CRLF": ("\ufeff" + ARTICLE_EN.replace("\n", "\r\n")).encode(),
        "BOM twice": ("\ufeff\ufeff" + ARTICLE_EN).encode(),
        "UTF-16": ARTICLE_EN.encode("utf-16"),
        "quotes 5000 deep": (front + "> " * 5000 + "On May 1, 2024.\n").encode(),
        "lists 400 deep": (front + "".join("  " * i + "- x\n" for i in range(400))).encode(),
        "mixed nesting": (front + "".join("> " * i + "- " * i + "y\n" for i in range(60))).encode(),
        "blockquote lines 3000 deep": (front + "".join(">" * i + "\n" for i in range(3000))).encode(),
        "100k spaces": (front + " " * 100_000 + "On May 1, 2024.\n").encode(),
        "unclosed brackets": (front + "[a " * 30_000).encode(),
        "unclosed tags": (front + "<a " * 30_000).encode(),
        "stars": (front + "*" * 50_000 + "x" + "*" * 50_000).encode(),
        "backticks": (front + "`" * 100_000).encode(),
        "control characters": (front + "".join(chr(i) for i in range(32)) * 100).encode(),
        "private-use fences": (front + "\U000F0000\U00100000 May 1, 2024 " * 200).encode(),
        "NUL in front matter": ARTICLE_EN.replace("title: ", "title: \x00").encode(),
        "deep YAML": ("---\ntitle: " + "[" * 5000 + "]" * 5000 + "\n---\n").encode(),
        "YAML alias bomb": ("---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a]\n"
                            "c: &c [*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c]\n"
                            + ARTICLE_EN.split("---\n", 2)[1] + "---\nx\n").encode(),
    }


CASES = _fixed_cases()


@pytest.mark.parametrize("case", sorted(CASES))
def test_pathological_article_builds_or_names_its_file_quickly(project, case):
    write_article(project, CASES[case])
    started = time.process_time()
    outcome = build_or_located_error(project)
    assert time.process_time() - started < 20, f"{case}: {outcome} took too long"


def test_size_limit_names_the_file_and_the_setting(project):
    write_article(project, CASES["10 MB"], name="huge.md")
    with pytest.raises(ContentError) as caught:
        build(project)
    (message,) = [p.format() for p in caught.value.problems.errors]
    assert message.startswith("content/articles/huge.md: file is ")
    assert "max_article_bytes (1000000)" in message


def test_the_size_limit_is_a_site_setting(tmp_path):
    small = SITE_TOML.replace('timezone = "Europe/Zurich"',
                              'timezone = "Europe/Zurich"\nmax_article_bytes = 200')
    project = make_project(tmp_path / "p", articles={"a.md": ARTICLE_EN}, site_toml=small)
    with pytest.raises(ContentError) as caught:
        build(project)
    assert [p.format() for p in caught.value.problems.errors] == [
        f"content/articles/a.md: file is {len(ARTICLE_EN.encode())} bytes, more than "
        "max_article_bytes (200)"]
