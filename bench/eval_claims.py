"""Evaluate claim extraction on the hand-labelled articles in ``bench/eval_claims/``.

Usage::

    python bench/eval_claims.py            # scores, per language and kind
    python bench/eval_claims.py -v         # also list misses and false alarms
    python bench/eval_claims.py --speed    # also time cleaning vs claims+entities
    python bench/eval_claims.py --data bench/eval_claims_heldout   # another labelled folder

Matching (documented in docs/claims.md):

* span match: the overlap of predicted and gold spans is at least 0.8 of the shorter
  span, and the shorter span is at least half the longer one;
* speaker match: after lower-casing, dropping punctuation and a leading article or
  demonstrative (a, an, the, this, that, 该, 上述), the names are equal, or the shorter
  (of at least two words / two characters) occurs in the longer as whole words;
* kinds are scored in three groups (``direct``, ``mixed``, ``indirect``); a
  prediction only matches gold of the same kind; pairs are matched greedily one to one.

The labels were written before issue 9's one-claim-per-statement convention; they are
read in the new convention (:func:`new_convention`, the only change to the sets):
a ``partial`` label inside an ``indirect`` label makes that clause one ``mixed`` claim;
a ``partial`` label alone is ``mixed`` and matched by a claim whose span contains it
and stays in its sentence; an ``indirect`` label holding quotation marks is ``mixed``;
consecutive ``direct`` labels of one speaker with nothing but one attribution between
them (``“A,” she said, “B.”``) and nothing after the second are one claim; an
``indirect`` label and the ``direct`` label of the same speaker right after it, with
only a comma between (``某某表示，A，“B”。``), are one ``mixed`` claim (the rule book:
the quotation carries the reported clause on to its sentence end).

Precision, recall and F1 are printed for "span" and "span+speaker", per language.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipelines import claims as claims_mod  # noqa: E402
from pipelines import entities as entities_mod  # noqa: E402

DATA = Path(__file__).resolve().parent / "eval_claims"
KINDS = ("direct", "mixed", "indirect")
TARGETS = {"direct": 0.90, "indirect": 0.75}


@dataclass
class Gold:
    kind: str
    speaker: str
    start: int
    end: int
    fragment: bool = False  # an old "partial" label: only the quoted words


@dataclass
class Article:
    name: str
    language: str
    blocks: list[dict[str, str]]
    body: str
    gold: list[Gold] = field(default_factory=list)


def _locate(body: str, text: str, name: str) -> tuple[int, int]:
    """Span of a label: an exact unique substring, or ``first ||| last`` snippets."""
    if "|||" in text:
        first, last = (t.strip() for t in text.split("|||"))
        start = body.index(first)
        end = body.index(last, start) + len(last)
        return start, end
    start = body.find(text)
    if start < 0:
        raise ValueError(f"{name}: label text not in body: {text!r}")
    if body.find(text, start + 1) >= 0:
        raise ValueError(f"{name}: label text not unique: {text!r}")
    return start, start + len(text)


def load_article(path: Path) -> Article:
    raw = path.read_text(encoding="utf-8").replace("'", "\u2019")
    head, _, labels = raw.partition("\n== claims\n")
    lines = head.split("\n")
    language = lines[0].split(":", 1)[1].strip()
    blocks: list[dict[str, str]] = []
    for para in re.split(r"\n\s*\n", "\n".join(lines[1:]).strip()):
        para = " ".join(para.split())
        if para.startswith("## "):
            blocks.append({"kind": "heading", "text": para[3:]})
        elif para:
            blocks.append({"kind": "paragraph", "text": para})
    body = "\n\n".join(b["text"] for b in blocks)
    art = Article(path.stem, language, blocks, body)
    for line in labels.strip().splitlines():
        kind, speaker, text = (x.strip() for x in line.split("|", 2))
        if kind not in KINDS + ("partial",):
            raise ValueError(f"{path.name}: bad kind {kind!r}")
        start, end = _locate(body, text, path.name)
        art.gold.append(Gold(kind, speaker, start, end))
    art.gold = new_convention(art.gold, body)
    return art


_AFTER_QUOTE_END = re.compile(r"^[\u201d\u2019]*[.,!?。！？，]?[\u201d\u2019]*(?:\s|$|\u201c)")


def new_convention(gold: list[Gold], body: str) -> list[Gold]:
    """Old labels (quoted fragments as ``partial``, split quotes as two claims) in
    issue 9's convention: one claim per statement (see the module docstring)."""
    from pipelines.statements import _CLAUSE_QUOTE_GAP, _gap_is_attribution

    gold = sorted(gold, key=lambda g: (g.start, g.end))
    clauses = [g for g in gold if g.kind == "indirect"]
    out: list[Gold] = []
    for g in gold:
        if g.kind == "partial":
            host = next((h for h in clauses if h.start <= g.start and g.end <= h.end + 1), None)
            if host is not None:
                host.kind = "mixed"
                continue
            g.kind, g.fragment = "mixed", True
        elif g.kind == "indirect" and "\u201c" in body[g.start:g.end]:
            g.kind = "mixed"
        prev = out[-1] if out else None
        if prev is not None and prev.kind in ("indirect", "mixed") and g.kind == "direct" \
                and prev.speaker == g.speaker and _CLAUSE_QUOTE_GAP.fullmatch(body[prev.end:g.start]):
            prev.kind, prev.end = "mixed", g.end  # 某某表示，A，“B”。: one reported clause
            continue
        if prev is not None and prev.kind == g.kind == "direct" and prev.speaker == g.speaker \
                and prev.end <= g.start and _gap_is_attribution(body[prev.end:g.start]) \
                and _AFTER_QUOTE_END.match(body[g.end:]):
            prev.end = g.end
            continue
        out.append(g)
    return out


