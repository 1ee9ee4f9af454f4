"""Short mentions of speaking persons in an English article, as antecedents for
:func:`pipelines.attribution_common.resolve`: the surname alone after the full name, a
one-word name a speaker goes by, and a one-word "organization" that is a named
person's surname.  The full-name mentions are :func:`speaker_names.speaker_mentions`."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from pipelines import word_scan
from pipelines.speaker_names import _LISTENER, _NOT_FIRST, _inside, _not_given, _role_words


def surnames_of_persons(claims: list[dict[str, Any]], names: set[str]) -> None:
    """A one-word speaker read as an organization ("Bloomberg said", a company's name
    too) that is the surname of exactly one person the article names in full is that
    person's surname (in place: ``_ref`` becomes ``"surname"``)."""
    last = Counter(n.split()[-1] for n in names if " " in n and n.split()[-1][:1].isupper())
    for c in claims:
        if c["_ref"] == "org" and last.get(c["speaker"]) == 1:
            c["_ref"] = "surname"


def short_mentions(names: set[str], lone: set[str], body: str, titles: frozenset[str],
                   quoted: list[tuple[int, int]] = ()) -> list[tuple[int, dict[str, Any]]]:
    """The narrative's short mentions of speaking persons, as antecedents: the surname
    alone ("Brandvold decided ..." for Ilse Brandvold, when no other speaker shares it) and
    a one-word name a speaker goes by ("Meghan" in ``lone``).  Journalists name a person
    in full once and by surname after, so without these the nearest full name is often
    someone else's ("her son, X Y, was born ... Dion said"): he/she then went wrong.
    A word inside a longer capitalized run ("Bloomberg News", "Dion Angélil") or inside
    a quotation is no mention; after a possessive ("Leeds’s Okafor") it is one."""
    by_last: dict[str, set[str]] = {}
    for n in names:
        toks = n.split()
        if len(toks) >= 2 and toks[-1][:1].isupper() and len(toks[-1]) > 2 \
                and toks[0].lower() not in _not_given() and toks[0].lower() not in _role_words():
            by_last.setdefault(toks[-1], set()).add(n)
    forms = {s: next(iter(v)) for s, v in by_last.items() if len(v) == 1}
    forms.update({w: w for w in lone if w not in by_last and len(w) > 2})
    if not forms:
        return []
    out = []
    for k, form in word_scan.alternatives(body, sorted(forms, key=len, reverse=True),
                                          not_before=_FORM_NOT_BEFORE, not_after=_FORM_NOT_AFTER):
        prev = _PREV_CAP.search(body, max(0, k - 40), k)
        word = prev.group(1) if prev else ""
        if _inside(quoted, k) or _LISTENER.search(body, max(0, k - 30), k) or (prev and word.lower().rstrip(".") not in titles and word not in _NOT_FIRST
                                  and not (word.endswith(".") and len(word) > 2)  # "Foods. Benton"
                                  and not word.endswith(("’s", "'s"))):  # "Leeds’s Okafor": a place or employer's person
            continue
        out.append((k, {"speaker": forms[form], "role": None, "org": None, "ref": "name"}))
    return out


# the lookarounds of a short mention: (?<![\w’'.-])FORM(?![\w-])(?!\s+[A-Z])
_FORM_NOT_BEFORE = re.compile(r"[\w’'.-]")
_FORM_NOT_AFTER = re.compile(r"[\w-]|\s+[A-Z]")


_PREV_CAP = re.compile(r"([A-Z][\w’'.-]*) $")


#: A run of two or three capitalized words that may be a personal name.
_NAME_RUN = re.compile(r"(?<![\w’'.-])((?:[A-Z][a-z’'-]+\s+){1,3}[A-Z][a-z’'-]+)(?![\w’'-])")
_HE_SHE = re.compile(r"(?<![\w’'])(he|she)(?![\w’'])", re.I)
#: How far after a name its pronoun is looked for (characters, same paragraph, before any quotation).
_PRONOUN_WINDOW = 160


def pronoun_persons(body: str, known: set[str], quoted: list[tuple[int, int]] = ()) -> list[tuple[int, dict[str, Any]]]:
    """Persons named in the narrative with no title, that the article then calls he
    or she ("When Ada Quenby sold the farm, she ..."): a two- or three-word capitalized
    name (sentence openers dropped, no organization word, place or known organization)
    whose next he/she, in the same paragraph and before any quotation, comes before any
    other such name.  Antecedents for a later "she said"."""
    from pipelines.attribution_common import vocab
    from pipelines.en_words import _v

    v = _v()
    org_words = frozenset(vocab("en")["org_and_words"])
    out = []
    for m in _NAME_RUN.finditer(body):
        toks = m.group(1).split()
        while toks and toks[0].lower() in _not_given():
            toks = toks[1:]
        if not 2 <= len(toks) <= 3 or _inside(quoted, m.start()) or any(
                t in v["org_suffixes"] or t in org_words or t.lower() in _role_words() for t in toks):
            continue
        name = " ".join(toks)
        if toks[0].endswith("ing") or name in known or name in v["places"] or name in v["orgs"] \
                or toks[-1] in v["places"]:
            continue
        window = body[m.end():m.end() + _PRONOUN_WINDOW].split("\n\n")[0].split("\u201c")[0]
        p = _HE_SHE.search(window)
        if (p is None or _NAME_RUN.search(window, 0, p.start()) or not _alone_elsewhere(toks[-1], body, m.end())) \
                and not _next_paragraph_pronoun(body, m.end() - len(name), m.end()):
            continue  # (a name is taken up again by the surname alone: "Quenby said")
        out.append((m.end() - len(name), {"speaker": name, "role": None, "org": None, "ref": "name"}))
    return out


