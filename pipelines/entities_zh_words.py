"""The jieba words the Chinese name rules need, without segmenting the whole body.

:func:`pipelines.zh_names._zh_names` reads a word only when it can be part of a name:
a dictionary word tagged as a person, place or organization (``nr``/``nrfg``/``nrt``,
``ns``, ``nt``), or a word that ends an organization (a name suffix: 证券, 委员会);
its extension of an organization to the left stops at the first word between blocks
(punctuation, spaces: tag ``x``).  jieba segments each block (a run of Han, Latin and
digit characters, see ``zh_names._HAN_BLOCK``) on its own, so a block none of whose
substrings is such a dictionary word cannot hold one in its segmentation (a word of
the segmentation is a substring of its block), and yields no name: :func:`name_words`
segments only the other blocks, and puts one ``x`` word before each to keep the stop.
The test is two-step: a two-character substring that opens such a word (one set
look-up a pair, in C), then, from each position where one does, jieba's prefix walk
(every prefix of a dictionary word is in its table) to see whether a whole such word
starts there.  The first step alone let 64-80% of a Chinese text's characters through;
with the second, 27-29% are segmented (the segmentation is ~2 us a character).

Same names as segmenting the whole body (issue 9: the whole-body segmentation was
three quarters of the entities stage on Chinese plain text).
"""

from __future__ import annotations

import threading
from typing import Any

from pipelines.disk_cache import cached, digest, file_stamp
from pipelines.zh_lexicon import _lexicon_key
from pipelines.zh_names import _HAN_BLOCK, _ZH_JOINABLE, _lex, _segment_block, _zh_rules

#: the tags :func:`pipelines.zh_names._zh_names` takes a name from
_PERSON_TAGS = frozenset({"nr", "nrfg", "nrt"})
_PLACE_ORG_TAGS = frozenset({"ns", "nt"})
#: words that end an organization whatever their tag (as in ``_zh_names``)
_ORG_ENDS = ("委员会", "事务所", "研究院")

_lock = threading.Lock()
_openers: frozenset[str] | None = None
_name_vocab: frozenset[str] | None = None


def _build_name_vocab() -> frozenset[str]:
    """Every dictionary word that ``_zh_names`` may take a name from: a person
    (``nr``/``nrfg``/``nrt``, two to four characters, a surname first), a place
    (``ns``), an organization (``nt``), or the end of an organization (a joinable word
    ending in a name suffix, not a two-character word ending in a short one; or one of
    :data:`_ORG_ENDS`).  The tests ``_zh_names`` makes, none
    finer: a superset of what it takes."""
    lex, rules = _lex(), _zh_rules()
    suffixes, short, surnames = rules["suffixes"], rules["short_suffixes"], rules["surnames"]
    tags, joinable, ends = lex.tags, _ZH_JOINABLE, frozenset(s[-1] for s in suffixes)
    out = []
    for w, f in lex.freq.items():
        if not f or len(w) < 2:
            continue
        tag = tags.get(w, "x")
        if tag in _PERSON_TAGS and len(w) <= 4 and w[0] in surnames or tag in _PLACE_ORG_TAGS or w in _ORG_ENDS \
                or w[-1] in ends and tag in joinable and (len(w) >= 3 or w[-1] not in short) and w.endswith(suffixes):
            out.append(w)
    return frozenset(out)


def _name_vocab_key() -> tuple[Any, ...]:
    """What :func:`_build_name_vocab` reads: the lexicon (its own key), the rules' suffixes
    and surnames, ``zh_names``' joinable tags, and this module's file (its code and tag sets:
    an edit is a new key)."""
    rules = _zh_rules()
    return (_lexicon_key(), file_stamp(__file__),
            digest(sorted(rules["suffixes"]), sorted(rules["short_suffixes"]), sorted(rules["surnames"]),
                   sorted(_ZH_JOINABLE)))


def openers() -> frozenset[str]:
    """The first two characters of every word of :func:`_build_name_vocab`, built once
    with it (~0.5 s: kept in the cache file ``zh_name_vocab``, :mod:`pipelines.disk_cache`,
    read back in a few hundredths of a second; :func:`pipelines.entities.warm_up`)."""
    global _openers, _name_vocab
    if _openers is None:
        with _lock:
            if _openers is None:
                _name_vocab = cached("zh_name_vocab", _name_vocab_key(), _build_name_vocab)
                _openers = frozenset(w[:2] for w in _name_vocab)
    return _openers


def name_vocab() -> frozenset[str]:
    """:func:`_build_name_vocab`, once (with :func:`openers`)."""
    openers()
    return _name_vocab or frozenset()


def holds_name_word(blk: str) -> bool:
    """Whether a word of :func:`name_vocab` is a substring of ``blk``."""
    opens, vocab, freq = openers(), name_vocab(), _lex().freq
    n = len(blk)
    for i, pair in enumerate(map(str.__add__, blk, blk[1:])):
        if pair in opens:
            j, frag = i + 2, pair
            # jieba's table holds every prefix of its words: a walk from i stops at the
            # first fragment no word begins with
            while frag in freq:
                if frag in vocab:
                    return True
                if j >= n:
                    break
                j += 1
                frag = blk[i:j]
    return False


def name_words(body: str) -> list[tuple[int, str, str]]:
    """``[(offset, word, tag)]`` of ``body`` as :func:`segment_zh` gives them, for the
    blocks that may hold a name; each such block is preceded by the ``x`` word of the
    character before it (when there is one)."""
    opens, lex = openers(), _lex()
    out: list[tuple[int, str, str]] = []
    parts = _HAN_BLOCK.split(body)
    pos = len(parts[0])
    for i in range(1, len(parts), 2):
        blk = parts[i]
        if not opens.isdisjoint(map(str.__add__, blk, blk[1:])) and holds_name_word(blk):
            if pos:
                out.append((pos - 1, body[pos - 1], "x"))
            # a block is one whole run of _HAN_BLOCK: segment_zh(blk) is this one call
            _segment_block(blk, pos, out, lex)
        pos += len(blk) + len(parts[i + 1])
    return out
