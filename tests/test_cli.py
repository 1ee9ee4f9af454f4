"""The ``newsarchive`` command: every subcommand documented, errors in one line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.cli import COMMANDS, main

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_with_example(name, capsys):
    assert main([name, "--help"]) == 0
    out = capsys.readouterr().out
    assert "Example" in out, f"`newsarchive {name} --help` shows no example"


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_is_in_the_readme(name):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"newsarchive {name}" in readme, f"README does not document `newsarchive {name}`"


def test_console_script_runs():
    out = subprocess.run([sys.executable, "-m", "crawler.cli", "--help"], capture_output=True, text=True,
                         cwd=ROOT, check=True).stdout
    for name in COMMANDS:
        assert name in out


def test_extract_missing_file_is_an_error_object(tmp_path, capsys):
    status = main(["extract", str(tmp_path / "nope.html"), "--format", "jsonl"])
    assert status == 1
    record = json.loads(capsys.readouterr().out)
    assert record["error"]["stage"] == "read"


def test_extract_reads_stdin(monkeypatch, capsys):
    import io

    html = "<html><head><title>T</title></head><body><article><p>" + "Words here. " * 40 + "</p></article></body></html>"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(html.encode())))
    main(["extract", "-", "--format", "jsonl"])
    record = json.loads(capsys.readouterr().out)
    assert record["file"] == "-"


def test_db_commands_on_a_new_file(tmp_path, capsys):
    db = tmp_path / "a.db"
    assert main(["db", "upgrade", "--db", str(db)]) == 0
    assert "archive at revision" in capsys.readouterr().out
    assert main(["db", "current", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    current, head = out.split("current: ")[1].split("  head: ")
    assert current.strip() == head.strip()


def test_closed_pipe_is_quiet():
    # `newsarchive extract ... | head -1`: the reader closes the pipe while output is still coming.
    seed = str(ROOT / "tests" / "fixtures" / "pages" / "seed" / "page.txt")
    proc = subprocess.Popen([sys.executable, "-m", "crawler.cli", "extract", "--format", "jsonl", *[seed] * 20],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.readline()
    proc.stdout.close()
    _, err = proc.communicate(timeout=120)
    assert b"Traceback" not in err, err.decode()[-2000:]
    assert proc.returncode == 141
