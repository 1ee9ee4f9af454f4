"""Every page that does not become an article leaves a reject row (issue 12, item 1-2).

One real crawl of the hostile loopback site (``tests/fixtures/hostile_site.py``);
then one test per kind of bad page asserts its reject row (stage and reason) or,
for a page with a mere flaw (a stray NUL, a lone surrogate), its article.
"""

from __future__ import annotations

import pytest

from pipelines import extract
from pipelines.guards import scrub, stray_nuls
from tests.conftest_crawl import CrawlResult, run_crawl
from tests.conftest_faults import HoldingSite
from tests.fixtures.hostile_site import KINDS, MAX_SIZE, RESOURCE_REJECTS, article_html, build

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def hostile_crawl(tmp_path_factory: pytest.TempPathFactory) -> tuple[CrawlResult, str]:
    root = tmp_path_factory.mktemp("hostile")
    build(root / "site")
    with HoldingSite(root=root / "site") as site:
        result = run_crawl(site.url, root / "work", settings={"DOWNLOAD_MAXSIZE": MAX_SIZE, "RETRY_TIMES": 0})
        return result, site.url


def _rejects(result: CrawlResult, url: str) -> list[tuple[str, str]]:
    """Reject rows of a fetched URL: they are keyed by its canonical URL (the mirror's
    host mapped back to the site's own, tests.conftest_crawl.canonical)."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    canonical = f"http://zqrb.cn{parts.path}" + (f"?{parts.query}" if parts.query else "")
    return result.rows("SELECT stage, reason FROM rejects WHERE url IN (?, ?)", url, canonical)


@pytest.mark.parametrize("slug", sorted(KINDS))
def test_each_hostile_article_is_accounted_for(hostile_crawl, slug):
    result, base = hostile_crawl
    url = f"{base}en/news/2021-05-27/{slug}.html"
    stage, snippet = KINDS[slug]
    rejects = _rejects(result, url)
    if stage is None:
        assert rejects == []
        (title,) = result.rows("SELECT title FROM articles WHERE url = ?", url)[0]
        assert title.startswith("Report ")
        return
    assert len(rejects) == 1, rejects
    assert rejects[0][0] == stage
    assert snippet in rejects[0][1]
    assert len(rejects[0][1]) < 400  # a short reason, never the page


@pytest.mark.parametrize("path", sorted(RESOURCE_REJECTS))
def test_bad_sitemaps_and_feeds_leave_fetch_rejects(hostile_crawl, path):
    result, base = hostile_crawl
    rejects = _rejects(result, base.rstrip("/") + path)
    assert [r[0] for r in rejects] == ["fetch"]
    assert RESOURCE_REJECTS[path] in rejects[0][1]


def test_hostile_crawl_finishes_clean(hostile_crawl):
    result, _ = hostile_crawl
    assert result.returncode == 0
    run = result.last_run()
    assert run["status"] == "finished"
    assert result.scalar("SELECT count(*) FROM articles") == 4 + 2
    # no traceback and no raw page in the crawl log
    assert "Traceback" not in result.stderr
    assert max(len(line) for line in result.stderr.splitlines()) < 2000
    assert "RecursionError" not in result.stderr


def test_nothing_is_fetched_over_ftp(hostile_crawl):
    result, _ = hostile_crawl
    stats = result.last_run()["stats"]
    assert not any(k.startswith("downloader/request_method_count") and "ftp" in k for k in stats)
    assert "ConnectionRefusedError" not in " ".join(r[0] for r in result.rows("SELECT reason FROM rejects"))
    assert result.scalar("SELECT count(*) FROM rejects WHERE url LIKE 'ftp:%'") == 0


# --- the pure guards -------------------------------------------------------------------

def test_scrub_replaces_lone_surrogates_and_drops_nul():
    assert scrub("a\x00b\ud800c") == "ab\ufffdc"
    assert scrub("\ud83d\ude00") == "\U0001F600"  # a valid pair is joined, not replaced
    assert scrub("plain") == "plain"


def test_stray_nul_is_not_binary():
    page = article_html(1).encode()
    assert stray_nuls(page.replace(b"rose", b"ro\x00se", 1))
    assert not stray_nuls(b"\x00" * 200 + page)  # a binary file stays binary
    assert not stray_nuls("<html>abc</html>".encode("utf-16"))


def test_extract_never_raises_on_deep_nesting_or_surrogates():
    deep = article_html(2, body_html="<div>" * 5000 + "<p>text</p>" + "</div>" * 5000)
    out = extract(deep.encode(), "http://www.zqrb.cn/en/news/2021-05-27/deep.html")
    assert out["error"]["stage"] == "parse" and "nested too deep" in out["error"]["reason"]
    out = extract(article_html(3).replace("rose", "ro\ud800se"), "http://www.zqrb.cn/en/news/2021-05-27/s.html")
    assert out["error"] is None and "\ufffd" in out["body"]
    out = extract(article_html(4).encode().replace(b"rose", b"ro\x00se", 1), "http://www.zqrb.cn/en/news/2021-05-27/n.html")
    assert out["error"] is None
