"""The spider class: its arguments and profile, where the crawl starts, and its stats.
What it does with each kind of page lives in the modules of its mixins."""

from __future__ import annotations

import logging
from datetime import timezone, tzinfo
from typing import Any, AsyncIterator
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo

import scrapy
from scrapy.http import Request

from crawler.spiders.profiled.arguments import (
    Bounds, SpiderArgumentError, parse_bool, parse_day, parse_max_pages, parse_start_url,
)
from crawler.spiders.profiled.articles import Articles
from crawler.spiders.profiled.failures import FetchFailures
from crawler.spiders.profiled.feeds import FeedsAndSitemaps
from crawler.spiders.profiled.fetch_requests import FetchRequests
from crawler.spiders.profiled.links import LinkRules
from crawler.spiders.profiled.listings import Listings
from crawler.spiders.profiled.pagination import Pagination, page_number
from pipelines import profiles
from pipelines.profiles import Profile

logger = logging.getLogger(__name__)


class ProfiledSpider(Listings, Pagination, FeedsAndSitemaps, Articles, FetchFailures, FetchRequests, LinkRules,
                     scrapy.Spider):
    """Crawls one site as its profile describes (``scrapy crawl site -a profile=NAME``)."""

    name = "site"
    #: Profile used when no ``-a profile=`` is given (set by per-site subclasses).
    profile_name: str | None = None

    def __init__(self, *args: Any, profile: str | None = None, start_url: str | None = None,
                 since: str | None = None, until: str | None = None, max_pages: str | None = None,
                 refresh: str | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        #: The arguments as given, recorded in the crawl-run row.
        self.spider_args = {k: v for k, v in dict(profile=profile, start_url=start_url, since=since, until=until,
                                                   max_pages=max_pages, refresh=refresh).items() if v is not None}
        name = profile or self.profile_name
        if not name:
            raise SpiderArgumentError(f"profile: required for the {self.name!r} spider "
                                      f"(-a profile=NAME; known: {', '.join(profiles.names())})")
        try:
            self.profile: Profile = profiles.load(name)
        except KeyError:
            raise SpiderArgumentError(f"profile={name!r}: no such site profile "
                                      f"(known: {', '.join(profiles.names())})") from None
        self.tz: tzinfo = ZoneInfo(self.profile.timezone) if self.profile.timezone else timezone.utc
        self.bounds = Bounds(since=parse_day("since", since), until=parse_day("until", until),
                             max_pages=parse_max_pages(max_pages))
        self.refresh: bool = parse_bool("refresh", refresh)
        self._init_link_rules(name)
        self._set_start(parse_start_url(start_url))

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> "ProfiledSpider":
        if not kwargs.get("start_url"):
            setting = crawler.settings.get("NEWSARCHIVE_START_URL")
            if setting:
                kwargs["start_url"] = setting
        try:
            return super().from_crawler(crawler, *args, **kwargs)
        except SpiderArgumentError as exc:
            # one readable line before Scrapy's traceback; the crawl exits non-zero
            logger.error("Bad spider argument for %(spider)s: %(error)s", {"spider": cls.name, "error": exc})
            raise

    def _set_start(self, start_url: str | None) -> None:
        if start_url is None:
            self.start_urls = list(self.profile.start_urls)
            self.allowed_domains = sorted(self._site_hosts)
            if not self.start_urls:
                raise SpiderArgumentError(f"profile {self.profile.name!r} has no start_urls; give -a start_url=URL")
            return
        parts = urlsplit(start_url)
        host = (parts.hostname or "").lower()
        self.start_urls = [start_url]
        if host in self._site_hosts:
            self.allowed_domains = sorted(self._site_hosts)
        else:
            # a mirror: only its host is crawled, the site's own links point to it
            self._mirror = parts
            self.allowed_domains = [host]

    # --- stats ------------------------------------------------------------------------
    def _inc(self, event: str, count: int = 1) -> None:
        if getattr(self, "crawler", None) is not None:
            self.crawler.stats.inc_value(f"newsarchive/spider/{event}", count)

    async def start(self) -> AsyncIterator[Request]:
        logger.info("Crawling %(profile)s from %(urls)s (since=%(since)s until=%(until)s max_pages=%(max)s "
                    "refresh=%(refresh)s)",
                    {"profile": self.profile.name, "urls": self.start_urls, "since": self.bounds.since,
                     "until": self.bounds.until, "max": self.bounds.max_pages, "refresh": self.refresh})
        seen_roots = set()
        for url in self.start_urls:
            parts = urlsplit(url)
            root = f"{parts.scheme}://{parts.netloc}/"
            if root not in seen_roots:
                seen_roots.add(root)
                yield self._request(urljoin(root, "/robots.txt"), "robots", self.parse_robots)
            if self.classify(url) == "article":
                yield self.article_request(url, hints={})
            else:
                yield self.listing_request(url, page=page_number(url))
