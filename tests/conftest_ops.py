"""Helpers shared by the operations tests (WARC, search, CLI, export, reprocess).

Plain functions, not fixtures: tests import what they use.  Fixtures for
databases come from ``tests/conftest.py`` (``sqlite_url``, ``pg_url``, ``any_url``).
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import uuid
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy.orm import Session

from pipelines.document import Document

T0 = datetime(2024, 3, 1, 8, 0, tzinfo=timezone.utc)


def make_doc(n: int, *, title: str, body: str, source: str = "Securities Daily", language: str = "en",
             url: str | None = None, published_at: datetime | None = None,
             warc: dict[str, Any] | None = None, claims: list[dict[str, Any]] | None = None,
             entities: list[dict[str, Any]] | None = None) -> Document:
    """A finished :class:`Document` as the stages would leave it."""
    url = url or f"http://www.zqrb.cn/finance/{n}.html"
    return Document(
        url=url, canonical_url=url, title=title, body=body, source=source, language=language,
        blocks=[{"kind": "paragraph", "text": p} for p in body.split("\n\n")],
        published_at=published_at or T0 + timedelta(days=n), fetched_at=T0 + timedelta(days=n, hours=1),
        content_hash=hashlib.sha256(body.encode()).hexdigest(), word_count=len(body.split()),
        warc=warc, claims=list(claims or []), entities=list(entities or []), encoding="utf-8",
    )


def add_docs(session: Session, docs: list[Document]) -> list[int]:
    from models import store

    ids = []
    for doc in docs:
        article, _ = store.save_article(session, doc)
        ids.append(article.id)
    return ids


# --- WARC files in the shape other tools write -----------------------------------------

def _digest(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


def warc_record(rec_type: str, headers: dict[str, str], block: bytes) -> bytes:
    """One WARC/1.0 record, byte for byte as wget writes it."""
    lines = [b"WARC/1.0", f"WARC-Type: {rec_type}".encode()]
    for name, value in headers.items():
        lines.append(f"{name}: {value}".encode())
    lines.append(f"WARC-Record-ID: <urn:uuid:{uuid.uuid4()}>".encode())
    lines.append(f"WARC-Block-Digest: {_digest(block)}".encode())
    lines.append(f"Content-Length: {len(block)}".encode())
    return b"\r\n".join(lines) + b"\r\n\r\n" + block + b"\r\n\r\n"


def wget_warc(pages: list[tuple[str, bytes, dict[str, str]]], *, compress: bool = True,
              chunked: bool = False) -> bytes:
    """A WARC shaped like ``wget --warc-file`` output: warcinfo, then a request
    and a response per page, then wget's metadata and log resource records.

    ``pages``: ``(url, body, extra response headers)``.  ``chunked`` sends the
    bodies with ``Transfer-Encoding: chunked`` (stored raw, as wget does)."""
    date = "2024-03-01T08:00:00Z"
    out: list[bytes] = []
    info = (b"software: Wget/1.21.3 (linux-gnu)\r\nformat: WARC File Format 1.0\r\n"
            b"conformsTo: http://bibnum.bnf.fr/WARC/WARC_ISO_28500_version1_latestdraft.pdf\r\n"
            b"robots: classic\r\nwget-arguments: \"--warc-file=site\" \"-r\" \"http://127.0.0.1/\"\r\n")
    out.append(warc_record("warcinfo", {"Content-Type": "application/warc-fields", "WARC-Date": date,
                                        "WARC-Filename": "site.warc.gz"}, info))
    for url, body, extra in pages:
        host = url.split("/")[2]
        path = "/" + url.split("/", 3)[3] if url.count("/") >= 3 else "/"
        request = (f"GET {path} HTTP/1.1\r\nUser-Agent: Wget/1.21.3\r\nAccept: */*\r\n"
                   f"Accept-Encoding: identity\r\nHost: {host}\r\nConnection: Keep-Alive\r\n\r\n").encode()
        req_id = f"<urn:uuid:{uuid.uuid4()}>"
        out.append(warc_record("request", {"WARC-Target-URI": url, "Content-Type": "application/http;msgtype=request",
                                           "WARC-Date": date, "WARC-Concurrent-To": req_id}, request))
        head = [b"HTTP/1.1 200 OK", b"Server: test"]
        head += [f"{k}: {v}".encode() for k, v in extra.items()]
        if chunked:
            payload = b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)
            head.append(b"Transfer-Encoding: chunked")
        else:
            payload = body
            head.append(f"Content-Length: {len(body)}".encode())
        http = b"\r\n".join(head) + b"\r\n\r\n" + payload
        out.append(warc_record("response", {"WARC-Target-URI": url, "WARC-Date": date,
                                            "Content-Type": "application/http;msgtype=response",
                                            "WARC-IP-Address": "127.0.0.1",
                                            "WARC-Payload-Digest": _digest(body)}, http))
    manifest = b"<urn:uuid:00000000-0000-0000-0000-000000000000>\n"
    out.append(warc_record("metadata", {"WARC-Target-URI": "metadata://gnu.org/software/wget/warc/MANIFEST.txt",
                                        "WARC-Date": date, "Content-Type": "text/plain"}, manifest))
    out.append(warc_record("resource", {"WARC-Target-URI": "metadata://gnu.org/software/wget/warc/wget.log",
                                        "WARC-Date": date, "Content-Type": "text/plain"},
                           b"--2024-03-01 08:00:00--  http://127.0.0.1/\nSaving to: 'index.html'\n"))
    if compress:
        return b"".join(gzip.compress(rec) for rec in out)
    return b"".join(out)


# --- a probe spider for `newsarchive crawl` tests (SPIDER_MODULES=conftest_ops) ---------

import scrapy  # noqa: E402


class OpsProbeSpider(scrapy.Spider):
    """Fetches ``start_url`` and yields nothing: exercises the crawl command,
    the crawl-run row, WARC and the lock without depending on extraction."""

    name = "ops_probe"
    custom_settings = {"ROBOTSTXT_OBEY": False, "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False,
                       "RETRY_TIMES": 0, "DOWNLOAD_TIMEOUT": 60}

    def __init__(self, start_url: str = "", **kwargs: Any):
        super().__init__(**kwargs)
        self.start_url = start_url

    async def start(self):
        yield scrapy.Request(self.start_url, callback=self.parse)

    def parse(self, response):
        return []
