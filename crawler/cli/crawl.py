"""``newsarchive crawl``: one spider run, safe to start from cron.

* **One run at a time** per spider and archive: an exclusive ``flock`` on a lock
  file (released by the kernel if the run dies, so no stale locks), plus a
  PostgreSQL advisory lock for archives shared by several machines.  A second
  run exits at once with :data:`EXIT_LOCKED`.
* **A child process** runs ``scrapy crawl`` (the Twisted reactor cannot be
  restarted, and a crash must not take the lock holder's bookkeeping with it);
  SIGTERM/SIGINT are passed on so Scrapy shuts down cleanly.
* **A log file per run**: ``<log dir>/<spider>-<UTC timestamp>.log``.
* **The exit status says how it went**, from the ``crawl_runs`` row written
  by :class:`crawler.extensions.CrawlRunRecorder`:

  ===  ====================================================================
   0   finished
   1   failed: spider or store errors, nothing fetched, no run recorded,
       archive unreachable or at an old schema
   2   usage error
  75   another run of this spider on this archive is in progress (EX_TEMPFAIL)
  130  interrupted (SIGINT/SIGTERM)
  ===  ====================================================================
"""

from __future__ import annotations

import argparse
import hashlib
import os
import signal
import subprocess
import sys
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from crawler.cli import EXIT_ERROR, EXIT_OK, CommandError, database_option, db_url
from crawler.cli.output import warc_dir, warc_dir_option
from models.crawl import CrawlRun
from models.engine import database_url, get_engine
from models.migrate import SchemaError, ensure_schema

#: Another run holds the lock (sysexits.h EX_TEMPFAIL: "try again later").
EXIT_LOCKED = 75
EXIT_INTERRUPTED = 130
ROOT = Path(__file__).resolve().parents[2]


class Locked(Exception):
    """The lock is held by another run; the message says by whom."""


def lock_name(spider: str, url: str) -> str:
    """File name of the lock of ``spider`` on the archive at ``url``."""
    digest = hashlib.sha1(f"{spider}\0{url}".encode()).hexdigest()[:12]
    return f"newsarchive-{spider}-{digest}.lock"


@contextmanager
def run_lock(spider: str, url: str, lock_dir: Path) -> Iterator[Path]:
    """Hold the run lock file of ``spider`` on ``url`` or raise :class:`Locked` at once."""
    import fcntl

    lock_dir.mkdir(parents=True, exist_ok=True)
    path = lock_dir / lock_name(spider, url)
    fh = open(path, "a+")
    try:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip() or "another process"
            raise Locked(f"a crawl of {spider} on this archive is already running ({holder}); "
                         f"lock file {path}") from None
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()} since {datetime.now(timezone.utc):%Y-%m-%d %H:%M:%S} UTC")
        fh.flush()
        yield path
    finally:
        fh.close()  # closing releases the flock


@contextmanager
def pg_advisory_lock(spider: str, url: str) -> Iterator[None]:
    """On PostgreSQL, also a session advisory lock: runs on other machines see it."""
    if make_url(url).get_backend_name() != "postgresql":
        yield
        return
    key = int.from_bytes(hashlib.sha1(f"newsarchive crawl {spider}".encode()).digest()[:8], "big", signed=True)
    engine = get_engine(url)
    with engine.connect() as conn:
        got = conn.execute(select(func.pg_try_advisory_lock(key))).scalar()
        conn.commit()
        if not got:
            raise Locked(f"a crawl of {spider} on this archive is already running on another machine "
                         f"(PostgreSQL advisory lock {key})")
        try:
            yield
        finally:
            conn.execute(select(func.pg_advisory_unlock(key)))
            conn.commit()


def _key_value(value: str) -> str:
    if "=" not in value:
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, got {value!r}")
    return value


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "crawl", help="run a spider the way cron needs (lock, log file, exit status)",
        description=(
            "Run one spider into the archive in a child `scrapy crawl` process. A second run of the "
            "same spider on the same archive exits at once with status 75. Each run writes "
            "<log dir>/<spider>-<UTC time>.log and a crawl_runs row; the exit status is 0 when the "
            "run finished cleanly, 1 when it failed (errors, nothing fetched, archive unreachable), "
            "75 when another run holds the lock, 130 when interrupted."),
        epilog=("Examples:\n"
                "  newsarchive crawl securities_daily --db /srv/news/archive.db --log-dir /srv/news/logs\n"
                "  newsarchive crawl securities_daily -a since=2021-05-01 -s CLOSESPIDER_PAGECOUNT=500\n"
                "crontab:\n"
                "  17 * * * * cd /srv/news && newsarchive crawl securities_daily --db archive.db "
                "--log-dir logs >>logs/cron.log 2>&1"),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("spider", help="spider name (see `scrapy list`)")
    p.add_argument("-a", dest="spider_args", action="append", default=[], type=_key_value,
                   metavar="NAME=VALUE", help="spider argument (repeatable)")
    p.add_argument("-s", dest="settings", action="append", default=[], type=_key_value,
                   metavar="NAME=VALUE", help="Scrapy setting (repeatable)")
    p.add_argument("--log-dir", default="logs", help="folder for the per-run log files (default ./logs)")
    p.add_argument("--lock-dir", default=None,
                   help="folder for lock files (default: beside a SQLite archive, else the log folder)")
    warc_dir_option(p)
    database_option(p)
    p.set_defaults(func=run)


