"""Imported by the pool's fork server (:mod:`pipelines.pool_server`) before it forks workers.

Importing this module imports every stage and runs them once on a small invented page,
which pulls in what the first real page would import lazily (trafilatura, htmldate,
courlan, jusText, babel ...), and imports dateparser (htmldate's external parser, imported
at the first date string its own rules cannot read).  It then loads what the first Chinese
page would (:func:`pipelines.entities.warm_up`: jieba's dictionary, pinyin's, the name
vocabularies; ~3 s of CPU) and runs an invented Chinese page (the Chinese-only stage modules).
Every worker forked afterwards starts with all of it: no worker pays a lazy first-page load,
the server pays each once (``docs/performance.md``, "Wave 13: crawl pool forked from the
warmed server").  Nothing here changes what a page gives: only imports and pure caches are
warmed.  A failure is swallowed: the workers would then import lazily, as spawned ones do.

In the server (only there: :func:`pipelines.pool_server.in_server`), importing it also makes the
server exit without tearing the interpreter down (:func:`pipelines.pool_server.quick_exit`); the
forked workers never run it (a forked worker leaves through ``os._exit``).
"""

from __future__ import annotations

import atexit
import logging

from pipelines import pool_server

#: A made-up article: enough text for every stage to run to the end.
WARM_PAGE = ("<html><head><title>Harbour ferry timetable changes</title></head><body><article>"
             "<h1>Harbour ferry timetable changes</h1>"
             + "".join(f"<p>Paragraph {i}: the harbour authority said on Monday that the morning ferry would "
                       f"leave ten minutes earlier from next week, a spokeswoman, Lena Marsh, told reporters "
                       f"at the pier.</p>" for i in range(5))
             + "</article></body></html>")

#: The same in Chinese (invented too), for the Chinese-only modules (claims, names, clauses ...).
WARM_PAGE_ZH = ("<html><head><meta charset=\"utf-8\"><title>港口渡轮时刻表调整</title></head><body><article>"
                "<h1>港口渡轮时刻表调整</h1>"
                + "".join(f"<p>第{i}段：港务局周一表示，从下周起早班渡轮将提前十分钟开出。发言人林雪梅在码头对"
                          f"记者说：“我们希望乘客提前到达。”</p>" for i in range(6))
                + "</article></body></html>")


def warm_up() -> None:
    from pipelines import entities, stage_functions
    from pipelines.document import Document
    from pipelines.pool import extract_document

    stage_functions()
    extract_document(Document(url="http://news.example.com/2024/05/harbour-ferry.html", raw=WARM_PAGE.encode()))
    import dateparser  # noqa: F401

    entities.warm_up()
    extract_document(Document(url="http://news.example.cn/2024/05/harbour-ferry.html", raw=WARM_PAGE_ZH.encode()))


if pool_server.in_server():
    atexit.register(pool_server.quick_exit)  # runs after the exit steps the warm-up's imports register
try:
    warm_up()
except Exception:  # noqa: BLE001 - a warm-up, never a reason for the pool not to start
    logging.getLogger(__name__).debug("pool warm-up failed", exc_info=True)
