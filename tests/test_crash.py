"""A crawl killed with SIGKILL while the extraction pool and the WARC writer are busy:
the rerun loses nothing and duplicates nothing, and every stored WARC pointer is readable;
the pool's processes (its fork server and the workers forked from it) do not outlive it."""

from __future__ import annotations

import json
import signal
import subprocess
import time
from pathlib import Path

import pytest

from crawler.warc import read_response
from tests.conftest_crawl import ROOT, crawl_command, run_crawl, sample_site  # noqa: F401 (fixture)

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


def _descendants(pid: int) -> set[int]:
    out, todo = set(), [pid]
    while todo:
        for task in Path(f"/proc/{todo.pop()}/task").glob("*/children"):
            try:
                children = [int(c) for c in task.read_text().split()]
            except OSError:
                continue
            out.update(children)
            todo += children
    return out


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:  # a zombie nobody reaped yet is gone too
            return fh.read().rsplit(")", 1)[-1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")
def test_sigkilled_crawl_leaves_no_pool_process(sample_site, tmp_path):  # noqa: F811
    cmd, env, _db = crawl_command(sample_site.url, tmp_path, settings={**BUSY, "EXTENSIONS": EXTENSIONS,
                                                                       "NEWSARCHIVE_TEST_KILL_AFTER": 5})
    crawl = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seen: set[int] = set()
    try:
        while crawl.poll() is None:  # every process the crawl started: the fork server, its workers ...
            seen |= _descendants(crawl.pid)
            time.sleep(0.05)
        assert crawl.returncode == -signal.SIGKILL
        assert len(seen) >= 3, seen  # at least the server and the two workers
        deadline = time.monotonic() + 30
        while any(_alive(p) for p in seen) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not [p for p in seen if _alive(p)]
    finally:
        if crawl.poll() is None:
            crawl.kill()
