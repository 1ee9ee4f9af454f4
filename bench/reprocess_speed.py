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

In-process, the loop's start-up is outside its window (``trafilatura`` was imported and
warmed by the import) while reprocess pays its pool's start inside its own.  So each round
also times both as commands, from process start to exit, each paying its own start-up:
``python -c`` running the same loop (``trafilatura`` and ``pipelines.warcread`` imported in
it) and ``newsarchive reprocess`` on the same archive; CPU seconds are the whole process
tree's (as ``/usr/bin/time`` counts them).  Both lines are printed.
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import resource
import shutil
import statistics
import subprocess
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


#: The loop as a command of its own (``python -c LOOP_SCRIPT path``): only what it needs imported.
LOOP_SCRIPT = """\
import sys
import trafilatura
from pipelines.warcread import iter_responses
n = 0
for resp in iter_responses(sys.argv[1]):
    trafilatura.extract(resp.body.decode("utf-8", "replace"), url=resp.url)
    n += 1
print(n)
"""


def run_timed(cmd: list[str]) -> tuple[str, float, float]:
    """``(stdout, wall seconds, CPU seconds of the process tree)`` of ``cmd`` run in the repository."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    t, c = time.perf_counter(), cpu_seconds()
    out = subprocess.run(cmd, cwd=ROOT, env=env, check=True, capture_output=True, text=True).stdout
    return out, time.perf_counter() - t, cpu_seconds() - c


def as_commands(warc_file: Path, db: Path, warc_root: Path, workers: int) -> tuple[float, float, float]:
    """Both sides as commands: ``(loop pages/s, reprocess pages/s, CPU seconds loop / reprocess)``."""
    out, loop_wall, loop_cpu = run_timed([sys.executable, "-c", LOOP_SCRIPT, str(warc_file)])
    pages = int(out.split()[-1])
    cli = shutil.which("newsarchive", path=str(Path(sys.executable).parent))
    cli_cmd = [cli] if cli else [sys.executable, "-m", "crawler.cli"]
    out, ours_wall, ours_cpu = run_timed(cli_cmd + ["reprocess", "--db", str(db), "--warc-dir", str(warc_root),
                                                    "--workers", str(workers), "--format", "json"])
    articles = json.loads(out)[0]["articles"]
    return pages / loop_wall, articles / ours_wall, loop_cpu / ours_cpu


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

    from pipelines.reprocess import reprocess
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
        loop, ours, cpu, commands = [], [], [], []
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
            commands.append(as_commands(copied, work / "archive.db", work / "warc", args.workers))
            print(f"  round {r + 1} as commands: trafilatura loop {commands[-1][0]:.1f} pages/s, newsarchive "
                  f"reprocess {commands[-1][1]:.1f} pages/s, CPU seconds ratio {commands[-1][2]:.2f}x", flush=True)
    a, b = statistics.median(loop), statistics.median(ours)
    print(f"\nmedian of {args.rounds}: trafilatura loop {a:.1f} pages/s, reprocess {b:.1f} pages/s, "
          f"ratio {b / a:.2f}x (workers={args.workers}); CPU seconds, loop / reprocess: {statistics.median(cpu):.2f}x")
    a, b, c = (statistics.median(x[i] for x in commands) for i in range(3))
    print(f"as commands (process start to exit, each paying its own start-up), median of {args.rounds}: "
          f"trafilatura loop {a:.1f} pages/s, newsarchive reprocess {b:.1f} pages/s, ratio {b / a:.2f}x; "
          f"CPU seconds, loop / reprocess: {c:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
