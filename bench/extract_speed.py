"""Batch speed of ``pipelines.extract`` beside raw ``trafilatura.extract``.

    python bench/extract_speed.py [--pages 1200] [--stages clean|all|decode,parse,...] [--no-trafilatura]
    python bench/extract_speed.py --compare [--pages 200]   # clean vs all, per page, one process

The pages are generated from the labelled evaluation pages (``bench/eval_clean``)
and the seed capture: digits are reshuffled, article paragraphs repeated 1-3
times, and most pages get realistic page weight (a 150-link navigation block,
a 20-40 KB inline script, a long footer), so sizes range from ~5 KB to ~120 KB
like real news pages.  Everything runs in this one process, one core, pages in
memory (no disk I/O in the timing), the same pages for both extractors.

``--stages`` chooses the pipeline stages timed:

* ``all`` (default): every stage of :data:`pipelines.STAGES` via ``pipelines.extract``;
* ``clean``: every stage except ``claims`` and ``entities``;
* a comma-separated list of stage names, in STAGES order.

The env var ``NEWSARCHIVE_BENCH_STAGES`` sets the default.

``--compare`` reports what claims+entities add (issue 4: at most half of the cleaning
stages' time): ``clean`` and ``all`` run on the same pages in the same process, in
alternating rounds so that load from other processes falls on both alike, after
jieba's dictionary and the vocabularies are loaded (a once-per-process cost of about
a second that would otherwise land on whichever run meets the first Chinese page).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipelines import Document, Reject, extract, stage_functions  # noqa: E402

EVAL = Path(__file__).parent / "eval_clean"
SEED = ROOT / "tests" / "fixtures" / "pages" / "seed" / "page.txt"
_P_RE = re.compile(r"<p\b[^>]*>.*?</p>", re.S | re.I)


def _charset(meta: dict, data: bytes) -> str:
    from pipelines.decode import decode_bytes

    return decode_bytes(data, headers=meta.get("headers") or {})[1]


def generate(n: int, *, seed: int = 7) -> list[tuple[bytes, str | None, dict]]:
    """``n`` pages as ``(bytes, url, headers)``, deterministic for a given seed."""
    rng = random.Random(seed)
    bases = []
    for folder in sorted(p for p in EVAL.iterdir() if p.is_dir() and not p.name.startswith("_")):
        page = next(folder.glob("page.*"))
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        data = page.read_bytes()
        bases.append((data.decode(_charset(meta, data)), _charset(meta, data), meta, page.suffix == ".html"))
    seed_text = SEED.read_text(encoding="utf-8")
    bases.append((seed_text, "utf-8", {"url": None, "headers": {}}, False))
    nav = "".join(f'<li><a href="/section/{i}.html">Section link number {i}</a></li>' for i in range(150))
    script = "var cfg = " + json.dumps({f"k{i}": "x" * 40 for i in range(600)}) + ";"
    footer = "<div class='footer'>" + " | ".join(f"<a href='/f/{i}'>Footer {i}</a>" for i in range(60)) + "</div>"
    pages = []
    for i in range(n):
        text, charset, meta, is_html = bases[i % len(bases)]
        text = re.sub(r"\d", lambda _m: str(rng.randint(0, 9)), text)
        if is_html:
            repeat = rng.randint(1, 3)
            if repeat > 1:
                text = _P_RE.sub(lambda m: m.group(0) * repeat, text)
            if rng.random() < 0.8:
                heavy = f"<script>{script[: rng.randint(20000, 40000)]}</script><ul class='menu'>{nav}</ul>"
                text = re.sub(r"<body[^>]*>", lambda m: m.group(0) + heavy, text, count=1)
                text = text.replace("</body>", footer + "</body>")
        try:
            data = text.encode(charset)
        except UnicodeEncodeError:
            data = text.encode("utf-8")
        url = meta.get("url")
        if url:
            url = re.sub(r"(\d+)(\.s?html|/)$", lambda m: f"{m.group(1)}{i}{m.group(2)}", url)
        pages.append((data, url, meta.get("headers") or {}))
    return pages


def extractor(stages: str) -> Callable[..., dict[str, Any]]:
    """``extract`` restricted to the chosen stages (same error handling)."""
    if stages == "all":
        return extract
    names = [name for name, _ in stage_functions()]
    wanted = [n for n in names if n not in ("claims", "entities")] if stages == "clean" else stages.split(",")
    unknown = set(wanted) - set(names)
    if unknown:
        raise SystemExit(f"unknown stages: {', '.join(sorted(unknown))} (known: {', '.join(names)})")
    funcs = [f for name, f in stage_functions() if name in wanted]

    def run(data: bytes | str, url: str | None = None, *, headers: dict | None = None) -> dict[str, Any]:
        from pipelines.profiles import for_url

        found = for_url(url) if url else None
        doc = Document(url=url, raw=data, headers=dict(headers or {}), profile=found.name if found else None)
        try:
            for func in funcs:
                doc = func(doc)
        except Reject as exc:
            out = Document(url=url).to_json()
            out["error"] = {"stage": exc.stage, "reason": exc.reason}
            return out
        return doc.to_json()

    return run


def compare(pages: list[tuple[bytes, str | None, dict]], rounds: int = 3) -> None:
    """Per-page time of ``clean`` and ``all`` on the same pages, alternating rounds."""
    from pipelines import entities

    entities.warm_up()
    runs = {"clean": extractor("clean"), "all": extractor("all")}
    for run in runs.values():
        for data, url, headers in pages[:20]:
            run(data, url, headers=headers)
    spent = {name: 0.0 for name in runs}
    for _ in range(rounds):
        for name, run in runs.items():
            start = time.perf_counter()
            for data, url, headers in pages:
                run(data, url, headers=headers)
            spent[name] += time.perf_counter() - start
    n = len(pages) * rounds
    clean, full = spent["clean"] * 1000 / n, spent["all"] * 1000 / n
    print(f"clean stages:            {clean:6.2f} ms/page")
    print(f"all stages:              {full:6.2f} ms/page")
    print(f"claims+entities add:     {full - clean:6.2f} ms/page = {(full - clean) / clean * 100:.0f}% "
          f"of clean (limit 50%)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=1200, help="pages to generate (default 1200)")
    parser.add_argument("--stages", default=os.environ.get("NEWSARCHIVE_BENCH_STAGES", "all"),
                        help="all | clean | comma-separated stage names (env NEWSARCHIVE_BENCH_STAGES)")
    parser.add_argument("--no-trafilatura", action="store_true", help="time only our extract")
    parser.add_argument("--compare", action="store_true",
                        help="time clean vs all stages per page (claims+entities overhead) and stop")
    args = parser.parse_args()

    pages = generate(args.pages)
    total_mb = sum(len(p[0]) for p in pages) / 1e6
    if args.compare:
        print(f"{len(pages)} pages, {total_mb:.1f} MB, mean {total_mb * 1000 / len(pages):.0f} KB/page")
        compare(pages)
        return 0
    print(f"{len(pages)} pages, {total_mb:.1f} MB, mean {total_mb * 1000 / len(pages):.0f} KB/page; stages: {args.stages}")
    run = extractor(args.stages)
    for data, url, headers in pages[:20]:  # warm-up: imports, profile cache, MinHash permutations
        run(data, url, headers=headers)

    errors = 0
    start = time.perf_counter()
    for data, url, headers in pages:
        errors += run(data, url, headers=headers)["error"] is not None
    ours = time.perf_counter() - start
    print(f"newsarchive extract ({args.stages}): {len(pages) / ours:7.1f} pages/s  "
          f"({ours * 1000 / len(pages):.1f} ms/page, {errors} rejected)")

    if not args.no_trafilatura:
        import logging

        import trafilatura

        logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
        for data, _, _ in pages[:20]:
            trafilatura.extract(data)
        start = time.perf_counter()
        for data, _, _ in pages:
            trafilatura.extract(data, include_comments=False)
        theirs = time.perf_counter() - start
        print(f"trafilatura.extract (default):   {len(pages) / theirs:7.1f} pages/s  "
              f"({theirs * 1000 / len(pages):.1f} ms/page)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
