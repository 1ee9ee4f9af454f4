"""The raw archive: WARC written by the middleware, read back byte for byte, other tools' WARCs."""

from __future__ import annotations

import gzip
import io
import hashlib

import pytest
from scrapy.exceptions import NotConfigured
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler
from warcio.archiveiterator import ArchiveIterator

from conftest_ops import wget_warc
from crawler.warc import WarcFile, WarcMiddleware, iter_responses, read_record, read_response

GBK_PAGE = "<html><head><meta charset='gbk'><title>央行宣布降息</title></head><body><p>中国人民银行今日宣布。</p></body></html>".encode("gbk")


def _middleware(tmp_path, **settings):
    crawler = get_crawler(settings_dict={"NEWSARCHIVE_WARC_DIR": str(tmp_path / "warc"), **settings})
    crawler.stats.open_spider()
    return crawler, WarcMiddleware.from_crawler(crawler)


def test_disabled_is_not_configured(tmp_path):
    crawler = get_crawler(settings_dict={"NEWSARCHIVE_WARC_ENABLED": False})
    with pytest.raises(NotConfigured):
        WarcMiddleware.from_crawler(crawler)


def test_response_written_and_read_back_byte_for_byte(tmp_path):
    crawler, mw = _middleware(tmp_path)
    url = "http://www.zqrb.cn/finance/hg/2021-05-26/A1.html?x=1"
    request = Request(url, headers={"User-Agent": "newsarchive-test", "Accept-Language": "zh"})
    # As the downloader hands it over: not tied to its request yet.
    response = HtmlResponse(url, status=200, body=GBK_PAGE,
                            headers={"Content-Type": "text/html; charset=gbk", "Set-Cookie": ["a=1", "b=2"]})
    out = mw.process_response(request, response)
    assert out is response
    location = request.meta["newsarchive_warc"]
    mw.spider_closed(None)  # drains the writer thread
    assert location["filename"].endswith(".warc.gz") and "/" not in location["filename"]

    got_url, headers, body = read_record(tmp_path / "warc", location["filename"], location["offset"])
    assert got_url == url
    assert body == GBK_PAGE
    assert headers["content-type"] == "text/html; charset=gbk"
    assert headers["set-cookie"] == "a=1, b=2"
    assert crawler.stats.get_value("newsarchive/warc/records") == 1
    assert crawler.stats.get_value("newsarchive/warc/files") == 1
    assert crawler.stats.get_value("newsarchive/warc/bytes") == len(GBK_PAGE)

    # The file itself: warcinfo, then request and response records with the ISO 28500 headers.
    with open(tmp_path / "warc" / location["filename"], "rb") as fh:
        records = list(_records(fh))
    assert [r["type"] for r in records] == ["warcinfo", "request", "response"]
    resp = records[2]
    assert resp["offset"] == location["offset"]
    assert resp["headers"]["WARC-Target-URI"] == url
    assert resp["headers"]["WARC-Date"].endswith("Z")
    expected = "sha1:" + __import__("base64").b32encode(hashlib.sha1(GBK_PAGE).digest()).decode()
    assert resp["headers"]["WARC-Payload-Digest"] == expected
    req = records[1]
    assert req["headers"]["WARC-Concurrent-To"] == resp["headers"]["WARC-Record-ID"]
    assert req["http"].startswith("GET /finance/hg/2021-05-26/A1.html?x=1 HTTP/1.1")
    assert "User-Agent: newsarchive-test" in req["http"]
    assert "Host: www.zqrb.cn" in req["http"]


def _records(fh):
    it = ArchiveIterator(fh)
    for rec in it:
        http = rec.http_headers.to_str() if rec.http_headers else ""
        rec.content_stream().read()
        yield {"type": rec.rec_type, "offset": it.get_record_offset(),
               "headers": dict(rec.rec_headers.headers), "http": http}


def test_compressed_body_is_stored_as_served_and_read_back_decoded(tmp_path):
    _, mw = _middleware(tmp_path)
    page = b"<html><body><p>" + b"Rates rose. " * 200 + b"</p></body></html>"
    url = "http://example.com/a"
    request = Request(url)
    response = HtmlResponse(url, body=gzip.compress(page),
                            headers={"Content-Encoding": "gzip", "Transfer-Encoding": "chunked"})
    mw.process_response(request, response)
    mw.spider_closed(None)
    loc = request.meta["newsarchive_warc"]
    resp = read_response(tmp_path / "warc", loc["filename"], loc["offset"])
    assert resp.body == page
    assert resp.headers["content-encoding"] == "gzip"
    # Scrapy already undid the chunking: the framing header must not be replayed.
    assert "transfer-encoding" not in resp.headers


def test_rotation_by_size_and_every_record_readable(tmp_path):
    warc = WarcFile(tmp_path, prefix="spider", max_size=2000)
    bodies = [f"<p>page {i} ".encode() + bytes(range(256)) * 8 for i in range(12)]
    locations = [warc.write_exchange(url=f"http://example.com/{i}", method="GET", request_headers=[],
                                     status=200, protocol="HTTP/1.1", response_headers=[("Content-Type", "text/html")],
                                     body=body) for i, body in enumerate(bodies)]
    warc.close()
    files = sorted({loc["filename"] for loc in locations})
    assert len(files) > 1, "files were not rotated"
    assert all(name.startswith("spider-") for name in files)
    for i, (loc, body) in enumerate(zip(locations, bodies)):
        url, _, got = read_record(tmp_path, loc["filename"], loc["offset"])
        assert (url, got) == (f"http://example.com/{i}", body)
    for name in files:  # each file starts with its own warcinfo record
        with open(tmp_path / name, "rb") as fh:
            assert next(iter(ArchiveIterator(fh))).rec_type == "warcinfo"


