"""What a command's process imports before its work (issue 11: start-up of `newsarchive reprocess`)."""

from __future__ import annotations

import subprocess
import sys

import pytest


def _loaded(code: str, names: tuple[str, ...]) -> list[str]:
    probe = f"{code}; import sys; print(sorted(m for m in {names!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return eval(out.strip().splitlines()[-1])


def test_reprocess_imports_no_alembic_numpy_or_rich():
    code = ("from crawler.cli import reprocess; from crawler.cli.archive import open_archive; "
            "from crawler.cli.output import console, emit; from crawler.cli.progress import Bar; "
            "import pipelines.reprocess, pipelines.store, pipelines.store_lookups; "
            "from crawler.cli.output import write_rows; write_rows([{'a': 1}], 'json'); "
            "b = Bar('x', total=0); b.__enter__(); b(1); b.__exit__(None, None, None)")
    assert _loaded(code, ("alembic", "numpy", "rich", "jieba")) == []


@pytest.mark.parametrize("fmt", ["table"])
def test_a_table_still_prints_with_rich(fmt, capsys):
    from crawler.cli.output import emit

    emit([{"name": "Harbour Authority", "n": 2}], ["name", "n"], fmt)
    out = capsys.readouterr().out
    assert "name" in out and "Harbour Authority" in out and "----" in out
