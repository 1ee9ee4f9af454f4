"""The ``newsarchive`` command: everything a person runs by hand.

Each subcommand lives in ``crawler/cli/<name>.py`` with ``register(subparsers)``
adding its parser (``help``, ``description`` and an example in ``epilog``) and
setting ``func(args) -> int``.  Known errors become one clear line on stderr and
a non-zero exit status (:class:`CommandError`); unexpected ones propagate.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from typing import Sequence

#: Subcommand modules, in ``--help`` order.
COMMANDS = [
    "demo",
    "extract",
    "db",
    "crawl",
    "search",
    "claims",
    "entities",
    "stats",
    "rejects",
    "export",
    "reprocess",
    "warc",
    "spool",
]

#: Exit statuses shared by every command.
EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


class CommandError(Exception):
    """A known failure: printed as ``newsarchive: error: <message>``."""

    def __init__(self, message: str, status: int = EXIT_ERROR):
        super().__init__(message)
        self.status = status


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsarchive",
        description="Crawl financial news into a clean, queryable archive.",
        epilog="Example: newsarchive demo --db archive.db",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name in COMMANDS:
        importlib.import_module(f"crawler.cli.{name}").register(sub)
    return parser


def database_option(parser: argparse.ArgumentParser) -> None:
    """The ``--db`` option every archive command shares."""
    parser.add_argument(
        "--db", metavar="URL_OR_PATH", default=None,
        help="archive: SQLAlchemy URL or SQLite file path "
             "(default: $NEWSARCHIVE_DATABASE_URL, else ./archive.db)")


def db_url(value: str | None) -> str | None:
    """``--db`` value as a SQLAlchemy URL (a bare path means a SQLite file)."""
    if value is None:
        return None
    return value if "://" in value else f"sqlite:///{value}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    level = logging.DEBUG if args.verbose else logging.WARNING
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # Scrapy lowers the root logger's level when a crawl starts: filter at the handler.
    for handler in logging.root.handlers:
        handler.setLevel(level)
    try:
        return int(args.func(args) or 0)
    except CommandError as exc:
        print(f"newsarchive: error: {exc}", file=sys.stderr)
        return exc.status
    except KeyboardInterrupt:
        print("newsarchive: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`newsarchive export | head`): stop quietly, like other Unix tools.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
