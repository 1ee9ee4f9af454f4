"""``newsarchive claims``: who said what, filtered by speaker, organization, topic and date."""

from __future__ import annotations

from datetime import datetime

import click
from sqlalchemy.orm import Session

from crawler.cli import CONTEXT, CommandError
from crawler.cli.archive import open_archive
from crawler.cli.options import DATE, POSITIVE, common, db_option, format_option
from crawler.cli.output import emit
from models.history import changed_claims
from models.queries import find_claims

EPILOG = """\b
Examples:
  newsarchive claims --speaker Powell --since 2024-01-01
  newsarchive claims --org 证监会 --about 降息 --format json
  newsarchive claims --changed --since 2024-01-01"""

COLUMNS = ["speaker", "speaker_role", "speaker_org", "text", "cue", "kind", "published_at", "source"]
CHANGED_COLUMNS = ["changed_at", "change", "speaker", "before", "after", "article_url"]


@click.command(context_settings=CONTEXT, epilog=EPILOG)
@click.option("--speaker", help="speaker name, its canonical entity name or any alias "
                                "(\"Wu Hongliang\" finds 吴红亮's quotes)")
@click.option("--org", help="the speaker's organization")
@click.option("--about", metavar="TEXT", help="text inside the claim")
@click.option("--since", type=DATE, help="articles published on or after this date")
@click.option("--changed", is_flag=True,
              help="list quotes reworded or withdrawn in later versions of their article instead")
@click.option("--limit", type=POSITIVE, default=50, show_default=True, help="rows")
@format_option()
@db_option
@common
def command(speaker: str | None, org: str | None, about: str | None, since: datetime | None, changed: bool,
            limit: int, fmt: str, db: str | None) -> int:
    """Quotes and reported statements, by speaker, organization or topic.

    Lists claims (direct quotes, partial quotes, reported speech) newest first.
    Filters are case-insensitive substrings and combine with AND. The same data
    is in the claims_view SQL view.
    """
    engine = open_archive(db)
    if changed:
        with Session(engine) as session:
            rows = changed_claims(session, since=since, limit=limit)
        emit(rows, CHANGED_COLUMNS, fmt, wide=["before", "after"])
        return 0
    with Session(engine) as session:
        try:
            rows = find_claims(session, speaker=speaker, org=org, about=about, since=since, limit=limit)
        except ValueError as exc:  # an over-long filter: a usage error
            raise CommandError(str(exc), status=2) from exc
    emit(rows, COLUMNS, fmt, wide=["text"])
    return 0
