"""Conditional requests: ask the server whether a page changed since the last crawl.

Listing pages, feeds and sitemaps are requested with ``If-None-Match`` /
``If-Modified-Since`` from the ``ETag`` and ``Last-Modified`` the archive stored for
their canonical URL: an unchanged listing links only articles the archive already
has (or rejected, which ``newsarchive rejects --retry`` handles).  On a
``-a refresh=1`` crawl it is the other way round: listings are read in full, so every
article is found, and the articles are requested conditionally.  A ``304 Not Modified``
answer ends the request there (``IgnoreRequest``): nothing is parsed, no reject is
written, and it is counted (``newsarchive/conditional/not_modified`` and
``.../not_modified/<kind>`` in the stats, ``crawl_runs.not_modified``).  Servers that
ignore validators answer ``200`` as before.

An unchanged listing may still link to listings that did change (the home page to
its sections, page 1 to page 2): the listings, feeds and sitemaps a page linked to
are stored with its validators, and on a 304 they are requested (conditionally in
turn), so discovery reaches every changed listing without parsing unchanged ones.

Validators seen during a crawl are written to ``http_validators`` only when the crawl
finishes cleanly: a crawl killed half-way leaves the old ones, so the next run
re-reads listings whose articles it may not have reached.

Settings: ``NEWSARCHIVE_CONDITIONAL_ENABLED`` (default on).  Two components: the
downloader middleware (headers, 304s) and a spider middleware that notes the
listing links each page yields; the spider supplies ``followup_request(url, kind)``.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import signals
from scrapy.exceptions import NotConfigured
from sqlalchemy.exc import DBAPIError

from crawler import settings as defaults  # the one home of every default
from crawler.fetch_faults import NotModified
from models import store

logger = logging.getLogger(__name__)

#: Request kinds (``meta["newsarchive_kind"]``) sent conditionally on every crawl.
CONDITIONAL_KINDS = frozenset({"listing", "feed", "sitemap"})


def validator_headers(etag: str | None, last_modified: str | None) -> dict[str, str]:
    """The conditional request headers for stored validators."""
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def response_validators(headers: Any) -> tuple[str | None, str | None]:
    """``(ETag, Last-Modified)`` of a Scrapy response's headers (None when absent)."""
    def get(name: str) -> str | None:
        value = headers.get(name)
        return value.decode("latin-1").strip() or None if value else None

    return get("ETag"), get("Last-Modified")


def _canonical(crawler: Any, url: str) -> str:
    from crawler.store_pipeline import canonical_for

    return canonical_for(crawler, url)


