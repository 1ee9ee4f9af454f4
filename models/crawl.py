"""Crawl runs (one row per crawl, for auditing cron) and rejects."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow


class CrawlRun(Base):
    __tablename__ = "crawl_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    spider: Mapped[str] = mapped_column(String(100), index=True)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    #: ``running``, ``finished`` (clean), ``failed`` (see crawler.outcome), ``interrupted``,
    #: ``killed`` (its process died without closing the row; closed by the next run).
    status: Mapped[str] = mapped_column(String(20), default="running")
    #: Scrapy's close reason ("finished", "shutdown", "closespider_...").
    finish_reason: Mapped[str | None] = mapped_column(String(100))
    #: Spider arguments (``-a``) of the run.
    args: Mapped[dict[str, Any]] = mapped_column(default=dict)
    #: Scrapy stats at the end of the run, JSON.
    stats: Mapped[dict[str, Any]] = mapped_column(default=dict)
    articles_new: Mapped[int] = mapped_column(Integer, default=0)
    articles_updated: Mapped[int] = mapped_column(Integer, default=0)
    rejects: Mapped[int] = mapped_column(Integer, default=0)
    #: Conditional requests answered ``304 Not Modified`` (nothing downloaded or parsed).
    not_modified: Mapped[int] = mapped_column(Integer, default=0)
    hostname: Mapped[str | None] = mapped_column(String(255))
    pid: Mapped[int | None] = mapped_column(Integer)


class Reject(Base):
    __tablename__ = "rejects"

    id: Mapped[int] = mapped_column(primary_key=True)
    crawl_run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id", ondelete="SET NULL"), index=True)
    url: Mapped[str | None] = mapped_column(String(2048), index=True)
    #: Stage that refused the page (fetch, decode, parse, validate, store, ...).
    stage: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: What is needed to retry: headers, WARC location, profile, hints.
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    #: Set when a retry succeeded.
    resolved_at: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(Integer, default=1)


class HttpValidator(Base):
    """The ``ETag`` and ``Last-Modified`` a URL was last served with, sent back as
    ``If-None-Match`` / ``If-Modified-Since`` by the next crawl."""

    __tablename__ = "http_validators"

    #: Canonical URL (mirror crawls share the real site's rows).
    url: Mapped[str] = mapped_column(String(2048), primary_key=True)
    etag: Mapped[str | None] = mapped_column(String(500))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    #: Listings, feeds and sitemaps the page linked to, ``[[canonical URL, kind], ...]``:
    #: still followed (conditionally) when the page answers 304.
    links: Mapped[list[Any] | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
