"""How a crawl went: ``finished``, ``failed`` or ``interrupted``, and why, in one line.

Rejected pages are normal: a site with a few bad pages still *finished* (exit 0),
its rejects counted in the run row.  A run *failed* (exit 1) only when

* nothing was fetched (a scale-out worker that found the shared queue drained excepted);
* the archive could not be written: items went to the spool (``archive unreachable``)
  or a disk filled up (``disk full: <path>``);
* the run lost its PostgreSQL advisory lock and stopped (``lock lost``);
* the **error rate** is over ``NEWSARCHIVE_MAX_ERROR_RATE`` (default 0.25): errors are
  ERROR log lines (spider and pipeline exceptions, store failures, network failures
  of requests without an errback), network failures the spider saw, and HTTP 5xx responses, over the requests sent.  HTTP 4xx and rejects are not errors.

The reason is kept in the run's stats as ``newsarchive/run/failure`` and printed by
``newsarchive crawl`` as its one-line stderr message.
"""

from __future__ import annotations

from typing import Any

#: Default of ``NEWSARCHIVE_MAX_ERROR_RATE``.
MAX_ERROR_RATE = 0.25
FAILURE_KEY = "newsarchive/run/failure"
DISK_FULL_KEY = "newsarchive/run/disk_full"


def error_count(stats: dict[str, Any]) -> int:
    """Unexpected errors of a run (see the module docstring)."""
    server_errors = sum(v for k, v in stats.items()
                        if k.startswith("downloader/response_status_count/5") and isinstance(v, int))
    # network failures as the spider's errback classified them (Scrapy's own
    # downloader/exception_count also counts already-archived skips and oversize pages)
    network = sum(v for k, v in stats.items()
                  if k.startswith("newsarchive/spider/fetch_failed/") and k.endswith("/download_error")
                  and isinstance(v, int))
    return int(stats.get("log_count/ERROR", 0)) + network + server_errors


def failure(reason: str | None, stats: dict[str, Any], *, max_error_rate: float = MAX_ERROR_RATE) -> str | None:
    """Why the run failed, one line; None when it did not."""
    if stats.get(DISK_FULL_KEY):
        return f"disk full: {stats[DISK_FULL_KEY]}"
    if reason == "lock_lost":
        return "lock lost: the PostgreSQL advisory lock could not be re-taken after a reconnect"
    spooled = int(stats.get("newsarchive/store/spooled", 0))
    if spooled:
        return f"archive unreachable: {spooled} items spooled (replayed by the next run or `newsarchive spool replay`)"
    if reason not in (None, "finished") and not str(reason).startswith("closespider_"):
        return f"crawl stopped: {reason}"
    requests = int(stats.get("downloader/request_count", 0))
    if not stats.get("downloader/response_count", 0):
        if stats.get("newsarchive/scaleout/enabled") and stats.get("newsarchive/scaleout/idle_waits"):
            return None
        return f"nothing fetched ({requests} requests sent)"
    errors = error_count(stats)
    if requests and errors / requests > max_error_rate:
        return (f"error rate {errors / requests:.0%} over NEWSARCHIVE_MAX_ERROR_RATE {max_error_rate:.0%} "
                f"({errors} errors in {requests} requests)")
    return None


def run_status(reason: str | None, stats: dict[str, Any], *, max_error_rate: float = MAX_ERROR_RATE) -> str:
    """``interrupted`` for Ctrl-C/SIGTERM, ``failed`` when :func:`failure` says why, else ``finished``."""
    if reason == "shutdown":
        return "interrupted"
    return "failed" if failure(reason, stats, max_error_rate=max_error_rate) else "finished"
