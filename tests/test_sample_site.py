"""The bundled sample site: its files (what the crawl tests rely on) and its server."""

from __future__ import annotations

import re
import subprocess
import sys
import urllib.error
import urllib.request
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from crawler.sample_site import SITE_DIR, SampleSite, serve
from tests.conftest_crawl import ROOT, manifest, page, sample_site  # noqa: F401 (fixture)

BJ = timezone(timedelta(hours=8))
ZH_ARTICLE_RE = re.compile(r"^/[a-z]+/[a-z]+/(\d{4}-\d{2}-\d{2})/A(\d{13})\.html$")


def fetch(site: SampleSite, path: str) -> tuple[int, dict[str, str], bytes]:
    """GET without following redirects."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(site.url.rstrip("/") + path, timeout=10) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


# ---------------------------------------------------------------- the files

def test_site_has_what_the_issue_asks_for():
    articles = manifest(role="article")
    assert len(articles) >= 12
    assert {p["lang"] for p in articles} == {"zh", "en"}
    assert {p["charset"] for p in articles if p["lang"] == "zh"} >= {"utf-8", "gbk", "gb2312", "none", "wrong"}
    for role in ("not_article", "truncated", "empty", "redirect", "dead"):
        assert manifest(role=role), role
    assert len(manifest(updated_in_v2=True)) == 1
    for listing in ("finance/index.html", "finance/index_2.html", "stock/index.html", "stock/index_2.html"):
        assert (SITE_DIR / "v1" / listing).is_file(), listing
    for name in ("index.html", "robots.txt", "sitemap.xml", "rss.xml"):
        assert (SITE_DIR / "v1" / name).is_file(), name


def test_chinese_article_urls_carry_a_millisecond_timestamp_of_their_day():
    zh = [p for p in manifest(lang="zh")]
    assert len(zh) >= 12
    for p in zh:
        m = ZH_ARTICLE_RE.match(p["path"])
        assert m, p["path"]
        created = datetime.fromtimestamp(int(m.group(2)) / 1000, tz=BJ)
        published = datetime.fromisoformat(p["published"])
        assert created.date().isoformat() == m.group(1) == published.date().isoformat()
        assert created <= published
        assert created.year == 2021


def test_every_date_is_in_2021():
    assert {datetime.fromisoformat(p["published"]).year for p in manifest()} == {2021}


def test_gbk_pages_are_stored_as_gbk():
    for p in manifest(lang="zh"):
        if p["role"] != "article":
            continue
        data = (SITE_DIR / "v1" / p["path"].lstrip("/")).read_bytes()
        if p["charset"] == "utf-8":
            assert p["title"] in data.decode("utf-8")
        else:
            with pytest.raises(UnicodeDecodeError):
                data.decode("utf-8")
            assert p["title"] in data.decode("gbk")


def test_the_gb2312_page_needs_gbk():
    # real "gb2312" pages use GBK-only characters; decoders must treat the label as GBK
    p = page("liquor")
    data = (SITE_DIR / "v1" / p["path"].lstrip("/")).read_bytes()
    assert b"charset=gb2312" in data
    with pytest.raises(UnicodeDecodeError):
        data.decode("gb2312")
    assert "王喆" in data.decode("gbk")


def test_the_page_without_a_charset_declares_none():
    data = (SITE_DIR / "v1" / page("wealth_mgmt")["path"].lstrip("/")).read_bytes()
    assert b"charset" not in data.lower()


def test_truncated_page_stops_mid_tag_before_the_text():
    data = (SITE_DIR / "v1" / page("truncated")["path"].lstrip("/")).read_bytes()
    assert data.endswith(b'<span class="sou')
    assert b'class="content"' not in data and b"</html>" not in data


def test_english_seed_page_keeps_the_aggregator_boilerplate():
    seed = (SITE_DIR / "_sources" / "en_mining_crackdown.txt").read_text(encoding="utf-8")
    html = (SITE_DIR / "v1" / page("en_mining")["path"].lstrip("/")).read_text(encoding="utf-8")
    title = seed.splitlines()[0]
    assert title.startswith("Securities Daily | ")
    assert html.count(title) >= 3  # <title>, <h1> and repeated in the body
    for snippet in ("Securities Daily reporter Xing Meng", "&lt;&lt;:", "&gt;&gt;:", "<h3>Recommend</h3>",
                    "Ding Feipeng reminded"):
        assert snippet in html


def test_v2_changes_only_the_updated_article_and_the_sitemap():
    v2 = sorted(str(p.relative_to(SITE_DIR / "v2")) for p in (SITE_DIR / "v2").rglob("*") if p.is_file())
    (updated,) = manifest(updated_in_v2=True)
    assert v2 == sorted([updated["path"].lstrip("/"), "sitemap.xml"])


def test_robots_disallows_a_folder_the_site_links_to():
    robots = (SITE_DIR / "v1" / "robots.txt").read_text()
    assert "Disallow: /member/" in robots
    assert "Sitemap: http://www.zqrb.cn/sitemap.xml" in robots
    assert 'href="/member/index.html"' in (SITE_DIR / "v1" / "index.html").read_text(encoding="utf-8")


def test_feed_and_sitemap_list_articles_with_dates():
    rss = (SITE_DIR / "v1" / "rss.xml").read_text(encoding="utf-8")
    assert rss.count("<item>") == 10 and rss.count("<pubDate>") == 10
    assert "+0800</pubDate>" in rss
    sitemap = (SITE_DIR / "v1" / "sitemap.xml").read_text(encoding="utf-8")
    for p in manifest():
        if p["role"] != "dead":
            assert f"<loc>http://www.zqrb.cn{p['path']}</loc>" in sitemap


def test_the_same_article_is_linked_with_tracking_and_fragment():
    lithium = page("lithium")["path"]
    home = (SITE_DIR / "v1" / "index.html").read_text(encoding="utf-8")
    listing = (SITE_DIR / "v1" / "gscy" / "index.html").read_text(encoding="utf-8")
    assert f'{lithium}?utm_source=home' in home
    assert f'{lithium[len("/gscy/"):]}#comments' in listing


# ---------------------------------------------------------------- the server

def test_serves_bytes_and_charsets_as_stored(sample_site):
    for key, expected in (("deposit_rates", "text/html; charset=gbk"), ("liquor", "text/html; charset=gb2312"),
                          ("wealth_mgmt", "text/html"), ("chinext", "text/html; charset=utf-8"),
                          ("mining", "text/html; charset=utf-8")):
        path = page(key)["path"]
        status, headers, body = fetch(sample_site, path)
        assert status == 200
        assert headers["Content-Type"] == expected, key
        assert body == (SITE_DIR / "v1" / path.lstrip("/")).read_bytes()


def test_content_types_of_feeds(sample_site):
    assert fetch(sample_site, "/rss.xml")[1]["Content-Type"].startswith("application/rss+xml")
    assert fetch(sample_site, "/sitemap.xml")[1]["Content-Type"].startswith("application/xml")
    assert fetch(sample_site, "/robots.txt")[1]["Content-Type"].startswith("text/plain")


def test_empty_page_is_an_empty_200(sample_site):
    status, headers, body = fetch(sample_site, page("turnover")["path"])
    assert (status, body, headers["Content-Length"]) == (200, b"", "0")


def test_404_and_no_build_files(sample_site):
    assert fetch(sample_site, page("en_dead_link")["path"])[0] == 404
    for path in ("/_pages.json", "/_build.py", "/../sample_site.py", "/v1/index.html"):
        assert fetch(sample_site, path)[0] == 404, path


def test_redirects_off_site(sample_site):
    status, headers, _ = fetch(sample_site, "/go/elsewhere")
    assert (status, headers["Location"]) == (302, "http://example.invalid/")
    status, headers, _ = fetch(sample_site, page("partner")["path"])
    assert status == 302 and headers["Location"].startswith("http://example.invalid/")


def test_query_and_directory_index(sample_site):
    assert fetch(sample_site, "/?utm_source=x")[2] == (SITE_DIR / "v1" / "index.html").read_bytes()
    assert fetch(sample_site, "/finance/")[2] == (SITE_DIR / "v1" / "finance" / "index.html").read_bytes()


def test_version_switch_at_runtime(sample_site):
    path = page("fx_rrr")["path"]
    v1 = fetch(sample_site, path)[2]
    sample_site.version = 2
    v2 = fetch(sample_site, path)[2]
    assert v1 != v2 and "9900亿美元".encode() in v2 and "9900亿美元".encode() not in v1
    # files not in v2 fall back to v1
    assert fetch(sample_site, "/")[2] == (SITE_DIR / "v1" / "index.html").read_bytes()
    with pytest.raises(ValueError):
        sample_site.version = 3


def test_request_log(sample_site):
    fetch(sample_site, "/robots.txt")
    fetch(sample_site, "/nope?x=1")
    assert sample_site.requests == [("GET", "/robots.txt"), ("GET", "/nope?x=1")]
    assert sample_site.paths() == ["/robots.txt", "/nope"]


def test_serve_url_and_stop():
    site = serve(version=2)
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/", site.url) and site.version == 2
    site.stop()
    with pytest.raises(OSError):
        urllib.request.urlopen(site.url, timeout=2)


def test_command_line_help():
    out = subprocess.run([sys.executable, "-m", "crawler.sample_site", "--help"], cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0
    assert "--version" in out.stdout and "example:" in out.stdout


def test_build_script_reproduces_the_committed_files(tmp_path: Path):
    """``_build.py`` is the source of the pages: running it changes nothing."""
    import shutil

    copy = tmp_path / "sample_site"
    shutil.copytree(SITE_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    subprocess.run([sys.executable, str(copy / "_build.py")], check=True, capture_output=True, timeout=60)
    for file in SITE_DIR.rglob("*"):
        if file.is_file() and "__pycache__" not in file.parts:
            assert (copy / file.relative_to(SITE_DIR)).read_bytes() == file.read_bytes(), file
