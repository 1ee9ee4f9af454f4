"""A crawl killed with SIGKILL while the extraction pool and the WARC writer are busy:
the rerun loses nothing and duplicates nothing, and every stored WARC pointer is readable."""

from __future__ import annotations

import json
import signal

import pytest

from crawler.warc import read_response
from tests.conftest_crawl import run_crawl, sample_site  # noqa: F401 (fixture)

EXTENSIONS = json.dumps({"crawler.extensions.CrawlRunRecorder": 100, "crawler.scaleout.IdleWait": 200,
                         "tests.sigkill_extension.KillAfter": 300})
BUSY = {"NEWSARCHIVE_EXTRACT_WORKERS": 2, "NEWSARCHIVE_STORE_BATCH_SIZE": 2, "CONCURRENT_REQUESTS": 8}


def _articles(res):
    return sorted(res.rows("SELECT canonical_url, content_hash FROM articles"))


@pytest.mark.slow
def test_sigkill_mid_crawl_then_rerun_loses_and_duplicates_nothing(sample_site, tmp_path):  # noqa: F811
    clean = run_crawl(sample_site.url, tmp_path / "clean", settings=BUSY).check()
    work = tmp_path / "killed"
    killed = run_crawl(sample_site.url, work, settings={**BUSY, "EXTENSIONS": EXTENSIONS,
                                                        "NEWSARCHIVE_TEST_KILL_AFTER": 5})
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-3000:]
    stored_before = _articles(killed)
    assert 0 < len(stored_before) < len(_articles(clean)), "the kill came too early or too late to test anything"
    # every committed row points at a WARC record that is on disk
    for url, fname, offset in killed.rows("SELECT a.url, v.warc_filename, v.warc_offset FROM article_versions v "
                                          "JOIN articles a ON a.id = v.article_id"):
        assert read_response(work / "warc", fname, offset).url == url

    rerun = run_crawl(sample_site.url, work).check()
    assert _articles(rerun) == _articles(clean)  # nothing lost, nothing twice
    assert rerun.scalar("SELECT count(*) FROM article_versions") == len(_articles(clean))
    assert rerun.scalar("SELECT count(*) FROM (SELECT article_id FROM claims GROUP BY article_id, start_char, "
                        "end_char, text HAVING count(*) > 1)") == 0
    assert sorted(rerun.rows("SELECT url, stage FROM rejects")) == sorted(clean.rows("SELECT url, stage FROM rejects"))
    for url, fname, offset in rerun.rows("SELECT a.url, v.warc_filename, v.warc_offset FROM article_versions v "
                                         "JOIN articles a ON a.id = v.article_id"):
        assert read_response(work / "warc", fname, offset).url == url
