"""``newsarchive db``: schema management (Alembic under the hood)."""

from __future__ import annotations

from pathlib import Path

import click
from alembic.util.exc import CommandError as AlembicError
from sqlalchemy.exc import DBAPIError

from crawler.cli import CONTEXT, CommandError
from crawler.cli.archive import archive_url, display, engine_for, first_line, sqlite_path
from crawler.cli.options import common, db_option
from models.migrate import current_revision, downgrade, head_revision, upgrade


@click.command(context_settings=CONTEXT,
               epilog="Example: newsarchive db upgrade --db postgresql://postgres@127.0.0.1/news")
@click.argument("action", type=click.Choice(["upgrade", "current", "downgrade"]))
@click.argument("revision", required=False)
@db_option
@common
def command(action: str, revision: str | None, db: str | None) -> int:
    """Create or upgrade the archive's schema (Alembic migrations; `upgrade` keeps every row).

    ACTION is upgrade (to REVISION, default head), current (show it) or downgrade
    (to REVISION, default one step down).
    """
    url = archive_url(db)
    path = sqlite_path(url)
    if path and not Path(path).resolve().parent.is_dir():
        raise CommandError(f"no folder {Path(path).resolve().parent} for the archive; create it or pass --db elsewhere",
                           status=2)
    engine = engine_for(url)
    try:
        if action == "upgrade":
            upgrade(url, revision or "head")
            click.echo(f"archive at revision {current_revision(engine)}")
        elif action == "downgrade":
            downgrade(url, revision or "-1")
            click.echo(f"archive at revision {current_revision(engine)}")
        else:
            click.echo(f"current: {current_revision(engine)}  head: {head_revision()}")
    except DBAPIError as exc:
        raise CommandError(f"cannot open the archive {display(url)}: {first_line(exc)}") from exc
    except AlembicError as exc:  # an unknown revision
        raise CommandError(f"{' '.join(str(exc).split())}; see `newsarchive db current` for the revisions",
                           status=2) from exc
    return 0
