"""Why a request failed, in one short line: the spider's errback turns it into a
``fetch`` reject (articles, sitemaps, feeds) instead of a silent drop.

Decompression bombs and oversize pages end here (Scrapy raises ``IgnoreRequest``
or ``DownloadCancelledError`` for them); so do redirects to a scheme other than
http(s), which Scrapy leaves as a bare 3xx response.  Only two ``IgnoreRequest``
causes are normal and leave no reject: robots.txt forbids the URL, the
article is already archived (:class:`AlreadyArchived`), or the page did not change
since the last crawl (:class:`NotModified`, a 304).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

from scrapy.exceptions import IgnoreRequest

#: Schemes the crawler ever fetches.
ALLOWED_SCHEMES = frozenset({"http", "https"})


class AlreadyArchived(IgnoreRequest):
    """The skip middleware did not send an article request: already archived."""


class NotModified(IgnoreRequest):
    """A conditional request answered 304 (:mod:`crawler.conditional`): nothing to parse."""


class SchemeNotAllowed(IgnoreRequest):
    """A request (a redirect target, a sitemap named in robots.txt) is not http(s)."""


@dataclass(frozen=True)
class FetchFault:
    #: One line for the reject row, never the page itself.
    reason: str
    #: Stats event (``newsarchive/spider/fetch_failed/<kind>/<event>``).
    event: str
    #: False for normal causes (robots.txt, already archived): no reject row.
    reject: bool = True


def scheme_allowed(url: str) -> bool:
    return urlsplit(url).scheme.lower() in ALLOWED_SCHEMES


def redirect_target(response: Any) -> str | None:
    """Absolute ``Location`` of a 3xx response, or None."""
    location = response.headers.get("Location")
    if not location:
        return None
    return urljoin(response.url, location.decode("latin-1").strip())


def _short(text: str, limit: int = 300) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def classify(failure: Any) -> FetchFault:
    """The :class:`FetchFault` of a Twisted ``failure`` from a request errback."""
    from scrapy.exceptions import DownloadCancelledError
    from scrapy.spidermiddlewares.httperror import HttpError

    value = failure.value
    if failure.check(HttpError):
        response = value.response
        target = redirect_target(response) if 300 <= response.status < 400 else None
        if target and not scheme_allowed(target):
            return FetchFault(f"redirected to a non-http(s) URL: {_short(target, 200)}", "scheme_not_allowed")
        return FetchFault(f"HTTP {response.status}", f"http_{response.status}")
    if type(value).__name__ == "DiskFull":  # crawler.diskfull: the crawl stops; fetched again next run
        return FetchFault(_short(value), "disk_full", reject=False)
    if failure.check(AlreadyArchived):
        return FetchFault(_short(value), "already_archived", reject=False)
    if failure.check(NotModified):
        return FetchFault(_short(value), "not_modified", reject=False)
    if failure.check(SchemeNotAllowed):
        return FetchFault(_short(value), "scheme_not_allowed")
    if failure.check(IgnoreRequest):
        text = str(value)
        if text.startswith("Forbidden by robots.txt"):
            return FetchFault(text, "robots", reject=False)
        if "during decompression" in text:
            return FetchFault(f"decompression bomb: {_short(text)}", "decompression_bomb")
        return FetchFault(f"ignored: {_short(text)}", "ignored")
    if failure.check(DownloadCancelledError) and "max size" in str(value):
        return FetchFault(f"page over DOWNLOAD_MAXSIZE: {_short(value)}", "oversize")
    return FetchFault(f"download failed: {failure.type.__name__}: {_short(value)}", "download_error")


def sitemap_bomb_reason(exc: Exception, max_size: int) -> str:
    return f"decompression bomb: gzip sitemap exceeded DOWNLOAD_MAXSIZE ({max_size} B) ({type(exc).__name__})"


class SchemeGuardMiddleware:
    """Downloader middleware: a request that is not http(s) is never sent (spiders,
    redirects, sitemaps named in robots.txt alike).  Stat: ``newsarchive/fetch/scheme_blocked``."""

    def __init__(self, stats: Any = None):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> "SchemeGuardMiddleware":
        return cls(crawler.stats)

    def process_request(self, request: Any) -> None:
        if scheme_allowed(request.url):
            return None
        if self.stats is not None:
            self.stats.inc_value("newsarchive/fetch/scheme_blocked")
        raise SchemeNotAllowed(f"not an http(s) URL: {_short(request.url, 200)}")
