"""PostgreSQL search: the article id inside the full-text GIN indexes (btree_gin)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07

Search looks for a term's matches among the newest articles first (an id range, see
``models/search_pg.py``).  With the id in a separate btree, PostgreSQL reads the
term's whole posting list from the GIN index and ANDs it with the range: a common
word or CJK character pair costs its posting list (349,018 rows, ~0.4 s at a million
articles), however small the range.  With ``id`` as a second column of the same
GIN index (``btree_gin``), the index scan skips to the range inside the posting
lists: the cost follows the matches in the range (~1.5 ms).  A query on the
tsvector alone uses the same index.  SQLite: nothing changes.
"""
from __future__ import annotations

from typing import Sequence, Union

from alembic import op

revision: str = '0008'
down_revision: Union[str, None] = '0007'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

PG_UP = [
    # Trusted extension since PostgreSQL 13: the database owner may create it.
    "CREATE EXTENSION IF NOT EXISTS btree_gin",
    "CREATE INDEX IF NOT EXISTS ix_articles_fts_vector_id ON articles USING gin (fts_vector, id)",
    "DROP INDEX IF EXISTS ix_articles_fts_vector",
    "CREATE INDEX IF NOT EXISTS ix_articles_fts_cjk_id ON articles USING gin (fts_cjk, id)",
    "DROP INDEX IF EXISTS ix_articles_fts_cjk",
]
PG_DOWN = [
    "CREATE INDEX IF NOT EXISTS ix_articles_fts_vector ON articles USING gin (fts_vector)",
    "DROP INDEX IF EXISTS ix_articles_fts_vector_id",
    "CREATE INDEX IF NOT EXISTS ix_articles_fts_cjk ON articles USING gin (fts_cjk)",
    "DROP INDEX IF EXISTS ix_articles_fts_cjk_id",
]


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for sql in PG_UP:
            op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for sql in PG_DOWN:
            op.execute(sql)
    # btree_gin stays: other objects may use it, and it costs nothing unused.
