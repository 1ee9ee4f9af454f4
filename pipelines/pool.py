"""Extraction off the reactor: every stage of a page run in a pool of worker processes.

:func:`extract_document` runs :data:`pipelines.stages.STAGES` on one document the way
the stage pipelines do one by one, and reports what they would have counted and
logged (``events``).  :class:`ExtractPool` runs it in worker processes (a
``spawn`` context: workers never inherit the crawler's threads or database
connections, and exit when the crawler is gone, even killed with SIGKILL) and gives results back in order
(:meth:`ExtractPool.map`) or as they finish (:meth:`ExtractPool.submit`, for the crawler).
``reprocess`` asks for workers forked from a server that imported every stage once
(``forked=True``, :mod:`pipelines.pool_server`) and runs its own task in them (:meth:`ExtractPool.call`).

:class:`ExtractPoolPipeline` sits in ``ITEM_PIPELINES`` before the stage pipelines:
it sends each raw :class:`Document` to the pool and hands the finished document (or
its :class:`~pipelines.base.Rejected`) on, marked so the stage pipelines let it pass.
Fetching, extraction and storage then overlap and every core works.  Settings:
``NEWSARCHIVE_EXTRACT_WORKERS`` (processes; ``-1`` = one per core, ``0`` = no pool,
the stages run inline in the crawler).  Bytes are not sent back: the WARC location (filled
later by the WARC writer thread) and, for :meth:`ExtractPool.map`, the raw page are
re-attached in the parent; the crawler's documents, which only the store reads, leave out
the bytes and what only the stages read (:func:`strip_for_store`).
"""

from __future__ import annotations

import atexit
import gc
import logging
import multiprocessing
import os
import sys
import threading
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, Iterable, Iterator

from pipelines import pool_server, stage_functions
from pipelines.guards import run_stage
from pipelines.base import Rejected, is_extracted, mark_extracted, rejected_from
from pipelines.document import Document
from pipelines.errors import Reject
from pipelines.meta_record import PageMeta

logger = logging.getLogger(__name__)

#: ``(stage, event, message)``: event ``ok``, ``rejected`` or ``warnings``.
Event = tuple[str, str, str]


def extract_document(doc: Document) -> tuple[Document | Rejected, list[Event]]:
    """Every stage on ``doc``: ``(finished document or Rejected, events)``.

    The events are what each :class:`~pipelines.base.StagePipeline` would have
    counted: one ``ok`` per stage passed, a ``warnings`` per new warning, a
    ``rejected`` (message: the reason) at the stage that refused the page.
    """
    events: list[Event] = []
    for name, func in stage_functions():
        seen = len(doc.warnings)
        try:
            doc = run_stage(name, func, doc)  # the hostile-page guards (pipelines.guards)
        except Reject as exc:
            events.append((exc.stage, "rejected", exc.reason))
            return rejected_from(doc, exc), events
        events += [(name, "warnings", w) for w in doc.warnings[seen:]]
        events.append((name, "ok", ""))
    return mark_extracted(doc), events


def _in_worker(doc: Document, for_store: bool = False) -> tuple[Document | Rejected, list[Event]]:
    result, events = extract_document(doc)
    if isinstance(result, Document):
        result.raw = None  # the crawler still has the bytes; do not pickle them back
        if for_store:
            strip_for_store(result)
    return result, events


def strip_for_store(doc: Document) -> None:
    """Drop what only the stages read from a finished document: the decoded page
    (``text``, as big as the page: most of what was pickled back), the resolved profile
    (``site``: :func:`pipelines.profiles.of` loads it again by name) and the page
    metadata but the URLs the page declares for itself (``pipelines.urls.page_declared``,
    what the crawler's canonical URL reads).  The store writes nothing else of them."""
    meta = doc.meta
    og_url = meta.head.get("og:url")
    doc.text = None
    doc.site = None
    doc.meta = PageMeta(canonical=meta.canonical, head={"og:url": og_url} if og_url is not None else {})


