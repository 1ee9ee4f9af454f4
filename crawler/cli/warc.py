"""``newsarchive warc``: move raw pages in and out of the archive as WARC files.

``export`` writes the archived raw responses behind articles to one WARC file
(any WARC tool reads it: pywb, warcio, ...).  ``import`` reads a WARC made by
another tool (``wget --warc-file``, Heritrix, browsertrix, ...), runs the
extraction on every HTML response and stores the articles; the file is copied
into the WARC folder (``imported/``) so ``reprocess`` can read it again later.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from crawler.cli import CommandError, database_option
from crawler.cli.archive import open_archive
from crawler.cli.output import emit, format_option, parse_date, warc_dir, warc_dir_option, writing
from crawler.cli.reprocess import Progress, document_from_raw, process_document
from crawler.warc import copy_record, iter_responses
from models.article import Article, ArticleVersion
from models.source import Source

#: Content types imported as pages; anything else (images, CSS, JS, robots.txt) is skipped.
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
#: Records stored per transaction during import.
BATCH = 50


def export_warc(session: Session, warc_root: Path, output: Path, *, source: str | None = None,
                since: Any = None) -> dict[str, int]:
    """Copy the response record of every selected article version to ``output``
    (gzip per record, a warcinfo record first).  Returns ``written``, ``no_raw``, ``missing``."""
    from warcio.warcwriter import WARCWriter

    stmt = (select(ArticleVersion.warc_filename, ArticleVersion.warc_offset)
            .join(Article, Article.id == ArticleVersion.article_id)
            .outerjoin(Source, Source.id == Article.source_id))
    if source is not None:
        stmt = stmt.where(Source.name == source)
    if since is not None:
        stmt = stmt.where(Article.published_at >= since)
    stmt = stmt.order_by(ArticleVersion.warc_filename, ArticleVersion.warc_offset)
    counts = {"written": 0, "no_raw": 0, "missing": 0}
    seen: set[tuple[str, int]] = set()
    output.parent.mkdir(parents=True, exist_ok=True)
    with open(output, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(writer.create_warcinfo_record(output.name, {
            "software": "newsarchive warc export", "format": "WARC File Format 1.0"}))
        for filename, offset in session.execute(stmt.execution_options(yield_per=1000)):
            if not filename or offset is None:
                counts["no_raw"] += 1
                continue
            if (filename, offset) in seen:
                continue
            seen.add((filename, offset))
            try:
                copy_record(warc_root, filename, offset, writer)
            except (OSError, ValueError):
                counts["missing"] += 1
                continue
            counts["written"] += 1
    return counts


def _place(path: Path, root: Path) -> str:
    """The file's name relative to ``root``, copying it into ``root/imported/`` when outside."""
    path = path.resolve()
    root = root.resolve()
    try:
        return str(path.relative_to(root))
    except ValueError:
        pass
    dest_dir = root / "imported"
    dest_dir.mkdir(parents=True, exist_ok=True)
    dest = dest_dir / path.name
    n = 1
    while dest.exists() and not filecmp.cmp(dest, path, shallow=False):
        dest = dest_dir / f"{path.name.split('.')[0]}-{n}{''.join(path.suffixes)}"
        n += 1
    if not dest.exists():
        shutil.copyfile(path, dest)
    return str(dest.relative_to(root))


def import_warc(sessions: sessionmaker[Session], path: Path, warc_root: Path, *,
                progress: Any = None) -> dict[str, int]:
    """Extract and store every page response of ``path``.  Returns counts per
    outcome (``new``, ``updated``, ``unchanged``, ``rejected``) plus ``skipped``
    (not a 200 page: images, redirects, errors)."""
    with open(path, "rb") as fh:  # refuse a file that is not WARC before copying it in
        next(iter(ArchiveIterator(fh)), None)
    name = _place(path, warc_root)
    counts = {"new": 0, "updated": 0, "unchanged": 0, "rejected": 0, "skipped": 0}
    pending: list[Any] = []

    def flush() -> None:
        with sessions.begin() as session:
            for resp in pending:
                doc = document_from_raw(resp.url, resp.body, resp.headers, status=resp.status,
                                        warc={"filename": name, "offset": resp.offset}, fetched_at=resp.date)
                counts[process_document(session, doc)] += 1
        pending.clear()

    done = 0
    size = max(path.stat().st_size, 1)
    for resp in iter_responses(warc_root / name):
        ctype = resp.headers.get("content-type", "text/html").split(";")[0].strip().lower()
        if resp.status != 200 or ctype not in PAGE_TYPES or resp.url.startswith(("metadata:", "dns:")):
            counts["skipped"] += 1
            continue
        pending.append(resp)
        if len(pending) >= BATCH:
            flush()
        done += 1
        if progress:
            progress(min(resp.offset, size), size)
    if pending:
        flush()
    if progress:
        progress(size, size)
    return counts


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "warc", help="export the archive's raw pages to WARC, or import a WARC from another tool",
        description=(
            "export: write the raw responses behind the selected articles to one WARC file.\n"
            "import: read WARC files (e.g. from `wget --warc-file`), extract every HTML page with the "
            "current stages and store the articles; the files are copied into the WARC folder "
            "(imported/) so `newsarchive reprocess` can use them later."),
        epilog=("Examples:\n"
                "  newsarchive warc export -o raw-2024.warc.gz --since 2024-01-01\n"
                "  wget --warc-file=site -r -l1 https://example.com/news/ && newsarchive warc import site.warc.gz"),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("action", choices=["export", "import"])
    p.add_argument("files", nargs="*", metavar="FILE", help="import: WARC files (.warc or .warc.gz)")
    p.add_argument("-o", "--output", metavar="FILE", help="export: the WARC file to write")
    p.add_argument("--source", help="export: only articles credited to this source")
    p.add_argument("--since", type=parse_date, help="export: only articles published on or after")
    warc_dir_option(p)
    format_option(p)
    database_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    root = warc_dir(args.warc_dir, args.db)
    if args.action == "export":
        if not args.output:
            raise CommandError("warc export needs -o FILE.warc.gz", status=2)
        engine = open_archive(args.db)
        with Session(engine) as session:
            counts = export_warc(session, root, Path(args.output), source=args.source, since=args.since)
        if args.format == "json":
            emit([counts], list(counts), "json")
        else:
            print(f"{counts['written']} records written to {args.output}; {counts['no_raw']} versions without "
                  f"a raw page, {counts['missing']} missing from {root}")
        return 0
    if not args.files:
        raise CommandError("warc import needs at least one WARC file", status=2)
    for name in args.files:
        if not Path(name).is_file():
            raise CommandError(f"no such WARC file: {name}")
    engine = open_archive(args.db)
    sessions = sessionmaker(engine, expire_on_commit=False)
    results = []
    for name in args.files:
        bar = Progress(f"import {Path(name).name}")
        try:
            with writing():
                counts = import_warc(sessions, Path(name), root, progress=bar)
        except ArchiveLoadFailed as exc:
            raise CommandError(f"{name} is not a readable WARC file: {exc}") from exc
        finally:
            bar.close()
        results.append({"file": name, **counts})
    if args.format == "json":
        emit(results, list(results[0]), "json")
    else:
        for r in results:
            print(f"{r['file']}: {r['new']} new, {r['updated']} updated, {r['unchanged']} unchanged, "
                  f"{r['rejected']} rejected, {r['skipped']} other records skipped", file=sys.stdout)
    return 0
