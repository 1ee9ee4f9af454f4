"""Readers for the real development pages in ``../shared/devdata`` (never copied here).

Every bench script that measures on real pages loads them through this module, so the
sets are read one way everywhere:

* ``wcxb()`` -- WCXB development split: article, listing and collection pages with gold
  main text, title, author and date;
* ``trafilatura_pages()`` -- trafilatura's English and Chinese evaluation pages with
  must-appear / must-not-appear snippets;
* ``zh_pages()`` -- Chinese pages (many GBK) with hand-copied main text, author and date.

``match_key(text)`` is the one normalization used to find a label's anchor in a text
(case, quote marks, full-width forms, white space and invisible format characters such as
the soft hyphen or U+2063 do not count; white space next to a CJK character is dropped, so
hard line breaks inside Chinese sentences vanish).
"""

from __future__ import annotations

import gzip
import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _find_devdata() -> Path:
    """``$NEWSARCHIVE_DEVDATA``, else the first ``shared/devdata`` beside the repo or
    beside one of its parent folders (a git worktree sits deeper than the clone)."""
    if os.environ.get("NEWSARCHIVE_DEVDATA"):
        return Path(os.environ["NEWSARCHIVE_DEVDATA"])
    for folder in ROOT.parents:
        if (folder / "shared" / "devdata").is_dir():
            return folder / "shared" / "devdata"
    return ROOT.parent / "shared" / "devdata"


DEVDATA = _find_devdata()

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\u3000-\u303f\uff00-\uffef"
_DQUOTES = dict.fromkeys(map(ord, "“”„‟″«»「」『』＂"), '"')
_SQUOTES = dict.fromkeys(map(ord, "‘’‚‛′`"), "'")
_SPACE_RE = re.compile(r"\s+")
#: Invisible format characters (soft hyphen, zero-width and bidi marks, invisible operators,
#: BOM): a label copied with one still matches a text that dropped it.
_INVISIBLE_RE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_CJK_SPACE_RE = re.compile(rf"(?<=[{_CJK}]) | (?=[{_CJK}])")


@dataclass
class Page:
    """One real page: raw bytes plus whatever its set labels."""

    set: str
    id: str
    url: str
    html: bytes
    kind: str = "article"  # article | listing | collection
    lang: str | None = None
    text: str | None = None  # gold main text, when the set has one
    title: str | None = None
    author: str | None = None
    date: str | None = None
    with_snippets: list[str] = field(default_factory=list)
    without_snippets: list[str] = field(default_factory=list)


def available() -> bool:
    return DEVDATA.is_dir()


def _known(value):
    if value in (None, "", "UNKNOWN"):
        return None
    return value


def wcxb(kinds: tuple[str, ...] = ("article", "listing", "collection")) -> list[Page]:
    base = DEVDATA / "wcxb-dev"
    index = json.loads((base / "index.json").read_text(encoding="utf-8"))
    pages = []
    for pid, entry in sorted(index.items()):
        if entry["type"] not in kinds:
            continue
        gold = json.loads((base / "ground-truth" / f"{pid}.json").read_text(encoding="utf-8"))
        gt = gold.get("ground_truth", {})
        pages.append(Page(
            set="wcxb", id=pid, url=entry.get("url") or gold.get("url", ""),
            html=gzip.decompress((base / "html" / f"{pid}.html.gz").read_bytes()),
            kind=entry["type"], text=gt.get("main_content"), title=_known(gt.get("title")),
            author=_known(gt.get("author")), date=_known(gt.get("publish_date")),
            with_snippets=list(gt.get("with") or []), without_snippets=list(gt.get("without") or []),
        ))
    return pages


def trafilatura_pages() -> list[Page]:
    base = DEVDATA / "trafilatura-en-zh"
    snippets = json.loads((base / "snippets.json").read_text(encoding="utf-8"))
    pages = []
    for url, entry in sorted(snippets.items(), key=lambda kv: kv[1]["file"]):
        pages.append(Page(
            set="traf", id=entry["file"], url=url,
            html=gzip.decompress((base / "pages" / entry["file"]).read_bytes()),
            with_snippets=list(entry.get("with") or []),
            without_snippets=list(entry.get("without") or []),
        ))
    return pages


def zh_pages() -> list[Page]:
    base = DEVDATA / "zh-pages"
    meta = json.loads((base / "meta.json").read_text(encoding="utf-8"))
    pages = []
    for pid, entry in sorted(meta.items()):
        cleaned = base / "cleaned" / f"{pid}.txt"
        pages.append(Page(
            set="zhpages", id=pid, url="", lang="zh",
            html=(base / "original" / f"{pid}.html").read_bytes(),
            text=cleaned.read_text(encoding="utf-8", errors="replace") if cleaned.exists() else None,
            author=_known(entry.get("author")), date=_known(entry.get("date")),
        ))
    return pages


def page(set_name: str, page_id: str) -> Page:
    """One page by set (``wcxb``, ``traf``, ``zhpages``) and id."""
    loader = {"wcxb": wcxb, "traf": trafilatura_pages, "zhpages": zh_pages}[set_name]
    for p in loader():
        if p.id == page_id:
            return p
    raise KeyError(f"{set_name}/{page_id}: no such page in {DEVDATA}")


def visible_text(html: bytes) -> str:
    """All visible text of a raw page (scripts, styles and comments left out)."""
    import lxml.html
    from w3lib.encoding import html_to_unicode

    _, text = html_to_unicode(None, html)
    try:
        tree = lxml.html.document_fromstring(text.encode("utf-8"),
                                             parser=lxml.html.HTMLParser(encoding="utf-8"))
    except Exception:  # an empty or broken page has no visible text
        return ""
    for bad in tree.xpath("//script|//style|//noscript|//comment()"):
        if bad.getparent() is not None:
            bad.drop_tree()
    return "\n".join(t.strip() for t in tree.itertext() if t.strip())


def reference_text(p: Page) -> str:
    """The text a claims label's anchors are checked against: the gold main text where the
    set has one, otherwise the page's visible text."""
    return p.text if p.text else visible_text(p.html)


def match_key(text: str) -> str:
    """Normalize text for anchor matching (see the module docstring)."""
    text = unicodedata.normalize("NFKC", text).translate(_DQUOTES).translate(_SQUOTES)
    text = _SPACE_RE.sub(" ", _INVISIBLE_RE.sub("", text)).strip().lower()
    return _CJK_SPACE_RE.sub("", text)
