"""``newsarchive reprocess``: re-run today's extraction on archived raw pages, offline.

The raw page of each article's latest version is read back from WARC (no
network), run through :func:`pipelines.run_stages` (the same stage list the
crawler uses) and written with :func:`pipelines.store.write_document`, so an
article gets a new version only when its cleaned body changed.  When the body
is the same, metadata, claims and mentions the current stages find differently
are refreshed in place (no new version).

The helpers here (:func:`document_from_raw`, :func:`process_document`) are
shared by ``rejects --retry`` and ``warc import``.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any, Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from crawler.cli import CommandError, database_option
from crawler.cli.archive import open_archive
from crawler.cli.output import emit, format_option, parse_date, warc_dir, warc_dir_option, writing
from crawler.warc import read_response
from models import store
from models.article import Article, ArticleVersion
from models.claim import Claim
from models.entity import Entity, Mention
from models.source import Source
from pipelines import run_stages
from pipelines.base import rejected_from
from pipelines.document import Document
from pipelines.errors import Reject

logger = logging.getLogger(__name__)

#: Articles per transaction.
BATCH = 50
#: Article fields refreshed in place when the body is unchanged (new value kept only when not empty).
REFRESHED_FIELDS = ("title", "authors", "published_at", "updated_at", "language", "section", "blocks",
                    "word_count", "minhash", "profile")

#: Extra outcome of :func:`process_document` beside the store's new/updated/unchanged.
REJECTED = "rejected"
REFRESHED = "refreshed"


# --- library ------------------------------------------------------------------------

def document_from_raw(url: str, body: bytes, headers: dict[str, str], *, status: int | None = 200,
                      warc: dict[str, Any] | None = None, profile: str | None = None,
                      hints: dict[str, Any] | None = None, fetched_at: datetime | None = None) -> Document:
    """A fetch-only :class:`Document` for a raw page read back from an archive,
    as the spider would have yielded it (profile chosen from the URL when not given)."""
    if profile is None:
        from pipelines.profiles import for_url

        found = for_url(url)
        profile = found.name if found else None
    return Document(url=url, raw=body, headers={k.lower(): v for k, v in headers.items()}, status=status,
                    fetched_at=fetched_at, profile=profile, hints=dict(hints or {}), warc=warc)


def source_kind(profile: str | None) -> str:
    if profile:
        from pipelines.profiles import load

        try:
            return load(profile).source_kind
        except KeyError:
            pass
    return "original"


def process_document(session: Session, doc: Document, *, canonical_url: str | None = None,
                     refresh: bool = False, near_index: Any = None) -> str:
    """Run every stage on ``doc`` and store the result; returns ``new``,
    ``updated``, ``unchanged``, ``refreshed`` (same body, other fields updated
    in place; only with ``refresh``) or ``rejected`` (a reject row was written)."""
    from pipelines.store import write_document

    try:
        doc = run_stages(doc)
    except Reject as exc:
        payload = rejected_from(doc, exc)["payload"]
        store.record_reject(session, url=doc.url, stage=exc.stage, reason=exc.reason, payload=payload)
        return REJECTED
    if canonical_url:
        doc.canonical_url = canonical_url
    elif not doc.canonical_url and doc.url:
        from pipelines.dedup import canonical_url as canonical

        doc.canonical_url = canonical(doc.url)
    previous_fetch = session.scalar(select(Article.fetched_at).where(Article.canonical_url == doc.canonical_url))
    status = write_document(session, doc, source_kind=source_kind(doc.profile), near_index=near_index)
    article = session.scalar(select(Article).where(Article.canonical_url == doc.canonical_url))
    assert article is not None
    if previous_fetch is not None and article.fetched_at is not None and previous_fetch > article.fetched_at:
        article.fetched_at = previous_fetch  # re-extraction is not a newer fetch
    if status == store.UNCHANGED and refresh and _refresh_in_place(session, article, doc):
        return REFRESHED
    return status


def _claims_key(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    return sorted(rows, key=repr)


def _refresh_in_place(session: Session, article: Article, doc: Document) -> bool:
    """Same body, newer extraction: update the article's other fields, claims and
    mentions where the stages now say something else.  Returns whether anything changed."""
    changed = False
    for name in REFRESHED_FIELDS:
        value = getattr(doc, name, None)
        if name == "minhash" and value is not None:
            value = list(value)
        if value in (None, "", []):
            continue
        if getattr(article, name) != value:
            setattr(article, name, value)
            changed = True
    have_claims = _claims_key([tuple(r) for r in session.execute(
        select(Claim.kind, Claim.speaker, Claim.text, Claim.start_char, Claim.end_char)
        .where(Claim.article_id == article.id))])
    want_claims = _claims_key([(c.get("kind", "direct"), c.get("speaker"), c.get("text", ""),
                                int(c.get("start", 0)), int(c.get("end", 0))) for c in doc.claims or []])
    have_mentions = _claims_key([tuple(r) for r in session.execute(
        select(Entity.name, Entity.type, Mention.start_char, Mention.end_char)
        .join(Entity, Entity.id == Mention.entity_id).where(Mention.article_id == article.id))])
    want_mentions = _claims_key([(e.get("name"), e.get("type"), int(m.get("start", 0)), int(m.get("end", 0)))
                                 for e in doc.entities or [] if e.get("name") and e.get("type")
                                 for m in e.get("mentions") or []])
    if have_claims != want_claims or have_mentions != want_mentions:
        store.replace_annotations(session, article, doc)
        changed = True
    if changed:
        session.flush()
    return changed


class Progress:
    """A one-line progress bar on stderr, redrawn at most every 0.2 s; silent
    when stderr is not a terminal (cron logs get the summary only).
    Call it with ``(done, total)``."""

    def __init__(self, label: str, *, stream: Any = None):
        self.label = label
        self.stream = stream or sys.stderr
        self.enabled = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.started = self.last = time.monotonic()
        self.drawn = False

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if not self.enabled or (now - self.last < 0.2 and done != total):
            return
        self.last, self.drawn = now, True
        width = 30
        filled = int(width * done / total) if total else width
        rate = done / max(now - self.started, 1e-6)
        self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total} {rate:.0f}/s")
        self.stream.flush()

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\n")
            self.stream.flush()


def reprocess(session_factory: Callable[[], Session], warc_root: Path, *, source: str | None = None,
              since: datetime | None = None,
              progress: Callable[[int, int], None] | None = None) -> dict[str, int]:
    """Re-extract every selected article from its latest version's WARC record.

    Returns counts: ``articles`` (selected), ``updated`` (new version), ``unchanged``,
    ``refreshed`` (same body, fields/claims updated), ``rejected``, ``no_raw`` (no
    WARC location recorded), ``missing`` (WARC file or record unreadable).
    """
    counts = dict.fromkeys(["articles", "updated", "unchanged", "refreshed", "rejected", "no_raw", "missing"], 0)
    with session_factory() as session:
        stmt = select(Article.id).outerjoin(Source, Source.id == Article.source_id)
        if source is not None:
            stmt = stmt.where(Source.name == source)
        if since is not None:
            stmt = stmt.where(Article.published_at >= since)
        ids = list(session.scalars(stmt.order_by(Article.id)))
    counts["articles"] = len(ids)
    for start in range(0, len(ids), BATCH):
        chunk = ids[start:start + BATCH]
        with session_factory() as session, session.begin():
            rows = session.execute(
                select(Article.id, Article.canonical_url, Article.url, Article.section, Article.profile,
                       ArticleVersion.warc_filename, ArticleVersion.warc_offset, ArticleVersion.fetched_at,
                       ArticleVersion.encoding)
                .join(ArticleVersion, (ArticleVersion.article_id == Article.id)
                      & (ArticleVersion.version == Article.version_count))
                .where(Article.id.in_(chunk))).all()
            found = {r.id for r in rows}
            counts["no_raw"] += len(set(chunk) - found)
            for row in rows:
                outcome = _reprocess_one(session, row, warc_root)
                counts[outcome] += 1
            if progress:
                progress(start + len(chunk), len(ids))
    return counts


def _reprocess_one(session: Session, row: Any, warc_root: Path) -> str:
    if not row.warc_filename or row.warc_offset is None:
        return "no_raw"
    try:
        resp = read_response(warc_root, row.warc_filename, row.warc_offset)
    except (OSError, ValueError) as exc:
        logger.warning("Raw page of article %(id)s unreadable: %(err)s", {"id": row.id, "err": exc})
        return "missing"
    hints = {"section": row.section} if row.section else {}
    doc = document_from_raw(row.url or row.canonical_url, resp.body, resp.headers, status=resp.status,
                            warc={"filename": row.warc_filename, "offset": row.warc_offset},
                            profile=row.profile, hints=hints, fetched_at=row.fetched_at)
    outcome = process_document(session, doc, canonical_url=row.canonical_url, refresh=True)
    return {store.NEW: "updated", store.UPDATED: "updated"}.get(outcome, outcome)


# --- command ------------------------------------------------------------------------

def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "reprocess", help="re-run the current extraction on archived raw pages (no network)",
        description=(
            "Read each article's raw page back from the WARC archive and run today's extraction, "
            "cleaning, claims and entities on it. An article gets a new version only where its "
            "cleaned body changed; otherwise changed metadata, claims and mentions are updated "
            "in place. Articles without a WARC record are counted and skipped."),
        epilog=("Examples:\n"
                "  newsarchive reprocess\n"
                "  newsarchive reprocess --source 'Securities Daily' --since 2024-01-01 --db archive.db"),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--source", help="only articles credited to this source (exact name)")
    p.add_argument("--since", type=parse_date, help="only articles published on or after this date")
    warc_dir_option(p)
    format_option(p)
    database_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from sqlalchemy.orm import sessionmaker

    engine = open_archive(args.db)
    root = warc_dir(args.warc_dir, args.db)
    if not root.is_dir():
        raise CommandError(f"no WARC folder at {root} (pass --warc-dir)")
    sessions = sessionmaker(engine, expire_on_commit=False)
    bar = Progress("reprocess")
    try:
        with writing():
            counts = reprocess(sessions, root, source=args.source, since=args.since, progress=bar)
    finally:
        bar.close()
    if args.format == "json":
        emit([counts], list(counts), "json")
    else:
        print(f"{counts['articles']} articles: {counts['updated']} new versions, {counts['refreshed']} "
              f"refreshed in place, {counts['unchanged']} unchanged, {counts['rejected']} rejected, "
              f"{counts['no_raw']} without a raw page, {counts['missing']} with the WARC record missing")
    return 0
