"""Stage `metadata`: title, authors, source, published time, section, language.

Each field has its own module; this stage calls them in order and owns the small rules
(language, source, section) that need no more.

Formats
-------
* ``title``: the headline, see :mod:`pipelines.meta_title` (``<h1>`` checked against
  ``og:title``/``<title>``/JSON-LD ``headline``; site-name suffix removed by general rules).
* ``authors``: person names in byline order, see :mod:`pipelines.meta_bylines`.
* ``source``: the credited source, first found of: "X |" title prefix, the
  profile's ``source_name`` when the profile is an original source, a
  "来源：X"/"Source: X" line in the body, a "来源：X" info line elsewhere on the
  page, a Chinese dateline's outlet, ``og:site_name``, the profile's ``source_name``,
  JSON-LD publisher.
* ``published_at``: timezone-aware :class:`datetime`, see :mod:`pipelines.meta_dates`;
  the page's own offset when it states one, else the profile ``timezone``, else
  Asia/Shanghai for Chinese pages and UTC otherwise (with a warning).
* ``updated_at``: JSON-LD ``dateModified`` or ``article:modified_time``, same zone rules.
* ``section``: profile selector, ``article:section``/JSON-LD ``articleSection``,
  the last breadcrumb that is not the title or "Home", else the URL's directory
  segments before any date (``finance/hongguanjingji``).
* ``language``: ``"zh"`` when CJK ideographs are at least as many as Latin
  words, ``"ja"``/``"ko"`` when kana/hangul dominate, else ``"en"``.
"""

from __future__ import annotations

import re
from datetime import timezone, tzinfo
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from pipelines import meta_bylines, meta_title, profiles
from pipelines.base import StagePipeline
from pipelines.document import Document
from pipelines.meta_bylines import (_DATELINE_OUTLET_RE, _STAFF_RE, _host_names, _is_organization,  # noqa: F401
                                    _jsonld_names, _names_from_byline, _organizations, _squash, _visible_casing,
                                    plausible, tidy)
from pipelines.meta_structured import is_profile_url, tagged_authors
from pipelines.meta_dates import (_zone, choose_published, closing_month, date_from_url,  # noqa: F401
                                  parse_datetime, published_candidates)
from pipelines.meta_title import strip_site_suffix  # noqa: F401 -- part of this stage's API
from pipelines.normalize import cjk_count, normalize_text

_HOME_RE = re.compile(r"^(?:home|首页|网站首页|主页|当前位置.*|you are here.*)$", re.I)
_KANA_RE = re.compile(r"[\u3040-\u30ff]")
_HANGUL_RE = re.compile(r"[\uac00-\ud7af]")
_LATIN_WORD_RE = re.compile(r"[A-Za-z\u00c0-\u024f]+")
_ASCII_LETTER_RE = re.compile(r"[A-Za-z]")


def detect_language(text: str, *, default: str = "en") -> str:
    """``zh``/``ja``/``ko``/``en`` from script counts (see the module docstring)."""
    if text.isascii():  # no CJK, kana or hangul: a Latin word makes it English
        return "en" if _ASCII_LETTER_RE.search(text) else default
    return counted_language(text, default)


def counted_language(text: str, default: str = "en") -> str:
    """The language the script counts give (what ``detect_language`` answers for any text)."""
    cjk = cjk_count(text)
    kana = len(_KANA_RE.findall(text))
    hangul = len(_HANGUL_RE.findall(text))
    latin = len(_LATIN_WORD_RE.findall(text))
    if kana and kana * 5 >= cjk and kana + cjk >= latin:
        return "ja"
    if hangul and hangul >= latin:
        return "ko"
    if cjk and cjk >= latin:
        return "zh"
    if latin:
        return "en"
    return default


def section_from_url(url: str) -> str | None:
    """Directory segments of the URL path before any date: ``finance/hongguanjingji``."""
    segments = [s for s in urlsplit(url).path.split("/") if s][:-1]
    out = []
    for seg in segments:
        if re.search(r"\d{4}|^\d+$", seg) or len(out) == 2:
            break
        out.append(seg.lower())
    return "/".join(out) or None


def _source(doc: Document, profile: Any) -> str | None:
    # An original-source site's own articles are credited to it under one name (the profile's),
    # whatever spelling the page uses; elsewhere the page's credit line wins over the site's name.
    meta = doc.meta
    own_name = profile.source_name if profile and profile.source_kind == "original" else None
    dateline = next((m.group("src") for b in doc.blocks[:2] if (m := _DATELINE_OUTLET_RE.match(b["text"]))), None)
    publisher = _jsonld_names(meta.jsonld.get("publisher"))
    source = (doc.source or own_name or meta.source_line or meta.source_text or dateline or meta.tag("og:site_name")
              or (profile.source_name if profile else None) or (publisher[0] if publisher else None))
    return normalize_text(source) if source else None


