"""Crawl runs after a crash: close rows left ``running`` by a dead process, and
count what a run stored from the archive itself (not from the stats of a process
that may have died before writing them).

Functions ``f(session, ...)``; the caller owns the transaction.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.article import Article, ArticleVersion
from models.base import utcnow
from models.crawl import CrawlRun, Reject

#: Status of a run whose process died without closing its row (kill -9, OOM, power).
KILLED = "killed"


@dataclass(frozen=True)
class RunSummary:
    """What one run left in the archive."""

    #: Articles first seen while the run was open (any spider writing then counts).
    new: int
    #: Versions after the first one, fetched while the run was open.
    updated: int
    #: Reject rows the run wrote or bumped.
    rejects: int


def pid_alive(pid: int | None) -> bool:
    """True when a crawl process ``pid`` runs on this machine: it exists, is not a
    zombie (a killed child nobody reaped yet) and, where ``/proc`` tells, is a
    Python/Scrapy process (not another program that got the pid since)."""
    if not pid or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    proc = Path(f"/proc/{pid}")
    if not proc.exists():
        return True  # no /proc here: existence is all we can tell
    try:
        state = (proc / "stat").read_text().rsplit(")", 1)[1].split()[0]
        cmdline = (proc / "cmdline").read_bytes()
    except (OSError, IndexError):
        return False
    return state != "Z" and (b"scrapy" in cmdline or b"crawler" in cmdline or b"python" in cmdline)


def summarize(session: Session, run: CrawlRun) -> RunSummary:
    """Counts of ``run`` from the rows in the archive (between its start and its
    end, or now for a run still open)."""
    end = run.finished_at or utcnow()
    new = session.scalar(select(func.count()).select_from(Article)
                         .where(Article.first_seen_at >= run.started_at, Article.first_seen_at <= end)) or 0
    updated = session.scalar(select(func.count()).select_from(ArticleVersion)
                             .where(ArticleVersion.version > 1, ArticleVersion.fetched_at >= run.started_at,
                                    ArticleVersion.fetched_at <= end)) or 0
    rejects = session.scalar(select(func.count()).select_from(Reject).where(Reject.crawl_run_id == run.id)) or 0
    return RunSummary(new=new, updated=updated, rejects=rejects)


def close_killed(session: Session, run: CrawlRun, *, why: str) -> RunSummary:
    """Mark ``run`` :data:`KILLED` now, its counts from the archive; ``why`` goes to
    ``finish_reason`` (e.g. ``"process 123 gone"``)."""
    run.finished_at = utcnow()
    summary = summarize(session, run)
    run.status = KILLED
    run.finish_reason = why[:100]
    run.articles_new, run.articles_updated, run.rejects = summary.new, summary.updated, summary.rejects
    return summary


def mark_killed(session: Session, spider: str, *, alive: Callable[[int | None], bool] = pid_alive,
                host: str | None = None, other_hosts: bool = True) -> list[int]:
    """Close the ``running`` rows of ``spider`` whose process is gone; returns their ids.

    Call it holding the run lock of ``spider``: then no other run of it is alive,
    except a plain ``scrapy crawl`` on this machine, which the pid check spares.
    A row from another machine is closed too (that machine's run would hold the lock),
    unless ``other_hosts`` is False (scale-out workers on other machines run unlocked).
    """
    host = host or socket.gethostname()
    closed = []
    rows = session.scalars(select(CrawlRun).where(CrawlRun.spider == spider, CrawlRun.status == "running")
                           .order_by(CrawlRun.id)).all()
    for run in rows:
        if run.hostname == host and run.pid != os.getpid() and alive(run.pid):
            continue
        if run.hostname != host and not other_hosts:
            continue
        close_killed(session, run, why=f"process {run.pid} on {run.hostname} gone")
        closed.append(run.id)
    return closed
