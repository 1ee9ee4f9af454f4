"""Derived tables kept on disk between processes (issue 11: start-up of every extracting process).

A value that takes seconds to build from files that rarely change (jieba's dictionary as
dicts, the name words drawn from it) is stored once as a :mod:`marshal` file and read back
in a fraction of the time.  Each file holds ``(key, value)``: the key names everything the
value was built from (package version, file sizes and times, a digest of the rules); a
file whose key differs (stale), that cannot be read or decoded (corrupt, truncated, from
another Python), or that is missing is rebuilt and replaced atomically (written to a
temporary file in the same folder, then renamed), so concurrent processes never read a
half-written file.  Nothing is downloaded: a value is only ever built from local files.

The folder: ``$NEWSARCHIVE_CACHE_DIR``, else ``$XDG_CACHE_HOME/newsarchive``, else
``~/.cache/newsarchive``; when it cannot be created or written, the system temporary
folder.  A file another user owns is not read.  A cache that cannot be written at all is
no error: the value is then built in each process, as before.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import sys
import tempfile
from pathlib import Path
from typing import Any, Callable

logger = logging.getLogger(__name__)

#: Bumped when the layout of the files changes.
FORMAT = 1


def cache_dir() -> Path:
    """The folder the cache files live in (see the module docstring); not created here."""
    if os.environ.get("NEWSARCHIVE_CACHE_DIR"):
        return Path(os.environ["NEWSARCHIVE_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newsarchive"


def file_stamp(path: str | os.PathLike[str]) -> tuple[str, int, int]:
    """``(path, size, mtime in ns)`` of a file a value is built from, for its key."""
    st = os.stat(path)
    return (str(path), st.st_size, st.st_mtime_ns)


def digest(*parts: Any) -> str:
    """A short digest of ``repr`` of ``parts`` (rules, code), for a key."""
    return hashlib.sha1(repr(parts).encode("utf-8", "surrogatepass")).hexdigest()


def _full_key(key: Any) -> tuple[Any, ...]:
    return (FORMAT, sys.version_info[:2], marshal.version, key)


def load(name: str, key: Any) -> Any | None:
    """The value stored under ``name`` when its key is ``key``; None when the file is
    missing, stale or unreadable (in the cache folder, then in the temporary folder: where
    :func:`store` writes when the first cannot be written)."""
    for folder in (cache_dir(), Path(tempfile.gettempdir()) / "newsarchive"):
        path = folder / f"{name}.marshal"
        try:
            with open(path, "rb") as f:
                if hasattr(os, "getuid") and os.fstat(f.fileno()).st_uid != os.getuid():
                    continue  # another user's file (a shared temporary folder): not trusted
                data = f.read()
        except OSError:
            continue
        try:
            stored_key, value = marshal.loads(data)
        except (EOFError, ValueError, TypeError):
            logger.debug("cache file %s is corrupt", path)
            continue
        if stored_key == _full_key(key):
            return value
        logger.debug("cache file %s is stale", path)
    return None


def store(name: str, key: Any, value: Any) -> Path | None:
    """Write ``value`` under ``name`` with its key, atomically; the path written, or None
    when no folder could be written."""
    data = marshal.dumps((_full_key(key), value))
    for folder in (cache_dir(), Path(tempfile.gettempdir()) / "newsarchive"):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
        except OSError:
            continue
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, folder / f"{name}.marshal")
        except OSError:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            continue
        return folder / f"{name}.marshal"
    logger.debug("no folder to write the cache file %s in", name)
    return None


def cached(name: str, key: Any, build: Callable[[], Any]) -> Any:
    """``build()``'s value, from the cache file ``name`` when it was stored with ``key``,
    else built now and stored.  ``build`` must return what :mod:`marshal` can write
    (dicts, lists, tuples, sets, str, int, float, bytes, None)."""
    value = load(name, key)
    if value is None:
        value = build()
        store(name, key, value)
    return value