def _check_archive(url: str) -> None:
    engine = get_engine(url)
    try:
        ensure_schema(engine, auto_init=True)
    except OperationalError as exc:
        raise CommandError(f"cannot reach the archive {make_url(url).render_as_string(hide_password=True)}: "
                           f"{str(exc.orig).strip().splitlines()[0]}") from exc
    except SchemaError as exc:
        raise CommandError(str(exc)) from exc


def _last_run_id(url: str, spider: str) -> int:
    with Session(get_engine(url)) as session:
        return session.scalar(select(func.max(CrawlRun.id)).where(CrawlRun.spider == spider)) or 0


def _run_after(url: str, spider: str, after: int) -> CrawlRun | None:
    try:
        with Session(get_engine(url), expire_on_commit=False) as session:
            return session.scalars(select(CrawlRun).where(CrawlRun.spider == spider, CrawlRun.id > after)
                                   .order_by(CrawlRun.id.desc()).limit(1)).first()
    except OperationalError:
        return None


def child_command(args: argparse.Namespace, url: str, log_file: Path) -> list[str]:
    cmd = [sys.executable, "-m", "scrapy", "crawl", args.spider]
    for value in args.spider_args:
        cmd += ["-a", value]
    given = {s.split("=", 1)[0] for s in args.settings}
    defaults = {"NEWSARCHIVE_DATABASE_URL": url, "LOG_FILE": str(log_file),
                "NEWSARCHIVE_WARC_DIR": str(warc_dir(args.warc_dir, args.db).resolve())}
    for name, value in defaults.items():
        if name not in given:
            cmd += ["-s", f"{name}={value}"]
    for value in args.settings:
        cmd += ["-s", value]
    return cmd


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    # cron starts in $HOME: the project must be importable from anywhere.
    env["PYTHONPATH"] = os.pathsep.join(p for p in [str(ROOT), env.get("PYTHONPATH", "")] if p)
    return env


def _run_child(cmd: list[str]) -> int:
    proc = subprocess.Popen(cmd, env=_child_env())
    forwarded: dict[int, Any] = {}

    def forward(signum: int, _frame: Any) -> None:
        proc.send_signal(signum)

    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        forwarded[sig] = signal.signal(sig, forward)
    try:
        while True:
            try:
                return proc.wait()
            except KeyboardInterrupt:  # the child got the same SIGINT; wait for its clean shutdown
                continue
    finally:
        for sig, previous in forwarded.items():
            signal.signal(sig, previous)


def run(args: argparse.Namespace) -> int:
    url = database_url(db_url(args.db))
    parsed = make_url(url)
    log_dir = Path(args.log_dir)
    if args.lock_dir:
        lock_dir = Path(args.lock_dir)
    elif parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
        lock_dir = Path(parsed.database).resolve().parent
    else:
        lock_dir = log_dir
    try:
        with run_lock(args.spider, url, lock_dir):
            _check_archive(url)
            with pg_advisory_lock(args.spider, url):
                log_dir.mkdir(parents=True, exist_ok=True)
                log_file = log_dir / f"{args.spider}-{datetime.now(timezone.utc):%Y%m%dT%H%M%SZ}-{os.getpid()}.log"
                before = _last_run_id(url, args.spider)
                returncode = _run_child(child_command(args, url, log_file))
                record = _run_after(url, args.spider, before)
    except Locked as exc:
        print(f"newsarchive: {exc}; not starting another", file=sys.stderr)
        return EXIT_LOCKED
    return report(record, returncode, log_file)


def report(record: CrawlRun | None, returncode: int, log_file: Path) -> int:
    """Print one summary line; the exit status for the run (see the module docstring)."""
    if record is None:
        print(f"newsarchive: error: the crawl recorded no run (scrapy exit status {returncode}); "
              f"see {log_file}", file=sys.stderr)
        return EXIT_ERROR
    pages = (record.stats or {}).get("downloader/response_count", 0)
    line = (f"crawl run {record.id} {record.status}: {record.articles_new} new, {record.articles_updated} "
            f"updated, {record.rejects} rejects, {pages} pages fetched; log {log_file}")
    if record.status == "finished" and returncode == 0:
        print(line)
        return EXIT_OK
    print(f"newsarchive: error: {line}", file=sys.stderr)
    if record.status == "interrupted" or returncode in (-signal.SIGINT, -signal.SIGTERM):
        return EXIT_INTERRUPTED
    return EXIT_ERROR