def _watch_parent(pid: int, every: float = 0.5) -> None:
    """Exit once the crawler (our parent, ``pid``) is gone: a crawler killed with
    SIGKILL runs no cleanup, and its workers must not live on holding its pipes.
    The parent pid changes at once when the parent dies (we are re-parented), even
    while the dead parent is a zombie nobody has reaped yet."""
    while os.getppid() == pid:
        time.sleep(every)
    os._exit(0)


def _quick_exit() -> None:
    """A worker's last step (``atexit``): its results are sent and its queues flushed by
    then; tearing the interpreter down (every module and cached object, ~0.3-0.9 s) would
    only make the pool's shutdown wait."""
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            stream.flush()
    os._exit(0)


def _warm_up(parent_pid: int, owner: Any = None) -> None:
    """A worker's first step.  ``owner``: the read end of the owner's pipe when the worker was
    forked from :mod:`pipelines.pool_server` (its parent is then the server, not the owner)."""
    if owner is None:
        threading.Thread(target=_watch_parent, args=(parent_pid,), name="parent-watch", daemon=True).start()
    else:
        from pipelines.pool_server import watch_owner

        threading.Thread(target=watch_owner, args=(owner,), name="owner-watch", daemon=True).start()
    atexit.register(_quick_exit)  # runs first (last registered), after multiprocessing's own exit steps
    stage_functions()  # import every stage (and its models) once per worker (forked: already done)
    # Everything imported so far lives as long as the worker: kept out of the collector's full
    # passes, which otherwise walk those ~300,000 objects every few dozen pages (~2% of a page).
    gc.freeze()


def pool_size(setting: int | None) -> int:
    """Worker processes for a ``NEWSARCHIVE_EXTRACT_WORKERS`` value (-1/None = cores)."""
    if setting is None or setting < 0:
        return os.cpu_count() or 1
    return setting


class ExtractPool:
    """A pool of ``workers`` processes running :func:`extract_document`."""

    def __init__(self, workers: int, *, forked: bool = False):
        # spawn: workers start clean (no copy of the crawler's threads, sockets or
        # database connections) and are the crawler's own children.  ``forked``: workers
        # forked from a server that imported everything once (pipelines.pool_server)
        self.workers = workers
        self._owner = None
        initargs: tuple[Any, ...] = (os.getpid(),)
        if forked and pool_server.available():
            context = pool_server.context()
            self._owner = pool_server.OwnerPipe(context)
            initargs += (self._owner.reader,)
        else:
            context = multiprocessing.get_context("spawn")
        self._executor = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_warm_up,
                                             initargs=initargs)
        for _ in range(workers):  # start every worker now (it imports for ~1 s), not at the first pages
            self._executor.submit(os.getpid)

    def call(self, fn: Any, *args: Any) -> Future:
        """Future of ``fn(*args)`` run in a worker (``fn``: a module-level function)."""
        return self._executor.submit(fn, *args)

    def submit(self, doc: Document, *, for_store: bool = False) -> Future:
        """Future of ``(document or Rejected, events)``; the raw bytes and WARC
        location of ``doc`` are put back on the result.  ``for_store``: the result
        only goes to the store (:func:`strip_for_store`; the bytes are not put back)."""
        raw, warc = None if for_store else doc.raw, doc.warc  # the store does not read the bytes
        future = self._executor.submit(_in_worker, doc, for_store)
        outer: Future = Future()

        def done(f: Future) -> None:
            if f.exception() is not None:
                outer.set_exception(f.exception())
                return
            result, events = f.result()
            restore(result, raw, warc)
            outer.set_result((result, events))

        future.add_done_callback(done)
        return outer

    def map(self, docs: Iterable[Document], *, ahead: int | None = None) -> Iterator[tuple[Any, list[Event]]]:
        """Results of ``docs`` in order, at most ``ahead`` (default 4 per worker) in flight."""
        window: deque[Future] = deque()
        limit = ahead or 4 * self.workers
        for doc in docs:
            window.append(self.submit(doc))
            if len(window) >= limit:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=False)
        if self._owner is not None:
            self._owner.close()
            pool_server.stop()  # its workers have exited: the server follows


