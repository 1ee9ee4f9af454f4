"""How articles and their claims changed over time (see :mod:`models.changes`)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow


class ArticleChange(Base):
    """One change between two versions of an article, or between a republication and
    its original.  Query it through the ``version_changes`` and
    ``republication_changes`` views."""

    __tablename__ = "article_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    #: ``version`` (against the article's previous version) or ``republication``
    #: (the republished article against the original it copies).
    scope: Mapped[str] = mapped_column(String(20), default="version")
    #: The version of ``article_id`` this change produced (1 for a republication).
    version: Mapped[int] = mapped_column(Integer)
    #: The article compared against: the article itself, or the original.
    against_article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    #: When the new version was fetched (UTC).
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: ``title``, ``byline``, ``published_at``, ``updated_at``, ``paragraph_added``,
    #: ``paragraph_removed`` or ``paragraph_edited``.
    kind: Mapped[str] = mapped_column(String(40))
    #: Paragraph index (0-based) in the new version (removed: in the old); None for fields.
    position: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)


class ClaimChange(Base):
    """A claim that appeared in a later version, was reworded, or was withdrawn.
    ``claims.claim_key`` is the claim's identity across versions."""

    __tablename__ = "claim_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    claim_key: Mapped[str] = mapped_column(String(40), index=True)
    #: The article version in which the change was seen.
    version: Mapped[int] = mapped_column(Integer)
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: ``appeared`` (in a version after the first), ``reworded`` or ``withdrawn``.
    change: Mapped[str] = mapped_column(String(20), index=True)
    speaker: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str | None] = mapped_column(String(10))
    #: The claim's text before (None when it appeared) and after (None when withdrawn).
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
