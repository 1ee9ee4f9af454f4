"""``newsarchive rejects``: pages that did not become articles, and retrying them offline."""

from __future__ import annotations

import click
from sqlalchemy.orm import Session, sessionmaker

from crawler.cli import CONTEXT
from crawler.cli.archive import open_archive, warc_folder, writing
from crawler.cli.options import POSITIVE, common, db_option, format_option, warc_dir_option
from crawler.cli.output import console, emit
from crawler.cli.progress import Bar
from models.queries import list_rejects
from pipelines.reprocess import REJECTED, retry_rejects

EPILOG = """\b
Examples:
  newsarchive rejects --stage validate
  newsarchive rejects --retry --db archive.db"""


@click.command(context_settings=CONTEXT, epilog=EPILOG)
@click.option("--stage", help="only rejects from this stage (decode, parse, validate, store, ...)")
@click.option("--all", "include_resolved", is_flag=True, help="include resolved rejects")
@click.option("--limit", type=POSITIVE, default=100, show_default=True, help="rows to list")
@click.option("--retry", is_flag=True, help="re-extract open rejects from their raw pages")
@warc_dir_option
@format_option()
@db_option
@common
def command(stage: str | None, include_resolved: bool, limit: int, retry: bool, warc_dir: str | None, fmt: str,
            db: str | None) -> int:
    """List pages that did not become articles; --retry re-extracts them offline.

    Lists open rejects (newest first) with the stage that refused the page and
    why. --retry runs the current extraction again on each reject's archived raw
    page (WARC), with no network: pages that now pass are stored and their
    rejects resolved.
    """
    engine = open_archive(db)
    if retry:
        folder = warc_folder(warc_dir, db)
        with writing(), Bar("retry rejects", total=0, unit="pages") as bar:
            results = retry_rejects(sessionmaker(engine, expire_on_commit=False), folder, stage=stage,
                                    progress=bar)
        emit(results, ["id", "outcome", "stage", "url"], fmt, wide=["url"])
        if fmt == "table":
            fixed = sum(r["outcome"] not in (REJECTED, "no_raw") for r in results)
            console().print(f"{fixed} of {len(results)} rejects stored as articles")
        return 0
    with Session(engine) as session:
        rows = list_rejects(session, stage=stage, include_resolved=include_resolved, limit=limit)
    emit(rows, ["id", "created_at", "stage", "attempts", "reason", "url"], fmt, wide=["reason", "url"])
    return 0
