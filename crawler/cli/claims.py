"""``newsarchive claims``: who said what, filtered by speaker, organization, topic and date."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from crawler.cli import CommandError, database_option
from crawler.cli.archive import open_archive
from crawler.cli.output import emit, format_option, parse_date, positive_int
from models import query_text
from models.article import Article
from models.claim import Claim
from models.entity import Entity
from models.source import Source


def _contains(column: Any, value: str) -> Any:
    pattern = "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return column.ilike(pattern, escape="\\")


def find_claims(session: Session, *, speaker: str | None = None, org: str | None = None,
                about: str | None = None, since: datetime | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """Claims newest first.  ``speaker`` matches the speaker as written or its
    canonical entity name, ``org`` the speaker's organization, ``about`` the
    claim text (all case-insensitive substrings); ``since`` bounds the
    article's ``published_at``.  Same columns as the ``claims_view`` view."""
    speaker, org, about = (query_text.filter_text(v, n) for v, n in ((speaker, "speaker"), (org, "org"),
                                                                        (about, "about")))
    speaker_entity = aliased(Entity)
    stmt = (select(Claim.id.label("claim_id"), Claim.article_id, Article.title.label("article_title"),
                   Article.canonical_url.label("article_url"), Source.name.label("source"),
                   Article.published_at, Claim.kind, Claim.speaker, Claim.speaker_role, Claim.speaker_org,
                   speaker_entity.name.label("speaker_entity"), Claim.cue, Claim.text)
            .join(Article, Article.id == Claim.article_id)
            .outerjoin(Source, Source.id == Article.source_id)
            .outerjoin(speaker_entity, speaker_entity.id == Claim.speaker_entity_id))
    if speaker:
        stmt = stmt.where(or_(_contains(Claim.speaker, speaker), _contains(speaker_entity.name, speaker)))
    if org:
        stmt = stmt.where(_contains(Claim.speaker_org, org))
    if about:
        stmt = stmt.where(_contains(Claim.text, about))
    if since:
        stmt = stmt.where(Article.published_at >= since)
    stmt = stmt.order_by(Article.published_at.desc(), Claim.article_id, Claim.start_char).limit(limit)
    return [dict(row._mapping) for row in session.execute(stmt)]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "claims", help="quotes and reported statements, by speaker, organization or topic",
        description=("List claims (direct quotes, partial quotes, reported speech) newest first. "
                     "Filters are case-insensitive substrings and combine with AND. The same data "
                     "is in the claims_view SQL view."),
        epilog=("Examples:\n"
                "  newsarchive claims --speaker Powell --since 2024-01-01\n"
                "  newsarchive claims --org 证监会 --about 降息 --format json"),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--speaker", help="speaker name as written, or its canonical entity name")
    p.add_argument("--org", help="the speaker's organization")
    p.add_argument("--about", metavar="TEXT", help="text inside the claim")
    p.add_argument("--since", type=parse_date, help="articles published on or after this date")
    p.add_argument("--limit", type=positive_int, default=50, help="rows (default 50)")
    format_option(p)
    database_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    engine = open_archive(args.db)
    with Session(engine) as session:
        try:
            rows = find_claims(session, speaker=args.speaker, org=args.org, about=args.about, since=args.since,
                               limit=args.limit)
        except ValueError as exc:
            raise CommandError(str(exc), status=2) from exc
    emit(rows, ["published_at", "speaker", "speaker_org", "kind", "text", "source"], args.format)
    return 0
