"""Builds the blind set 4 pages (page bytes + meta.json + expected.json). Labels are written here,
before any extractor run. Run: python bench/eval_clean_blind4/_build.py"""
import json
from pathlib import Path

HERE = Path(__file__).parent
PAGES = {}


def page(name, url, html, exp, charset="utf-8", ctype=None):
    PAGES[name] = (url, html, exp, charset, ctype)


def ps(paras):
    return "\n".join(f"<p>{p}</p>" for p in paras)


from _pages_en import add_en  # noqa: E402
from _pages_zh import add_zh  # noqa: E402

add_en(page, ps)
add_zh(page, ps)

for name, (url, html, exp, charset, ctype) in PAGES.items():
    d = HERE / name
    d.mkdir(exist_ok=True)
    (d / "page.html").write_bytes(html.encode(charset))
    headers = {"Content-Type": ctype or f"text/html; charset={charset}"}
    (d / "meta.json").write_text(json.dumps({"url": url, "headers": headers}, ensure_ascii=False, indent=1), encoding="utf-8")
    (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1), encoding="utf-8")
print(len(PAGES), "pages")
