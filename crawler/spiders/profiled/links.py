"""Link discovery: which of a page's links the spider follows, and as what.

URLs are cleaned (fragment and tracking parameters dropped), rewritten to the mirror
when the crawl runs against one, kept on the profile's domains, and classified by the
profile's ``[urls]`` regexes (matched on the path) as ``article``, ``listing`` or
``pagination``; anything else is not followed.
"""

from __future__ import annotations

import re
from typing import Any, Iterator
from urllib.parse import urljoin, urlsplit, urlunsplit

from lxml import etree
from scrapy.http import TextResponse
from scrapy.utils.response import get_base_url
from w3lib.url import url_query_cleaner

from crawler import fetch_faults
from crawler.spiders.profiled.arguments import SpiderArgumentError
from pipelines import urls
from pipelines.profiles import Profile

#: Link URLs whose decision a spider remembers (then it starts afresh).
LINK_MEMO_SIZE = 200_000
_UNSEEN = object()
#: Every ``<a href>`` value of a page, as plain strings.
_HREFS = etree.XPath("descendant-or-self::a/@href", smart_strings=False)


def clean_url(url: str) -> str:
    """``url`` without its fragment and tracking parameters (``utm_*``, ``spm``...);
    the rest of the query keeps its order (:func:`pipelines.urls.clean`)."""
    return urls.clean(url)


def first_segment(url: str) -> str | None:
    """The first folder of a URL's path (``/finance/2021/x.html`` -> ``finance``), or None."""
    segment = urlsplit(url).path.strip("/").split("/", 1)[0]
    return segment or None


def join_context(base: str) -> tuple[str, str]:
    """``(scheme, scheme://netloc)`` of a page's base URL: all that :func:`urljoin`
    reads of the base for an absolute or root-relative href (:func:`join_key`)."""
    parts = urlsplit(base)
    return parts.scheme, f"{parts.scheme}://{parts.netloc}"


def join_key(href: str, scheme: str, root: str) -> tuple[str, str] | None:
    """A key under which ``urljoin(base, href)`` is the same for every base with this
    ``scheme`` and ``root`` (:func:`join_context`), or None (it reads more of the base).

    ``urljoin`` returns an ``http(s)://`` href as it is, or re-assembled when its scheme
    is the base's (so the base's scheme is in the key); a ``/path`` or ``//host`` href
    takes only the base's scheme and host.  A relative path or a bare ``?query`` is
    resolved against the base's path: no key."""
    if href.startswith(("http://", "https://")):
        return (scheme, href)
    if href.startswith("/"):
        return (root, href)
    return None


class LinkRules:
    """The spider's link rules, set up from its profile by :meth:`_init_link_rules`.

    Uses ``self.allowed_domains`` (set by the spider when it knows its start URL).
    """

    profile: Profile
    allowed_domains: list[str]

    def _init_link_rules(self, name: str) -> None:
        """Compile the profile's ``[urls]`` rules; ``name`` is the profile name for errors."""
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
        self._mirror: Any = None

    # --- URL mapping (mirror <-> site) ------------------------------------------------
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

    def _follow(self, absolute: str) -> tuple[str, str] | None:
        """``(url, kind)`` for an absolute link URL, or None (not followed): cleaned,
        mapped to the mirror, kept on the site and classified."""
        url = clean_url(self.localize(absolute))
        if not url.startswith(("http://", "https://")) or not self._allowed(url):
            return None
        kind = self.classify(url)
        return (url, kind) if kind is not None else None

    def _follow_memo(self) -> dict[Any, tuple[str, str] | None]:
        """:meth:`_follow`'s answers so far (a site's navigation links recur on every page),
        by joined URL or by :func:`join_key`, started afresh whenever what they depend on
        changes (mirror, allowed domains)."""
        state = (self._mirror, tuple(getattr(self, "allowed_domains", None) or ()))
        memo = getattr(self, "_link_memo", None)
        if memo is None or memo[0] != state or len(memo[1]) > LINK_MEMO_SIZE:
            memo = (state, {})
            self._link_memo = memo
        return memo[1]

    def _links(self, response: TextResponse, page: tuple[Any, str] | None = None) -> Iterator[tuple[str, str]]:
        """``(url, kind)`` of the page's on-site links worth following, cleaned.  ``page``:
        the page's ``(root element, base URL)``, else the response's selector and base URL."""
        memo = self._follow_memo()
        tree, base = page if page is not None else (response.selector.root, get_base_url(response))
        scheme, root = join_context(base)
        # the href strings straight from lxml (what ``css("a::attr(href)")`` gives, without
        # a Selector object per link, nor lxml's "smart" string that builds its element)
        for href in _HREFS(tree):
            href = href.strip()
            if not href or href.startswith(("javascript:", "mailto:", "#")):
                continue
            # an absolute or root-relative href joins the same way on every page of the
            # site: its decision is remembered by the href (one entry, without joining it
            # again); any other href's by the URL it joins to
            key = join_key(href, scheme, root) or urljoin(base, href)
            found = memo.get(key, _UNSEEN)
            if found is _UNSEEN:
                found = memo[key] = self._follow(key if isinstance(key, str) else urljoin(base, href))
            if found is not None:
                yield found
