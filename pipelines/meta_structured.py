"""The page's own structured metadata: JSON-LD (``@graph``, nested and ``@id``-referenced
authors), and the library fallbacks run on the parsed tree when structured data is missing.

* :func:`jsonld_fields` -> the ``jsonld*`` fields of :class:`pipelines.meta_record.PageMeta`.
* :func:`fallbacks` -> ``visible_author`` (trafilatura's byline rules) and ``visible_date``
  (htmldate), each computed only when the structured data lacks it, because both walk the
  whole tree (tens of milliseconds a page).

Why these libraries: htmldate (a trafilatura dependency) already knows hundreds of date markups and URL/text patterns
and prefers the original over the updated date; trafilatura's ``extract_author`` holds the byline XPaths
(``rel=author``, ``class*=author``, ``byline`` ...) with its name cleaning.  Our own rules stay first because they read
the structured data more precisely (``@id`` references, Organization vs Person, Chinese info bars).
"""

from __future__ import annotations

import json
import functools
import logging
import re
import warnings
from typing import Any

from lxml import etree

from pipelines.html_common import short_text
from pipelines.meta_labels import (  # noqa: F401 (tests read them here)
    _LABEL_RE, _LABEL_TAGS, _in_navigation, labelled_byline)

_ARTICLE_TYPES = ("Article", "BlogPosting", "Report", "Posting", "Review", "Recipe", "HowTo")
DATE_TAGS = ("article:published_time", "og:published_time", "published_time", "pubdate", "publishdate",
              "publish_date", "publish-date", "pubtime", "datepublished", "date", "dc.date", "dc.date.issued",
              "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date", "citation_publication_date",
              "citation_date", "weibo:article:create_at")
AUTHOR_TAGS = ("author", "article:author", "byl", "dc.creator", "citation_author", "citation_authors",
               "parsely-author", "sailthru.author")
# Other <meta> names that say "publication date": "published", "published-date", "w-published-date",
# "cxenseparse:publishtime", "date-pub"; a last change is not one (nor a video's "uploadDate").
_PUBLISHED_TAG_RE = re.compile(r"(?:^|[:._-])(?:published|publish|pub)(?:[-_]?(?:date|time|at|on))?$")
_CHANGE_TAG_RE = re.compile(r"last|modif|updat|review|edit")
_JSONLD_CLEAN_RE = re.compile(r"^\s*(?:<!--|/\*<!\[CDATA\[\*/)|(?:-->|/\*\]\]>\*/)\s*$")


def _types(item: dict[str, Any]) -> list[str]:
    kind = item.get("@type")
    return [k for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str)]


def jsonld_objects(root: Any) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, ``@graph`` members and lists flattened, page order."""
    return [item for script in root.iter("script")
            if (script.get("type") or "").lower().strip() == "application/ld+json" and script.text
            for item in script_objects(script.text)]


def script_objects(text: str) -> list[dict[str, Any]]:
    """One script's JSON-LD objects, flattened as in :func:`jsonld_objects` (``[]``: not JSON)."""
    try:
        stack = [json.loads(_JSONLD_CLEAN_RE.sub("", text), strict=False)]
    except ValueError:
        return []
    found: list[dict[str, Any]] = []
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack[:0] = item
        elif isinstance(item, dict):
            found.append(item)
            graph = item.get("@graph") or []
            stack[:0] = graph if isinstance(graph, list) else [graph]
    return found


def _names(value: Any, by_id: dict[str, dict[str, Any]]) -> list[tuple[str, bool]]:
    """``(name, is_organization)`` for a JSON-LD author value (string, object, ``@id``, list)."""
    if isinstance(value, str):
        return [(value, False)] if value.strip() and not value.startswith("http") else []
    if isinstance(value, list):
        return [n for v in value for n in _names(v, by_id)]
    if not isinstance(value, dict):
        return []
    if "name" not in value and isinstance(value.get("@id"), str) and value["@id"] in by_id:
        value = by_id[value["@id"]]
    name = value.get("name")
    if isinstance(name, list):
        name = next((n for n in name if isinstance(n, str)), None)
    if not isinstance(name, str) or not name.strip():
        return []
    return [(name.strip(), "Organization" in _types(value))]