def _published(doc: Document, profile: Any) -> None:
    tz: tzinfo | None = _zone(profile.timezone) if profile and profile.timezone else None
    assumed = tz is None
    if tz is None:
        tz = ZoneInfo("Asia/Shanghai") if doc.language == "zh" else timezone.utc
    value = choose_published(published_candidates(doc.meta, doc.hints, doc.url, tz))
    if value is None:  # a closing "1998年3月号": the month is all the page says
        value = closing_month(list(doc.removed[-3:]) + [b["text"] for b in doc.blocks[-3:]])
    if value is not None:
        if value.tzinfo is None:
            if assumed:
                doc.warnings.append(f"no time zone for the publication time; assumed {tz}")
            value = value.replace(tzinfo=tz)
        doc.published_at = value
    modified = doc.meta.jsonld_modified or doc.meta.tag("article:modified_time")
    if isinstance(modified, str) and (parsed := parse_datetime(modified, tz=tz)):
        doc.updated_at = parsed[0] if parsed[0].tzinfo else parsed[0].replace(tzinfo=tz)


def _section(doc: Document) -> str | None:
    meta = doc.meta
    section = meta.section_text or meta.tag("article:section") or meta.jsonld.get("articleSection")
    if isinstance(section, list):
        section = section[0] if section else None
    if not section and meta.breadcrumbs:
        title_key = (doc.title or "").lower()
        crumbs = [c for c in meta.breadcrumbs if not _HOME_RE.match(c) and c.lower() != title_key]
        crumbs = [c for c in crumbs if len(c) <= 30]
        section = crumbs[-1] if crumbs else None
    if not section and doc.url:
        section = section_from_url(doc.url)
    return normalize_text(section) if isinstance(section, str) and section.strip() else None


def _unconfirmed_byline(names: list[str], meta: Any, sites: list[str | None], url: str | None) -> bool:
    """The body byline the cleaning stage read names none of the persons the page's structured
    data credits (JSON-LD authors, author ``<meta>`` tags; organizations, the site and "Staff"
    left out): a caption credit, a quoted expert or a section label read as a byline ("Museum
    President", "Functionality") gives way to the page's own statement of its author."""
    orgs = _organizations(meta.jsonld, [*sites, *_host_names(url)]) | {n.lower() for n in meta.jsonld_author_orgs}
    persons = {_squash(p) for raw in (*meta.jsonld_authors, *tagged_authors(meta.head))
               for p in tidy(normalize_text(raw)) if plausible(p) and not _is_organization(p, orgs)
               and not _STAFF_RE.match(p) and not is_profile_url(raw)}
    persons.discard("")
    if not persons:
        return False
    keys = [_squash(n) for n in names]
    return not any(k and (k in p or p in k) for k in keys for p in persons)


def run(doc: Document) -> Document:
    meta = doc.meta
    profile = profiles.of(doc)  # resolved once per page and carried on the Document
    text = " ".join(b["text"] for b in doc.blocks)
    # language first: it picks the default time zone
    default_lang = (profile.language if profile else None) or (meta.lang or "en")[:2].lower()
    doc.language = detect_language(text or (doc.title or ""), default=default_lang)
    doc.source = _source(doc, profile)
    names = [n for n in (meta.tag("og:site_name"), doc.source, profile.source_name if profile else None) if n]
    from_profile = bool(profile and profile.selectors and profile.selectors.get("title"))
    if doc.input_kind != "text" and (meta.h1s or meta.html_title or meta.head):
        title = meta_title.choose(meta, current=doc.title, url=doc.url, names=names, from_profile=from_profile)
        doc.title = normalize_text(meta_title.repair(title)) if title else doc.title
    elif doc.title and (doc.title == normalize_text(meta.html_title or "") or any(n in doc.title for n in names)):
        doc.title = strip_site_suffix(doc.title, site_names=names)
    doc.authors = meta_bylines.keep_names(doc.authors)  # a body byline read by the cleaning stage
    publisher = _jsonld_names(meta.jsonld.get("publisher"))
    sites = [meta.tag("og:site_name"), doc.source, *publisher]
    if doc.authors and _unconfirmed_byline(doc.authors, meta, sites, doc.url):
        doc.authors = []
    if not doc.authors:
        doc.authors = meta_bylines.choose(meta, doc.blocks, site_names=sites, removed=doc.removed, url=doc.url)
    _published(doc, profile)
    doc.section = _section(doc)
    return doc


class MetadataPipeline(StagePipeline):
    stage = "metadata"
    func = staticmethod(run)
