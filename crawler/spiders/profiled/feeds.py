"""Feeds and sitemaps: the sitemaps robots.txt names (gzipped or not, indexes followed),
the RSS/Atom feeds a page links to, and the article URLs they list, bounded by the
dates they give (a feed's ``pubDate``; a sitemap's ``lastmod``, for ``since`` only)."""

from __future__ import annotations

import logging
from typing import Any, Iterator
from urllib.parse import urljoin

import scrapy
from lxml import etree
from scrapy.http import Request, Response, TextResponse
from scrapy.utils.gz import gunzip
from scrapy.utils.response import get_base_url
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from crawler import fetch_faults
from crawler.spiders.profiled.dates import feed_date, local_day, url_date
from crawler.spiders.profiled.failures import response_headers
from crawler.spiders.profiled.links import clean_url

logger = logging.getLogger(__name__)

#: The hrefs of a page's RSS and Atom feeds, in page order: what parsel's
#: ``css('link[rel="alternate"][type*="rss"]::attr(href), link[rel="alternate"][type*="atom"]::attr(href)')``
#: selects (the union of its two translations), compiled once and as plain strings.
_FEED_HREFS = etree.XPath("descendant-or-self::link[(@rel = 'alternate') and ((@type and contains(@type, 'rss')) "
                          "or (@type and contains(@type, 'atom')))]/@href", smart_strings=False)


class FeedsAndSitemaps:
    """The ``parse_robots``, ``parse_sitemap`` and ``parse_feed`` callbacks."""

    def parse_robots(self, response: Response) -> Iterator[Request]:
        """Sitemaps named in robots.txt (``Sitemap:`` lines)."""
        self._inc("fetched/robots")
        for url in sitemap_urls_from_robots(response.body, base_url=response.url):
            url = self.localize(url)
            if self._allowed(url):
                yield self._request(url, "sitemap", self.parse_sitemap)

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        """A sitemap index (followed) or a URL set (article URLs requested)."""
        self._inc("fetched/sitemap")
        body = response.body
        if body[:2] == b"\x1f\x8b":
            max_size = self.settings.getint("DOWNLOAD_MAXSIZE", 0)
            try:
                body = gunzip(body, max_size=max_size)
            except (OSError, EOFError, ValueError) as exc:  # a bomb (over max_size) or a broken gzip
                self._inc("fetch_failed/sitemap/decompression_bomb")
                yield self._fetch_reject(response.url, fetch_faults.sitemap_bomb_reason(exc, max_size),
                                         status=response.status, headers=response_headers(response), hints={},
                                         warc=response.meta.get("newsarchive_warc"), redirects=[],
                                         final_url=response.url, kind="sitemap")
                return
        try:
            sitemap = Sitemap(body)
        except Exception as exc:  # lxml raises several types on garbage; a bad sitemap is not fatal
            self._inc("sitemap_invalid")
            logger.warning("Not a sitemap: %(url)s (%(err)s)", {"url": response.url, "err": exc})
            return
        for entry in sitemap:
            loc = entry.get("loc")
            if not loc:
                continue
            url = clean_url(self.localize(urljoin(response.url, loc)))
            if sitemap.type == "sitemapindex":
                if self._allowed(url):
                    yield self._request(url, "sitemap", self.parse_sitemap)
                continue
            if not self._allowed(url) or self.classify(url) != "article":
                continue
            lastmod = feed_date(entry.get("lastmod"), self.tz)
            day = url_date(url)
            # lastmod bounds "since" only: an old article may be modified late, never early
            if day is None and lastmod is not None and self.bounds.since and local_day(lastmod, self.tz) < self.bounds.since:
                self._inc("skipped/since")
                continue
            request = self._article_if_admitted(url, day=day, hints={"listing_url": response.url})
            if request is not None:
                yield request

    def parse_feed(self, response: Response) -> Iterator[Request]:
        """RSS ``<item>`` or Atom ``<entry>`` links, bounded by their dates."""
        self._inc("fetched/feed")
        sel = scrapy.Selector(text=response.body.decode(getattr(response, "encoding", None) or "utf-8", "replace"),
                              type="xml")
        sel.remove_namespaces()
        entries = sel.xpath("//item | //entry")
        if not entries:
            self._inc("feed_invalid")
        for entry in entries:
            link = (entry.xpath("link/text()").get() or entry.xpath("link[not(@rel) or @rel='alternate']/@href").get()
                    or entry.xpath("guid/text()").get() or "").strip()
            if not link:
                continue
            url = clean_url(self.localize(urljoin(response.url, link)))
            if not self._allowed(url) or self.classify(url) != "article":
                continue
            published = feed_date(entry.xpath("pubDate/text() | published/text() | updated/text()").get(), self.tz)
            hints: dict[str, Any] = {"listing_url": response.url}
            title = (entry.xpath("title/text()").get() or "").strip()
            if title:
                hints["title"] = title
            category = (entry.xpath("category/text()").get() or "").strip()
            if category:
                hints["section"] = category
            request = self._article_if_admitted(url, day=url_date(url), published=published, hints=hints)
            if request is not None:
                yield request

    def _feeds_linked(self, response: TextResponse, *, repeats: bool = True,
                      page: tuple[Any, str] | None = None) -> Iterator[Request]:
        """Requests for the RSS/Atom feeds a page links to.  ``repeats=False`` (article
        pages, whose links :mod:`crawler.conditional` does not note): not for a feed
        URL requested before when the scheduler would drop it anyway (most sites link
        one feed from every article).  ``page``: the page's ``(root, base URL)``
        (:func:`crawler.spiders.profiled.page_tree.page_root`), else the response's selector."""
        requested = None if repeats else self._requested_articles()
        root, base = page if page is not None else (response.selector.root, get_base_url(response))
        for href in _FEED_HREFS(root):
            url = self.localize(urljoin(base, href.strip()))
            if not self._allowed(url):
                continue
            if requested is not None:
                if url in requested:
                    self._inc("repeated_feed_links")
                    continue
                requested.add(url)
            yield self._request(url, "feed", self.parse_feed)
