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

Where each part lives (``crawler/spiders/profiled/``):

``spider.py``
    :class:`ProfiledSpider`: arguments, profile, start requests, stats.
``arguments.py``
    parsing ``-a`` arguments; :class:`Bounds` (dates and pages a crawl may fetch).
``links.py``
    link discovery: cleaning, mirror mapping, allowed hosts, article/listing/pagination.
``listings.py``, ``pagination.py``
    listing pages and their entries; following a listing's pages.
``feeds.py``
    robots.txt, sitemaps (and sitemap indexes), RSS/Atom feeds.
``articles.py``
    article pages -> raw documents; article redirects.
``fetch_requests.py``
    the request for each kind of page; the date check before an article is requested.
``failures.py``
    failed fetches -> fetch rejects.
``dates.py``
    dates known before fetching (URL, listing entry, feed, sitemap).
"""

from crawler.spiders.profiled.arguments import (
    Bounds, SpiderArgumentError, parse_bool, parse_day, parse_max_pages, parse_start_url,
)
from crawler.spiders.profiled.dates import feed_date, local_day, text_date, url_date
from crawler.spiders.profiled.failures import response_headers
from crawler.spiders.profiled.fetch_requests import KINDS, REDIRECT_STATUSES
from crawler.spiders.profiled.links import clean_url
from crawler.spiders.profiled.pagination import listing_dir, page_number
from crawler.spiders.profiled.spider import ProfiledSpider

__all__ = [
    "KINDS", "REDIRECT_STATUSES", "Bounds", "ProfiledSpider", "SpiderArgumentError", "clean_url", "feed_date",
    "listing_dir", "local_day", "page_number", "parse_bool", "parse_day", "parse_max_pages", "parse_start_url",
    "response_headers", "text_date", "url_date",
]
