"""Options and value types the commands share (click decorators).

Every command gets ``-v/-q`` (:func:`common`); archive commands ``--db``;
commands that print rows ``--format``.  Bad values become click usage errors
whose one-line message says what to type instead.
"""

from __future__ import annotations

import logging
import sys
from datetime import datetime, timezone
from typing import Any, Callable

import click

#: Formats of commands that print rows.
ROW_FORMATS = ["table", "json", "jsonl", "csv"]

#: -1 quiet (errors only), 0 default (warnings and progress), 1+ verbose (info, debug).
_state = {"verbosity": 0}


def verbosity() -> int:
    return _state["verbosity"]


def set_verbosity(level: int) -> None:
    _state["verbosity"] = level
    numeric = logging.ERROR if level < 0 else logging.WARNING if level == 0 else \
        logging.INFO if level == 1 else logging.DEBUG
    if not logging.root.handlers:
        if sys.stderr.isatty():  # log lines above a progress bar, not through it
            from rich.logging import RichHandler

            from crawler.cli.output import stderr_console

            logging.root.addHandler(RichHandler(console=stderr_console(), show_path=False, markup=False))
        else:
            logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.root.setLevel(numeric)
    # Scrapy lowers the root logger's level when a crawl starts: filter at the handler too.
    for handler in logging.root.handlers:
        handler.setLevel(numeric)


def _verbose(ctx: click.Context, _param: click.Parameter, value: int) -> None:
    if value:
        set_verbosity(max(verbosity(), 0) + value)


def _quiet(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value:
        set_verbosity(-1)


def common(func: Callable[..., Any]) -> Callable[..., Any]:
    """``-v/--verbose`` (repeatable) and ``-q/--quiet``, accepted by every command."""
    func = click.option("-q", "--quiet", is_flag=True, expose_value=False, callback=_quiet,
                        help="only errors: no progress, no warnings")(func)
    return click.option("-v", "--verbose", count=True, expose_value=False, callback=_verbose,
                        help="more log messages (-vv: debug)")(func)


def db_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--db", metavar="URL_OR_PATH", default=None,
                        help="archive: a SQLite file path or a SQLAlchemy URL (sqlite:///FILE, "
                             "postgresql://...); default $NEWSARCHIVE_DATABASE_URL, else ./archive.db")(func)


def format_option(choices: list[str] = ROW_FORMATS, default: str | None = "table",
                  help: str = "table (default, fits the terminal), json (an array), jsonl (one object "
                              "a line) or csv") -> Callable[..., Any]:
    return click.option("--format", "fmt", type=click.Choice(choices, case_sensitive=False), default=default,
                        help=help)


def warc_dir_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--warc-dir", metavar="DIR", default=None,
                        help="folder of the WARC files (default: $NEWSARCHIVE_WARC_DIR, else warc/ "
                             "beside a SQLite archive, else ./warc)")(func)


class DateType(click.ParamType):
    """``YYYY-MM-DD`` or an ISO 8601 timestamp; naive values are UTC.  With
    ``end_of_day`` a bare date means the last instant of that day (for ``--until``)."""

    name = "date"

    def __init__(self, end_of_day: bool = False):
        self.end_of_day = end_of_day

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> datetime:
        if isinstance(value, datetime):
            return value
        try:
            parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            self.fail(f"not a date: {value!r}; use YYYY-MM-DD or an ISO timestamp such as 2024-05-01T08:00",
                      param, ctx)
        if self.end_of_day and len(str(value)) == 10:
            parsed = parsed.replace(hour=23, minute=59, second=59, microsecond=999999)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


DATE = DateType()
END_OF_DAY = DateType(end_of_day=True)
POSITIVE = click.IntRange(min=1)


class KeyValue(click.ParamType):
    """``NAME=VALUE`` (Scrapy's ``-a`` and ``-s``)."""

    name = "NAME=VALUE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        if "=" not in str(value) or str(value).startswith("="):
            self.fail(f"expected NAME=VALUE, got {value!r}; e.g. -a since=2024-05-01", param, ctx)
        return str(value)


KEY_VALUE = KeyValue()
