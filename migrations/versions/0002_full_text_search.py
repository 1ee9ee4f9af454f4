"""full-text search over articles (SQLite FTS5, PostgreSQL tsvector + pg_trgm)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

SQLite: two FTS5 external-content tables over ``articles(title, body)`` (no
second copy of the text), both kept in sync by the same three triggers, both
ranked with bm25 (title 10x body):

* ``articles_fts``: the ``trigram`` tokenizer, so Chinese (no spaces between
  words) is searchable by substring.  Declared first and with
  ``content="articles"`` in double quotes: the form and the table Datasette
  picks for its search box, which thus finds English and Chinese.
* ``articles_fts_words``: ``porter unicode61`` words, for Latin-script terms:
  whole words with English stemming, and far cheaper than trigrams for
  English, whose trigrams ("ate", "ion") are in nearly every article.

PostgreSQL: ``articles.fts_vector``, a stored generated ``tsvector`` (English
config; title weight A, body weight B) with a GIN index, plus ``pg_trgm`` GIN
indexes on title and body for Chinese and other unsegmented text.

Existing rows are indexed by the upgrade (``rebuild`` / the generated column).
The SQL is frozen here on purpose: a migration must not import code that
changes later.  Autogenerate ignores these objects (``migrations/env.py``).
"""
from __future__ import annotations

from typing import Sequence, Union

from alembic import op

revision: str = '0002'
down_revision: Union[str, None] = '0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


SQLITE_UP = [
    """CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, body, content="articles", content_rowid="id", tokenize="trigram")""",
    """CREATE VIRTUAL TABLE articles_fts_words USING fts5(
        title, body, content="articles", content_rowid="id", tokenize="porter unicode61 remove_diacritics 2")""",
    # Default ranking for ``ORDER BY rank`` (here and in Datasette): bm25, title 10x body.
    "INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0)')",
    "INSERT INTO articles_fts_words(articles_fts_words, rank) VALUES ('rank', 'bm25(10.0, 1.0)')",
    """CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
        INSERT INTO articles_fts_words(rowid, title, body) VALUES (new.id, new.title, new.body);
    END""",
    """CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
        INSERT INTO articles_fts_words(articles_fts_words, rowid, title, body)
            VALUES ('delete', old.id, old.title, old.body);
    END""",
    # Only when the text changes: re-fetches that update fetched_at leave the index alone.
    """CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, body ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
        INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
        INSERT INTO articles_fts_words(articles_fts_words, rowid, title, body)
            VALUES ('delete', old.id, old.title, old.body);
        INSERT INTO articles_fts_words(rowid, title, body) VALUES (new.id, new.title, new.body);
    END""",
    # Backfill the rows already archived.
    "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')",
    "INSERT INTO articles_fts_words(articles_fts_words) VALUES ('rebuild')",
]

SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS articles_fts_au",
    "DROP TRIGGER IF EXISTS articles_fts_ad",
    "DROP TRIGGER IF EXISTS articles_fts_ai",
    "DROP TABLE IF EXISTS articles_fts_words",
    "DROP TABLE IF EXISTS articles_fts",
]

PG_UP = [
    # Trusted extension since PostgreSQL 13: the database owner may create it.
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    # Generated, so every writer keeps it right and existing rows are filled in by this ALTER.
    # left(): a tsvector is limited to 1 MB; a news body is far below this cut.
    """ALTER TABLE articles ADD COLUMN fts_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') ||
        setweight(to_tsvector('english'::regconfig, left(body, 500000)), 'B')) STORED""",
    "CREATE INDEX ix_articles_fts_vector ON articles USING gin (fts_vector)",
    "CREATE INDEX ix_articles_fts_title_trgm ON articles USING gin (title gin_trgm_ops)",
    "CREATE INDEX ix_articles_fts_body_trgm ON articles USING gin (body gin_trgm_ops)",
]

PG_DOWN = [
    "DROP INDEX IF EXISTS ix_articles_fts_body_trgm",
    "DROP INDEX IF EXISTS ix_articles_fts_title_trgm",
    "DROP INDEX IF EXISTS ix_articles_fts_vector",
    "ALTER TABLE articles DROP COLUMN IF EXISTS fts_vector",
    # Drop the extension only when nothing else in the database uses it.
    """DO $$ BEGIN
        DROP EXTENSION IF EXISTS pg_trgm;
    EXCEPTION WHEN dependent_objects_still_exist THEN NULL;
    END $$""",
]


def _statements(up: bool) -> list[str]:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        return SQLITE_UP if up else SQLITE_DOWN
    if dialect == "postgresql":
        return PG_UP if up else PG_DOWN
    raise NotImplementedError(f"full-text search is not implemented for {dialect}")


def upgrade() -> None:
    for sql in _statements(True):
        op.execute(sql)


def downgrade() -> None:
    for sql in _statements(False):
        op.execute(sql)
