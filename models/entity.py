"""Entities, their aliases (data, so users can merge) and their mentions."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, utcnow


class Entity(Base):
    __tablename__ = "entities"
    __table_args__ = (UniqueConstraint("name", "type"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Canonical name ("Financial Committee of the State Council").
    name: Mapped[str] = mapped_column(String(500))
    #: PERSON, ORG, GPE, MONEY, PERCENT or DATE.
    type: Mapped[str] = mapped_column(String(16), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    aliases = relationship("EntityAlias", back_populates="entity", cascade="all, delete-orphan")


class EntityAlias(Base):
    """A surface form that stands for an entity.

    ``key`` is the alias folded for lookup (case-folded, spaces collapsed,
    leading "the " dropped).  Pointing an alias at another entity (one UPDATE)
    merges them for every later article.
    """

    __tablename__ = "entity_aliases"
    __table_args__ = (UniqueConstraint("key", "type"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(500))
    key: Mapped[str] = mapped_column(String(500))
    type: Mapped[str] = mapped_column(String(16))

    entity = relationship("Entity", back_populates="aliases")


class Mention(Base):
    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"), index=True)
    #: The text as it appears in the body.
    text: Mapped[str] = mapped_column(Text)
    #: Character offsets in ``articles.body`` (end exclusive).
    start_char: Mapped[int] = mapped_column(Integer)
    end_char: Mapped[int] = mapped_column(Integer)
