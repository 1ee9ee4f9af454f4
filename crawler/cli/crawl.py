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

import re
import os
import signal
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError

import click

from crawler import runreport
from crawler import settings as defaults
from crawler.runlock import Locked, lock_name, pg_advisory_lock, run_lock  # noqa: F401 (public here too)

from crawler.cli import CONTEXT, CommandError
from crawler.cli.archive import archive_url, display, first_line, sqlite_path, warc_folder
from crawler.cli.options import KEY_VALUE, common, db_option, warc_dir_option
from crawler.cli.progress import Bar, enabled
from models.engine import get_engine
from models.migrate import SchemaError, ensure_schema

#: Another run holds the lock (sysexits.h EX_TEMPFAIL: "try again later").
EXIT_LOCKED = 75
ROOT = Path(__file__).resolve().parents[2]


#: Scrapy's periodic stats line, e.g. "Crawled 12 pages (at 60 pages/min), scraped 5 items (at 25 items/min)".
_LOGSTATS = re.compile(r"Crawled (\d+) pages \(at (\d+) pages/min\), scraped (\d+) items")
#: A rejected page, as crawler/logformatter.py logs it.
_DROPPED = re.compile(r"Dropped \S*: rejected at ")
_ERROR_LINE = re.compile(r"\] (?:ERROR|CRITICAL): (.*)$")
#: Spider arguments checked before a crawl starts (a bad one is a usage error, not a failed run).
_DAY_ARGS = ("since", "until")

EPILOG = """\b
Examples:
  newsarchive crawl securities_daily --db /srv/news/archive.db --log-dir /srv/news/logs
  newsarchive crawl securities_daily -a since=2021-05-01 -s CLOSESPIDER_PAGECOUNT=500
crontab:
  17 * * * * cd /srv/news && newsarchive crawl securities_daily --db archive.db --log-dir logs >>logs/cron.log 2>&1"""


def _settings_for(settings: tuple[str, ...]) -> Any:
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    from scrapy.utils.project import get_project_settings

    project = get_project_settings()
    project.setdict(dict(s.split("=", 1) for s in settings), priority="cmdline")
    return project


def check_spider(spider: str, spider_args: tuple[str, ...], settings: tuple[str, ...]) -> None:
    """Refuse, as a usage error, an unknown spider or a spider argument the spider would refuse."""
    from scrapy.spiderloader import SpiderLoader

    from crawler.spiders import profiled

    try:
        known = SpiderLoader.from_settings(_settings_for(settings)).list()
    except ImportError as exc:  # SPIDER_MODULES names a module that is not importable
        raise CommandError(f"cannot load the spiders: {exc}; check -s SPIDER_MODULES", status=2) from exc
    if spider not in known:
        raise CommandError(f"no spider {spider!r}: use one of {', '.join(sorted(known))} (see `scrapy list`)",
                           status=2)
    values = dict(a.split("=", 1) for a in spider_args)
    try:
        for name in _DAY_ARGS:
            profiled.parse_day(name, values.get(name))
        profiled.parse_max_pages(values.get("max_pages"))
        profiled.parse_start_url(values.get("start_url"))
        if "refresh" in values:
            profiled.parse_bool("refresh", values["refresh"])
    except profiled.SpiderArgumentError as exc:
        raise CommandError(f"bad spider argument {exc}", status=2) from exc


def _check_archive(url: str) -> None:
    engine = get_engine(url)
    try:
        ensure_schema(engine, auto_init=True)
    except DBAPIError as exc:
        from crawler.diskfull import is_disk_full, where_of

        if is_disk_full(exc):
            raise CommandError(f"disk full: {where_of(url)}") from exc
        raise CommandError(f"archive unreachable: {display(url)}: {first_line(exc)}") from exc
    except SchemaError as exc:
        raise CommandError(str(exc)) from exc


def child_command(spider: str, spider_args: tuple[str, ...], settings: tuple[str, ...], url: str,
                  log_file: Path, warc_root: Path, *, progress: bool = False) -> list[str]:
    """The ``scrapy crawl`` command line of the child process."""
    cmd = [sys.executable, "-m", "scrapy", "crawl", spider]
    for value in spider_args:
        cmd += ["-a", value]
    given = {s.split("=", 1)[0] for s in settings}
    defaults = {"NEWSARCHIVE_DATABASE_URL": url, "LOG_FILE": str(log_file),
                "NEWSARCHIVE_WARC_DIR": str(warc_root.resolve())}
    if progress:  # Scrapy's stats line every second feeds the progress display
        defaults.update({"LOGSTATS_INTERVAL": "1", "LOG_LEVEL": "INFO"})
    for name, value in defaults.items():
        if name not in given:
            cmd += ["-s", f"{name}={value}"]
    for value in settings:
        cmd += ["-s", value]
    return cmd


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    # cron starts in $HOME: the project must be importable from anywhere.
    env["PYTHONPATH"] = os.pathsep.join(p for p in [str(ROOT), env.get("PYTHONPATH", "")] if p)
    return env


def _watch(proc: subprocess.Popen[bytes], log_file: Path, bar: Bar) -> int:
    """Wait for the child, drawing its progress from the stats lines of its log."""
    pos = 0
    rejects = 0
    while True:
        try:
            returncode = proc.wait(timeout=0.5)
        except subprocess.TimeoutExpired:
            returncode = None
        if log_file.exists():
            with open(log_file, encoding="utf-8", errors="replace") as fh:
                fh.seek(pos)
                chunk = fh.read()
                pos = fh.tell()
            rejects += len(_DROPPED.findall(chunk))
            stats = _LOGSTATS.findall(chunk)
            if stats:
                pages, rate, items = stats[-1]
                bar.update(int(pages), status=f"{pages} pages ({rate}/min), {items} articles stored, "
                                               f"{rejects} rejects")
        if returncode is not None:
            return returncode


