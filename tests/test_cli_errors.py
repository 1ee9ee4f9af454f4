"""Every known bad invocation: one line on stderr that names the fix, and the right exit status.

Each row: the arguments (``{ok}`` is a migrated archive, ``{dir}`` a scratch folder), extra
environment, the exit status, and words the line must contain (the fix it names).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from crawler.cli import main
from crawler.cli.crawl import EXIT_LOCKED, run_lock
from models.migrate import upgrade

BAD = [
    # archives: paths, files that are not archives, URLs and schemes
    ("search x --db {dir}/none.db", {}, 1, "run `newsarchive demo`"),
    ("search x --db /bin/ls", {}, 1, "not a database"),
    ("stats --db {dir}/junk.db", {}, 1, "newsarchive SQLite file"),
    ("claims --db {dir}", {}, 1, "pass --db"),
    ("search x --db mysql://u@localhost/news", {}, 2, "postgresql://"),
    ("search x --db foo://bar", {}, 2, "SQLite file path"),
    ("stats", {"NEWSARCHIVE_DATABASE_URL": "foo://bar"}, 2, "SQLite file path"),
    ("stats", {"NEWSARCHIVE_DATABASE_URL": "{dir}/none.db"}, 1, "run `newsarchive demo`"),
    ("stats --db {dir}/empty.db", {}, 1, "newsarchive db upgrade"),
    ("entities --db {dir}/old.db", {}, 1, "newsarchive db upgrade"),
    ("demo --db {dir}/missing/archive.db", {}, 2, "create it"),
    ("db upgrade --db {dir}/missing/archive.db", {}, 2, "create it"),
    ("db upgrade --db {dir}/junk.db", {}, 1, "not a database"),
    ("db downgrade nosuchrevision --db {ok}", {}, 2, "newsarchive db current"),
    ("demo --db {dir}", {}, 2, "archive.db"),
    ("demo --db sqlite:///x.db", {}, 2, "pass a path"),
    # unknown commands, options, spiders, profiles, formats, choices
    ("frob", {}, 2, "newsarchive --help"),
    ("search x --bogus --db {ok}", {}, 2, "newsarchive search --help"),
    ("search --db {ok}", {}, 2, "QUERY"),
    ("extract", {}, 2, "FILE"),
    ("crawl nosuchspider --db {ok}", {}, 2, "scrapy list"),
    ("extract --profile nope {dir}/page.html", {}, 2, "securities_daily"),
    ("search x --format xml --db {ok}", {}, 2, "'jsonl'"),
    ("export --format xml --db {ok}", {}, 2, "'parquet'"),
    ("entities --type FOO --db {ok}", {}, 2, "'org'"),
    ("db frob --db {ok}", {}, 2, "'upgrade'"),
    ("export -o {dir}/out.txt --db {ok}", {}, 2, ".csv or .parquet"),
    ("export --format parquet --db {ok}", {}, 2, "-o FILE.parquet"),
    # bad dates and numbers
    ("search x --since yesterday --db {ok}", {}, 2, "YYYY-MM-DD"),
    ("claims --since 2024-13-01 --db {ok}", {}, 2, "YYYY-MM-DD"),
    ("export --until 31/12/2024 --db {ok}", {}, 2, "YYYY-MM-DD"),
    ("crawl securities_daily -a since=notadate --db {ok}", {}, 2, "YYYY-MM-DD"),
    ("crawl securities_daily -a max_pages=x --db {ok}", {}, 2, "whole number"),
    ("crawl securities_daily -a start_url=ftp://x --db {ok}", {}, 2, "http(s) URL"),
    ("crawl securities_daily -a since --db {ok}", {}, 2, "NAME=VALUE"),
    ("search x --limit 0 --db {ok}", {}, 2, "x>=1"),
    ("search 'AND (' --raw --db {ok}", {}, 2, "drop --raw"),
    # unwritable outputs, missing inputs
    ("export -o {dir}/missing/out.csv --db {ok}", {}, 2, "create it"),
    ("export -o {dir} --db {ok}", {}, 2, "FOLDER/articles"),
    ("warc export --db {ok}", {}, 2, "-o FILE.warc.gz"),
    ("warc export -o {dir} --db {ok}", {}, 2, "FOLDER/raw.warc.gz"),
    ("warc import --db {ok}", {}, 2, "warc import site.warc.gz"),
    ("warc import {dir}/none.warc.gz --db {ok}", {}, 1, "no such WARC file"),
    ("warc import {dir}/junk.db --db {ok}", {}, 1, ".warc.gz file"),
    ("reprocess --db {ok} --warc-dir {dir}/nowarc", {}, 1, "--warc-dir"),
]


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("bad")
    upgrade(f"sqlite:///{d / 'ok.db'}")
    upgrade(f"sqlite:///{d / 'old.db'}", "0001")
    sqlite3.connect(d / "empty.db").close()
    (d / "junk.db").write_text("this is not a database\n" * 10)
    (d / "page.html").write_text("<html><body><p>x</p></body></html>")
    return d


def run(argv: str, env: dict[str, str], scratch: Path, monkeypatch, capsys) -> tuple[int, str]:
    import shlex

    monkeypatch.delenv("NEWSARCHIVE_DATABASE_URL", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value.format(dir=scratch, ok=scratch / "ok.db"))
    status = main(shlex.split(argv.format(dir=scratch, ok=scratch / "ok.db")))
    return status, capsys.readouterr().err


def test_the_table_is_long_enough():
    assert len(BAD) >= 30


@pytest.mark.parametrize("argv,env,status,fix", BAD, ids=[row[0] for row in BAD])
def test_bad_invocation_is_one_line(argv, env, status, fix, scratch, monkeypatch, capsys):
    got, err = run(argv, env, scratch, monkeypatch, capsys)
    assert "Traceback" not in err
    assert err.count("\n") == 1 and err.endswith("\n"), err
    assert got == status, err
    assert fix in err, err


def test_a_locked_crawl_is_75_and_one_line(scratch, monkeypatch, capsys):
    ok = scratch / "ok.db"
    with run_lock("securities_daily", f"sqlite:///{ok}", scratch):
        got, err = run(f"crawl securities_daily --db {ok} --log-dir {scratch}/logs", {}, scratch, monkeypatch,
                       capsys)
    assert got == EXIT_LOCKED and err.count("\n") == 1 and "already running" in err


@pytest.mark.parametrize("form", ["path", "url"])
def test_db_option_and_environment_take_the_same_forms(form, scratch, monkeypatch, capsys):
    ok = scratch / "ok.db"
    value = str(ok) if form == "path" else f"sqlite:///{ok}"
    assert run(f"stats --db {value} --format json", {}, scratch, monkeypatch, capsys)[0] == 0
    assert run("stats --format json", {"NEWSARCHIVE_DATABASE_URL": value}, scratch, monkeypatch, capsys)[0] == 0


def test_version_and_verbosity_on_every_command(capsys):
    from crawler.cli import COMMANDS

    assert main(["--version"]) == 0
    assert "newsarchive, version" in capsys.readouterr().out
    for name in COMMANDS:
        assert main([name, "-q", "--help"]) == 0
        out = capsys.readouterr().out
        assert "-v, --verbose" in out and "-q, --quiet" in out, name
