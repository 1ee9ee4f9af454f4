"""The document that flows through every stage, offline and in the crawler.

A spider yields a :class:`Document` with only the fetch fields set; each stage in
:data:`pipelines.STAGES` fills in more fields.  The same object is the Scrapy item
(Scrapy accepts dataclass items), so the crawler and ``newsarchive extract`` run
exactly the same code.

Formats
-------
* Times are timezone-aware :class:`datetime.datetime`; ``*_at`` fields are UTC
  unless the page stated an offset (``published_at`` keeps the page's offset).
* ``blocks``: list of ``{"kind": "heading" | "paragraph", "text": str}`` in page order.
* ``body``: the block texts joined by one blank line (``"\\n\\n"``); headings are
  included as their own paragraph.  Every offset (claims, mentions) is a
  character offset into ``body``.
* ``claims``: list of dicts, see :mod:`pipelines.claims`.
* ``entities``: list of dicts, see :mod:`pipelines.entities`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pipelines.meta_record import PageMeta


@dataclass
class Document:
    # --- fetch fields (set by the spider or by the offline caller) ---
    #: URL the page was served from (after redirects); may be None offline.
    url: str | None = None
    #: The bytes exactly as served (or the text given to ``extract``).
    raw: bytes | str | None = None
    #: Response headers, names lower-cased, values decoded as latin-1.
    headers: dict[str, str] = field(default_factory=dict)
    #: HTTP status, None offline.
    status: int | None = None
    #: When the page was fetched (UTC).
    fetched_at: datetime | None = None
    #: Site profile name (``pipelines/profiles/<name>.toml``); None = generic path.
    profile: str | None = None
    #: The resolved profile (:class:`pipelines.profiles.Profile`), set once by
    #: :func:`pipelines.profiles.of` (first in decode); None = generic path.
    site: Any = field(default=None, compare=False, repr=False)
    #: What the spider knew before parsing (``section``, ``published_at``, ``title``).
    hints: dict[str, Any] = field(default_factory=dict)
    #: Where the raw response is archived: ``{"filename": str, "offset": int}``.
    warc: dict[str, Any] | None = None
    #: Crawl asked to refresh already archived pages.
    refresh: bool = False

    # --- decode ---
    #: Charset the text was decoded with (python codec name, e.g. ``gb18030``).
    encoding: str | None = None
    #: Decoded markup or plain text.
    text: str | None = None
    #: ``"html"`` or ``"text"`` (a plain-text capture such as the seed document).
    input_kind: str | None = None

    # --- parse / boilerplate / normalize / metadata ---
    blocks: list[dict[str, str]] = field(default_factory=list)
    #: Boilerplate lines removed from the body, for audit.
    removed: list[str] = field(default_factory=list)
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    #: Name of the source credited by the article ("Securities Daily").
    source: str | None = None
    published_at: datetime | None = None
    updated_at: datetime | None = None
    #: ``"en"``, ``"zh"`` or another ISO 639-1 code.
    language: str | None = None
    section: str | None = None
    #: The page's own metadata as found by the parse stage (see :class:`PageMeta`).
    meta: PageMeta = field(default_factory=PageMeta)
    #: Non-fatal problems ("profile selectors found nothing; generic path used").
    warnings: list[str] = field(default_factory=list)

    # --- validate ---
    canonical_url: str | None = None
    body: str = ""
    #: sha256 hex of ``body``.
    content_hash: str | None = None
    #: Words (Latin) plus CJK characters in ``body``.
    word_count: int = 0

    # --- claims / entities / dedup ---
    claims: list[dict[str, Any]] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    #: MinHash signature of ``body`` (list of unsigned 32-bit ints).
    minhash: list[int] | None = None

    def __post_init__(self) -> None:
        if isinstance(self.meta, dict):  # a hand-built document (tests, callers) may pass raw values
            self.meta = PageMeta.from_raw(self.meta)

    def to_json(self) -> dict[str, Any]:
        """The JSON-ready dict printed by ``newsarchive extract``."""
        return {
            "url": self.canonical_url or self.url,
            "source": self.source,
            "title": self.title,
            "authors": list(self.authors),
            "published_at": self.published_at.isoformat() if self.published_at else None,
            "updated_at": self.updated_at.isoformat() if self.updated_at else None,
            "language": self.language,
            "section": self.section,
            "encoding": self.encoding,
            "body": self.body,
            "blocks": [dict(b) for b in self.blocks],
            "claims": [dict(c) for c in self.claims],
            "entities": [dict(e) for e in self.entities],
            "removed": list(self.removed),
            "warnings": list(self.warnings),
            "content_hash": self.content_hash,
            "word_count": self.word_count,
            "error": None,
        }

    def replace(self, **changes: Any) -> "Document":
        return dataclasses.replace(self, **changes)
