"""``newsarchive extract``: the crawler's extraction stages on local files."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from crawler.cli import CONTEXT, CommandError
from crawler.cli.options import common
from crawler.cli.output import emit
from pipelines import extract

EPILOG = """\b
Examples:
  newsarchive extract page.html --url http://www.zqrb.cn/finance/hg/2021-05-26/A1621983946519.html
  newsarchive extract pages/*.html --format jsonl > articles.jsonl
  curl -s URL | newsarchive extract - --url URL"""


#: Columns of the table and CSV summaries.
SUMMARY = ["file", "title", "source", "published_at", "language", "words", "claims", "entities", "error"]


def summary(out: dict[str, Any]) -> dict[str, Any]:
    """One row about an extracted file (the JSON formats carry everything)."""
    error = out.get("error")
    return {"file": out.get("file"), "title": out.get("title"), "source": out.get("source"),
            "published_at": out.get("published_at"), "language": out.get("language"),
            "words": len((out.get("body") or "").split()), "claims": len(out.get("claims") or []),
            "entities": len(out.get("entities") or []),
            "error": f"{error['stage']}: {error['reason']}" if error else None}


def _read(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    return Path(name).read_bytes()


def _check_profile(name: str | None) -> None:
    if name is None:
        return
    from pipelines.profiles import names

    known = names()
    if name not in known:
        raise CommandError(f"no site profile {name!r}: use one of {', '.join(known)} "
                           f"(pipelines/profiles/NAME.toml), or drop --profile", status=2)


@click.command(context_settings=CONTEXT, epilog=EPILOG)
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option("--url", help="URL the page came from (picks the site profile, dates in the URL); "
                            "with several files it applies to all")
@click.option("--profile", help="force a site profile by name (default: by the URL's domain)")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "table", "csv"], case_sensitive=False),
              default=None,
              help="json: one indented object (or an array for several files); jsonl: one object per line, "
                   "streamed (default for several files); table or csv: one summary row per file")
@common
def command(files: tuple[str, ...], url: str | None, profile: str | None, fmt: str | None) -> int:
    """Extract clean articles, claims and entities from local files (no network, no database).

    Runs exactly the crawler's extraction, cleaning, claims and entities stages
    on HTML files (any charset) or plain-text captures, and prints one JSON
    object per input. Bad input gives an object whose `error` says why; the run
    goes on. Exit status 1 when some input did not become an article.
    """
    _check_profile(profile)
    fmt = fmt or ("json" if len(files) == 1 else "jsonl")
    results = []
    failed = 0
    for name in files:
        try:
            data = _read(name)
        except OSError as exc:
            out = {"file": name, "url": url, "error": {"stage": "read", "reason": exc.strerror or str(exc)}}
        else:
            out = {"file": name, **extract(data, url, profile=profile)}
        failed += out.get("error") is not None
        if fmt in ("table", "csv"):
            results.append(summary(out))
        elif fmt == "jsonl":
            sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
            sys.stdout.flush()
        else:
            results.append(out)
    if fmt in ("table", "csv"):
        emit(results, SUMMARY, fmt, wide=["title"])
    elif fmt == "json":
        payload = results[0] if len(results) == 1 else results
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    return 1 if failed else 0
