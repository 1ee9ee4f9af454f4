"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-25
"""
from __future__ import annotations

from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision: str = '0001'
down_revision: Union[str, None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


# Views users query; kept in plain SQL that both SQLite and PostgreSQL accept.
CLAIMS_VIEW = """
CREATE VIEW claims_view AS
SELECT c.id AS claim_id, c.article_id, a.title AS article_title, a.canonical_url AS article_url,
       s.name AS source, a.published_at, a.language, c.kind, c.speaker, c.speaker_role,
       c.speaker_org, e.name AS speaker_entity, c.cue, c.text, c.paragraph,
       c.start_char, c.end_char
FROM claims c
JOIN articles a ON a.id = c.article_id
LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN entities e ON e.id = c.speaker_entity_id
"""

MENTIONS_VIEW = """
CREATE VIEW mentions_view AS
SELECT m.id AS mention_id, m.article_id, a.title AS article_title, a.published_at,
       s.name AS source, e.id AS entity_id, e.name AS entity, e.type AS entity_type,
       m.text, m.start_char, m.end_char
FROM mentions m
JOIN entities e ON e.id = m.entity_id
JOIN articles a ON a.id = m.article_id
LEFT JOIN sources s ON s.id = a.source_id
"""

ARTICLES_VIEW = """
CREATE VIEW articles_view AS
SELECT a.id AS article_id, a.canonical_url, a.title, s.name AS source, s.kind AS source_kind,
       a.domain, a.published_at, a.fetched_at, a.language, a.section, a.word_count,
       a.version_count, a.duplicate_of_id, d.canonical_url AS duplicate_of_url
