"""crawler.cli.archive: the schema check without Alembic agrees with Alembic's."""

from __future__ import annotations

import sqlite3

import pytest

from crawler.cli import CommandError, archive
from models.engine import get_engine
from models.migrate import head_revision, upgrade


def test_quick_head_is_alembics_head():
    assert archive.quick_head() == head_revision()


@pytest.fixture(scope="module")
def migrated(tmp_path_factory):
    path = tmp_path_factory.mktemp("schema") / "archive.db"
    upgrade(f"sqlite:///{path}")
    return path


def test_a_migrated_archive_opens_without_alembic(migrated, monkeypatch):
    import sys

    monkeypatch.setattr(archive, "check_schema", lambda *a: pytest.fail("Alembic path taken"))
    before = set(sys.modules)
    engine = archive.open_archive(str(migrated))
    assert archive.at_head_quick(engine)
    assert not any(m == "alembic" or m.startswith("alembic.") for m in set(sys.modules) - before)


def test_an_old_revision_takes_alembics_path_and_its_error(migrated, tmp_path):
    old = tmp_path / "old.db"
    old.write_bytes(migrated.read_bytes())
    with sqlite3.connect(old) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0005'")
    assert not archive.at_head_quick(get_engine(f"sqlite:///{old}"))
    with pytest.raises(CommandError, match="revision 0005.*db upgrade"):
        archive.open_archive(str(old))


@pytest.mark.parametrize("rows", [[], ["0008", "0007"]])
def test_no_row_or_several_rows_take_alembics_path(migrated, tmp_path, rows):
    db = tmp_path / "odd.db"
    db.write_bytes(migrated.read_bytes())
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM alembic_version")
        conn.executemany("INSERT INTO alembic_version VALUES (?)", [(r,) for r in rows])
    assert not archive.at_head_quick(get_engine(f"sqlite:///{db}"))


def test_an_archive_without_a_schema_takes_alembics_path(tmp_path):
    db = tmp_path / "empty.db"
    sqlite3.connect(db).close()
    assert not archive.at_head_quick(get_engine(f"sqlite:///{db}"))
    with pytest.raises(CommandError, match="no schema yet"):
        archive.open_archive(str(db))


def _versions(tmp_path, monkeypatch, files: dict[str, str]):
    import models

    root = tmp_path / "repo"
    (root / "migrations" / "versions").mkdir(parents=True)
    (root / "models").mkdir()
    for name, body in files.items():
        (root / "migrations" / "versions" / name).write_text(body, encoding="utf-8")
    monkeypatch.setattr(models, "__file__", str(root / "models" / "__init__.py"))


PLAIN = "revision: str = '{}'\ndown_revision: Union[str, None] = {}\nbranch_labels = None\ndepends_on = None\n"


def test_plain_files_give_their_one_head(tmp_path, monkeypatch):
    _versions(tmp_path, monkeypatch, {"a.py": PLAIN.format("0001", "None"), "b.py": PLAIN.format("0002", "'0001'")})
    assert archive.quick_head() == "0002"


@pytest.mark.parametrize("files", [
    {"a.py": PLAIN.format("0001", "None"), "b.py": PLAIN.format("0002", "'0001'"),
     "c.py": PLAIN.format("0003", "'0001'")},                                        # two heads
    {"a.py": PLAIN.format("0001", "None"), "b.py": PLAIN.format("0002", "('0001', 'x')")},  # a merge
    {"a.py": PLAIN.format("0001", "None").replace("branch_labels = None", "branch_labels = ('x',)")},
    {"a.py": "revision = make_revision()\ndown_revision = None\n"},
    {"a.py": PLAIN.format("0002", "'0001'")},                                         # down revision not there
])
def test_unusual_files_leave_the_decision_to_alembic(tmp_path, monkeypatch, files):
    _versions(tmp_path, monkeypatch, files)
    assert archive.quick_head() is None
