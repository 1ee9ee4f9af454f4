"""``newsarchive demo``: the bundled sample site, crawled into a SQLite archive."""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from sqlalchemy import text

from crawler.cli import CommandError

EXAMPLE_QUERY = """\
SELECT speaker, speaker_role, speaker_org, substr(text, 1, 60) AS said
FROM claims_view
WHERE kind = 'direct' AND speaker_role IS NOT NULL
ORDER BY published_at, claim_id
LIMIT 8"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "demo", help="crawl the bundled sample site into a SQLite archive and show what landed",
        description=(
            "Start the bundled sample site on a free 127.0.0.1 port, run the real securities_daily "
            "spider against it through every pipeline into a SQLite archive, then print a summary "
            "and an example SQL query. Running it again adds nothing (incremental crawl)."),
        epilog="Example: newsarchive demo --db /tmp/archive.db",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--db", default="archive.db", metavar="PATH", help="SQLite file (default: ./archive.db)")
    p.add_argument("--site-version", type=int, choices=[1, 2], default=1,
                   help="serve version 2 of the sample site (one article updated)")
    p.add_argument("--refresh", action="store_true", help="re-fetch archived articles (records changed versions)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    from crawler.sample_site import serve
    from models.engine import get_engine

    db_path = Path(args.db).resolve()
    url = f"sqlite:///{db_path}"
    settings = get_project_settings()
    settings.setdict({
        "NEWSARCHIVE_DATABASE_URL": url,
        "NEWSARCHIVE_WARC_DIR": str(db_path.parent / "warc"),
        "NEWSARCHIVE_SPOOL_DIR": str(db_path.parent / "spool"),
        # The sample site is ours and local: no need to be slow.
        "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "LOG_LEVEL": "WARNING",
        # The command's own log handler prints warnings; Scrapy adds none.
        "LOG_INSTALL_ROOT_HANDLER": False,
    }, priority="cmdline")
    started = time.monotonic()
    with serve(version=args.site_version) as site:
        print(f"Sample site serving at {site.url}")
        process = CrawlerProcess(settings)
        spider_args = {"start_url": site.url}
        if args.refresh:
            spider_args["refresh"] = "1"
        process.crawl("securities_daily", **spider_args)
        process.start()
    elapsed = time.monotonic() - started
    engine = get_engine(url)
    with engine.connect() as conn:
        run_row = conn.execute(text(
            "SELECT id, status, articles_new, articles_updated, rejects FROM crawl_runs ORDER BY id DESC LIMIT 1"
        )).first()
        if run_row is None:
            raise CommandError("the crawl did not start; see the log above")
        totals = {name: conn.execute(text(f"SELECT count(*) FROM {name}")).scalar()
                  for name in ("sources", "articles", "article_versions", "claims", "entities", "rejects")}
        rows = conn.execute(text(EXAMPLE_QUERY)).all()
    print(f"\nCrawl run {run_row.id}: {run_row.status} in {elapsed:.1f} s - "
          f"{run_row.articles_new} new, {run_row.articles_updated} updated, {run_row.rejects} rejected")
    print(f"Archive {db_path}: " + ", ".join(f"{v} {k}" for k, v in totals.items()))
    print(f"\nExample query (sqlite3 {args.db}):\n{EXAMPLE_QUERY};\n")
    for row in rows:
        print(" | ".join("" if v is None else str(v) for v in row))
    return 0 if run_row.status == "finished" else 1
