"""The generic, profile-driven news spider.

It discovers article URLs from section listings (following pagination one page at a
time), from the sitemaps named in robots.txt and from the RSS/Atom feeds a page
links to, and yields every article page as a raw :class:`pipelines.document.Document`.
It never parses article text: the extraction stages do (see ``pipelines/``).

Everything that differs between sites lives in the site profile
(``pipelines/profiles/<name>.toml``): domains, start URLs, the ``[urls]`` regexes that
tell article, listing and pagination URLs apart (matched on the URL path), ``deny``
patterns, and the ``listing`` selector of a listing's entries.

Spider arguments (``-a name=value``; all optional but ``profile`` for ``site``):

``profile``
    site profile name (``scrapy crawl site -a profile=securities_daily``).
``start_url``
    crawl a mirror instead of the real site, e.g. ``http://127.0.0.1:8000/``
    (also the setting ``NEWSARCHIVE_START_URL``).  Links to the profile's domains
    are rewritten to the mirror and only the mirror's host is allowed; stored
    URLs are mapped back to the real host (:meth:`ProfiledSpider.canonical_url_for`).
``since``, ``until``
    ``YYYY-MM-DD``, inclusive, in the profile's time zone: articles published
    outside are not requested.  The date comes from the URL, the listing entry,
    the feed's ``pubDate`` or the sitemap's ``lastmod`` (``since`` only), before the
    article is requested; an article with no known date is fetched.  A listing page
    whose entries are all older than ``since`` ends its pagination.
``max_pages``
    highest listing page followed per section (``index_N.html``), >= 1.
``refresh``
    ``1``: re-fetch articles already archived (the skip middleware lets them through).

Request ``meta["newsarchive_kind"]`` is ``robots``, ``sitemap``, ``feed``,
``listing`` or ``article``.  A failed article fetch (HTTP error, redirect off-site,
network error) becomes a :class:`pipelines.base.Rejected` item with
``stage="fetch"``.  Stats: ``newsarchive/spider/<event>``.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date, datetime, timezone, tzinfo
from email.utils import parsedate_to_datetime
from typing import Any, AsyncIterator, Iterator
from urllib.parse import urljoin, urlsplit, urlunsplit
from zoneinfo import ZoneInfo

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots
from w3lib.url import url_query_cleaner

from crawler import fetch_faults
from pipelines import profiles, urls
from pipelines.profiles import Profile
from pipelines.base import Rejected
from pipelines.document import Document

logger = logging.getLogger(__name__)

KINDS = ("robots", "sitemap", "feed", "listing", "article")

# A date inside a URL path: /2021-05-26/, /2021/05/26/, /20210526/
_URL_DATE_RES = (
    re.compile(r"/(?P<y>20\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})/"),
    re.compile(r"/(?P<y>20\d{2})/(?P<m>\d{1,2})/(?P<d>\d{1,2})/"),
    re.compile(r"/(?P<y>20\d{2})(?P<m>\d{2})(?P<d>\d{2})/"),
)
# A date (and time) printed next to a listing entry: 2021-05-26 07:05, 2021年05月26日 07:05
_TEXT_DATE_RE = re.compile(
    r"(?P<y>20\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*(?P<H>\d{1,2})[:：](?P<M>\d{2}))?"
)
# Listing page number: index_3.html, list-3.html, ?page=3
_PAGE_RES = (re.compile(r"[_-](\d+)\.s?html?$"), re.compile(r"[?&](?:page|p|pn)=(\d+)"))

REDIRECT_STATUSES = (301, 302, 303, 307, 308)

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


class SpiderArgumentError(ValueError):
    """A spider argument (``-a name=value``) is invalid; the message says which and why."""


# ---------------------------------------------------------------------------- pure helpers

def clean_url(url: str) -> str:
    """``url`` without its fragment and tracking parameters (``utm_*``, ``spm``...);
    the rest of the query keeps its order (:func:`pipelines.urls.clean`)."""
    return urls.clean(url)


def url_date(url: str) -> date | None:
    """The calendar date in an article URL's path (``/2021-05-26/``), or None."""
    path = urlsplit(url).path
    for regex in _URL_DATE_RES:
        m = regex.search(path)
        if m:
            try:
                return date(int(m["y"]), int(m["m"]), int(m["d"]))
            except ValueError:
                return None
    return None


