"""Loopback sites for ``bench/crawl_speed.py``: ~2,000 real-layout article pages.

Two layouts, served from memory by one threaded HTTP server on 127.0.0.1:

* ``generic`` -- the WCXB development articles (``../shared/devdata``, read through
  :mod:`bench.realdata`, never copied), each replicated under distinct URLs
  ``/s<k>/a<n>.html``; 20 sections ``/s<k>/index.html`` with numbered pages
  (``index_2.html`` ...) of 50 links each.  Crawled by ``scrapy crawl site`` with a
  profile that has URL rules but no selectors (an unknown layout: generic extraction).
* ``flagship`` -- the bundled sample site's article pages (Securities Daily layout,
  UTF-8 and GBK), replicated under distinct ``/<sec>/<sub>/<date>/A<13 digits>.html``
  URLs listed by ``div.news_list`` pages; crawled by ``scrapy crawl securities_daily``.

Every copy gets a marker in its first paragraph, so no two pages have the same body,
and a flagship copy declares its own canonical URL (the sample pages declare theirs), so
the store sees new articles, near-duplicates of each other, not exact copies and not new
versions of the page it was copied from.
Any other path matching an article pattern is served a template page too, so links
between articles inside the real pages resolve.  ``robots.txt`` is a 404.
"""

from __future__ import annotations

import hashlib
import re
import sys
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PER_PAGE = 50
SECTIONS = 20

GENERIC_PROFILE = """\
# Written by bench/crawl_speed.py: a site with no selectors (generic extraction).
name = "bench_generic"
source_name = "Bench Generic"
domains = ["news.example.com"]
start_urls = ["http://news.example.com/"]
[urls]
article = '^/s\\d+/a\\d+\\.html$'
listing = '^/(?:s\\d+/(?:index(?:_\\d+)?\\.html)?)?$'
pagination = '/index_\\d+\\.html$'
"""
GENERIC_ARTICLE_RE = re.compile(r"^/s\d+/a\d+\.html$")
FLAGSHIP_ARTICLE_RE = re.compile(r"^/[a-z0-9_-]+/[a-z0-9_-]+/\d{4}-\d{2}-\d{2}/A\d{13}\.html$"
                                 r"|^/en/news/\d{4}-\d{2}-\d{2}/[a-z0-9-]+\.html$")
_FIRST_P_END = re.compile(rb"</p>", re.I)
# A copy declares its own URL (same host, the copy's path): every copy is a new article, not
# another version of the page it was made from.
_CANONICAL = re.compile(rb'(<link rel="canonical" href="https?://[^/"]+)[^"]*"')


@dataclass
class Template:
    body: bytes
    content_type: str
    encoding: str = "utf-8"


@dataclass
class Site:
    """Pages by path; ``templates`` serve unknown article-like paths."""

    pages: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    templates: list[Template] = field(default_factory=list)
    article_re: re.Pattern[str] = GENERIC_ARTICLE_RE
    articles: int = 0

    def resolve(self, path: str) -> tuple[int, str, bytes]:
        path = path.split("?", 1)[0].split("#", 1)[0] or "/"
        if path in self.pages:
            ctype, body = self.pages[path]
            return 200, ctype, body
        if self.article_re.search(path) and self.templates:
            n = int(hashlib.md5(path.encode()).hexdigest()[:8], 16)
            return 200, *self._copy(n % len(self.templates), n)
        return 404, "text/html; charset=utf-8", b"<html><body><h1>404</h1></body></html>"

    def _copy(self, index: int, serial: int) -> tuple[str, bytes]:
        t = self.templates[index]
        marker = f" [{serial}]".encode(t.encoding, "replace")
        return t.content_type, _FIRST_P_END.sub(marker + b"</p>", t.body, count=1)


def _listing_html(title: str, entries: list[tuple[str, str, str]], page: int, pages: int,
                  item_class: str) -> bytes:
    items = "\n".join(f'<li><a href="{u}" title="{t}">{t}</a><span class="date">{d}</span></li>'
                      for u, t, d in entries)
    nav = " ".join(f'<a href="{"index.html" if p == 1 else f"index_{p}.html"}">{p}</a>'
                   for p in range(1, pages + 1) if p != page)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<div class="crumbs"><a href="/">Home</a> &gt; <a href="index.html">{title}</a></div>'
            f'<div class="{item_class}"><ul>\n{items}\n</ul></div>'
            f'<div class="pages">{nav}</div></body></html>').encode("utf-8")


