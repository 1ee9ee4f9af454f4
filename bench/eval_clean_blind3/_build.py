"""Builds the blind set 3 pages: page bytes + meta.json + expected.json per folder.

Labels are derived from the same item lists that render the page, so the expected body is exactly
the article text put into the markup.  Written blind (no cleaning code, no other labelled pages read).

Item kinds: ("p", html) paragraph; ("h2"/"h3", text) heading; ("pb", html) bold-only paragraph
(a subheading by the documented convention); ("table", rows) figure rows, first row header;
("ul", [html...]) list of sentences kept as body; ("raw", html, [labels]) boilerplate inserted in the
body flow, labels are the lines expected removed.
"""
import html as H
import json
import re
from pathlib import Path

HERE = Path(__file__).parent


def text_of(s):
    s = re.sub(r"<br\s*/?>", " ", s)
    s = re.sub(r"<[^>]+>", "", s)
    return re.sub(r"\s+", " ", H.unescape(s)).strip()


def render(items, p_attr="", h_tag_attr=""):
    out, body, heads, bp = [], [], [], []
    for it in items:
        k = it[0]
        if k == "p":
            out.append(f"<p{p_attr}>{it[1]}</p>")
            body.append(text_of(it[1]))
        elif k in ("h2", "h3"):
            out.append(f"<{k}{h_tag_attr}>{it[1]}</{k}>")
            body.append(text_of(it[1]))
            heads.append(text_of(it[1]))
        elif k == "pb":
            out.append(f"<p{p_attr}><strong>{it[1]}</strong></p>")
            body.append(text_of(it[1]))
            heads.append(text_of(it[1]))
        elif k == "table":
            rows = it[1]
            t = ['<table class="data-table">', "<thead><tr>" + "".join(f"<th>{c}</th>" for c in rows[0]) + "</tr></thead><tbody>"]
            for r in rows[1:]:
                t.append("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>")
            t.append("</tbody></table>")
            out.append("\n".join(t))
            body.extend(" | ".join(text_of(c) for c in r) for r in rows)
        elif k == "ul":
            out.append("<ul>" + "".join(f"<li>{x}</li>" for x in it[1]) + "</ul>")
            body.extend(text_of(x) for x in it[1])
        elif k == "raw":
            out.append(it[1])
            bp.extend(it[2])
        else:
            raise ValueError(k)
    return "\n".join(out), body, heads, bp


def write(name, *, url, headers, html, body, headings, boilerplate, title, authors, language,
          encoding="utf-8", notes=""):
    d = HERE / name
    d.mkdir(exist_ok=True)
    (d / "page.html").write_bytes(html.encode(encoding, "xmlcharrefreplace"))
    (d / "meta.json").write_text(json.dumps({"url": url, "headers": headers, "notes": notes},
                                            ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (d / "expected.json").write_text(json.dumps({
        "title": title, "authors": authors, "language": language, "headings": headings,
        "body": body, "boilerplate": boilerplate}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    import sys
    sys.path.insert(0, str(HERE))
    import _pages_en, _pages_zh  # noqa: E401
    for mod in (_pages_en, _pages_zh):
        for fn in [getattr(mod, n) for n in dir(mod) if n.startswith("page_")]:
            fn()
    print("built", sorted(p.name for p in HERE.iterdir() if p.is_dir()))
