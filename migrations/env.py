"""Alembic environment: the models' metadata, batch mode on SQLite, FTS ignored."""

from __future__ import annotations

from alembic import context
from sqlalchemy import pool

import models  # noqa: F401  (registers every table on Base.metadata)
from models.base import Base
from models.engine import make_engine

config = context.config
target_metadata = Base.metadata


def include_object(obj, name, type_, reflected, compare_to):  # noqa: ANN001
    # Full-text search objects are managed by hand in migrations (0002), not by the models:
    # SQLite's FTS5 table ``articles_fts`` and its shadow tables; PostgreSQL's generated
    # ``articles.fts_vector`` column and the ``ix_articles_fts_*`` GIN indexes.
    if type_ == "table" and name and (name.startswith("articles_fts") or name.endswith("_fts")):
        return False
    if type_ == "column" and reflected and name and name.startswith("fts_"):
        return False
    if type_ == "index" and reflected and name and name.startswith("ix_articles_fts_"):
        return False
    return True


def run_migrations_offline() -> None:
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata,
                      literal_binds=True, render_as_batch=True, include_object=include_object)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connectable = config.attributes.get("connection")
    if connectable is not None:
        _run(connectable)
        return
    engine = make_engine(config.get_main_option("sqlalchemy.url"), poolclass=pool.NullPool)
    with engine.connect() as connection:
        _run(connection)
    engine.dispose()


def _run(connection) -> None:  # noqa: ANN001
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things: batch mode recreates the table.
        render_as_batch=connection.dialect.name == "sqlite",
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
