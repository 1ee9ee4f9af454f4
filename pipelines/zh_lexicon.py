"""jieba's dictionary as plain dicts, for :func:`pipelines.zh_names.segment_zh` and the
Chinese name rules: loaded once a process, from this project's cache file
(:mod:`pipelines.disk_cache`) when it is there and fresh, else from jieba (issue 11).

jieba itself reads its prefix dict back from its own cache with ``marshal.load`` on a file
object, object by object (~1.5 s of CPU), and ``jieba.posseg`` parses the tags from the
dictionary's text (~1.0 s); one ``marshal.loads`` of both tables from bytes takes a
fraction of that.  The tables are jieba's own objects, stored as they are: segmentation,
tags and names are the same whichever way they were loaded.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from math import log
from typing import Any

from pipelines.disk_cache import cached, file_stamp

_jieba_lock = threading.Lock()
_lexicon: "_Lexicon | None" = None


class _Lexicon:
    """jieba's dictionary as plain dicts: word frequencies (with every prefix of a word
    at 0, as jieba keeps them), part-of-speech tags, and log probabilities computed
    on first use."""

    def __init__(self, freq: dict[str, int], tags: dict[str, str], total: int) -> None:
        self.freq, self.tags, self.total = freq, tags, total
        self.logtotal = log(total)
        self.logp: dict[str, float] = {}


def _lex() -> _Lexicon:
    """jieba's dictionary, loaded once: from this project's cache file when it is there and
    fresh (:func:`_lexicon_tables`), else from jieba itself, with its log quiet."""
    global _lexicon
    if _lexicon is None:
        with _jieba_lock:
            if _lexicon is None:
                freq, total, tags = _lexicon_tables()
                _lexicon = _Lexicon(freq, tags, total)
    return _lexicon


def _lexicon_key() -> tuple[Any, ...]:
    """What the lexicon is built from: jieba's version and its dictionary file, found
    without importing jieba (a fifth of a second)."""
    from importlib.metadata import version
    from importlib.util import find_spec

    spec = find_spec("jieba")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("jieba")
    return ("jieba", version("jieba"), file_stamp(os.path.join(os.path.dirname(spec.origin), "dict.txt")))


def _lexicon_tables() -> tuple[dict[str, int], int, dict[str, str]]:
    """``(freq, total, tags)``, from the cache file ``zh_lexicon`` (:mod:`pipelines.disk_cache`).

    jieba rebuilds the tags from its dictionary's text in every process (a second) and
    reads its own prefix-dict cache with ``marshal.load`` from a file object, object by
    object (1.5 s); one ``marshal.loads`` of both tables from bytes takes ~0.6 s."""
    return cached("zh_lexicon", _lexicon_key(), _build_lexicon_tables)


def _build_lexicon_tables() -> tuple[dict[str, int], int, dict[str, str]]:
    """jieba's own tables: its prefix dict (``jieba.dt.FREQ``, every prefix of a word at 0),
    total and ``jieba.posseg``'s word tags.  The tags' words are the prefix dict's own string
    objects and each tag is interned, so that the cache file holds each string once."""
    import jieba
    import jieba.posseg as posseg

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    freq = jieba.dt.FREQ
    same = {w: w for w in freq}
    tags = {same.get(w, w): sys.intern(t) for w, t in posseg.dt.word_tag_tab.items()}
    return freq, jieba.dt.total, tags


def jieba_posseg() -> Any:
    """``jieba.posseg`` for the few callers that need jieba's own tagger (with its HMM:
    :mod:`pipelines.meta_bylines_zh`), its tokenizer handed the prefix dict of :func:`_lex`
    instead of reading jieba's own cache again (~1.5 s of CPU a process): the same table
    (``tests/test_zh_lexicon.py``), so the same words and tags.  Only for jieba's default
    dictionary; importing ``jieba.posseg`` still parses its tags (~0.75 s)."""
    import jieba
    import jieba.posseg

    dt = jieba.dt
    if not dt.initialized and dt.dictionary == jieba.DEFAULT_DICT:
        lex = _lex()
        with dt.lock:
            if not dt.initialized and dt.dictionary == jieba.DEFAULT_DICT:
                dt.FREQ, dt.total = lex.freq, lex.total
                dt.initialized = True
    return jieba.posseg