class ConditionalRequestMiddleware:
    """Downloader middleware; see the module docstring."""

    def __init__(self, crawler: Any):
        if not crawler.settings.getbool("NEWSARCHIVE_CONDITIONAL_ENABLED", defaults.NEWSARCHIVE_CONDITIONAL_ENABLED):
            raise NotConfigured
        self.crawler = crawler
        self.archive = None
        #: canonical URL -> {"etag", "last_modified", "links"} seen in this crawl
        self.seen: dict[str, dict[str, Any]] = {}
        crawler._newsarchive_conditional = self
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Any) -> "ConditionalRequestMiddleware":
        return cls(crawler)

    def spider_opened(self, spider: Any) -> None:
        from crawler.store_pipeline import archive_for

        self.archive = archive_for(self.crawler)

    def _conditional(self, request: Any) -> bool:
        kind = request.meta.get("newsarchive_kind")
        refresh = bool(getattr(self.crawler.spider, "refresh", False))
        return kind == "article" if refresh else kind in CONDITIONAL_KINDS

    def process_request(self, request: Any) -> None:
        if self.archive is None or not self._conditional(request):
            return None
        try:
            with self.archive.sessions() as session:
                row = store.get_validators(session, _canonical(self.crawler, request.url))
                headers = validator_headers(row.etag, row.last_modified) if row is not None else {}
                links = list(row.links or []) if row is not None else []
        except DBAPIError as exc:
            # archive unreachable: an unconditional request (the store is idempotent); the
            # failed look-up must not become a fetch reject
            self.crawler.stats.inc_value("newsarchive/conditional/check_failed")
            logger.warning("Validator look-up failed, fetching %(url)s in full: %(err)s",
                           {"url": request.url, "err": str(exc.orig).strip().splitlines()[:1]})
            return None
        if headers:
            for name, value in headers.items():
                request.headers[name] = value
            request.meta["newsarchive_conditional"] = True
            request.meta["newsarchive_conditional_links"] = links
            self.crawler.stats.inc_value("newsarchive/conditional/sent")
        return None

    def process_response(self, request: Any, response: Any) -> Any:
        kind = request.meta.get("newsarchive_kind", "other")
        if response.status == 304 and request.meta.get("newsarchive_conditional"):
            self.crawler.stats.inc_value("newsarchive/conditional/not_modified")
            self.crawler.stats.inc_value(f"newsarchive/conditional/not_modified/{kind}")
            logger.debug("Not modified: %(url)s", {"url": request.url})
            self._follow(request.meta.get("newsarchive_conditional_links") or [])
            raise NotModified(f"not modified since the last crawl: {request.url}")
        if response.status == 200 and kind in CONDITIONAL_KINDS | {"article"}:
            etag, last_modified = response_validators(response.headers)
            if etag or last_modified:
                self.seen[_canonical(self.crawler, request.url)] = {
                    "etag": etag, "last_modified": last_modified, "links": []}
        return response

    def _follow(self, links: list[Any]) -> None:
        """Request the listings an unchanged page linked to last time."""
        spider = self.crawler.spider
        make = getattr(spider, "followup_request", None)
        if make is None:
            return
        for url, kind in links:
            localize = getattr(spider, "localize", None)
            request = make(localize(url) if localize else url, kind)
            if request is not None:
                self.crawler.engine.crawl(request)
                self.crawler.stats.inc_value("newsarchive/conditional/followed")

    def note_links(self, page_url: str, links: list[tuple[str, str]]) -> None:
        """Remember the listing links of a page whose validators were seen."""
        entry = self.seen.get(_canonical(self.crawler, page_url))
        if entry is not None:
            entry["links"] = [[_canonical(self.crawler, url), kind] for url, kind in links]

    def spider_closed(self, spider: Any, reason: str) -> None:
        if self.archive is None or reason != "finished" or not self.seen:
            return
        try:
            with self.archive.sessions.begin() as session:
                store.save_validators(session, self.seen)
        except DBAPIError as exc:  # the next crawl reads those pages in full: nothing is lost
            logger.warning("Validators not saved: %(err)s", {"err": str(exc.orig).strip().splitlines()[:1]})
            return
        self.crawler.stats.set_value("newsarchive/conditional/validators_saved", len(self.seen))
        logger.info("Saved validators of %(n)d URLs", {"n": len(self.seen)})


class ConditionalLinksMiddleware:
    """Spider middleware: notes the listing, feed and sitemap requests each listing,
    feed or sitemap page yields, for :meth:`ConditionalRequestMiddleware._follow`."""

    def __init__(self, crawler: Any):
        if not crawler.settings.getbool("NEWSARCHIVE_CONDITIONAL_ENABLED", defaults.NEWSARCHIVE_CONDITIONAL_ENABLED):
            raise NotConfigured
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> "ConditionalLinksMiddleware":
        return cls(crawler)

    def _watched(self, response: Any) -> Any:
        """The downloader middleware when ``response`` is a page whose links to note."""
        kind = response.meta.get("newsarchive_kind") if response.request is not None else None
        downloader = getattr(self.crawler, "_newsarchive_conditional", None)
        if kind not in CONDITIONAL_KINDS or downloader is None or response.status != 200:
            return None
        return downloader

    @staticmethod
    def _link(item: Any) -> tuple[str, str] | None:
        kind = getattr(item, "meta", {}).get("newsarchive_kind") if hasattr(item, "url") else None
        return (item.url, kind) if kind in CONDITIONAL_KINDS else None

    def process_spider_output(self, response: Any, result: Any) -> Any:
        downloader = self._watched(response)
        links = []
        for item in result:
            if downloader is not None and (link := self._link(item)):
                links.append(link)
            yield item
        if downloader is not None:
            downloader.note_links(response.url, links)

    async def process_spider_output_async(self, response: Any, result: Any) -> Any:
        downloader = self._watched(response)
        links = []
        async for item in result:
            if downloader is not None and (link := self._link(item)):
                links.append(link)
            yield item
        if downloader is not None:
            downloader.note_links(response.url, links)
