"""``newsarchive history URL``: how an article changed from version to version."""

from __future__ import annotations

import argparse
import json
import textwrap
from typing import Any

from sqlalchemy.orm import Session

from crawler.cli import CommandError, database_option
from crawler.cli.archive import open_archive
from crawler.cli.output import jsonable
from models import history

_LABELS = {
    "title": "title", "byline": "byline", "published_at": "published", "updated_at": "updated",
    "paragraph_added": "paragraph added", "paragraph_removed": "paragraph removed",
    "paragraph_edited": "paragraph edited",
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "history", help="what changed in an article between its versions, and in its republications",
        description=("Show every archived version of an article: headline, byline and date changes, "
                     "paragraphs added, removed or edited, quotes reworded or withdrawn, and what "
                     "republications of it cut or added. The same data is in the SQL views "
                     "version_changes, claim_timeline and republication_changes."),
        epilog=("Examples:\n"
                "  newsarchive history http://zqrb.cn/finance/hg/2021-05-26/A1621983946519.html\n"
                "  newsarchive history URL --format json"),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("url", help="the article's canonical URL (or the URL it was fetched from)")
    p.add_argument("--format", choices=["text", "json"], default="text",
                   help="a readable diff (default) or JSON")
    database_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    engine = open_archive(args.db)
    with Session(engine) as session:
        article = history.find_article(session, args.url)
        if article is None:
            raise CommandError(f"no archived article has the URL {args.url}: "
                               f"see `newsarchive search` or articles_view for URLs")
        data = history.article_history(session, article)
    if args.format == "json":
        print(json.dumps(jsonable(data), ensure_ascii=False, indent=2))
    else:
        print(render(data))
    return 0


def render(data: dict[str, Any]) -> str:
    """The history as text: one section per version, ``-`` old and ``+`` new lines."""
    lines = [f"{data['title'] or '(no title)'}", f"{data['url']}  ({data['version_count']} versions)"]
    for v in data["versions"]:
        lines.append("")
        lines.append(f"version {v['version']}  fetched {v['fetched_at']}")
        if v["version"] == 1:
            lines.append("  first archived")
        elif not v["changes"] and not v["claims"]:
            lines.append("  no recorded change")
        lines += [line for ch in v["changes"] for line in _change_lines(ch)]
        lines += [line for c in v["claims"] for line in _claim_lines(c)]
    for rep in data["republications"]:
        lines.append("")
        lines.append(f"republished at {rep['republished_url']} (original {rep['original_url']})")
        lines += [line for ch in rep["changes"] for line in _change_lines(ch)]
    return "\n".join(lines)


def _wrap(prefix: str, text: str | None) -> list[str]:
    return textwrap.wrap(text or "", width=100, initial_indent=prefix, subsequent_indent=" " * len(prefix)) or [prefix]


def _change_lines(ch: dict[str, Any]) -> list[str]:
    label = _LABELS.get(ch["kind"], ch["kind"])
    where = f" (paragraph {ch['position'] + 1})" if ch.get("position") is not None else ""
    out = [f"  {label}{where}:"]
    if ch.get("before") is not None:
        out += _wrap("    - ", ch["before"])
    if ch.get("after") is not None:
        out += _wrap("    + ", ch["after"])
    return out


def _claim_lines(c: dict[str, Any]) -> list[str]:
    out = [f"  quote {c['change']} ({c['speaker'] or 'unknown speaker'}):"]
    if c.get("before") is not None:
        out += _wrap("    - ", c["before"])
    if c.get("after") is not None:
        out += _wrap("    + ", c["after"])
    return out
