"""The requests the spider sends, one builder per kind (``robots``, ``sitemap``,
``feed``, ``listing``, ``article``: request ``meta["newsarchive_kind"]``), and the
date bounds an article must pass before it is requested."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from scrapy.http import Request

from crawler.spiders.profiled.dates import local_day
from crawler.spiders.profiled.links import first_segment
from crawler.spiders.profiled.pagination import page_number

KINDS = ("robots", "sitemap", "feed", "listing", "article")

REDIRECT_STATUSES = (301, 302, 303, 307, 308)


class FetchRequests:
    """Request builders; every request's errback is the spider's ``on_error``."""

    def _request(self, url: str, kind: str, callback: Any, *, meta: dict[str, Any] | None = None,
                 priority: int = 0) -> Request:
        return Request(url, callback=callback, errback=self.on_error, priority=priority,
                       meta={"newsarchive_kind": kind, **(meta or {})})

    def article_request(self, url: str, *, hints: dict[str, Any], redirect_urls: list[str] | None = None) -> Request:
        # Articles first: they are what the crawl is for, and finishing them keeps the
        # queue short.  Redirects are handled in parse_article, not by RedirectMiddleware:
        # Scrapy drops a redirect to another host silently, and the archive must record it.
        meta = {"newsarchive_hints": hints, "dont_redirect": True, "handle_httpstatus_list": list(REDIRECT_STATUSES)}
        if redirect_urls:
            meta["newsarchive_redirects"] = redirect_urls
        return self._request(url, "article", self.parse_article, meta=meta, priority=10)

    def listing_request(self, url: str, *, page: int) -> Request:
        return self._request(url, "listing", self.parse_listing, meta={"newsarchive_page": page})

    def followup_request(self, url: str, kind: str) -> Request | None:
        """A request for a listing, feed or sitemap linked from a page that answered
        304 (see :mod:`crawler.conditional`); None for other kinds or other sites."""
        if not self._allowed(url):
            return None
        if kind == "listing":
            return self.listing_request(url, page=page_number(url))
        callbacks = {"feed": self.parse_feed, "sitemap": self.parse_sitemap}
        return self._request(url, kind, callbacks[kind]) if kind in callbacks else None

    def _article_if_admitted(self, url: str, *, day: date | None, hints: dict[str, Any],
                             published: date | datetime | None = None) -> Request | None:
        if day is None and published is not None:
            day = local_day(published, self.tz)
        why = self.bounds.admits(day)
        if why is not None:
            self._inc(f"skipped/{why}")
            return None
        hints = dict(hints)
        if isinstance(published, datetime):
            hints["published_at"] = published
        elif day is not None:
            # a bare date: metadata treats a string as "date known, time not"
            hints["published_at"] = day.isoformat()
        url = self.article_url(url)
        requested = self._requested_articles()
        if requested is not None:
            if url in requested:
                # the scheduler's duplicate filter would drop it: spare building the request
                # and its trip through the spider middlewares (a site's pages link to the
                # same articles over and over)
                self._inc("repeated_article_links")
                return None
            requested.add(url)
        hints.setdefault("section", first_segment(url))
        return self.article_request(url, hints=hints)

    def _requested_articles(self) -> set[str] | None:
        """Article URLs (and the feed URLs of article pages) this spider has requested, when a
        repeat is sure to be dropped anyway: the crawl filters duplicates (Scrapy's or scrapy-redis's fingerprint filter;
        the same URL is the same fingerprint) and no ``DEPTH_LIMIT`` can refuse a first
        request that a later, shallower one would pass.  None: every link is requested."""
        requested = getattr(self, "_requested", False)
        if requested is False:
            requested = self._requested = set() if repeats_are_dropped(getattr(self, "settings", None)) else None
        return requested


def repeats_are_dropped(settings: Any) -> bool:
    """Whether the scheduler drops a request whose URL was requested before (and not
    ``dont_filter``), whatever middleware stands between: a fingerprint duplicate
    filter and no depth limit."""
    from scrapy.dupefilters import RFPDupeFilter
    from scrapy.utils.misc import load_object

    if settings is None or settings.getint("DEPTH_LIMIT", 0) > 0:
        return False
    name = settings.get("DUPEFILTER_CLASS")
    try:
        cls = load_object(name) if isinstance(name, str) else name
    except (ImportError, NameError, ValueError):
        return False
    if not isinstance(cls, type):
        return False
    return issubclass(cls, RFPDupeFilter) or f"{cls.__module__}.{cls.__qualname__}" == REDIS_DUPEFILTER


#: scrapy-redis's shared filter (``crawler.scaleout``): fingerprints in a Redis set.
REDIS_DUPEFILTER = "scrapy_redis.dupefilter.RFPDupeFilter"
