"""Opening an archive for a command, with clear one-line errors."""

from __future__ import annotations

import os
import re
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError

from crawler.cli import CommandError
from models.engine import ArchiveURLError, database_url, get_engine


def archive_url(db: str | None) -> str:
    """``--db`` (or the environment, or the default) as a SQLAlchemy URL, checked."""
    try:
        url = database_url(db)
        make_url(url)
    except (ArchiveURLError, ArgumentError) as exc:
        raise CommandError(str(exc) if isinstance(exc, ArchiveURLError) else
                           f"not a database URL: {db!r}; use a SQLite file path or postgresql://USER@HOST/DB",
                           status=2) from exc
    return url


def display(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


def sqlite_path(url: str) -> str | None:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
        return parsed.database
    return None


def first_line(exc: DBAPIError) -> str:
    return (str(exc.orig).strip().splitlines() or ["unknown error"])[0]


def engine_for(url: str) -> Engine:
    try:
        return get_engine(url)
    except (NoSuchModuleError, ArgumentError) as exc:
        raise CommandError(f"cannot use {display(url)}: {exc}; use a SQLite file path or postgresql://...",
                           status=2) from exc


def open_archive(db: str | None, *, must_exist: bool = True) -> Engine:
    """The engine of an archive that exists and is at the current schema.

    Raises :class:`CommandError` saying what is wrong: missing file, not a
    database, server unreachable, not migrated (with the command to run).
    """
    url = archive_url(db)
    path = sqlite_path(url)
    if path and must_exist and not os.path.exists(path):
        raise CommandError(f"no archive at {path} (run `newsarchive demo` or a crawl first, or pass --db)")
    if path and os.path.isdir(path):
        raise CommandError(f"{path} is a folder, not an archive file; pass --db FOLDER/archive.db")
    engine = engine_for(url)
    if not at_head_quick(engine):
        check_schema(engine, url, path)
    return engine


def check_schema(engine: Engine, url: str, path: str | None) -> None:
    """Alembic's own check of the archive's revision against the migrations' head, with
    the error that says what to run."""
    from models.migrate import SchemaError, current_revision, head_revision

    try:
        current = current_revision(engine)
    except DBAPIError as exc:
        hint = " (is it a newsarchive SQLite file?)" if path else " (is the server up and the URL right?)"
        raise CommandError(f"cannot open the archive {display(url)}: {first_line(exc)}{hint}") from exc
    try:
        head = head_revision()
    except SchemaError as exc:
        raise CommandError(str(exc)) from exc
    if current is None:
        raise CommandError("the archive has no schema yet: run `newsarchive db upgrade`")
    if current != head:
        raise CommandError(f"the archive is at schema revision {current}, this newsarchive needs {head}: "
                           f"run `newsarchive db upgrade`")


_ASSIGN = r"^{}\s*(?::[^=\n]*)?=\s*(?:None|['\"]([^'\"\n]+)['\"])\s*$"
_REVISION, _DOWN = re.compile(_ASSIGN.format("revision"), re.M), re.compile(_ASSIGN.format("down_revision"), re.M)
_BRANCHING = re.compile(r"^(?:branch_labels|depends_on)\s*(?::[^=\n]*)?=(?!\s*None\s*$)", re.M)


def quick_head() -> str | None:
    """The migrations' one head revision read from their files' text (the revision no other
    file names as its ``down_revision``), without importing Alembic and every migration
    (~0.3 s of CPU at each command's start, issue 11); None when a file is not the plain
    kind (a revision not written as a literal, several down revisions, branch labels,
    dependencies) or there is not exactly one head: :func:`check_schema` then decides."""
    import models

    revisions, downs = set(), set()
    for file in sorted((Path(models.__file__).resolve().parent.parent / "migrations" / "versions").glob("*.py")):
        source = file.read_text(encoding="utf-8")
        rev, down = _REVISION.findall(source), _DOWN.findall(source)
        if len(rev) != 1 or not rev[0] or len(down) != 1 or _BRANCHING.search(source):
            return None
        revisions.add(rev[0])
        downs.update(d for d in down if d)
    heads = revisions - downs
    return heads.pop() if len(heads) == 1 and downs <= revisions else None


def at_head_quick(engine: Engine) -> bool:
    """Whether the archive's one ``alembic_version`` row is :func:`quick_head` (False
    whenever anything is unusual: no such table, no row or several, no plain head)."""
    head = quick_head()
    if head is None:
        return False
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).fetchall()
    except DBAPIError:
        return False
    return len(rows) == 1 and rows[0][0] == head


def warc_folder(value: str | None, db: str | None) -> Path:
    """The WARC folder: ``--warc-dir``, else ``$NEWSARCHIVE_WARC_DIR``, else
    ``warc/`` beside a SQLite archive file, else ``./warc`` (the setting's default)."""
    from crawler import settings

    if value:
        return Path(value)
    if os.environ.get("NEWSARCHIVE_WARC_DIR"):
        return Path(os.environ["NEWSARCHIVE_WARC_DIR"])
    path = sqlite_path(archive_url(db))
    if path:
        return Path(path).resolve().parent / "warc"
    return Path(settings.default_warc_dir)


@contextmanager
def writing() -> Iterator[None]:
    """Turn "database is locked" (another writer held it past the busy timeout) into one line."""
    try:
        yield
    except OperationalError as exc:
        if "locked" in str(exc.orig).lower() or "busy" in str(exc.orig).lower():
            raise CommandError("the archive is locked by another writer (a crawl?); try again later") from exc
        raise
