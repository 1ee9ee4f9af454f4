"""``newsarchive reprocess``: re-run today's extraction on archived raw pages, offline.

The command starts the extraction pool's fork server before anything else
(:func:`pipelines.pool_server.start`: a process of its own that imports every stage and
runs a warm-up page, ~0.7 s of CPU before the first worker can start), so the archive
and store code this process imports next (SQLAlchemy, Alembic, numpy ...: ~0.4 s) load on
the other core meanwhile; hence those imports are inside :func:`run`, not at the top.
"""

from __future__ import annotations

from datetime import datetime

import click

from crawler.cli import CONTEXT, CommandError
from crawler.cli.options import DATE, common, db_option, format_option, warc_dir_option
from pipelines import pool_server

EPILOG = """\b
Examples:
  newsarchive reprocess
  newsarchive reprocess --source 'Securities Daily' --since 2024-01-01 --db archive.db"""


@click.command(context_settings=CONTEXT, epilog=EPILOG)
@click.option("--source", help="only articles credited to this source (its name or an alias)")
@click.option("--since", type=DATE, help="only articles published on or after this date")
@click.option("--workers", type=int, default=-1, show_default=True,
              help="extraction processes (-1: one per core; 0: in this process)")
@warc_dir_option
@format_option()
@db_option
@common
def command(source: str | None, since: datetime | None, workers: int, warc_dir: str | None, fmt: str,
            db: str | None) -> int:
    """Re-run the current extraction on archived raw pages (no network).

    Reads each article's raw page back from the WARC archive and runs today's
    extraction, cleaning, claims and entities on it. An article gets a new
    version only where its cleaned body changed; otherwise changed metadata,
    claims and mentions are updated in place. Articles without a WARC record are
    counted and skipped. The stages run in worker processes, a batch ahead of the
    writes (--workers).
    """
    early = workers != 0 and pool_server.available()
    if early:
        pool_server.start()  # first: its imports run beside this process's own (module docstring)
    try:
        return run(source=source, since=since, workers=workers, warc_dir=warc_dir, fmt=fmt, db=db)
    finally:
        if early:
            pool_server.stop(unused=True)  # a no-op once reprocess() ran: it stops the server with its pool


def run(*, source: str | None, since: datetime | None, workers: int, warc_dir: str | None, fmt: str,
        db: str | None) -> int:
    """The command's work, once the pool's server is starting."""
    from sqlalchemy.orm import sessionmaker

    from crawler.cli.archive import open_archive, warc_folder, writing
    from crawler.cli.output import console, emit
    from crawler.cli.progress import Bar
    from pipelines.reprocess import reprocess

    engine = open_archive(db)
    root = warc_folder(warc_dir, db)
    if not root.is_dir():
        raise CommandError(f"no WARC folder at {root} (pass --warc-dir)")
    sessions = sessionmaker(engine, expire_on_commit=False)
    with writing(), Bar("reprocess", total=0, unit="articles") as bar:
        counts = reprocess(sessions, root, source=source, since=since, progress=bar, workers=workers)
    if fmt != "table":
        emit([counts], list(counts), fmt)
    else:
        console().print(f"{counts['articles']} articles: {counts['updated']} new versions, {counts['refreshed']} "
                        f"refreshed in place, {counts['unchanged']} unchanged, {counts['rejected']} rejected, "
                        f"{counts['no_raw']} without a raw page, {counts['missing']} with the WARC record missing")
    return 0