def _run_child(cmd: list[str], log_file: Path, bar: Bar, lock_fd: int | None = None) -> int:
    # the child inherits the locked file: the run lock lives as long as either process;
    # its stderr (tracebacks, logging errors on a full disk) goes to the run's log, not to cron mail
    with open(log_file, "ab") as stderr:
        proc = subprocess.Popen(cmd, env=_child_env(), pass_fds=(lock_fd,) if lock_fd is not None else (),
                                stderr=stderr)
    forwarded: dict[int, Any] = {}

    def forward(signum: int, _frame: Any) -> None:
        proc.send_signal(signum)

    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        forwarded[sig] = signal.signal(sig, forward)
    try:
        while True:
            try:
                return _watch(proc, log_file, bar)
            except KeyboardInterrupt:  # the child got the same SIGINT; wait for its clean shutdown
                continue
    finally:
        for sig, previous in forwarded.items():
            signal.signal(sig, previous)


def _lock_dir(url: str, lock_dir: str | None, log_dir: Path) -> Path:
    if lock_dir:
        return Path(lock_dir)
    path = sqlite_path(url)
    return Path(path).resolve().parent if path else log_dir


@click.command(context_settings=CONTEXT, epilog=EPILOG)
@click.argument("spider")
@click.option("-a", "spider_args", multiple=True, type=KEY_VALUE, metavar="NAME=VALUE",
              help="spider argument (repeatable)")
@click.option("-s", "settings", multiple=True, type=KEY_VALUE, metavar="NAME=VALUE",
              help="Scrapy setting (repeatable)")
@click.option("--log-dir", default=lambda: defaults.NEWSARCHIVE_LOG_DIR, show_default="logs",
              help="folder for the per-run log files (setting NEWSARCHIVE_LOG_DIR)")
@click.option("--lock-dir", default=None,
              help="folder for lock files (default: beside a SQLite archive, else the log folder)")
@warc_dir_option
@db_option
@common
def command(spider: str, spider_args: tuple[str, ...], settings: tuple[str, ...], log_dir: str,
            lock_dir: str | None, warc_dir: str | None, db: str | None) -> int:
    """Run a spider the way cron needs (lock, log file, exit status).

    Runs one spider into the archive in a child `scrapy crawl` process. A second
    run of the same spider on the same archive exits at once with status 75.
    Each run writes <log dir>/<spider>-<UTC time>.log and a crawl_runs row; the
    exit status is 0 when the run finished cleanly, 1 when it failed (errors,
    nothing fetched, archive unreachable), 2 for a usage error (unknown spider,
    bad -a value), 75 when another run holds the lock, 130 when interrupted. On a
    terminal it shows pages fetched, articles stored, rejects and the log file as
    it goes; in cron it prints one line at the end.
    """
    url = archive_url(db)
    check_spider(spider, spider_args, settings)
    logs = Path(log_dir)
    try:
        with run_lock(spider, url, _lock_dir(url, lock_dir, logs)) as lock:
            _check_archive(url)
            with pg_advisory_lock(spider, url):
                pass  # a probe: the crawling process takes it (crawler.runlock.AdvisoryLockKeeper)
            try:
                logs.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise CommandError(f"cannot create the log folder {logs}: {exc.strerror}; pass --log-dir")
            log_file = logs / f"{spider}-{datetime.now(timezone.utc):%Y%m%dT%H%M%SZ}-{os.getpid()}.log"
            for note in runreport.prepare(url, spider, _spool_dir(settings), scale_out=_scale_out(settings)):
                click.echo(f"newsarchive: {note}")
            before = runreport.last_run_id(url, spider)
            cmd = child_command(spider, spider_args, settings, url, log_file, warc_folder(warc_dir, db),
                                progress=enabled())
            with Bar("crawl") as bar:
                bar.log(f"crawl {spider} into {display(url)}; log {log_file}")
                bar.update(0, status="starting")
                returncode = _run_child(cmd, log_file, bar, lock.fd)
            settled = runreport.settle(url, spider, before, returncode)
    except Locked as exc:
        print(f"newsarchive: {exc}; not starting another", file=sys.stderr)
        return EXIT_LOCKED
    except runreport.ArchiveUnreachable as exc:
        raise CommandError(str(exc)) from None
    status, line = runreport.verdict(settled, returncode, log_file)
    if status not in (0, EXIT_LOCKED) and "(last error:" not in line:
        why = last_error(log_file)
        line += f" (last error: {why})" if why else ""
    print(line, file=sys.stdout if status == 0 else sys.stderr)
    return status


def _spool_dir(settings: tuple[str, ...]) -> Path:
    given = dict(v.split("=", 1) for v in settings)
    return Path(given.get("NEWSARCHIVE_SPOOL_DIR") or defaults.NEWSARCHIVE_SPOOL_DIR)


def _scale_out(settings: tuple[str, ...]) -> bool:
    given = dict(v.split("=", 1) for v in settings)
    return bool(given.get("NEWSARCHIVE_REDIS_URL") or defaults.NEWSARCHIVE_REDIS_URL)


def last_error(log_file: Path) -> str | None:
    """The last ERROR/CRITICAL message of a run's log, for the one-line summary."""
    try:
        lines = log_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    for line in reversed(lines):
        m = _ERROR_LINE.search(line)
        if m:
            return m.group(1).strip()
    return None
