"""Engine factory: the archive URL, SQLite pragmas, one cached engine per URL."""

from __future__ import annotations

import os
import threading
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

#: Database backends the migrations support.
BACKENDS = ("sqlite", "postgresql")


class ArchiveURLError(ValueError):
    """An archive location that cannot work; the message says what to write instead."""

_engines: dict[str, Engine] = {}
_lock = threading.Lock()


def database_url(url: str | None = None) -> str:
    """The archive URL: ``url``, else ``$NEWSARCHIVE_DATABASE_URL``, else the default of
    ``crawler/settings.py`` (``sqlite:///archive.db``).

    Both accept the same forms: a SQLAlchemy URL or a bare path of a SQLite file.
    ``postgresql://`` and ``postgres://`` URLs get the psycopg 3 driver.  Raises
    :class:`ArchiveURLError` for a scheme other than SQLite or PostgreSQL.
    """
    if not url and not os.environ.get("NEWSARCHIVE_DATABASE_URL"):
        from crawler import settings as defaults  # the one home of every default

        url = defaults.default_database_url
    url = (url or os.environ.get("NEWSARCHIVE_DATABASE_URL") or "").strip()
    if "://" not in url:
        url = f"sqlite:///{url}"
    scheme = url.split("://", 1)[0].split("+", 1)[0].lower()
    if scheme not in (*BACKENDS, "postgres"):
        raise ArchiveURLError(f"unsupported archive URL {url.split('://', 1)[0]}://...: use a SQLite file path, "
                              f"sqlite:///FILE or postgresql://USER@HOST/DB")
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return url


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    from models import cjk

    # The CJK search index's triggers call it (migration 0003).
    cjk.register(dbapi_conn)
    cur = dbapi_conn.cursor()
    # WAL: readers (search, datasette) never block the crawl's writer.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    # Wait for a lock instead of failing at once when another process writes.
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def make_engine(url: str | None = None, **kwargs: Any) -> Engine:
    """A new engine for ``url`` (see :func:`database_url`)."""
    url = database_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        kwargs.setdefault("connect_args", {"timeout": 10})
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(url, **kwargs)


def get_engine(url: str | None = None) -> Engine:
    """The engine for ``url``, created once per process and URL."""
    url = database_url(url)
    with _lock:
        engine = _engines.get(url)
        if engine is None:
            engine = _engines[url] = make_engine(url)
        return engine


def dispose_all() -> None:
    with _lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()


def session_factory(url: str | None = None) -> sessionmaker[Session]:
    return sessionmaker(get_engine(url), expire_on_commit=False)