def _date(item: dict[str, Any], *keys: str) -> str | None:
    for key in keys:
        value = item.get(key)
        if isinstance(value, list):
            value = value[0] if value else None
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def article_fields(article: dict[str, Any], by_id: dict[str, dict[str, Any]] | None = None) -> dict[str, Any]:
    """``jsonld``, ``jsonld_authors`` and ``jsonld_author_orgs`` of one JSON-LD article object."""
    names = _names(article.get("author") or article.get("creator"), by_id or {})
    return {"jsonld": article, "jsonld_authors": list(dict.fromkeys(n for n, _ in names)),
            "jsonld_author_orgs": [n for n, org in names if org]}


def jsonld_fields(root: Any) -> dict[str, Any]:
    """``jsonld``, ``jsonld_authors``, ``jsonld_author_orgs``, ``jsonld_published`` and
    ``jsonld_modified`` for :class:`~pipelines.meta_record.PageMeta` (absent keys: not found)."""
    objects = jsonld_objects(root)
    by_id = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}
    article = next((o for o in objects if any(a in t for t in _types(o) for a in _ARTICLE_TYPES)), None)
    out: dict[str, Any] = article_fields(article, by_id) if article is not None else {}
    dated = article
    if dated is None or not _date(dated, "datePublished", "dateCreated"):
        # A page typed only as WebPage still states when it was published.
        dated = next((o for o in objects if _date(o, "datePublished")), dated)
    if dated is not None:
        published = _date(dated, "datePublished", "dateCreated")
        modified = _date(dated, "dateModified")
        if published:
            out["jsonld_published"] = published
        if modified:
            out["jsonld_modified"] = modified
    return out


def published_tags(head: dict[str, Any]) -> list[str]:
    """Readable dates of ``<meta>`` tags named as a publication date that :data:`DATE_TAGS` does
    not list ("published", "w-published-date"), earliest first: these names are a CMS's own, and
    when two disagree ("published-date" 2021 beside a "published-time" of the last re-publishing)
    the earlier one is the original publication, as htmldate's ``original_date`` reads them."""
    from pipelines.meta_dates import parse_datetime, parse_numeric_date

    found = [(p[0].replace(tzinfo=None), v) for k, v in head.items()
             if k not in DATE_TAGS and isinstance(v, str) and _PUBLISHED_TAG_RE.search(k)
             and not _CHANGE_TAG_RE.search(k) and (p := parse_datetime(v) or parse_numeric_date(v))]
    return [v for _, v in sorted(found, key=lambda pair: pair[0])]


def has_structured_date(raw: dict[str, Any]) -> bool:
    """Whether the page states its date itself (JSON-LD, ``<meta>``, ``<time>``, or a readable
    date element): htmldate, which ranks after these, is then not run."""
    from pipelines.meta_dates import parse_datetime, parse_numeric_date

    text = raw.get("date_text")
    return bool(raw.get("jsonld_published") or raw.get("time_datetime") or any(raw.get(k) for k in DATE_TAGS)
                or (isinstance(text, str) and (parse_datetime(text) or parse_numeric_date(text)))
                or published_tags(raw))


def is_profile_url(value: Any) -> bool:
    """An author value that is a profile's URL (``article:author`` = a Facebook page), not a name."""
    return isinstance(value, str) and value.strip().startswith("http")


def has_structured_author(raw: dict[str, Any]) -> bool:
    """A name in JSON-LD or an author tag; a profile URL (:func:`is_profile_url`) is none."""
    return bool(raw.get("jsonld_authors") or tagged_author(raw) or any(
        (v := raw.get(k)) and not is_profile_url(v) for k in AUTHOR_TAGS))


def tagged_authors(head: dict[str, Any]) -> list[str]:
    """Every distinct author-like ``<meta>`` value in :data:`AUTHOR_TAGS` order (a generic
    ``author`` tag holding the publisher may sit beside a precise ``citation_author``)."""
    values = [head.get(key) for key in AUTHOR_TAGS]
    found = [v.strip() for v in values if isinstance(v, str) and v.strip() and not v.startswith("http")]
    first = tagged_author(head)
    return list(dict.fromkeys([first, *found] if first else found))


def tagged_author(head: dict[str, Any]) -> str | None:
    """The author in ``<meta>`` tags: ``author``-like names, then a Yoast/Slack label pair
    (``twitter:label1 = "Written by"``, ``twitter:data1 = name``)."""
    for key in AUTHOR_TAGS:
        value = head.get(key)
        if isinstance(value, str) and value.strip() and not value.startswith("http"):
            return value.strip()
    for n in "12345":
        label = head.get(f"twitter:label{n}")
        if isinstance(label, str) and re.match(r"(?:written|posted|reviewed)?\s*by|author", label.strip(), re.I):
            value = head.get(f"twitter:data{n}")
            if isinstance(value, str) and value.strip():
                return value.strip()
    return None


