"""``newsarchive entities``: the most mentioned people, organizations, places ..."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from sqlalchemy import desc, func, select
from sqlalchemy.orm import Session

from crawler.cli import database_option
from crawler.cli.archive import open_archive
from crawler.cli.output import emit, format_option, parse_date, positive_int
from models.article import Article
from models.entity import Entity, Mention

TYPES = ["PERSON", "ORG", "GPE", "MONEY", "PERCENT", "DATE"]


def top_entities(session: Session, *, type_: str | None = None, top: int = 20,
                 since: datetime | None = None) -> list[dict[str, Any]]:
    """Entities by the number of articles mentioning them: ``entity_id, name,
    type, articles, mentions, last_seen`` (latest ``published_at``)."""
    articles = func.count(func.distinct(Mention.article_id)).label("articles")
    stmt = (select(Entity.id.label("entity_id"), Entity.name, Entity.type, articles,
                   func.count(Mention.id).label("mentions"), func.max(Article.published_at).label("last_seen"))
            .join(Mention, Mention.entity_id == Entity.id)
            .join(Article, Article.id == Mention.article_id)
            .group_by(Entity.id, Entity.name, Entity.type))
    if type_:
        stmt = stmt.where(Entity.type == type_.upper())
    if since:
        stmt = stmt.where(Article.published_at >= since)
    stmt = stmt.order_by(desc("articles"), desc("mentions"), Entity.name).limit(top)
    rows = [dict(row._mapping) for row in session.execute(stmt)]
    for row in rows:  # SQLite returns max() of a datetime column as text
        if isinstance(row["last_seen"], str):
            row["last_seen"] = datetime.fromisoformat(row["last_seen"])
    return rows


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "entities", help="most mentioned entities (people, organizations, places, amounts)",
        description=("Entities ranked by the number of articles that mention them. Aliases are already "
                     "folded into canonical names (see entity_aliases). The same data is in mentions_view."),
        epilog=("Examples:\n"
                "  newsarchive entities --type ORG --top 10\n"
                "  newsarchive entities --type PERSON --since 2024-01-01 --format json"),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--type", choices=TYPES, type=str.upper, help="only this entity type")
    p.add_argument("--top", type=positive_int, default=20, metavar="N", help="how many (default 20)")
    p.add_argument("--since", type=parse_date, help="count mentions in articles published since this date")
    format_option(p)
    database_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    engine = open_archive(args.db)
    with Session(engine) as session:
        rows = top_entities(session, type_=args.type, top=args.top, since=args.since)
    emit(rows, ["name", "type", "articles", "mentions", "last_seen"], args.format)
    return 0
