"""The jieba words the Chinese name rules need, without segmenting the whole body.

:func:`pipelines.zh_names._zh_names` reads a word only when it can be part of a name:
a dictionary word tagged as a person, place or organization (``nr``/``nrfg``/``nrt``,
``ns``, ``nt``), or a word that ends an organization (a name suffix: 证券, 委员会);
its extension of an organization to the left stops at the first word between blocks
(punctuation, spaces: tag ``x``).  jieba segments each block (a run of Han, Latin and
digit characters, see ``zh_names._HAN_BLOCK``) on its own, so a block none of whose
two-character substrings opens such a dictionary word cannot hold one in its
segmentation, and yields no name: :func:`name_words` segments only the other blocks
(a quarter of a news text), and puts one ``x`` word before each to keep the stop.

Same names as segmenting the whole body (issue 9: the whole-body segmentation was
three quarters of the entities stage on Chinese plain text).
"""

from __future__ import annotations

import threading

from pipelines.zh_names import _HAN_BLOCK, _ZH_JOINABLE, _lex, _zh_rules, segment_zh

#: the tags :func:`pipelines.zh_names._zh_names` takes a name from
_PERSON_TAGS = frozenset({"nr", "nrfg", "nrt"})
_PLACE_ORG_TAGS = frozenset({"ns", "nt"})
#: words that end an organization whatever their tag (as in ``_zh_names``)
_ORG_ENDS = ("委员会", "事务所", "研究院")

_lock = threading.Lock()
_openers: frozenset[str] | None = None


def _build_openers() -> frozenset[str]:
    """The first two characters of every dictionary word that ``_zh_names`` takes a
    name from: a person (``nr``/``nrfg``/``nrt``, two to four characters, a surname
    first), a place (``ns``), an organization (``nt``), or the end of an organization
    (a joinable word ending in a name suffix, not a two-character word ending in a
    short one; or one of :data:`_ORG_ENDS`).  The tests ``_zh_names`` makes, none
    finer: a superset of what it takes."""
    lex, rules = _lex(), _zh_rules()
    suffixes, short, surnames = rules["suffixes"], rules["short_suffixes"], rules["surnames"]
    tags, joinable, ends = lex.tags, _ZH_JOINABLE, frozenset(s[-1] for s in suffixes)
    out = set()
    for w, f in lex.freq.items():
        if not f or len(w) < 2:
            continue
        tag = tags.get(w, "x")
        if tag in _PERSON_TAGS and len(w) <= 4 and w[0] in surnames or tag in _PLACE_ORG_TAGS or w in _ORG_ENDS \
                or w[-1] in ends and tag in joinable and (len(w) >= 3 or w[-1] not in short) and w.endswith(suffixes):
            out.add(w[:2])
    return frozenset(out)


def openers() -> frozenset[str]:
    """:func:`_build_openers`, once (under a second; :func:`pipelines.entities.warm_up`)."""
    global _openers
    if _openers is None:
        with _lock:
            if _openers is None:
                _openers = _build_openers()
    return _openers


def name_words(body: str) -> list[tuple[int, str, str]]:
    """``[(offset, word, tag)]`` of ``body`` as :func:`segment_zh` gives them, for the
    blocks that may hold a name; each such block is preceded by the ``x`` word of the
    character before it (when there is one)."""
    opens = openers()
    out: list[tuple[int, str, str]] = []
    parts = _HAN_BLOCK.split(body)
    pos = len(parts[0])
    for i in range(1, len(parts), 2):
        blk = parts[i]
        if not opens.isdisjoint(map(str.__add__, blk, blk[1:])):
            if pos:
                out.append((pos - 1, body[pos - 1], "x"))
            out.extend([(pos + p, w, t) for p, w, t in segment_zh(blk)])
        pos += len(blk) + len(parts[i + 1])
    return out
