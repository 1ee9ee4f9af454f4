"""What a pool worker does for ``reprocess``: read one archived raw page and extract it.

The parent (:func:`pipelines.reprocess.reprocess`) sends where the page is (:class:`RawPage`:
a WARC file, an offset and what the archive knows of the article, ~200 bytes) instead of
the page; the worker reads and decompresses the record, runs every stage and sends back
only what the store writes: the finished document without the raw bytes and without the
decoded markup (``Document.text``, as large as the page: ~90% of a pickled result), or the
:class:`~pipelines.base.Rejected`, or :class:`Unreadable`.  The parent, which shares the
cores with its workers, then only selects rows and writes results.

This module imports only what a worker needs (no SQLAlchemy, no store).
"""

from __future__ import annotations

import os
from datetime import datetime
from typing import Any, NamedTuple

from pipelines.base import Rejected
from pipelines.document import Document


class RawPage(NamedTuple):
    """Where an article's latest raw page is archived, and what the spider knew of it."""

    url: str
    filename: str
    offset: int
    profile: str | None = None
    section: str | None = None
    fetched_at: datetime | None = None


class Unreadable(NamedTuple):
    """The WARC file or record of a :class:`RawPage` could not be read."""

    error: str


def document_from_raw(url: str, body: bytes, headers: dict[str, str], *, status: int | None = 200,
                      warc: dict[str, Any] | None = None, profile: str | None = None,
                      hints: dict[str, Any] | None = None, fetched_at: datetime | None = None) -> Document:
    """A fetch-only :class:`Document` for a raw page read back from an archive,
    as the spider would have yielded it (profile chosen from the URL when not given)."""
    if profile is None:
        from pipelines.profiles import for_url

        found = for_url(url)
        profile = found.name if found else None
    return Document(url=url, raw=body, headers={k.lower(): v for k, v in headers.items()}, status=status,
                    fetched_at=fetched_at, profile=profile, hints=dict(hints or {}), warc=warc)


def read_raw(warc_root: str | os.PathLike[str], page: RawPage) -> Document | Unreadable:
    """The fetch-only Document of ``page``, or :class:`Unreadable`."""
    from pipelines.warcread import read_response

    try:
        resp = read_response(warc_root, page.filename, page.offset)
    except (OSError, ValueError) as exc:
        return Unreadable(str(exc))
    hints = {"section": page.section} if page.section else {}
    return document_from_raw(page.url, resp.body, resp.headers, status=resp.status,
                             warc={"filename": page.filename, "offset": page.offset},
                             profile=page.profile, hints=hints, fetched_at=page.fetched_at)


def reextract(warc_root: str | os.PathLike[str], page: RawPage) -> Document | Rejected | Unreadable:
    """Every stage on the raw page of ``page`` (run in a worker, or inline)."""
    from pipelines.pool import extract_document

    doc = read_raw(warc_root, page)
    if isinstance(doc, Unreadable):
        return doc
    result, _events = extract_document(doc)
    if isinstance(result, Document):
        result.raw = None  # neither is written by the store
        result.text = None
    return result
