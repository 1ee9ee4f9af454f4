"""The page's own metadata as found by the parse stage: :class:`PageMeta`, ``Document.meta``.

Every field is the raw string as the page states it (white space collapsed, not yet
normalized); the metadata stage turns them into ``Document.title``, ``authors``,
``published_at`` ...  Fields the page does not have are None (lists: empty).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any


@dataclass
class PageMeta:
    """Raw page metadata, filled by :mod:`pipelines.parse` and read by later stages."""

    html_title: str | None = None
    """Text of ``<title>``."""
    h1: str | None = None
    """Text of the first non-empty ``<h1>``."""
    h1s: list[str] = field(default_factory=list)
    """Texts of every non-empty ``<h1>`` in page order (nav and logo headings included)."""
    anchored_h1s: list[str] = field(default_factory=list)
    """Texts of the ``<h1>``s that link to themselves (``<a id="x" href="#x">``): section headings
    with a permalink, as Markdown renderers write them; never the headline."""
    head: dict[str, str] = field(default_factory=dict)
    """Every ``<meta>`` tag: lower-cased ``property``/``name``/``itemprop`` -> ``content``
    (first one wins): ``og:title``, ``og:site_name``, ``author``, ``article:published_time`` ..."""
    canonical: str | None = None
    """``<link rel=canonical href>``."""
    lang: str | None = None
    """``<html lang>``, as written (``"en-US"``)."""
    jsonld: dict[str, Any] = field(default_factory=dict)
    """The first JSON-LD object typed as an article (``NewsArticle``, ``BlogPosting`` ...), as
    parsed; ``{}`` when the page has none."""
    jsonld_authors: list[str] = field(default_factory=list)
    """Author names from JSON-LD (article authors; ``@id`` references to a ``Person`` in the
    ``@graph`` resolved), in order."""
    jsonld_author_orgs: list[str] = field(default_factory=list)
    """Those of :attr:`jsonld_authors` typed ``Organization``."""
    jsonld_published: str | None = None
    """``datePublished`` (else ``dateCreated``) of the article object, else of any JSON-LD
    object on the page (a ``WebPage``); ISO 8601 as written."""
    jsonld_modified: str | None = None
    """``dateModified`` of the same object."""
    time_datetime: str | None = None
    """``datetime`` attribute of the first ``<time>`` element."""
    byline: str | None = None
    """Text of the byline element (class/id hint, ``rel=author``, ``itemprop=author``, or the
    profile's ``byline`` selector): ``"By Jane Doe, Reporter"``."""
    info_byline: list[str] = field(default_factory=list)
    """Names read from an info bar outside the body (``"来源：X　作者：记者 A"``)."""
    date_text: str | None = None
    """Text of the date element (hint or the profile's ``published`` selector) or of an info
    line with a date: ``"2021-05-26 07:05"``, ``"May 26, 2021"``."""
    section_text: str | None = None
    """The profile's ``section`` selector text."""
    breadcrumbs: list[str] = field(default_factory=list)
    """Link texts of the breadcrumb trail, in order."""
    source_text: str | None = None
    """The credited source from an info line outside the body (``来源：证券日报`` -> ``证券日报``)."""
    source_line: str | None = None
    """The credited source from a ``来源：X``/``Source: X`` line removed from the body by
    :mod:`pipelines.boilerplate`."""
    date_line: str | None = None
    """A date/info line removed from the body by :mod:`pipelines.boilerplate`."""
    visible_author: str | None = None
    """Author text of the page's visible byline as read by trafilatura's byline rules
    (``trafilatura.metadata.extract_author``); only looked for when the page has no
    structured author (JSON-LD or ``<meta name=author>``)."""
    labelled_author: str | None = None
    """A visible author label's name ("Written by Jane Doe", ``<h3>Author</h3><p>Jane Doe</p>``)
    or the text of a link to an author page (``/author/jane-doe``), outside menus and footers;
    looked for under the same condition as :attr:`visible_author`."""
    copyright_holder: str | None = None
    """A person-like name in the page's last ``<footer>`` copyright notice ("© 2025 Jane Doe"),
    looked for under the same condition as :attr:`visible_author`."""
    editor_line: str | None = None
    """A short page text naming the responsible editor ("来源：X　编辑：Y"), looked for under the
    same condition as :attr:`visible_author`; credited only when no writer is."""
    headline_dates: list[str] = field(default_factory=list)
    """Dates written in the visible text beside the headline ``<h1>`` (on a page without one, the
    element repeating the ``<title>``; 300 characters before it to
    1500 after: kicker, byline, dateline, lede), in page order, as written ("Dec 18, 2025",
    "2025年12月18日 08:30"); one labelled as a change reads ``"updated Dec 18, 2025"``."""
    page_dates: list[str] = field(default_factory=list)
    """Every date written in the page's visible text (as :attr:`headline_dates` gives them), in
    page order; only read when the page has a JSON-LD ``datePublished`` and every date beside the
    headline is labelled "updated" (it tells whether the page ever prints its publication)."""
    visible_date: str | None = None
    """``YYYY-MM-DD`` publication date found by htmldate (``find_date(original_date=True)``);
    only looked for when the page has no structured date (JSON-LD, ``<meta>``, ``<time>``)."""
    page_stats: dict[str, Any] = field(default_factory=dict)
    """Page shape used by :mod:`pipelines.validate` to reject non-articles: ``paragraphs``
    (int), ``blocks`` (int), ``link_density`` (0..1), ``links`` (int), ``password_field``
    (bool), plus whatever else the parse stage measures (see :mod:`pipelines.parse`)."""
    candidate: str | None = None
    """Which generic candidate gave the blocks: ``"trafilatura"`` or ``"own"`` (None: a
    site profile's selectors did, or plain text)."""
    alternative: list = field(default_factory=list)
    """The generic candidate's blocks that were not chosen (see :attr:`candidate`): the
    boilerplate stage falls back to them when the chosen blocks hold no running text."""
    stage_errors: dict[str, int] = field(default_factory=dict)
    """Internal errors of the enrichment stages that were caught (claims, entities):
    stage name -> count; the article was kept without that stage's output."""

    @classmethod
    def from_raw(cls, raw: dict[str, Any]) -> "PageMeta":
        """Build from the parse stage's collected values: keys named like a field fill it,
        every other string key is a ``<meta>`` tag and goes into :attr:`head`."""
        kinds = {f.name: (dict if "dict" in str(f.type) and not str(f.type).startswith("str") else
                          list if str(f.type).startswith("list") else str) for f in fields(cls)}
        names = set(kinds)
        if isinstance(raw.get("jsonld"), dict) and "jsonld_authors" not in raw:
            from pipelines.meta_structured import article_fields

            raw = {**article_fields(raw["jsonld"]), **raw}
        # a <meta name="jsonld"> tag's string must not stand in for the parsed JSON-LD object
        known = {k: v for k, v in raw.items() if k in names and isinstance(v, kinds[k])}
        head = {k: v for k, v in raw.items() if k not in names and isinstance(v, str)}
        meta = cls(**known)
        meta.head = {**head, **meta.head}
        return meta

    def tag(self, name: str) -> str | None:
        """One ``<meta>`` tag's content by lower-cased name (``"og:site_name"``), or None."""
        return self.head.get(name)
