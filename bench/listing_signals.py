"""Listing/collection signals on WCXB dev pages, articles beside listings (diagnostic).

    python bench/listing_signals.py                 # one row per page: id, kind, reason, signals
    python bench/listing_signals.py --only wrong    # false rejects and kept listings only
    python bench/listing_signals.py --json /tmp/x.json
    python bench/listing_signals.py --set traf,zh --only wrong   # articles of the other sets rejected

Reads the pages from ``../shared/devdata`` at run time (:mod:`realdata`); prints ids, the
validate reason and signal values, never page text.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import realdata  # noqa: E402
from pipelines import Document, Reject, stage_functions  # noqa: E402
from pipelines import listing, validate  # noqa: E402

_BEFORE_VALIDATE = ("decode", "parse", "normalize", "boilerplate", "metadata")
KEYS = ("typed_article", "typed_listing", "teaser_share", "teaser_items", "teaser_chars",
        "short_teaser_items", "short_teaser_chars", "link_density", "links", "paragraphs", "blocks")


def _block_signals(blocks: list[dict[str, Any]]) -> dict[str, Any]:
    chars = [len(b["text"]) for b in blocks]
    running = [b for b in blocks if validate.is_running_text(b)]
    total = sum(chars) or 1
    return {
        "body_chars": sum(chars),
        "n_blocks": len(blocks),
        "running": len(running),
        "longest_run": max((len(b["text"]) for b in running), default=0),
        "running_share": round(sum(len(b["text"]) for b in running) / total, 3),
        "linked_share": round(sum(c for b, c in zip(blocks, chars) if b.get("_links", 0) >= 0.5) / total, 3),
        "headings": sum(b["kind"] == "heading" for b in blocks),
    }


_URL_RE = re.compile(r"/(tags?|category|categories|topics?|section|author|authors|search|page|archives?|"
                     r"collections?|shop|products?|brands?|people|profile|blog|news)(/|$|\\?)|[?&](s|q|page|p)=", re.I)


def _page_signals(page: realdata.Page) -> dict[str, Any]:
    import lxml.html
    from urllib.parse import urlsplit

    root = lxml.html.fromstring(page.html)
    types, og = listing.page_types(root)
    path = urlsplit(page.url or "").path
    return {"types": sorted(types), "og": og,
            "url_words": sorted({m.group(1) or m.group(3) for m in _URL_RE.finditer(page.url or "")}),
            "path_depth": len([p for p in path.split("/") if p])}


def measure(page: realdata.Page) -> dict[str, Any]:
    funcs = dict(stage_functions())
    doc = Document(url=page.url or None, raw=page.html)
    row: dict[str, Any] = {"id": page.id, "kind": page.kind}
    try:
        for name in _BEFORE_VALIDATE:
            doc = funcs[name](doc)
        stats = doc.meta.page_stats
        row.update({k: stats.get(k) for k in KEYS if k in stats})
        row.update({k: v for k, v in stats.items() if k not in KEYS and k != "password_field"})
        row.update(_block_signals(doc.blocks))
        row.update(_page_signals(page))
        row.update(validate._document_signals(doc))
        row.update(authors=len(doc.authors), published=bool(doc.published_at))
        validate.check(doc)
        row["reason"] = None
    except Reject as exc:
        row["reason"] = f"{exc.stage}: {exc.reason}"
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", choices=("wrong", "all"), default="all")
    parser.add_argument("--json", help="also write every row to this file")
    parser.add_argument("--ids", help="comma-separated page ids")
    parser.add_argument("--set", default="wcxb", help="comma-separated sets: wcxb, traf, zh (all their pages "
                                                     "but WCXB's are articles)")
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)
    wanted = set(args.ids.split(",")) if args.ids else None
    readers = {"wcxb": realdata.wcxb, "traf": realdata.trafilatura_pages, "zh": realdata.zh_pages}
    pages = [p for name in args.set.split(",") for p in readers[name.strip()]()]
    rows = [measure(p) for p in pages if wanted is None or p.id in wanted]
    for row in rows:
        wrong = (row["kind"] == "article") == (row["reason"] is not None)
        if args.only == "all" or wrong:
            print(json.dumps(row, ensure_ascii=False))
    if args.json:
        Path(args.json).write_text(json.dumps(rows), encoding="utf-8")
    arts = [r for r in rows if r["kind"] == "article"]
    rest = [r for r in rows if r["kind"] != "article"]
    if arts:
        print(f"articles kept {sum(r['reason'] is None for r in arts)}/{len(arts)}")
    if rest:
        print(f"listings rejected {sum(r['reason'] is not None for r in rest)}/{len(rest)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
