"""Article pages: each becomes a raw :class:`pipelines.document.Document` (never parsed
here), its links to other articles and feeds are followed, and its redirects are
followed on site or end as fetch rejects (not left to Scrapy's RedirectMiddleware,
which drops a redirect to another host silently)."""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from typing import Any, Iterator

from scrapy.http import Request, Response, TextResponse

from crawler import fetch_faults
from crawler.spiders.profiled.dates import url_date
from crawler.spiders.profiled.failures import response_headers
from crawler.spiders.profiled.fetch_requests import REDIRECT_STATUSES
from crawler.spiders.profiled.links import clean_url
from crawler.spiders.profiled.page_tree import page_root
from pipelines.base import Rejected
from pipelines.document import Document

logger = logging.getLogger(__name__)


class Articles:
    """The ``parse_article`` callback."""

    def parse_article(self, response: Response) -> Iterator[Document | Request]:
        """One article page -> a raw Document; its links to other articles are followed."""
        self._inc("fetched/article")
        hints = dict(response.meta.get("newsarchive_hints") or {})
        if response.status in REDIRECT_STATUSES:
            yield from self._article_redirect(response, hints)
            return
        yield Document(
            url=response.url,
            raw=response.body,
            headers=response_headers(response),
            status=response.status,
            fetched_at=datetime.now(timezone.utc),
            profile=self.profile.name,
            hints=hints,
            warc=response.meta.get("newsarchive_warc"),
            refresh=self.refresh,
        )
        if isinstance(response, TextResponse) and response.body.strip():
            page = page_root(response)  # one parse for the feeds and the links
            yield from self._feeds_linked(response, repeats=False, page=page)
            for url, kind in self._links(response, page=page):
                if kind == "article":
                    request = self._article_if_admitted(url, day=url_date(url), hints={"listing_url": response.url})
                    if request is not None:
                        yield request

    def _article_redirect(self, response: Response, hints: dict[str, Any]) -> Iterator[Request | Rejected]:
        """Follow an article's redirect on site; reject it off site or past the hop limit."""
        chain = [*response.meta.get("newsarchive_redirects", []), response.url]
        location = response.headers.get("Location")
        target = response.urljoin(location.decode("latin-1").strip()) if location else None
        if target:
            target = clean_url(self.localize(target))
        if target and self._allowed(target) and len(chain) <= self.settings.getint("REDIRECT_MAX_TIMES", 20):
            self._inc("redirects/followed")
            request = self.article_request(target, hints=hints, redirect_urls=chain)
            request.dont_filter = True  # the target may be listed elsewhere too; the chain is what we follow
            yield request
            return
        if not target:
            reason, event = f"HTTP {response.status} without a Location header", "bad_redirect"
        elif not fetch_faults.scheme_allowed(target):
            reason, event = f"redirected to a non-http(s) URL: {target[:200]}", "scheme_not_allowed"
        elif not self._allowed(target):
            reason, event = f"redirected off-site to {target}", "offsite_redirect"
        else:
            reason, event = f"too many redirects (last to {target})", "redirect_loop"
        self._inc(f"fetch_failed/article/{event}")
        logger.info("Fetch failed (article) %(url)s: %(reason)s", {"url": chain[0], "reason": reason})
        yield self._fetch_reject(chain[0], reason, status=response.status, headers=response_headers(response),
                                 hints=hints, warc=response.meta.get("newsarchive_warc"),
                                 redirects=chain, final_url=target)
