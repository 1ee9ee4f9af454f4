"""source aliases, a CJK n-gram search index, views that read left to right

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06

* ``source_aliases``: every name a source goes by (one newspaper, one source);
  each existing source gets its own name as its first alias.
* SQLite only: ``articles_fts_cjk``, an FTS5 table (``unicode61``) over the
  1- to 4-character n-grams of every run of Chinese characters in titles and
  bodies (other text as it is), kept in sync by triggers that call the SQL
  function ``newsarchive_grams`` (see ``models/cjk.py``).  It lets Datasette's
  own search box find two-character words (挖矿, 央行), which the trigram index
  cannot.  PostgreSQL needs none: its pg_trgm indexes and ``newsarchive search``
  already cover short terms.
* ``claims_view``, ``mentions_view``, ``articles_view`` recreated with the
  columns people read first (speaker, role, organization, claim text, cue,
  date, title, URL); ids and offsets last.  Same columns as before.

The SQL and the n-gram function are frozen here on purpose.
"""
from __future__ import annotations

import re
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: Union[str, None] = "0002"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+")


def _grams(text):  # noqa: ANN001, ANN202 - frozen copy of models.cjk.grams
    if text is None:
        return None

    def run(m):  # noqa: ANN001, ANN202
        s = m.group(0)
        return " " + " ".join(s[i:i + n] for i in range(len(s)) for n in range(1, 5) if i + n <= len(s)) + " "

    return _CJK_RUN.sub(run, text)


def _key(name: str) -> str:  # frozen copy of models.source.source_key
    key = re.sub(r"\s+", " ", name).strip().casefold()
    return re.sub(r"^the ", "", key).strip(" .,'\u2019\"")


CJK_UP = [
    """CREATE VIRTUAL TABLE articles_fts_cjk USING fts5(
        title, body, tokenize="porter unicode61 remove_diacritics 2")""",
    "INSERT INTO articles_fts_cjk(articles_fts_cjk, rank) VALUES ('rank', 'bm25(10.0, 1.0)')",
    """CREATE TRIGGER articles_fts_cjk_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts_cjk(rowid, title, body)
            VALUES (new.id, newsarchive_grams(new.title), newsarchive_grams(new.body));
    END""",
    """CREATE TRIGGER articles_fts_cjk_ad AFTER DELETE ON articles BEGIN
        DELETE FROM articles_fts_cjk WHERE rowid = old.id;
    END""",
    """CREATE TRIGGER articles_fts_cjk_au AFTER UPDATE OF title, body ON articles BEGIN
        DELETE FROM articles_fts_cjk WHERE rowid = old.id;
        INSERT INTO articles_fts_cjk(rowid, title, body)
            VALUES (new.id, newsarchive_grams(new.title), newsarchive_grams(new.body));
    END""",
    """INSERT INTO articles_fts_cjk(rowid, title, body)
        SELECT id, newsarchive_grams(title), newsarchive_grams(body) FROM articles""",
]
CJK_DOWN = [
    "DROP TRIGGER IF EXISTS articles_fts_cjk_au",
    "DROP TRIGGER IF EXISTS articles_fts_cjk_ad",
    "DROP TRIGGER IF EXISTS articles_fts_cjk_ai",
    "DROP TABLE IF EXISTS articles_fts_cjk",
]

VIEWS_UP = [
    """CREATE VIEW claims_view AS
SELECT c.speaker, c.speaker_role, c.speaker_org, c.text, c.cue, a.published_at, a.title AS article_title,
       a.canonical_url AS article_url, c.kind, s.name AS source, a.language, e.name AS speaker_entity,
       c.id AS claim_id, c.article_id, c.paragraph, c.start_char, c.end_char
FROM claims c
JOIN articles a ON a.id = c.article_id
LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN entities e ON e.id = c.speaker_entity_id""",
    """CREATE VIEW mentions_view AS
SELECT e.name AS entity, e.type AS entity_type, m.text, a.title AS article_title, a.published_at,
       s.name AS source, m.id AS mention_id, m.article_id, e.id AS entity_id, m.start_char, m.end_char
FROM mentions m
JOIN entities e ON e.id = m.entity_id
JOIN articles a ON a.id = m.article_id
LEFT JOIN sources s ON s.id = a.source_id""",
    """CREATE VIEW articles_view AS
SELECT a.title, s.name AS source, a.published_at, a.canonical_url, a.language, a.section, a.word_count,
       s.kind AS source_kind, a.domain, a.fetched_at, a.version_count, a.duplicate_of_id,
       d.canonical_url AS duplicate_of_url, a.id AS article_id
FROM articles a
LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN articles d ON d.id = a.duplicate_of_id""",
]
# 0001's views, for downgrade.
VIEWS_DOWN = [
    """CREATE VIEW claims_view AS
SELECT c.id AS claim_id, c.article_id, a.title AS article_title, a.canonical_url AS article_url,
       s.name AS source, a.published_at, a.language, c.kind, c.speaker, c.speaker_role,
       c.speaker_org, e.name AS speaker_entity, c.cue, c.text, c.paragraph,
       c.start_char, c.end_char
FROM claims c
JOIN articles a ON a.id = c.article_id
LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN entities e ON e.id = c.speaker_entity_id""",
    """CREATE VIEW mentions_view AS
SELECT m.id AS mention_id, m.article_id, a.title AS article_title, a.published_at,
       s.name AS source, e.id AS entity_id, e.name AS entity, e.type AS entity_type,
       m.text, m.start_char, m.end_char
FROM mentions m
JOIN entities e ON e.id = m.entity_id
JOIN articles a ON a.id = m.article_id
LEFT JOIN sources s ON s.id = a.source_id""",
    """CREATE VIEW articles_view AS
SELECT a.id AS article_id, a.canonical_url, a.title, s.name AS source, s.kind AS source_kind,
       a.domain, a.published_at, a.fetched_at, a.language, a.section, a.word_count,
       a.version_count, a.duplicate_of_id, d.canonical_url AS duplicate_of_url
FROM articles a
LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN articles d ON d.id = a.duplicate_of_id""",
]


def _replace_views(statements: list[str]) -> None:
    for name in ("articles_view", "mentions_view", "claims_view"):
        op.execute(f"DROP VIEW IF EXISTS {name}")
    for sql in statements:
        op.execute(sql)


def upgrade() -> None:
    op.create_table(
        "source_aliases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"], name=op.f("fk_source_aliases_source_id_sources"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_source_aliases")),
        sa.UniqueConstraint("key", name=op.f("uq_source_aliases_key")),
    )
    with op.batch_alter_table("source_aliases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_source_aliases_source_id"), ["source_id"], unique=False)
    bind = op.get_bind()
    aliases = sa.table("source_aliases", sa.column("source_id", sa.Integer), sa.column("name", sa.String),
                       sa.column("key", sa.String))
    rows, seen = [], set()
    for source_id, name in bind.execute(sa.text("SELECT id, name FROM sources ORDER BY id")):
        if _key(name) not in seen:
            seen.add(_key(name))
            rows.append({"source_id": source_id, "name": name, "key": _key(name)})
    if rows:
        op.bulk_insert(aliases, rows)
    _replace_views(VIEWS_UP)
    if bind.dialect.name == "sqlite":
        bind.connection.dbapi_connection.create_function("newsarchive_grams", 1, _grams, deterministic=True)
        for sql in CJK_UP:
            op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for sql in CJK_DOWN:
            op.execute(sql)
    _replace_views(VIEWS_DOWN)
    with op.batch_alter_table("source_aliases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_source_aliases_source_id"))
    op.drop_table("source_aliases")
