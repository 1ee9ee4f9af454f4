"""Clean text on real pages nobody here wrote: ``pipelines.extract`` beside trafilatura alone.

    python bench/eval_real.py                       # every set, every number (a few minutes)
    python bench/eval_real.py --set wcxb --limit 100
    python bench/eval_real.py --set traf,zh --no-speed

The pages are read from ``../shared/devdata`` through :mod:`bench.realdata` (never copied
into the repo).  In one run, on the same pages, it prints for ``pipelines.extract`` (ours)
and ``trafilatura.extract(..., favor_precision=True, include_comments=False)`` (trafilatura):

* ``wcxb``: WCXB article pages, body word P/R/F1 (per page, over lower-cased ``\\w+`` tokens
  counted as a multiset, averaged over pages) and the number of empty results; WCXB
  listing + collection pages, % rejected as not articles, and % of article pages kept;
* ``traf``: trafilatura's English and Chinese pages, % of must-appear snippets found in the
  body and % of must-not snippets left in it (both compared with :func:`realdata.match_key`);
* ``zh``: the Chinese pages with hand-copied text, body F1 per character (white space left out);
* speed (with ``wcxb``): pages/s of the whole ``extract`` (claims and entities included) and of
  cleaning alone (stages up to ``validate``) over the WCXB pages, each as a ratio to
  trafilatura alone.  The three run page by page in turn, so load from other processes falls
  on all three alike; the ratios, not the absolute rates, are the numbers to read.

Targets (issue 8) are printed beside each number.
"""

from __future__ import annotations

import argparse
import logging
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import realdata  # noqa: E402
from pipelines import Document, Reject, extract, stage_functions  # noqa: E402

_WORD_RE = re.compile(r"\w+")
_CLEAN_STAGES = ("decode", "parse", "normalize", "boilerplate", "metadata", "validate")


# ---------------------------------------------------------------- extractors

def trafilatura_alone(html: bytes, url: str | None) -> str:
    """The reference: trafilatura 2.x, precision mode, no comments ('' when it finds nothing)."""
    import trafilatura

    return trafilatura.extract(html, url=url or None, favor_precision=True, include_comments=False) or ""


CRASHES: list[str] = []


def ours(html: bytes, url: str | None) -> dict[str, Any]:
    """``pipelines.extract``; an exception (a bug: extract never raises) is counted, not fatal."""
    try:
        return extract(html, url or None)
    except Exception as exc:  # noqa: BLE001 -- the bench reports crashes instead of stopping
        CRASHES.append(f"{url}: {type(exc).__name__}: {exc}")
        return {"body": "", "error": {"stage": "crash", "reason": repr(exc)}}


def _profile_for(url: str | None) -> str | None:
    try:
        from pipelines.profiles import for_url
    except ImportError:  # before the registry moved out of crawler/
        from pipelines.profiles import for_url
    found = for_url(url) if url else None
    return found.name if found else None


def cleaning_alone(html: bytes, url: str | None) -> dict[str, Any]:
    """``extract`` without claims and entities (stages up to validate)."""
    funcs = [f for name, f in stage_functions() if name in _CLEAN_STAGES]
    doc = Document(url=url or None, raw=html, profile=_profile_for(url))
    try:
        for func in funcs:
            doc = func(doc)
    except Reject as exc:
        return {"body": "", "error": {"stage": exc.stage, "reason": exc.reason}}
    return {"body": doc.body, "error": None}


# ---------------------------------------------------------------- scores

def word_prf(pred: str, gold: str) -> tuple[float, float, float]:
    """Word-level precision, recall, F1 over lower-cased ``\\w+`` tokens (multisets)."""
    p, g = Counter(_WORD_RE.findall(pred.lower())), Counter(_WORD_RE.findall(gold.lower()))
    return _prf(p, g)


def char_prf(pred: str, gold: str) -> tuple[float, float, float]:
    """Character-level P/R/F1 (multisets, white space left out): Chinese has no word gaps."""
    return _prf(Counter(c for c in pred if not c.isspace()), Counter(c for c in gold if not c.isspace()))


def _prf(p: Counter, g: Counter) -> tuple[float, float, float]:
    if not p or not g:
        return 0.0, 0.0, 0.0
    common = sum((p & g).values())
    prec, rec = common / sum(p.values()), common / sum(g.values())
    return prec, rec, (2 * prec * rec / (prec + rec) if common else 0.0)


def snippet_rates(body: str, page: realdata.Page) -> tuple[int, int, int, int]:
    """(must-appear found, must-appear total, must-not left, must-not total) for one page."""
    key = realdata.match_key(body)
    found = sum(1 for s in page.with_snippets if realdata.match_key(s) in key)
    left = sum(1 for s in page.without_snippets if realdata.match_key(s) in key)
    return found, len(page.with_snippets), left, len(page.without_snippets)


