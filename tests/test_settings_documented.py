"""Settings have one home (crawler/settings.py) and every one of them is documented."""

from __future__ import annotations

import re
from pathlib import Path

import crawler.settings as settings

ROOT = Path(__file__).resolve().parent.parent


def newsarchive_settings() -> list[str]:
    return sorted(name for name in vars(settings) if name.startswith("NEWSARCHIVE_"))


def test_every_setting_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"`(NEWSARCHIVE_[A-Z_]+)`", readme))
    missing = [name for name in newsarchive_settings() if name not in documented]
    assert not missing, f"settings missing from the README's settings table: {missing}"
    assert len(newsarchive_settings()) >= 15


def test_no_default_is_written_twice():
    # Literal defaults of NEWSARCHIVE_* settings appear only in crawler/settings.py: elsewhere a
    # fallback reads `defaults.NAME` (crawler/settings.py) instead of repeating the value.
    pattern = re.compile(r"""get(?:int|float|bool)?\(\s*["'](NEWSARCHIVE_[A-Z_]+)["']\s*,\s*(?!\s|defaults\.)""")
    offenders = []
    for path in [*ROOT.glob("crawler/**/*.py"), *ROOT.glob("pipelines/**/*.py"), *ROOT.glob("models/**/*.py")]:
        if path.name == "settings.py":
            continue
        for m in pattern.finditer(path.read_text(encoding="utf-8")):
            offenders.append(f"{path.relative_to(ROOT)}: {m.group(1)}")
    assert not offenders, offenders


def test_one_page_size_cap():
    from pipelines.decode import run
    from pipelines.document import Document
    from pipelines.errors import Reject

    assert settings.DOWNLOAD_MAXSIZE == settings.NEWSARCHIVE_MAX_PAGE_BYTES
    big = b"<p>" + b"x" * settings.NEWSARCHIVE_MAX_PAGE_BYTES + b"</p>"
    try:
        run(Document(url="http://e.com/", raw=big))
    except Reject as exc:
        assert "MB" in exc.reason
    else:
        raise AssertionError("a page over NEWSARCHIVE_MAX_PAGE_BYTES was decoded")


def test_database_url_default_comes_from_settings(monkeypatch):
    from models.engine import database_url

    monkeypatch.delenv("NEWSARCHIVE_DATABASE_URL", raising=False)
    assert database_url() == settings.default_database_url
    monkeypatch.setenv("NEWSARCHIVE_DATABASE_URL", "other.db")
    assert database_url() == "sqlite:///other.db"
