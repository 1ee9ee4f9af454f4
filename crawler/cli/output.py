"""What the query commands share: ``--format``, dates, the WARC folder, tables."""

from __future__ import annotations

import argparse
import json
import os
import sys
import unicodedata
from datetime import date, datetime, timezone
from pathlib import Path
from contextlib import contextmanager
from typing import Any, Iterable, Iterator, Sequence, TextIO

from sqlalchemy.engine import make_url

from crawler.cli import CommandError, db_url
from models.engine import database_url


def format_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=["table", "json"], default="table",
                        help="a readable table (default) or a JSON array")


def parse_date(value: str) -> datetime:
    """``YYYY-MM-DD`` or an ISO 8601 timestamp; naive values are UTC (argparse type)."""
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (use YYYY-MM-DD or an ISO timestamp)")
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def end_of_day(value: str) -> datetime:
    """Like :func:`parse_date`, but a bare date means the end of that day (for ``--until``)."""
    parsed = parse_date(value)
    if len(value) == 10:
        parsed = parsed.replace(hour=23, minute=59, second=59, microsecond=999999)
    return parsed


def warc_dir(value: str | None, db: str | None) -> Path:
    """The WARC folder: ``--warc-dir``, else ``$NEWSARCHIVE_WARC_DIR``, else
    ``warc/`` beside a SQLite archive file, else ``./warc``."""
    if value:
        return Path(value)
    if os.environ.get("NEWSARCHIVE_WARC_DIR"):
        return Path(os.environ["NEWSARCHIVE_WARC_DIR"])
    url = make_url(database_url(db_url(db)))
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database).resolve().parent / "warc"
    return Path("warc")


def warc_dir_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--warc-dir", metavar="DIR", default=None,
                        help="folder of the WARC files (default: $NEWSARCHIVE_WARC_DIR, else warc/ "
                             "beside a SQLite archive, else ./warc)")


def jsonable(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    return value


def _width(s: str) -> int:
    """Terminal columns of ``s``: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _clip(s: str, limit: int) -> str:
    if _width(s) <= limit:
        return s
    out, used = [], 0
    for ch in s:
        w = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if used + w > limit - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, float):
        return f"{value:.3f}"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return " ".join(str(value).split())


def print_table(rows: Sequence[dict[str, Any]], columns: Sequence[str], *, max_width: int = 60,
                out: TextIO | None = None) -> None:
    """Rows as aligned columns (CJK-aware), long cells clipped with an ellipsis."""
    out = out or sys.stdout
    if not rows:
        print("(no rows)", file=out)
        return
    cells = [[_clip(_cell(row.get(c)), max_width) for c in columns] for row in rows]
    widths = [max(_width(c), *(_width(r[i]) for r in cells)) for i, c in enumerate(columns)]

    def line(values: Iterable[str]) -> str:
        return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths)).rstrip()

    print(line(columns), file=out)
    print(line("-" * w for w in widths), file=out)
    for r in cells:
        print(line(r), file=out)


@contextmanager
def reader_may_leave() -> Iterator[None]:
    """``newsarchive ... | head``: when the reader closes the pipe, stop quietly."""
    try:
        yield
        sys.stdout.flush()
    except BrokenPipeError:
        # Point stdout at /dev/null so the interpreter's final flush does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


@contextmanager
def writing() -> Iterator[None]:
    """Turn "database is locked" (another writer held it past the busy timeout) into one line."""
    from sqlalchemy.exc import OperationalError

    try:
        yield
    except OperationalError as exc:
        if "locked" in str(exc.orig).lower() or "busy" in str(exc.orig).lower():
            raise CommandError("the archive is locked by another writer (a crawl?); try again later") from exc
        raise


def emit(rows: Sequence[dict[str, Any]], columns: Sequence[str], fmt: str, *, max_width: int = 60) -> None:
    """Print ``rows`` as a table or as a JSON array (every key, not only ``columns``)."""
    with reader_may_leave():
        if fmt == "json":
            json.dump([jsonable(r) for r in rows], sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        else:
            print_table(rows, columns, max_width=max_width)


def positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}")
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n
