"""Raw pages in and out of the archive as WARC files.

:func:`export_warc` writes the archived raw responses behind articles to one
WARC file (any WARC tool reads it: pywb, warcio, ...).  :func:`import_warc`
reads a WARC made by another tool (``wget --warc-file``, Heritrix,
browsertrix, ...) or by :func:`export_warc`, runs the extraction on every HTML
response and stores the articles; the file is copied into the WARC folder
(``imported/``) so ``reprocess`` can read it again later.  A page the archive
already holds (same fetched URL) is matched to its article, so importing the
archive's own export adds nothing.
"""

from __future__ import annotations

import filecmp
import shutil
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from models import store
from models.article import Article, ArticleVersion
from models.source import Source
from pipelines.reprocess import Progress, document_from_raw, process_document
from pipelines.store import register_sources

#: Content types imported as pages; anything else (images, CSS, JS, robots.txt) is skipped.
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
#: Records stored per transaction during import.
BATCH = 50


def export_warc(session: Session, warc_root: Path, output: Path, *, source: str | None = None,
                since: Any = None, progress: Progress | None = None) -> dict[str, int]:
    """Copy the response record of every selected article version to ``output``
    (gzip per record, a warcinfo record first).  Returns ``written``, ``no_raw``, ``missing``."""
    from warcio.warcwriter import WARCWriter

    from pipelines.warcread import copy_record

    stmt = (select(ArticleVersion.warc_filename, ArticleVersion.warc_offset)
            .join(Article, Article.id == ArticleVersion.article_id)
            .outerjoin(Source, Source.id == Article.source_id))
    if source is not None:
        stmt = stmt.where(store.source_filter(source))
    if since is not None:
        stmt = stmt.where(Article.published_at >= since)
    stmt = stmt.order_by(ArticleVersion.warc_filename, ArticleVersion.warc_offset)
    counts = {"written": 0, "no_raw": 0, "missing": 0}
    seen: set[tuple[str, int]] = set()
    total = session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0
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
            if progress:
                progress(counts["written"], total)
    return counts


class NotWarc(ValueError):
    """The file is not a WARC file (plain or gzipped)."""


def check_warc(path: Path) -> None:
    """Raise :class:`NotWarc` unless ``path`` starts like a WARC file (``WARC/1.x``, gzipped or not)."""
    import gzip
    import zlib

    with open(path, "rb") as fh:
        head = fh.read(64)
        if head[:2] == b"\x1f\x8b":
            fh.seek(0)
            try:
                head = gzip.GzipFile(fileobj=fh).read(16)
            except (OSError, EOFError, zlib.error) as exc:
                raise NotWarc(f"broken gzip data: {exc}") from None
    if not head.startswith(b"WARC/"):
        first = head.split(b"\n", 1)[0][:40].decode("utf-8", "replace")
        raise NotWarc(f"it starts with {first!r}, not WARC/1.x")


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
                progress: Progress | None = None) -> dict[str, int]:
    """Extract and store every page response of ``path``.  Returns counts per
    outcome (``new``, ``updated``, ``unchanged``, ``rejected``) plus ``skipped``
    (not a 200 page: images, redirects, errors)."""
    from pipelines.warcread import iter_responses

    check_warc(path)  # refuse a file that is not WARC before copying it in
    name = _place(path, warc_root)
    with sessions.begin() as session:
        register_sources(session)
    counts = {"new": 0, "updated": 0, "unchanged": 0, "rejected": 0, "skipped": 0}
    pending: list[Any] = []

    def flush() -> None:
        with sessions.begin() as session:
            for resp in pending:
                doc = document_from_raw(resp.url, resp.body, resp.headers, status=resp.status,
                                        warc={"filename": name, "offset": resp.offset}, fetched_at=resp.date)
                known = archived_canonical_url(session, resp.url)
                counts[process_document(session, doc, canonical_url=known)] += 1
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


def archived_canonical_url(session: Session, fetched_url: str) -> str | None:
    """The canonical URL of the article last fetched from ``fetched_url`` (a mirror
    URL such as ``http://127.0.0.1:8000/...`` maps back to the site's own URL)."""
    return session.scalar(select(Article.canonical_url).where(Article.url == fetched_url)
                          .order_by(Article.id).limit(1))
