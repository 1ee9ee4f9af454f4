"""Writing finished documents to the archive: exact and near-duplicate links, the
persistent LSH bands, sources under their canonical names.

Used by the crawl's store pipeline (:mod:`crawler.store_pipeline`), ``reprocess`` and WARC
import alike; it knows nothing of Scrapy.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from models import store
from models.batch import WriteCache
from pipelines.document import Document

def register_sources(session: Session) -> None:
    """Record every profile's source under its canonical name with its aliases, so
    a page that prints another of its names ("证券日报") is credited to the same source."""
    from pipelines import profiles

    for prof in profiles.sources():
        assert prof.source_name is not None
        domain = store.bare_domain(prof.domains[0]) if prof.domains and prof.source_kind == "original" else None
        store.get_or_create_source(session, prof.source_name, domain=domain, kind=prof.source_kind,
                                   language=prof.language, aliases=prof.source_aliases)


def near_duplicate_of(session: Session, doc: Document, lookups: Any = None) -> int | None:
    """The first archived article (lowest id) whose body is a near-duplicate of
    ``doc``'s, from the persistent LSH index: one indexed query, then the
    candidates' signatures checked against :data:`pipelines.lsh_keys.NEAR_DUP_THRESHOLD`.
    With ``lookups`` (:class:`pipelines.store_lookups.BatchLookups`) the index was
    read for the whole batch."""
    from pipelines.lsh_keys import NEAR_DUP_THRESHOLD, band_keys, jaccard

    if not doc.minhash:
        return None
    candidates = (lookups.band_candidates(doc) if lookups is not None
                  else store.band_candidates(session, band_keys(doc.minhash)))
    for aid, sig in candidates:
        if len(sig) == len(doc.minhash) and jaccard(doc.minhash, sig) >= NEAR_DUP_THRESHOLD:
            return aid
    return None


def write_document(session: Session, doc: Document, *, source_kind: str,
                   cache: WriteCache | None = None, pending: list | None = None, lookups: Any = None) -> str:
    """Save one document (exact and near-duplicate links included); returns the
    store status (``new``/``updated``/``unchanged``).  With ``pending`` (a list),
    claims and mentions are not written but ``(article id, doc)`` is appended, for
    :func:`models.batch.write_annotations` over the whole batch.  With ``lookups``
    (:class:`pipelines.store_lookups.BatchLookups` of the batch), the archive's
    answers come from it and the band rows wait for its ``finish()``."""
    if lookups is not None:
        return write_looked_up(session, doc, source_kind=source_kind, cache=cache, pending=pending,
                               lookups=lookups)[1]
    from pipelines.lsh_keys import band_keys

    duplicate_of = None
    if doc.content_hash:
        duplicate_of = store.find_exact_duplicate(session, doc.content_hash, exclude_url=doc.canonical_url)
    if duplicate_of is None and doc.minhash and not store.is_archived(session, doc.canonical_url or doc.url):
        duplicate_of = near_duplicate_of(session, doc)
    article, status = store.save_article(session, doc, source_kind=source_kind, duplicate_of_id=duplicate_of,
                                         cache=cache, annotate=pending is None)
    if pending is not None and status != store.UNCHANGED:
        pending.append((article.id, doc))
    if status != store.UNCHANGED and doc.minhash:
        store.set_bands(session, article.id, band_keys(doc.minhash))
    store.resolve_rejects(session, sorted({doc.url, doc.canonical_url} - {None, ""}))
    return status


def write_looked_up(session: Session, doc: Document, *, source_kind: str, cache: WriteCache | None,
                    pending: list | None, lookups: Any) -> tuple[Any, str]:
    """:func:`write_document` with the batch's answers (same rows written); returns
    ``(article row, status)``."""
    url = doc.canonical_url or doc.url
    existing = lookups.article(url) if url else None
    duplicate_of = None
    if doc.content_hash:
        duplicate_of = lookups.exact_duplicate(doc.content_hash, exclude_url=doc.canonical_url)
    if duplicate_of is None and doc.minhash and existing is None:
        duplicate_of = near_duplicate_of(session, doc, lookups)
    article, status = store.save_article(session, doc, source_kind=source_kind, duplicate_of_id=duplicate_of,
                                         cache=cache, annotate=pending is None, existing=existing,
                                         original_of=lookups.original, sources=lookups.sources, light=True)
    if pending is not None and status != store.UNCHANGED:
        pending.append((article.id, doc))
    lookups.written(doc, article, status == store.UNCHANGED)
    if urls := lookups.rejects_to_resolve({doc.url, doc.canonical_url} - {None, ""}):
        store.resolve_rejects(session, urls)
    return article, status
