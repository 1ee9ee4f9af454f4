"""Peak RSS of ``newsarchive export`` on a large archive, per format.

    python bench/export_memory.py --db /tmp/newsarchive-bench/archive.db

Each export runs in its own child process (``python -m crawler.cli export``) and
the child's peak resident set size is read from ``getrusage(RUSAGE_CHILDREN)``
(kilobytes on Linux).  Also prints the output size and the time taken, so the
peak can be compared with the data it streamed.  A ``--limit-rows`` run on a
smaller slice (``--until``) shows that the peak does not grow with the rows.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def measure(db: str, fmt: str, out: Path, *extra: str) -> dict:
    cmd = [sys.executable, "-m", "crawler.cli", "export", "--db", db, "--format", fmt, "-o", str(out), *extra]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    t = time.perf_counter()
    # A fresh child per run: RUSAGE_CHILDREN's maxrss is the largest child so far, so
    # run the probe in a wrapper process whose only child is the export.
    probe = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True); "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    result = subprocess.run([sys.executable, "-c", probe, *cmd], env=env, capture_output=True, text=True, check=True)
    elapsed = time.perf_counter() - t
    return {"format": fmt, "filter": " ".join(extra) or "all", "peak_rss_mb": round(int(result.stdout.split()[-1]) / 1024, 1),
            "output_mb": round(out.stat().st_size / 1e6, 1), "seconds": round(elapsed, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default="/tmp/newsarchive-bench/archive.db")
    parser.add_argument("--formats", default="jsonl,csv,parquet")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in args.formats.split(","):
            out = Path(tmp) / f"export.{fmt}"
            # a year of the archive, then all of it: the peak should not follow the size
            print(json.dumps(measure(args.db, fmt, out, "--until", "2019-12-31")), flush=True)
            print(json.dumps(measure(args.db, fmt, out)), flush=True)
            out.unlink()


if __name__ == "__main__":
    main()
