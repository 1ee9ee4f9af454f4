"""The archive over time: version changes, claim identity across versions, and the
queries behind ``newsarchive history`` and ``newsarchive claims --changed``.

Functions ``f(session, ...)``; nothing here commits.  The diffing itself is pure
(:mod:`models.changes`).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import insert, or_, select
from sqlalchemy.orm import Session

from models.article import Article, ArticleVersion
from models.change import ArticleChange, ClaimChange
from models.changes import Snapshot, diff, match_claims, snapshot
from models.claim import Claim


def new_claim_key() -> str:
    return uuid.uuid4().hex


def article_snapshot(article: Article) -> Snapshot:
    """The article row as it stands (its latest version)."""
    return snapshot(title=article.title, body=article.body or "", authors=article.authors or [],
                    published_at=article.published_at, updated_at=article.updated_at)


def record_version_changes(session: Session, article: Article, *, version: int, changed_at: datetime,
                           old: Snapshot, new: Snapshot) -> int:
    """Add the ``version`` changes of ``article`` from ``old`` to ``new``; returns how many."""
    changes = diff(old, new)
    _insert_changes(session, [dict(article_id=article.id, scope="version", version=version,
                                   against_article_id=article.id, changed_at=changed_at, **ch) for ch in changes])
    return len(changes)


def record_republication_changes(session: Session, article: Article, original: Article) -> int:
    """Add what a republication cut, added or edited against its original."""
    changes = diff(article_snapshot(original), article_snapshot(article))
    changed_at = article.fetched_at or article.first_seen_at
    _insert_changes(session, [dict(article_id=article.id, scope="republication", version=1,
                                   against_article_id=original.id, changed_at=changed_at, **ch) for ch in changes])
    return len(changes)


def _insert_changes(session: Session, rows: list[dict[str, Any]]) -> None:
    """The ``article_changes`` rows, in order, as one Core ``executemany``: the rows the ORM's
    flush of one object a change inserted (same ids, same order), without its unit of work
    (~5% of the crawler's CPU on a site of republications, wave 10)."""
    if rows:
        session.execute(ArticleChange.__table__.insert(), rows)


def assign_claim_identity(session: Session, article_id: int, doc: Any, *, version: int, changed_at: datetime,
                          record: bool) -> None:
    """Give each claim of ``doc`` its identity before the article's old claims are
    replaced: ``claim_key``, ``first_version`` and ``first_seen_at`` are set in the
    claim dicts.  A claim matching an old one keeps its key and first appearance;
    with ``record``, reworded, withdrawn and (after version 1) appeared claims are
    added to ``claim_changes``."""
    old = session.scalars(select(Claim).where(Claim.article_id == article_id).order_by(Claim.id)).all()
    new = list(doc.claims or [])
    for c in new:
        c.update(claim_key=new_claim_key(), first_version=version, first_seen_at=changed_at)
    old_dicts = [{"speaker": c.speaker, "text": c.text} for c in old]
    rows = []
    for i, j, status in match_claims(old_dicts, new):
        if i is not None and j is not None and old[i].claim_key:
            new[j].update(claim_key=old[i].claim_key, first_version=old[i].first_version,
                          first_seen_at=old[i].first_seen_at)
        if not record or status == "unchanged" or (status == "appeared" and version <= 1):
            continue
        before, after = (old[i] if i is not None else None), (new[j] if j is not None else None)
        rows.append(dict(
            article_id=article_id, claim_key=after["claim_key"] if after else before.claim_key,
            version=version, changed_at=changed_at, change=status,
            speaker=after.get("speaker") if after else before.speaker,
            kind=after.get("kind") if after else before.kind,
            before=before.text if before is not None else None,
            after=after.get("text") if after is not None else None))
    if rows:  # one executemany, in order: the rows an ORM flush would insert, without its bookkeeping
        session.execute(insert(ClaimChange), rows)


# --- queries ------------------------------------------------------------------------

def find_article(session: Session, url: str) -> Article | None:
    """The article whose canonical URL or last fetched URL is ``url``."""
    stripped = url.rstrip("/")
    return session.scalar(select(Article).where(or_(
        Article.canonical_url == url, Article.url == url, Article.canonical_url == stripped,
    )).order_by(Article.id).limit(1))


def _change_dict(ch: ArticleChange) -> dict[str, Any]:
    return {"kind": ch.kind, "position": ch.position, "before": ch.before, "after": ch.after}


def article_history(session: Session, article: Article) -> dict[str, Any]:
    """Every version of ``article`` with what changed in it, its claim changes, and
    the republications of it (or of the original it republishes) with their edits."""
    changes = session.scalars(select(ArticleChange).where(
        ArticleChange.article_id == article.id, ArticleChange.scope == "version")
        .order_by(ArticleChange.version, ArticleChange.id)).all()
    claim_changes = session.scalars(select(ClaimChange).where(ClaimChange.article_id == article.id)
                                    .order_by(ClaimChange.version, ClaimChange.id)).all()
    versions = []
    for v in session.scalars(select(ArticleVersion).where(ArticleVersion.article_id == article.id)
                             .order_by(ArticleVersion.version)):
        versions.append({
            "version": v.version, "fetched_at": v.fetched_at.isoformat() if v.fetched_at else None,
            "title": v.title, "content_hash": v.content_hash,
            "changes": [_change_dict(c) for c in changes if c.version == v.version],
            "claims": [{"change": c.change, "speaker": c.speaker, "kind": c.kind, "before": c.before,
                        "after": c.after, "claim_key": c.claim_key}
                       for c in claim_changes if c.version == v.version],
        })
    return {"url": article.canonical_url, "title": article.title, "version_count": article.version_count,
            "versions": versions, "republications": _republications(session, article)}


def _republications(session: Session, article: Article) -> list[dict[str, Any]]:
    """Republication edits touching ``article``: as the copy, or as the original."""
    rows = session.scalars(select(ArticleChange).where(
        ArticleChange.scope == "republication",
        or_(ArticleChange.article_id == article.id, ArticleChange.against_article_id == article.id))
        .order_by(ArticleChange.article_id, ArticleChange.id)).all()
    out: dict[int, dict[str, Any]] = {}
    for ch in rows:
        if ch.article_id not in out:
            copy, original = session.get(Article, ch.article_id), session.get(Article, ch.against_article_id)
            out[ch.article_id] = {"republished_url": copy.canonical_url if copy else None,
                                  "original_url": original.canonical_url if original else None,
                                  "changes": []}
        out[ch.article_id]["changes"].append(_change_dict(ch))
    return list(out.values())


def changed_claims(session: Session, *, since: datetime | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """Reworded and withdrawn claims, newest first (the rows of ``claim_timeline``)."""
    stmt = (select(ClaimChange, Article.canonical_url, Article.title)
            .join(Article, Article.id == ClaimChange.article_id)
            .where(ClaimChange.change.in_(("reworded", "withdrawn"))))
    if since is not None:
        stmt = stmt.where(ClaimChange.changed_at >= since)
    stmt = stmt.order_by(ClaimChange.changed_at.desc(), ClaimChange.id.desc()).limit(limit)
    return [{"changed_at": ch.changed_at, "change": ch.change, "speaker": ch.speaker, "before": ch.before,
             "after": ch.after, "version": ch.version, "article_url": url, "article_title": title,
             "claim_key": ch.claim_key}
            for ch, url, title in session.execute(stmt)]


def backfill_version_changes(session: Session) -> int:
    """Diff the archived versions of every article that has several but no recorded
    changes yet (archives from before migration 0005).  Returns the articles done."""
    done = set(session.scalars(select(ArticleChange.article_id).where(ArticleChange.scope == "version")
                               .distinct()))
    ids = [aid for aid in session.scalars(select(Article.id).where(Article.version_count > 1)) if aid not in done]
    for aid in ids:
        versions = session.scalars(select(ArticleVersion).where(ArticleVersion.article_id == aid)
                                   .order_by(ArticleVersion.version)).all()
        for prev, cur in zip(versions, versions[1:]):
            old = snapshot(title=prev.title, body=prev.body, authors=prev.authors,
                           published_at=prev.published_at, updated_at=prev.updated_at)
            new = snapshot(title=cur.title, body=cur.body, authors=cur.authors,
                           published_at=cur.published_at, updated_at=cur.updated_at)
            for ch in diff(old, new):
                session.add(ArticleChange(article_id=aid, scope="version", version=cur.version,
                                          against_article_id=aid, changed_at=cur.fetched_at, **ch))
    return len(ids)
