"""Sources: publishers credited by articles, and every name each one goes by.

One newspaper is one source: its canonical ``name`` plus ``source_aliases``
(other languages, spellings, the name printed on its pages).  Merging two
sources is SQL: point the aliases and articles of one at the other.
"""

from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow


def source_key(name: str) -> str:
    """Lookup form of a source name: case-folded, spaces collapsed, no leading "the"."""
    key = re.sub(r"\s+", " ", name).strip().casefold()
    return re.sub(r"^the ", "", key).strip(" .,'\u2019\"")


class Source(Base):
    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Canonical display name, unique ("Securities Daily").
    name: Mapped[str] = mapped_column(String(200), unique=True)
    #: Main domain without ``www.`` ("zqrb.cn"), None when unknown.
    domain: Mapped[str | None] = mapped_column(String(255))
    #: ``original`` (publishes its own reporting), ``republisher`` or ``aggregator``.
    kind: Mapped[str] = mapped_column(String(20), default="original")
    #: ISO 639-1 code of the source's main language.
    language: Mapped[str | None] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class SourceAlias(Base):
    """A name a source goes by ("证券日报" for Securities Daily); the canonical name is one too."""

    __tablename__ = "source_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    #: The name as written.
    name: Mapped[str] = mapped_column(String(200))
    #: :func:`source_key` of ``name``: unique, so a name belongs to one source.
    key: Mapped[str] = mapped_column(String(200), unique=True)