# A link to the writer's page: "/author/jane-doe/", "/authors/jane-doe", "/contributors/jane-doe", "/?author=12".
# WordPress without pretty permalinks links its author archive as "/?author=12".
_AUTHOR_HREF_RE = re.compile(r"/(?:author|authors|contributor|contributors|writer|writers)/[^/?#]+/?(?:[?#].*)?$"
                             r"|[?&]author=\w+(?:[&#].*)?$", re.I)
_AUTHOR_BOX_RE = re.compile(r"author|avatar|byline", re.I)
_PERSON_ALT_RE = re.compile(r"^(?:(?:photo|picture|image|avatar) of\s+)?(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,2})"
                            r"(?:\s+(?:image|photo|avatar|headshot))?$")
_EDITOR_LINE_RE = re.compile(r"(?:责任编辑|编辑)\s*[:：]")
_EDITOR_TAGS = ("div", "span", "p", "li", "td", "em", "font")
# The elements holding a text piece with the word, in page order: the pieces are joined with spaces,
# so only those can hold a match ("编" and "辑" in two pieces never make one).
_EDITOR_HOLDERS = etree.XPath("//text()[contains(., '编辑')]/ancestor::*[%s]" % " or ".join(
    f"self::{t}" for t in _EDITOR_TAGS))


def editor_line(root: Any) -> str | None:
    """The first short text naming the responsible editor ("来源：X　编辑：Y"), else None."""
    if "编辑" not in root.text_content():
        return None
    for el in _EDITOR_HOLDERS(root) if root.getparent() is None else root.iter(*_EDITOR_TAGS):
        pieces = short_text(el, 100)
        if pieces is None:
            continue
        text = " ".join(" ".join(pieces).split())
        if len(text) <= 100 and _EDITOR_LINE_RE.search(text):
            return text
    return None


def author_image(root: Any) -> str | None:
    """The ``alt`` name of the author's picture: an ``<img>`` whose class, or a parent's or
    grandparent's, says author/avatar/byline (``<div class="author-image"><img alt="Jane Doe">``)."""
    for img in root.iter("img"):
        alt = " ".join((img.get("alt") or "").split())
        if not alt or len(alt) > 60:
            continue
        boxes = [img, img.getparent(), img.getparent().getparent() if img.getparent() is not None else None]
        if not any(b is not None and _AUTHOR_BOX_RE.search(b.get("class") or "") for b in boxes):
            continue
        m = _PERSON_ALT_RE.match(alt)
        if m and not _in_navigation(img):
            return m.group("name")
    return None


def author_link(root: Any) -> str | None:
    """The text of the first link to an author page outside menus and footers, else None."""
    for el in root.iter("a"):
        href = el.get("href") or ""
        if not _AUTHOR_HREF_RE.search(href):
            continue
        text = " ".join(" ".join(el.itertext()).split()) or (el.get("aria-label") or "").strip()
        if 2 <= len(text) <= 60 and len(text.split()) <= 6 and not _in_navigation(el):
            return text
    return None


# "© 2025 Jane Doe. All rights reserved.", "Copyright 2019-2025 Jane Doe": a person holding the site.
_COPYRIGHT_RE = re.compile(r"(?:©|\([cC]\)|[cC]opyright)\s*(?:(?:19|20)\d{2}\s*(?:[-–]\s*(?:(?:19|20)\d{2}|present)\s*)?)?,?\s*"
                           r"(?P<name>[A-Z][a-z\u00e0-\u024f]+(?:\s+[A-Z][a-z\u00e0-\u024f]+){1,2})(?=\s*(?:[.,|]|$|[aA]ll\b))")


def copyright_holder(root: Any) -> str | None:
    """The person-like name in the page's last copyright notice, else None (a personal site's
    owner; :func:`pipelines.meta_bylines.site_owner` checks the name against the host)."""
    for el in reversed(list(root.iter("footer"))):
        m = _COPYRIGHT_RE.search(" ".join(" ".join(el.itertext()).split()))
        if m:
            return m.group("name")
    return None


