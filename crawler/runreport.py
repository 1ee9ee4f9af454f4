"""Before and after one ``newsarchive crawl`` child: the wrapper's bookkeeping.

* :func:`prepare` (holding the run lock): rows left ``running`` by dead processes
  are marked ``killed``, and the spool of earlier outages is replayed.
* :func:`settle`: the child's run row; if the child died without closing it
  (kill -9), the row is closed as ``killed``.  The counts always come from the
  archive (:func:`models.runs.summarize`), not from a process that may have died.
* :func:`verdict`: the exit status and the one line to print.

Every database error becomes :class:`ArchiveUnreachable` (one line, no traceback).
"""

from __future__ import annotations

import signal
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from crawler.outcome import FAILURE_KEY
from models import runs
from models.crawl import CrawlRun
from models.engine import get_engine

EXIT_OK, EXIT_ERROR, EXIT_LOCKED, EXIT_INTERRUPTED = 0, 1, 75, 130


class ArchiveUnreachable(Exception):
    """The archive failed; the message is one line."""


def _one_line(exc: DBAPIError) -> str:
    text = str(exc.orig if exc.orig is not None else exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def unreachable(exc: DBAPIError, url: str) -> ArchiveUnreachable:
    """The one-line error for a database failure: ``disk full: <path>`` or ``archive unreachable: ...``."""
    from crawler.diskfull import is_disk_full, where_of

    if is_disk_full(exc):
        return ArchiveUnreachable(f"disk full: {where_of(url)}")
    return ArchiveUnreachable(f"archive unreachable: {_one_line(exc)}")


@dataclass
class Settled:
    record: CrawlRun | None
    summary: runs.RunSummary | None


def prepare(url: str, spider: str, spool_dir: Path, *, scale_out: bool = False) -> list[str]:
    """Close dead runs, replay the spool; returns notes for the log (may be empty)."""
    from pipelines.spool import replay

    notes = []
    try:
        with Session(get_engine(url), expire_on_commit=False) as session, session.begin():
            killed = runs.mark_killed(session, spider, other_hosts=not scale_out)
        if killed:
            notes.append(f"marked crawl run(s) {', '.join(map(str, killed))} killed (their process is gone)")
        result = replay(url, spool_dir)
    except DBAPIError as exc:
        raise unreachable(exc, url) from None
    if result.files:
        notes.append(f"spool replayed: {result.articles} articles, {result.rejects} rejects "
                     f"from {len(result.files)} file(s) in {spool_dir}")
    if result.error:
        notes.append(f"spool replay stopped (archive failed: {result.error}); kept for the next run")
    return notes


def last_run_id(url: str, spider: str) -> int:
    try:
        with Session(get_engine(url)) as session:
            return session.scalar(select(func.max(CrawlRun.id)).where(CrawlRun.spider == spider)) or 0
    except DBAPIError as exc:
        raise unreachable(exc, url) from None


def settle(url: str, spider: str, after: int, returncode: int) -> Settled:
    """The child's run row (closed as ``killed`` if the child left it open) and its counts."""
    try:
        with Session(get_engine(url), expire_on_commit=False) as session, session.begin():
            record = session.scalars(select(CrawlRun).where(CrawlRun.spider == spider, CrawlRun.id > after)
                                     .order_by(CrawlRun.id.desc()).limit(1)).first()
            if record is None:
                return Settled(None, None)
            if record.status == "running":  # the child is gone: it cannot close its row any more
                why = f"crawl process died (exit status {returncode})"
                if returncode < 0:
                    why = f"crawl process killed by signal {-returncode}"
                runs.close_killed(session, record, why=why)
            summary = runs.summarize(session, record)
    except DBAPIError as exc:
        raise unreachable(exc, url) from None
    return Settled(record, summary)


def verdict(settled: Settled, returncode: int, log_file: Path) -> tuple[int, str]:
    """``(exit status, line)``: the line goes to stdout for 0, else to stderr."""
    record, summary = settled.record, settled.summary
    if record is None or summary is None:
        return EXIT_ERROR, (f"newsarchive: error: the crawl recorded no run (scrapy exit status {returncode}); "
                            f"see {log_file}")
    stats = record.stats or {}
    pages = stats.get("downloader/response_count", "?" if record.status == runs.KILLED else 0)
    line = (f"crawl run {record.id} {record.status}: {summary.new} new, {summary.updated} updated, "
            f"{summary.rejects} rejects, {pages} pages fetched; log {log_file}")
    if record.finish_reason == "locked":
        return EXIT_LOCKED, f"newsarchive: another run holds the PostgreSQL advisory lock; {line}"
    if record.status == "finished" and returncode == 0:
        return EXIT_OK, line
    if record.status == "interrupted" or returncode in (-signal.SIGINT, -signal.SIGTERM):
        return EXIT_INTERRUPTED, f"newsarchive: interrupted; {line}"
    why = stats.get(FAILURE_KEY) or (record.finish_reason if record.status == runs.KILLED else None)
    if not why and returncode != 0:
        why = f"scrapy exit status {returncode}"
    return EXIT_ERROR, f"newsarchive: error: {why or record.status}; {line}"
