"""pipelines.disk_cache: values kept on disk between processes, rebuilt when stale or corrupt."""

from __future__ import annotations


import tempfile

import pytest

from pipelines import disk_cache


class Builder:
    def __init__(self, value):
        self.value, self.calls = value, 0

    def __call__(self):
        self.calls += 1
        return self.value


def test_built_once_then_read_back(cache_folder):
    build = Builder({"甲乙": 3, "甲": 0})
    assert disk_cache.cached("t", ("k", 1), build) == {"甲乙": 3, "甲": 0}
    assert (cache_folder / "t.marshal").is_file()
    assert disk_cache.cached("t", ("k", 1), build) == {"甲乙": 3, "甲": 0}
    assert build.calls == 1


def test_a_stale_file_is_rebuilt_and_replaced(cache_folder):
    disk_cache.cached("t", ("k", 1), Builder(["old"]))
    build = Builder(["new"])
    assert disk_cache.cached("t", ("k", 2), build) == ["new"]
    assert build.calls == 1
    assert disk_cache.load("t", ("k", 2)) == ["new"]
    assert disk_cache.load("t", ("k", 1)) is None


@pytest.mark.parametrize("garbage", [b"", b"\x00\x01not marshal", b"N", None])
def test_a_corrupt_or_truncated_file_is_rebuilt(cache_folder, garbage):
    disk_cache.cached("t", "k", Builder(list(range(1000))))
    path = cache_folder / "t.marshal"
    path.write_bytes(path.read_bytes()[:100] if garbage is None else garbage)
    build = Builder([1, 2])
    assert disk_cache.cached("t", "k", build) == [1, 2]
    assert build.calls == 1
    assert disk_cache.load("t", "k") == [1, 2]


def test_an_unwritable_cache_folder_falls_back_to_the_temporary_folder(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a cache_folder")
    monkeypatch.setenv("NEWSARCHIVE_CACHE_DIR", str(blocker / "cache"))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    build = Builder("v")
    assert disk_cache.cached("t", "k", build) == "v"
    assert (tmp_path / "tmp" / "newsarchive" / "t.marshal").is_file()
    assert disk_cache.cached("t", "k", build) == "v"
    assert build.calls == 1


def test_no_temporary_files_are_left_behind(cache_folder):
    for key in range(3):
        disk_cache.cached("t", key, Builder(key))
    assert sorted(p.name for p in cache_folder.iterdir()) == ["t.marshal"]


def test_cache_dir_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.delenv("NEWSARCHIVE_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert disk_cache.cache_dir() == tmp_path / "newsarchive"
    monkeypatch.setenv("NEWSARCHIVE_CACHE_DIR", str(tmp_path / "x"))
    assert disk_cache.cache_dir() == tmp_path / "x"


def test_another_users_file_is_not_read(cache_folder, monkeypatch):
    import os

    disk_cache.cached("t", "k", Builder("mine"))
    monkeypatch.setattr(os, "getuid", lambda: os.stat(cache_folder / "t.marshal").st_uid + 1)
    assert disk_cache.load("t", "k") is None