def _states_new_year(root: Any, year: str) -> bool:
    """Whether the page writes 1 January of ``year``: htmldate answers ``YYYY-01-01`` when it
    found only a year (a copyright line), which is no publication date."""
    text = " ".join(root.itertext())
    return bool(re.search(rf"{year}\s*[-/.年]\s*0?1\s*[-/.月]\s*0?1(?!\d)|(?:jan|january)\.?\s+0?1(?:st)?,?\s+{year}"
                          rf"|\b0?1\s+(?:jan|january)\.?,?\s+{year}", text, re.I))


def _trafilatura_author(root: Any) -> str | None:
    """``trafilatura.metadata.extract_author(root)``, without its copy of the whole tree when
    no author XPath can match.  Its XPaths test only tags and attributes (and a ``rel``
    child's text), and the pruning of the copy only removes elements, so an XPath that
    matches nothing in ``root`` matches nothing in the pruned copy either: the answer is
    None without the copy.  A page with a ``<rel>`` element takes the full path; otherwise
    :func:`pipelines.meta_author_xpaths.extract_author` gives the same answer without copying."""
    from pipelines import meta_author_xpaths as author_xpaths

    if root.find(".//rel") is not None:
        return author_xpaths.extract_author(root)  # trafilatura's own path
    if not _author_words(root):
        return None
    found = author_xpaths.matching(root)  # the walk of any_match, its matches kept
    if not (author_xpaths.any_match(root) if found is None else found):
        return None
    return author_xpaths.extract_author(root, found)  # trafilatura's answer, without its copy of the page


#: Every name or value trafilatura's author XPaths look for, lower-cased (their ``re:test`` calls
#: back into Python for each attribute: ~0.15 s a page).  ``tests/test_speed_equivalents.py``
#: pins the XPaths these were read from.
AUTHOR_WORDS = ("author", "byl", "bbl", "username", "zuozhe", "bianji", "xiaobian", "channel-name",
                "submitted-by", "posted-by", "journalist-name", "screenname", "writer")
#: The attributes those XPaths test.
AUTHOR_ATTRIBUTES = ("class", "id", "rel", "itemprop", "data-testid", "data-component")
#: One XPath an attribute: a union of them makes libxml2 merge the node sets in document order,
#: which cost more than the search (the order of the values does not matter to it).
_ATTRIBUTES = tuple(etree.XPath(f"//@{name}", smart_strings=False) for name in AUTHOR_ATTRIBUTES)


def _author_words(root: Any) -> bool:
    """Whether a value of one of :data:`AUTHOR_ATTRIBUTES` on the page (or an ``<author>``
    element) holds one of :data:`AUTHOR_WORDS`: the XPaths test only those attributes (besides
    ``<rel>``, checked apart), so without one of those words none of them can match."""
    for attribute_values in _ATTRIBUTES:  # no word holds a space: joined or apart is the same
        values = " ".join(attribute_values(root)).lower()
        if any(word in values for word in AUTHOR_WORDS):
            return True
    return root.find(".//author") is not None


@functools.cache
def _quiet_libraries() -> None:
    """Silence htmldate's and trafilatura's loggers once per process: their per-page
    warnings about malformed dates and markup are expected here and say nothing to a user."""
    logging.getLogger("htmldate").disabled = True
    logging.getLogger("trafilatura").disabled = True


def fallbacks(root: Any, url: str | None, raw: dict[str, Any]) -> dict[str, Any]:
    """``visible_author`` and ``visible_date`` from the libraries, only where ``raw`` (the
    parse stage's collected values) has no structured author or date.  Never raises: a
    library failure on a malformed page means nothing found."""
    out: dict[str, Any] = {}
    _quiet_libraries()
    if not has_structured_date(raw):
        from pipelines.meta_htmldate import find_date

        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                found = find_date(root, url)
        except Exception:  # noqa: BLE001 -- htmldate on a malformed page: no date
            found = None
        if found and not (found.endswith("-01-01") and not _states_new_year(root, found[:4])):
            out["visible_date"] = found
    if not has_structured_author(raw):
        try:
            author = _trafilatura_author(root)
        except Exception:  # noqa: BLE001 -- trafilatura on a malformed page: no author
            author = None
        if author:
            out["visible_author"] = author
        labelled = labelled_byline(root) or author_link(root) or author_image(root)
        holder = copyright_holder(root)
        if holder:
            out["copyright_holder"] = holder
        editor = editor_line(root)
        if editor:
            out["editor_line"] = editor
        if labelled:
            out["labelled_author"] = labelled
    return out
