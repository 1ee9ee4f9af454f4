"""Serve the bundled sample site (``crawler/sample_site/``) over HTTP.

The site models Securities Daily (www.zqrb.cn): a home page, paginated section
listings, Chinese articles stored as UTF-8 and as GBK (one with no declared charset,
one with a wrong one), English republications of the aggregator kind, a picture
gallery linked like an article, a truncated page, an empty page, an off-site
redirect, a dead link, robots.txt, sitemap.xml and an RSS feed.  ``_pages.json``
in the folder says what every article-like URL is.

Files are served byte for byte.  ``version=2`` serves ``v2/<path>`` where it
exists (one article was updated between the two versions), else ``v1/<path>``.
``_headers.json`` maps a path to extra response headers (the charset of GBK pages),
``_redirects.json`` a path to a ``302`` target.

Every file is served with an ``ETag`` (a hash of its bytes) and a ``Last-Modified``
(a fixed date per version folder), and a request whose ``If-None-Match`` or
``If-Modified-Since`` still holds gets ``304 Not Modified`` with no body; with
``validators=False`` the site sends none and ignores them, like many real servers.
A folder may hold more versions than two (``v3``, ...): ``versions`` lists them.

    >>> with serve() as site:               # doctest: +SKIP
    ...     site.url                        # 'http://127.0.0.1:54321/'
    ...     site.version = 2                # switch at runtime
    ...     site.requests                   # [('GET', '/'), ...] paths served so far

By hand: ``python -m crawler.sample_site [--port 8000] [--version 2]``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import mimetypes
import threading
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime, parsedate_to_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

SITE_DIR = Path(__file__).resolve().parent / "sample_site"
VERSIONS = (1, 2)

# Content-Type by file extension when _headers.json says nothing.
_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".css": "text/css; charset=utf-8",
}
_SPECIAL_TYPES = {"/rss.xml": "application/rss+xml; charset=utf-8"}


def pages() -> list[dict[str, Any]]:
    """The site's manifest: one dict per article-like URL (``key``, ``path``,
    ``role``, ``lang``, ``charset``, ``title``, ``published`` ISO 8601 with offset,
    ``section``, ``listed_on``, ``updated_in_v2``); see ``sample_site/_texts.py``."""
    return json.loads((SITE_DIR / "_pages.json").read_text(encoding="utf-8"))


class SampleSite:
    """A running sample-site server; stop it with :meth:`stop` or ``with``."""

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0, version: int = 1,
                 root: Path = SITE_DIR, validators: bool = True):
        self.root = Path(root)
        #: Version numbers the folder holds (``v1``, ``v2``, ...).
        self.versions = tuple(sorted(int(d.name[1:]) for d in self.root.glob("v[0-9]*") if d.is_dir()))
        self.validators = validators
        self.version = version
        #: ``(method, path_with_query)`` of every request served, in order.
        self.requests: list[tuple[str, str]] = []
        self._lock = threading.Lock()
        self._headers: dict[str, dict[str, str]] = _read_json(self.root / "_headers.json")
        self._redirects: dict[str, str] = _read_json(self.root / "_redirects.json")
        self._server = ThreadingHTTPServer((host, port), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="sample-site", daemon=True)
        self._thread.start()

    @property
    def version(self) -> int:
        return self._version

    @version.setter
    def version(self, value: int) -> None:
        if value not in self.versions:
            raise ValueError(f"sample site version must be one of {self.versions}, got {value!r}")
        self._version = value

    @property
    def host(self) -> str:
        return str(self._server.server_address[0])

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        """Base URL with a trailing slash, e.g. ``http://127.0.0.1:54321/``."""
        return f"http://{self.host}:{self.port}/"

    def paths(self) -> list[str]:
        """Paths requested so far (query strings dropped)."""
        with self._lock:
            return [urlsplit(p).path for _m, p in self.requests]

    def clear_log(self) -> None:
        with self._lock:
            self.requests.clear()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> "SampleSite":
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- lookup -------------------------------------------------------------------
    def resolve(self, path: str, request_headers: Any = None) -> tuple[int, dict[str, str], bytes]:
        """``(status, headers, body)`` for a request path (query ignored); with the
        request's headers, a conditional request may get ``304``."""
        path = unquote(urlsplit(path).path) or "/"
        if path in self._redirects:
            return 302, {"Location": self._redirects[path], "Content-Length": "0"}, b""
        if path.endswith("/"):
            path += "index.html"
        file = self._file(path)
        if file is None:
            body = b"<html><head><title>404</title></head><body><h1>404 Not Found</h1></body></html>"
            return 404, {"Content-Type": "text/html; charset=utf-8"}, body
        headers = {"Content-Type": _SPECIAL_TYPES.get(path) or _TYPES.get(file.suffix)
                   or mimetypes.guess_type(file.name)[0] or "application/octet-stream"}
        headers.update(self._headers.get(path, {}))
        body = file.read_bytes()
        if self.validators:
            headers["ETag"] = '"%s"' % hashlib.sha1(body).hexdigest()[:16]
            headers["Last-Modified"] = format_datetime(_folder_date(file, self.root), usegmt=True)
            if _not_modified(request_headers or {}, headers):
                return 304, {k: headers[k] for k in ("ETag", "Last-Modified")}, b""
        return 200, headers, body

    def _file(self, path: str) -> Path | None:
        parts = [p for p in path.split("/") if p]
        # no hidden or build files, no escaping the site folder
        if any(p.startswith((".", "_")) or p == ".." for p in parts):
            return None
        for version in range(self.version, 0, -1):
            candidate = self.root / f"v{version}" / Path(*parts) if parts else None
            if candidate is not None and candidate.is_file():
                return candidate
        return None


