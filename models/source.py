"""Sources: publishers credited by articles and the sites they are fetched from."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow


class Source(Base):
    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Display name, unique ("Securities Daily").
    name: Mapped[str] = mapped_column(String(200), unique=True)
    #: Main domain without ``www.`` ("zqrb.cn"), None when unknown.
    domain: Mapped[str | None] = mapped_column(String(255))
    #: ``original`` (publishes its own reporting), ``republisher`` or ``aggregator``.
    kind: Mapped[str] = mapped_column(String(20), default="original")
    #: ISO 639-1 code of the source's main language.
    language: Mapped[str | None] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
