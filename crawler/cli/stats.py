"""``newsarchive stats``: per source and per spider, what the archive holds and how crawls went."""

from __future__ import annotations

import argparse
from collections import Counter
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crawler.cli import database_option
from crawler.cli.archive import open_archive
from crawler.cli.output import format_option, jsonable, print_table
from models import store
from models.article import Article
from models.claim import Claim
from models.crawl import CrawlRun, Reject
from models.source import Source


def source_stats(session: Session) -> list[dict[str, Any]]:
    """One row per source (and one for articles with no source): ``source, kind,
    domain, articles, versions, claims, first_published, last_published,
    last_fetched, open_rejects`` (rejects are matched to a source by domain)."""
    rows = session.execute(
        select(Article.source_id, func.count(Article.id), func.sum(Article.version_count),
               func.min(Article.published_at), func.max(Article.published_at), func.max(Article.fetched_at))
        .group_by(Article.source_id)).all()
    claims = dict(session.execute(
        select(Article.source_id, func.count(Claim.id)).join(Article, Article.id == Claim.article_id)
        .group_by(Article.source_id)).all())
    sources = {s.id: s for s in session.scalars(select(Source))}
    rejects: Counter[str | None] = Counter()
    for (url,) in session.execute(select(Reject.url).where(Reject.resolved_at.is_(None))
                                  .execution_options(yield_per=1000)):
        rejects[store.bare_domain(url)] += 1
    out = []
    seen = set()
    for source_id, n, versions, first, last, fetched in rows:
        src = sources.get(source_id)
        domain = src.domain if src else None
        seen.add(source_id)
        out.append({"source": src.name if src else None, "kind": src.kind if src else None, "domain": domain,
                    "articles": n, "versions": int(versions or 0), "claims": claims.get(source_id, 0),
                    "first_published": first, "last_published": last, "last_fetched": fetched,
                    "open_rejects": rejects.pop(domain, 0) if domain else 0})
    for sid, src in sources.items():
        if sid not in seen:
            out.append({"source": src.name, "kind": src.kind, "domain": src.domain, "articles": 0, "versions": 0,
                        "claims": 0, "first_published": None, "last_published": None, "last_fetched": None,
                        "open_rejects": rejects.pop(src.domain, 0) if src.domain else 0})
    if rejects:  # rejects of hosts no source claims (often pages that never parsed)
        out.append({"source": None, "kind": None, "domain": "(other hosts)", "articles": 0, "versions": 0,
                    "claims": 0, "first_published": None, "last_published": None, "last_fetched": None,
                    "open_rejects": sum(rejects.values())})
    out.sort(key=lambda r: (-r["articles"], r["source"] or ""))
    return out


def crawl_stats(session: Session) -> list[dict[str, Any]]:
    """One row per spider: ``spider, runs, failed_runs, last_started_at,
    last_status, last_new, last_updated, last_rejects``."""
    out = []
    per_spider = session.execute(
        select(CrawlRun.spider, func.count(CrawlRun.id), func.max(CrawlRun.id)).group_by(CrawlRun.spider)).all()
    failed = dict(session.execute(select(CrawlRun.spider, func.count(CrawlRun.id))
                                  .where(CrawlRun.status.in_(["failed", "interrupted"]))
                                  .group_by(CrawlRun.spider)).all())
    for spider, runs, last_id in per_spider:
        last = session.get(CrawlRun, last_id)
        assert last is not None
        out.append({"spider": spider, "runs": runs, "failed_runs": failed.get(spider, 0),
                    "last_started_at": last.started_at, "last_finished_at": last.finished_at,
                    "last_status": last.status, "last_new": last.articles_new,
                    "last_updated": last.articles_updated, "last_rejects": last.rejects})
    return sorted(out, key=lambda r: r["spider"])


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "stats", help="per source: articles, claims, last crawl, rejects; per spider: crawl runs",
        description=("Summarize the archive: per source the articles, versions and claims it holds, "
                     "its publication range, when it was last fetched and its open rejects; per "
                     "spider the crawl runs and how the last one ended; totals per table."),
        epilog="Example: newsarchive stats --db postgresql://postgres@127.0.0.1/news --format json",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    format_option(p)
    database_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import json
    import sys

    engine = open_archive(args.db)
    with Session(engine) as session:
        sources = source_stats(session)
        crawls = crawl_stats(session)
        totals = store.counts(session)
    if args.format == "json":
        json.dump(jsonable({"sources": sources, "crawls": crawls, "totals": totals}), sys.stdout,
                  ensure_ascii=False, indent=2)
        print()
        return 0
    print("Sources")
    print_table(sources, ["source", "articles", "versions", "claims", "last_published", "last_fetched",
                          "open_rejects"])
    print("\nCrawls")
    print_table(crawls, ["spider", "runs", "failed_runs", "last_started_at", "last_status", "last_new",
                         "last_updated", "last_rejects"])
    print("\nTotals: " + ", ".join(f"{v} {k}" for k, v in totals.items()))
    return 0
