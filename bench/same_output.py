"""Does ``pipelines.extract`` give the same output as a saved run?  (For speed work.)

    python bench/same_output.py --save /tmp/before.json    # on the old code
    python bench/same_output.py --compare /tmp/before.json # on the new code

Runs ``pipelines.extract`` on dev pages (every Nth WCXB page, all zh pages, every Nth
trafilatura page; read through :mod:`bench.realdata`) and writes or compares the full
output dict (body, title, authors, date, blocks, claims, entities, removed, error).
Prints "identical on N pages" or each page whose output differs and in which fields.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from output_diff import save_or_compare  # noqa: E402


def pages(every: int) -> list:
    import realdata

    chosen = realdata.wcxb()[::every] + realdata.zh_pages() + realdata.trafilatura_pages()[::every]
    return chosen


def outputs(every: int) -> dict[str, dict]:
    import pipelines

    result = {}
    for page in pages(every):
        result[f"{page.set}/{page.id}"] = json.loads(json.dumps(pipelines.extract(page.html, page.url), default=str))
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--save", help="write the outputs to this JSON file")
    parser.add_argument("--compare", help="compare the outputs with this JSON file")
    parser.add_argument("--every", type=int, default=6, help="take every Nth WCXB / trafilatura page")
    args = parser.parse_args()
    got = outputs(args.every)
    return save_or_compare(got, args.save, args.compare, "pages")


if __name__ == "__main__":
    sys.exit(main())
