"""``newsarchive history URL``: how an article changed from version to version."""

from __future__ import annotations

import json
import textwrap
from typing import Any

import click
from sqlalchemy.orm import Session

from crawler.cli import CONTEXT, CommandError
from crawler.cli.archive import open_archive
from crawler.cli.options import common, db_option, format_option
from crawler.cli.output import jsonable
from models import history

_LABELS = {
    "title": "title", "byline": "byline", "published_at": "published", "updated_at": "updated",
    "paragraph_added": "paragraph added", "paragraph_removed": "paragraph removed",
    "paragraph_edited": "paragraph edited",
}


EPILOG = """\b
Examples:
  newsarchive history http://zqrb.cn/en/news/2021-06-01/bond-yields-climb.html
  newsarchive history URL --format json"""


@click.command(context_settings=CONTEXT, epilog=EPILOG)
@click.argument("url")
@format_option(["text", "json"], default="text", help="a readable diff (default) or JSON")
@db_option
@common
def command(url: str, fmt: str, db: str | None) -> int:
    """What changed in an article between its versions, and in its republications.

    Shows every archived version of an article: headline, byline and date changes,
    paragraphs added, removed or edited, quotes reworded or withdrawn, and what
    republications of it cut or added. URL is the article's canonical URL (or the
    URL it was fetched from). The same data is in the SQL views version_changes,
    claim_timeline and republication_changes.
    """
    engine = open_archive(db)
    with Session(engine) as session:
        article = history.find_article(session, url)
        if article is None:
            raise CommandError(f"no archived article has the URL {url}: "
                               f"see `newsarchive search` or articles_view for URLs")
        data = history.article_history(session, article)
    if fmt == "json":
        click.echo(json.dumps(jsonable(data), ensure_ascii=False, indent=2))
    else:
        click.echo(render(data))
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


def _before_after(head: str, before: str | None, after: str | None) -> list[str]:
    """``head`` then the old text as ``-`` lines and the new text as ``+`` lines."""
    out = [head]
    if before is not None:
        out += _wrap("    - ", before)
    if after is not None:
        out += _wrap("    + ", after)
    return out


def _change_lines(ch: dict[str, Any]) -> list[str]:
    label = _LABELS.get(ch["kind"], ch["kind"])
    where = f" (paragraph {ch['position'] + 1})" if ch.get("position") is not None else ""
    return _before_after(f"  {label}{where}:", ch.get("before"), ch.get("after"))


def _claim_lines(c: dict[str, Any]) -> list[str]:
    return _before_after(f"  quote {c['change']} ({c['speaker'] or 'unknown speaker'}):", c.get("before"),
                         c.get("after"))
