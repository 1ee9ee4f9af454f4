"""Pagination of a listing: one page at a time, the nearest higher page of the same
listing, stopped by ``max_pages`` or when every entry of a page is older than ``since``."""

from __future__ import annotations

import logging
import re
from datetime import date
from urllib.parse import urlsplit

from scrapy.http import Request, TextResponse

from crawler.spiders.profiled.arguments import Bounds

logger = logging.getLogger(__name__)

# Listing page number: index_3.html, list-3.html, ?page=3
_PAGE_RES = (re.compile(r"[_-](\d+)\.s?html?$"), re.compile(r"[?&](?:page|p|pn)=(\d+)"))


def page_number(url: str) -> int:
    """The listing page a URL shows: ``index_3.html`` -> 3, ``index.html`` -> 1."""
    for regex in _PAGE_RES:
        m = regex.search(url)
        if m:
            return int(m.group(1))
    return 1


def listing_dir(url: str) -> str:
    """The folder a listing page lives in; pages of one listing share it."""
    path = urlsplit(url).path
    return path.rsplit("/", 1)[0] + "/"


def nearer_next_page(best: tuple[int, str] | None, url: str, *, current_url: str,
                     current_page: int) -> tuple[int, str] | None:
    """``(number, url)`` of the next page to follow from the listing page
    ``current_url`` (page ``current_page``), given one more pagination link ``url``:
    a later page of the same listing, nearer than ``best`` (the choice so far)."""
    number = page_number(url)
    if listing_dir(url) == listing_dir(current_url) and number > current_page:
        if best is None or number < best[0]:
            return (number, url)
    return best


class Pagination:
    """Follows the page chosen by :func:`nearer_next_page` unless the bounds stop it."""

    bounds: Bounds

    def _next_listing_request(self, response: TextResponse, next_page: tuple[int, str],
                              entry_days: list[date]) -> Request | None:
        number, url = next_page
        if self.bounds.since and entry_days and max(entry_days) < self.bounds.since:
            self._inc("pagination_stopped/since")
            logger.debug("Every entry of %(url)s is older than %(since)s; not following %(next)s",
                         {"url": response.url, "since": self.bounds.since, "next": url})
            return None
        if self.bounds.max_pages and number > self.bounds.max_pages:
            self._inc("pagination_stopped/max_pages")
            return None
        return self.listing_request(url, page=number)
