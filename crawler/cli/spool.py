"""``newsarchive spool replay``: write what a database outage left in the spool.

When the archive is unreachable mid-crawl, the store appends the items it could
not write to ``$NEWSARCHIVE_SPOOL_DIR/run-<id>.jsonl`` (default ``./spool``).
``newsarchive crawl`` replays them before every run; this command does it by hand.
Replayed files move to ``<spool>/replayed/``; nothing is downloaded again.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from crawler.cli import CommandError, database_option
from crawler.cli.archive import open_archive


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "spool", help="replay items spooled while the archive was unreachable",
        description=("Write the items a crawl spooled during a database outage (JSON lines in the spool "
                     "folder) into the archive. `newsarchive crawl` does this at the start of every run."),
        epilog=("Examples:\n"
                "  newsarchive spool replay --db archive.db\n"
                "  newsarchive spool replay --spool-dir /srv/news/spool --db postgresql://news@db/news"),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True
    replay = actions.add_parser("replay", help="write the spooled items to the archive",
                                description="Write the spooled items to the archive; replayed files move "
                                            "to <spool>/replayed/.",
                                epilog="Example: newsarchive spool replay --db archive.db")
    replay.add_argument("--spool-dir", default=None,
                        help="spool folder (default: $NEWSARCHIVE_SPOOL_DIR, else ./spool)")
    database_option(replay)
    replay.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pipelines.spool import replay

    engine = open_archive(args.db)
    spool_dir = Path(args.spool_dir or os.environ.get("NEWSARCHIVE_SPOOL_DIR") or "spool")
    result = replay(engine.url.render_as_string(hide_password=False), spool_dir)
    print(f"spool {spool_dir}: {result.articles} articles, {result.rejects} rejects replayed "
          f"from {len(result.files)} file(s)"
          + (f"; {result.unreadable} unreadable lines kept" if result.unreadable else ""))
    if result.error:
        raise CommandError(f"archive unreachable: {result.error}; the rest of the spool is kept")
    return 0
