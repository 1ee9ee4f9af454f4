"""Imported by the pool's fork server (:mod:`pipelines.pool_server`) before it forks workers.

Importing this module imports every stage and runs them once on a small invented page,
which pulls in what the first real page would import lazily (trafilatura, htmldate,
courlan, jusText, babel ...), and imports dateparser (htmldate's external parser, imported
at the first date string its own rules cannot read).  Every worker forked afterwards starts
with all of it.  Nothing here changes what a page gives: only imports and pure caches are
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


def warm_up() -> None:
    from pipelines import stage_functions
    from pipelines.document import Document
    from pipelines.pool import extract_document

    stage_functions()
    extract_document(Document(url="http://news.example.com/2024/05/harbour-ferry.html", raw=WARM_PAGE.encode()))
    import dateparser  # noqa: F401


if pool_server.in_server():
    atexit.register(pool_server.quick_exit)  # runs after the exit steps the warm-up's imports register
try:
    warm_up()
except Exception:  # noqa: BLE001 - a warm-up, never a reason for the pool not to start
    logging.getLogger(__name__).debug("pool warm-up failed", exc_info=True)