def _mean(values: list[float]) -> float:
    return statistics.fmean(values) if values else 0.0


# ---------------------------------------------------------------- sets

def _timed(func: Callable, *args: Any) -> tuple[Any, float]:
    start = time.perf_counter()
    out = func(*args)
    return out, time.perf_counter() - start


def run_wcxb(pages: list[realdata.Page], *, speed: bool) -> dict[str, Any]:
    """Score and time the WCXB pages; ``pages`` mixes articles with listings/collections."""
    res: dict[str, Any] = {"ours": [], "traf": [], "kept": 0, "rejected": 0, "traf_rejected": 0,
                           "t_ours": 0.0, "t_clean": 0.0, "t_traf": 0.0, "reasons": Counter(),
                           "empty_ours": 0, "empty_traf": 0}
    for page in pages:
        mine, t_ours = _timed(ours, page.html, page.url)
        theirs, t_traf = _timed(trafilatura_alone, page.html, page.url)
        if speed:
            _, t_clean = _timed(cleaning_alone, page.html, page.url)
            res["t_clean"] += t_clean
        res["t_ours"] += t_ours
        res["t_traf"] += t_traf
        if page.kind == "article":
            res["ours"].append((page.id, word_prf(mine["body"], page.text or "")))
            res["traf"].append((page.id, word_prf(theirs, page.text or "")))
            res["kept"] += mine["error"] is None
            res["empty_ours"] += not (mine["error"] is None and mine["body"].strip())
            res["empty_traf"] += not theirs.strip()
        else:
            res["rejected"] += mine["error"] is not None
            res["traf_rejected"] += not theirs.strip()
            if mine["error"] is None:
                res["reasons"]["kept"] += 1
    return res


def report_wcxb(pages: list[realdata.Page], res: dict[str, Any], *, speed: bool) -> None:
    articles = [p for p in pages if p.kind == "article"]
    others = [p for p in pages if p.kind != "article"]
    if articles:
        print(f"\nWCXB article pages ({len(articles)})           ours    trafilatura   target")
        for i, name in enumerate(("precision", "recall", "F1")):
            o = _mean([s[i] for _, s in res["ours"]])
            t = _mean([s[i] for _, s in res["traf"]])
            target = f"  >= trafilatura + 0.01 ({t + 0.01:.3f})" if name == "F1" else ""
            print(f"  body word {name:<10}                 {o:.3f}    {t:.3f}{target}")
        empty_o = sum(1 for _, s in res["ours"] if s[2] == 0.0)
        empty_t = sum(1 for _, s in res["traf"] if s[2] == 0.0)
        print(f"  empty (F1 = 0) pages                 {empty_o:5d}    {empty_t:5d}        0")
        print(f"  no body text (rejected or empty)     {res['empty_ours']:5d}    {res['empty_traf']:5d}        0")
        print(f"  gold text empty (F1 = 0 whatever)    {sum(1 for p in articles if not (p.text or '').strip()):5d}")
        print(f"  article pages kept                   {res['kept'] / len(articles) * 100:5.1f}%"
              f"                 >= 98%")
    if others:
        print(f"WCXB listing + collection pages ({len(others)})")
        print(f"  rejected as not articles             {res['rejected'] / len(others) * 100:5.1f}%"
              f"   {res['traf_rejected'] / len(others) * 100:5.1f}% (empty)   >= 90%")
    if speed and res["t_traf"]:
        n = len(pages)
        print(f"Speed over {n} WCXB pages (same run, pages in turn)")
        print(f"  trafilatura alone                    {n / res['t_traf']:6.1f} pages/s")
        print(f"  whole extract                        {n / res['t_ours']:6.1f} pages/s = "
              f"{res['t_traf'] / res['t_ours']:.2f}x trafilatura   target >= 0.6x")
        print(f"  cleaning alone (to validate)         {n / res['t_clean']:6.1f} pages/s = "
              f"{res['t_traf'] / res['t_clean']:.2f}x trafilatura   target >= 0.8x")


