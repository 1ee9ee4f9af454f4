"""``pipelines`` imports nothing from ``crawler`` (the crawler depends on the pipelines, never the reverse)."""

from __future__ import annotations

import ast
from pathlib import Path

PIPELINES = Path(__file__).resolve().parent.parent / "pipelines"
#: Nothing is exempt: the crawl's store pipeline lives in crawler/store_pipeline.py.
KNOWN: set[str] = set()


def _crawler_imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        found += [f"{path.name}:{node.lineno} {n}" for n in names if n == "crawler" or n.startswith("crawler.")]
    return found


def _known(hit: str) -> bool:
    name, _, rest = hit.partition(":")
    return f"{name} {rest.split(' ', 1)[1]}" in KNOWN


def test_no_pipelines_module_imports_crawler():
    files = sorted(PIPELINES.rglob("*.py"))
    assert files, "pipelines/ not found"
    offending = [hit for path in files for hit in _crawler_imports(path) if not _known(hit)]
    assert offending == []


def test_the_warc_readers_are_in_pipelines():
    hits = _crawler_imports(PIPELINES / "reprocess.py") + _crawler_imports(PIPELINES / "warcfiles.py")
    assert hits == []


def test_the_check_sees_an_import_of_crawler(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from crawler.warc import read_response\n    import crawler\n")
    assert _crawler_imports(sample) == ["sample.py:2 crawler.warc", "sample.py:3 crawler"]
