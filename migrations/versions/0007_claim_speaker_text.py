"""claims: speaker as written (speaker_text); kind "partial" becomes "mixed"

Revision ID: 0007
Revises: 0005
Create Date: 2026-12-06

Issue 9: a claim keeps the speaker exactly as written at the claim ("he", "the
company", "Mr Shapps") beside the resolved ``speaker``; a reported clause holding
quoted words is one ``mixed`` claim (it was a ``partial`` claim of the quoted words).
Existing rows: ``speaker_text`` is their ``speaker`` (the only form they kept), and
``partial`` rows are renamed ``mixed`` (their span stays the quoted words).
"""
from __future__ import annotations

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: Union[str, None] = '0005'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column('claims', sa.Column('speaker_text', sa.Text(), nullable=True))
    op.execute("UPDATE claims SET speaker_text = speaker")
    op.execute("UPDATE claims SET kind = 'mixed' WHERE kind = 'partial'")


def downgrade() -> None:
    op.execute("UPDATE claims SET kind = 'partial' WHERE kind = 'mixed'")
    op.drop_column('claims', 'speaker_text')
