"""Regenerate the sample site's files from ``_texts.py``.

    python crawler/sample_site/_build.py

Writes ``v1/`` (the whole site), ``v2/`` (only the files that changed in the
second version), ``_headers.json`` (per-path response headers), ``_redirects.json``
and ``_pages.json`` (what every article-like URL is and exercises; the tests read
it).  The generated files are committed: the server serves them byte for byte and
never runs this script.  Links to the site itself use the real host
(``http://www.zqrb.cn/...``) in the sitemap, the feed, canonical links and the stock
listings, as the real site does; a crawl of a mirror rewrites that host.

The writers, one module each: ``_site_model.py`` (pages, URLs, dates, where each is
listed), ``_chrome.py`` (head, navigation, footer, stylesheet), ``_article_pages.py``,
``_listing_pages.py`` (section listings, pagination, home) and ``_feeds.py`` (robots.txt,
sitemap, RSS).  This script puts them together and writes the files.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _article_pages import en_article, zh_article  # noqa: E402
from _chrome import CSS  # noqa: E402
from _feeds import ROBOTS, rss, sitemap  # noqa: E402
from _listing_pages import en_listing, home, member, zh_listing  # noqa: E402
from _site_model import CHARSETS, EN, SEED, ZH, listed_on, listing_path  # noqa: E402

import _texts as T  # noqa: E402


def main() -> None:
    for sub in ("v1", "v2"):
        shutil.rmtree(HERE / sub, ignore_errors=True)
    files: dict[str, bytes] = {}
    files2: dict[str, bytes] = {}
    headers: dict[str, dict[str, str]] = {}
    redirects: dict[str, str] = {"/go/elsewhere": "http://example.invalid/"}
    manifest = _zh_articles(files, files2, headers, redirects) + _en_articles(files)
    _site_files(files, files2)
    for root, table in (("v1", files), ("v2", files2)):
        for path, data in table.items():
            target = HERE / root / path.lstrip("/")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    (HERE / "_headers.json").write_text(json.dumps(headers, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    (HERE / "_redirects.json").write_text(json.dumps(redirects, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    (HERE / "_pages.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"v1: {len(files)} files, v2: {len(files2)} files, {len(manifest)} article-like URLs")


def _zh_articles(files: dict[str, bytes], files2: dict[str, bytes], headers: dict[str, dict[str, str]],
                 redirects: dict[str, str]) -> list[dict]:
    """Chinese article-like URLs into ``files`` (v1), ``files2`` (v2), ``headers`` and
    ``redirects``; returns their manifest entries."""
    where = listed_on()
    manifest = []
    for p in ZH:
        codec, ctype, _meta = CHARSETS[p.charset]
        entry = {"key": p.key, "path": p.path, "role": p.role, "lang": "zh", "charset": p.charset,
                 "title": p.title, "published": p.pub.isoformat(), "section": p.section,
                 "listed_on": where.get(p.key, []), "updated_in_v2": bool(p.d.get("updated_in_v2"))}
        if p.role == "redirect":
            redirects[p.path] = f"http://example.invalid/news/{p.date}/{p.key}.html"
        elif p.role == "empty":
            files[p.path] = b""
        else:
            data = zh_article(p).encode(codec)
            if p.role == "truncated":
                # the connection dropped mid-tag, before the text container
                text = zh_article(p)
                cut = text.index('<span class="source"') + len('<span class="sou')
                data = text[:cut].encode(codec)
            files[p.path] = data
            if p.d.get("updated_in_v2"):
                files2[p.path] = zh_article(p, version=2).encode(codec)
        if codec != "utf-8" or ctype != "text/html; charset=utf-8":
            headers[p.path] = {"Content-Type": ctype}
        manifest.append(entry)
    return manifest


def _en_articles(files: dict[str, bytes]) -> list[dict]:
    """English articles into ``files``; returns their manifest entries and the dead link's."""
    where = listed_on()
    manifest = []
    for p in EN:
        files[p.path] = en_article(p).encode("utf-8")
        manifest.append({"key": p.key, "path": p.path, "role": p.role, "lang": "en", "charset": "utf-8",
                         "title": p.title, "published": p.pub.isoformat(), "section": "en",
                         "listed_on": where.get(p.key, []), "updated_in_v2": False})
    dead = EN[0].d["prev"][0]
    manifest.append({"key": "en_dead_link", "path": dead, "role": "dead", "lang": "en", "charset": None,
                     "title": SEED["prev_title"], "published": "2021-05-26T00:00:00+08:00", "section": "en",
                     "listed_on": [], "updated_in_v2": False})
    return manifest


def _site_files(files: dict[str, bytes], files2: dict[str, bytes]) -> None:
    """Home, listings, members page, robots.txt, sitemaps, feed and stylesheet."""
    files["/index.html"] = home().encode("utf-8")
    for section, (_name, pages) in T.LISTINGS.items():
        for n in range(1, len(pages) + 1):
            files[listing_path(section, n)] = (en_listing() if section == "en" else zh_listing(section, n)).encode("utf-8")
    files["/member/index.html"] = member().encode("utf-8")
    files["/robots.txt"] = ROBOTS.encode("utf-8")
    files["/sitemap.xml"] = sitemap(1).encode("utf-8")
    files2["/sitemap.xml"] = sitemap(2).encode("utf-8")
    files["/rss.xml"] = rss().encode("utf-8")
    files["/css/style.css"] = CSS.encode("utf-8")


if __name__ == "__main__":
    main()