def restore(result: Document | Rejected, raw: Any, warc: Any) -> None:
    """Put the crawler-side raw bytes and WARC location (same object) back."""
    if isinstance(result, Document):
        result.raw = raw
        result.warc = warc
    elif isinstance(result, Rejected) and isinstance(result.get("payload"), dict):
        result["payload"]["warc"] = warc


def replay(events: list[Event], url: str | None, stats: Any) -> None:
    """Count and log ``events`` in the crawler as the stage pipelines do."""
    for stage, event, message in events:
        if stats is not None:
            stats.inc_value(f"newsarchive/{stage}/{event}")
        if event == "rejected":
            logger.info("Rejected %(url)s at %(stage)s: %(reason)s", {"url": url, "stage": stage, "reason": message})
        elif event == "warnings":
            logger.warning("%(url)s: %(warning)s", {"url": url, "warning": message})


class ExtractPoolPipeline:
    """Runs the extraction stages of each document in :class:`ExtractPool`."""

    def __init__(self, crawler: Any):
        from scrapy.exceptions import NotConfigured

        workers = crawler.settings.get("NEWSARCHIVE_EXTRACT_WORKERS")  # default: crawler/settings.py
        self.workers = pool_size(int(workers) if workers not in (None, "") else None)
        if self.workers == 0:
            raise NotConfigured("NEWSARCHIVE_EXTRACT_WORKERS is 0: stages run inline")
        self.stats = crawler.stats
        self.pool: ExtractPool | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> "ExtractPoolPipeline":
        return cls(crawler)

    def open_spider(self) -> None:
        self.pool = ExtractPool(self.workers)
        if self.stats is not None:
            self.stats.set_value("newsarchive/extract/workers", self.workers)

    def close_spider(self) -> None:
        if self.pool is not None:
            self.pool.close()

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, Document) or is_extracted(item) or self.pool is None:
            return item
        from scrapy.utils.defer import maybe_deferred_to_future
        from twisted.internet import reactor
        from twisted.internet.defer import Deferred

        d: Deferred = Deferred()
        future = self.pool.submit(item, for_store=True)  # nothing after the store reads the rest
        future.add_done_callback(lambda f: reactor.callFromThread(_fire, d, f))
        result, events = await maybe_deferred_to_future(d)
        replay(events, item.url, self.stats)
        return result


class StagesInWorkers:
    """Scrapy add-on (``ADDONS``): with the pool on, the stage pipelines leave ``ITEM_PIPELINES``.

    They would only hand on the documents :class:`ExtractPoolPipeline` already finished
    (nine more steps of Scrapy's item chain a page), and loading them imported every stage
    module into the crawler (~0.35 s of CPU a run).  With ``NEWSARCHIVE_EXTRACT_WORKERS=0``,
    or without the pool pipeline, they stay and run the stages inline.
    """

    POOL = f"{__name__}.ExtractPoolPipeline"

    def update_settings(self, settings: Any) -> None:
        from pipelines.stages import pipeline_classes

        workers = settings.get("NEWSARCHIVE_EXTRACT_WORKERS")
        items = settings["ITEM_PIPELINES"]
        if pool_size(int(workers) if workers not in (None, "") else None) == 0 or items.get(self.POOL) is None:
            return
        for path in pipeline_classes():
            if path in items:  # deleted, not set to None: Scrapy imports every path it is given
                items.delete(path, priority=items.getpriority(path))


def _fire(d: Any, future: Future) -> None:
    if future.exception() is not None:
        d.errback(future.exception())
    else:
        d.callback(future.result())
