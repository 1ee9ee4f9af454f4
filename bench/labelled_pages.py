"""Labelled page sets for the cleaning benchmark: the one page builder, loader and checker.

    python bench/labelled_pages.py check [DIR ...]   # every bench/eval_clean* set by default

A labelled set is data: a folder per page holding

* ``page.html`` or ``page.txt``: the bytes exactly as served (GBK stays GBK);
* ``meta.json``: ``url``, ``headers`` (response headers, ``{name: value}``), optional ``note``;
* ``expected.json``: ``title``, ``authors`` (people, byline order), ``language``, ``body``
  (article paragraphs, subheadings and table rows in order, one string each), ``headings``
  (the subheadings among them) and ``boilerplate`` (lines that must not remain in the body).

Each set's README says who wrote it, when, and how it was labelled.  The sets were
written once and are not regenerated: the code that wrote them is in the git history
(each README names the last commit that held it).  To add pages, write them with :class:`Page`, which records
every body item and boilerplate label while the markup is written, so labels are
exactly text a reader sees on the page::

    pg = Page("en_example", "https://news.example.com/a.html", "en", "Title", ["Ann Lee"])
    html = f"<html><body><h1>Title</h1>{pg.p('First paragraph.')}{pg.bp('Sign up now')}</body></html>"
    pg.write(html, Path("bench/eval_clean_new"))

Labelling only: nothing here calls the extractor (``bench/eval_clean.py`` scores a set).
"""

from __future__ import annotations

import argparse
import html as _html
import json
import re
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
EXPECTED_KEYS = {"title": str, "authors": list, "language": str, "body": list, "headings": list,
                 "boilerplate": list}

_WS = re.compile(r"\s+")
_BR = re.compile(r"<br\s*/?>", re.I)
_TAG = re.compile(r"<[^>]+>")
_INVISIBLE = re.compile(r"<(script|style|noscript|template)\b.*?</\1>", re.I | re.S)
_BLOCK = re.compile(r"</?(p|div|li|tr|td|th|h\d|section|article|header|footer|figure|figcaption|blockquote|ul|ol"
                    r"|table)\b[^>]*>", re.I)


def plain(markup: str) -> str:
    """What a reader sees of a fragment: tags removed, entities decoded, whitespace collapsed."""
    t = _BR.sub(" ", markup)
    t = _TAG.sub("", t)
    t = _html.unescape(t)
    t = t.replace("\u3000", " ").replace("\xa0", " ")
    return _WS.sub(" ", t).strip()


def visible(page_html: str) -> str:
    """The visible text of a whole page (scripts, styles and comments dropped), blocks spaced."""
    t = _INVISIBLE.sub(" ", page_html)
    t = re.sub(r"<!--.*?-->", " ", t, flags=re.S)
    return plain(_BLOCK.sub(" ", t))


def jsonld(obj: dict) -> str:
    """A JSON-LD ``<script>`` element for ``obj``."""
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + "</script>"


