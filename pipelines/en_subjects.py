"""English subject helpers for :mod:`pipelines.en_clauses`: negated or hypothetical
cues, the noun phrase opening a sentence, and a pronoun ending a subject phrase."""

from __future__ import annotations

import re

from pipelines import en_reading
from pipelines.en_words import _CONNECT, _NEGATORS, _v


def _negated(prefix: str) -> bool:
    words = prefix.lower().split()
    # "did not say", "never said", a hypothetical ("as X might have put it", "one that could explain
    # why ...:"): the words before the cue decide
    return bool(words) and (words[-1] in _NEGATORS or words[-1].endswith("n’t") or words[-1] in ("might", "could")
                            or words[-2:] in (["might", "have"], ["would", "have"], ["could", "have"]))


def _leading_np(s: str) -> str:
    v = _v()
    first = s.split()[0].strip(",").lower() if s.split() else ""
    if first in ("he", "she", "they"):
        return first  # "he declined, saying “...”"
    if en_reading.name_in_commas(s):
        return en_reading.name_in_commas(s)  # type: ignore[return-value]
    out = []
    for t in s.split():
        bare = t.strip(",")
        if bare[:1].isupper() or bare.lower() in v["role_words"] or (out and bare in _CONNECT):
            out.append(bare)
            if t.endswith(","):
                break
        else:
            break
    while out and out[-1] in _CONNECT:
        out.pop()
    if len(out) == 1 and out[0].lower() in ("the", "a", "an", "this"):
        # "The court also found ..., noting": the determiner and its noun
        for t in s.split()[1:3]:
            if _NP_STOP.match(t):
                break
            out.append(t)
        if len(out) == 1:
            out = []
    return " ".join(out)


_NP_STOP = re.compile(r"(?:also|then|later|earlier|now|still|had|has|have|was|is|were|are|will|would|gave|made|took|"
                      r"got|went|came|sent|kept|held|left|met|paid|sold|found|saw|began|became|gives|makes|takes|\w+ed|\w*\W\w*)$")


_LAST_PRONOUN = re.compile(r"^[A-Z]?[a-z][\w ’-]*\s(he|she|they)\s*$")


#: A sentence opening with a subordinate clause ("When X said Y, ..."): the clause a cue in it
#: reports ends at the comma that closes it, and a quotation after that comma is the main clause's.
_FRONT_SUB = re.compile(r"\s*(?:After|Before|While|When|Because|Since|Although|Though|Whereas|Once|Until)\s")


def front_clause_end(masked: str, s: int, cue_at: int, e: int) -> int | None:
    """Local offset of the comma closing a fronted subordinate clause of the sentence
    ``masked[s:e]`` that holds the cue at ``cue_at``, or None."""
    if not _FRONT_SUB.match(masked, s):
        return None
    k = masked.find(", ", cue_at, e)
    return k if k >= 0 else None

