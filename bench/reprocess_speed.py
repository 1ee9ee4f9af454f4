"""``reprocess`` speed against a single-process trafilatura loop over the same WARC records.

    python bench/reprocess_speed.py [--pages 300] [--rounds 3] [--workers -1]

Writes real article pages (WCXB development set, read through ``bench/realdata.py``)
to a WARC file, imports it into a new SQLite archive (``warc import``), then, in
interleaved rounds, times (a) ``trafilatura.extract`` on every response record of the
file, one process, and (b) ``reprocess`` of the archive (every stage, WARC records read
back, results compared and stored; the stages in the worker pool).  Prints median
pages/s of both and their ratio (target: reprocess >= 1.0x the loop), and beside it the
ratio of CPU seconds (the loop's, against reprocess's own plus its workers'): on a loaded
machine the wall-clock rates swing with other processes, the CPU seconds much less.
"""

from __future__ import annotations

import argparse
import inspect
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def write_warc(root: Path, pages: int) -> Path:
    from bench import realdata
    from crawler.warc import WarcFile

    warc = WarcFile(root, prefix="bench")
    for i, page in enumerate(realdata.wcxb(kinds=("article",))[:pages]):
        warc.write_exchange(url=f"http://news.example.com/s1/a{i}.html", method="GET", request_headers=[],
                            status=200, protocol="HTTP/1.1",
                            response_headers=[("Content-Type", "text/html; charset=utf-8")], body=page.html)
    warc.close()
    return root / warc.filename


def trafilatura_loop(path: Path) -> int:
    import trafilatura

    from crawler.warc import iter_responses

    n = 0
    for resp in iter_responses(path):
        trafilatura.extract(resp.body.decode("utf-8", "replace"), url=resp.url)
        n += 1
    return n


def cpu_seconds() -> float:
    """CPU seconds of this process and of its children that have ended (the pool's workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=-1)
    args = parser.parse_args(argv)

    from sqlalchemy.orm import sessionmaker

    from crawler.cli.reprocess import reprocess
    from crawler.cli.warc import import_warc
    from models.engine import get_engine
    from models.migrate import upgrade

    with tempfile.TemporaryDirectory(prefix="reprocess-speed-") as tmp:
        work = Path(tmp)
        source = write_warc(work / "in", args.pages)
        url = f"sqlite:///{work / 'archive.db'}"
        upgrade(url)
        sessions = sessionmaker(get_engine(url), expire_on_commit=False)
        t = time.perf_counter()
        counts = import_warc(sessions, source, work / "warc")
        print(f"imported {counts} in {time.perf_counter() - t:.0f} s", flush=True)
        loop, ours, cpu = [], [], []
        # the code before the worker pool had no workers argument: this bench measured it too
        workers = {"workers": args.workers} if "workers" in inspect.signature(reprocess).parameters else {}
        for r in range(args.rounds):
            t, c = time.perf_counter(), cpu_seconds()
            (copied,) = (work / "warc").rglob(source.name)  # where warc import placed the file
            n = trafilatura_loop(copied)
            loop.append(n / (time.perf_counter() - t))
            t, c_loop = time.perf_counter(), cpu_seconds() - c
            res = reprocess(sessions, work / "warc", **workers)
            ours.append(res["articles"] / (time.perf_counter() - t))
            cpu.append(c_loop / (cpu_seconds() - c - c_loop))
            print(f"  round {r + 1}: trafilatura loop {loop[-1]:.1f} pages/s, reprocess {ours[-1]:.1f} pages/s, "
                  f"CPU seconds ratio {cpu[-1]:.2f}x ({res})", flush=True)
    a, b = statistics.median(loop), statistics.median(ours)
    print(f"\nmedian of {args.rounds}: trafilatura loop {a:.1f} pages/s, reprocess {b:.1f} pages/s, "
          f"ratio {b / a:.2f}x (workers={args.workers}); CPU seconds, loop / reprocess: {statistics.median(cpu):.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
