"""Migrations: one head, upgrade/downgrade on both databases, no drift."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from models.engine import make_engine
from models.migrate import alembic_config, current_revision, downgrade, ensure_schema, head_revision, SchemaError, upgrade

TABLES = {"sources", "articles", "article_versions", "claims", "entities", "entity_aliases",
          "mentions", "crawl_runs", "rejects"}
VIEWS = {"claims_view", "mentions_view", "articles_view"}


def test_single_head():
    assert len(ScriptDirectory.from_config(alembic_config()).get_heads()) == 1


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request):
    return request.getfixturevalue("empty_sqlite_url" if request.param == "sqlite" else "empty_pg_url")


def test_upgrade_check_downgrade_upgrade(empty_url):
    upgrade(empty_url)
    engine = make_engine(empty_url)
    insp = inspect(engine)
    assert TABLES <= set(insp.get_table_names())
    assert VIEWS <= set(insp.get_view_names())
    assert current_revision(engine) == head_revision()
    # No drift: autogenerate finds nothing between the models and the migrations.
    command.check(alembic_config(empty_url))
    downgrade(empty_url, "base")
    insp = inspect(engine)
    assert not (TABLES & set(insp.get_table_names()))
    assert not (VIEWS & set(insp.get_view_names()))
    upgrade(empty_url)
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_ensure_schema_creates_empty_and_refuses_foreign(empty_sqlite_url):
    engine = make_engine(empty_sqlite_url)
    assert ensure_schema(engine) == "created"
    assert ensure_schema(engine) == "current"
    engine.dispose()


def test_ensure_schema_refuses_unknown_tables(tmp_path):
    url = f"sqlite:///{tmp_path / 'other.db'}"
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE unrelated (x int)"))
    with pytest.raises(SchemaError, match="refusing"):
        ensure_schema(engine)
    engine.dispose()


def test_ensure_schema_asks_for_upgrade_when_behind(empty_sqlite_url):
    scripts = ScriptDirectory.from_config(alembic_config())
    revisions = list(scripts.walk_revisions())
    if len(revisions) < 2:
        pytest.skip("only one revision exists")
    upgrade(empty_sqlite_url, revisions[-1].revision)  # the first revision
    engine = make_engine(empty_sqlite_url)
    with pytest.raises(SchemaError, match="newsarchive db upgrade"):
        ensure_schema(engine)
    engine.dispose()


def test_sqlite_pragmas(sqlite_url):
    engine = make_engine(sqlite_url)
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    engine.dispose()
