"""``newsarchive extract``: the crawler's extraction stages on local files."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pipelines import extract


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "extract", help="extract clean articles, claims and entities from local files (no network, no database)",
        description=(
            "Run exactly the crawler's extraction, cleaning, claims and entities stages on HTML files "
            "(any charset) or plain-text captures, and print one JSON object per input. "
            "Bad input gives an object whose `error` says why; the run goes on."),
        epilog=("Examples:\n"
                "  newsarchive extract page.html --url http://www.zqrb.cn/finance/hg/2021-05-26/A1621983946519.html\n"
                "  newsarchive extract pages/*.html --format jsonl > articles.jsonl\n"
                "  curl -s URL | newsarchive extract - --url URL"),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("files", nargs="+", metavar="FILE", help="HTML or text files; - reads standard input")
    p.add_argument("--url", help="URL the page came from (picks the site profile, dates in the URL); "
                                 "with several files it applies to all")
    p.add_argument("--profile", help="force a site profile by name (default: by the URL's domain)")
    p.add_argument("--format", choices=["json", "jsonl"], default=None,
                   help="json: one indented object (or an array for several files); "
                        "jsonl: one object per line, streamed (default for several files)")
    p.set_defaults(func=run)


def _read(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    return Path(name).read_bytes()


def run(args: argparse.Namespace) -> int:
    fmt = args.format or ("json" if len(args.files) == 1 else "jsonl")
    results = []
    failed = 0
    for name in args.files:
        try:
            data = _read(name)
        except OSError as exc:
            out = {"file": name, "url": args.url, "error": {"stage": "read", "reason": exc.strerror or str(exc)}}
        else:
            out = {"file": name, **extract(data, args.url, profile=args.profile)}
        failed += out.get("error") is not None
        if fmt == "jsonl":
            sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
            sys.stdout.flush()
        else:
            results.append(out)
    if fmt == "json":
        payload = results[0] if len(results) == 1 else results
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    # 0 when every input became an article, 1 when some did not (each has its `error`).
    return 1 if failed else 0