def test_wrong_offset_is_an_error(tmp_path):
    warc = WarcFile(tmp_path)
    warc.write_exchange(url="http://e.com/", method="GET", request_headers=[], status=200,
                        protocol="HTTP/1.1", response_headers=[], body=b"x")
    warc.close()
    with pytest.raises(ValueError):
        read_record(tmp_path, warc.filename, 0)  # the warcinfo record
    with pytest.raises(FileNotFoundError):
        read_record(tmp_path, "missing.warc.gz", 0)


@pytest.mark.parametrize("compress", [True, False], ids=["gzip", "plain"])
@pytest.mark.parametrize("chunked", [False, True], ids=["length", "chunked"])
def test_wget_shaped_warc(tmp_path, compress, chunked):
    pages = [("http://127.0.0.1:8000/news/1.html", "<html><title>一</title><p>央行宣布降息</p></html>".encode("gb18030"),
              {"Content-Type": "text/html; charset=gb18030"}),
             ("http://127.0.0.1:8000/news/2.html", b"<html><title>Two</title><p>Rates</p></html>",
              {"Content-Type": "text/html"})]
    path = tmp_path / ("site.warc.gz" if compress else "site.warc")
    path.write_bytes(wget_warc(pages, compress=compress, chunked=chunked))
    got = list(iter_responses(path))
    assert [(r.url, r.status, r.body) for r in got] == [(u, 200, b) for u, b, _ in pages]
    assert got[0].headers["content-type"] == "text/html; charset=gb18030"
    assert got[0].date is not None and got[0].date.year == 2024
    # Offsets found while iterating lead back to the same record.
    for resp in got:
        assert read_record(tmp_path, path.name, resp.offset) == (resp.url, resp.headers, resp.body)


def test_writer_thread_fills_locations_in_order_and_wait_returns(tmp_path):
    from crawler.warc import WarcWriterThread

    writer = WarcWriterThread(WarcFile(tmp_path, prefix="t"), queue_size=2)
    locations = [writer.submit(url=f"http://example.com/{i}", method="GET", request_headers=[], status=200,
                               protocol="HTTP/1.1", response_headers=[("Content-Type", "text/html")],
                               body=f"<p>{i}</p>".encode()) for i in range(20)]
    assert writer.wait(locations, timeout=30)
    # a location is filled only once its record is flushed: readable at once, before close
    for i, loc in enumerate(locations):
        assert read_record(tmp_path, loc["filename"], loc["offset"])[2] == f"<p>{i}</p>".encode()
    assert [loc["offset"] for loc in locations] == sorted(loc["offset"] for loc in locations)
    writer.close()


def test_writer_thread_survives_a_failed_write(tmp_path):
    from crawler.warc import WarcWriterThread

    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    writer = WarcWriterThread(WarcFile(blocker / "warc"))
    loc = writer.submit(url="http://example.com/", method="GET", request_headers=[], status=200,
                        protocol="HTTP/1.1", response_headers=[], body=b"x")
    assert writer.wait([loc], timeout=30)
    assert "error" in loc and writer.errors == 1
    writer.close()


def _fixed_record(writer, body: bytes):
    """A response record with a fixed id and date, so two writers can write the same one."""
    from warcio.statusandheaders import StatusAndHeaders

    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    return writer.create_warc_record("http://example.com/a", "response", payload=io.BytesIO(body), length=len(body),
                                     http_headers=http, warc_headers_dict={
                                         "WARC-Record-ID": "<urn:uuid:00000000-0000-0000-0000-000000000001>",
                                         "WARC-Date": "2024-01-02T03:04:05Z"})


@pytest.mark.parametrize("level", [1, 6, 9])
def test_gzip_level_writes_warcios_record_bytes(level):
    from warcio.warcwriter import WARCWriter

    from crawler.warc import LevelWARCWriter

    body = b"<html><body>" + b"<p>An invented paragraph about rates and prices.</p>" * 200 + b"</body></html>"
    ours, theirs = io.BytesIO(), io.BytesIO()
    LevelWARCWriter(ours, level).write_record(_fixed_record(LevelWARCWriter(io.BytesIO(), level), body))
    WARCWriter(theirs, gzip=True).write_record(_fixed_record(WARCWriter(io.BytesIO(), gzip=True), body))
    assert gzip.decompress(ours.getvalue()) == gzip.decompress(theirs.getvalue())
    level_9 = io.BytesIO()
    LevelWARCWriter(level_9, 9).write_record(_fixed_record(LevelWARCWriter(io.BytesIO(), 9), body))
    assert (ours.getvalue() == level_9.getvalue()) == (level == 9)  # the level is the one used


def test_warc_file_at_a_gzip_level_reads_back_by_offset(tmp_path):
    bodies = [f"<p>invented page {i} {'x' * i}</p>".encode() for i in range(5)]
    sizes = {}
    for level in (1, 9):
        warc = WarcFile(tmp_path / str(level), gzip_level=level)
        locations = [warc.write_exchange(url=f"http://example.com/{i}", method="GET", request_headers=[],
                                         status=200, protocol="HTTP/1.1", response_headers=[], body=body)
                     for i, body in enumerate(bodies)]
        warc.close()
        for i, (loc, body) in enumerate(zip(locations, bodies)):
            assert read_record(tmp_path / str(level), loc["filename"], loc["offset"])[::2] == (
                f"http://example.com/{i}", body)
        sizes[level] = (tmp_path / str(level) / warc.filename).stat().st_size
    assert sizes[1] != sizes[9]
