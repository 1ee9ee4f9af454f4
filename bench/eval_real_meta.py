"""Metadata on real pages: title, first author and publication date, ours beside trafilatura's.

    python bench/eval_real_meta.py [--verbose] [--only wcxb|zh] [--limit N] [--no-trafilatura]

Pages come from ``../shared/devdata`` through :mod:`bench.realdata` (never copied here):
WCXB's development article pages (gold title, author, publish date) and the Chinese
pages (author and date as written; "UNKNOWN" = unknown, left out).  Our side is
``pipelines.extract(html, url)``; trafilatura's is ``trafilatura.bare_extraction(html,
url=url, with_metadata=True)`` on the same bytes in the same run.

Matching (what :func:`score` counts as right)
--------------------------------------------
* **title**: our title equals the gold title after :func:`norm_title` (NFKC, case,
  white space, quote and dash style; a typewriter "--" is the em dash "—" it stands for).
  Nothing else is forgiven: a " - Site" or " | Site" suffix left on our title is wrong when
  the gold lacks it, and so is a "?" or "*" the gold lacks or adds.  Counted on every
  page whose gold has a title.  (WCXB's own ``evaluate.py`` scores no title; its "exact
  match" convention compares lower-cased word tokens, which would forgive punctuation
  as well; this scorer is stricter.)
* **first author**: the gold's first author (gold split at ``,``/``;``/``&``/`` and ``/
  ``、``/CJK white space, credentials such as "MS, RD" are then separate pieces behind it)
  equals one of our authors after :func:`norm_name` (NFKC, case, punctuation, spacing,
  honorifics "Dr", "Mr", "Ms", "Mrs", "Prof", a leading "By"); the whole gold credit
  equal to one of ours also counts (an organization named "X and Y").  Counted where the
  gold has an author.
* **date**: the calendar date of our publication time (as the page states it, no time
  zone conversion) equals the gold's; a gold date with only a year or year-month
  ("2018", "1998-3") is compared at that precision.  Counted where the gold has a
  parseable date (an unparseable gold value such as a name counts as unknown).

:func:`score` is importable (``from bench.eval_real_meta import score``) so another bench
script can print the same figures: ``score(pages, results)`` takes the realdata pages and,
per page, a dict with ``title``, ``authors`` (list or "; "-joined string) and
``published_at`` (ISO string, date or datetime), as :func:`pipelines.extract` returns.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import unicodedata
import warnings
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import realdata  # noqa: E402

_QUOTES = dict.fromkeys(map(ord, "“”„‟″«»「」『』＂‘’‚‛′`"), "'")
_QUOTES.update({ord('"'): "'"})
_DASHES = dict.fromkeys(map(ord, "‐‑‒–—―−－"), "-")
_HONORIFIC_RE = re.compile(r"^(?:by|dr|mr|mrs|ms|miss|prof|professor|sir|dame)\b\.?\s+", re.I)
_NAME_PUNCT_RE = re.compile(r"[^\w\s]", re.U)
_GOLD_SPLIT_RE = re.compile(r"\s*(?:[,;&、，；/|]|\band\b|\s{2,})\s*", re.I)
_CJK_RE = re.compile(r"[\u3400-\u9fff]")
_DATE_RE = re.compile(r"(?P<y>(?:19|20)\d{2})(?:\s*[-/.年]\s*(?P<m>\d{1,2})(?:\s*[-/.月]\s*(?P<d>\d{1,2}))?)?")


def norm_title(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").translate(_QUOTES).translate(_DASHES)
    text = re.sub(r"-{2,}", "-", text)  # "--" is the typewriter's em dash: a dash style too
    return re.sub(r"\s+", " ", text).strip().lower()


def norm_name(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").strip()
    while (stripped := _HONORIFIC_RE.sub("", text)) != text:
        text = stripped
    text = _NAME_PUNCT_RE.sub(" ", text.lower())
    text = re.sub(r"\s+", " ", text).strip()
    if _CJK_RE.search(text):  # "王 晓东" and "王晓东" are the same name
        text = text.replace(" ", "")
    return text


def gold_first_author(author: str) -> str:
    author = author.strip()
    if _CJK_RE.search(author):  # "宋怡 杨志华": CJK names are separated by single spaces too
        parts = re.split(r"[\s,;、，；/]+", author)
    else:
        parts = _GOLD_SPLIT_RE.split(author)
    return next((p for p in parts if p.strip()), author)


def our_authors(value: Any) -> list[str]:
    if not value:
        return []
    if isinstance(value, str):
        return [v for v in re.split(r"\s*;\s*", value) if v]
    return [str(v) for v in value if v]


def gold_date(text: str | None) -> tuple[int, ...] | None:
    """``(y, m, d)``, ``(y, m)`` or ``(y,)``; None when the gold has no parseable date."""
    m = _DATE_RE.search(text or "")
    if not m:
        return None
    parts = [int(m.group("y"))] + [int(g) for g in (m.group("m"), m.group("d")) if g]
    if len(parts) > 1 and not 1 <= parts[1] <= 12:
        return None
    return tuple(parts)


def our_date(value: Any) -> tuple[int, int, int] | None:
    if isinstance(value, (datetime, date)):
        return value.year, value.month, value.day
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", str(value or ""))
    return (int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def judge(page: realdata.Page, result: dict[str, Any]) -> dict[str, bool | None]:
    """Per page: True/False per metric, None where the gold does not know."""
    out: dict[str, bool | None] = {"title": None, "author": None, "date": None}
    if page.title:
        out["title"] = norm_title(result.get("title")) == norm_title(page.title)
    if page.author:
        want = norm_name(gold_first_author(page.author))
        got = {norm_name(a) for a in our_authors(result.get("authors"))}
        # "Center for Drug Evaluation and Research" is one name: the whole gold credit counts too
        out["author"] = bool(want) and (want in got or norm_name(page.author) in got)
    want_date = gold_date(page.date)
    if want_date:
        got = our_date(result.get("published_at"))
        out["date"] = got is not None and got[:len(want_date)] == want_date
    return out


def score(pages: Iterable[realdata.Page], results: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Accuracy per metric: ``{"title": float|None, "title_n": int, "author": ..., "date": ...}``."""
    right = {"title": 0, "author": 0, "date": 0}
    counted = {"title": 0, "author": 0, "date": 0}
    for page, result in zip(pages, results):
        for key, ok in judge(page, result).items():
            if ok is not None:
                counted[key] += 1
                right[key] += bool(ok)
    out: dict[str, Any] = {}
    for key in right:
        out[key] = right[key] / counted[key] if counted[key] else None
        out[f"{key}_n"] = counted[key]
    return out