def run_traf(pages: list[realdata.Page]) -> None:
    totals = {"ours": [0, 0, 0, 0], "traf": [0, 0, 0, 0]}
    for page in pages:
        for name, body in (("ours", ours(page.html, page.url)["body"]),
                           ("traf", trafilatura_alone(page.html, page.url))):
            for i, v in enumerate(snippet_rates(body, page)):
                totals[name][i] += v
    print(f"\ntrafilatura's pages ({len(pages)})               ours    trafilatura   target")
    o, t = totals["ours"], totals["traf"]
    print(f"  must-appear snippets found           {o[0] / max(1, o[1]) * 100:5.1f}%   "
          f"{t[0] / max(1, t[1]) * 100:5.1f}%       >= 97%   ({o[1]} snippets)")
    print(f"  must-not snippets left               {o[2] / max(1, o[3]) * 100:5.1f}%   "
          f"{t[2] / max(1, t[3]) * 100:5.1f}%       <= 3%    ({o[3]} snippets)")


def run_zh(pages: list[realdata.Page]) -> None:
    scores: dict[str, list] = {"ours": [], "traf": []}
    for page in pages:
        if not page.text:
            continue
        scores["ours"].append(char_prf(ours(page.html, page.url)["body"], page.text))
        scores["traf"].append(char_prf(trafilatura_alone(page.html, page.url), page.text))
    print(f"\nChinese pages ({len(scores['ours'])})                    ours    trafilatura   target")
    for i, name in enumerate(("precision", "recall", "F1")):
        target = "  >= 0.93" if name == "F1" else ""
        print(f"  body char {name:<10}                 {_mean([s[i] for s in scores['ours']]):.3f}    "
              f"{_mean([s[i] for s in scores['traf']]):.3f}{target}")
    empty = sum(1 for s in scores["ours"] if s[2] == 0.0)
    print(f"  empty (F1 = 0) pages                 {empty:5d}    "
          f"{sum(1 for s in scores['traf'] if s[2] == 0.0):5d}")


def run_meta(sets: set[str], limit: int | None) -> None:
    """Title, first author and date on the same real pages, ours beside trafilatura's
    metadata (issue 8, item 6): :mod:`eval_real_meta` (WCXB articles and zh-pages)."""
    import eval_real_meta

    wanted = [s for s in ("wcxb", "zh") if s in sets]
    if not wanted:
        return
    argv = ["--only", wanted[0]] if len(wanted) == 1 else []
    if limit:
        argv += ["--limit", str(limit)]
    print("\nmetadata (title / first author / date), ours beside trafilatura:")
    eval_real_meta.main(argv)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", default="wcxb,traf,zh",
                        help="comma-separated sets: wcxb, traf, zh (default: all three)")
    parser.add_argument("--limit", type=int, default=None, help="at most N pages of each set (quick runs)")
    parser.add_argument("--no-speed", action="store_true", help="skip the cleaning-alone timing pass")
    parser.add_argument("--worst", type=int, default=0, help="list the N WCXB articles with the lowest F1")
    args = parser.parse_args(argv)
    if not realdata.available():
        print(f"no development data at {realdata.DEVDATA}", file=sys.stderr)
        return 2
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    sets = {s.strip() for s in args.set.split(",") if s.strip()}
    unknown = sets - {"wcxb", "traf", "zh"}
    if unknown:
        parser.error(f"unknown set(s): {', '.join(sorted(unknown))}")
    # warm-up: imports, vocabularies, jieba's dictionary (a once-per-process cost)
    from pipelines import entities

    entities.warm_up()
    if "wcxb" in sets:
        pages = realdata.wcxb()
        if args.limit:
            arts = [p for p in pages if p.kind == "article"][: args.limit]
            rest = [p for p in pages if p.kind != "article"][: max(1, args.limit // 4)]
            pages = arts + rest
        for page in pages[:5]:
            ours(page.html, page.url), trafilatura_alone(page.html, page.url), cleaning_alone(page.html, page.url)
        res = run_wcxb(pages, speed=not args.no_speed)
        report_wcxb(pages, res, speed=not args.no_speed)
        if args.worst:
            gap = {pid: s[2] for pid, s in res["traf"]}
            for pid, s in sorted(res["ours"], key=lambda x: x[1][2] - gap[x[0]])[: args.worst]:
                print(f"    {pid}: ours P {s[0]:.2f} R {s[1]:.2f} F1 {s[2]:.2f}  trafilatura F1 {gap[pid]:.2f}")
    if "traf" in sets:
        pages = realdata.trafilatura_pages()
        run_traf(pages[: args.limit] if args.limit else pages)
    if "zh" in sets:
        pages = realdata.zh_pages()
        run_zh(pages[: args.limit] if args.limit else pages)
    run_meta(sets, args.limit)
    if CRASHES:
        print(f"\nextract raised on {len(CRASHES)} page(s) (counted as empty):")
        for line in CRASHES[:10]:
            print("  " + line[:200])
    return 0


if __name__ == "__main__":
    sys.exit(main())
