"""Site profiles: per-site differences as data (``<name>.toml`` beside this file).

The registry belongs to the extraction library (``pipelines``), which never imports the
crawler; the spiders read their profiles from here.  A page's profile is resolved once
(:func:`of`) and carried on the :class:`~pipelines.document.Document` as ``doc.site``.

A profile holds everything that differs between sites: domains, start URLs, URL
rules, CSS/XPath selectors, boilerplate patterns, charset fallback and time zone.
A new source is a new ``.toml`` file plus a fixture, not a new spider.

Keys (all optional but ``name``)::

    name = "securities_daily"            # also the spider name that uses it
    source_name = "Securities Daily"     # credited source when the page names none; its canonical name
    source_aliases = ["证券日报"]          # other names of the same source (languages, spellings)
    source_kind = "original"             # original | republisher | aggregator
    language = "zh"                      # default language of the site
    domains = ["www.zqrb.cn", "zqrb.cn"]
    start_urls = ["http://www.zqrb.cn/"]
    charset_fallback = "gb18030"         # when headers and <meta> say nothing
    timezone = "Asia/Shanghai"           # for dates printed without an offset

    [urls]                               # Python regular expressions on the URL path
    article = '...'                      # article pages
    listing = '...'                      # section listings (followed)
    pagination = '...'                   # "next page" links of listings
    deny = ['...']                       # never followed
    query = ["id"]                       # query parameters that identify an article (default:
                                         # none, the article rule matches the path, so ?p=2 or
                                         # ?s=... variants of an article are one article)

    [selectors]                          # lists of CSS selectors (``::text``/``::attr`` allowed);
    title = ["h1::text"]                 # the first that matches wins; XPath if it starts with "/"
    body = ["div.content"]               # container(s) of the article text
    byline = ["div.info span.author::text"]
    published = ["div.info span.date::text"]
    section = [".crumbs a:last-child::text"]
    remove = ["div.share", "div.recommend"]  # removed inside the body container
    listing = ["ul.news_list li"]        # entries of a section listing (not sidebars): dates
                                         # read there decide when ``since`` stops pagination
    listing_section = ["h2.section::text"]  # section name printed on a listing page

    [boilerplate]
    line_patterns = ['^责任编辑[:：]']     # extra regexes for lines to drop, site-specific
"""

from __future__ import annotations

import functools
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

PROFILE_DIR = Path(__file__).parent


def profile_dirs() -> list[Path]:
    """Where profiles are looked up: the folders in ``NEWSARCHIVE_PROFILE_DIRS``
    (``os.pathsep``-separated; profiles kept outside the package, e.g. by a bench or
    an operator) first, then the bundled :data:`PROFILE_DIR`."""
    extra = [Path(p) for p in (os.environ.get("NEWSARCHIVE_PROFILE_DIRS") or "").split(os.pathsep) if p]
    return [*extra, PROFILE_DIR]


@dataclass(frozen=True)
class Profile:
    name: str
    source_name: str | None = None
    source_aliases: tuple[str, ...] = ()
    source_kind: str = "original"
    language: str | None = None
    domains: tuple[str, ...] = ()
    start_urls: tuple[str, ...] = ()
    charset_fallback: str | None = None
    timezone: str | None = None
    urls: dict[str, Any] = field(default_factory=dict)
    selectors: dict[str, list[str]] = field(default_factory=dict)
    boilerplate: dict[str, Any] = field(default_factory=dict)
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def url_regex(self, key: str) -> re.Pattern[str] | None:
        """Compiled ``[urls].<key>`` pattern, or None."""
        pattern = self.urls.get(key)
        return _compile(pattern) if isinstance(pattern, str) else None


@functools.lru_cache(maxsize=None)
def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _from_dict(data: dict[str, Any]) -> Profile:
    return Profile(
        name=data["name"],
        source_name=data.get("source_name"),
        source_aliases=tuple(data.get("source_aliases", ())),
        source_kind=data.get("source_kind", "original"),
        language=data.get("language"),
        domains=tuple(data.get("domains", ())),
        start_urls=tuple(data.get("start_urls", ())),
        charset_fallback=data.get("charset_fallback"),
        timezone=data.get("timezone"),
        urls=dict(data.get("urls", {})),
        selectors={k: list(v) if isinstance(v, list) else [v] for k, v in data.get("selectors", {}).items()},
        boilerplate=dict(data.get("boilerplate", {})),
        raw=data,
    )


@functools.lru_cache(maxsize=None)
def load(name: str) -> Profile:
    """The profile ``<name>.toml``; raises ``KeyError`` if there is none."""
    path = next((d / f"{name}.toml" for d in profile_dirs() if (d / f"{name}.toml").is_file()), None)
    if path is None:
        raise KeyError(f"no site profile named {name!r} in {', '.join(map(str, profile_dirs()))}")
    with path.open("rb") as fh:
        return _from_dict(tomllib.load(fh))


def names() -> list[str]:
    return sorted({p.stem for d in profile_dirs() for p in d.glob("*.toml")})


def for_url(url: str) -> Profile | None:
    """The profile whose ``domains`` contain the URL's host (``www.`` and ``m.``
    mirrors included), else None (generic path)."""
    host = (urlsplit(url).hostname or "").lower()
    bare = re.sub(r"^(www|m)\.", "", host)
    for name in names():
        prof = load(name)
        for domain in prof.domains:
            d = re.sub(r"^(www|m)\.", "", domain.lower())
            if bare == d or bare.endswith("." + d):
                return prof
    return None


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def canonical_source(name: str | None) -> str | None:
    """The canonical name of the source called ``name`` by a profile
    (``source_name`` or one of its ``source_aliases``), else ``name`` unchanged."""
    if not name:
        return name
    key = _name_key(name)
    for prof in map(load, names()):
        if prof.source_name and key in {_name_key(n) for n in (prof.source_name, *prof.source_aliases)}:
            return prof.source_name
    return name


def sources() -> list[Profile]:
    """Profiles that name a source (for registering canonical names and aliases in an archive)."""
    return [p for p in map(load, names()) if p.source_name]


def of(doc: Any) -> Profile | None:
    """The site profile of ``doc``, resolved from ``doc.profile`` once and kept on
    ``doc.site`` (every later stage reads it from there); None = generic path or an
    unknown profile name."""
    if doc.site is None and doc.profile:
        try:
            doc.site = load(doc.profile)
        except KeyError:
            return None
    return doc.site
