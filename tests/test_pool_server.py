"""``reprocess``'s pool: workers forked from a server that imported the stages once; the same
results as inline; workers and server gone when the pool closes or its owner is SIGKILLed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from multiprocessing import forkserver
from pathlib import Path

import pytest

from pipelines import run_stages
from pipelines.document import Document
from pipelines.pool import ExtractPool
from pipelines import pool_server

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(not pool_server.available(), reason="no forkserver start method")

PAGE = ("<html><head><title>Orchard growers test a new frost alarm</title></head><body><article>"
        "<h1>Orchard growers test a new frost alarm</h1>"
        + "".join(f"<p>Note {i}: growers in the valley said on Thursday that a sensor network would warn them "
                  f"of frost an hour earlier, Petra Allcombe, who chairs the growers' league, told the council.</p>"
                  for i in range(5))
        + "</article></body></html>").encode()


def loaded(name: str) -> bool:
    """In a worker: was ``name`` imported before this call?"""
    return name in sys.modules


def test_forked_workers_start_warm_and_give_the_inline_results():
    pool = ExtractPool(2, forked=True)
    try:
        processes = list(pool._executor._processes.values())
        assert len(processes) == 2
        assert pool.call(os.getppid).result(timeout=120) != os.getpid()  # forked by the server
        assert pool.call(loaded, "trafilatura").result(timeout=120)  # imported by the server, before any page
        docs = [Document(url=f"http://news.example.com/orchard/{i}.html", raw=PAGE) for i in range(3)]
        results = [result for result, _events in pool.map(docs)]
    finally:
        pool.close()
    assert [p.exitcode for p in processes] == [0, 0]
    assert forkserver._forkserver._forkserver_pid is None  # stopped with the pool
    for doc, result in zip(docs, results):
        inline = run_stages(Document(url=doc.url, raw=PAGE))
        assert (result.body, result.claims, result.entities) == (inline.body, inline.claims, inline.entities)


OWNER = """
import os, sys, time
from pipelines.pool import ExtractPool
from multiprocessing import forkserver
pool = ExtractPool(2, forked=True)
pids = [p.pid for p in pool._executor._processes.values()]
print(forkserver._forkserver._forkserver_pid, *pids, flush=True)
time.sleep(600)
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:
        with open(f"/proc/{pid}/stat") as fh:  # a zombie nobody reaped yet is gone too
            return fh.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")
def test_sigkilled_owner_leaves_no_worker_nor_server():
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    owner = subprocess.Popen([sys.executable, "-c", OWNER], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    try:
        pids = [int(p) for p in owner.stdout.readline().split()]
        assert len(pids) == 3 and all(_alive(p) for p in pids)
        owner.send_signal(signal.SIGKILL)
        owner.wait(timeout=30)
        deadline = time.monotonic() + 30
        while any(_alive(p) for p in pids) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(_alive(p) for p in pids), [p for p in pids if _alive(p)]
    finally:
        if owner.poll() is None:
            owner.kill()


def test_only_the_fork_server_leaves_without_tear_down():
    pool = ExtractPool(1, forked=True)
    try:
        assert pool.call(pool_server.in_server).result(timeout=120)  # forked from the server: inherits its argv
    finally:
        pool.close()
    assert not pool_server.in_server()
    # anywhere else, importing the preload module leaves the interpreter's exit alone (status kept)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    plain = subprocess.run([sys.executable, "-c", "import sys, pipelines.pool_preload; sys.exit(3)"], cwd=ROOT,
                           env=env, timeout=300)
    assert plain.returncode == 3
