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

from sqlalchemy import BigInteger, ForeignKey, SmallInteger
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class ArticleBand(Base):
    __tablename__ = "article_bands"

    #: Band number, 0 .. BANDS-1.
    band: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    #: Signed 64-bit hash of the band's signature values.
    key: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True,
                                            index=True)