def ours(page: realdata.Page) -> dict[str, Any]:
    from pipelines import extract

    return extract(page.html, page.url or None)


def metadata_only(page: realdata.Page) -> dict[str, Any]:
    """Our metadata stage's output on every page, the body path's rejects included (the stages
    up to ``metadata``; a reject before it yields nothing): what metadata alone achieves."""
    from pipelines import Document, Reject
    from pipelines.stages import STAGES
    import importlib

    doc = Document(url=page.url or None, raw=page.html)
    try:
        for name in STAGES[:STAGES.index("metadata") + 1]:
            doc = importlib.import_module(f"pipelines.{name}").run(doc)
    except Reject:
        return {}
    return doc.to_json()


def trafilatura_meta(page: realdata.Page) -> dict[str, Any]:
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            doc = trafilatura.bare_extraction(page.html, url=page.url or None, with_metadata=True,
                                              favor_precision=True, include_comments=False)
        except Exception:  # noqa: BLE001 -- a baseline crash counts as nothing found
            doc = None
    if doc is None:
        return {}
    data = doc if isinstance(doc, dict) else doc.as_dict()
    return {"title": data.get("title"), "authors": our_authors(data.get("author")),
            "published_at": data.get("date")}


def _fmt(value: float | None, n: int) -> str:
    return f"{value:.3f} (n={n})" if value is not None else f"   -  (n={n})"


def _report(name: str, pages: list, got: list, traf: list | None, verbose: bool) -> None:
    mine = score(pages, got)
    theirs = score(pages, traf) if traf is not None else None
    print(f"\n== {name}: {len(pages)} pages")
    print(f"{'metric':<14}{'newsarchive':>22}{'trafilatura':>22}")
    for key in ("title", "author", "date"):
        if not mine[f"{key}_n"]:
            continue
        other = _fmt(theirs[key], theirs[f"{key}_n"]) if theirs else "-"
        print(f"{key:<14}{_fmt(mine[key], mine[key + '_n']):>22}{other:>22}")
    if verbose:
        for page, result in zip(pages, got):
            verdict = judge(page, result)
            for key, ok in verdict.items():
                if ok is False:
                    gold = {"title": page.title, "author": page.author, "date": page.date}[key]
                    have = {"title": result.get("title"), "author": result.get("authors"),
                            "date": result.get("published_at")}[key]
                    print(f"  MISS {key:<6} {page.id}  gold={gold!r}  ours={have!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verbose", action="store_true", help="list every miss (ours)")
    parser.add_argument("--only", choices=["wcxb", "zh"], help="one set only")
    parser.add_argument("--limit", type=int, default=0, help="first N pages of each set")
    parser.add_argument("--no-trafilatura", action="store_true", help="skip trafilatura's side")
    args = parser.parse_args(argv)
    if not realdata.available():
        print(f"no development data at {realdata.DEVDATA}", file=sys.stderr)
        return 2
    sets = []
    if args.only in (None, "wcxb"):
        sets.append(("WCXB dev articles", realdata.wcxb(kinds=("article",))))
    if args.only in (None, "zh"):
        sets.append(("zh-pages", realdata.zh_pages()))
    for name, pages in sets:
        if args.limit:
            pages = pages[:args.limit]
        start = time.perf_counter()
        got = [ours(p) for p in pages]
        ours_s = time.perf_counter() - start
        rejected = sum(1 for r in got if r.get("error"))
        traf = None
        if not args.no_trafilatura:
            start = time.perf_counter()
            traf = [trafilatura_meta(p) for p in pages]
            traf_s = time.perf_counter() - start
        _report(name, pages, got, traf, args.verbose)
        if rejected:
            alone = score(pages, [metadata_only(p) if r.get("error") else r for p, r in zip(pages, got)])
            print(f"({rejected} pages rejected by extract count as wrong above; the metadata stage on every "
                  f"page, rejects included: " + ", ".join(f"{k} {alone[k]:.3f}" for k in ("title", "author", "date")
                                                         if alone[k] is not None) + ")")
        if traf is not None:
            print(f"(time: newsarchive {ours_s:.1f}s, trafilatura {traf_s:.1f}s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
