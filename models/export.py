"""Articles out of the archive as JSON lines, a JSON array, CSV or Parquet,
streaming in constant memory.

Rows are fetched ``fetch_rows`` at a time (a server-side cursor on PostgreSQL,
SQLite's lazy cursor otherwise) and written as they come; Parquet goes out in
row groups through ``pyarrow.parquet.ParquetWriter``.  Memory stays flat
whatever the archive size (``bench/export_memory.py`` measures it).
"""

from __future__ import annotations

import csv
import json
import sys
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Iterator, TextIO

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.article import Article
from models.source import Source
from models.store import source_filter

#: Exported columns, in order; ``authors`` is a list (JSON text in CSV).
COLUMNS = ["id", "canonical_url", "url", "source", "title", "authors", "published_at", "updated_at",
           "fetched_at", "language", "section", "word_count", "version_count", "duplicate_of_id",
           "content_hash", "body"]
#: Rows fetched from the database at a time.
FETCH_ROWS = 1000
#: Export formats, and the file name endings that select them.
FORMATS = ["jsonl", "json", "csv", "parquet"]
SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv", ".parquet": "parquet",
            ".pq": "parquet"}
#: Progress is reported every this many rows.
PROGRESS_EVERY = 200

Progress = Callable[[int], None]


class ExportError(ValueError):
    """A format or output the export cannot write; the message says what to do."""


def format_for_path(path: str | None) -> str | None:
    """The format a file name asks for (``articles.csv`` -> ``csv``), None when it says nothing."""
    if not path or path == "-":
        return None
    return SUFFIXES.get(Path(path).suffix.lower())


def _filtered(stmt: Any, *, source: str | None, since: datetime | None, until: datetime | None,
              language: str | None) -> Any:
    if source is not None:
        stmt = stmt.where(source_filter(source))
    if since is not None:
        stmt = stmt.where(Article.published_at >= since)
    if until is not None:
        stmt = stmt.where(Article.published_at <= until)
    if language is not None:
        stmt = stmt.where(Article.language == language)
    return stmt


def count_articles(session: Session, *, source: str | None = None, since: datetime | None = None,
                   until: datetime | None = None, language: str | None = None) -> int:
    stmt = select(func.count(Article.id)).outerjoin(Source, Source.id == Article.source_id)
    return session.scalar(_filtered(stmt, source=source, since=since, until=until, language=language)) or 0


def iter_articles(session: Session, *, source: str | None = None, since: datetime | None = None,
                  until: datetime | None = None, language: str | None = None,
                  fetch_rows: int = FETCH_ROWS) -> Iterator[dict[str, Any]]:
    """Articles as dicts with :data:`COLUMNS` keys, in id order, streamed."""
    stmt = (select(Article.id, Article.canonical_url, Article.url, Source.name.label("source"), Article.title,
                   Article.authors, Article.published_at, Article.updated_at, Article.fetched_at,
                   Article.language, Article.section, Article.word_count, Article.version_count,
                   Article.duplicate_of_id, Article.content_hash, Article.body)
            .outerjoin(Source, Source.id == Article.source_id))
    stmt = _filtered(stmt, source=source, since=since, until=until, language=language)
    stmt = stmt.order_by(Article.id).execution_options(yield_per=fetch_rows)
    for row in session.execute(stmt):
        yield dict(row._mapping)


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def _counted(rows: Iterator[dict[str, Any]], progress: Progress | None) -> Iterator[dict[str, Any]]:
    n = 0
    for row in rows:
        yield row
        n += 1
        if progress and n % PROGRESS_EVERY == 0:
            progress(n)


def write_jsonl(rows: Iterator[dict[str, Any]], out: TextIO) -> int:
    n = 0
    for row in rows:
        out.write(json.dumps({k: _iso(v) for k, v in row.items()}, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_json(rows: Iterator[dict[str, Any]], out: TextIO) -> int:
    """One JSON array, written element by element (never held whole in memory)."""
    n = 0
    out.write("[")
    for row in rows:
        out.write(("," if n else "") + "\n  " + json.dumps({k: _iso(v) for k, v in row.items()}, ensure_ascii=False))
        n += 1
    out.write("\n]\n" if n else "]\n")
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


TEXT_WRITERS = {"jsonl": (write_jsonl, None), "json": (write_json, None), "csv": (write_csv, "")}


def export(session: Session, fmt: str | None, output: str | None, *, progress: Progress | None = None,
           **filters: Any) -> int:
    """Export the filtered articles to ``output`` (a path; None or ``-`` is stdout).

    ``fmt`` None means: from the file name (:func:`format_for_path`), else JSON
    lines.  Returns the number of rows written; raises :class:`ExportError` for
    a format that cannot be written there.
    """
    fmt = fmt or format_for_path(output) or "jsonl"
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    rows = _counted(iter_articles(session, **filters), progress)
    if fmt == "parquet":
        if output in (None, "-"):
            raise ExportError("parquet needs a file: pass -o FILE.parquet")
        return write_parquet(rows, output)
    writer, newline = TEXT_WRITERS[fmt]
    with _text_output(output, newline=newline) as out:
        return writer(rows, out)
