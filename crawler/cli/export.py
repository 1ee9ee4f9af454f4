"""``newsarchive export``: articles to JSON lines, JSON, CSV or Parquet, streaming in constant memory."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import click
from sqlalchemy.orm import Session

from crawler.cli import CONTEXT, CommandError
from crawler.cli.archive import open_archive
from crawler.cli.options import DATE, END_OF_DAY, POSITIVE, common, db_option
from crawler.cli.output import reader_may_leave
from crawler.cli.progress import Bar
from models.export import COLUMNS, FETCH_ROWS, FORMATS, ExportError, count_articles, export, format_for_path

EPILOG = """\b
Examples:
  newsarchive export -o articles.parquet          # the format follows the file name
  newsarchive export --source 证券日报 --since 2024-01-01 -o zqrb.csv
  newsarchive export --format jsonl --language en | head"""


def _check_output(output: str | None, fmt: str | None) -> str:
    fmt = fmt or format_for_path(output)
    if output not in (None, "-"):
        folder = Path(output).resolve().parent
        if not folder.is_dir():
            raise CommandError(f"no folder {folder} for the export; create it or pass -o elsewhere", status=2)
        if Path(output).is_dir():
            raise CommandError(f"{output} is a folder; pass -o FOLDER/articles.{fmt or 'jsonl'}", status=2)
        if fmt is None:
            raise CommandError(f"cannot tell the format from {Path(output).name!r}: end it in .jsonl, .json, "
                               f".csv or .parquet, or pass --format", status=2)
    return fmt or "jsonl"


@click.command(context_settings=CONTEXT, epilog=EPILOG)
@click.option("--format", "fmt", type=click.Choice(FORMATS, case_sensitive=False), default=None,
              help="output format (default: from the -o file name, else jsonl)")
@click.option("-o", "--output", metavar="FILE", help="output file (default: stdout; required for parquet)")
@click.option("--source", help="only articles credited to this source (its name or an alias)")
@click.option("--since", type=DATE, help="published on or after")
@click.option("--until", type=END_OF_DAY, help="published on or before (a bare date includes that day)")
@click.option("--language", help="ISO 639-1 code, e.g. en or zh")
@click.option("--fetch-rows", type=POSITIVE, default=FETCH_ROWS, hidden=True)
@db_option
@common
def command(fmt: str | None, output: str | None, source: str | None, since: datetime | None,
            until: datetime | None, language: str | None, fetch_rows: int, db: str | None) -> int:
    """Write articles to JSON lines, JSON, CSV or Parquet (streaming, constant memory).

    One row per article (latest version) in id order. Streams from the database,
    so memory stays flat for any archive size. Times are UTC ISO 8601; in CSV,
    authors is a JSON list.
    """
    fmt = _check_output(output, fmt)
    engine = open_archive(db)
    filters = dict(source=source, since=since, until=until, language=language)
    with Session(engine) as session:
        to_file = output not in (None, "-")
        total = count_articles(session, **filters) if to_file else None
        with Bar(f"export {Path(output).name}" if to_file else "export", total=total, unit="articles") as bar, \
                reader_may_leave():
            try:
                n = export(session, fmt, output, fetch_rows=fetch_rows, progress=bar if to_file else None,
                           **filters)
            except ExportError as exc:
                raise CommandError(str(exc), status=2) from exc
            except OSError as exc:
                raise CommandError(f"cannot write {output}: {exc.strerror or exc}; pass -o elsewhere") from exc
            bar(n, total)
    if to_file:
        click.echo(f"{n} articles written to {output} ({fmt})", err=True)
    return 0


__all__ = ["COLUMNS", "command"]
