"""Score claims on the real-text set labelled blind (``bench/claims_real/labels``).

Usage::

    python bench/eval_claims_real.py                 # gold plain text where the set has one
    python bench/eval_claims_real.py --input html    # always the raw HTML page
    python bench/eval_claims_real.py -v              # also list misses and false alarms
    python bench/eval_claims_real.py --speed         # also time cleaning vs claims+entities
    python bench/eval_claims_real.py --labels DIR    # another folder of label files

Input.  Each label names a page of ``../shared/devdata`` (``bench/realdata.py``).  By
default ``pipelines.extract`` gets the page's gold plain text where the set has one
(WCXB ``main_content``, zh-pages' cleaned text: real annotated news arrives as plain
text too) and the raw HTML otherwise (trafilatura's pages); ``--input html`` feeds the
HTML always.

Locating gold.  A label's ``start``/``end`` anchors are found in ``realdata.match_key``
form of *our* body, exactly as ``check_labels.py`` finds them in the reference text
(``nth`` occurrence of ``start``, then the first ``end`` after it).  A gold span whose
anchors are not in our body (text lost by cleaning) stays in the gold count as a miss
and is counted as "unlocated".

Overlap rule.  Spans are compared as token ranges of the match_key body (a token is a
run of letters/digits, or one CJK character).  A prediction and a gold claim overlap
when the token-overlap F1 ``2·|P∩G| / (|P|+|G|)`` is at least 0.5.  Pairs are matched
one to one, greedily by decreasing overlap.

Metrics, per language:

* ``quoted span+speaker``: gold of kind direct or mixed against our claims of kind
  direct or mixed (``partial`` in older code is read as mixed), matched within that
  class; a true positive also needs the resolved speaker right;
* ``all span``: every gold attribution (indirect too) against every claim, span only;
* speaker accuracy over the pairs matched in ``all span``: ``as written`` compares our
  ``speaker_text`` (code without that field: its ``speaker``) with the gold
  ``speaker_text``; ``resolved`` compares our ``speaker`` with the gold ``speaker``.
  Two speakers match when, lower-cased, without punctuation, a leading article or
  demonstrative and honorifics, they are equal, or the shorter (two words or more; for
  Chinese two characters or more) is inside the longer as whole words;
* role / org accuracy over the same pairs where gold or we give a value, cue accuracy
  over all of them: both set and matching as above (a cue also matches when one contains the other: "said" ~ "said in a
  statement");
* crashes: ``extract`` raised, or a stage reported an internal error (claims and
  entities catch their own bugs as warnings); rejects: it returned an ``error``.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # this checkout's pipelines, not an installed copy's
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "claims_real"))
import realdata  # noqa: E402
from check_labels import locate  # noqa: E402

LABELS = HERE / "claims_real" / "labels"
QUOTED = {"direct", "mixed"}
TARGETS = {"quoted span+speaker F1": 0.85, "all span F1": 0.75}
_TOKEN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]|[^\W_]+")
_CJK_CHAR = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]")


# ---------------------------------------------------------------- locating spans

def key_with_map(text: str) -> tuple[str, list[int]]:
    """``realdata.match_key(text)`` plus, for each of its characters, the offset in
    ``text`` it came from (so claim offsets can be carried into key form)."""
    out: list[str] = []
    src: list[int] = []
    for i, ch in enumerate(text):
        if ch == "\u00ad":
            continue
        norm = realdata.match_key(ch) if not ch.isspace() else " "
        if ch.isspace():
            if out and out[-1] != " ":
                out.append(" ")
                src.append(i)
            continue
        for c in norm:
            out.append(c)
            src.append(i)
    # drop the spaces match_key drops: at both ends and next to a CJK character
    keep = []
    for k, c in enumerate(out):
        if c == " " and (k == 0 or k == len(out) - 1 or _CJK_CHAR.match(out[k - 1])
                         or (k + 1 < len(out) and _CJK_CHAR.match(out[k + 1]))):
            continue
        keep.append(k)
    key = "".join(out[k] for k in keep)
    return key, [src[k] for k in keep]


def token_starts(key: str) -> list[int]:
    return [m.start() for m in _TOKEN.finditer(key)]


def to_tokens(starts: list[int], a: int, b: int) -> tuple[int, int]:
    """Token index range ``[i, j)`` of the tokens starting inside key range ``[a, b)``."""
    import bisect
    return bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)


def overlap_f1(p: tuple[int, int], g: tuple[int, int]) -> float:
    inter = max(0, min(p[1], g[1]) - max(p[0], g[0]))
    total = (p[1] - p[0]) + (g[1] - g[0])
    return 2 * inter / total if total else 0.0


# ---------------------------------------------------------------- field matching

_HONORIFIC = re.compile(r"\b(?:mr|mrs|ms|dr|prof|sir|rev|madam)\b\.?")
_LEAD = re.compile(r"^(?:(?:the|a|an|this|that|these|those)\s+|(?:该|上述|这位|这名)\s*)")


def norm_name(s: str | None) -> str:
    if not s:
        return ""
    s = unicodedata.normalize("NFKC", s).lower().replace("’s", "").replace("'s", "")
    s = _HONORIFIC.sub(" ", s) if len(_TOKEN.findall(_HONORIFIC.sub(" ", s))) else s
    s = re.sub(r"[^\w\s]", " ", s)
    s = _LEAD.sub("", " ".join(s.split()))
    return s.strip()


def names_match(pred: str | None, gold: str | None, *, contain: bool = False) -> bool:
    p, g = norm_name(pred), norm_name(gold)
    if not p and not g:
        return True
    if not p or not g:
        return False
    if p == g:
        return True
    short, long_ = sorted((p, g), key=len)
    cjk = bool(re.search(r"[\u4e00-\u9fff]", short))
    if cjk:
        return (contain or len(short) >= 2) and short in long_
    if contain or len(short.split()) >= 2:
        return re.search(r"(?<!\w)" + re.escape(short) + r"(?!\w)", long_) is not None
    return False


# ---------------------------------------------------------------- one article

@dataclass
class Result:
    lang: str
    gold: list[dict[str, Any]]
    pred: list[dict[str, Any]]
    unlocated: int = 0
    crashed: bool = False
    rejected: bool = False
    pairs_all: list[tuple[dict, dict]] = field(default_factory=list)
    pairs_quoted: list[tuple[dict, dict]] = field(default_factory=list)
    n_pred_quoted: int = 0
    n_gold_quoted: int = 0
    name: str = ""


def page_input(page: realdata.Page, mode: str) -> str | bytes:
    if mode == "text" and page.text:
        return page.text
    return page.html


def greedy(preds: list[dict], golds: list[dict]) -> list[tuple[dict, dict]]:
    cands = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            if g.get("_tok") is None:
                continue
            f = overlap_f1(p["_tok"], g["_tok"])
            if f >= 0.5:
                cands.append((f, i, j))
    used_p, used_g, pairs = set(), set(), []
    for _f, i, j in sorted(cands, key=lambda x: -x[0]):
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((preds[i], golds[j]))
    return pairs


def kind_of(claim: dict[str, Any]) -> str:
    return "mixed" if claim.get("kind") == "partial" else claim.get("kind", "")


def score_article(label: dict[str, Any], mode: str) -> Result:
    from pipelines import extract

    page = realdata.page(label["set"], label["id"])
    golds = [dict(c) for c in label.get("claims", [])]
    res = Result(lang=label.get("lang", "?"), gold=golds, pred=[], name=f"{label['set']}-{label['id']}")
    try:
        out = extract(page_input(page, mode), page.url or None)
    except Exception as exc:  # noqa: BLE001 - a crash is what this bench counts
        res.crashed = True
        print(f"CRASH {res.name}: {type(exc).__name__}: {exc}")
        out = {"body": "", "claims": [], "error": None}
    res.rejected = bool(out.get("error"))
    internal = [w for w in out.get("warnings") or [] if "internal error" in w]
    if internal:  # a claims/entities bug caught by the stage: still a crash for this bench
        res.crashed = True
        print(f"CRASH {res.name}: {internal[0]}")
    body = out.get("body") or ""
    key, src = key_with_map(body)
    starts = token_starts(key)
    for g in golds:
        span = locate(key, g)
        g["_tok"] = to_tokens(starts, *span) if span else None
        res.unlocated += span is None
        g["_text"] = key[span[0]:span[1]] if span else ""
    import bisect
    for c in out.get("claims") or []:
        a, b = bisect.bisect_left(src, c["start"]), bisect.bisect_left(src, c["end"])
        res.pred.append({**c, "_tok": to_tokens(starts, a, b)})
    res.pairs_all = greedy(res.pred, golds)
    pq = [p for p in res.pred if kind_of(p) in QUOTED]
    gq = [g for g in golds if g.get("kind") in QUOTED]
    res.n_pred_quoted, res.n_gold_quoted = len(pq), len(gq)
    res.pairs_quoted = greedy(pq, gq)
    return res


# ---------------------------------------------------------------- totals

def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def field_acc(pairs: list[tuple[dict, dict]], ours: str, theirs: str, contain: bool = False,
              either: bool = False) -> float:
    if either:  # only pairs where gold or we have a value (both empty says little)
        pairs = [(p, g) for p, g in pairs if p.get(ours) or g.get(theirs)]
    if not pairs:
        return 0.0
    ok = sum(names_match(p.get(ours), g.get(theirs), contain=contain) for p, g in pairs)
    return ok / len(pairs)


def written(p: dict[str, Any]) -> str | None:
    return p.get("speaker_text", p.get("speaker"))


def summarize(results: list[Result]) -> dict[str, dict[str, float]]:
    by_lang: dict[str, list[Result]] = defaultdict(list)
    for r in results:
        by_lang[r.lang].append(r)
    table = {}
    for lang, rs in sorted(by_lang.items()):
        pq = [pair for r in rs for pair in r.pairs_quoted]
        pa = [pair for r in rs for pair in r.pairs_all]
        tp_q = sum(names_match(p.get("speaker"), g.get("speaker")) for p, g in pq)
        q = prf(tp_q, sum(r.n_pred_quoted for r in rs), sum(r.n_gold_quoted for r in rs))
        qs = prf(len(pq), sum(r.n_pred_quoted for r in rs), sum(r.n_gold_quoted for r in rs))
        a = prf(len(pa), sum(len(r.pred) for r in rs), sum(len(r.gold) for r in rs))
        table[lang] = {
            "articles": len(rs), "gold": sum(len(r.gold) for r in rs),
            "pred": sum(len(r.pred) for r in rs), "unlocated": sum(r.unlocated for r in rs),
            "quoted span P": qs[0], "quoted span R": qs[1], "quoted span F1": qs[2],
            "quoted span+speaker P": q[0], "quoted span+speaker R": q[1], "quoted span+speaker F1": q[2],
            "all span P": a[0], "all span R": a[1], "all span F1": a[2],
            "speaker as written": field_acc([(dict(p, _w=written(p)), g) for p, g in pa], "_w", "speaker_text"),
            "speaker resolved": field_acc(pa, "speaker", "speaker"),
            "role": field_acc(pa, "speaker_role", "role", contain=True, either=True),
            "org": field_acc(pa, "speaker_org", "org", contain=True, either=True),
            "cue": field_acc(pa, "cue", "cue", contain=True),
            "crashes": sum(r.crashed for r in rs), "rejects": sum(r.rejected for r in rs),
        }
    return table


def report(table: dict[str, dict[str, float]]) -> None:
    for lang, row in table.items():
        print(f"\n[{lang}] {row['articles']} articles, {row['gold']} gold, {row['pred']} predicted, "
              f"{row['unlocated']} gold spans not found in our body")
        for name in ("quoted span", "quoted span+speaker", "all span"):
            target = TARGETS.get(f"{name} F1")
            flag = f"  (target {target:.2f})" if target else ""
            print(f"  {name:22s} P {row[name + ' P']:.3f}  R {row[name + ' R']:.3f}  "
                  f"F1 {row[name + ' F1']:.3f}{flag}")
        print("  accuracy on matched:   " + "  ".join(
            f"{k} {row[k]:.3f}" for k in ("speaker as written", "speaker resolved", "role", "org", "cue")))
        print(f"  crashes {row['crashes']}  rejects {row['rejects']}")


def verbose(results: list[Result]) -> None:
    for r in results:
        matched_p = {id(p) for p, _g in r.pairs_all}
        matched_g = {id(g) for _p, g in r.pairs_all}
        for p, g in r.pairs_all:
            bad = [f for f, ok in (("speaker", names_match(p.get("speaker"), g.get("speaker"))),
                                   ("written", names_match(written(p), g.get("speaker_text"))))
                   if not ok]
            if bad:
                print(f"{r.name} SPEAKER ours={p.get('speaker')!r}/{written(p)!r} "
                      f"gold={g.get('speaker')!r}/{g.get('speaker_text')!r} :: {p['text'][:70]!r}")
        for g in r.gold:
            if id(g) not in matched_g:
                print(f"{r.name} MISS [{g['kind']}] {g['speaker']!r}: {g['start']!r} … {g['end']!r}"
                      + ("" if g.get("_tok") else " (not in body)"))
        for p in r.pred:
            if id(p) not in matched_p:
                print(f"{r.name} FALSE [{p['kind']}] {p.get('speaker')!r}: {p['text'][:90]!r}")


def speed(labels: list[dict[str, Any]], mode: str, rounds: int = 3) -> None:
    """Median per-page time of the cleaning stages vs claims+entities on these pages."""
    from pipelines import Document, stage_functions

    t_clean, t_ce = [], []
    funcs = stage_functions()
    for _ in range(rounds):
        for label in labels:
            page = realdata.page(label["set"], label["id"])
            doc = Document(url=page.url or None, raw=page_input(page, mode))
            try:
                t0 = time.perf_counter()
                for name, func in funcs:
                    if name == "claims":
                        t1 = time.perf_counter()
                    if name == "dedup":
                        t2 = time.perf_counter()
                    doc = func(doc)
            except Exception:  # noqa: BLE001 - a reject, or the original code's crash: no timing
                continue
            t_clean.append(t1 - t0)
            t_ce.append(t2 - t1)
    mc, me = statistics.median(t_clean) * 1000, statistics.median(t_ce) * 1000
    ratio = statistics.median(b / a for a, b in zip(t_clean, t_ce) if a > 0)
    print(f"\nspeed over {len(t_clean)} page runs: cleaning {mc:.2f} ms/page, claims+entities "
          f"{me:.2f} ms/page, median per-page ratio {ratio:.0%} (target <= 50%)")


def load_labels(folder: Path) -> list[dict[str, Any]]:
    return [json.loads(f.read_text(encoding="utf-8")) for f in sorted(folder.glob("*.json"))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("--input", choices=("text", "html"), default="text")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--speed", action="store_true")
    ap.add_argument("--json", type=Path, help="also write the table as JSON here")
    args = ap.parse_args(argv)
    if not realdata.available():
        print(f"no devdata at {realdata.DEVDATA}")
        return 0
    labels = load_labels(args.labels)
    if not labels:
        print(f"no label files in {args.labels}")
        return 0
    results = [score_article(label, args.input) for label in labels]
    if args.verbose:
        verbose(results)
    table = summarize(results)
    print(f"input: {args.input}")
    report(table)
    if args.json:
        args.json.write_text(json.dumps(table, indent=1), encoding="utf-8")
    if args.speed:
        speed(labels, args.input)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
