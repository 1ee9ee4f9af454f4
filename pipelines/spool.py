"""Replay the spool: items the store could not write while the archive was down.

:class:`crawler.store_pipeline.StorePipeline` appends an item it cannot write (not even
as a reject row) to ``<NEWSARCHIVE_SPOOL_DIR>/run-<id>.jsonl``: a finished
article as :meth:`Document.to_json` plus a ``fetch`` dict, or a reject as its
``url``/``stage``/``reason``/``payload``.  :func:`replay` writes them to the
archive, so a spooled article is archived without being downloaded again (the
next crawl's skip check then finds it).  A file replayed in full moves to
``<spool>/replayed/``; a file of a run still ``running`` is left alone; when the
archive fails again, replay stops and the rest stays for next time.

``newsarchive crawl`` replays at the start of every run; ``newsarchive spool
replay`` does it by hand.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from models import store
from models.crawl import CrawlRun
from models.engine import get_engine
from pipelines.document import Document

logger = logging.getLogger(__name__)

_RUN_FILE = re.compile(r"^run-(\d+|unknown)\.jsonl$")


@dataclass
class ReplayResult:
    files: list[str] = field(default_factory=list)
    #: Articles written (new, updated or unchanged: replay is idempotent).
    articles: int = 0
    rejects: int = 0
    #: Lines that are not valid spool records (kept in the file, counted).
    unreadable: int = 0
    #: Set when the archive failed again; the rest of the spool is kept.
    error: str | None = None


def _when(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None


def document_from(record: dict[str, Any]) -> Document:
    """The :class:`Document` of a spooled article record."""
    fetch = record.get("fetch") or {}
    return Document(
        url=fetch.get("url") or record.get("url"), canonical_url=record.get("url"),
        headers=dict(fetch.get("headers") or {}), warc=fetch.get("warc"), profile=fetch.get("profile"),
        title=record.get("title"), authors=list(record.get("authors") or []), source=record.get("source"),
        published_at=_when(record.get("published_at")), updated_at=_when(record.get("updated_at")),
        language=record.get("language"), section=record.get("section"), encoding=record.get("encoding"),
        body=record.get("body") or "", blocks=list(record.get("blocks") or []),
        claims=list(record.get("claims") or []), entities=list(record.get("entities") or []),
        content_hash=record.get("content_hash"), word_count=int(record.get("word_count") or 0),
    )


def _write(session: Session, record: dict[str, Any]) -> str:
    """Write one record; ``"article"`` or ``"reject"``."""
    from pipelines.store import write_document

    if "body" not in record and "stage" in record:
        store.record_reject(session, url=record.get("url"), stage=record["stage"], reason=record.get("reason", ""),
                            payload=record.get("payload"))
        return "reject"
    write_document(session, document_from(record), source_kind=record.get("source_kind") or "original")
    return "article"


def _run_open(sessions: sessionmaker[Session], name: str) -> bool:
    m = _RUN_FILE.match(name)
    if not m or m.group(1) == "unknown":
        return False
    with sessions() as session:
        run = session.get(CrawlRun, int(m.group(1)))
        return run is not None and run.status == "running"


def pending(spool_dir: Path) -> list[Path]:
    """Spool files not yet replayed, oldest run first."""
    if not spool_dir.is_dir():
        return []
    return sorted((p for p in spool_dir.iterdir() if p.is_file() and _RUN_FILE.match(p.name)),
                  key=lambda p: (len(p.name), p.name))


def replay_file(sessions: sessionmaker[Session], path: Path, result: ReplayResult) -> bool:
    """Write every record of ``path``; False when the archive failed (file kept)."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    for line in lines:
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            result.unreadable += 1
            continue
        if not isinstance(record, dict):
            result.unreadable += 1
            continue
        try:
            with sessions.begin() as session:
                kind = _write(session, record)
        except DBAPIError as exc:
            result.error = str(exc.orig or exc).strip().splitlines()[0] if str(exc) else type(exc).__name__
            return False
        if kind == "article":
            result.articles += 1
        else:
            result.rejects += 1
    done = path.parent / "replayed"
    done.mkdir(exist_ok=True)
    path.rename(done / path.name)
    result.files.append(path.name)
    return True


def replay(url: str, spool_dir: Path) -> ReplayResult:
    """Replay every pending spool file of ``spool_dir`` into the archive at ``url``."""
    sessions = sessionmaker(get_engine(url), expire_on_commit=False)
    result = ReplayResult()
    for path in pending(Path(spool_dir)):
        try:
            if _run_open(sessions, path.name):
                continue  # that run may still be writing to it
        except DBAPIError as exc:
            result.error = str(exc.orig or exc).strip().splitlines()[0]
            break
        if not replay_file(sessions, path, result):
            break
    if result.files:
        logger.info("Spool replayed: %(a)d articles, %(r)d rejects from %(n)d files",
                    {"a": result.articles, "r": result.rejects, "n": len(result.files)})
    return result
