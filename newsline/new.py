"""`newsline new TITLE`: starts an article file with complete front matter.

The date is now in the site's time zone (with its offset, so the file means the same moment
anywhere); the outlet is a placeholder the author must replace. An existing file is never
overwritten.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from newsline.config import load_config
from newsline.problems import ContentError, console, report
from newsline.reader import slugify

SOURCE_PLACEHOLDER = "Name of the outlet"


def article_text(title: str, published: datetime, lang: str, topics: list[str]) -> str:
    topic_list = ", ".join(topics)
    return (
        "---\n"
        f"title: {json.dumps(title, ensure_ascii=False)}\n"
        f"date: {published.isoformat()}\n"
        f"lang: {lang}\n"
        f"source: {json.dumps(SOURCE_PLACEHOLDER)}\n"
        f"topics: [{topic_list}]\n"
        "---\n"
        "\n"
    )


def new_article(root: Path, title: str, lang: str, topics: list[str],
                now: datetime | None = None) -> Path:
    """Write content/articles/<slug>.md; raises FileExistsError, ValueError or ContentError."""
    site = load_config(root)
    slug = slugify(title)
    if not slug:
        raise ValueError(f"the title {title!r} gives an empty file name: use letters or digits")
    known = {t.slug for t in site.topics}
    unknown = [t for t in topics if t not in known]
    if unknown:
        raise ValueError(f"unknown topic(s) {', '.join(unknown)}; defined in content/site.toml: "
                         f"{', '.join(sorted(known)) or 'none'}")
    published = (now or datetime.now(ZoneInfo(site.timezone))).replace(microsecond=0)
    path = site.articles_dir / f"{slug}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8") as handle:  # "x": refuse to overwrite
        handle.write(article_text(title, published, lang, list(dict.fromkeys(topics))))
    return path


def cmd_new(args) -> int:
    out = console()
    try:
        path = new_article(Path(args.root), args.title, args.lang, args.topic)
    except ContentError as exc:
        report(exc.problems, out)
        return 1
    except FileExistsError as exc:
        out.print(f"{exc.filename}: exists already; not overwritten", style="red", markup=False)
        return 1
    except ValueError as exc:
        out.print(str(exc), style="red", markup=False)
        return 1
    out.print(f"wrote {path}; replace the source placeholder and write the text", markup=False)
    print(path)
    return 0
