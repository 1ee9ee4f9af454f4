"""``newsarchive spool replay``: write what a database outage left in the spool.

When the archive is unreachable mid-crawl, the store appends the items it could
not write to ``$NEWSARCHIVE_SPOOL_DIR/run-<id>.jsonl`` (default ``./spool``).
``newsarchive crawl`` replays them before every run; this command does it by hand.
Replayed files move to ``<spool>/replayed/``; nothing is downloaded again.
"""

from __future__ import annotations

from pathlib import Path

import click

from crawler import settings as defaults
from crawler.cli import CONTEXT, CommandError
from crawler.cli.archive import open_archive
from crawler.cli.options import common, db_option

EPILOG = """\b
Examples:
  newsarchive spool replay --db archive.db
  newsarchive spool replay --spool-dir /srv/news/spool --db postgresql://news@db/news"""


@click.group(context_settings=CONTEXT, epilog=EPILOG)
@common
def command() -> None:
    """Replay items spooled while the archive was unreachable.

    Writes the items a crawl spooled during a database outage (JSON lines in the
    spool folder) into the archive. `newsarchive crawl` does this at the start of
    every run.
    """


@command.command("replay", context_settings=CONTEXT, epilog="Example: newsarchive spool replay --db archive.db")
@click.option("--spool-dir", default=None,
              help="spool folder (default: the setting NEWSARCHIVE_SPOOL_DIR, else ./spool)")
@db_option
@common
def replay_command(spool_dir: str | None, db: str | None) -> int:
    """Write the spooled items to the archive; replayed files move to <spool>/replayed/."""
    from pipelines.spool import replay

    engine = open_archive(db)
    folder = Path(spool_dir or defaults.NEWSARCHIVE_SPOOL_DIR)
    result = replay(engine.url.render_as_string(hide_password=False), folder)
    click.echo(f"spool {folder}: {result.articles} articles, {result.rejects} rejects replayed "
               f"from {len(result.files)} file(s)"
               + (f"; {result.unreadable} unreadable lines kept" if result.unreadable else ""))
    if result.error:
        raise CommandError(f"archive unreachable: {result.error}; the rest of the spool is kept")
    return 0