def _folder_date(file: Path, root: Path) -> datetime:
    """Last-Modified of a file: 2021-06-01 plus one day per version folder after v1."""
    version = int(file.relative_to(root).parts[0][1:])
    return datetime(2021, 6, 1, tzinfo=timezone.utc) + timedelta(days=version - 1)


def _not_modified(request_headers: Any, headers: dict[str, str]) -> bool:
    """RFC 9110: If-None-Match decides when present, else If-Modified-Since."""
    inm = request_headers.get("If-None-Match")
    if inm:
        return headers["ETag"] in [t.strip() for t in inm.split(",")] or inm.strip() == "*"
    ims = request_headers.get("If-Modified-Since")
    if not ims:
        return False
    try:
        return parsedate_to_datetime(headers["Last-Modified"]) <= parsedate_to_datetime(ims)
    except (TypeError, ValueError):
        return False


def _read_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def _handler_for(site: SampleSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "SampleSite/1.0"
        protocol_version = "HTTP/1.1"

        def _respond(self, send_body: bool) -> None:
            with site._lock:
                site.requests.append((self.command, self.path))
            status, headers, body = site.resolve(self.path, self.headers)
            self.send_response(status, HTTPStatus(status).phrase)
            for name, value in headers.items():
                self.send_header(name, value)
            if "Content-Length" not in headers:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if send_body and body:
                self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            self._respond(send_body=True)

        def do_HEAD(self) -> None:  # noqa: N802
            self._respond(send_body=False)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            pass  # the request log is site.requests; keep test output clean

    return Handler


def serve(*, host: str = "127.0.0.1", port: int = 0, version: int = 1, root: Path = SITE_DIR,
          validators: bool = True) -> SampleSite:
    """Start the sample site in a background thread; ``port=0`` picks a free port."""
    return SampleSite(host=host, port=port, version=version, root=root, validators=validators)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m crawler.sample_site",
        description="Serve the bundled sample site (a model of www.zqrb.cn) until Ctrl-C.",
        epilog="example: python -m crawler.sample_site --port 8000 --version 2",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    parser.add_argument("--version", type=int, choices=VERSIONS, default=1, help="site version to serve")
    args = parser.parse_args(argv)
    site = serve(host=args.host, port=args.port, version=args.version)
    print(f"Serving the sample site (version {site.version}) at {site.url}  (Ctrl-C to stop)", flush=True)
    try:
        site._thread.join()
    except KeyboardInterrupt:
        pass
    finally:
        site.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