def text_date(text: str, tz: tzinfo) -> date | datetime | None:
    """The first date in ``text``: an aware datetime (zone ``tz``) when a time is
    printed, else a date; None when there is none."""
    m = _TEXT_DATE_RE.search(text or "")
    if not m:
        return None
    try:
        if m["H"] is not None:
            return datetime(int(m["y"]), int(m["m"]), int(m["d"]), int(m["H"]), int(m["M"]), tzinfo=tz)
        return date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None


def feed_date(text: str | None, tz: tzinfo) -> datetime | None:
    """RSS ``pubDate`` (RFC 822) or Atom/sitemap ISO 8601 -> aware datetime, or None."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        value = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        try:
            value = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return None
    return value if value.tzinfo else value.replace(tzinfo=tz)


def local_day(value: date | datetime, tz: tzinfo) -> date:
    """The calendar day of ``value`` in zone ``tz`` (dates are already local)."""
    if isinstance(value, datetime):
        return value.astimezone(tz).date() if value.tzinfo else value.date()
    return value


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


def parse_day(name: str, value: str | None) -> date | None:
    if value is None or str(value).strip() == "":
        return None
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise SpiderArgumentError(f"{name}={value!r}: expected a date as YYYY-MM-DD") from None


def parse_bool(name: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value if value is not None else "").strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise SpiderArgumentError(f"{name}={value!r}: expected 1 or 0 (true/false, yes/no)")


def parse_max_pages(value: Any) -> int | None:
    if value is None or str(value).strip() == "":
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        raise SpiderArgumentError(f"max_pages={value!r}: expected a whole number >= 1") from None
    if number < 1:
        raise SpiderArgumentError(f"max_pages={value!r}: expected a whole number >= 1")
    return number


def parse_start_url(value: str | None) -> str | None:
    if value is None or str(value).strip() == "":
        return None
    url = str(value).strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SpiderArgumentError(f"start_url={value!r}: expected an http(s) URL such as http://127.0.0.1:8000/")
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))


@dataclass(frozen=True)
class Bounds:
    """What a crawl may fetch: publication dates (inclusive, local days) and pages."""

    since: date | None = None
    until: date | None = None
    max_pages: int | None = None

    def __post_init__(self) -> None:
        if self.since and self.until and self.since > self.until:
            raise SpiderArgumentError(f"since={self.since} is after until={self.until}")

    def admits(self, day: date | None) -> str | None:
        """None when an article of ``day`` may be fetched, else the reason
        (``"since"`` or ``"until"``).  Unknown days are admitted."""
        if day is None:
            return None
        if self.since and day < self.since:
            return "since"
        if self.until and day > self.until:
            return "until"
        return None


# ---------------------------------------------------------------------------- the spider

class ProfiledSpider(scrapy.Spider):
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
        self._article_re = self.profile.url_regex("article")
        if self._article_re is None:
            raise SpiderArgumentError(f"profile {name!r} has no [urls] article pattern")
        self._listing_re = self.profile.url_regex("listing")
        self._pagination_re = self.profile.url_regex("pagination")
        deny = self.profile.urls.get("deny", [])
        self._deny = [re.compile(p) for p in ([deny] if isinstance(deny, str) else deny)]
        self._site_hosts = {d.lower() for d in self.profile.domains}
        home = self.profile.start_urls[0] if self.profile.start_urls else (
            f"http://{self.profile.domains[0]}/" if self.profile.domains else None)
        self._site_base = urlsplit(home) if home else None
        self._mirror = None
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

    # --- URL mapping ---------------------------------------------------------------
    def localize(self, url: str) -> str:
        """``url`` rewritten to the mirror when it points at the profile's domains."""
        if self._mirror is None:
            return url
        parts = urlsplit(url)
        if (parts.hostname or "").lower() in self._site_hosts:
            return urlunsplit((self._mirror.scheme, self._mirror.netloc, parts.path, parts.query, parts.fragment))
        return url

    def canonical_url_for(self, url: str) -> str:
        """The site's own URL for a fetched one (mirror host -> the real host);
        the store and the skip middleware identify articles by it."""
        if self._mirror is None or self._site_base is None:
            return url
        parts = urlsplit(url)
        if parts.netloc.lower() == self._mirror.netloc.lower():
            return urlunsplit((self._site_base.scheme, self._site_base.netloc, parts.path, parts.query, parts.fragment))
        return url

    def article_url(self, url: str) -> str:
        """An article URL with only the query parameters the profile's ``[urls] query``
        names (none by default: its article rules match the path), so in-page variants
        (``?p=2``, ``?s=...``) are one request and one article."""
        keep = self.profile.urls.get("query", [])
        keep = [keep] if isinstance(keep, str) else list(keep)
        if not urlsplit(url).query:
            return url
        return url_query_cleaner(url, keep, remove=False, unique=False, keep_fragments=False)

    def _allowed(self, url: str) -> bool:
        if not fetch_faults.scheme_allowed(url):
            return False  # only http(s), whatever a redirect or robots.txt names
        host = (urlsplit(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self.allowed_domains)

    def _denied(self, path: str) -> bool:
        return any(r.search(path) for r in self._deny)

    def classify(self, url: str) -> str | None:
        """``article``, ``pagination``, ``listing`` or None (not followed), from the path."""
        parts = urlsplit(url)
        path = parts.path or "/"
        if self._denied(path):
            return None
        if self._article_re.search(path):
            return "article"
        if self._pagination_re is not None and self._pagination_re.search(path):
            return "pagination"
        if self._listing_re is not None and self._listing_re.search(path):
            return "listing"
        return None

    # --- stats ------------------------------------------------------------------------
    def _inc(self, event: str, count: int = 1) -> None:
        if getattr(self, "crawler", None) is not None:
            self.crawler.stats.inc_value(f"newsarchive/spider/{event}", count)

    # --- requests -----------------------------------------------------------------------
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

    # --- callbacks ------------------------------------------------------------------------
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
                number = page_number(url)
                if listing_dir(url) == listing_dir(response.url) and number > page:
                    if next_page is None or number < next_page[0]:
                        next_page = (number, url)
            elif kind == "listing" and page_number(url) == 1:
                yield self.listing_request(url, page=1)
        if next_page is None:
            return
        number, url = next_page
        if self.bounds.since and entry_days and max(entry_days) < self.bounds.since:
            self._inc("pagination_stopped/since")
            logger.debug("Every entry of %(url)s is older than %(since)s; not following %(next)s",
                         {"url": response.url, "since": self.bounds.since, "next": url})
            return
        if self.bounds.max_pages and number > self.bounds.max_pages:
            self._inc("pagination_stopped/max_pages")
            return
        yield self.listing_request(url, page=number)

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
            yield from self._feeds_linked(response)
            for url, kind in self._links(response):
                if kind == "article":
                    request = self._article_if_admitted(url, day=url_date(url), hints={"listing_url": response.url})
                    if request is not None:
                        yield request

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

    # --- helpers ------------------------------------------------------------------------
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
        hints.setdefault("section", _first_segment(url))
        return self.article_request(self.article_url(url), hints=hints)

    def _links(self, response: TextResponse) -> Iterator[tuple[str, str]]:
        """``(url, kind)`` of the page's on-site links worth following, cleaned."""
        for href in response.css("a::attr(href)").getall():
            href = href.strip()
            if not href or href.startswith(("javascript:", "mailto:", "#")):
                continue
            url = clean_url(self.localize(response.urljoin(href)))
            if not url.startswith(("http://", "https://")) or not self._allowed(url):
                continue
            kind = self.classify(url)
            if kind is not None:
                yield url, kind

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

    def _feeds_linked(self, response: TextResponse) -> Iterator[Request]:
        for href in response.css('link[rel="alternate"][type*="rss"]::attr(href), '
                                 'link[rel="alternate"][type*="atom"]::attr(href)').getall():
            url = self.localize(response.urljoin(href.strip()))
            if self._allowed(url):
                yield self._request(url, "feed", self.parse_feed)


def response_headers(response: Response) -> dict[str, str]:
    """Response headers as ``{lower-case name: value}`` (latin-1; repeated headers joined by ", ")."""
    return {
        name.decode("latin-1").lower(): ", ".join(v.decode("latin-1") for v in values)
        for name, values in response.headers.items()
    }


def _first_segment(url: str) -> str | None:
    segment = urlsplit(url).path.strip("/").split("/", 1)[0]
    return segment or None
