"""archive over time: validators, version changes, claim identity

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06

Adds ``http_validators`` (ETag / Last-Modified per URL for conditional requests),
``article_changes`` and ``claim_changes`` with the views ``version_changes``,
``republication_changes`` and ``claim_timeline``; the byline and dates of each
version; a stable ``claim_key`` per claim; ``crawl_runs.not_modified``.

Existing archives keep every row, and each existing claim gets a key of its own.
The versions' diffs are back-filled by ``newsarchive db upgrade`` right after the
migrations (:func:`models.history.backfill_version_changes`, Python that may improve
later, so not frozen in here).
"""
from __future__ import annotations

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: Union[str, None] = "0004"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

VERSION_CHANGES_VIEW = """
CREATE VIEW version_changes AS
SELECT ch.id AS change_id, ch.article_id, a.canonical_url AS article_url, a.title AS article_title,
       ch.version, ch.changed_at, ch.kind, ch.position, ch.before, ch.after
FROM article_changes ch
JOIN articles a ON a.id = ch.article_id
WHERE ch.scope = 'version'
"""

REPUBLICATION_CHANGES_VIEW = """
CREATE VIEW republication_changes AS
SELECT ch.id AS change_id, ch.article_id, a.canonical_url AS republished_url, a.domain AS republished_domain,
       o.id AS original_id, o.canonical_url AS original_url, ch.changed_at, ch.kind, ch.position,
       ch.before, ch.after
FROM article_changes ch
JOIN articles a ON a.id = ch.article_id
JOIN articles o ON o.id = ch.against_article_id
WHERE ch.scope = 'republication'
"""

CLAIM_TIMELINE_VIEW = """
CREATE VIEW claim_timeline AS
SELECT cc.id AS change_id, cc.article_id, a.canonical_url AS article_url, a.title AS article_title,
       cc.claim_key, cc.version, cc.changed_at, cc.change, cc.speaker, cc.kind, cc.before, cc.after
FROM claim_changes cc
JOIN articles a ON a.id = cc.article_id
"""

VIEWS = {"version_changes": VERSION_CHANGES_VIEW, "republication_changes": REPUBLICATION_CHANGES_VIEW,
         "claim_timeline": CLAIM_TIMELINE_VIEW}


def _create_tables() -> None:
    op.create_table(
        "http_validators",
        sa.Column("url", sa.String(length=2048), nullable=False),
        sa.Column("etag", sa.String(length=500), nullable=True),
        sa.Column("last_modified", sa.String(length=100), nullable=True),
        sa.Column("links", sa.JSON().with_variant(sa.dialects.postgresql.JSONB(), "postgresql"), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("url", name=op.f("pk_http_validators")),
    )
    op.create_table(
        "article_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("against_article_id", sa.Integer(), nullable=True),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=True),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], name=op.f("fk_article_changes_article_id_articles"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["against_article_id"], ["articles.id"],
                                name=op.f("fk_article_changes_against_article_id_articles"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_article_changes")),
    )
    op.create_index(op.f("ix_article_changes_article_id"), "article_changes", ["article_id"])
    op.create_index(op.f("ix_article_changes_against_article_id"), "article_changes", ["against_article_id"])
    op.create_table(
        "claim_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("claim_key", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("change", sa.String(length=20), nullable=False),
        sa.Column("speaker", sa.Text(), nullable=True),
        sa.Column("kind", sa.String(length=10), nullable=True),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], name=op.f("fk_claim_changes_article_id_articles"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim_changes")),
    )
    op.create_index(op.f("ix_claim_changes_article_id"), "claim_changes", ["article_id"])
    op.create_index(op.f("ix_claim_changes_claim_key"), "claim_changes", ["claim_key"])
    op.create_index(op.f("ix_claim_changes_change"), "claim_changes", ["change"])


def _add_columns() -> None:
    json_type = sa.JSON().with_variant(sa.dialects.postgresql.JSONB(), "postgresql")
    op.add_column("article_versions", sa.Column("authors", json_type, nullable=True))
    op.add_column("article_versions", sa.Column("published_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("article_versions", sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("claims", sa.Column("claim_key", sa.String(length=40), nullable=True))
    op.add_column("claims", sa.Column("first_version", sa.Integer(), nullable=True))
    op.add_column("claims", sa.Column("first_seen_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("crawl_runs", sa.Column("not_modified", sa.Integer(), nullable=False, server_default="0"))
    op.execute("UPDATE claims SET claim_key = 'c' || CAST(id AS VARCHAR(20)) WHERE claim_key IS NULL")
    op.create_index(op.f("ix_claims_claim_key"), "claims", ["claim_key"])


def upgrade() -> None:
    _create_tables()
    _add_columns()
    for sql in VIEWS.values():
        op.execute(sql)


def downgrade() -> None:
    for name in reversed(list(VIEWS)):
        op.execute(f"DROP VIEW IF EXISTS {name}")
    op.drop_index(op.f("ix_claims_claim_key"), table_name="claims")
    # plain ALTER TABLE ... DROP COLUMN (SQLite >= 3.35): no table rebuild under the views
    for table, column in (("crawl_runs", "not_modified"), ("claims", "first_seen_at"),
                          ("claims", "first_version"), ("claims", "claim_key"),
                          ("article_versions", "updated_at"), ("article_versions", "published_at"),
                          ("article_versions", "authors")):
        op.drop_column(table, column)
    op.drop_table("claim_changes")
    op.drop_table("article_changes")
    op.drop_table("http_validators")
