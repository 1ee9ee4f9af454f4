"""Crawl speed against the speed of the network, same run, same site, same concurrency.

    python bench/crawl_speed.py [--rounds 3] [--articles 2000] [--sites generic,flagship]

Serves ~2,000 real-layout article pages on 127.0.0.1 (``bench/crawl_site.py``) and
crawls them, interleaved round by round, with 32 concurrent requests and no delay:

* ``fetch``: a Scrapy spider that only follows links (``bench/anchor_spider.py``);
* ``trafilatura``: the same spider with ``trafilatura.extract`` in the callback;
* ``ours``: the project's crawl into a new SQLite archive (WARC on), ``scrapy crawl site``
  with a selector-less profile on the generic site, ``scrapy crawl securities_daily`` on
  the flagship layout.  ``--ours-setting NAME=VALUE`` passes extra ``-s`` settings.

Each run is a subprocess; its time is the span between Scrapy's "Spider opened" and
"Spider closed" log lines (pipeline start-up included, interpreter start-up not),
pages are ``downloader/response_count``.  Prints, per site, the median pages/s of each
contender, its ratio to ``fetch``, the peak RSS of the crawl process and of its process
tree (crawler + extraction workers, MB; sampled from ``/proc``), and the CPU time a page
costs the crawl process and its tree (ms; start-up included; the one figure the load of
other programs does not move much).
The machine is shared, so only same-run ratios mean anything.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.crawl_site import FLAGSHIP_ARTICLE_RE, GENERIC_ARTICLE_RE, GENERIC_PROFILE  # noqa: E402

COMMON = {
    "CONCURRENT_REQUESTS": "32", "CONCURRENT_REQUESTS_PER_DOMAIN": "32", "DOWNLOAD_DELAY": "0",
    "AUTOTHROTTLE_ENABLED": "0", "LOG_LEVEL": "INFO",
    "LOG_FORMAT": "%(asctime)s.%(msecs)03d [%(name)s] %(levelname)s: %(message)s",
    "LOG_DATEFORMAT": "%Y-%m-%d %H:%M:%S",
}
_STAMP = r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3})"
_OPENED = re.compile(_STAMP + r" \[scrapy\.core\.engine\] INFO: Spider opened")
_CLOSED = re.compile(_STAMP + r" \[scrapy\.core\.engine\] INFO: Spider closed")
_RESPONSES = re.compile(r"'downloader/response_count': (\d+)")


def _settings(extra: dict[str, str]) -> list[str]:
    out = []
    for name, value in {**COMMON, **extra}.items():
        out += ["-s", f"{name}={value}"]
    return out


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        for task in Path(f"/proc/{p}/task").glob("*/children"):
            try:
                todo += [int(c) for c in task.read_text().split()]
            except OSError:
                pass
    return out


def _kb(pid: int, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _cpu_ticks(pid: int) -> int:
    """User + system clock ticks a process has used so far (0 once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    return int(fields[11]) + int(fields[12])


class RssSampler(threading.Thread):
    """Peak RSS of a process (``VmHWM``: its own high-water mark, not inherited from
    the bench process that started it, as ``ru_maxrss`` is) and of its whole tree
    (the crawler plus its extraction workers, summed, sampled every 0.2 s); and the CPU
    time each process of the tree used (its last sample: seconds, start-up included),
    which, unlike the wall time, does not grow with the load other programs put on the
    machine."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peak_kb, self.tree_kb = pid, 0, 0
        self.ticks: dict[int, int] = {}
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.wait(0.2):
            self.peak_kb = max(self.peak_kb, _kb(self.pid, "VmHWM"))
            tree = _tree(self.pid)
            self.tree_kb = max(self.tree_kb, sum(_kb(p, "VmRSS") for p in tree))
            for p in tree:
                self.ticks[p] = max(self.ticks.get(p, 0), _cpu_ticks(p))

    def cpu_seconds(self) -> tuple[float, float]:
        """``(crawler process, whole tree)`` CPU seconds sampled."""
        hz = os.sysconf("SC_CLK_TCK")
        return self.ticks.get(self.pid, 0) / hz, sum(self.ticks.values()) / hz


def run(cmd: list[str], env: dict[str, str], cwd: Path) -> dict[str, float]:
    """One crawl subprocess -> ``{"pages", "seconds", "rate", "rss_mb", "tree_mb", "cpu_ms",
    "tree_cpu_ms"}`` (CPU milliseconds a page: the crawler process, and it with its workers)."""
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=err)
        sampler = RssSampler(proc.pid)
        sampler.start()
        proc.wait()
        sampler.done.set()
        err.seek(0)
        log = err.read().decode("utf-8", "replace")
    opened, closed, pages = _OPENED.search(log), _CLOSED.search(log), _RESPONSES.search(log)
    if proc.returncode not in (0, 1) or not (opened and closed and pages):
        raise RuntimeError(f"{' '.join(cmd[:6])} failed ({proc.returncode}):\n{log[-3000:]}")
    span = (datetime.fromisoformat(closed.group(1)) - datetime.fromisoformat(opened.group(1))).total_seconds()
    n = int(pages.group(1))
    cpu, tree_cpu = sampler.cpu_seconds()
    return {"pages": n, "seconds": span, "rate": n / span, "rss_mb": sampler.peak_kb / 1024,
            "tree_mb": sampler.tree_kb / 1024, "cpu_ms": 1000 * cpu / n, "tree_cpu_ms": 1000 * tree_cpu / n}


def contenders(site: str, url: str, work: Path, ours_settings: dict[str, str]) -> dict[str, tuple]:
    """name -> (command, env) for one site."""
    py = sys.executable
    if site == "generic":
        article, listing = GENERIC_ARTICLE_RE.pattern, r"^/(?:s\d+/(?:index(?:_\d+)?\.html)?)?$"
        ours = ["crawl", "site", "-a", "profile=bench_generic"]
    else:
        article, listing = FLAGSHIP_ARTICLE_RE.pattern, r"^/(?:[a-z0-9_-]+/){1,2}(?:index(?:_\d+)?\.html)?$"
        ours = ["crawl", "securities_daily"]
    anchor = [py, "-m", "scrapy", "runspider", str(ROOT / "bench" / "anchor_spider.py"),
              "-a", f"start_url={url}", "-a", f"article={article}", "-a", f"listing={listing}"]
    env = {**os.environ, "NEWSARCHIVE_PROFILE_DIRS": str(work)}
    return {
        "fetch": (anchor + ["-a", "mode=fetch"] + _settings({}), env),
        "trafilatura": (anchor + ["-a", "mode=trafilatura"] + _settings({}), env),
        "ours": ([py, "-m", "scrapy", *ours, "-a", f"start_url={url}"] + _settings(ours_settings), env),
    }


def bench_site(site: str, rounds: int, articles: int, ours_settings: dict[str, str]) -> dict[str, list[dict]]:
    server = subprocess.Popen([sys.executable, str(ROOT / "bench" / "crawl_site.py"), site,
                               "--articles", str(articles)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    url = server.stdout.readline().strip()
    results: dict[str, list[dict]] = {}
    try:
        with tempfile.TemporaryDirectory(prefix="crawl-speed-") as tmp:
            work = Path(tmp)
            (work / "bench_generic.toml").write_text(GENERIC_PROFILE, encoding="utf-8")
            for r in range(rounds):
                for name, (cmd, env) in contenders(site, url, work, ours_settings).items():
                    run_dir = work / f"{name}-{r}"
                    run_dir.mkdir()
                    env = {**env, "NEWSARCHIVE_DATABASE_URL": f"sqlite:///{run_dir}/archive.db",
                           "NEWSARCHIVE_WARC_DIR": str(run_dir / "warc"),
                           "NEWSARCHIVE_SPOOL_DIR": str(run_dir / "spool")}
                    res = run(cmd, env, ROOT)
                    results.setdefault(name, []).append(res)
                    print(f"  {site} round {r + 1} {name:12s} {res['pages']:5d} pages {res['seconds']:7.1f} s "
                          f"{res['rate']:7.1f} pages/s  rss {res['rss_mb']:.0f} MB  cpu {res['cpu_ms']:.1f} ms/page "
                          f"(tree {res['tree_cpu_ms']:.1f})", flush=True)
    finally:
        server.stdin.close()
        server.wait()
    return results


def report(site: str, results: dict[str, list[dict]]) -> None:
    base = statistics.median(r["rate"] for r in results["fetch"])
    print(f"\n{site}: median of {len(results['fetch'])} interleaved rounds, 32 concurrent requests, no delay")
    print(f"  {'contender':12s} {'pages/s':>8s} {'x fetch':>8s} {'peak RSS MB':>12s} {'tree MB':>8s} "
          f"{'CPU ms/page':>12s} {'tree CPU':>9s}")
    for name, runs in results.items():
        rate = statistics.median(r["rate"] for r in runs)
        rss = statistics.median(r["rss_mb"] for r in runs)
        tree = statistics.median(r["tree_mb"] for r in runs)
        cpu = statistics.median(r["cpu_ms"] for r in runs)
        tree_cpu = statistics.median(r["tree_cpu_ms"] for r in runs)
        print(f"  {name:12s} {rate:8.1f} {rate / base:8.3f} {rss:12.0f} {tree:8.0f} {cpu:12.1f} {tree_cpu:9.1f}")
    # per-round ratios: each round's crawl against the fetch run next to it
    ratios = [o["rate"] / f["rate"] for o, f in zip(results["ours"], results["fetch"])]
    traf = [t["rate"] / f["rate"] for t, f in zip(results["trafilatura"], results["fetch"])]
    print(f"  per-round ours/fetch {', '.join(f'{x:.3f}' for x in ratios)}; "
          f"trafilatura/fetch {', '.join(f'{x:.3f}' for x in traf)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--sites", default="generic,flagship")
    parser.add_argument("--ours-setting", action="append", default=[], metavar="NAME=VALUE")
    args = parser.parse_args(argv)
    ours = dict(s.split("=", 1) for s in args.ours_setting)
    started = time.perf_counter()
    all_results = {}
    for site in args.sites.split(","):
        all_results[site] = bench_site(site, args.rounds, args.articles, ours)
    for site, results in all_results.items():
        report(site, results)
    print(f"\n({time.perf_counter() - started:.0f} s in all)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
