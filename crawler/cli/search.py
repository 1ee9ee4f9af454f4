"""``newsarchive search``: ranked full-text search with snippets (SQLite and PostgreSQL)."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime

import click
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from crawler.cli import CONTEXT, CommandError
from crawler.cli.archive import open_archive
from crawler.cli.options import DATE, END_OF_DAY, POSITIVE, common, db_option, format_option
from crawler.cli.output import emit
from models.search import search

EPILOG = """\b
Examples:
  newsarchive search "interest rates" --since 2024-01-01
  newsarchive search 央行宣布 --source 证券日报 --format json
  newsarchive search '"rate cut" OR 降息' --raw"""


@click.command(context_settings=CONTEXT, epilog=EPILOG)
@click.argument("query")
@click.option("--source", help="only articles credited to this source (its name or an alias)")
@click.option("--since", type=DATE, help="published on or after (YYYY-MM-DD or ISO timestamp, UTC)")
@click.option("--until", type=END_OF_DAY, help="published on or before (a bare date includes that day)")
@click.option("--limit", type=POSITIVE, default=20, show_default=True, help="number of results")
@click.option("--raw", is_flag=True,
              help="pass the query unescaped: FTS5 syntax on SQLite, websearch syntax on PostgreSQL")
@format_option()
@db_option
@common
def command(query: str, source: str | None, since: datetime | None, until: datetime | None, limit: int,
            raw: bool, fmt: str, db: str | None) -> int:
    """Full-text search of articles (English and Chinese), best first.

    Every term must match; "double quotes" keep a phrase. Terms match as
    substrings (Chinese needs no spaces). Terms of one or two characters (央行)
    are found newest first rather than by relevance. Snippets mark matches as [term].
    """
    engine = open_archive(db)
    with Session(engine) as session:
        try:
            hits = search(session, query, source=source, since=since, until=until, limit=limit, raw=raw)
        except ValueError as exc:
            raise CommandError(str(exc), status=2) from exc
        except DBAPIError as exc:
            if raw:
                raise CommandError(f"the database rejected the raw query: {' '.join(str(exc.orig).split())}; "
                                   f"drop --raw to search the words as text", status=2) from exc
            raise
    emit([asdict(h) for h in hits], ["rank", "published_at", "source", "title", "snippet"], fmt,
         wide=["title", "snippet"])
    return 0
