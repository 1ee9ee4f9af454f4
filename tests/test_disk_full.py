"""Disk full (issue 12, item 6): one line, the run row closed, nothing half-written.

The crawl test mounts a real 2 MB tmpfs for the WARC folder (root only; skipped
with the reason elsewhere); the unit tests inject ENOSPC and run everywhere."""

from __future__ import annotations

import errno
import sqlite3
import subprocess
from pathlib import Path

import pytest
from scrapy.utils.test import get_crawler

from crawler.diskfull import check, is_disk_full
from crawler.outcome import DISK_FULL_KEY
from crawler.warc import WarcFile, iter_responses
from tests.conftest_faults import HoldingSite, crawl_cmd, crawl_env, fill_disk, mount_small_disk, unmount
from tests.fixtures.hostile_site import build


def _exchange(warc: WarcFile, n: int) -> dict:
    return warc.write_exchange(url=f"http://x/{n}", method="GET", request_headers=[], status=200,
                               protocol="HTTP/1.1", response_headers=[("Content-Type", "text/html")],
                               body=(f"<p>page {n}</p>" * 200).encode())


class _FullAfter:
    """A file object that fails with ENOSPC once ``limit`` bytes were written."""

    def __init__(self, fh, limit: int):
        self.fh, self.limit = fh, limit

    def write(self, data):
        if self.fh.tell() + len(data) > self.limit:
            self.fh.write(data[: max(0, self.limit - self.fh.tell())])  # a partial record, as a full disk leaves
            raise OSError(errno.ENOSPC, "No space left on device")
        return self.fh.write(data)

    def __getattr__(self, name):
        return getattr(self.fh, name)


def test_warc_is_cut_back_to_its_last_whole_record(tmp_path):
    warc = WarcFile(tmp_path, prefix="t")
    first = _exchange(warc, 1)
    size = warc._fh.tell()
    warc._fh = _FullAfter(warc._fh, size + 300)
    warc._writer.out = warc._fh
    with pytest.raises(OSError):
        _exchange(warc, 2)
    path = tmp_path / first["filename"]
    assert path.stat().st_size == size
    assert [r.url for r in iter_responses(path)] == ["http://x/1"]  # readable to the end


def test_disk_full_errors_are_recognized_and_stop_the_crawl():
    from sqlalchemy.exc import OperationalError

    assert is_disk_full(OSError(errno.ENOSPC, "No space left on device"))
    assert is_disk_full(OperationalError("INSERT", {}, Exception("database or disk is full")))
    assert not is_disk_full(OSError(errno.EACCES, "Permission denied"))
    crawler = get_crawler(settings_dict={})
    assert check(crawler, OSError(errno.ENOSPC, "full"), where="/srv/warc")
    assert crawler.stats.get_value(DISK_FULL_KEY) == "/srv/warc"
    assert not check(crawler, ValueError("x"), where="/srv/warc")


@pytest.fixture
def small_disk(tmp_path):
    disk = tmp_path / "disk"
    if not mount_small_disk(disk, "2m"):
        pytest.skip("cannot mount a tmpfs here (needs root); the ENOSPC unit tests cover the logic")
    yield disk
    unmount(disk)


@pytest.mark.slow
def test_full_warc_disk_stops_the_crawl_in_one_line(small_disk, tmp_path):
    build(tmp_path / "site", good=12)
    fill_disk(small_disk, leave=24 * 1024)
    db = tmp_path / "a.db"
    with HoldingSite(root=tmp_path / "site") as site:
        cmd = crawl_cmd(str(db), site.url, tmp_path, "NEWSARCHIVE_STORE_BATCH_SIZE=1", "CONCURRENT_REQUESTS=1",
                        "NEWSARCHIVE_EXTRACT_WORKERS=0")  # stages in the crawler: items reach the store in order
        cmd[cmd.index("--warc-dir") + 1] = str(small_disk / "warc")
        out = subprocess.run(cmd, cwd=tmp_path, env=crawl_env(), capture_output=True, text=True, timeout=180)
    assert out.returncode == 1
    assert out.stderr.count("\n") == 1, out.stderr
    assert out.stderr.startswith(f"newsarchive: error: disk full: {small_disk / 'warc'}")
    with sqlite3.connect(db) as conn:
        (status, reason), = conn.execute("SELECT status, finish_reason FROM crawl_runs").fetchall()
        versions = conn.execute("SELECT warc_filename, warc_offset FROM article_versions").fetchall()
    assert (status, reason) == ("failed", "disk_full")
    # every archived version points at a whole, readable WARC record; the file ends with one
    for path in (small_disk / "warc").glob("*.warc.gz"):
        offsets = {r.offset for r in iter_responses(path)}
        assert {o for f, o in versions if f == path.name} <= offsets
    assert versions, "nothing was archived before the disk filled"
