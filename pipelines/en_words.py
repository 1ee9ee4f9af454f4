"""English words for the attribution rules: the vocabulary of
``pipelines/data/attribution.toml`` as sets and patterns, and the sentence splitter
(:func:`sentences`) that never splits inside a quotation or after "Mr." or "Inc."."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pipelines.attribution_common import CLOSE, trie_pattern, vocab

_ABBREV = frozenset(
    "mr ms mrs dr prof st inc corp co ltd no vs jan feb mar apr jun jul aug sep sept oct nov dec "
    "gov sen rep jr sr e.g i.e u.s u.k u.n etc est approx dept rev fr msgr hon gen col lt capt cmdr "
    "sgt adm maj supt insp det atty pres rt mt ft".split()
)
_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
_ORG_PRONOUNS = frozenset({"it", "its", "they", "their"})
_PREPS = frozenset("of to at from with in for by on about into over under via".split())
_DETS = frozenset("the this that these those".split())
_CONNECT = frozenset({"of", "and", "the", "for", "&", "de"})
_NEGATORS = frozenset({"not", "n’t", "never", "to", "declined", "refused", "without", "unable", "neither", "nor"})
_CAP_TOKEN = r"(?:[A-Z][\w’.&+-]*|[A-Z]{2,}[\w+]*)"


@lru_cache(maxsize=None)
def _v() -> dict[str, Any]:
    """Vocabulary as sets and compiled patterns (built once)."""
    v = vocab("en")
    cues = sorted(v["cues"], key=len, reverse=True)
    roles = sorted(v["roles"], key=len, reverse=True)
    return {
        # ("pleaded guilty" is a plea, no statement)
        "cue_rx": re.compile(r"(?<![\w’-])(" + trie_pattern(cues) + r")(?![\w’-])(?!\s+(?:not\s+)?(?:guilty|innocent)\b)"),
        "bare": frozenset(v["bare_clause_cues"]),
        "partial_only": frozenset(v["partial_only_cues"]),
        "inverted": frozenset(v["inverted_cues"]),
        "inverted_rx": re.compile(r"^(" + trie_pattern(sorted(v["inverted_cues"], key=len, reverse=True))
                                  + r")\s+(.+?)\s*[.!?]?\s*$"),
        "narrator": frozenset(v["narrator"]),
        "openers": frozenset(v["adverbial_openers"]),
        "roles": roles,
        "role_set": frozenset(roles),
        "role_words": frozenset(w for r in roles for w in r.split()),
        "role_heads": frozenset(r.split()[-1] for r in roles),
        "honorifics": frozenset(v["honorifics"]),
        "honor_bare": frozenset(h.rstrip(".") for h in v["honorifics"]),
        "rank_titles": frozenset(v["rank_titles"]),
        "org_nouns": frozenset(v["org_nouns"]),
        "org_suffixes": frozenset(v["org_suffixes"]),
        "not_names": frozenset(v["not_names"]),
        "given": frozenset(v["given_names"]),
        "pinyin": frozenset(v["pinyin_surnames"]),
        "places": frozenset(v["places"]),
        "orgs": frozenset(v["orgs"]),
        "org_of_heads": frozenset(v["org_of_heads"]),
    }


# --- sentences ---------------------------------------------------------------------

_SOFT_END = re.compile(CLOSE + r"(?=\s+[A-Z“])")
_HARD_END = re.compile(r"[.!?](?=\s|$)")
_WORD_BEFORE = re.compile(r"[\w.’]+$")
_NEXT_CHAR = re.compile(r"\s+(\S)")
_NEXT_WORD = re.compile(r"\s+([A-Z][a-z]*)\b")
#: abbreviations that end company names and may end a sentence ("Redfern & Co.")
_ABBREV_ENDING = frozenset("inc corp co ltd plc llc jr sr etc".split())
_SENTENCE_OPENERS = frozenset(
    "He She It They We I The A An This That These Those His Her Its Their Our But And In On At "
    "After Before While When If So Yet Still Also However Meanwhile There As Shares".split())
_ONE_LETTER = re.compile(r"[a-z]")
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")


def sentences(text: str, masked: str) -> tuple[list[tuple[int, int]], set[int]]:
    """Sentence spans of a paragraph (local offsets) and the set of *hard* ends.

    Hard ends are ``. ! ?`` in the narrative; soft ends follow a closing mark whose
    quotation ended a sentence (``...panic.” A senior practitioner ...``).
    """
    hard: set[int] = set()
    for m in _HARD_END.finditer(masked):
        k = m.start()
        if masked[k] == ".":
            # the word before the stop, looked for in a window: a search anchored at the
            # end of masked[:k] tries every position of the paragraph, for every stop
            lo = max(0, k - 40)
            w = _WORD_BEFORE.search(masked, lo, k)
            if w is not None and w.start() == lo and lo > 0:
                w = _WORD_BEFORE.search(masked, 0, k)
            word = w.group(0).lower() if w else ""
            if word in _ABBREV or _ONE_LETTER.fullmatch(word) or _INITIALS.fullmatch(word):
                # "an analyst at Redfern & Co. He estimated ...": a company abbreviation
                # before a word that opens sentences ends the sentence too
                nxt = _NEXT_WORD.match(masked, m.end())
                if not (word in _ABBREV_ENDING and nxt and nxt.group(1) in _SENTENCE_OPENERS):
                    continue
                hard.add(m.end())
                continue
            nxt = _NEXT_CHAR.match(masked, m.end())
            if nxt and nxt.group(1).islower():
                continue
        hard.add(m.end())
    ends = set(hard)
    for m in _SOFT_END.finditer(masked):
        k = m.start()
        if k > 0 and text[k - 1] in ".!?":
            ends.add(k + 1)
    ends.add(len(masked))
    hard.add(len(masked))
    spans, start = [], 0
    for e in sorted(ends):
        if e > start:
            spans.append((start, e))
            start = e
    return spans, hard


#: The object of "told" (``the Securities Daily reporter``, ``Reuters``); compiled once: built
#: in the call, it fell out of re's cache and cost 2-9 ms again.
_TOLD_OBJECT = re.compile(r"^\s+(?:(?:the|a|an|our|this|local|state)\s+)?(?:" + _CAP_TOKEN + r"\s+)*"
                          r"(?:reporters?|journalists?|jurors|investors|analysts|lawmakers|court|media|"
                          + _CAP_TOKEN + r")(?:\s+(?:of|from|at)\s+(?:the\s+)?(?:" + _CAP_TOKEN + r"\s*)+)?")

#: A reporter the story introduces, who is not its writer: "a reporter", "another journalist".
_A_REPORTER = re.compile(r"(?:a|an|one|another)\s+(?:[a-z-]+\s+)?(?:reporter|journalist|correspondent)$")
#: A coordinated clause with a subject of its own before a cue: ", but critics argued",
#: ",” but board members questioned" (the comma inside the closing mark).
_NEW_SUBJECT = re.compile(r"[,\u201d]\s+(?:but|and|while|whereas|yet)\s+(?!(?:also|then|later|added|says?|said)\b)"
                          r"(?:[\w’'-]+\s+){1,4}$")

#: _trimmed_subject's patterns, compiled once (en_speakers: it runs on every cue's subject)
_TRAILING_AUX = re.compile(r"\s+(?:also|further|has|have|had|long)$")
_TRAILING_SELF = re.compile(r"\s+(?:himself|herself|themselves|itself)$")
_LEADING_AND = re.compile(r"^(?:And|But|Or|So|Yet|As)\s+")
_ING = re.compile(r"[a-z]+ing")
_REPORTER_END = re.compile(r"\b(?:reporters?|journalists?|correspondents?)$")
_THE_PAPER = re.compile(r"(?:(?:the|this|our)\s+(?:reporter|newspaper|publication)|(?:this|our)\s+paper)\b")
