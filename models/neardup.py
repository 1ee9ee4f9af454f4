"""The persistent near-duplicate index: MinHash LSH band keys, one row per band.

An article's signature (``articles.minhash``) is cut into
:data:`pipelines.dedup.BANDS` bands of :data:`pipelines.dedup.ROWS` values; each
band is hashed to a 64-bit ``key`` (:func:`pipelines.dedup.band_keys`).  Two
articles whose signatures agree on a whole band are near-duplicate candidates, so
a lookup is one indexed query over the ``(band, key)`` pairs of the new page, then
a check of the candidates' signatures.  Nothing is held in memory between pages,
and the cost of a lookup does not grow with the archive beyond the index depth.
"""

from __future__ import annotations

from typing import Iterator

from sqlalchemy import BigInteger, ForeignKey, SmallInteger, and_, delete, insert, or_, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.article import Article
from models.base import Base


class ArticleBand(Base):
    __tablename__ = "article_bands"

    #: Band number, 0 .. BANDS-1.
    band: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    #: Signed 64-bit hash of the band's signature values.
    key: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True,
                                            index=True)



def band_candidates(session: Session, keys: list[tuple[int, int]], *,
                    chunk: int = 16) -> Iterator[tuple[int, list[int]]]:
    """``(article id, minhash)`` of the articles sharing at least one LSH band
    ``(band, key)`` with ``keys`` (see :mod:`models.neardup`), in id order.

    The ids come from one indexed query; the signatures are read ``chunk`` ids at a
    time, so a caller that stops at the first match (a page copied many times has
    many candidates) reads a few signatures, not all of them."""
    if not keys:
        return
    # OR of equalities, not a row-value IN: SQLite scans the whole table for the latter
    ids = sorted(set(session.scalars(select(ArticleBand.article_id).where(
        or_(*[and_(ArticleBand.band == b, ArticleBand.key == k) for b, k in keys])))))
    for start in range(0, len(ids), chunk):
        stmt = (select(Article.id, Article.minhash).where(Article.id.in_(ids[start:start + chunk]))
                .order_by(Article.id))
        for aid, sig in session.execute(stmt).all():
            if sig:
                yield aid, sig


def set_bands(session: Session, article_id: int, keys: list[tuple[int, int]]) -> None:
    """Make ``keys`` the article's LSH bands (replacing any it had)."""
    session.execute(delete(ArticleBand).where(ArticleBand.article_id == article_id))
    if keys:
        session.execute(insert(ArticleBand), [{"band": b, "key": k, "article_id": article_id} for b, k in keys])
