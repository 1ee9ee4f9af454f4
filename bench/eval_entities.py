"""Evaluate entity extraction on the hand-labelled paragraphs in ``bench/eval_entities/``.

Usage::

    python bench/eval_entities.py        # precision, recall, F1 per language and type
    python bench/eval_entities.py -v     # also list misses and false alarms

Each label is a surface form; all its occurrences in the body are expected mentions,
except occurrences inside a longer labelled mention ("Lee" inside "Jane Lee").  A
predicted mention matches when its span and type equal an expected one.  Claims are
extracted first, as in the pipeline, so quoted speakers count as entities too.
Format of the folder: its README.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipelines import claims as claims_mod  # noqa: E402
from pipelines import entities as entities_mod  # noqa: E402

DATA = Path(__file__).resolve().parent / "eval_entities"
TYPES = ("PERSON", "ORG", "GPE", "MONEY", "PERCENT", "DATE")


def load(path: Path) -> tuple[str, list[dict[str, str]], set[tuple[int, int, str]]]:
    """``(language, blocks, {(start, end, type)})`` of one labelled file."""
    raw = path.read_text(encoding="utf-8").replace("'", "\u2019")
    head, _, labels = raw.partition("\n== entities\n")
    lines = head.split("\n")
    language = lines[0].split(":", 1)[1].strip()
    paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", "\n".join(lines[1:]).strip()) if p.strip()]
    blocks = [{"kind": "paragraph", "text": p} for p in paras]
    body = "\n\n".join(paras)
    found: list[tuple[int, int, str]] = []
    for line in labels.strip().splitlines():
        typ, surface = (x.strip() for x in line.split("|", 1))
        if typ not in TYPES:
            raise ValueError(f"{path.name}: bad type {typ!r}")
        hits = [(m.start(), m.end(), typ) for m in re.finditer(re.escape(surface), body)]
        if not hits:
            raise ValueError(f"{path.name}: label not in body: {surface!r}")
        found += hits
    gold = {g for g in found
            if not any(o != g and o[0] <= g[0] and g[1] <= o[1] and o[1] - o[0] > g[1] - g[0] for o in found)}
    return language, blocks, gold


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and false alarms")
    ap.add_argument("--data", type=Path, default=DATA, metavar="DIR", help="folder of labelled files")
    args = ap.parse_args(argv)
    counts: dict[tuple[str, str], list[int]] = {}
    files = sorted(Path(args.data).glob("*.txt"))
    for path in files:
        language, blocks, gold = load(path)
        body = "\n\n".join(b["text"] for b in blocks)
        cl = claims_mod.extract(blocks, language=language)
        pred = {(m["start"], m["end"], e["type"])
                for e in entities_mod.extract(body, language=language, claims=cl) for m in e["mentions"]}
        for typ in TYPES:
            g = {x for x in gold if x[2] == typ}
            p = {x for x in pred if x[2] == typ}
            c = counts.setdefault((language, typ), [0, 0, 0])
            c[0] += len(g & p)
            c[1] += len(p)
            c[2] += len(g)
            if args.verbose:
                for s, e, _t in sorted(g - p):
                    print(f"  MISS  {path.stem} {typ:7} {body[s:e]!r}")
                for s, e, _t in sorted(p - g):
                    print(f"  FALSE {path.stem} {typ:7} {body[s:e]!r}")
    print(f"{len(files)} files, {sum(c[2] for c in counts.values())} labelled mentions")
    print(f"{'lang':4} {'type':8} {'P':>6} {'R':>6} {'F1':>6}  (tp/pred/gold)")
    for lang in ("en", "zh"):
        total = [0, 0, 0]
        for typ in TYPES:
            c = counts.get((lang, typ))
            if not c or not (c[1] or c[2]):
                continue
            total = [a + b for a, b in zip(total, c)]
            print(f"{lang:4} {typ:8} {_prf(*c)}  ({c[0]}/{c[1]}/{c[2]})")
        if total[2]:
            print(f"{lang:4} {'all':8} {_prf(*total)}  ({total[0]}/{total[1]}/{total[2]})")
    return 0


def _prf(tp: int, n_pred: int, n_gold: int) -> str:
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{p:6.3f} {r:6.3f} {f:6.3f}"


if __name__ == "__main__":
    sys.exit(main())
