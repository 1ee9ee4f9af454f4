"""Articles and every distinct cleaned content they had (versions)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, utcnow


class Article(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Canonical URL (no fragment, no tracking parameters, one host form), unique.
    canonical_url: Mapped[str] = mapped_column(String(2048), unique=True)
    #: URL the latest version was fetched from (a mirror's URL, say).
    url: Mapped[str | None] = mapped_column(String(2048))
    #: Host the article was published on (``www.zqrb.cn``).
    domain: Mapped[str | None] = mapped_column(String(255), index=True)
    #: The source credited by the article.
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    #: Author names, as a JSON list of strings.
    authors: Mapped[list[str]] = mapped_column(default=list)
    published_at: Mapped[datetime | None] = mapped_column(index=True)
    updated_at: Mapped[datetime | None]
    #: Last time the page was fetched.
    fetched_at: Mapped[datetime | None]
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    language: Mapped[str | None] = mapped_column(String(8))
    section: Mapped[str | None] = mapped_column(String(200))
    #: Cleaned text: paragraphs (and headings) separated by one blank line.
    body: Mapped[str] = mapped_column(Text, default="")
    #: Headings and paragraphs, JSON list of ``{"kind", "text"}``.
    blocks: Mapped[list[Any]] = mapped_column(default=list)
    #: sha256 hex of ``body``.
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    word_count: Mapped[int] = mapped_column(Integer, default=0)
    #: Number of distinct cleaned contents seen (1 = never changed).
    version_count: Mapped[int] = mapped_column(Integer, default=1)
    #: MinHash signature of ``body`` (JSON list of ints), for near-duplicates.
    minhash: Mapped[list[Any] | None]
    #: First archived copy of the same story (exact or near-duplicate), if any.
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id"), index=True)
    #: Site profile used to parse the page.
    profile: Mapped[str | None] = mapped_column(String(100))

    source = relationship("Source", lazy="joined")
    versions = relationship("ArticleVersion", back_populates="article",
                            cascade="all, delete-orphan", order_by="ArticleVersion.version")


class ArticleVersion(Base):
    __tablename__ = "article_versions"
    __table_args__ = (UniqueConstraint("article_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    #: 1, 2, ... in fetch order.
    version: Mapped[int] = mapped_column(Integer)
    fetched_at: Mapped[datetime] = mapped_column(default=utcnow)
    title: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    #: Charset the raw page was decoded with.
    encoding: Mapped[str | None] = mapped_column(String(40))
    #: Byline and dates of this version (None on versions archived before migration 0005).
    authors: Mapped[list[str] | None]
    published_at: Mapped[datetime | None]
    updated_at: Mapped[datetime | None]
    #: WARC file (path relative to the WARC folder) and offset of the response record.
    warc_filename: Mapped[str | None] = mapped_column(String(500))
    warc_offset: Mapped[int | None] = mapped_column(Integer)

    article = relationship("Article", back_populates="versions")


Index("ix_articles_source_published", Article.source_id, Article.published_at)
