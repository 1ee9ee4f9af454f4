"""``newsarchive db``: schema management (Alembic under the hood)."""

from __future__ import annotations

import argparse

from crawler.cli import database_option, db_url
from models.engine import get_engine
from models.migrate import current_revision, downgrade, head_revision, upgrade


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "db", help="create or upgrade the archive's schema",
        description="Manage the archive schema with Alembic migrations. `upgrade` keeps every row.",
        epilog="Example: newsarchive db upgrade --db postgresql://postgres@127.0.0.1/news",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("action", choices=["upgrade", "current", "downgrade"],
                   help="upgrade to a revision (default head), show the current one, or downgrade")
    p.add_argument("revision", nargs="?", default=None, help="target revision (default: head / one step down)")
    database_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    url = db_url(args.db)
    if args.action == "upgrade":
        upgrade(url, args.revision or "head")
        print(f"archive at revision {current_revision(get_engine(url))}")
    elif args.action == "downgrade":
        downgrade(url, args.revision or "-1")
        print(f"archive at revision {current_revision(get_engine(url))}")
    else:
        print(f"current: {current_revision(get_engine(url))}  head: {head_revision()}")
    return 0
