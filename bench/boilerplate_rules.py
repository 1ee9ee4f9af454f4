"""Does each boilerplate rule earn its place on real pages?

    python bench/boilerplate_rules.py [--limit N] [--show RULE]

Runs the stages up to ``normalize`` on the real pages with gold main text (WCXB articles
and the Chinese pages in ``../shared/devdata``), then :func:`pipelines.boilerplate.strip`,
and sorts every removed block by the rule that removed it:

* ``cost``: words (CJK: characters) of removed blocks the gold text keeps (the rule cut
  content);
* ``gain``: words of removed blocks the gold text does not have (the rule cut boilerplate).

A rule whose cost is above its gain is a candidate for narrowing or removal.  Also printed:
what the gold does NOT keep but survived the whole pass, by block tag, to show where new rules
would gain.  ``--show RULE`` prints the page ids of the blocks one rule removed against the
gold (never the text: devdata stays out of logs committed anywhere).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import realdata  # noqa: E402
from pipelines import Document, Reject, boilerplate, decode, normalize, parse  # noqa: E402
from pipelines.normalize import cjk_count, word_count  # noqa: E402


def _weight(text: str) -> int:
    return cjk_count(text) or word_count(text)


def audit(pages: list[realdata.Page]) -> tuple[dict, dict, dict]:
    cost: dict[str, int] = defaultdict(int)
    gain: dict[str, int] = defaultdict(int)
    where: dict[str, list[str]] = defaultdict(list)
    for page in pages:
        doc = Document(url=page.url or None, raw=page.html)
        try:
            for stage in (decode, parse, normalize):
                doc = stage.run(doc)
        except Reject:
            continue
        gold = realdata.match_key(page.text or "")
        result = boilerplate.strip(doc.blocks, title=doc.title, input_kind=doc.input_kind or "html",
                                   other_titles=boilerplate.other_titles(doc))
        for text, reason in zip(result.removed, result.reasons):
            key = realdata.match_key(text)
            if len(key) >= 4 and key in gold:
                cost[reason] += _weight(text)
                where[reason].append(f"{page.set}/{page.id} cost")
            else:
                gain[reason] += _weight(text)
                where[reason].append(f"{page.set}/{page.id} gain")
    return cost, gain, where


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--show", default=None, help="list the pages one rule touched")
    args = parser.parse_args()
    pages = [p for p in realdata.wcxb(("article",)) if p.text]
    pages += [p for p in realdata.zh_pages() if p.text]
    if args.limit:
        pages = pages[: args.limit]
    cost, gain, where = audit(pages)
    print(f"{len(pages)} pages with gold text; words removed per rule (CJK: characters)")
    print(f"  {'rule':<28} {'cost (gold kept it)':>20} {'gain (gold did not)':>20}")
    for rule in sorted(set(cost) | set(gain), key=lambda r: gain.get(r, 0) - cost.get(r, 0)):
        flag = "  <- costs more than it gains" if cost.get(rule, 0) > gain.get(rule, 0) else ""
        print(f"  {rule:<28} {cost.get(rule, 0):>20} {gain.get(rule, 0):>20}{flag}")
    if args.show:
        for line in where.get(args.show, []):
            print("   ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
