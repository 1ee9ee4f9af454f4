"""A full disk stops the crawl at once, in one line, with nothing half-written.

Whoever hits the error (the WARC writer, the store, the spool) calls :func:`check`:
when the error is "no space left" it records where in the stats
(``newsarchive/run/disk_full``, which makes the run ``failed`` with the reason
``disk full: <path>``), logs one line, and closes the spider with reason
``disk_full``.  The WARC writer cuts its file back to the last whole record; a
database transaction that failed was rolled back; items the store could not write
go to ``NEWSARCHIVE_SPOOL_DIR`` (keep it on another disk), or are counted in
``newsarchive/store/lost`` and fetched again by the next run (they are not archived).
"""

from __future__ import annotations

import errno
import logging
import os
from pathlib import Path
from typing import Any

from scrapy.exceptions import IgnoreRequest

from crawler import settings as defaults  # the one home of every default
from crawler.outcome import DISK_FULL_KEY

logger = logging.getLogger(__name__)

_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT}
_FULL_TEXTS = ("database or disk is full", "no space left on device", "disk full", "could not extend file")


class DiskFull(IgnoreRequest):
    """A response could not be archived (WARC) because its disk is full."""


def is_disk_full(exc: BaseException) -> bool:
    """True for ENOSPC/EDQUOT, SQLite's SQLITE_FULL and PostgreSQL's disk_full (53100)."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, OSError) and exc.errno in _FULL_ERRNOS:
            return True
        if getattr(exc, "sqlstate", None) == "53100":
            return True
        if any(t in str(exc).lower() for t in _FULL_TEXTS):
            return True
        exc = getattr(exc, "orig", None) or exc.__cause__ or exc.__context__
    return False


def where_of(url_or_path: str | os.PathLike[str]) -> str:
    """A path to report: the SQLite file of an archive URL, else the value as given."""
    text = str(url_or_path)
    if text.startswith("sqlite"):
        from sqlalchemy.engine import make_url

        return str(Path(make_url(text).database or text).resolve())
    if "://" in text:
        from sqlalchemy.engine import make_url

        url = make_url(text)
        return f"database server {url.host}:{url.port or ''}/{url.database}"
    return str(Path(text).resolve())


def check(crawler: Any, exc: BaseException, *, where: str | os.PathLike[str]) -> bool:
    """When ``exc`` means a full disk: record it, stop the crawl (once), True."""
    if not is_disk_full(exc):
        return False
    stats = crawler.stats
    if not stats.get_value(DISK_FULL_KEY):
        path = where_of(where)
        stats.set_value(DISK_FULL_KEY, path)
        reserve = getattr(crawler, "_newsarchive_disk_reserve", None)
        if reserve is not None:
            reserve.release()  # room to close the run row
        logger.error("Disk full: %(path)s; stopping the crawl", {"path": path})
        try:
            engine = crawler.engine
        except RuntimeError:  # not crawling (a test, or before the engine starts)
            engine = None
        if engine is not None and getattr(engine, "spider", None) is not None:
            from scrapy.utils.defer import _schedule_coro

            _schedule_coro(engine.close_spider_async(reason="disk_full"))
    stats.inc_value("newsarchive/run/disk_full_errors")
    return True


def truncate_to(path: Path, size: int, fh: Any) -> None:
    """Close ``fh`` (its unwritten buffer may fail again: ignored) and cut ``path``
    back to ``size`` bytes, so no partial record stays behind."""
    try:
        fh.close()
    except OSError:
        pass
    try:
        if size:
            os.truncate(path, size)
        else:
            path.unlink()
    except OSError:
        logger.warning("Could not cut %(path)s back to %(size)d bytes", {"path": path, "size": size})


def is_flagged(stats: Any) -> bool:
    """True once this crawl met a full disk: nothing more is written to it."""
    return bool(stats.get_value(DISK_FULL_KEY))


class DiskReserve:
    """Scrapy extension: a SQLite archive keeps ``NEWSARCHIVE_DISK_RESERVE`` bytes
    (default 1 MiB) in ``<archive>.reserve`` beside it; when the disk fills, the
    reserve is deleted first, so the run row can still be closed.  Off for other
    databases (their server owns its disk) or with a reserve of 0."""

    def __init__(self, crawler: Any):
        from scrapy.exceptions import NotConfigured
        from sqlalchemy.engine import make_url

        size = crawler.settings.getint("NEWSARCHIVE_DISK_RESERVE", defaults.NEWSARCHIVE_DISK_RESERVE)
        url = make_url(crawler.settings.get("NEWSARCHIVE_DATABASE_URL") or "sqlite://")
        if size <= 0 or url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
            raise NotConfigured("no SQLite file archive, or no reserve")
        self.path = Path(url.database + ".reserve")
        self.size = size
        crawler._newsarchive_disk_reserve = self

    @classmethod
    def from_crawler(cls, crawler: Any) -> "DiskReserve":
        from scrapy import signals

        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.release, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Any) -> None:
        try:
            with open(self.path, "wb") as fh:
                fh.write(b"\0" * self.size)
        except OSError:  # already full: nothing to reserve
            self.release()

    def release(self, *args: Any) -> None:
        try:
            self.path.unlink()
        except OSError:
            pass
