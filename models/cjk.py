"""Short Chinese words in SQLite full-text search (Datasette's search box included).

FTS5's ``trigram`` tokenizer finds substrings of three or more characters, and
``unicode61`` takes a whole run of Chinese characters as one token, so neither
finds a two-character word such as 挖矿 or 央行 (most Chinese words).  The
``articles_fts_cjk`` table (migration 0003) indexes :func:`grams` of titles and
bodies with ``unicode61``: every run of CJK characters becomes its 1- to
4-character n-grams, separated by spaces, so the query token "挖矿" is a
token of the index; other text is kept as it is (English words).

Triggers on ``articles`` call :func:`grams` as the SQL function
``newsarchive_grams``, registered on every connection made by
:mod:`models.engine` (and by migration 0003 for its backfill).  A program that
writes ``articles`` through another connection must register it too
(:func:`register`); reading (Datasette, the sqlite3 shell) needs nothing.
"""

from __future__ import annotations

import re
from typing import Any

#: Longest n-gram indexed: Chinese words and idioms are mostly 1 to 4 characters.
MAX_GRAM = 4
#: Han ideographs (with extension A and compatibility ones), kana and hangul.
CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+")
#: SQL name of :func:`grams`.
SQL_FUNCTION = "newsarchive_grams"


def _run_grams(run: str) -> str:
    """The 1..4-grams of one CJK run, by start then length."""
    size = len(run)
    if size == 1:
        return run
    out: list[str] = []
    extend = out.extend
    # every start with room for all four lengths, four slices at a time (MAX_GRAM == 4)
    for i in range(size - MAX_GRAM + 1):
        extend((run[i], run[i:i + 2], run[i:i + 3], run[i:i + 4]))
    for i in range(max(0, size - MAX_GRAM + 1), size):  # the last starts: shorter grams only
        extend(run[i:i + n] for n in range(1, size - i + 1))
    return " ".join(out)


def grams(text: str | None) -> str | None:
    """``text`` with each CJK run replaced by its 1..4-grams ("挖矿机" ->
    "挖 挖矿 挖矿机 矿 矿机 机"); None stays None."""
    if text is None:
        return None
    return CJK_RUN.sub(lambda m: f" {_run_grams(m.group(0))} ", text)


def register(dbapi_conn: Any) -> None:
    """Make ``newsarchive_grams()`` available on a sqlite3 connection."""
    dbapi_conn.create_function(SQL_FUNCTION, 1, grams, deterministic=True)
