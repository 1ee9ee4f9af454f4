"""Do the claims and entities stages give the same output as a saved run?  (For speed work.)

    python bench/claims_same_output.py --save /tmp/before.json    # on the old code
    python bench/claims_same_output.py --compare /tmp/before.json # on the new code

Runs ``pipelines.extract`` on every page of the real claims set
(``bench/claims_real/labels``, as text and as HTML, read through :mod:`bench.realdata`)
and ``claims.extract`` + ``entities.extract`` on the synthetic claim and entity sets
(``bench/eval_claims*``, ``bench/eval_entities``), and writes or compares the claims,
entities and warnings.  Prints "identical on N inputs" or each input that differs.
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

SYNTHETIC = ("eval_claims", "eval_claims_final", "eval_claims_heldout", "eval_claims_test")


def real_outputs(result: dict[str, object]) -> None:
    import eval_claims_real
    import realdata

    import pipelines

    for label in eval_claims_real.load_labels(eval_claims_real.LABELS):
        page = realdata.page(label["set"], label["id"])
        for mode in ("text", "html"):
            out = pipelines.extract(eval_claims_real.page_input(page, mode), page.url or None)
            keep = {k: out.get(k) for k in ("claims", "entities", "warnings", "error")}
            result[f"real/{label['set']}/{label['id']}/{mode}"] = keep


def synthetic_outputs(result: dict[str, object]) -> None:
    import eval_claims

    from pipelines import claims, entities

    for folder in SYNTHETIC:
        for art in eval_claims.load_all(ROOT / "bench" / folder):
            found = claims.extract(art.blocks, language=art.language)
            ents = entities.extract(art.body, language=art.language, claims=found)
            result[f"{folder}/{art.name}"] = {"claims": found, "entities": ents}
    import eval_entities

    for path in sorted(eval_entities.DATA.glob("*.txt")):
        language, blocks, _gold = eval_entities.load(path)
        body = "\n\n".join(b["text"] for b in blocks)
        found = claims.extract(blocks, language=language)
        ents = entities.extract(body, language=language, claims=found)
        result[f"eval_entities/{path.stem}"] = {"claims": found, "entities": ents}

def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--save", help="write the outputs to this JSON file")
    parser.add_argument("--compare", help="compare the outputs with this JSON file")
    args = parser.parse_args()
    got: dict[str, object] = {}
    synthetic_outputs(got)
    real_outputs(got)
    got = json.loads(json.dumps(got, default=str))
    return save_or_compare(got, args.save, args.compare, "inputs")


if __name__ == "__main__":
    raise SystemExit(main())