#: A paragraph opening with the pronoun subject of a cue: "She said ...", "He added that".
_OPENS_WITH_PRONOUN = re.compile(r"\n\n(?:He|She)\s+[a-z]{3,}\b")


def _next_paragraph_pronoun(body: str, start: int, end: int) -> bool:
    """The name at ``start:end`` opens its sentence (after an opener such as "Similarly,")
    and is the last two-word name of its paragraph, which holds no quotation and no other
    he/she, and the next paragraph opens with He/She and a verb ("Ada Quenby of Marlow
    described the plan as useful." / "She said ...")."""
    cut = body.find("\n\n", end)
    if cut < 0 or not _SENTENCE_OPENING.search(body, max(0, start - 40), start):
        return False  # (a place after "as far as", an object: no subject of the sentence)
    rest = body[end:cut]
    if "\u201c" in rest or _HE_SHE.search(rest) or any(
            not _AFTER_PREP.search(rest, 0, n.end()) for n in _NAME_RUN.finditer(rest)):
        return False
    return bool(_OPENS_WITH_PRONOUN.match(body, cut))


_SENTENCE_OPENING = re.compile(r"(?:^|\n\n|[.!?]\s+)(?:[A-Z][a-z]+,\s+)?$")
_AFTER_PREP = re.compile(r"\b(?:of|in|from|at|for|near|with)\s+(?:the\s+)?(?:[A-Z][a-z’'-]+\s+){1,3}[A-Z][a-z’'-]+$")


def _alone_elsewhere(word: str, body: str, after: int) -> bool:
    """``word`` occurs after ``after`` not next to another capitalized word."""
    for start, _w in word_scan.alternatives(body[after:], [word], not_before=_ALONE_NOT_BEFORE,
                                            not_after=_ALONE_NOT_AFTER):
        k = after + start
        if not re.search(r"[A-Z][\w’'.-]*\s+$", body[max(0, k - 30):k]) \
                and not re.match(r"\s+[A-Z]", body[k + len(word):k + len(word) + 2]):
            return True
    return False


# the lookarounds of the word alone: (?<![\w’'-])WORD(?![\w-])
_ALONE_NOT_BEFORE = re.compile(r"[\w’'-]")
_ALONE_NOT_AFTER = re.compile(r"[\w-]")


#: An unnamed source introduced in the narrative: "a new source familiar with the
#: company", "an official at the ministry" (the head noun, then what qualifies it).
_ANON_SOURCE = re.compile(
    r"(?<![\w’'])(?:a|an)\s+(?:[a-z-]+\s+){0,2}(?:source|official|insider|spokesperson|spokesman|spokeswoman|"
    r"employee|executive|person)(?:\s+(?:familiar with|close to|with knowledge of|at|from|of|for|in)\s+"
    r"[^,.;:\u201c\u201d\n]{2,80})?")


def anonymous_sources(body: str, quoted: list[tuple[int, int]] = ()) -> list[tuple[int, dict[str, Any]]]:
    """Unnamed sources the narrative introduces ("a new source familiar with the firm
    contacted the paper"), as antecedents of a later definite description ("said the
    source") only: never of he/she (``desc_only``)."""
    out = []
    for m in _ANON_SOURCE.finditer(body):
        if _inside(quoted, m.start()):
            continue
        words = m.group(0).split()
        cut = next((k for k, w in enumerate(words) if k > 2 and (w in _VERBS or (w.endswith("ed") and len(w) > 4))),
                   len(words))
        out.append((m.start(), {"speaker": " ".join(words[:cut]), "role": None, "org": None, "ref": "anon",
                                "desc_only": True}))
    return out


_VERBS = frozenset("said says told tells has had have is was are were will would who which that and but".split())


def documents(body: str, document_nouns: frozenset[str], quoted: list[tuple[int, int]] = ()) -> list[tuple[int, dict[str, Any]]]:
    """Documents the narrative names in full ("the letter from the health board to
    the minister", "a report by the union"), antecedents of a later "the letter said" only
    (``desc_only``, like :func:`anonymous_sources`)."""
    out = []
    for m in _DOCUMENT.finditer(body):
        if m.group("noun") not in document_nouns or _inside(quoted, m.start()):
            continue
        words = m.group(0).split()
        cut = next((k for k, w in enumerate(words) if k > 3 and w != "and" and (w in _VERBS or w in _DOC_STOP)), len(words))
        out.append((m.start(), {"speaker": " ".join(words[:cut]).rstrip(" ’'"), "role": None, "org": None,
                                "ref": "anon", "desc_only": True}))
    return out


_DOCUMENT = re.compile(r"(?<![\w’'])(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+)\s+(?:from|by|published by|issued by|"
                       r"written by|sent by)\s+[^,.;:\u201c\u201d\n]{2,80}")
_DOC_STOP = frozenset("before after when while because since as on in last this which who that earlier later".split())