FROM articles a
LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN articles d ON d.id = a.duplicate_of_id
"""


def upgrade() -> None:
    # one helper per table, in foreign-key order (a table after those it references)
    _create_crawl_runs()
    _create_entities()
    _create_sources()
    _create_articles()
    _create_entity_aliases()
    _create_rejects()
    _create_article_versions()
    _create_claims()
    _create_mentions()
    op.execute(CLAIMS_VIEW)
    op.execute(MENTIONS_VIEW)
    op.execute(ARTICLES_VIEW)


def _create_crawl_runs() -> None:
    op.create_table('crawl_runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('spider', sa.String(length=100), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('finish_reason', sa.String(length=100), nullable=True),
    sa.Column('args', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('stats', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('articles_new', sa.Integer(), nullable=False),
    sa.Column('articles_updated', sa.Integer(), nullable=False),
    sa.Column('rejects', sa.Integer(), nullable=False),
    sa.Column('hostname', sa.String(length=255), nullable=True),
    sa.Column('pid', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crawl_runs'))
    )
    with op.batch_alter_table('crawl_runs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_crawl_runs_spider'), ['spider'], unique=False)


def _create_entities() -> None:
    op.create_table('entities',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=500), nullable=False),
    sa.Column('type', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_entities')),
    sa.UniqueConstraint('name', 'type', name=op.f('uq_entities_name'))
    )
    with op.batch_alter_table('entities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_entities_type'), ['type'], unique=False)


def _create_sources() -> None:
    op.create_table('sources',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('domain', sa.String(length=255), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sources')),
    sa.UniqueConstraint('name', name=op.f('uq_sources_name'))
    )


def _create_articles() -> None:
    op.create_table('articles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('canonical_url', sa.String(length=2048), nullable=False),
    sa.Column('url', sa.String(length=2048), nullable=True),
    sa.Column('domain', sa.String(length=255), nullable=True),
    sa.Column('source_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('authors', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('published_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('fetched_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('first_seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=True),
    sa.Column('section', sa.String(length=200), nullable=True),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('blocks', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('word_count', sa.Integer(), nullable=False),
    sa.Column('version_count', sa.Integer(), nullable=False),
    sa.Column('minhash', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=True),
    sa.Column('duplicate_of_id', sa.Integer(), nullable=True),
    sa.Column('profile', sa.String(length=100), nullable=True),
    sa.ForeignKeyConstraint(['duplicate_of_id'], ['articles.id'], name=op.f('fk_articles_duplicate_of_id_articles')),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_articles_source_id_sources')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_articles')),
    sa.UniqueConstraint('canonical_url', name=op.f('uq_articles_canonical_url'))
    )
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_articles_content_hash'), ['content_hash'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_domain'), ['domain'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_duplicate_of_id'), ['duplicate_of_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_published_at'), ['published_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_source_id'), ['source_id'], unique=False)
        batch_op.create_index('ix_articles_source_published', ['source_id', 'published_at'], unique=False)


def _create_entity_aliases() -> None:
    op.create_table('entity_aliases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('alias', sa.String(length=500), nullable=False),
    sa.Column('key', sa.String(length=500), nullable=False),
    sa.Column('type', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['entity_id'], ['entities.id'], name=op.f('fk_entity_aliases_entity_id_entities'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_entity_aliases')),
    sa.UniqueConstraint('key', 'type', name=op.f('uq_entity_aliases_key'))
    )
    with op.batch_alter_table('entity_aliases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_entity_aliases_entity_id'), ['entity_id'], unique=False)


def _create_rejects() -> None:
    op.create_table('rejects',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('crawl_run_id', sa.Integer(), nullable=True),
    sa.Column('url', sa.String(length=2048), nullable=True),
    sa.Column('stage', sa.String(length=40), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('payload', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['crawl_run_id'], ['crawl_runs.id'], name=op.f('fk_rejects_crawl_run_id_crawl_runs'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rejects'))
    )
    with op.batch_alter_table('rejects', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rejects_crawl_run_id'), ['crawl_run_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_rejects_url'), ['url'], unique=False)


def _create_article_versions() -> None:
    op.create_table('article_versions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('fetched_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('encoding', sa.String(length=40), nullable=True),
    sa.Column('warc_filename', sa.String(length=500), nullable=True),
    sa.Column('warc_offset', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_article_versions_article_id_articles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_article_versions')),
    sa.UniqueConstraint('article_id', 'version', name=op.f('uq_article_versions_article_id'))
    )


def _create_claims() -> None:
    op.create_table('claims',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('speaker', sa.Text(), nullable=True),
    sa.Column('speaker_role', sa.Text(), nullable=True),
    sa.Column('speaker_org', sa.Text(), nullable=True),
    sa.Column('speaker_entity_id', sa.Integer(), nullable=True),
    sa.Column('cue', sa.String(length=100), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('start_char', sa.Integer(), nullable=False),
    sa.Column('end_char', sa.Integer(), nullable=False),
    sa.Column('paragraph', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_claims_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['speaker_entity_id'], ['entities.id'], name=op.f('fk_claims_speaker_entity_id_entities'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claims'))
    )
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claims_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_claims_speaker_entity_id'), ['speaker_entity_id'], unique=False)


def _create_mentions() -> None:
    op.create_table('mentions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('start_char', sa.Integer(), nullable=False),
    sa.Column('end_char', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_mentions_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['entity_id'], ['entities.id'], name=op.f('fk_mentions_entity_id_entities'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mentions'))
    )
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mentions_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentions_entity_id'), ['entity_id'], unique=False)


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS articles_view")
    op.execute("DROP VIEW IF EXISTS mentions_view")
    op.execute("DROP VIEW IF EXISTS claims_view")
    
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mentions_entity_id'))
        batch_op.drop_index(batch_op.f('ix_mentions_article_id'))

    op.drop_table('mentions')
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claims_speaker_entity_id'))
        batch_op.drop_index(batch_op.f('ix_claims_article_id'))

    op.drop_table('claims')
    op.drop_table('article_versions')
    with op.batch_alter_table('rejects', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rejects_url'))
        batch_op.drop_index(batch_op.f('ix_rejects_crawl_run_id'))

    op.drop_table('rejects')
    with op.batch_alter_table('entity_aliases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_entity_aliases_entity_id'))

    op.drop_table('entity_aliases')
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_index('ix_articles_source_published')
        batch_op.drop_index(batch_op.f('ix_articles_source_id'))
        batch_op.drop_index(batch_op.f('ix_articles_published_at'))
        batch_op.drop_index(batch_op.f('ix_articles_duplicate_of_id'))
        batch_op.drop_index(batch_op.f('ix_articles_domain'))
        batch_op.drop_index(batch_op.f('ix_articles_content_hash'))

    op.drop_table('articles')
    op.drop_table('sources')
    with op.batch_alter_table('entities', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_entities_type'))

    op.drop_table('entities')
    with op.batch_alter_table('crawl_runs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_crawl_runs_spider'))

    op.drop_table('crawl_runs')
    
