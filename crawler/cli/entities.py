"""``newsarchive entities``: the most mentioned people, organizations, places ..."""

from __future__ import annotations

from datetime import datetime

import click
from sqlalchemy.orm import Session

from crawler.cli import CONTEXT
from crawler.cli.archive import open_archive
from crawler.cli.options import DATE, POSITIVE, common, db_option, format_option
from crawler.cli.output import emit
from models.queries import ENTITY_TYPES, top_entities

EPILOG = """\b
Examples:
  newsarchive entities --type ORG --top 10
  newsarchive entities --type PERSON --since 2024-01-01 --format json"""


@click.command(context_settings=CONTEXT, epilog=EPILOG)
@click.option("--type", "type_", type=click.Choice(ENTITY_TYPES, case_sensitive=False), help="only this entity type")
@click.option("--top", type=POSITIVE, default=20, show_default=True, metavar="N", help="how many")
@click.option("--since", type=DATE, help="count mentions in articles published since this date")
@format_option()
@db_option
@common
def command(type_: str | None, top: int, since: datetime | None, fmt: str, db: str | None) -> int:
    """Most mentioned entities (people, organizations, places, amounts).

    Entities ranked by the number of articles that mention them. Aliases are
    already folded into canonical names (see entity_aliases). The same data is
    in mentions_view.
    """
    engine = open_archive(db)
    with Session(engine) as session:
        rows = top_entities(session, type_=type_.upper() if type_ else None, top=top, since=since)
    emit(rows, ["name", "type", "articles", "mentions", "last_seen"], fmt, wide=["name"])
    return 0
