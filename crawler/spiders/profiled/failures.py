"""Failed fetches: a request that failed (HTTP error, network error, refused scheme)
or an article redirected off site becomes a :class:`pipelines.base.Rejected` item
with ``stage="fetch"`` for articles, sitemaps and feeds; other kinds are counted."""

from __future__ import annotations

import logging
from typing import Any, Iterator

from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError

from crawler import fetch_faults
from pipelines.base import Rejected

logger = logging.getLogger(__name__)


def response_headers(response: Response) -> dict[str, str]:
    """Response headers as ``{lower-case name: value}`` (latin-1; repeated headers joined by ", ")."""
    return {
        name.decode("latin-1").lower(): ", ".join(v.decode("latin-1") for v in values)
        for name, values in response.headers.items()
    }


class FetchFailures:
    """The ``on_error`` errback and the fetch-reject item it and the callbacks yield."""

    def on_error(self, failure: Any) -> Iterator[Rejected]:
        """A request failed: articles, sitemaps and feeds become fetch rejects (reason
        from :func:`crawler.fetch_faults.classify`), other kinds are counted."""
        request = failure.request
        kind = request.meta.get("newsarchive_kind", "other")
        redirects = request.meta.get("newsarchive_redirects") or request.meta.get("redirect_urls") or []
        url = redirects[0] if redirects else request.url
        fault = fetch_faults.classify(failure)
        if not fault.reject:
            # robots.txt or an already archived article: not a fault of the page, so no reject
            self._inc(f"ignored/{kind}")
            logger.debug("Ignored %(url)s: %(why)s", {"url": request.url, "why": fault.reason})
            return
        response = getattr(failure.value, "response", None)
        status, headers = (response.status, response_headers(response)) if failure.check(HttpError) else (None, {})
        if status is not None:
            self._inc(f"fetched/{kind}")
        self._inc(f"fetch_failed/{kind}/{fault.event}")
        logger.info("Fetch failed (%(kind)s) %(url)s: %(reason)s", {"kind": kind, "url": url, "reason": fault.reason})
        if kind not in ("article", "sitemap", "feed"):
            return
        yield self._fetch_reject(url, fault.reason, status=status, headers=headers,
                                 hints=request.meta.get("newsarchive_hints") or {},
                                 warc=request.meta.get("newsarchive_warc"), redirects=redirects,
                                 final_url=request.url, kind=kind)

    def _fetch_reject(self, url: str, reason: str, *, status: int | None, headers: dict[str, str],
                      hints: dict[str, Any], warc: Any, redirects: list[str], final_url: str | None,
                      kind: str = "article") -> Rejected:
        return Rejected(url=url, stage="fetch", reason=reason, payload={
            "kind": kind,
            "profile": self.profile.name,
            "status": status,
            "headers": headers,
            "warc": warc,
            "hints": {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in hints.items()},
            "redirect_urls": list(redirects),
            "final_url": final_url,
        })
