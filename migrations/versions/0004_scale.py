"""scale: persistent near-duplicate index (article_bands); CJK grams for PostgreSQL search

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06

``article_bands``: the MinHash LSH band keys of every article with a signature
(9 bands of 13 values, each hashed with BLAKE2b to a signed 64-bit int), primary
key ``(band, key, article_id)`` so a near-duplicate lookup is one index range scan
per band, plus an index on ``article_id`` for deletes.  The upgrade fills it from
``articles.minhash``; the hashing is frozen here (it must equal
``pipelines.dedup.band_keys``, which a test checks).

PostgreSQL: ``articles.fts_cjk``, a stored generated ``tsvector`` of every CJK
character and every pair of adjacent CJK characters of title and body
(``newsarchive_cjk_grams``), with a GIN index: one- and two-character Chinese
words are index lookups, longer ones an AND of their pairs rechecked by
substring.  pg_trgm cannot index terms under three characters.  SQLite is
unchanged (its FTS5 tables answer these already).
"""
from __future__ import annotations

import hashlib
import json
import struct
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: Union[str, None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

BANDS, ROWS, NUM_PERM = 9, 13, 128


def _band_keys(signature: list[int]) -> list[tuple[int, int]]:
    out = []
    for band in range(BANDS):
        data = struct.pack(f"<{ROWS}I", *signature[band * ROWS:(band + 1) * ROWS])
        out.append((band, int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little", signed=True)))
    return out


def _backfill(conn: sa.Connection) -> None:
    bands = sa.table("article_bands", sa.column("band"), sa.column("key"), sa.column("article_id"))
    last = 0
    while True:
        rows = conn.execute(sa.text("SELECT id, minhash FROM articles WHERE minhash IS NOT NULL AND id > :last "
                                    "ORDER BY id LIMIT 5000"), {"last": last}).all()
        if not rows:
            return
        out = []
        for aid, sig in rows:
            sig = json.loads(sig) if isinstance(sig, str) else sig
            if sig and len(sig) == NUM_PERM:
                out += [{"band": b, "key": k, "article_id": aid} for b, k in _band_keys(sig)]
        if out:
            conn.execute(bands.insert(), out)
        last = rows[-1][0]


# CJK runs of a text -> its distinct characters and adjacent pairs (the lexemes of fts_cjk).
_CJK_CLASS = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
PG_UP = [
    f"""CREATE FUNCTION newsarchive_cjk_grams(t text) RETURNS text[]
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(DISTINCT substr(r, i, n)), '{{}}'::text[])
        FROM regexp_split_to_table(t, '[^{_CJK_CLASS}]+') AS r,
             generate_series(1, char_length(r)) AS i,
             (VALUES (1), (2)) AS k(n)
        WHERE r <> '' AND i + n - 1 <= char_length(r)
    $$""",
    """ALTER TABLE articles ADD COLUMN fts_cjk tsvector GENERATED ALWAYS AS (
        array_to_tsvector(newsarchive_cjk_grams(coalesce(title, '') || ' ' || left(body, 500000)))) STORED""",
    "CREATE INDEX ix_articles_fts_cjk ON articles USING gin (fts_cjk)",
]
PG_DOWN = [
    "DROP INDEX IF EXISTS ix_articles_fts_cjk",
    "ALTER TABLE articles DROP COLUMN IF EXISTS fts_cjk",
    "DROP FUNCTION IF EXISTS newsarchive_cjk_grams(text)",
]


def upgrade() -> None:
    op.create_table(
        'article_bands',
        sa.Column('band', sa.SmallInteger(), nullable=False),
        sa.Column('key', sa.BigInteger(), nullable=False),
        sa.Column('article_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_article_bands_article_id_articles'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('band', 'key', 'article_id', name=op.f('pk_article_bands')),
    )
    op.create_index(op.f('ix_article_bands_article_id'), 'article_bands', ['article_id'], unique=False)
    _backfill(op.get_bind())
    if op.get_bind().dialect.name == "postgresql":
        for sql in PG_UP:
            op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for sql in PG_DOWN:
            op.execute(sql)
    op.drop_index(op.f('ix_article_bands_article_id'), table_name='article_bands')
    op.drop_table('article_bands')
