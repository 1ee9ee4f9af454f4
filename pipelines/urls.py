"""Canonical URLs: which URL is an article's key in the archive.

Built on ``w3lib.url`` (``canonicalize_url``: percent-encoding, dot segments, IDNA
hosts, sorted query; ``url_query_cleaner``: parameter policy) plus the rules a news
archive needs on top:

* :func:`clean` -- a URL fit to request: fragment and tracking parameters
  (:data:`TRACKING_PARAMS`, :data:`TRACKING_PREFIXES`) removed, the rest in order;
* :func:`canonical_url` -- one form per page: scheme and host lower-cased, default
  port, ``www.``/``m.``/``wap.``/``mobile.``/``amp.`` mirror prefixes, trailing
  ``index.html``/``default.aspx`` and AMP suffixes dropped, empty path ``/``; the
  query sorted, tracking and :data:`NON_IDENTIFYING` parameters (in-page variants:
  comment replies, print/share views, in-page search) dropped.  ``keep_query`` (a
  site profile's ``[urls] query`` list) keeps only the parameters that identify an
  article on that site; an empty list drops the whole query, so query-string
  variants of an article are one article;
* :func:`article_key` -- the key an article is stored under: the canonical form of
  the URL it was fetched from, unless the page declares (``<link rel=canonical>``,
  else ``og:url``) another URL of the same site, which then wins.  A declaration
  pointing off-site or at the site's home page is ignored (a common CMS mistake).
"""

from __future__ import annotations

import re
from typing import Any, Iterable
from urllib.parse import parse_qsl, urlsplit, urlunsplit

from w3lib.url import canonicalize_url, url_query_cleaner

# Query parameters that only track the visit, never select content.
TRACKING_PARAMS = frozenset({
    "spm", "from", "fbclid", "gclid", "dclid", "yclid", "msclkid", "igshid", "mc_cid", "mc_eid",
    "ref", "ref_src", "ref_url", "referrer", "share", "share_token", "shareid", "sharesource",
    "isappinstalled", "scene", "clicktime", "enterid", "wfr", "tt_from", "ocid", "ncid", "cmpid",
    "s_cid", "sr_share", "_ga", "_gl", "amp", "outputtype", "wechat_redirect", "sharetype",
    "srsltid",  # Google's tag on shop pages reached from its results
})
TRACKING_PREFIXES = ("utm_", "hmsr", "hmpl", "hmcu", "hmkw", "hmci", "pk_", "mtm_", "vero_")
# Parameters that show the same article another way (never a different article).
NON_IDENTIFYING = frozenset({"replytocom", "print", "output", "view", "mode", "s", "q", "keyword",
                             "comments", "cpage", "noamp", "platform", "display"})

_MIRROR_HOST_RE = re.compile(r"^(?:www\d*|m|wap|mobile|amp)\.(?=[^.]+\.[^.]+)")
_INDEX_FILE_RE = re.compile(r"/(?:index|default)\.(?:s?html?|php|aspx?|jsp)$", re.I)
_AMP_PATH_RE = re.compile(r"/amp/?$|\.amp(?=\.s?html?$)", re.I)
_DEFAULT_PORTS = {"http": 80, "https": 443}


def _is_tracking(name: str) -> bool:
    name = name.lower()
    return name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES)


def _drop_params(url: str, drop: Iterable[str]) -> str:
    drop = list(dict.fromkeys(drop))
    if not drop:
        return url
    return url_query_cleaner(url, drop, remove=True, unique=False, keep_fragments=True)


def clean(url: str) -> str:
    """``url`` without its fragment and tracking parameters; the rest of the query
    keeps its order (a URL fit to request)."""
    url = url.strip()
    query = urlsplit(url).query
    names = [k for k, _ in parse_qsl(query, keep_blank_values=True) if _is_tracking(k)]
    parts = urlsplit(_drop_params(url, names))
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))


def canonical_url(url: str, *, keep_query: Iterable[str] | None = None) -> str:
    """One form per page (see the module docstring).  ``keep_query``: None keeps every
    parameter but tracking and non-identifying ones; a collection keeps only those."""
    url = canonicalize_url(url.strip(), keep_fragments=False)
    parts = urlsplit(url)
    scheme = (parts.scheme or "http").lower()
    host = _MIRROR_HOST_RE.sub("", (parts.hostname or "").lower().rstrip("."))
    if parts.port and parts.port != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{parts.port}"
    path = re.sub(r"/{2,}", "/", parts.path or "/")
    path = _AMP_PATH_RE.sub("", _INDEX_FILE_RE.sub("/", path)) or "/"
    names = [k for k, _ in parse_qsl(parts.query, keep_blank_values=True)]
    if keep_query is None:
        drop = [k for k in names if _is_tracking(k) or k.lower() in NON_IDENTIFYING]
    else:
        keep = {k.lower() for k in keep_query}
        drop = [k for k in names if k.lower() not in keep]
    query = urlsplit(_drop_params(url, drop)).query if drop else parts.query
    return urlunsplit((scheme, host, path, query, ""))


def _bare(host: str | None) -> str:
    return _MIRROR_HOST_RE.sub("", (host or "").lower().rstrip("."))


def declared_url(url: str, declared: Iterable[str | None], *, site_hosts: Iterable[str] = ()) -> str | None:
    """The first declared URL (``rel=canonical``, ``og:url``, in that order) that is an
    absolute http(s) URL of the same site as ``url`` (or of ``site_hosts``) and not
    its home page; None when there is none."""
    from urllib.parse import urljoin

    hosts = {_bare(urlsplit(url).hostname)} | {_bare(h) for h in site_hosts}
    for candidate in declared:
        if not candidate or not candidate.strip():
            continue
        absolute = urljoin(url, candidate.strip())
        parts = urlsplit(absolute)
        if parts.scheme not in ("http", "https") or _bare(parts.hostname) not in hosts:
            continue
        if (parts.path or "/") == "/" and not parts.query:
            continue
        return absolute
    return None


def article_key(url: str, *, declared: Iterable[str | None] = (), site_hosts: Iterable[str] = (),
                keep_query: Iterable[str] | None = None) -> str:
    """The archive key of the article fetched from ``url`` (see the module docstring)."""
    chosen = declared_url(url, declared, site_hosts=site_hosts) or url
    return canonical_url(chosen, keep_query=keep_query)


def page_declared(meta: Any) -> list[str | None]:
    """The URLs a page declares for itself, best first: ``<link rel=canonical>``, ``og:url``
    (``meta``: the document's :class:`pipelines.meta_record.PageMeta`, or a plain dict)."""
    if meta is None:
        return []
    if isinstance(meta, dict):
        return [meta.get("canonical"), meta.get("og:url")]
    return [meta.canonical, meta.head.get("og:url")]


def profile_rules(profile: str | None) -> tuple[tuple[str, ...], list[str] | None]:
    """``(site hosts, keep_query)`` of a site profile: its ``domains`` and its
    ``[urls] query`` list (the parameters that identify an article; none when the
    profile names none, since its article rules match the path).  No profile (or an
    unknown one): ``((), None)``."""
    if not profile:
        return (), None
    from pipelines.profiles import load  # profiles are data; the stages read them like parse does

    try:
        prof = load(profile)
    except KeyError:
        return (), None
    query = prof.urls.get("query", [])
    return tuple(prof.domains), [query] if isinstance(query, str) else list(query)
