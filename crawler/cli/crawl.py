"""``newsarchive crawl``: one spider run, safe to start from cron.

* **One run at a time** per spider and archive (:mod:`crawler.runlock`): an
  exclusive ``flock`` on a lock file that the Scrapy child inherits, so killing
  either process never lets a second run start beside the survivor; on
  PostgreSQL also the spider's advisory lock, held by the crawling process and
  re-taken after a reconnect.  A second run exits at once with :data:`EXIT_LOCKED`.
* **Before the child starts** (:func:`crawler.runreport.prepare`): runs left
  ``running`` by a dead process are marked ``killed``; the spool of an earlier
  database outage is replayed into the archive.
* **A child process** runs ``scrapy crawl`` (the Twisted reactor cannot be
  restarted, and a crash must not take the lock holder's bookkeeping with it);
  SIGTERM/SIGINT are passed on so Scrapy shuts down cleanly.
* **A log file per run**: ``<log dir>/<spider>-<UTC timestamp>.log``.
* **The exit status says how it went** (:mod:`crawler.outcome`), with one line on
  stderr saying why; the counts come from the archive, not from the child's stats:

  ===  ====================================================================
   0   the crawl ran and stored what it could (rejected pages are normal, counted)
   1   failed: nothing fetched, archive unreachable or full ("disk full: <path>"),
       error rate over ``NEWSARCHIVE_MAX_ERROR_RATE`` (default 25%), the crawl
       process killed, archive at an old schema
   2   usage error
  75   another run of this spider on this archive is in progress (EX_TEMPFAIL)
  130  interrupted (SIGINT/SIGTERM)
  ===  ====================================================================
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from crawler import runreport
from crawler.cli import CommandError, database_option, db_url
from crawler.cli.output import warc_dir, warc_dir_option
from crawler.runlock import Locked, lock_name, pg_advisory_lock, run_lock  # noqa: F401 (public here too)
from models.engine import database_url, get_engine
from models.migrate import SchemaError, ensure_schema

#: Another run holds the lock (sysexits.h EX_TEMPFAIL: "try again later").
EXIT_LOCKED = 75
EXIT_INTERRUPTED = 130
ROOT = Path(__file__).resolve().parents[2]


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
            "run stored what it could (rejected pages are normal), 1 when it failed (nothing fetched, "
            "archive unreachable or full, error rate over NEWSARCHIVE_MAX_ERROR_RATE, killed), "
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
        from crawler.diskfull import is_disk_full, where_of

        if is_disk_full(exc):
            raise CommandError(f"disk full: {where_of(url)}") from exc
        raise CommandError(f"archive unreachable: {make_url(url).render_as_string(hide_password=True)}: "
                           f"{str(exc.orig).strip().splitlines()[0]}") from exc
    except SchemaError as exc:
        raise CommandError(str(exc)) from exc


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


def _run_child(cmd: list[str], lock_fd: int | None = None, log_file: Path | None = None) -> int:
    # the child inherits the locked file: the run lock lives as long as either process;
    # its stderr (tracebacks, logging errors on a full disk) goes to the run's log, not to cron mail
    stderr = open(log_file, "ab") if log_file is not None else None
    try:
        proc = subprocess.Popen(cmd, env=_child_env(), pass_fds=(lock_fd,) if lock_fd is not None else (),
                                stderr=stderr)
    finally:
        if stderr is not None:
            stderr.close()
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


def _spool_dir(args: argparse.Namespace) -> Path:
    given = dict(v.split("=", 1) for v in args.settings)
    return Path(given.get("NEWSARCHIVE_SPOOL_DIR") or os.environ.get("NEWSARCHIVE_SPOOL_DIR") or "spool")


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
        with run_lock(args.spider, url, lock_dir) as lock:
            _check_archive(url)
            with pg_advisory_lock(args.spider, url):
                pass  # a probe: the crawling process takes it (crawler.runlock.AdvisoryLockKeeper)
            log_dir.mkdir(parents=True, exist_ok=True)
            log_file = log_dir / f"{args.spider}-{datetime.now(timezone.utc):%Y%m%dT%H%M%SZ}-{os.getpid()}.log"
            scale_out = any(v.startswith("NEWSARCHIVE_REDIS_URL=") and v.split("=", 1)[1] for v in args.settings) \
                or bool(os.environ.get("NEWSARCHIVE_REDIS_URL"))
            for note in runreport.prepare(url, args.spider, _spool_dir(args), scale_out=scale_out):
                print(f"newsarchive: {note}")
            before = runreport.last_run_id(url, args.spider)
            returncode = _run_child(child_command(args, url, log_file), lock.fd, log_file)
            settled = runreport.settle(url, args.spider, before, returncode)
    except Locked as exc:
        print(f"newsarchive: {exc}; not starting another", file=sys.stderr)
        return EXIT_LOCKED
    except runreport.ArchiveUnreachable as exc:
        raise CommandError(str(exc)) from None
    status, line = runreport.verdict(settled, returncode, log_file)
    print(line, file=sys.stdout if status == 0 else sys.stderr)
    return status
