"""Where ``pipelines.extract`` spends its time, part by part, in units of trafilatura alone.

    python bench/extract_parts.py [--pages 100] [--every 5]

WCXB development pages (read through :mod:`bench.realdata`), one process: each page goes
through ``trafilatura.extract`` (precision, no comments) and then ``pipelines.extract``;
every stage and the costly parts of ``parse`` are wrapped with a timer.  Prints each part's
seconds divided by trafilatura's total, largest first (nested parts are inside their stage,
so the column does not add up).  Before timing, dateparser's once-per-process locale set-up
is paid (a string no locale reads), so it does not land on whichever page meets it first.
Times are CPU seconds of the process (``time.process_time``): on a shared machine wall-clock
times count the time other processes hold the cores.
"""

from __future__ import annotations

import argparse
import collections
import functools
import logging
import sys
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

TIMES: collections.Counter = collections.Counter()

#: (module, function names) wrapped with a timer; the key printed is ``module.function``.
PARTS = {
    "pipelines.parse": ["parse_tree", "read_page", "fallbacks", "drop_repeats", "clean_tree",
                        "main_content", "blocks_of", "page_stats", "_words"],
    "pipelines.trafilatura_candidate": ["extract_body", "visible_chars", "blocks"],
    "pipelines.trafilatura_passes": ["extract_body"],  # the generic path calls it directly
    "pipelines.listing": ["signals"],
    "pipelines.guards": ["scrub_fields"],
    "trafilatura.metadata": ["extract_author"],
    "htmldate": ["find_date"],
    "pipelines.meta_htmldate": ["find_date"],
}


def _timed(key: str, func: Callable) -> Callable:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return func(*args, **kwargs)
        finally:
            TIMES[key] += time.process_time() - start
    return wrapper


def instrument() -> None:
    """Wrap :data:`PARTS` and every stage function (``stage.<name>``) with timers."""
    import importlib

    import pipelines

    for module_name, names in PARTS.items():
        module = importlib.import_module(module_name)
        for name in names:
            setattr(module, name, _timed(f"{module_name.split('.')[-1]}.{name}", getattr(module, name)))
    pipelines._FUNCS = [(name, _timed(f"stage.{name}", func)) for name, func in pipelines.stage_functions()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--every", type=int, default=5, help="take every Nth WCXB page")
    args = parser.parse_args(argv)
    import realdata
    import trafilatura
    from htmldate.extractors import get_external_parser

    from pipelines import entities, extract

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    entities.warm_up()
    get_external_parser().get_date_data("zzqx 12 blorf 2019")  # every locale's patterns, once
    instrument()
    pages = realdata.wcxb()[:: args.every][: args.pages]
    for page in pages[:3]:
        extract(page.html, page.url)
    TIMES.clear()
    traf = ours = 0.0
    for page in pages:
        start = time.process_time()
        trafilatura.extract(page.html, url=page.url, favor_precision=True, include_comments=False)
        middle = time.process_time()
        extract(page.html, page.url)
        traf, ours = traf + middle - start, ours + time.process_time() - middle
    print(f"{len(pages)} pages: trafilatura {traf:.1f} s, extract {ours:.1f} s = {traf / ours:.2f}x trafilatura")
    for key, seconds in TIMES.most_common():
        print(f"  {key:40s} {seconds:7.2f} s  {seconds / traf:5.2f}x trafilatura")
    return 0


if __name__ == "__main__":
    sys.exit(main())
