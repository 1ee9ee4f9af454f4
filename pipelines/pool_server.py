"""Pool workers forked from one warmed-up server process (``reprocess``'s pool).

A ``spawn`` worker starts a new interpreter and pays, each one, every stage's import and
the first page's lazy imports (trafilatura, htmldate, jusText, ...): ~0.8 s of CPU a worker.
With ``forkserver`` one server process pays them once (it imports :data:`PRELOAD`, see
:mod:`pipelines.pool_preload`) and forks every worker from itself: the workers start with
all of it in memory.  The server is a new interpreter (spawned, not forked from the caller),
so neither it nor the workers inherit the caller's threads, database connections or SQLite
file handles.

Watching the owner: a forked worker's parent is the server, not the process that owns the
pool, and the server lives on while any worker holds its "alive" pipe -- so a worker cannot
tell from its parent pid that the owner is gone (SIGKILLed owners run no clean-up).  The
owner keeps the write end of a pipe of its own (:class:`OwnerPipe`) and gives each worker
the read end: nobody ever writes to it, so it turns readable (end of file) exactly when the
owner's end is closed, which the kernel does when the owner dies.  The worker then exits
(:func:`watch_owner`), the server sees its last client gone and exits too.

The crawler keeps ``spawn`` (:class:`pipelines.pool.ExtractPool`'s default): its workers
are its own children and watch their parent pid.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import sys
from multiprocessing import forkserver
from multiprocessing.connection import Connection, wait
from typing import Any

#: What the server imports before it forks a worker.
PRELOAD = "pipelines.pool_preload"


def available() -> bool:
    return "forkserver" in multiprocessing.get_all_start_methods()


def context() -> Any:
    """The ``forkserver`` context, its server told to preload :data:`PRELOAD`."""
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload([PRELOAD])
    return ctx


def start() -> None:
    """Start the server now, without waiting for its imports: they run while the caller
    does its own first steps (the first worker waits for them)."""
    context()
    forkserver.ensure_running()


def stop(*, unused: bool = False) -> None:
    """Stop the server (once the pool's workers have exited), so that a long-lived caller
    keeps no idle server and each run pays its own start, as a command-line run does.
    ``unused``: the caller failed before it made a pool (no worker was forked): end the
    server at once (SIGTERM) instead of waiting for its imports to finish."""
    pid = getattr(forkserver._forkserver, "_forkserver_pid", None)
    if unused and pid is not None:
        os.kill(pid, signal.SIGTERM)
    stopper = getattr(forkserver._forkserver, "_stop", None)  # CPython's own (used by its tests)
    if stopper is not None:
        stopper()


def in_server() -> bool:
    """Whether this interpreter was started as a multiprocessing fork server (by
    :func:`start`, or by any ``forkserver`` context: ``python -c 'from multiprocessing.forkserver
    import main; main(...)'``); true in the workers it forked too."""
    return any("multiprocessing.forkserver import main" in arg for arg in getattr(sys, "orig_argv", ()))


def quick_exit() -> None:
    """The server's last step (``atexit``, registered by :mod:`pipelines.pool_preload`): it
    leaves when its owner closes the "alive" pipe (:func:`stop`), and the owner waits for it.
    Tearing the interpreter down (every stage module and cache: ~0.1-0.4 s of CPU) would only
    make that wait longer; the server holds no file or connection to close."""
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            stream.flush()
    os._exit(0)


class OwnerPipe:
    """A pipe whose read end tells a worker the owner is gone (see the module docstring)."""

    def __init__(self, ctx: Any):
        self.reader, self._writer = ctx.Pipe(duplex=False)

    def close(self) -> None:
        self.reader.close()
        self._writer.close()


def watch_owner(reader: Connection) -> None:
    """Block until the owner's end of the pipe is closed, then exit at once (a worker thread)."""
    wait([reader])
    os._exit(0)
