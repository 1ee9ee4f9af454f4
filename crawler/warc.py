"""The raw archive: every response written to WARC files (ISO 28500), read back offline.

Writing
-------
:class:`WarcMiddleware` (a downloader middleware near the downloader, so the
response is still as served: compressed bodies stay compressed) hands each
response to :class:`WarcWriterThread`, which writes, off the reactor, a
``request`` and a ``response`` record per response with :class:`WarcFile`, one
gzip member per record, a ``warcinfo`` record at the start of each file and a
new file once ``NEWSARCHIVE_WARC_MAX_SIZE`` bytes are written.  It sets
``request.meta["newsarchive_warc"]`` (``response.meta`` in the spider) ``= {"filename": str, "offset": int}``: the
file name relative to ``NEWSARCHIVE_WARC_DIR`` and the byte offset of the
response record, which the spider copies into ``Document.warc`` and the store
keeps in ``article_versions.warc_filename`` / ``warc_offset``.  The dict is filled
by the writer thread once the record is on disk; the store waits for it
(:meth:`WarcWriterThread.wait`) before committing a row that points at it.

File names: ``<spider>-<UTC yyyymmddHHMMSS>-<serial, 5 digits>-<pid>.warc.gz``.

Reading
-------
:mod:`pipelines.warcread` (no crawler needed, so ``pipelines`` can use it); its
functions are re-exported here for callers of the old names.
"""

from __future__ import annotations

import io
import logging
import os
import queue
import socket
import threading
import zlib
from datetime import datetime, timezone
from http import HTTPStatus
from pathlib import Path
from typing import Any, BinaryIO, Callable
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.exceptions import NotConfigured
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crawler import settings as defaults  # the one home of every default
from pipelines.warcread import (RESPONSE_TYPES, WarcResponse, copy_record, iter_responses,  # noqa: F401 -- re-exported
                                read_record, read_response)

logger = logging.getLogger(__name__)

#: Hop-by-hop framing Scrapy has already undone: the stored body is no longer chunked.
_FRAMING_HEADERS = {b"transfer-encoding"}


# --- writing ------------------------------------------------------------------------

class GzipMember:
    """One record's gzip member at zlib level ``level`` (warcio's own wrapper always
    compresses at 9: ~1.5x the CPU of 6 on HTML for ~0.5% smaller files)."""

    def __init__(self, out: BinaryIO, level: int):
        self.compressor = zlib.compressobj(level, zlib.DEFLATED, zlib.MAX_WBITS + 16)
        self.out = out

    def write(self, buff: bytes) -> None:
        self.out.write(self.compressor.compress(buff))

    def flush(self) -> None:
        self.out.write(self.compressor.flush())
        self.out.flush()


class LevelWARCWriter(WARCWriter):
    """warcio's :class:`WARCWriter` with gzip members at a chosen level: the same
    records, one member each, as ``WARCWriter(out, gzip=True)`` writes them."""

    def __init__(self, filebuf: BinaryIO, level: int = 6):
        super().__init__(filebuf, gzip=False)
        self.level = level

    def _write_warc_record(self, out: Any, record: Any) -> None:
        super()._write_warc_record(GzipMember(out, self.level), record)


