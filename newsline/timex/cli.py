"""`newsline tag`: print the temporal expressions of a text, one JSON object per line.

For trying the tagger by hand and for scripts: `newsline tag --dct 2024-04-30T14:57 FILE`.
"""

from __future__ import annotations

import json
import sys
from datetime import date, datetime

from newsline.timex import guess_lang, tag


def parse_dct(text: str) -> datetime | date:
    """An ISO 8601 date or date-time ("2024-04-30", "2024-04-30T14:57", with or without zone)."""
    value = text.strip()
    if len(value) == 10:
        return date.fromisoformat(value)
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def cmd_tag(args) -> int:
    try:
        dct = parse_dct(args.dct)
    except ValueError:
        print(f"newsline tag: --dct {args.dct!r} is not an ISO 8601 date", file=sys.stderr)
        return 2
    try:
        if args.file == "-":
            text = sys.stdin.read()
        else:
            with open(args.file, encoding="utf-8") as f:
                text = f.read()
    except OSError as e:
        print(f"newsline tag: cannot read {args.file}: {e.strerror}", file=sys.stderr)
        return 2
    lang = args.lang or guess_lang(text)
    for t in tag(text, lang, dct):
        print(json.dumps(t.to_json(), ensure_ascii=False))
    return 0
