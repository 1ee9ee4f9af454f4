"""Alembic, driven from code: upgrade, current revision, schema checks."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.engine import Engine

from models.engine import database_url

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


class SchemaError(RuntimeError):
    """The archive is not at the revision this code expects."""


def alembic_config(url: str | None = None) -> Config:
    """An Alembic config for ``url``; no alembic.ini needed."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    # '%' must be doubled for configparser interpolation.
    cfg.set_main_option("sqlalchemy.url", database_url(url).replace("%", "%%"))
    return cfg


def head_revision() -> str:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if len(heads) != 1:
        raise SchemaError(f"migrations have {len(heads)} heads, expected one: {heads}")
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(url: str | None = None, revision: str = "head") -> None:
    """Run the migrations up to ``revision``; at head, then back-fill what the
    migrations leave to code (the version diffs of archives older than 0005)."""
    command.upgrade(alembic_config(url), revision)
    if revision == "head":
        backfill(url)


def backfill(url: str | None = None) -> int:
    """Back-fill derived rows after an upgrade; returns the articles touched."""
    from sqlalchemy.orm import Session

    from models import history
    from models.engine import make_engine

    engine = make_engine(database_url(url))
    try:
        if "article_changes" not in inspect(engine).get_table_names():
            return 0
        with Session(engine) as session:
            done = history.backfill_version_changes(session)
            session.commit()
        return done
    finally:
        engine.dispose()


def downgrade(url: str | None = None, revision: str = "base") -> None:
    command.downgrade(alembic_config(url), revision)


def ensure_schema(engine: Engine, *, auto_init: bool = True) -> str:
    """Make sure the archive is usable; returns what was done.

    * an empty database is created at head when ``auto_init`` (``"created"``);
    * a database at head is left alone (``"current"``);
    * anything else raises :class:`SchemaError` with the command to run: an
      existing archive is only ever changed by an explicit ``newsarchive db upgrade``.
    """
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return "current"
    if current is None:
        tables = set(inspect(engine).get_table_names())
        if tables:
            raise SchemaError(
                f"database {engine.url.render_as_string(hide_password=True)} has tables "
                f"but no newsarchive schema revision; refusing to touch it")
        if not auto_init:
            raise SchemaError("the archive is empty: run `newsarchive db upgrade` first")
        upgrade(engine.url.render_as_string(hide_password=False), "head")
        return "created"
    raise SchemaError(
        f"the archive is at revision {current}, this newsarchive expects {head}: "
        f"run `newsarchive db upgrade`")
