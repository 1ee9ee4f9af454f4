"""Listing pages (section fronts and the home page): their own entries with the title
and date printed beside each, the section name, other listings, and the next page."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Iterator

from scrapy.http import Request, Response, TextResponse

from crawler.spiders.profiled.dates import local_day, text_date, url_date
from crawler.spiders.profiled.links import clean_url
from crawler.spiders.profiled.pagination import nearer_next_page, page_number


class Listings:
    """The ``parse_listing`` callback and what it reads from the profile's selectors
    (``listing``: one listing entry; ``listing_section``: the section's name)."""

    def parse_listing(self, response: Response) -> Iterator[Request]:
        """A listing (or the home page): its articles, the next page, other listings, feeds."""
        if not isinstance(response, TextResponse):
            self._inc("listing_not_html")
            return
        self._inc("fetched/listing")
        page = response.meta.get("newsarchive_page", 1)
        yield from self._feeds_linked(response)
        section = self._listing_section(response)
        entries = self._listing_entries(response)
        entry_days: list[date] = []
        for url, title, printed in entries:
            day = url_date(url) or (local_day(printed, self.tz) if printed else None)
            if day is not None:
                entry_days.append(day)
            hints: dict[str, Any] = {"listing_url": response.url}
            if title:
                hints["title"] = title
            if section:
                hints["section"] = section
            request = self._article_if_admitted(url, day=day, published=printed, hints=hints)
            if request is not None:
                yield request
        entry_urls = {url for url, _t, _p in entries}
        # links outside the listing's entries: sidebars, navigation, pagination
        next_page: tuple[int, str] | None = None
        for url, kind in self._links(response):
            if kind == "article" and url not in entry_urls:
                request = self._article_if_admitted(url, day=url_date(url), hints={"listing_url": response.url})
                if request is not None:
                    yield request
            elif kind == "pagination":
                next_page = nearer_next_page(next_page, url, current_url=response.url, current_page=page)
            elif kind == "listing" and page_number(url) == 1:
                yield self.listing_request(url, page=1)
        if next_page is None:
            return
        request = self._next_listing_request(response, next_page, entry_days)
        if request is not None:
            yield request

    def _listing_entries(self, response: TextResponse) -> list[tuple[str, str | None, date | datetime | None]]:
        """``(url, title, printed date)`` of a listing's own entries (the profile's
        ``listing`` selector; without one, every article link of the page)."""
        queries = self.profile.selectors.get("listing", [])
        items = []
        for query in queries:
            items = response.xpath(query) if query.startswith("/") else response.css(query)
            if items:
                break
        out: list[tuple[str, str | None, date | datetime | None]] = []
        seen: set[str] = set()
        if not items:
            for url, kind in self._links(response):
                if kind == "article" and url not in seen:
                    seen.add(url)
                    out.append((url, None, None))
            return out
        for item in items:
            printed = text_date(" ".join(item.css("::text").getall()), self.tz)
            for a in item.css("a[href]"):
                url = clean_url(self.localize(response.urljoin(a.attrib["href"].strip())))
                if url in seen or not self._allowed(url) or self.classify(url) != "article":
                    continue
                seen.add(url)
                title = " ".join(" ".join(a.css("::text").getall()).split()) or a.attrib.get("title")
                out.append((url, title or None, printed))
        return out

    def _listing_section(self, response: TextResponse) -> str | None:
        for query in self.profile.selectors.get("listing_section", []):
            value = (response.xpath(query) if query.startswith("/") else response.css(query)).get()
            if value and value.strip():
                return value.strip()
        return None
