"""Helpers for writing the blind test pages: every body item and boilerplate label is recorded
while the page markup is written, so the labels are exactly the text a reader sees on the page.

Labelling only: nothing here calls the extractor.
"""

from __future__ import annotations

import html as _html
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
_WS = re.compile(r"\s+")
_BR = re.compile(r"<br\s*/?>", re.I)
_TAG = re.compile(r"<[^>]+>")
_INVISIBLE = re.compile(r"<(script|style|noscript|template)\b.*?</\1>", re.I | re.S)


def plain(markup: str) -> str:
    """What a reader sees of a fragment: tags removed, entities decoded, whitespace collapsed."""
    t = _BR.sub(" ", markup)
    t = _TAG.sub("", t)
    t = _html.unescape(t)
    t = t.replace("\u3000", " ").replace("\xa0", " ")
    return _WS.sub(" ", t).strip()


def visible(page_html: str) -> str:
    t = _INVISIBLE.sub(" ", page_html)
    t = re.sub(r"<!--.*?-->", " ", t, flags=re.S)
    t = re.sub(r"</?(p|div|li|tr|td|th|h\d|section|article|header|footer|figure|figcaption|blockquote|ul|ol|table)\b[^>]*>",
               " ", t, flags=re.I)
    return plain(t)


class Page:
    def __init__(self, name: str, url: str, language: str, title: str, authors: list[str],
                 headers: dict | None = None, note: str = ""):
        self.name, self.url, self.language, self.title, self.authors = name, url, language, title, authors
        self.headers = headers or {"Content-Type": "text/html; charset=utf-8"}
        self.note = note
        self.body: list[str] = []
        self.headings: list[str] = []
        self.boilerplate: list[str] = []

    # body items -------------------------------------------------------------------------
    def p(self, m: str, tag: str = "p", attrs: str = "", lead: str = "") -> str:
        self.body.append(plain(m))
        if tag is None:
            return f"{lead}{m}"
        return f"<{tag}{attrs}>{lead}{m}</{tag}>"

    def h(self, m: str, tag: str = "h2", attrs: str = "") -> str:
        t = plain(m)
        self.body.append(t)
        self.headings.append(t)
        if tag is None:
            return m
        return f"<{tag}{attrs}>{m}</{tag}>"

    def ul(self, items: list[str], tag: str = "ul", attrs: str = "", li_attrs: str = "") -> str:
        out = []
        for it in items:
            self.body.append(plain(it))
            out.append(f"<li{li_attrs}>{it}</li>")
        return f"<{tag}{attrs}>" + "".join(out) + f"</{tag}>"

    def table(self, rows: list[list[str]], attrs: str = "", head: bool = True, cell_attrs: str = "") -> str:
        out = []
        for i, row in enumerate(rows):
            self.body.append(plain(" ".join(row)))
            cell = "th" if head and i == 0 else "td"
            out.append("<tr>" + "".join(f"<{cell}{cell_attrs}>{c}</{cell}>" for c in row) + "</tr>")
        return f"<table{attrs}>" + "".join(out) + "</table>"

    # boilerplate labels -----------------------------------------------------------------
    def bp(self, m: str) -> str:
        """A boilerplate line that must not remain in the body (returned unchanged for the markup)."""
        self.boilerplate.append(plain(m))
        return m

    # output ---------------------------------------------------------------------------
    def write(self, page: str, kind: str = "html", encoding: str = "utf-8") -> None:
        seen = visible(page) if kind == "html" else plain(page)
        for item in self.body + self.boilerplate + [plain(self.title)]:
            assert item in seen, f"{self.name}: label not visible on the page: {item[:60]!r}"
        assert len(set(self.boilerplate)) == len(self.boilerplate), self.name
        folder = HERE / self.name
        folder.mkdir(exist_ok=True)
        for old in folder.glob("page.*"):
            old.unlink()
        (folder / f"page.{kind}").write_bytes(page.encode(encoding, errors="xmlcharrefreplace"))
        meta = {"url": self.url, "headers": self.headers, "note": self.note}
        exp = {"title": self.title, "authors": self.authors, "language": self.language,
               "body": self.body, "headings": self.headings, "boilerplate": self.boilerplate}
        (folder / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        (folder / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def jsonld(obj: dict) -> str:
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + "</script>"


ANALYTICS = """<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-7QK2L9XW1M');</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2L9XW1M"></script>
<script>!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};}(window,document,'script');</script>"""
