"""Writing re-extracted pages back to the archive, a batch at a time.

``reprocess`` extracts many archived pages whose rows mostly stay as they are.  Written
one document at a time, each page asked the archive ten questions (is the URL archived,
which article has the same body, its previous fetch time, open rejects, its claims, its
mentions ...).  :func:`write_batch` asks them once per batch, the way the crawl's store does
(:class:`pipelines.store_lookups.BatchLookups`, :func:`models.batch.write_annotations`), and
compares the claims and mentions of the unchanged articles with two queries.

What an unchanged article's refresh compares (:func:`annotation_keys`): claims by kind,
speaker, text and offsets; mentions by entity type, mention text and offsets.  Not by
entity name: the archive keeps an entity under its canonical name (the first form seen),
which need not be the form this page's extraction gives, so comparing names rewrote the
mentions of such articles on every run without changing anything.
"""

from __future__ import annotations

from typing import Any, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import store
from models.batch import WriteCache, chunks, write_annotations
from models.claim import Claim
from models.entity import Entity, Mention
from pipelines.base import Rejected
from pipelines.document import Document
from pipelines.store_lookups import BatchLookups

#: Article fields refreshed in place when the body is unchanged (new value kept only when not empty).
REFRESHED_FIELDS = ("title", "authors", "published_at", "updated_at", "language", "section", "blocks",
                    "word_count", "minhash", "profile")

#: Extra outcomes beside the store's new/updated/unchanged.
REJECTED = "rejected"
REFRESHED = "refreshed"

Keys = tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]


def _sorted(rows: Iterable[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    return sorted(rows, key=repr)


def doc_keys(doc: Document) -> Keys:
    """``(claim keys, mention keys)`` the document would write."""
    claims = _sorted((c.get("kind", "direct"), c.get("speaker"), c.get("text", ""), int(c.get("start", 0)),
                      int(c.get("end", 0))) for c in doc.claims or [])
    mentions = _sorted((e.get("type"), m.get("text", ""), int(m.get("start", 0)), int(m.get("end", 0)))
                       for e in doc.entities or [] if e.get("name") and e.get("type")
                       for m in e.get("mentions") or [])
    return claims, mentions


def annotation_keys(session: Session, article_ids: list[int]) -> dict[int, Keys]:
    """``article id -> (claim keys, mention keys)`` as archived, two queries a chunk."""
    claims: dict[int, list] = {aid: [] for aid in article_ids}
    mentions: dict[int, list] = {aid: [] for aid in article_ids}
    for chunk in chunks(sorted(article_ids)):
        for aid, *key in session.execute(
                select(Claim.article_id, Claim.kind, Claim.speaker, Claim.text, Claim.start_char, Claim.end_char)
                .where(Claim.article_id.in_(chunk))):
            claims[aid].append(tuple(key))
        for aid, *key in session.execute(
                select(Mention.article_id, Entity.type, Mention.text, Mention.start_char, Mention.end_char)
                .join(Entity, Entity.id == Mention.entity_id).where(Mention.article_id.in_(chunk))):
            mentions[aid].append(tuple(key))
    return {aid: (_sorted(claims[aid]), _sorted(mentions[aid])) for aid in article_ids}


def refresh_in_place(session: Session, article: Any, doc: Document, have: Keys | None = None,
                     cache: WriteCache | None = None) -> bool:
    """Same body, newer extraction: update the article's other fields, claims and
    mentions where the stages now say something else (``have``: the archived keys,
    read here when not given).  Returns whether anything changed."""
    changed = False
    for name in REFRESHED_FIELDS:
        value = getattr(doc, name, None)
        if name == "minhash" and value is not None:
            value = list(value)
        if value in (None, "", []):
            continue
        if getattr(article, name) != value:
            setattr(article, name, value)
            changed = True
    if have is None:
        have = annotation_keys(session, [article.id])[article.id]
    if have != doc_keys(doc):
        store.replace_annotations(session, article, doc, cache)
        changed = True
    if changed:
        session.flush()
    return changed


def _reject(session: Session, item: Rejected, url: str | None, lookups: BatchLookups) -> str:
    url = url or item.get("url")
    store.record_reject(session, url=url, stage=item["stage"], reason=item["reason"], payload=item["payload"])
    lookups.rejected(url)
    return REJECTED


def write_batch(session: Session, items: list[tuple[str | None, Document | Rejected]], *,
                cache: WriteCache, source_kind: Any, refresh: bool = True) -> list[str]:
    """Store ``[(canonical URL, extracted document or reject), ...]`` in ``session``'s
    transaction; returns each item's outcome (``new``, ``updated``, ``unchanged``,
    ``refreshed``, ``rejected``).  Same rows as storing them one by one; a re-extraction
    is not a newer fetch (an article's ``fetched_at`` never goes back)."""
    from pipelines.urls import canonical_url as canonical
    from pipelines.store import write_looked_up

    docs = [doc for _url, doc in items if isinstance(doc, Document)]
    for url, doc in items:
        if isinstance(doc, Document):
            doc.canonical_url = url or doc.canonical_url or (canonical(doc.url) if doc.url else None)
    lookups = BatchLookups(session, docs, known_sources=cache.source_ids)
    previous = {url: a.fetched_at for url, a in lookups.articles.items() if a is not None and a is not ...}
    pending: list[tuple[int, Document]] = []
    outcomes: list[str] = []
    unchanged: list[tuple[int, Any, Document]] = []
    for url, doc in items:
        if not isinstance(doc, Document):
            outcomes.append(_reject(session, doc, url, lookups))
            continue
        article, status = write_looked_up(session, doc, source_kind=source_kind(doc.profile), cache=cache,
                                          pending=pending, lookups=lookups)
        before = previous.get(article.canonical_url)
        if before is not None and article.fetched_at is not None and before > article.fetched_at:
            article.fetched_at = before
        if status == store.UNCHANGED:
            unchanged.append((len(outcomes), article, doc))
        outcomes.append(status)
    lookups.finish()
    write_annotations(session, cache, pending)
    if refresh and unchanged:
        have = annotation_keys(session, [a.id for _i, a, _d in unchanged])
        for i, article, doc in unchanged:
            if refresh_in_place(session, article, doc, have[article.id], cache):
                outcomes[i] = REFRESHED
    return outcomes
