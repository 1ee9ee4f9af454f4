"""``newsarchive warc``: move raw pages in and out of the archive as WARC files."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import click
from sqlalchemy.orm import Session, sessionmaker
from warcio.exceptions import ArchiveLoadFailed

from crawler.cli import CONTEXT, CommandError
from crawler.cli.archive import open_archive, warc_folder, writing
from crawler.cli.options import DATE, common, db_option, format_option, warc_dir_option
from crawler.cli.output import console, emit
from crawler.cli.progress import Bar
from pipelines.warcfiles import NotWarc, export_warc, import_warc

EPILOG = """\b
Examples:
  newsarchive warc export -o raw-2024.warc.gz --since 2024-01-01
  wget --warc-file=site -r -l1 https://example.com/news/ && newsarchive warc import site.warc.gz"""


@click.group(context_settings=CONTEXT, epilog=EPILOG)
@common
def command() -> None:
    """Export the archive's raw pages to WARC, or import a WARC from another tool.

    export: write the raw responses behind the selected articles to one WARC
    file. import: read WARC files (e.g. from `wget --warc-file`, or an export of
    this archive), extract every HTML page with the current stages and store the
    articles; pages the archive already holds add nothing. The files are copied
    into the WARC folder (imported/) so `newsarchive reprocess` can use them later.
    """


@command.command("export", context_settings=CONTEXT,
                 epilog="Example: newsarchive warc export -o raw-2024.warc.gz --since 2024-01-01")
@click.option("-o", "--output", metavar="FILE", help="the WARC file to write (.warc.gz)")
@click.option("--source", help="only articles credited to this source (its name or an alias)")
@click.option("--since", type=DATE, help="only articles published on or after")
@warc_dir_option
@format_option()
@db_option
@common
def export_command(output: str | None, source: str | None, since: datetime | None, warc_dir: str | None,
                   fmt: str, db: str | None) -> int:
    """Write the raw pages behind the selected articles to one WARC file."""
    if not output:
        raise CommandError("warc export needs -o FILE.warc.gz", status=2)
    if Path(output).is_dir():
        raise CommandError(f"{output} is a folder; pass -o FOLDER/raw.warc.gz", status=2)
    root = warc_folder(warc_dir, db)
    engine = open_archive(db)
    with Session(engine) as session, Bar(f"export {Path(output).name}", total=0, unit="records") as bar:
        try:
            counts = export_warc(session, root, Path(output), source=source, since=since, progress=bar)
        except OSError as exc:
            raise CommandError(f"cannot write {output}: {exc.strerror or exc}; pass -o elsewhere") from exc
    if fmt != "table":
        emit([counts], list(counts), fmt)
    else:
        console().print(f"{counts['written']} records written to {output}; {counts['no_raw']} versions without "
                        f"a raw page, {counts['missing']} missing from {root}")
    return 0


@command.command("import", context_settings=CONTEXT,
                 epilog="Example: newsarchive warc import site.warc.gz --db archive.db")
@click.argument("files", nargs=-1, metavar="FILE...")
@warc_dir_option
@format_option()
@db_option
@common
def import_command(files: tuple[str, ...], warc_dir: str | None, fmt: str, db: str | None) -> int:
    """Extract and store every page of WARC files (.warc or .warc.gz)."""
    if not files:
        raise CommandError("warc import needs at least one WARC file, e.g. newsarchive warc import site.warc.gz",
                           status=2)
    for name in files:
        if not Path(name).is_file():
            raise CommandError(f"no such WARC file: {name}")
    root = warc_folder(warc_dir, db)
    engine = open_archive(db)
    sessions = sessionmaker(engine, expire_on_commit=False)
    results = []
    for name in files:
        try:
            with writing(), Bar(f"import {Path(name).name}", total=Path(name).stat().st_size) as bar:
                counts = import_warc(sessions, Path(name), root, progress=bar)
        except (ArchiveLoadFailed, NotWarc) as exc:
            raise CommandError(f"{name} is not a readable WARC file ({' '.join(str(exc).split())[:120]}); "
                               f"pass a .warc or .warc.gz file") from exc
        results.append({"file": name, **counts})
    if fmt != "table":
        emit(results, list(results[0]), fmt)
    else:
        for r in results:
            console().print(f"{r['file']}: {r['new']} new, {r['updated']} updated, {r['unchanged']} unchanged, "
                            f"{r['rejected']} rejected, {r['skipped']} other records skipped")
    return 0
