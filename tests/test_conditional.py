"""Conditional requests (crawler.conditional) and the history of a re-crawled site:
a loopback site with three versions of its articles (tests/fixtures/history_site)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.conditional import response_validators, validator_headers
from crawler.sample_site import serve
from tests.conftest_crawl import ROOT, run_crawl

pytestmark = pytest.mark.slow

SITE = Path(__file__).parent / "fixtures" / "history_site"
BOND = "http://zqrb.cn/en/news/2021-06-01/bond-yields-climb.html"
BANK = "http://zqrb.cn/en/news/2021-06-02/bank-lending-slows.html"


def test_validator_headers_round_trip():
    from scrapy.http import Headers

    etag, lm = response_validators(Headers({"ETag": '"abc"', "Last-Modified": "Tue, 01 Jun 2021 00:00:00 GMT"}))
    assert validator_headers(etag, lm) == {"If-None-Match": '"abc"',
                                           "If-Modified-Since": "Tue, 01 Jun 2021 00:00:00 GMT"}
    assert validator_headers(*response_validators(Headers({}))) == {}


def test_site_answers_304_only_while_validators_hold():
    with serve(root=SITE) as site:
        status, headers, _ = site.resolve("/en/index.html")
        assert status == 200 and headers["ETag"]
        assert site.resolve("/en/index.html", {"If-None-Match": headers["ETag"]})[0] == 304
        assert site.resolve("/en/index.html", {"If-Modified-Since": headers["Last-Modified"]})[0] == 304
        site.version = 2
        status, changed, _ = site.resolve("/en/news/2021-06-01/bond-yields-climb.html",
                                          {"If-None-Match": headers["ETag"]})
        assert status == 200


def _history(db: Path, url: str) -> dict:
    out = subprocess.run([sys.executable, "-m", "crawler.cli", "history", url, "--db", str(db), "--format", "json"],
                         cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_recrawls_use_validators_and_record_each_change_once(tmp_path):
    with serve(root=SITE) as site:
        start = site.url + "en/index.html"
        first = run_crawl(start, tmp_path).check()
        assert first.scalar("SELECT count(*) FROM articles") == 3
        assert first.scalar("SELECT count(*) FROM http_validators") >= 4

        site.clear_log()
        second = run_crawl(start, tmp_path).check()
        assert second.stat("newsarchive/conditional/not_modified/listing") == 1
        assert second.last_run()["not_modified"] == 1
        assert not any("/news/" in p for p in site.paths())  # the unchanged listing was not parsed

        site.version = 2
        third = run_crawl(start, tmp_path, args={"refresh": 1}).check()
        assert third.last_run()["articles_updated"] == 1
        assert third.stat("newsarchive/conditional/not_modified/article") == 2

        site.version = 3
        fourth = run_crawl(start, tmp_path, args={"refresh": 1}).check()
        assert fourth.last_run()["articles_updated"] == 2
        assert fourth.stat("newsarchive/conditional/not_modified/article") == 1

    kinds = fourth.rows("SELECT kind, count(*) FROM version_changes GROUP BY kind ORDER BY kind")
    assert kinds == [("byline", 1), ("paragraph_added", 1), ("paragraph_edited", 1),
                     ("paragraph_removed", 1), ("title", 1)]
    timeline = fourth.rows("SELECT change, article_url FROM claim_timeline ORDER BY change")
    assert timeline == [("reworded", BOND), ("withdrawn", BANK)]

    bond = _history(tmp_path / "a.db", BOND)
    assert [sorted(c["kind"] for c in v["changes"]) for v in bond["versions"]] == [
        [], ["paragraph_added", "title"], ["paragraph_edited"]]
    assert [c["change"] for v in bond["versions"] for c in v["claims"]] == ["reworded"]
    bank = _history(tmp_path / "a.db", BANK)
    assert sorted(c["kind"] for c in bank["versions"][-1]["changes"]) == ["byline", "paragraph_removed"]
    text = subprocess.run([sys.executable, "-m", "crawler.cli", "history", BANK, "--db", str(tmp_path / "a.db")],
                          cwd=ROOT, capture_output=True, text=True, timeout=60).stdout
    assert "quote withdrawn (Sun Hao)" in text and "byline:" in text and "- Li Na" in text
    changed = subprocess.run([sys.executable, "-m", "crawler.cli", "claims", "--changed", "--format", "json",
                              "--db", str(tmp_path / "a.db")], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert sorted(r["change"] for r in json.loads(changed.stdout)) == ["reworded", "withdrawn"]


def test_servers_that_ignore_validators_work_as_before(tmp_path):
    with serve(root=SITE, validators=False) as site:
        start = site.url + "en/index.html"
        run_crawl(start, tmp_path).check()
        site.version = 2
        again = run_crawl(start, tmp_path, args={"refresh": 1}).check()
    assert again.stat("newsarchive/conditional/not_modified") == 0
    assert again.last_run()["articles_updated"] == 1