class WarcFile:
    """Appends records to size-rotated, gzip-per-record WARC files in ``directory``.

    Not thread-safe; one per crawler.  ``write_exchange`` returns the location
    of the response record.  ``gzip_level``: zlib level of each record's member.
    """

    def __init__(self, directory: str | os.PathLike[str], *, prefix: str = "newsarchive",
                 max_size: int = 100 * 1024 * 1024, software: str = "newsarchive", gzip_level: int = 6):
        self.directory = Path(directory)
        self.prefix = prefix
        self.max_size = max_size
        self.gzip_level = gzip_level
        self.software = software
        self.serial = 0
        self.filename: str | None = None
        self._fh: BinaryIO | None = None
        self._writer: WARCWriter | None = None
        self.files_opened = 0

    def _open(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S")
        while True:
            name = f"{self.prefix}-{stamp}-{self.serial:05d}-{os.getpid()}.warc.gz"
            self.serial += 1
            if not (self.directory / name).exists():
                break
        self._fh = open(self.directory / name, "xb")
        self._writer = LevelWARCWriter(self._fh, self.gzip_level)
        self.filename = name
        self.files_opened += 1
        logger.info("Writing WARC %(name)s", {"name": name})
        info = self._writer.create_warcinfo_record(name, {
            "software": self.software,
            "format": "WARC File Format 1.0",
            "conformsTo": "http://bibnum.bnf.fr/WARC/WARC_ISO_28500_version1_latestdraft.pdf",
            "hostname": socket.gethostname(),
            "robots": "obey",
        })
        self._writer.write_record(info)

    def write_exchange(self, *, url: str, method: str, request_headers: list[tuple[str, str]],
                       status: int, protocol: str, response_headers: list[tuple[str, str]],
                       body: bytes, ip_address: str | None = None,
                       fetched_at: datetime | None = None) -> dict[str, Any]:
        """Write one request + response pair; returns ``{"filename", "offset"}``
        of the response record.  Rotates first when the current file is full."""
        if self._fh is not None and self._fh.tell() >= self.max_size:
            self.close()
        start = self._fh.tell() if self._fh is not None else 0
        try:
            return self._write_exchange(url=url, method=method, request_headers=request_headers, status=status,
                                        protocol=protocol, response_headers=response_headers, body=body,
                                        ip_address=ip_address, fetched_at=fetched_at)
        except OSError:
            # disk full (or gone): cut the file back to its last whole record
            if self._fh is not None and self.filename is not None:
                from crawler.diskfull import truncate_to

                truncate_to(self.directory / self.filename, start if start else 0, self._fh)
            self._fh = self._writer = None
            raise

    def _write_exchange(self, *, url: str, method: str, request_headers: list[tuple[str, str]],
                        status: int, protocol: str, response_headers: list[tuple[str, str]],
                        body: bytes, ip_address: str | None, fetched_at: datetime | None) -> dict[str, Any]:
        if self._fh is None:
            self._open()
        assert self._fh is not None and self._writer is not None
        date = (fetched_at or datetime.now(timezone.utc)).astimezone(timezone.utc)
        warc_date = date.strftime("%Y-%m-%dT%H:%M:%SZ")

        parts = urlsplit(url)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        if not any(k.lower() == "host" for k, _ in request_headers):
            request_headers = [("Host", parts.netloc), *request_headers]
        req_http = StatusAndHeaders(f"{method} {path} {protocol}", request_headers, is_http_request=True)
        try:
            phrase = HTTPStatus(status).phrase
        except ValueError:
            phrase = ""
        resp_http = StatusAndHeaders(f"{status} {phrase}".rstrip(), response_headers, protocol=protocol)

        extra = {"WARC-Date": warc_date}
        if ip_address:
            extra["WARC-IP-Address"] = ip_address
        response = self._writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), length=len(body),
            http_headers=resp_http, warc_headers_dict=dict(extra))
        request = self._writer.create_warc_record(
            url, "request", payload=io.BytesIO(b""), length=0, http_headers=req_http,
            warc_headers_dict={**extra,
                               "WARC-Concurrent-To": response.rec_headers.get_header("WARC-Record-ID")})
        self._writer.write_record(request)
        offset = self._fh.tell()
        self._writer.write_record(response)
        self._fh.flush()
        return {"filename": self.filename, "offset": offset}

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
        self._fh = None
        self._writer = None


def _header_pairs(headers: Any) -> list[tuple[str, str]]:
    """Scrapy ``Headers`` -> ``[(name, value)]`` (latin-1, repeated names kept)."""
    out: list[tuple[str, str]] = []
    for name, values in headers.items():
        if name.lower() in _FRAMING_HEADERS:
            continue
        for value in values:
            out.append((name.decode("latin-1"), value.decode("latin-1")))
    return out


