"""Builds the blind final cleaning test set in ``bench/eval_clean_final/<name>/``.

    python bench/eval_clean_final/_build.py

Each page is written from one list of body items, so the HTML (or text) and the labelled body in
``expected.json`` come from the same source text.  Items:

* ``P(text)`` paragraph, ``H(text)`` subheading (also listed in ``headings``), ``LI(text)`` list
  item (kept as body), ``TR(cells)`` table row (kept; labelled as the cells joined with `` | ``),
* ``RAW(html)`` markup inserted in the body that is NOT body text (ads, inline "Read more", boxes).

``[[anchor]]`` in a text is an inline link in the page and plain text in the label.
Labels were written before the extractor was run on any of these pages (see README.md).
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

LINK_RE = re.compile(r"\[\[(.+?)\]\]")


def P(t):
    return ("p", t)


def H(t):
    return ("h", t)


def LI(t):
    return ("li", t)


def TR(*cells):
    return ("tr", list(cells))


def RAW(h):
    return ("raw", h)


def plain(t: str) -> str:
    return LINK_RE.sub(lambda m: m.group(1), t)


def markup(t: str, href: str = "/topic/markets") -> str:
    out, pos = [], 0
    for m in LINK_RE.finditer(t):
        out.append(html.escape(t[pos:m.start()], quote=False))
        out.append(f'<a href="{href}">{html.escape(m.group(1), quote=False)}</a>')
        pos = m.end()
    out.append(html.escape(t[pos:], quote=False))
    return "".join(out)


def render(items, p="<p>{}</p>", h="<h2>{}</h2>", ul=("<ul>", "</ul>"), li="<li>{}</li>",
           table=("<table><tbody>", "</tbody></table>"), tr=None) -> str:
    out, open_kind = [], None
    for kind, val in items:
        if open_kind and kind != open_kind:
            out.append(ul[1] if open_kind == "li" else table[1])
            open_kind = None
        if kind == "p":
            out.append(p.format(markup(val)))
        elif kind == "h":
            out.append(h.format(markup(val)))
        elif kind == "li":
            if open_kind != "li":
                out.append(ul[0])
                open_kind = "li"
            out.append(li.format(markup(val)))
        elif kind == "tr":
            if open_kind != "tr":
                out.append(table[0])
                open_kind = "tr"
            if tr:
                out.append(tr(val))
            else:
                out.append("<tr>" + "".join(f"<td>{markup(c)}</td>" for c in val) + "</tr>")
        elif kind == "raw":
            out.append(val)
    if open_kind:
        out.append(ul[1] if open_kind == "li" else table[1])
    return "\n".join(out)


def render_text(items) -> str:
    lines = []
    for kind, val in items:
        if kind in ("p", "h", "li"):
            lines.append(plain(val))
        elif kind == "tr":
            lines.append("\t".join(val))
        elif kind == "raw":
            lines.append(val)
    return "\n".join(lines)


def expected_body(items) -> list[str]:
    body = []
    for kind, val in items:
        if kind in ("p", "h", "li"):
            body.append(plain(val))
        elif kind == "tr":
            body.append(" | ".join(val))
    return body


def write_page(name, *, ext, data: bytes, url, headers, items, title, authors, language,
               boilerplate, notes=""):
    folder = HERE / name
    folder.mkdir(exist_ok=True)
    for old in folder.glob("page.*"):
        old.unlink()
    (folder / f"page.{ext}").write_bytes(data)
    meta = {"url": url, "headers": headers}
    if notes:
        meta["notes"] = notes
    (folder / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    exp = {
        "title": title,
        "authors": authors,
        "language": language,
        "headings": [plain(v) for k, v in items if k == "h"],
        "body": expected_body(items),
        "boilerplate": boilerplate,
    }
    (folder / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return exp


def main():
    import _pages_en
    import _pages_zh

    n = 0
    for mod in (_pages_en, _pages_zh):
        for build in mod.PAGES:
            exp = build()
            words = sum(len(re.findall(r"[\u4e00-\u9fff]|[A-Za-z0-9]+", b)) for b in exp["body"])
            print(f"{build.__name__:28} body units {words:5}  headings {len(exp['headings'])}  "
                  f"boilerplate {len(exp['boilerplate'])}")
            n += 1
    print(n, "pages")


if __name__ == "__main__":
    main()
