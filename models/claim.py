"""Claims: who said what, in which article."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class Claim(Base):
    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    #: ``direct`` (quotation), ``mixed`` (reported clause holding quoted words) or ``indirect``.
    kind: Mapped[str] = mapped_column(String(10))
    #: Who it is: pronouns and short forms resolved to the fullest name; anonymous sources as written.
    speaker: Mapped[str | None] = mapped_column(Text)
    #: The speaker exactly as written at this claim ("he", "the company", "Mr Shapps").
    speaker_text: Mapped[str | None] = mapped_column(Text)
    speaker_role: Mapped[str | None] = mapped_column(Text)
    speaker_org: Mapped[str | None] = mapped_column(Text)
    #: The speaker's canonical entity, when the speaker is a named person or organization.
    speaker_entity_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id", ondelete="SET NULL"), index=True)
    #: Attribution verb or phrase ("said", "told", "according to", "表示").
    cue: Mapped[str | None] = mapped_column(String(100))
    #: The quotation without its marks, or the reported clause.
    text: Mapped[str] = mapped_column(Text)
    #: Character offsets of ``text`` in ``articles.body`` (end exclusive).
    start_char: Mapped[int] = mapped_column(Integer)
    end_char: Mapped[int] = mapped_column(Integer)
    #: Index of the block (heading or paragraph) where the claim starts.
    paragraph: Mapped[int] = mapped_column(Integer)
    #: The claim's identity across versions of its article (kept when a new version
    #: says the same thing, or rewords it; see ``claim_changes``).
    claim_key: Mapped[str | None] = mapped_column(String(40), index=True)
    #: Version of the article in which the claim first appeared, and when (None:
    #: archived before migration 0005).
    first_version: Mapped[int | None] = mapped_column(Integer)
    first_seen_at: Mapped[datetime | None]