class WarcWriterThread:
    """Writes WARC records on a thread of its own, off the reactor.

    :meth:`submit` queues one exchange (a bounded queue: the crawl waits when the
    disk cannot keep up) and returns its location, an empty dict that the thread
    fills with ``{"filename", "offset"}`` once the record is written and flushed to
    the operating system (or ``{"error": str}`` when it could not be written).
    :meth:`wait` blocks until given locations are filled: the store calls it before
    committing rows that point at them, so a crash never leaves a pointer to a
    record that is not in the file.
    """

    def __init__(self, file: WarcFile, *, queue_size: int = 256,
                 on_error: Callable[[BaseException], None] | None = None):
        self.file = file
        #: Called (on the writer thread) with each write error, e.g. to stop the crawl on a full disk.
        self.on_error = on_error
        self._queue: queue.Queue[dict[str, Any] | None] = queue.Queue(maxsize=max(1, queue_size))
        self._done = threading.Condition()
        self.errors = 0
        self._thread = threading.Thread(target=self._run, name="warc-writer", daemon=True)
        self._thread.start()

    def submit(self, **exchange: Any) -> dict[str, Any]:
        location: dict[str, Any] = {}
        self._queue.put({"exchange": exchange, "location": location})
        return location

    def _run(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            try:
                result = self.file.write_exchange(**job["exchange"])
            except Exception as exc:  # noqa: BLE001 -- disk full, folder gone...: the thread must not die
                # and leave the store waiting; the page is archived without its raw record
                self.errors += 1
                logger.error("WARC record for %(url)s not written: %(err)s",
                             {"url": job["exchange"].get("url"), "err": exc})
                result = {"error": str(exc)}
                if self.on_error is not None:
                    self.on_error(exc)
            with self._done:
                job["location"].update(result)
                self._done.notify_all()

    def wait(self, locations: list[Any], timeout: float | None = None) -> bool:
        """Block until every location (dicts from :meth:`submit`; others are ignored)
        is filled; False if ``timeout`` seconds passed first."""
        pending = [loc for loc in locations if isinstance(loc, dict)]
        with self._done:
            return self._done.wait_for(lambda: all(loc for loc in pending), timeout=timeout)

    def close(self) -> None:
        """Write what is queued, stop the thread, close the file."""
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()
        self.file.close()


class WarcMiddleware:
    """Writes every response to WARC (on :class:`WarcWriterThread`) and puts its
    location in ``response.meta``.

    Settings: ``NEWSARCHIVE_WARC_ENABLED``, ``NEWSARCHIVE_WARC_DIR``,
    ``NEWSARCHIVE_WARC_MAX_SIZE``, ``NEWSARCHIVE_WARC_QUEUE_SIZE``, ``NEWSARCHIVE_WARC_GZIP_LEVEL``.  Stats:
    ``newsarchive/warc/records`` (responses written), ``newsarchive/warc/files``,
    ``newsarchive/warc/bytes`` (payload bytes), ``newsarchive/warc/errors``.
    The writer is ``crawler.newsarchive_warc_writer`` (the store waits on it).
    """

    META_KEY = "newsarchive_warc"

    def __init__(self, crawler: Any):
        settings = crawler.settings
        if not settings.getbool("NEWSARCHIVE_WARC_ENABLED", defaults.NEWSARCHIVE_WARC_ENABLED):
            raise NotConfigured("NEWSARCHIVE_WARC_ENABLED is off")
        self.crawler = crawler
        self.stats = crawler.stats
        self.directory = Path(settings.get("NEWSARCHIVE_WARC_DIR", defaults.NEWSARCHIVE_WARC_DIR))
        self.max_size = settings.getint("NEWSARCHIVE_WARC_MAX_SIZE", defaults.NEWSARCHIVE_WARC_MAX_SIZE)
        self.queue_size = settings.getint("NEWSARCHIVE_WARC_QUEUE_SIZE", defaults.NEWSARCHIVE_WARC_QUEUE_SIZE)
        self.gzip_level = settings.getint("NEWSARCHIVE_WARC_GZIP_LEVEL", defaults.NEWSARCHIVE_WARC_GZIP_LEVEL)
        self.software = settings.get("USER_AGENT") or "newsarchive"
        self.writer: WarcWriterThread | None = None
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Any) -> "WarcMiddleware":
        return cls(crawler)

    def _writer(self) -> WarcWriterThread:
        if self.writer is None:
            spider = getattr(self.crawler, "spider", None)
            file = WarcFile(self.directory, prefix=getattr(spider, "name", None) or "newsarchive",
                            max_size=self.max_size, software=self.software, gzip_level=self.gzip_level)
            self.writer = WarcWriterThread(file, queue_size=self.queue_size, on_error=self._write_failed)
            self.crawler.newsarchive_warc_writer = self.writer
        return self.writer

    def _write_failed(self, exc: BaseException) -> None:
        """A record could not be written (writer thread): a full disk stops the crawl,
        on the reactor thread (:func:`crawler.diskfull.check`)."""
        from twisted.internet import reactor

        from crawler.diskfull import check

        reactor.callFromThread(check, self.crawler, exc, where=self.directory)

    def process_response(self, request: Any, response: Any) -> Any:
        from crawler.diskfull import DiskFull, is_flagged

        if is_flagged(self.stats):  # the crawl is stopping: nothing more to a full disk
            raise DiskFull(f"not archived, disk full: {self.directory}")
        protocol = getattr(response, "protocol", None) or "HTTP/1.1"
        ip = getattr(response, "ip_address", None)
        location = self._writer().submit(
            url=response.url, method=request.method, request_headers=_header_pairs(request.headers),
            status=response.status, protocol=protocol, response_headers=_header_pairs(response.headers),
            body=response.body, ip_address=str(ip) if ip is not None else None,
            fetched_at=datetime.now(timezone.utc))
        # The downloader's response is not tied to its request yet: response.meta
        # is request.meta once it is, so this is where the spider will find it.
        request.meta[self.META_KEY] = location
        self.stats.inc_value("newsarchive/warc/records")
        self.stats.inc_value("newsarchive/warc/bytes", len(response.body))
        return response

    def spider_closed(self, spider: Any) -> None:
        if self.writer is not None:
            self.writer.close()
            self.stats.set_value("newsarchive/warc/files", self.writer.file.files_opened)
            if self.writer.errors:
                self.stats.set_value("newsarchive/warc/errors", self.writer.errors)
