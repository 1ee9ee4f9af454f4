"""One run of a spider on an archive at a time, held by the process that crawls.

* :func:`run_lock` -- an exclusive ``flock`` on a lock file.  ``newsarchive crawl``
  passes the open lock file to its Scrapy child (``pass_fds``), so the lock lives
  as long as *either* process: killing the wrapper leaves the crawling child
  holding it, and the next cron run exits 75 instead of starting beside it.
* PostgreSQL archives shared by several machines: the session advisory lock of
  the spider is held by the crawling process itself (:class:`AdvisoryLockKeeper`,
  a Scrapy extension).  Its connection is checked every
  ``NEWSARCHIVE_LOCK_CHECK_INTERVAL`` seconds; after a database restart the lock
  is re-taken on a new connection, and if another run took it meanwhile the crawl
  stops cleanly with close reason ``lock_lost``.  ``newsarchive crawl`` only
  probes the advisory lock (:func:`pg_advisory_lock`) to exit 75 at once.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

from sqlalchemy import create_engine, func, select
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from crawler import settings as defaults  # the one home of every default
from models.engine import database_url

logger = logging.getLogger(__name__)


class Locked(Exception):
    """The lock is held by another run; the message says by whom."""


@dataclass
class RunLock:
    path: Path
    #: Descriptor of the locked file: give it to the child (``pass_fds``) so the lock follows it.
    fd: int

    def note(self, text: str) -> None:
        """Replace the holder description in the lock file (shown to a second run)."""
        os.ftruncate(self.fd, 0)
        os.pwrite(self.fd, text.encode(), 0)


def lock_name(spider: str, url: str) -> str:
    """File name of the lock of ``spider`` on the archive at ``url``."""
    digest = hashlib.sha1(f"{spider}\0{url}".encode()).hexdigest()[:12]
    return f"newsarchive-{spider}-{digest}.lock"


@contextmanager
def run_lock(spider: str, url: str, lock_dir: Path) -> Iterator[RunLock]:
    """Hold the run lock file of ``spider`` on ``url`` or raise :class:`Locked` at once."""
    lock_dir.mkdir(parents=True, exist_ok=True)
    path = lock_dir / lock_name(spider, url)
    fh = open(path, "a+")
    try:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip() or "another process"
            raise Locked(f"a crawl of {spider} on this archive is already running ({holder}); "
                         f"lock file {path}") from None
        lock = RunLock(path, fh.fileno())
        lock.note(f"pid {os.getpid()} since {datetime.now(timezone.utc):%Y-%m-%d %H:%M:%S} UTC")
        yield lock
    finally:
        fh.close()  # the flock is released once every process holding the file has closed it


def advisory_key(spider: str) -> int:
    """The PostgreSQL advisory lock key of ``spider`` (signed 64-bit)."""
    return int.from_bytes(hashlib.sha1(f"newsarchive crawl {spider}".encode()).digest()[:8], "big", signed=True)


def _lock_engine(url: str) -> Engine:
    # its own connection, never pooled: the lock lives and dies with it
    return create_engine(database_url(url), poolclass=NullPool, connect_args={"connect_timeout": 5},
                         isolation_level="AUTOCOMMIT")


def _try_lock(conn: Connection, key: int) -> bool:
    return bool(conn.execute(select(func.pg_try_advisory_lock(key))).scalar())


def _unlock(conn: Connection, key: int) -> None:
    try:
        conn.execute(select(func.pg_advisory_unlock(key)))
    except DBAPIError:
        pass  # the connection is gone, and the lock with it


@contextmanager
def pg_advisory_lock(spider: str, url: str) -> Iterator[None]:
    """On PostgreSQL, hold the spider's advisory lock for the block (raise
    :class:`Locked` when another session has it); elsewhere a no-op."""
    if make_url(database_url(url)).get_backend_name() != "postgresql":
        yield
        return
    key = advisory_key(spider)
    engine = _lock_engine(url)
    try:
        with engine.connect() as conn:
            if not _try_lock(conn, key):
                raise Locked(f"a crawl of {spider} on this archive is already running on another machine "
                             f"(PostgreSQL advisory lock {key})")
            try:
                yield
            finally:
                _unlock(conn, key)
    finally:
        engine.dispose()


class AdvisoryLockKeeper:
    """Scrapy extension: the crawling process holds its spider's advisory lock
    (PostgreSQL only; off with ``NEWSARCHIVE_PG_LOCK=0``).

    Stats: ``newsarchive/lock/<taken|connection_lost|retaken|lost>``.
    """

    def __init__(self, crawler: Any):
        from scrapy.exceptions import NotConfigured

        url = crawler.settings.get("NEWSARCHIVE_DATABASE_URL")
        if not url or make_url(database_url(url)).get_backend_name() != "postgresql":
            raise NotConfigured("not a PostgreSQL archive")
        if not crawler.settings.getbool("NEWSARCHIVE_PG_LOCK", defaults.NEWSARCHIVE_PG_LOCK):
            raise NotConfigured("NEWSARCHIVE_PG_LOCK is off")
        if crawler.settings.get("NEWSARCHIVE_REDIS_URL"):
            raise NotConfigured("scale-out workers share one run on purpose")
        self.crawler = crawler
        self.interval = crawler.settings.getfloat("NEWSARCHIVE_LOCK_CHECK_INTERVAL", defaults.NEWSARCHIVE_LOCK_CHECK_INTERVAL)
        self.engine = _lock_engine(url)
        self.conn: Connection | None = None
        self.key = 0
        self.task: Any = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> "AdvisoryLockKeeper":
        from scrapy import signals

        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def _inc(self, event: str) -> None:
        self.crawler.stats.inc_value(f"newsarchive/lock/{event}")

    def _take(self) -> bool | None:
        """True: held; False: another session holds it; None: database unreachable."""
        try:
            self.conn = self.engine.connect()
            if _try_lock(self.conn, self.key):
                return True
        except DBAPIError:
            self._drop()
            return None
        self._drop()
        return False

    def _drop(self) -> None:
        if self.conn is not None:
            try:
                self.conn.close()
            except DBAPIError:
                pass
            self.conn = None

    def _stop(self, reason: str) -> None:
        from scrapy.utils.defer import _schedule_coro

        _schedule_coro(self.crawler.engine.close_spider_async(reason=reason))

    def spider_opened(self, spider: Any) -> None:
        from twisted.internet import task

        self.key = advisory_key(spider.name)
        got = self._take()
        if got is False:
            logger.error("Another run of %(spider)s holds the PostgreSQL advisory lock; stopping",
                         {"spider": spider.name})
            self._stop("locked")
            return
        if got:
            self._inc("taken")
        self.task = task.LoopingCall(self.check)
        self.task.start(self.interval, now=False)

    def check(self) -> None:
        """Is the lock's connection alive?  If not, re-take the lock on a new one."""
        if self.conn is not None:
            try:
                self.conn.execute(select(1))
                return
            except DBAPIError:
                self._inc("connection_lost")
                logger.warning("Lost the archive connection holding the advisory lock; re-taking it")
                self._drop()
        got = self._take()
        if got:
            self._inc("retaken")
            logger.warning("Advisory lock re-taken after a reconnect")
        elif got is False:
            self._inc("lost")
            logger.error("Another run took the advisory lock while the archive was down; stopping cleanly")
            self._stop("lock_lost")
            if self.task is not None and self.task.running:
                self.task.stop()

    def spider_closed(self, spider: Any) -> None:
        if self.task is not None and self.task.running:
            self.task.stop()
        if self.conn is not None:
            _unlock(self.conn, self.key)
            self._drop()
        self.engine.dispose()
