"""Shared fixtures: a fresh archive per test on SQLite and on PostgreSQL.

PostgreSQL: ``NEWSARCHIVE_TEST_PG_URL`` (default
``postgresql://postgres@127.0.0.1:5432/test``) names a maintenance database;
each test gets a new database created from it and dropped afterwards.  When the
server is missing the tests skip with the reason, except in CI (``CI=true``)
where they fail: CI must test PostgreSQL for real.
"""

from __future__ import annotations

import os
import sys
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PG_ADMIN_URL = os.environ.get("NEWSARCHIVE_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
REDIS_URL = os.environ.get("NEWSARCHIVE_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _unavailable(what: str, why: str) -> None:
    message = f"{what} is not reachable ({why})"
    if IN_CI:
        pytest.fail(f"{message}; CI=true requires it", pytrace=False)
    pytest.skip(message)


@pytest.fixture
def sqlite_path(tmp_path: Path) -> Path:
    return tmp_path / "archive.db"


@pytest.fixture
def sqlite_url(sqlite_path: Path) -> str:
    """A new SQLite archive migrated to head."""
    from models.migrate import upgrade

    url = f"sqlite:///{sqlite_path}"
    upgrade(url)
    return url


@pytest.fixture
def empty_sqlite_url(sqlite_path: Path) -> str:
    """A SQLite URL with no database file yet."""
    return f"sqlite:///{sqlite_path}"


def _pg_admin():
    import psycopg

    dsn = PG_ADMIN_URL.replace("postgresql+psycopg://", "postgresql://")
    try:
        return psycopg.connect(dsn, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        _unavailable("PostgreSQL", str(exc).strip().splitlines()[0])


@pytest.fixture
def empty_pg_url():
    """A new, empty PostgreSQL database, dropped after the test."""
    from sqlalchemy.engine import make_url

    from models.engine import dispose_all

    admin = _pg_admin()
    name = f"na_test_{uuid.uuid4().hex[:12]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    url = make_url(PG_ADMIN_URL).set(drivername="postgresql+psycopg", database=name)
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        dispose_all()
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


@pytest.fixture
def pg_url(empty_pg_url: str) -> str:
    """A new PostgreSQL archive migrated to head."""
    from models.migrate import upgrade

    upgrade(empty_pg_url)
    return empty_pg_url


@pytest.fixture(params=["sqlite", "postgresql"])
def any_url(request: pytest.FixtureRequest) -> str:
    """A migrated archive, once on each database."""
    return request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url")


@pytest.fixture
def redis_prefix():
    """A unique Redis key prefix, its keys deleted after the test."""
    import redis

    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=3)
    try:
        client.ping()
    except redis.exceptions.ConnectionError as exc:
        _unavailable("Redis", str(exc))
    prefix = f"na_test_{uuid.uuid4().hex[:12]}"
    try:
        yield prefix
    finally:
        for key in client.scan_iter(f"{prefix}*"):
            client.delete(key)
        client.close()


@pytest.fixture(autouse=True)
def _dispose_engines():
    yield
    from models.engine import dispose_all

    dispose_all()


@pytest.fixture
def cache_folder(tmp_path, monkeypatch):
    """``pipelines.disk_cache``'s folder for one test (``NEWSARCHIVE_CACHE_DIR``), with an empty
    temporary folder of its own beside it (the fallback location)."""
    import tempfile

    monkeypatch.setenv("NEWSARCHIVE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    return tmp_path / "cache"
