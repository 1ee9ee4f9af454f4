"""User text for ``search`` and ``claims``, made safe and the same on both databases.

Called at the top of :func:`models.search.search` and of the claims query, so that
hostile input gives the same literal answer on SQLite and PostgreSQL:

* NUL and other control characters become spaces (PostgreSQL refuses NUL in text,
  SQLite cuts a pattern at it); lone UTF-16 surrogates become U+FFFD (neither
  driver can encode them).  The archive's own text never holds either.
* Search terms are words and ``"quoted phrases"``, all required (AND).  Operator
  words (``OR``, ``NOT``, ``AND``, ``NEAR``) are ordinary words; ``OR``, ``NOT`` and ``AND``, like every English
  stop word they are not indexed by PostgreSQL (``english`` configuration), so
  :data:`STOP_WORDS` are dropped from the terms on both databases.  A query of
  only stop words is empty.
* Repeated terms are one term (AND is idempotent), so a 10,000-word text made of
  a few words searches for those words; more than :data:`MAX_TERMS` distinct
  terms, or a claims filter over :data:`MAX_FILTER_CHARS` characters, is refused
  with a ``ValueError`` on both databases (the engines' expression-depth and
  LIKE-pattern limits are far below 10,000).
"""

from __future__ import annotations

import re

#: Distinct search terms at most (after stop words and repeats are dropped).
MAX_TERMS = 64
#: Characters of one claims filter (``--speaker``, ``--org``, ``--about``) at most.
MAX_FILTER_CHARS = 2000

#: PostgreSQL's ``english`` stop words (snowball list): never in ``fts_vector``.
STOP_WORDS = frozenset("""
i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers
herself it its itself they them their theirs themselves what which who whom this that these those am is
are was were be been being have has had having do does did doing a an the and but if or because as until
while of at by for with about against between into through during before after above below to from up
down in out on off over under again further then once here there when where why how all any both each
few more most other some such no nor not only own same so than too very s t can will just don should now
""".split())

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean(text: str) -> str:
    """``text`` with control characters as spaces and lone surrogates as U+FFFD."""
    text = _CONTROL.sub(" ", text)
    if _SURROGATE.search(text):
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def search_query(query: str, *, raw: bool = False) -> str:
    """The search text :func:`models.search.search` runs: cleaned, and unless
    ``raw`` without stop words and repeats.  Raises ``ValueError`` when nothing
    is left or past :data:`MAX_TERMS` terms."""
    from models.search import parse_terms

    query = clean(query)
    if raw:
        return query
    seen: dict[str, str] = {}
    for term in parse_terms(query):
        if " " not in term and term.casefold() in STOP_WORDS:
            continue
        seen.setdefault(term.casefold(), term)
    if not seen:
        raise ValueError("empty search query (only stop words such as 'or', 'not', 'the')")
    if len(seen) > MAX_TERMS:
        raise ValueError(f"search query too long: {len(seen)} distinct terms, at most {MAX_TERMS}")
    return " ".join(f'"{t}"' if " " in t and '"' not in t else t for t in seen.values())


def filter_text(value: str | None, name: str) -> str | None:
    """A claims filter (case-insensitive substring), cleaned; ``ValueError`` when too long."""
    if value is None:
        return None
    value = clean(value)
    if len(value) > MAX_FILTER_CHARS:
        raise ValueError(f"--{name} is {len(value)} characters long, at most {MAX_FILTER_CHARS}")
    return value
