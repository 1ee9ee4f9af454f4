"""Hostile search and claims text (issue 12, item 7): one table of strings, run
through SQLite and PostgreSQL, must give the same literal answers (or the same
one-line ValueError), never a driver error, a truncated pattern or a traceback."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from conftest_ops import add_docs, make_doc
from crawler.cli.claims import find_claims
from models.engine import get_engine
from models.search import search

MINING = ("Miners move abroad", "Mining pool operators said the crackdown would push mining or hosting abroad.")
RATES = ("Bank holds rates", "The central bank did not change interest rates, officials said.")
OTHER = ("Oil slips", "Crude oil futures fell as inventories grew.")
CLAIM = {"kind": "direct", "speaker": "Wu Hongliang", "speaker_org": "Bitmain", "cue": "said",
         "text": "Mining pool operators will go abroad", "start": 0, "end": 10, "paragraph": 0}

#: ``(query, expected titles in any order, or the ValueError snippet)``.
SEARCHES = [
    ("mining pool", {MINING[0]}),
    ("mining OR oil", set()),                  # OR is a (stop) word, not an operator: mining AND oil
    ("mining OR pool", {MINING[0]}),
    ("NOT mining", {MINING[0]}),               # NOT is a word, and a stop word on both
    ("rates AND NOT bank", {RATES[0]}),
    ("mi\x00ning pool", set()),                # NUL separates words: 'mi' 'ning' 'pool' match nothing
    ("mining\x00 pool", {MINING[0]}),
    ("mining \ud800", {MINING[0]}),            # a lone surrogate is U+FFFD, no word on either engine
    ("\ud800", set()),
    (" ".join(["mining pool"] * 5000), {MINING[0]}),            # 10,000 words, two distinct
    (" ".join(f"w{i}" for i in range(10_000)), "too long"),     # 10,000 distinct words
    ("OR NOT AND", "empty search query"),
    ('"mining pool', {MINING[0]}),             # unbalanced quote
    ("'; DROP TABLE articles; --", set()),
    ("mining*", {MINING[0]}),                  # no FTS syntax: '*' is not a prefix operator
    ("title:oil", set()),                      # no column filter syntax: the words 'title' and 'oil'
    ("oil:", {OTHER[0]}),
]

CLAIMS = [
    ({"speaker": "Wu Hongliang"}, 1),
    ({"speaker": "Wu\x00Hongliang"}, 1),       # NUL is a space: not a truncated 'Wu' pattern
    ({"speaker": "Wu\x00Nobody"}, 0),
    ({"speaker": "Wu \ud800"}, 0),             # lone surrogate: no traceback
    ({"speaker": "%"}, 0),                     # LIKE wildcards are literal
    ({"speaker": "_u Hongliang"}, 0),
    ({"about": "mining " * 2000}, "at most"),  # 14,000 characters
    ({"org": "Bitmain OR x"}, 0),
]


@pytest.fixture
def archive(any_url):
    engine = get_engine(any_url)
    with Session(engine) as session, session.begin():
        add_docs(session, [make_doc(1, title=MINING[0], body=MINING[1], claims=[CLAIM]),
                           make_doc(2, title=RATES[0], body=RATES[1]),
                           make_doc(3, title=OTHER[0], body=OTHER[1])])
    return engine


def _answer(session, func, arg):
    try:
        return func(session, arg)
    except ValueError as exc:
        return f"ValueError: {exc}"


def test_hostile_search_text(archive):
    # one table, one database per run of this test (any_url): every row must match
    wrong = []
    with Session(archive) as session:
        for query, expected in SEARCHES:
            got = _answer(session, lambda s, q: {h.title for h in search(s, q)}, query)
            ok = expected in got if isinstance(expected, str) and isinstance(got, str) else got == expected
            if not ok:
                wrong.append((query[:40], expected, got))
    assert wrong == []


def test_hostile_claims_text(archive):
    wrong = []
    with Session(archive) as session:
        for filters, expected in CLAIMS:
            got = _answer(session, lambda s, f: len(find_claims(s, **f)), filters)
            ok = expected in got if isinstance(expected, str) and isinstance(got, str) else got == expected
            if not ok:
                wrong.append((repr(filters)[:40], expected, got))
    assert wrong == []
