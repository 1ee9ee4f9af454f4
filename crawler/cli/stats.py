"""``newsarchive stats``: per source and per spider, what the archive holds and how crawls went."""

from __future__ import annotations

import click
from sqlalchemy.orm import Session

from crawler.cli import CONTEXT
from crawler.cli.archive import open_archive
from crawler.cli.options import common, db_option, format_option
from crawler.cli.output import console, print_table, reader_may_leave, write_rows
from models import store
from models.queries import crawl_stats, source_stats

SOURCE_COLUMNS = ["source", "articles", "versions", "claims", "last_published", "last_fetched", "open_rejects"]
CRAWL_COLUMNS = ["spider", "runs", "failed_runs", "last_started_at", "last_status", "last_new", "last_updated",
                 "last_rejects"]


@click.command(context_settings=CONTEXT,
               epilog="Example: newsarchive stats --db postgresql://postgres@127.0.0.1/news --format json")
@format_option(help="table (default); json: one object {sources, crawls, totals}; jsonl and csv: "
                    "one row per source and per spider, with a `table` column")
@db_option
@common
def command(fmt: str, db: str | None) -> int:
    """Per source: articles, claims, last crawl, rejects; per spider: crawl runs.

    Summarizes the archive: per source the articles, versions and claims it
    holds, its publication range, when it was last fetched and its open
    rejects; per spider the crawl runs and how the last one ended; totals per table.
    """
    import json
    import sys

    from crawler.cli.output import jsonable

    engine = open_archive(db)
    with Session(engine) as session:
        sources = source_stats(session)
        crawls = crawl_stats(session)
        totals = store.counts(session)
    with reader_may_leave():
        if fmt == "json":
            json.dump(jsonable({"sources": sources, "crawls": crawls, "totals": totals}), sys.stdout,
                      ensure_ascii=False, indent=2)
            print()
        elif fmt in ("jsonl", "csv"):
            write_rows([{"table": "sources", **r} for r in sources] + [{"table": "crawls", **r} for r in crawls],
                       fmt)
        else:
            out = console()
            out.print("Sources", style="bold")
            print_table(sources, SOURCE_COLUMNS, wide=["source"])
            out.print("\nCrawls", style="bold")
            print_table(crawls, CRAWL_COLUMNS)
            out.print("\nTotals: " + ", ".join(f"{v} {k}" for k, v in totals.items()))
    return 0