class Page:
    """One labelled page, recorded while its markup is written (see the module docstring)."""

    def __init__(self, name: str, url: str, language: str, title: str, authors: list[str],
                 headers: dict | None = None, note: str = ""):
        self.name, self.url, self.language, self.title, self.authors = name, url, language, title, authors
        self.headers = headers or {"Content-Type": "text/html; charset=utf-8"}
        self.note = note
        self.body: list[str] = []
        self.headings: list[str] = []
        self.boilerplate: list[str] = []

    # body items ------------------------------------------------------------------------
    def p(self, m: str, tag: str | None = "p", attrs: str = "", lead: str = "") -> str:
        """A body paragraph; ``tag=None`` returns the text without an element around it."""
        self.body.append(plain(m))
        if tag is None:
            return f"{lead}{m}"
        return f"<{tag}{attrs}>{lead}{m}</{tag}>"

    def h(self, m: str, tag: str | None = "h2", attrs: str = "") -> str:
        """A subheading: a body item that is also an expected heading."""
        t = plain(m)
        self.body.append(t)
        self.headings.append(t)
        if tag is None:
            return m
        return f"<{tag}{attrs}>{m}</{tag}>"

    def ul(self, items: list[str], tag: str = "ul", attrs: str = "", li_attrs: str = "") -> str:
        """A list whose items are body."""
        out = []
        for it in items:
            self.body.append(plain(it))
            out.append(f"<li{li_attrs}>{it}</li>")
        return f"<{tag}{attrs}>" + "".join(out) + f"</{tag}>"

    def table(self, rows: list[list[str]], attrs: str = "", head: bool = True, cell_attrs: str = "") -> str:
        """A table of the article: one body item per row, cells joined by spaces."""
        out = []
        for i, row in enumerate(rows):
            self.body.append(plain(" ".join(row)))
            cell = "th" if head and i == 0 else "td"
            out.append("<tr>" + "".join(f"<{cell}{cell_attrs}>{c}</{cell}>" for c in row) + "</tr>")
        return f"<table{attrs}>" + "".join(out) + "</table>"

    # boilerplate labels ----------------------------------------------------------------
    def bp(self, m: str) -> str:
        """A boilerplate line that must not remain in the body (returned unchanged for the markup)."""
        self.boilerplate.append(plain(m))
        return m

    # output ----------------------------------------------------------------------------
    def write(self, page: str, set_dir: Path, kind: str = "html", encoding: str = "utf-8") -> Path:
        """Write ``set_dir/<name>/`` (page, meta.json, expected.json); every label must be
        text a reader sees on the page.  Returns the page's folder."""
        seen = visible(page) if kind == "html" else plain(page)
        for item in self.body + self.boilerplate + [plain(self.title)]:
            if item not in seen:
                raise ValueError(f"{self.name}: label not visible on the page: {item[:60]!r}")
        if len(set(self.boilerplate)) != len(self.boilerplate):
            raise ValueError(f"{self.name}: a boilerplate label is given twice")
        folder = set_dir / self.name
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("page.*"):
            old.unlink()
        (folder / f"page.{kind}").write_bytes(page.encode(encoding, errors="xmlcharrefreplace"))
        meta = {"url": self.url, "headers": self.headers, "note": self.note}
        exp = {"title": self.title, "authors": self.authors, "language": self.language,
               "body": self.body, "headings": self.headings, "boilerplate": self.boilerplate}
        (folder / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        (folder / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return folder


# ------------------------------------------------------------------------------ sets as data

def page_folders(set_dir: Path) -> list[Path]:
    """The page folders of a set, by name (folders starting with ``_`` are not pages)."""
    return sorted(p for p in set_dir.iterdir() if p.is_dir() and not p.name.startswith(("_", ".")))


def load_set(set_dir: Path) -> list[dict]:
    """Every page of a set as ``{name, data (bytes), kind (html|txt), meta, expected}``."""
    pages = []
    for folder in page_folders(set_dir):
        page_file = next(folder.glob("page.*"))
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        exp = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        pages.append({"name": folder.name, "data": page_file.read_bytes(), "kind": page_file.suffix[1:],
                      "meta": meta, "expected": exp})
    return pages


def all_sets() -> list[Path]:
    """Every labelled cleaning set in ``bench/`` (``eval_clean*`` folders)."""
    return sorted(p for p in BENCH.glob("eval_clean*") if p.is_dir())


def check_set(set_dir: Path) -> list[str]:
    """Problems with a set's files: missing or extra files, wrong keys or types, headings
    that are not body items, long boilerplate labels that occur inside the expected body."""
    problems = []
    folders = page_folders(set_dir)
    if not folders:
        return [f"{set_dir}: no page folders"]
    for folder in folders:
        where = f"{set_dir.name}/{folder.name}"
        pages = list(folder.glob("page.*"))
        if len(pages) != 1 or pages[0].suffix not in (".html", ".txt"):
            problems.append(f"{where}: expected one page.html or page.txt, found {[p.name for p in pages]}")
        try:
            meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
            exp = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            problems.append(f"{where}: {exc}")
            continue
        if not isinstance(meta.get("url"), (str, type(None))) or not isinstance(meta.get("headers"), dict):
            problems.append(f"{where}: meta.json needs url (string, or null for a text capture) and headers (object)")
        bad_keys = [f"{where}: expected.json {key} should be a {typ.__name__}"
                    for key, typ in EXPECTED_KEYS.items() if not isinstance(exp.get(key), typ)]
        if bad_keys:
            problems += bad_keys
            continue
        body = "\n".join(exp["body"])
        problems += [f"{where}: heading not in the body: {h[:60]!r}" for h in exp["headings"] if h not in exp["body"]]
        problems += [f"{where}: boilerplate label inside the expected body: {b[:60]!r}"
                     for b in exp["boilerplate"] if len(b) >= 15 and b in body]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="check that labelled sets are well formed")
    check.add_argument("sets", nargs="*", type=Path, help="set folders (default: every bench/eval_clean* set)")
    args = parser.parse_args(argv)
    problems = []
    for set_dir in args.sets or all_sets():
        found = check_set(set_dir)
        print(f"{set_dir}: {len(page_folders(set_dir))} pages, {len(found)} problems")
        problems += found
    for problem in problems:
        print("  " + problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
