"""``newsarchive rejects``: pages that did not become articles, and retrying them offline."""

from __future__ import annotations

import argparse
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from crawler.cli import database_option
from crawler.cli.archive import open_archive
from crawler.cli.output import emit, format_option, positive_int, warc_dir, warc_dir_option, writing
from crawler.cli.reprocess import REJECTED, document_from_raw, process_document
from crawler.warc import read_response
from models.crawl import Reject


def list_rejects(session: Session, *, stage: str | None = None, include_resolved: bool = False,
                 limit: int | None = None) -> list[dict[str, Any]]:
    """Rejects, newest first: ``id, created_at, stage, reason, url, attempts, resolved_at, warc``."""
    stmt = select(Reject)
    if not include_resolved:
        stmt = stmt.where(Reject.resolved_at.is_(None))
    if stage:
        stmt = stmt.where(Reject.stage == stage)
    stmt = stmt.order_by(Reject.created_at.desc(), Reject.id.desc())
    if limit:
        stmt = stmt.limit(limit)
    return [{"id": r.id, "created_at": r.created_at, "stage": r.stage, "reason": r.reason, "url": r.url,
             "attempts": r.attempts, "resolved_at": r.resolved_at, "warc": _warc_of(r.payload)}
            for r in session.scalars(stmt)]


def _warc_of(payload: dict[str, Any] | None) -> dict[str, Any] | None:
    payload = payload or {}
    warc = payload.get("warc") or (payload.get("fetch") or {}).get("warc")
    return warc if isinstance(warc, dict) and warc.get("filename") and warc.get("offset") is not None else None


def retry_rejects(sessions: sessionmaker[Session], warc_root: Any, *, stage: str | None = None) -> list[dict[str, Any]]:
    """Re-extract every open reject from its archived raw page (no network).

    Returns one dict per reject: ``id, url, stage, outcome`` where outcome is
    ``new``/``updated``/``unchanged`` (stored; the reject is resolved),
    ``rejected`` (still refused: its attempts go up) or ``no_raw``.
    """
    with sessions() as session:
        todo = [(r["id"], r["url"], r["stage"], r["warc"]) for r in list_rejects(session, stage=stage)]
    results = []
    for rid, url, stage_name, warc in todo:
        outcome = "no_raw"
        if warc and url:
            with sessions.begin() as session:
                row = session.get(Reject, rid)
                payload = row.payload if row else {}
                try:
                    resp = read_response(warc_root, warc["filename"], int(warc["offset"]))
                except (OSError, ValueError):
                    outcome = "no_raw"
                else:
                    hints = payload.get("hints") or (payload.get("fetch") or {}).get("hints") or {}
                    profile = payload.get("profile") or (payload.get("fetch") or {}).get("profile")
                    doc = document_from_raw(url, resp.body, resp.headers, status=resp.status, warc=warc,
                                            profile=profile, hints=hints, fetched_at=resp.date)
                    outcome = process_document(session, doc)
                    if outcome != REJECTED and row is not None and row.resolved_at is None:
                        # Stored under its canonical URL; this reject is settled either way.
                        from models.base import utcnow

                        row.resolved_at = utcnow()
        results.append({"id": rid, "url": url, "stage": stage_name, "outcome": outcome})
    return results


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "rejects", help="list pages that did not become articles; --retry re-extracts them offline",
        description=(
            "List open rejects (newest first) with the stage that refused the page and why. "
            "--retry runs the current extraction again on each reject's archived raw page (WARC), "
            "with no network: pages that now pass are stored and their rejects resolved."),
        epilog=("Examples:\n"
                "  newsarchive rejects --stage validate\n"
                "  newsarchive rejects --retry --db archive.db"),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--stage", help="only rejects from this stage (decode, parse, validate, store, ...)")
    p.add_argument("--all", action="store_true", help="include resolved rejects")
    p.add_argument("--limit", type=positive_int, default=100, help="rows to list (default 100)")
    p.add_argument("--retry", action="store_true", help="re-extract open rejects from their raw pages")
    warc_dir_option(p)
    format_option(p)
    database_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    engine = open_archive(args.db)
    if args.retry:
        with writing():
            results = retry_rejects(sessionmaker(engine, expire_on_commit=False),
                                    warc_dir(args.warc_dir, args.db), stage=args.stage)
        emit(results, ["id", "outcome", "stage", "url"], args.format)
        if args.format == "table":
            fixed = sum(r["outcome"] not in (REJECTED, "no_raw") for r in results)
            print(f"{fixed} of {len(results)} rejects stored as articles")
        return 0
    with Session(engine) as session:
        rows = list_rejects(session, stage=args.stage, include_resolved=args.all, limit=args.limit)
    emit(rows, ["id", "created_at", "stage", "attempts", "reason", "url"], args.format, max_width=50)
    return 0
