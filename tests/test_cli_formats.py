"""What the commands print: formats everywhere rows are printed, tables that wrap instead of clip."""

from __future__ import annotations

import csv
import io
import json

import pytest
from sqlalchemy.orm import Session

from conftest_ops import add_docs, make_doc
from crawler.cli import main
from models.engine import get_engine

LONG_CLAIM = ("Inflation is still too high and the committee will keep rates where they are until the "
              "data show a lasting decline, which may take most of the coming year")


@pytest.fixture
def archive(sqlite_url):
    claims = [{"kind": "direct", "speaker": "Jerome Powell", "speaker_role": "chair", "speaker_org": "Federal Reserve",
               "cue": "said", "text": LONG_CLAIM, "start": 0, "end": len(LONG_CLAIM), "paragraph": 0}]
    with Session(get_engine(sqlite_url)) as session, session.begin():
        add_docs(session, [make_doc(1, title="Fed holds rates", body=LONG_CLAIM + ", Powell said.", claims=claims),
                           make_doc(2, title="央行宣布降息", body="中国人民银行今日宣布下调利率。", language="zh")])
    return sqlite_url


@pytest.mark.parametrize("argv", [["search", "rates"], ["claims"], ["entities"], ["rejects"], ["stats"]])
@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv"])
def test_every_row_command_takes_every_format(archive, argv, fmt, capsys):
    assert main([*argv, "--db", archive, "--format", fmt]) == 0
    out = capsys.readouterr().out
    if fmt == "json":
        json.loads(out)
    elif fmt == "jsonl":
        assert all(json.loads(line) for line in out.splitlines())
    elif fmt == "csv":
        assert list(csv.reader(io.StringIO(out)))


def test_claims_table_wraps_and_shows_role_and_cue(archive, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    assert main(["claims", "--db", archive]) == 0
    out = capsys.readouterr().out
    header = out.splitlines()[0].split()
    assert header[:5] == ["speaker", "speaker_role", "speaker_org", "text", "cue"]
    assert max(len(line) for line in out.splitlines()) <= 100
    # Wrapped, not clipped: every word of the long claim is in the table.
    assert " ".join(out.split()).count("lasting decline") == 1 and "coming year" in out


def test_search_snippets_keep_their_marks(archive, capsys):
    assert main(["search", "rates", "--db", archive]) == 0
    assert "[rates]" in capsys.readouterr().out


@pytest.mark.parametrize("name,check", [
    ("a.csv", lambda text: next(csv.reader(io.StringIO(text)))[:2] == ["id", "canonical_url"]),
    ("a.json", lambda text: [r["title"] for r in json.loads(text)] == ["Fed holds rates", "央行宣布降息"]),
    ("a.jsonl", lambda text: len(text.splitlines()) == 2 and json.loads(text.splitlines()[0])["id"] == 1),
])
def test_export_format_follows_the_file_name(archive, tmp_path, name, check, capsys):
    assert main(["export", "-o", str(tmp_path / name), "--db", archive]) == 0
    assert check((tmp_path / name).read_text(encoding="utf-8"))
    assert main(["export", "--format", "json", "--db", archive]) == 0  # json to stdout too
    assert len(json.loads(capsys.readouterr().out)) == 2


@pytest.mark.parametrize("flag", ["-v", "-vv", "-q"])
def test_verbosity_flags_after_the_subcommand(archive, flag, capsys):
    assert main(["stats", "--db", archive, flag, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["totals"]["articles"] == 2


def test_extract_summary_table_and_csv(tmp_path, capsys):
    page = tmp_path / "p.html"
    page.write_text("<html><head><title>T</title></head><body><article><p>" + "Words here. " * 40
                    + "</p></article></body></html>")
    assert main(["extract", str(page), str(tmp_path / "missing.html"), "--format", "csv"]) == 1
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["file"] for r in rows] == [str(page), str(tmp_path / "missing.html")]
    assert rows[0]["error"] == "" and rows[1]["error"].startswith("read:")
    assert main(["extract", str(page), "--format", "table"]) == 0
    assert capsys.readouterr().out.splitlines()[0].split()[:2] == ["file", "title"]