def load_all(data: Path = DATA) -> list[Article]:
    return [load_article(p) for p in sorted(Path(data).glob("*.txt"))]


def span_match(a: tuple[int, int], b: tuple[int, int]) -> bool:
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    la, lb = a[1] - a[0], b[1] - b[0]
    short, long_ = min(la, lb), max(la, lb)
    return overlap > 0 and overlap >= 0.8 * short and short >= 0.5 * long_


_DET = re.compile(r"^(?:a|an|the|this|that|these|those|该|上述|这位|此位)\s*", re.I)


def _norm_speaker(s: str) -> str:
    s = s.lower().replace("\u2019s", "").replace("\u2019", "")
    s = re.sub(r"[^\w\s]", " ", s)
    s = " ".join(s.split())
    return _DET.sub("", s)


def speaker_match(pred: str | None, gold: str) -> bool:
    p, g = _norm_speaker(pred or ""), _norm_speaker(gold)
    if not p or not g:
        return False
    if p == g:
        return True
    short, long_ = sorted((p, g), key=len)
    if re.search(r"[\u4e00-\u9fff]", short):
        return len(short) >= 2 and short in long_
    return len(short.split()) >= 2 and f" {short} " in f" {long_} "


def score(articles: list[Article], verbose: bool = False) -> dict:
    """``{(lang, kind, level): (tp, n_pred, n_gold)}`` with level ``span`` | ``speaker``."""
    counts: dict[tuple[str, str, str], list[int]] = {}
    for art in articles:
        preds = claims_mod.extract(art.blocks, language=art.language)
        for kind in KINDS:
            gold = [g for g in art.gold if g.kind == kind]
            pred = [p for p in preds if p["kind"] == kind]
            for level in ("span", "speaker"):
                used: set[int] = set()
                tp = 0
                missed = []
                for g in gold:
                    hit = None
                    for i, p in enumerate(pred):
                        if i in used or not (span_match((p["start"], p["end"]), (g.start, g.end))
                                             or g.fragment and p["start"] <= g.start and g.end <= p["end"]
                                             and not re.search(r"[.!?。！？]\s", art.body[p["start"]:g.start])):
                            continue
                        if level == "speaker" and not speaker_match(p["speaker"], g.speaker):
                            continue
                        hit = i
                        break
                    if hit is None:
                        missed.append(g)
                    else:
                        used.add(hit)
                        tp += 1
                c = counts.setdefault((art.language, kind, level), [0, 0, 0])
                c[0] += tp
                c[1] += len(pred)
                c[2] += len(gold)
                if verbose and level == "speaker":
                    for g in missed:
                        print(f"  MISS {art.name} {kind} [{g.speaker}] {art.body[g.start:g.end][:90]!r}")
                    for i, p in enumerate(pred):
                        if i not in used:
                            print(f"  FALSE {art.name} {kind} [{p['speaker']}] {p['text'][:90]!r}")
    return counts


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def report(counts: dict) -> bool:
    ok = True
    print(f"{'lang':4} {'kind':8} {'level':13} {'P':>6} {'R':>6} {'F1':>6}  (tp/pred/gold)")
    for lang in ("en", "zh"):
        for kind in KINDS:
            for level, label in (("span", "span"), ("speaker", "span+speaker")):
                c = counts.get((lang, kind, level))
                if not c:
                    continue
                p, r, f = prf(*c)
                mark = ""
                if level == "speaker" and kind in TARGETS:
                    passed = f >= TARGETS[kind]
                    ok &= passed
                    mark = f"  target {TARGETS[kind]:.2f} {'ok' if passed else 'MISSED'}"
                print(f"{lang:4} {kind:8} {label:13} {p:6.3f} {r:6.3f} {f:6.3f}  ({c[0]}/{c[1]}/{c[2]}){mark}")
    return ok


