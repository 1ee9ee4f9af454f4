"""``newsarchive search``: ranked full-text search with snippets (SQLite and PostgreSQL)."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from crawler.cli import CommandError, database_option
from crawler.cli.archive import open_archive
from crawler.cli.output import emit, end_of_day, format_option, parse_date, positive_int
from models.search import search


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "search", help="full-text search of articles (English and Chinese), best first",
        description=(
            "Search article titles and bodies. Every term must match; \"double quotes\" keep a phrase. "
            "Terms match as substrings (Chinese needs no spaces). Terms of one or two characters "
            "(央行) are found newest first rather than by relevance. Snippets mark matches as [term]."),
        epilog=("Examples:\n"
                "  newsarchive search \"interest rates\" --since 2024-01-01\n"
                "  newsarchive search 央行宣布 --source 证券日报 --format json\n"
                "  newsarchive search '\"rate cut\" OR 降息' --raw"),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("query", help="words or phrases to find")
    p.add_argument("--source", help="only articles credited to this source (exact name)")
    p.add_argument("--since", type=parse_date, help="published on or after (YYYY-MM-DD or ISO timestamp, UTC)")
    p.add_argument("--until", type=end_of_day, help="published on or before (a bare date includes that day)")
    p.add_argument("--limit", type=positive_int, default=20, help="number of results (default 20)")
    p.add_argument("--raw", action="store_true",
                   help="pass the query unescaped: FTS5 syntax on SQLite, websearch syntax on PostgreSQL")
    format_option(p)
    database_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    engine = open_archive(args.db)
    with Session(engine) as session:
        try:
            hits = search(session, args.query, source=args.source, since=args.since, until=args.until,
                          limit=args.limit, raw=args.raw)
        except ValueError as exc:
            raise CommandError(str(exc), status=2) from exc
        except DBAPIError as exc:
            if args.raw:
                raise CommandError(f"the database rejected the raw query: {exc.orig}", status=2) from exc
            raise
    emit([asdict(h) for h in hits], ["rank", "published_at", "source", "title", "snippet"], args.format)
    return 0
