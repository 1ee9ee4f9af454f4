"""``newsarchive export``: articles to JSON lines, CSV or Parquet, streaming in constant memory.

Rows are fetched ``yield_per`` at a time (a server-side cursor on PostgreSQL,
SQLite's lazy cursor otherwise) and written as they come; Parquet goes out in
row groups through ``pyarrow.parquet.ParquetWriter``.  Memory stays flat
whatever the archive size (``bench/export_memory.py`` measures it).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from contextlib import contextmanager
from datetime import datetime
from typing import Any, Iterator, TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from crawler.cli import CommandError, database_option
from crawler.cli.archive import open_archive
from crawler.cli.output import end_of_day, parse_date, positive_int, reader_may_leave
from models.article import Article
from models.source import Source

#: Exported columns, in order; ``authors`` is a list (JSON text in CSV).
COLUMNS = ["id", "canonical_url", "url", "source", "title", "authors", "published_at", "updated_at",
           "fetched_at", "language", "section", "word_count", "version_count", "duplicate_of_id",
           "content_hash", "body"]
#: Rows fetched from the database at a time.
FETCH_ROWS = 1000


def iter_articles(session: Session, *, source: str | None = None, since: datetime | None = None,
                  until: datetime | None = None, language: str | None = None,
                  fetch_rows: int = FETCH_ROWS) -> Iterator[dict[str, Any]]:
    """Articles as dicts with :data:`COLUMNS` keys, in id order, streamed."""
    stmt = (select(Article.id, Article.canonical_url, Article.url, Source.name.label("source"), Article.title,
                   Article.authors, Article.published_at, Article.updated_at, Article.fetched_at,
                   Article.language, Article.section, Article.word_count, Article.version_count,
                   Article.duplicate_of_id, Article.content_hash, Article.body)
            .outerjoin(Source, Source.id == Article.source_id))
    if source is not None:
        stmt = stmt.where(Source.name == source)
    if since is not None:
        stmt = stmt.where(Article.published_at >= since)
    if until is not None:
        stmt = stmt.where(Article.published_at <= until)
    if language is not None:
        stmt = stmt.where(Article.language == language)
    stmt = stmt.order_by(Article.id).execution_options(yield_per=fetch_rows)
    for row in session.execute(stmt):
        yield dict(row._mapping)


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def write_jsonl(rows: Iterator[dict[str, Any]], out: TextIO) -> int:
    n = 0
    for row in rows:
        out.write(json.dumps({k: _iso(v) for k, v in row.items()}, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(rows: Iterator[dict[str, Any]], out: TextIO) -> int:
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    n = 0
    for row in rows:
        writer.writerow([json.dumps(row[c], ensure_ascii=False) if c == "authors" else _iso(row[c])
                         for c in COLUMNS])
        n += 1
    return n


def parquet_schema() -> Any:
    import pyarrow as pa

    ts = pa.timestamp("us", tz="UTC")
    types = {"id": pa.int64(), "authors": pa.list_(pa.string()), "published_at": ts, "updated_at": ts,
             "fetched_at": ts, "word_count": pa.int32(), "version_count": pa.int32(),
             "duplicate_of_id": pa.int64()}
    return pa.schema([(c, types.get(c, pa.string())) for c in COLUMNS])


def write_parquet(rows: Iterator[dict[str, Any]], path: str, *, row_group_rows: int = 10_000) -> int:
    """Write in row groups of ``row_group_rows``: only one group is ever held in memory."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    n = 0
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        batch: dict[str, list[Any]] = {c: [] for c in COLUMNS}
        for row in rows:
            for c in COLUMNS:
                batch[c].append(row[c])
            n += 1
            if len(batch["id"]) >= row_group_rows:
                writer.write_table(pa.Table.from_pydict(batch, schema=schema))
                batch = {c: [] for c in COLUMNS}
        if batch["id"] or n == 0:
            writer.write_table(pa.Table.from_pydict(batch, schema=schema))
    return n


@contextmanager
def _text_output(path: str | None, newline: str | None = None) -> Iterator[TextIO]:
    if path in (None, "-"):
        yield sys.stdout
        sys.stdout.flush()
    else:
        with open(path, "w", encoding="utf-8", newline=newline) as fh:
            yield fh


def export(session: Session, fmt: str, output: str | None, **filters: Any) -> int:
    """Export the filtered articles; returns the number of rows written."""
    rows = iter_articles(session, **filters)
    if fmt == "jsonl":
        with _text_output(output) as out:
            return write_jsonl(rows, out)
    if fmt == "csv":
        with _text_output(output, newline="") as out:
            return write_csv(rows, out)
    if fmt == "parquet":
        if output in (None, "-"):
            raise CommandError("parquet needs a file: pass -o FILE.parquet", status=2)
        return write_parquet(rows, output)
    raise CommandError(f"unknown format {fmt!r}", status=2)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export", help="write articles to JSON lines, CSV or Parquet (streaming, constant memory)",
        description=("Export articles (one row each, latest version, columns: " + ", ".join(COLUMNS) + ") "
                     "in id order. Streams from the database, so memory stays flat for any archive size. "
                     "Times are UTC ISO 8601; in CSV, authors is a JSON list."),
        epilog=("Examples:\n"
                "  newsarchive export --format jsonl -o articles.jsonl\n"
                "  newsarchive export --format parquet --source 证券日报 --since 2024-01-01 -o zqrb.parquet\n"
                "  newsarchive export --format csv --language en | head"),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--format", choices=["jsonl", "csv", "parquet"], default="jsonl", help="output format (default jsonl)")
    p.add_argument("-o", "--output", metavar="FILE", help="output file (default: stdout; required for parquet)")
    p.add_argument("--source", help="only articles credited to this source (exact name)")
    p.add_argument("--since", type=parse_date, help="published on or after")
    p.add_argument("--until", type=end_of_day, help="published on or before (a bare date includes that day)")
    p.add_argument("--language", help="ISO 639-1 code, e.g. en or zh")
    p.add_argument("--fetch-rows", type=positive_int, default=FETCH_ROWS, help=argparse.SUPPRESS)
    database_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    engine = open_archive(args.db)
    n = None
    with Session(engine) as session, reader_may_leave():
        n = export(session, args.format, args.output, source=args.source, since=args.since, until=args.until,
                   language=args.language, fetch_rows=args.fetch_rows)
    if args.output not in (None, "-") and n is not None:
        print(f"{n} articles written to {args.output}", file=sys.stderr)
    return 0
