"""Numbers behind issue 10 (a CLI that feels finished), for this checkout.

    python bench/usability.py            # about a minute: two demo crawls, a WARC round trip

Prints:
* bad invocations (tests/test_cli_errors.py's table) answered with one stderr line, the
  expected exit status and the fix named;
* reject rows after one and after two `newsarchive demo` runs (a second run on another port
  should add none);
* articles and sources added by importing the archive's own `warc export` (should be 0);
* rows Datasette's search box finds for short Chinese words, through the FTS table
  docs/datasette-metadata.yml configures for `articles`, beside the articles holding them.
Runs against whatever code is importable from the repository root, so the same script
measures an older checkout.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shlex
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "crawler.cli", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=600)


def bad_invocations(tmp: Path) -> tuple[int, int]:
    from crawler.cli import main
    from models.migrate import upgrade
    from test_cli_errors import BAD

    upgrade(f"sqlite:///{tmp / 'ok.db'}")
    upgrade(f"sqlite:///{tmp / 'old.db'}", "0001")
    sqlite3.connect(tmp / "empty.db").close()
    (tmp / "junk.db").write_text("this is not a database\n" * 10)
    (tmp / "page.html").write_text("<html><body><p>x</p></body></html>")
    good = 0
    for argv, env, status, fix in BAD:
        os.environ.pop("NEWSARCHIVE_DATABASE_URL", None)
        os.environ.update({k: v.format(dir=tmp, ok=tmp / "ok.db") for k, v in env.items()})
        err = io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            try:
                got = main(shlex.split(argv.format(dir=tmp, ok=tmp / "ok.db")))
            except SystemExit as exc:
                got = exc.code
            except Exception:  # noqa: BLE001 - a traceback is what is being counted
                got = "traceback"
        text = err.getvalue()
        good += got == status and text.count("\n") == 1 and fix in text and "Traceback" not in text
    os.environ.pop("NEWSARCHIVE_DATABASE_URL", None)
    return good, len(BAD)


def rejects(db: Path) -> int:
    with sqlite3.connect(db) as con:
        return con.execute("SELECT count(*) FROM rejects").fetchone()[0]


def totals(db: Path) -> tuple[int, int]:
    with sqlite3.connect(db) as con:
        return (con.execute("SELECT count(*) FROM articles").fetchone()[0],
                con.execute("SELECT count(*) FROM sources").fetchone()[0])


def datasette_table() -> str:
    meta = (ROOT / "docs" / "datasette-metadata.yml").read_text(encoding="utf-8")
    m = re.search(r"\n      articles:\n(?:        .*\n)*?        fts_table: (\w+)", meta)
    return m.group(1) if m else "articles_fts"


def main() -> None:
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        good, total = bad_invocations(tmp)
        print(f"bad invocations answered in one line with the right status and fix: {good} of {total}")
        db = tmp / "demo" / "archive.db"
        db.parent.mkdir()
        cli("demo", "--db", str(db), cwd=tmp)
        first = rejects(db)
        cli("demo", "--db", str(db), cwd=tmp)
        print(f"reject rows after `newsarchive demo` once: {first}, twice: {rejects(db)}")
        table = datasette_table()
        with sqlite3.connect(db) as con:
            for word in ("挖矿", "央行", "矿池"):
                found = con.execute(f"SELECT count(*) FROM {table} WHERE {table} MATCH ?", (f'"{word}"',)).fetchone()[0]
                holding = con.execute("SELECT count(*) FROM articles WHERE title LIKE ? OR body LIKE ?",
                                      (f"%{word}%", f"%{word}%")).fetchone()[0]
                print(f"Datasette search box ({table}) for {word}: {found} rows; articles holding it: {holding}")
        before = totals(db)
        cli("warc", "export", "-o", str(tmp / "raw.warc.gz"), "--db", str(db), cwd=tmp)
        cli("warc", "import", str(tmp / "raw.warc.gz"), "--db", str(db), cwd=tmp)
        after = totals(db)
        print(f"own WARC export imported again: {after[0] - before[0]} articles and {after[1] - before[1]} "
              f"sources added (archive: {before[0]} articles, {before[1]} source(s) before)")


if __name__ == "__main__":
    main()