def _add_sections(site: Site, urls: list[tuple[str, str, str]], prefix_of: Any, item_class: str) -> None:
    """Listings: ``urls`` split over :data:`SECTIONS` sections, :data:`PER_PAGE` per page."""
    by_section: dict[str, list[tuple[str, str, str]]] = {}
    for i, entry in enumerate(urls):
        by_section.setdefault(prefix_of(i % SECTIONS), []).append(entry)
    home = []
    for prefix, entries in by_section.items():
        pages = max(1, -(-len(entries) // PER_PAGE))
        for p in range(1, pages + 1):
            name = "index.html" if p == 1 else f"index_{p}.html"
            chunk = entries[(p - 1) * PER_PAGE:p * PER_PAGE]
            site.pages[f"{prefix}{name}"] = ("text/html; charset=utf-8",
                                             _listing_html(prefix.strip("/"), chunk, p, pages, item_class))
        home.append(f'<li><a href="{prefix}index.html">{prefix}</a></li>')
    site.pages["/"] = ("text/html; charset=utf-8", (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Home</title></head><body><ul>'
        + "".join(home) + "</ul></body></html>").encode("utf-8"))


def generic_site(articles: int = 2000) -> Site:
    """WCXB articles replicated to ``articles`` pages (generic layout)."""
    from bench import realdata

    pages = realdata.wcxb(kinds=("article",))
    site = Site(article_re=GENERIC_ARTICLE_RE,
                templates=[Template(p.html, "text/html; charset=utf-8") for p in pages])
    urls = []
    for n in range(articles):
        path = f"/s{n % SECTIONS}/a{n}.html"
        site.pages[path] = site._copy(n % len(site.templates), n)
        urls.append((path, f"Story {n}", f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}"))
    _add_sections(site, urls, lambda k: f"/s{k}/", "news_list")
    site.articles = articles
    return site


def flagship_site(articles: int = 2000) -> Site:
    """The sample site's articles replicated to ``articles`` pages (Securities Daily layout)."""
    from crawler.sample_site import SITE_DIR, pages as manifest, _read_json

    headers = _read_json(SITE_DIR / "_headers.json")
    site = Site(article_re=FLAGSHIP_ARTICLE_RE)
    zh, en = [], []
    for entry in manifest():
        if entry["role"] != "article":
            continue
        ctype = headers.get(entry["path"], {}).get("Content-Type", "text/html; charset=utf-8")
        enc = {"gbk": "gbk", "gb2312": "gb2312", "wrong": "gbk", "none": "gbk"}.get(entry.get("charset") or "", "utf-8")
        tmpl = Template((SITE_DIR / "v1" / entry["path"].lstrip("/")).read_bytes(), ctype, enc)
        (en if entry["lang"] == "en" else zh).append((tmpl, entry))
    site.templates = [t for t, _ in zh + en]
    urls = []
    for n in range(articles):
        day = f"2021-{1 + n % 12:02d}-{1 + n % 28:02d}"
        if n % 8 == 7 and en:
            tmpl, entry = en[n % len(en)]
            path = f"/en/news/{day}/story-{n}.html"
        else:
            tmpl, entry = zh[n % len(zh)]
            path = f"/sec{n % SECTIONS}/sub/{day}/A{1620000000000 + n:013d}.html"
        body = _CANONICAL.sub(lambda m: m.group(1) + path.encode() + b'"', tmpl.body)
        site.pages[path] = (tmpl.content_type,
                            _FIRST_P_END.sub(f" [{n}]".encode(tmpl.encoding) + b"</p>", body, count=1))
        urls.append((path, entry["title"], f"{day} 07:05"))
    _add_sections(site, urls, lambda k: f"/sec{k}/sub/", "news_list")
    site.articles = articles
    return site


class Server:
    """A :class:`Site` served on ``127.0.0.1:<free port>`` until :meth:`stop`."""

    def __init__(self, site: Site):
        self.site = site

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                status, ctype, body = site.resolve(self.path)
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        class Quiet(ThreadingHTTPServer):
            def handle_error(self, request: Any, client_address: Any) -> None:
                pass  # a crawler closing its keep-alive connections at the end is not news

        self._server = Quiet(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/"

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def main(argv: list[str] | None = None) -> int:
    """``python bench/crawl_site.py generic|flagship [--articles N]``: serve until killed,
    printing the URL first (the bench runs the server as its own process, so the crawl
    processes it starts do not inherit the site's memory)."""
    import argparse

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("layout", choices=("generic", "flagship"))
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args(argv)
    site = generic_site(args.articles) if args.layout == "generic" else flagship_site(args.articles)
    server = Server(site)
    print(server.url, flush=True)
    try:
        sys.stdin.read()  # until the bench closes our stdin
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
