"""Opening an archive for a command, with clear errors."""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from crawler.cli import CommandError, db_url
from models.engine import database_url, get_engine
from models.migrate import SchemaError, current_revision, head_revision


def open_archive(db: str | None, *, must_exist: bool = True) -> Engine:
    """The engine of an archive that exists and is at the current schema.

    Raises :class:`CommandError` saying what is wrong: missing file, server
    unreachable, not migrated (with the command to run).
    """
    url = database_url(db_url(db))
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and must_exist:
        import os

        path = parsed.database
        if path and path != ":memory:" and not os.path.exists(path):
            raise CommandError(f"no archive at {path} (run `newsarchive demo` or a crawl first, "
                               f"or pass --db)")
    engine = get_engine(url)
    try:
        current = current_revision(engine)
    except OperationalError as exc:
        raise CommandError(f"cannot open the archive {parsed.render_as_string(hide_password=True)}: "
                           f"{str(exc.orig).strip().splitlines()[0]}") from exc
    try:
        head = head_revision()
    except SchemaError as exc:
        raise CommandError(str(exc)) from exc
    if current is None:
        raise CommandError("the archive has no schema yet: run `newsarchive db upgrade`")
    if current != head:
        raise CommandError(f"the archive is at schema revision {current}, this newsarchive needs {head}: "
                           f"run `newsarchive db upgrade`")
    return engine