def speed(articles: list[Article], rounds: int = 3) -> None:
    """Per-page time of the cleaning stages vs claims+entities, on the same pages.

    Pages are the labelled articles given as plain text (headings marked as
    ``## ...`` lines do not exist in plain text, so they are given as short lines)
    plus the seed document when ``../shared`` is present.
    """
    from pipelines import stage_functions
    from pipelines.document import Document
    from pipelines.errors import Reject

    try:
        # the same generated pages as bench/extract_speed.py: real page weight (HTML, scripts)
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from extract_speed import generate

        pages = [(data, None) for data, _url, _meta in generate(200)]
        print("speed pages: 200 generated by bench/extract_speed.py")
    except ImportError:
        pages = [("\n\n".join(b["text"] for b in a.blocks), a) for a in articles]
        seed = ROOT.parent / "shared" / "seed" / "000_73a215b6f4d68b6c.txt"
        if seed.exists():
            pages.append((seed.read_text(encoding="utf-8"), None))
        print("speed pages: the labelled articles as plain text, and the seed")
    funcs = stage_functions()
    cleaning = [(n, f) for n, f in funcs if n not in ("claims", "entities", "dedup")]
    # warm up: imports, jieba's dictionary and regex caches are a once-per-process cost
    entities_mod.warm_up()
    t_clean: list[float] = []
    t_ours: list[float] = []
    for _ in range(rounds):
        for text, art in pages:
            doc = Document(raw=text.encode("utf-8") if isinstance(text, str) else text)
            t0 = time.perf_counter()
            try:
                for _n, f in cleaning:
                    doc = f(doc)
            except Reject:
                continue
            t1 = time.perf_counter()
            if not doc.blocks and art is not None:
                # cleaning stages not landed yet: feed the labelled blocks instead
                doc.blocks, doc.body, doc.language = art.blocks, art.body, art.language
            doc = claims_mod.run(doc)
            doc = entities_mod.run(doc)
            t2 = time.perf_counter()
            t_clean.append(t1 - t0)
            t_ours.append(t2 - t1)
    if not t_clean:
        print("speed: no page went through the cleaning stages")
        return
    mc, mo = statistics.mean(t_clean) * 1000, statistics.mean(t_ours) * 1000
    print(f"speed over {len(t_clean)} page runs: cleaning stages {mc:.2f} ms/page, "
          f"claims+entities {mo:.2f} ms/page ({mo / mc * 100 if mc else float('inf'):.0f}% of cleaning; "
          f"limit 50%)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and false alarms")
    ap.add_argument("--speed", action="store_true", help="also time cleaning vs claims+entities")
    ap.add_argument("--data", type=Path, default=DATA, metavar="DIR",
                    help="folder of labelled articles (default: bench/eval_claims)")
    args = ap.parse_args(argv)
    articles = load_all(args.data)
    n = {lang: sum(a.language == lang for a in articles) for lang in ("en", "zh")}
    print(f"{len(articles)} articles (en {n['en']}, zh {n['zh']}), "
          f"{sum(len(a.gold) for a in articles)} labelled claims")
    ok = report(score(articles, verbose=args.verbose))
    if args.speed:
        speed(articles)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
