"""``newsarchive demo``: the bundled sample site, crawled into a SQLite archive."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import click
from sqlalchemy import text

from crawler.cli import CONTEXT, CommandError
from crawler.cli.options import common
from crawler.cli.output import console
from crawler.cli.progress import Bar

EXAMPLE_QUERY = """\
SELECT speaker, speaker_role, speaker_org, substr(text, 1, 60) AS said
FROM claims_view
WHERE kind = 'direct' AND speaker_role IS NOT NULL
ORDER BY published_at, claim_id
LIMIT 8"""

NEXT_STEPS = """\
Warnings above, if any, come from pages of the sample site that are broken on purpose
(an empty page, a wrong charset, a cut-off download, a 404, an off-site redirect): each
becomes a reject row with its reason, not an article.

Try next:
  # full-text search, Chinese or English, best first, with snippets
  newsarchive search 挖矿 --db {db}
  # who said what about a topic, with role, organization and cue verb
  newsarchive claims --about 挖矿 --db {db}
  # the pages broken on purpose, and why each was refused
  newsarchive rejects --db {db}
  # browse and search it all in Datasette
  pip install -e '.[datasette]' && datasette {db} -m docs/datasette-metadata.yml --setting truncate_cells_html 200"""


def _settings(db_path: Path) -> Any:
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    settings.setdict({
        "NEWSARCHIVE_DATABASE_URL": f"sqlite:///{db_path}",
        "NEWSARCHIVE_WARC_DIR": str(db_path.parent / "warc"),
        "NEWSARCHIVE_SPOOL_DIR": str(db_path.parent / "spool"),
        # The sample site is ours and local: no need to be slow.
        "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "LOG_LEVEL": "WARNING",
        # The command's own log handler prints warnings; Scrapy adds none.
        "LOG_INSTALL_ROOT_HANDLER": False,
    }, priority="cmdline")
    return settings


def _follow(crawler: Any, bar: Bar) -> None:
    """Draw the crawl's counters from Scrapy's signals."""
    from scrapy import signals

    counts = {"pages": 0, "stored": 0, "rejects": 0}

    def seen(key: str) -> Any:
        def handler(*_args: Any, **_kwargs: Any) -> None:
            counts[key] += 1
            bar.update(counts["pages"], status=f"{counts['pages']} pages, {counts['stored']} articles, "
                                               f"{counts['rejects']} rejects")
        return handler

    for key, signal in (("pages", signals.response_received), ("stored", signals.item_scraped),
                        ("rejects", signals.item_dropped)):
        handler = seen(key)
        crawler.signals.connect(handler, signal=signal, weak=False)


def _crawl(db_path: Path, site_version: int, refresh: bool) -> float:
    from scrapy.crawler import CrawlerProcess

    from crawler.sample_site import serve

    started = time.monotonic()
    with serve(version=site_version) as site, Bar("demo crawl") as bar:
        bar.log(f"Sample site serving at {site.url}")
        process = CrawlerProcess(_settings(db_path))
        crawler = process.create_crawler("securities_daily")
        _follow(crawler, bar)
        spider_args = {"start_url": site.url, **({"refresh": "1"} if refresh else {})}
        process.crawl(crawler, **spider_args)
        process.start()
    return time.monotonic() - started


@click.command(context_settings=CONTEXT, epilog="Example: newsarchive demo --db /tmp/archive.db")
@click.option("--db", default="archive.db", metavar="PATH", show_default=True, help="SQLite file")
@click.option("--site-version", type=click.IntRange(1, 2), default=1,
              help="serve version 2 of the sample site (one article updated)")
@click.option("--refresh", is_flag=True, help="re-fetch archived articles (records changed versions)")
@common
def command(db: str, site_version: int, refresh: bool) -> int:
    """Crawl the bundled sample site into a SQLite archive and show what landed.

    Starts the bundled sample site on a free 127.0.0.1 port, runs the real
    securities_daily spider against it through every pipeline into a SQLite
    archive, then prints a summary, an example SQL query and what to try next.
    Running it again adds nothing (incremental crawl).
    """
    from models.engine import get_engine

    if "://" in db:
        raise CommandError(f"demo writes a SQLite file: pass a path, not {db.split('://')[0]}://...", status=2)
    db_path = Path(db).resolve()
    if not db_path.parent.is_dir():
        raise CommandError(f"no folder {db_path.parent} for the demo archive; create it or pass --db elsewhere",
                           status=2)
    if db_path.is_dir():
        raise CommandError(f"{db} is a folder; pass --db {db.rstrip('/')}/archive.db", status=2)
    elapsed = _crawl(db_path, site_version, refresh)
    with get_engine(f"sqlite:///{db_path}").connect() as conn:
        run_row = conn.execute(text(
            "SELECT id, status, articles_new, articles_updated, rejects FROM crawl_runs ORDER BY id DESC LIMIT 1"
        )).first()
        if run_row is None:
            raise CommandError("the crawl did not start; see the log above")
        totals = {name: conn.execute(text(f"SELECT count(*) FROM {name}")).scalar()
                  for name in ("sources", "articles", "article_versions", "claims", "entities", "rejects")}
        rows = conn.execute(text(EXAMPLE_QUERY)).all()
    out = console()
    out.soft_wrap = True  # lines as they are: copy-pasteable SQL and commands
    out.print(f"\nCrawl run {run_row.id}: {run_row.status} in {elapsed:.1f} s - "
              f"{run_row.articles_new} new, {run_row.articles_updated} updated, {run_row.rejects} rejected")
    out.print(f"Archive {db_path}: " + ", ".join(f"{v} {k}" for k, v in totals.items()))
    out.print(f"\nExample query (sqlite3 {db}):\n{EXAMPLE_QUERY};\n", markup=False)
    for row in rows:
        out.print(" | ".join("" if v is None else str(v) for v in row), markup=False)
    out.print("\n" + NEXT_STEPS.format(db=db), markup=False)
    return 0 if run_row.status == "finished" else 1
