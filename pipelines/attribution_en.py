"""English attribution rules for :mod:`pipelines.claims`.

The narrative of each paragraph is read with quotation contents masked, so a cue
verb inside a quotation never attributes anything.  Patterns handled (cue = a verb
from ``pipelines/data/attribution.toml``):

* direct, attribution before: ``X said, “...”``, ``X said: “...”``, ``X said on Weibo
  that “...”.`` (the quotation runs to the end of the sentence), a paragraph ending in
  ``X said:`` followed by a quoted paragraph;
* direct, attribution after: ``“...,” X said.``, ``“...,” said X, role at Org.``,
  ``“...” X told the reporter.``, ``“...” X revealed to the reporter that <clause>.``
  (a direct claim plus an indirect one);
* a quoted paragraph right after a paragraph quoting someone continues that speaker;
* partial: a quotation of three words or more inside an attributed sentence
  (``X proposed “...” in a meeting``, ``X said it was “...”``);
* indirect: ``X said (that) <clause>``, ``X told Reuters <clause>``, ``according to X,
  <clause>``, ``<clause>, according to X``, ``<clause>, X said.``, ``in the view of X,
  <clause>``, ``in X’s view, <clause>``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pipelines.attribution_common import (
    CLOSE, MASK, OPEN, Quote, make_claim, mask_paragraph, trie_pattern, vocab,
)

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
        "cue_rx": re.compile(r"(?<![\w’-])(" + trie_pattern(cues) + r")(?![\w’-])"),
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


# --- speakers ----------------------------------------------------------------------

def _cap_run_at_end(s: str) -> re.Match[str] | None:
    return re.search(_CAP_TOKEN + r"(?:\s+(?:(?:of|and|for|the|&|de)\s+)*" + _CAP_TOKEN + r")*$", s)


def _is_namey(part: str) -> bool:
    toks = part.split()
    if not toks or len(toks) > 8:
        return False
    v = _v()
    if toks[0].lower().rstrip(".") in v["honor_bare"]:
        toks = toks[1:]
    return bool(toks) and all(t[0].isupper() or t in _CONNECT for t in toks) and toks[-1][0].isupper()


def _strip_article(s: str) -> str:
    return re.sub(r"^(?:a|an|the)\s+", "", s.strip(), flags=re.I)


def _split_role_org(s: str) -> tuple[str | None, str | None]:
    """``"founder of Huoxun Finance"`` -> ``("founder", "Huoxun Finance")``."""
    v = _v()
    s = _strip_article(s.strip(" ,"))
    if not s:
        return None, None
    m = re.match(r"^(?:the\s+)?(" + _CAP_TOKEN + r"(?:\s+" + _CAP_TOKEN + r")*)’s?\s+(.+)$", s)
    if m and not m.group(1).lower() in _DETS:
        return _strip_article(m.group(2)) or None, m.group(1)
    m = re.match(r"^(.*?)\s+(?:at|of|for|with|from)\s+(?:the\s+)?(" + _CAP_TOKEN
                 + r"(?:\s+(?:(?:of|and|for|the|&)\s+)*" + _CAP_TOKEN + r")*)", s)
    if m and m.group(1):
        org = m.group(2)
        org = re.sub(r"’s\b.*$", "", org) if org.endswith("’s") else org
        return m.group(1).strip() or None, org
    words = s.lower().split()
    if any(w in v["role_words"] for w in words):
        return s, None
    return None, None


def _role_before(before: str) -> tuple[str | None, str | None, bool]:
    """Parse what stands before a name: ``"JPMorgan analyst"`` -> role, org, is-org-descriptor."""
    v = _v()
    before = before.strip(" ,")
    if not before:
        return None, None, False
    role, org = _split_role_org(before)
    if role or org:
        if role and role.lower() in v["role_set"] or org:
            return role, org, False
    toks = before.split()
    for k in range(len(toks)):
        cand = " ".join(toks[k:])
        if cand.lower() in v["role_set"]:
            head = [t for t in toks[:k] if t.lower() not in _DETS]
            org = " ".join(head) if head and head[0][0].isupper() and head[0] not in v["not_names"] else None
            if org and org.endswith("’s"):
                org = org[:-2]
            return cand, org, False
    return None, None, toks[-1].lower() in v["org_nouns"]


def classify_name(name: str, role: str | None, org_descriptor: bool) -> str:
    """``name`` | ``org`` | ``surname`` | ``anon`` for a capitalized speaker."""
    v = _v()
    toks = name.split()
    if name in v["orgs"] or toks[-1] in v["org_suffixes"] or org_descriptor:
        return "org"
    if any(t in v["org_of_heads"] and toks[i + 1] == "of" for i, t in enumerate(toks[:-1])):
        return "org"  # "Bank of Thailand", "Ministry of Finance"
    if len(toks) == 1:
        if name in v["not_names"]:
            return "anon"
        if name.isupper() or re.search(r"[a-z][A-Z]", name):  # HSBC, BitMining
            return "org"
        return "name" if role else "surname"
    if name in v["places"]:
        return "org"
    return "name"


def parse_subject(subj: str, pos: int) -> dict[str, Any] | None:
    """Speaker dict ``{speaker, role, org, ref, pos}`` for a subject phrase, or None when
    the phrase is no source (empty, the journalist, too long to be a subject)."""
    out = _parse_subject(subj)
    return dict(out, pos=pos) if out is not None else None


#: Head nouns of data citations: "LSEG data", "data compiled by Bloomberg", "a Reuters
#: survey", "a review of SEC filings by Reuters", "the company’s own monthly filings".
_DATA_SOURCE = re.compile(r"\b(?:data|figures|statistics|stats|survey|surveys|poll|polls|filings?|records|"
                          r"calculations|tally|review|estimates|database|documents|disclosures)\b")


#: Letters after a name ("Elizabeth Hoge, MD, said"): no apposition, no name.
_CREDENTIAL = re.compile(r"(?:M\.?D|Ph\.?D|R\.?N|R\.?D|D\.?O|CPA|CFA|Esq|Jr|Sr|MBA|MPH|MSc|MS|MA|BSc|DDS|DVM|LCSW|"
                         r"RDN|CDN|FACP|FAAP|II|III)\.?")


@lru_cache(maxsize=4096)
def _parse_subject(subj: str) -> dict[str, Any] | None:
    v = _v()
    pos = 0
    s = subj.strip(" ,;:\u2014-")
    s = re.sub(r"\s+(?:also|further|then|later|previously|recently|once|again|publicly|has|have|had|"
               r"would|will|long|has long|had long|on|earlier|separately|likewise|only|just)$", "", s)
    s = re.sub(r"\s+(?:also|further|has|have|had|long)$", "", s).strip(" ,")
    if not s or MASK in s or OPEN in s:
        return None
    low = s.lower()
    if low in v["narrator"] or re.search(r"\b(?:reporters?|journalists?|correspondents?)$", low) \
            or re.match(r"(?:the|this|our)\s+(?:reporter|newspaper|publication|paper)\b", low):
        return None
    if _DATA_SOURCE.search(" ".join(low.split()[:6])):
        return None  # "according to LSEG data", "a Reuters survey": a data citation, not a source
    parts = [p.strip() for p in s.split(",") if p.strip()]
    parts = [p for p in parts if not re.match(
        r"(?i)(?:who|which|whose|speaking|asking|citing|in|on|during|via|by|according|when|while|"
        r"as|after|before|if|not|adding|writing|and)\b", p) and not _CREDENTIAL.fullmatch(p)]
    if not parts or len(s.split()) > 24:
        return None
    out: dict[str, Any] = {"role": None, "org": None, "pos": pos}
    first = parts[0].lower()
    if first in _PRONOUNS and len(parts) == 1:
        return {**out, "speaker": parts[0], "ref": "pronoun"}
    if first in ("they", "their") and len(parts) == 1:
        return {**out, "speaker": "they", "ref": "they"}  # a group or a company: see resolve
    if first in _ORG_PRONOUNS and len(parts) == 1:
        return {**out, "speaker": "the company", "ref": "orgref"}
    namey = [i for i, p in enumerate(parts) if _is_namey(p) and p.lower() not in _PRONOUNS]
    # "The CEO of Litecoin Mining Pool, Jiang Zhuoer": the titled part is the apposition
    plain = [i for i in namey if not _looks_like_apposition(p := parts[i]) and " of " not in p]
    name_idx = (plain or namey or [None])[0]
    descriptor = False
    if name_idx is not None and len(parts) > 1:
        name = parts[name_idx]
        for i, p in enumerate(parts):
            if i != name_idx:
                role, org = _split_role_org(p)
                if role or org:
                    out["role"], out["org"] = role, org
                    break
                descriptor = descriptor or _strip_article(p).split()[0].lower() in v["org_nouns"]
    else:
        p = parts[0]
        m = _cap_run_at_end(p)
        before = p[:m.start()].strip() if m else p
        prev_word = before.split()[-1].lower() if before.split() else ""
        if m and prev_word not in _PREPS and prev_word not in _DETS | {"a", "an"} \
                and not (prev_word and before.split()[-1][0].isupper()):
            name = m.group(0)
            role, org, descriptor = _role_before(before)
            out["role"], out["org"] = role, org
        elif m and prev_word in _DETS and not before.strip().lower() in _DETS:
            name = None
        elif m and before.strip().lower() in _DETS:
            name = m.group(0)  # "The European Central Bank"
        else:
            name = None
        if name is None:
            words = p.split()
            head = words[0].lower()
            role, org = _split_role_org(p)
            if len(parts) > 1:
                r2, o2 = _split_role_org(parts[1])
                role, org = role or r2, org or o2
            # an anonymous source has a role only when its head noun is one: "a spokesman for HSBC"
            if role and role.lower().split()[-1] not in v["role_heads"]:
                role = None
            out["role"], out["org"] = role, org
            if head in _DETS:
                noun = re.split(r"\s+(?:of|at|in|for|from|with|close|familiar)\b", p)[0].split()[-1].lower()
                if noun in v["org_nouns"] or " ".join(p.lower().split()[-2:]) in v["org_nouns"]:
                    return {**out, "speaker": p, "ref": "orgref"}
                return {**out, "speaker": p, "ref": "ref"}
            if len(words) == 1 and p[0].isupper() and p not in v["not_names"]:
                name = p
            else:
                return {**out, "speaker": p, "ref": "anon"}
    name = _drop_honorific(name, out)
    if name.lower().startswith("the "):
        name = name[4:]
    toks = name.split()
    if not toks:
        return None
    for k in (3, 2, 1):
        if len(toks) > k and " ".join(toks[:k]).lower() in v["role_set"] and toks[k][0].isupper():
            out["role"] = out["role"] or " ".join(toks[:k])
            name = " ".join(toks[k:])
            break
    else:
        split = _org_role_name(toks)
        if split:
            org, role, name = split
            out["role"], out["org"] = out["role"] or role, out["org"] or org
    if name.lower() in _PRONOUNS:
        return {**out, "speaker": name, "ref": "pronoun"}
    out["ref"] = classify_name(name, out["role"], descriptor)
    out["speaker"] = name
    return out


@lru_cache(maxsize=None)
def title_words() -> frozenset[str]:
    """Words that title a name and are no part of it: roles, honorifics, "Gov", "Sen"."""
    v = _v()
    extra = {"gov", "sen", "rep", "gen", "col", "lt", "capt", "sgt", "det", "insp", "supt", "pres", "atty",
             "police", "county", "state", "city", "u.s.", "former", "late", "acting", "interim", "deputy", "tester"}
    return frozenset(v["role_words"] | v["honor_bare"] | extra | {w.capitalize().lower() for w in v["role_words"]})


def _drop_honorific(name: str, out: dict[str, Any]) -> str:
    """"Dr. Jane Smith" -> "Jane Smith" (role "Dr."); "Mrs. Wu" stays whole (the name would
    be a bare surname); a lone honorific is no name ("")."""
    toks = name.split()
    if not toks or toks[0].lower().rstrip(".") not in _v()["honor_bare"]:
        return name
    if len(toks) == 1:
        return ""
    if len(toks) == 2:
        return name
    out["role"] = out["role"] or toks[0]
    return " ".join(toks[1:])


def _org_role_name(toks: list[str]) -> tuple[str, str, str] | None:
    """``Federal Reserve Chair Jerome Powell`` -> ``("Federal Reserve", "Chair",
    "Jerome Powell")``: a capitalized title between an organization and a two- or
    three-word name (wire style), or None."""
    v = _v()
    for n in (2, 3):
        for k in (3, 2, 1):  # the longest title: "Chief Executive", not "Executive"
            j, rest = len(toks) - n - k, toks[len(toks) - n:]
            if j < 1 or " ".join(toks[j:j + k]).lower() not in v["role_set"]:
                continue
            if rest[-1] in v["org_suffixes"] or not all(t[:1].isupper() for t in rest):
                continue
            org = " ".join(toks[:j])
            org = org[:-2] if org.endswith("’s") else org
            if org.split()[-1] in _CONNECT or org in v["not_names"]:
                continue
            return org, " ".join(toks[j:j + k]), " ".join(rest)
    return None


# --- attribution inside one sentence -----------------------------------------------

def _negated(prefix: str) -> bool:
    words = prefix.lower().split()
    # "did not say", "declined to say", "never said": the word right before the cue decides
    return bool(words) and (words[-1] in _NEGATORS or words[-1].endswith("n’t"))


def _leading_np(s: str) -> str:
    v = _v()
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
    return " ".join(out)


#: "a report titled “...”": a quoted document title, not speech and not a claim
_TITLE_BEFORE = re.compile(r"(?<![\w’])(?:titled|entitled|headlined|dubbed)\s*$")
_TITLED = re.compile(r"(?<![\w’])(?:titled|entitled|headlined|dubbed)\s+" + OPEN + "[^" + CLOSE + "]*" + CLOSE + ",?")
#: a non-restrictive relative clause closed by a comma ("X, who has run the firm since 2016, said")
_RELATIVE = re.compile(r",\s+(?:who|whose|which)\b[^,]*,")


def subject_before(prefix: str, cue: str) -> str:
    """The subject phrase of a cue from the sentence text before it."""
    v = _v()
    # a quoted title is part of the narrative: "The strategists, in a note titled “...”, recommended"
    prefix = _TITLED.sub(" ", prefix)
    if CLOSE in prefix:
        prefix = prefix[prefix.rfind(CLOSE) + 1:]
    s = prefix.strip().lstrip(",;:\u2014- ").strip()
    # a closed relative clause between subject and cue: "Three delegates, who declined to be
    # named because they are not authorized ..., told Reuters" -> "Three delegates"
    s = _RELATIVE.sub("", s).strip()
    for _ in range(4):
        m = re.match(r"^([^,]+),\s+(.+)$", s)
        if not m:
            break
        first = m.group(1).split()[0].lower()
        if first in v["openers"] and not re.match(r"(?i)(?:in the (?:view|opinion) of|according to)", m.group(1)):
            s = m.group(2)
        else:
            break
    if cue == "saying" or re.search(r"\s(?:and|but)$", s):
        return _leading_np(s)
    m = None
    for m in re.finditer(r"\b(?:after|before|while|when|where|because|since|although|though|whereas|but|if|"
                         r"(?<!such )as|so)\s+", s):
        pass
    if m is not None and s[m.end():].strip():
        s = s[m.end():]
    return s.strip()


def _skip_object(rest: str) -> str:
    """Drop the object of "told" (``the Securities Daily reporter``, ``Reuters``)."""
    m = re.match(r"^\s+(?:(?:the|a|an|our|this|local|state)\s+)?(?:" + _CAP_TOKEN + r"\s+)*"
                 r"(?:reporters?|journalists?|jurors|investors|analysts|lawmakers|court|media|"
                 + _CAP_TOKEN + r")(?:\s+(?:of|from|at)\s+(?:the\s+)?(?:" + _CAP_TOKEN + r"\s*)+)?", rest)
    return rest[m.end():] if m else rest


_TIME = re.compile(r"^\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
                   r"last\s+(?:week|month|year)|earlier|later|previously|recently|yesterday|today|"
                   r"this\s+week|also|publicly|separately)\b")
_CLAUSE_START_BAD = re.compile(r"^(?:on|in|at|by|to|for|with|from|during|after|before|via|over|through|"
                               r"about|into|last|earlier|later|publicly|previously|recently|nothing|"
                               r"anything|so|as|and|but|or|(?:goodbye|hello|yes|no)(?=\s*(?:to\b|[,.;!]|$)))\b", re.I)


def clause_after(cue: str, rest: str) -> int | None:
    """Local start (in ``rest``) of the reported clause after a cue, or None."""
    v = _v()
    if cue in v["partial_only"]:
        return None
    if OPEN in rest:
        # "said in a report titled “...” that ...": the title is narrative (same length kept)
        rest = _TITLED.sub(lambda t: " " * len(t.group(0)), rest)
    m = re.search(r"(?<![\w’])that\s+", rest[:100])
    if m and OPEN not in rest[:m.start()] and MASK not in rest[:m.start()] \
            and len(rest[:m.start()].split()) <= 12 and "," not in rest[:m.start()]:
        return m.end()
    if cue not in v["bare"]:
        return None
    r = rest
    if cue in ("told", "tells"):
        r = _skip_object(r)
    for _ in range(2):
        t = _TIME.match(r)
        if t:
            r = r[t.end():]
    if r[:1] == ",":
        return None
    stripped = r.lstrip()
    if not stripped or stripped[0] in (OPEN, MASK, ":") or _CLAUSE_START_BAD.match(stripped):
        return None
    if len(stripped.split()) < 3:
        return None
    return len(rest) - len(stripped)


def clause_end(masked: str, start: int, end: int, text: str) -> int:
    """End of a reported clause: the sentence end, less the final stop and less a
    trailing ``, “...”`` quotation that stands as its own claim."""
    e = end
    while e > start and masked[e - 1] in " .!?;":
        e -= 1
    if e > start and masked[e - 1] == CLOSE:
        o = masked.rfind(OPEN, start, e)
        if o > start and re.search(r"[,:]\s*$", masked[start:o]):
            e = o
            while e > start and masked[e - 1] in " ,:":
                e -= 1
    return e


_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|would|will|could|should|may|might|can|"
                          r"did|does|do|must)\b")


def _apposition_subject(text: str) -> bool:
    """Whether ``text`` ends with ``<NP>, <Name>`` or ``<Name>, <role ...>``: the subject
    of a cue that follows, set off by commas ("Acme’s chief executive, Ruth Amadi,")."""
    parts = [x.strip() for x in text.split(",")]
    if len(parts) < 2 or not parts[-1] or not parts[-2]:
        return False
    last, prev = parts[-1], parts[-2]
    return (_is_namey(last) and len(last.split()) <= 4 and (_looks_like_apposition(prev) or _is_namey(prev))) \
        or (_is_namey(prev) and len(prev.split()) <= 4 and _looks_like_apposition(last))


_CUELESS_HINTS = ("according", "reported by", "view", "opinion", "eyes")
_FRONT_ACCORDING = re.compile(r"(?i)(according to|as reported by|in the (?:view|opinion|eyes) of)\s+([^,]+),\s*")
_FRONT_VIEW = re.compile(r"(?i)in\s+([^,]{1,60}?)(?:’s?)?\s+(?:view|opinion|eyes),\s*")
_TO_COMMA = re.compile(r"([^,]+),\s*")
_OPENER = re.compile(r"([^,]+),\s+")
_BACK_ACCORDING = re.compile(r",\s+according to\s+([^,.]+(?:,\s*[^,.]+)?)(?=[,.]|$)")


def attribute_sentence(masked: str, s: int, e: int, consumed: set[int]) -> dict[str, Any] | None:
    """The attribution of one sentence (local offsets in a masked paragraph).

    Returns ``{speaker: dict, cue, cue_at, clause: (start, end) | None}`` or None.
    ``consumed`` holds cue offsets already used by a direct quotation's attribution;
    such a sentence yields nothing here.
    """
    v = _v()
    sent = masked[s:e]
    cue_hits = list(v["cue_rx"].finditer(sent))
    if any(s + m.start() in consumed for m in cue_hits):
        return None
    if not cue_hits:
        # most sentences attribute nothing: every rule below needs a cue or one of these
        low = sent.lower()
        if not any(w in low for w in _CUELESS_HINTS):
            return None
    # "According to X, <clause>" / "In the view of X, <clause>", after fronted adverbials
    body = sent
    off = 0
    for _ in range(3):
        lead = len(body) - len(body.lstrip())
        m = _FRONT_ACCORDING.match(body, lead)
        m2 = _FRONT_VIEW.match(body, lead)
        if m or m2:
            mm = m or m2
            spk_text = mm.group(2) if m else mm.group(1)
            cue = mm.group(1).lower() if m else "in the view of"
            tail_start = mm.end()
            # an apposition after the name: "In the view of Yan Yuejin, research director at X, ..."
            m3 = _TO_COMMA.match(body[tail_start:])
            if m3 and _looks_like_apposition(m3.group(1)):
                spk_text += ", " + m3.group(1)
                tail_start += m3.end()
            spk_text = re.sub(r"^(?:his|her|their)$", lambda x: {"his": "he", "her": "she"}.get(x.group(0), "they"),
                              spk_text.strip())
            spk = parse_subject(spk_text, s + off + lead)
            if spk is None:
                return None
            cs = s + off + tail_start
            return {"speaker": spk, "cue": cue, "cue_at": s + off + lead,
                    "clause": (cs, clause_end(masked, cs, e, masked))}
        m = _OPENER.match(body)
        if m and m.group(1).split() and m.group(1).split()[0].lower() in v["openers"]:
            off += m.end()
            body = body[m.end():]
            continue
        break
    # "<clause>, according to X[, ...]."
    m = _BACK_ACCORDING.search(sent)
    if m and OPEN not in sent[:m.start()].strip()[:1]:
        spk_text = m.group(1)
        first, _, second = spk_text.partition(",")
        if second and not _looks_like_apposition(second.strip()):
            spk_text = first
        spk = parse_subject(spk_text, s + m.start(1))
        if spk and sent[:m.start()].strip() and sent.lstrip()[:1] not in (OPEN,):
            cs = s + len(sent) - len(sent.lstrip())
            return {"speaker": spk, "cue": "according to", "cue_at": s + m.start(),
                    "clause": (cs, clause_end(masked, cs, s + m.start(), masked))}
    # "<clause>, X said[ on Monday][, asking ...]."  /  "<clause>, said X."
    for m in reversed(cue_hits):
        before, after = sent[:m.start()], sent[m.end():]
        comma = before.rfind(",")
        if comma < 0 or OPEN in before[comma:] or MASK in before[:comma].strip()[:1]:
            continue
        tail_ok = re.fullmatch(r"(?:\s+(?:on|in|at|by|during|via|over|through|to|from|last|this|earlier|later|"
                               r"yesterday|today|previously|recently|publicly|also)(?:\s+[^,.\s\ue000\u201c]+){0,5})?"
                               r"\s*(?:,\s+(?:[a-z]+ing|in|who|according)\b.*)?[.!?]?\s*", after)
        subj = before[comma + 1:]
        inverted = not subj.strip()
        chained = False
        if inverted and tail_ok:
            # "<clause>, Gareth Pryce, chief executive of X, one of the largest ..., said"
            k = _apposed_name_start(before[:comma])
            if k is not None:
                comma, subj, inverted, chained = k - 1, before[k:comma], False, True
        if inverted:
            # "..., said the people, who asked not to be identified because ...": the
            # relative clause after the inverted subject is no part of it
            mi = re.fullmatch(r"\s+([^.,]+?)(?:,\s+(?:who|whose|which)\b[^.]*)?\s*[.!?]?\s*", after)
            if mi is None:
                mi = re.fullmatch(r"\s+([^.]+?)\s*[.!?]?\s*", after)
            if not mi or m.group(1) not in v["inverted"] \
                    or not re.match(r"(?:[A-Z]|(?:a|an|the|one|two|three|several)\s)", mi.group(1)) \
                    or re.match(r"(?:It|They|He|She|We|That|This)\b", mi.group(1)) \
                    or _FINITE_VERB.search(mi.group(1)) or _apposition_subject(before[:comma]):
                continue  # "Acme’s chief, Ruth Amadi, said the lender had ...": not inverted
            subj, tail_ok = mi.group(1), True
        long_subj = len(subj.split()) > 8 and not (inverted and len(subj.split(",")[0].split()) <= 5)
        if not tail_ok or (long_subj and not chained) or _negated(before):
            continue
        if before[:comma].lstrip()[:1] in (OPEN,):
            continue
        spk = parse_subject(subj, s + (m.end() if inverted else comma + 1))
        if spk is None:
            continue
        cs = s + len(sent) - len(sent.lstrip())
        return {"speaker": spk, "cue": m.group(1), "cue_at": s + m.start(),
                "clause": (cs, clause_end(masked, cs, s + comma, masked))}
        break
    # "X <cue> [complement] [that] <clause>"
    fallback: dict[str, Any] | None = None
    for m in cue_hits:
        before = sent[:m.start()]
        if _negated(before):
            continue
        subj = subject_before(before, m.group(1))
        if not subj:
            continue
        spk = parse_subject(subj, s + m.start() - len(before) + before.find(subj) if subj in before else s + m.start())
        if spk is None:
            if re.search(r"\b(?:reporters?|journalists?|newspaper|publication)\b", subj.lower()):
                return None  # the journalist's own narration
            continue
        rest = sent[m.end():]
        k = clause_after(m.group(1), rest)
        clause = None
        if k is not None:
            cs = s + m.end() + k
            ce = clause_end(masked, cs, e, masked)
            inner = masked[cs:ce].strip()
            if inner and not (inner[0] == OPEN and inner.endswith(CLOSE) and inner.count(OPEN) == 1):
                clause = (cs, ce)
        att = {"speaker": spk, "cue": m.group(1), "cue_at": s + m.start(), "clause": clause}
        if clause is not None:
            return att
        # "Halvern Foods Inc. reported profit ..., saying <clause>": a cue without a clause
        # gives way to a later cue of the same sentence that has one
        fallback = fallback or att
    return fallback


def _apposed_name_start(text: str) -> int | None:
    """Where the name starts in ``text`` ending ``, <Name>, <apposition>[, <apposition>]``
    (the subject of a cue right after it, set off by commas), or None.  The name needs a
    clause before it: ``<clause>, <Name>, <role ...>, said``."""
    cut = len(text)
    appositions = 0
    while appositions < 3:
        k = text.rfind(",", 0, cut)
        if k < 0:
            return None
        part = text[k + 1:cut].strip()
        if appositions and _is_namey(part) and len(part.split()) <= 4 and not _looks_like_apposition(part):
            return k + 1 if text[:k].strip() else None
        if not (_looks_like_apposition(part) or re.match(r"(?:a|an|the|one of)\s", part)) or MASK in part:
            return None
        appositions += 1
        cut = k
    return None


def _looks_like_apposition(part: str) -> bool:
    v = _v()
    words = [w.lower().strip(",") for w in _strip_article(part).split()[:5]]
    if re.match(r"^(?:the\s+)?" + _CAP_TOKEN + r"’s\s", part.strip()):
        return True
    return any(w in v["role_heads"] or w in v["role_set"] for w in words)


def _l_attribution(left: str) -> tuple[dict[str, Any], str, int, bool] | None:
    """Attribution standing before a quotation: ``X said, `` / ``X said on Weibo that ``.

    Returns ``(speaker, cue, cue offset in left, ends_with_that)``.
    """
    v = _v()
    stripped = left.rstrip()
    if not stripped:
        return None
    ends_that = bool(re.search(r"(?<![\w’])that$", stripped))
    if not (stripped[-1] in ",:" or ends_that):
        hits = list(v["cue_rx"].finditer(stripped))
        if not hits or hits[-1].end() != len(stripped):
            return None
        # "proposed “...” in a meeting": a bare cue is direct only if the quote ends the sentence
        ends_that = True
    hits = list(v["cue_rx"].finditer(stripped))
    if not hits:
        return None
    m = hits[-1]
    comp = stripped[m.end():].rstrip(",:").strip()
    if ends_that:
        comp = comp[:-4].strip()
    if len(comp.split()) > 12 or re.search(r"[.!?]\s", comp):
        return None
    before = stripped[:m.start()]
    if _negated(before):
        return None
    subj = subject_before(before, m.group(1))
    spk = parse_subject(subj, m.start())
    if spk is None:
        return None
    return spk, m.group(1), m.start(), ends_that


def _r_attribution(right: str) -> tuple[dict[str, Any], str, int, int | None] | None:
    """Attribution standing after a quotation: ``, X said.`` / ``, said X, role.`` /
    ``X told the reporter that <clause>``.  Returns ``(speaker, cue, cue offset,
    clause offset or None)`` in ``right``."""
    v = _v()
    m = re.match(r"^\s*,?\s*", right)
    lead = m.end() if m else 0
    r = right[lead:]
    mi = v["inverted_rx"].match(r)
    if mi:
        subj = mi.group(2)
        if subj.split()[-1].lower() in _ABBREV_ENDING and r.rstrip().endswith("."):
            subj += "."  # the stop of "Redfern & Co." is the name's, and the sentence's
        subj = re.split(r",\s+(?:in|on|during|according|speaking|adding|who|when)\b", subj)[0]
        spk = parse_subject(subj, lead + mi.start(2))
        if spk is None and subj.count(",") >= 2:
            # a long apposition after the name: the name and its first apposition suffice
            spk = parse_subject(",".join(subj.split(",")[:2]), lead + mi.start(2))
        if spk:
            return spk, mi.group(1), lead, None
    hits = list(v["cue_rx"].finditer(r))
    for h in hits:
        subj = r[:h.start()]
        if not subj.strip() or OPEN in subj or len(subj.split()) > 24:
            return None
        if _negated(subj):
            return None
        subj = subject_before(subj, h.group(1))
        spk = parse_subject(subj, lead)
        if spk is None:
            return None
        k = clause_after(h.group(1), r[h.end():])
        clause = None
        if k is not None and re.match(r"(?<![\w’])that\s", r[h.end():][max(0, k - 5):k] + " "):
            clause = lead + h.end() + k
        elif k is not None and h.group(1) not in ("said", "says", "told", "added"):
            clause = None
        return spk, h.group(1), lead + h.start(), clause
    return None


# --- the paragraph walk ------------------------------------------------------------

#: A wire dateline opening a paragraph: ``WASHINGTON, March 4 (Reuters) - ``,
#: ``BANGKOK, Oct 16 - ``, ``HONG KONG (Reuters) — ``.  A place in capitals, an optional
#: date and agency, a dash.
_DATELINE = re.compile(r"[A-Z][A-Z.’-]+(?:[ /][A-Z][A-Z.’-]+)*(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
                       r"(?:\s+\([A-Z][\w .&-]*\))?\s+[-\u2013\u2014]{1,2}\s+")

def extract(blocks: list[dict[str, str]], offsets: list[int], quotes: list[Quote],
            body: str) -> tuple[list[dict[str, Any]], list[tuple[int, dict[str, Any]]], list[tuple[int, dict[str, Any]]]]:
    """Claims of an English article, before resolution, plus the narrative's person and
    organization mentions used as antecedents: ``(claims, persons, orgs)``."""
    claims: list[dict[str, Any]] = []
    by_para: dict[int, list[Quote]] = {}
    for q in quotes:
        for p, _s, _e in q.pieces:
            by_para.setdefault(p, []).append(q)
    masks: dict[int, str] = {}
    persons: list[tuple[int, dict[str, Any]]] = []
    orgs: list[tuple[int, dict[str, Any]]] = []
    last_direct: dict[str, Any] | None = None
    last_direct_para = -2
    for i, block in enumerate(blocks):
        if block.get("kind") != "paragraph":
            continue
        text, base = block["text"], offsets[i]
        pq = by_para.get(i, [])
        masked = mask_paragraph(text, base, pq, i)
        d = _DATELINE.match(masked)
        if d:
            # the dateline is no part of any sentence: blank it so that no subject, clause
            # or antecedent starts in it ("WASHINGTON, March 4 (Reuters) - X said")
            masked = " " * d.end() + masked[d.end():]
        masks[i] = masked
        spans, hard = sentences(text, masked)
        consumed: set[int] = set()
        opened_here = [q for q in pq if q.para == i]
        for qi, q in enumerate(opened_here):
            o = q.open_at - base
            ss = max(a for a, _b in spans if a <= o)
            prev_close = max((p.close_at - base for p in opened_here[:qi]
                              if p.close_at is not None and p.last_para == i), default=-1)
            left = masked[max(ss, prev_close + 1):o]
            right_soft = right_hard = ""
            r0 = 0
            if q.close_at is not None:
                j = q.last_para
                mj = masks[j] if j in masks else masked
                if j != i:
                    mj = mask_paragraph(blocks[j]["text"], offsets[j], by_para.get(j, []), j)
                c = q.close_at - offsets[j]
                jspans, jhard = (spans, hard) if j == i else sentences(blocks[j]["text"], mj)
                hard_end = min((h for h in jhard if h > c), default=len(mj))
                soft_end = min((b for _a, b in jspans if b > c), default=len(mj))
                nxt = mj.find(OPEN, c + 1)
                right_hard = mj[c + 1:hard_end]
                right_soft = mj[c + 1:min(soft_end, nxt) if nxt >= 0 else soft_end]
                r0 = offsets[j] + c + 1
            content = body[q.start:q.end].rstrip()
            ends_sentence = content[-1:] in ".!?" if content else False
            spk = cue = None
            la = _l_attribution(left) if left.strip() else None
            if la:
                s_, cue_, at, ends_that = la
                if not ends_that or right_soft.strip() in ("", ".", "!", "?"):
                    l0 = max(ss, prev_close + 1)
                    spk, cue = dict(s_, pos=base + l0 + at), cue_
                    consumed.add(l0 + at)
            if spk is None and not left.strip(" ,") and q.close_at is not None:
                ra = _r_attribution(right_hard)
                if ra:
                    s_, cue, at, clause_at = ra
                    spk = dict(s_, pos=r0 + at)
                    j = q.last_para
                    if j == i:
                        consumed.add(r0 - base + at)
                    if clause_at is not None:
                        mj = masked if j == i else mask_paragraph(blocks[j]["text"], offsets[j], by_para.get(j, []), j)
                        cs = r0 + clause_at - offsets[j]
                        ce = clause_end(mj, cs, r0 - offsets[j] + len(right_hard), mj)
                        claims.append(make_claim("indirect", spk, cue, offsets[j] + cs, offsets[j] + ce, j, body))
            if spk is None and o == 0 and not left.strip():
                prev = i - 1
                if prev >= 0 and blocks[prev].get("kind") == "paragraph" and prev in masks:
                    if masks[prev].rstrip().endswith(":"):
                        pspans, _h = sentences(blocks[prev]["text"], masks[prev])
                        ps = pspans[-1][0]
                        la = _l_attribution(masks[prev][ps:])
                        if la:
                            spk, cue = dict(la[0], pos=offsets[prev] + ps + la[2]), la[1]
                    if spk is None and last_direct is not None and last_direct_para == prev \
                            and ends_sentence and not right_soft.strip(" .,"):
                        spk, cue = last_direct["speaker"], last_direct["cue"]
            if spk is None and not left.strip() and last_direct is not None and last_direct_para == i \
                    and ends_sentence and not right_soft.strip(" .,"):
                spk, cue = last_direct["speaker"], last_direct["cue"]
            kind = "direct"
            if spk is None and _TITLE_BEFORE.search(left):
                continue  # a quoted title: “...” after "a report titled" is no claim
            if spk is None and left.strip():
                # embedded quotation: partial inside an attributed sentence
                a_, b_ = next((a, b) for a, b in spans if a <= o < b)
                att = attribute_sentence(masked, a_, b_, set())
                if att and (att["cue_at"] < o or att["cue"] == "according to"):
                    words = len(body[q.start:q.end].split())
                    if left.rstrip().endswith(",") and ends_sentence and not right_soft.strip(" ."):
                        kind = "direct"
                    elif words >= 3:
                        kind = "partial"
                    else:
                        att = None
                    if att:
                        spk, cue = dict(att["speaker"], pos=base + att["cue_at"]), att["cue"]
            if spk is None:
                continue
            claims.append(make_claim(kind, spk, cue, q.start, q.end, q.para, body))
            if kind == "direct":
                last_direct = {"speaker": spk, "cue": cue}
                last_direct_para = q.last_para
        # reported speech, one attribution per sentence
        for a, b in spans:
            att = attribute_sentence(masked, a, b, consumed)
            if not att or att["clause"] is None:
                continue
            cs, ce = att["clause"]
            if ce - cs < 3:
                continue
            spk = dict(att["speaker"], pos=base + att["cue_at"])
            claims.append(make_claim("indirect", spk, att["cue"], base + cs, base + ce, i, body))
    # antecedents from the narrative are only needed when something refers back
    if any(c["_ref"] in ("pronoun", "orgref", "surname", "they") for c in claims):
        for i, masked in masks.items():
            _narrative_mentions(masked, offsets[i], persons, orgs)
    return claims, persons, orgs


_NARRATIVE_NAME = re.compile(r"(?<![\w’])((?:[A-Z][\w’.&+-]*|[a-z][\w-]*)\s+)?(" + _CAP_TOKEN
                             + r"(?:\s+(?:(?:of|and|for|the|&)\s+)*" + _CAP_TOKEN + r")*)")


_DESCRIBED_AS = re.compile(r"(?:,\s+|\s+(?:is|was|has been|had been)\s+)(?:(?:a|an|the)\s+)?([^,.;:\ue000“”]{2,60})")


def _narrative_mentions(masked: str, base: int, persons: list, orgs: list) -> None:
    """Titled names ("Commissioner Hester Peirce") and sentence-subject organizations
    in the narrative, as antecedents for pronouns and "the company"."""
    v = _v()
    for m in _NARRATIVE_NAME.finditer(masked):
        name = m.group(2)
        if name.startswith("The "):
            name = name[4:]
        toks = name.split()
        if not toks or toks[0] in v["not_names"] and len(toks) == 1:
            continue
        lead = (m.group(1) or "").strip()
        pos = base + m.start(2)
        if lead[:1].isupper() and lead not in v["not_names"] and lead.lower() not in v["role_set"] \
                and lead.lower().rstrip(".") not in v["honor_bare"]:
            # the optional leading word took a first name: "Dana Whitcombe" at a sentence start
            name, lead, pos = lead + " " + name, "", base + m.start(1)
            toks = name.split()
        titled = _org_role_name(toks) if len(toks) > 3 else None
        if titled:
            # "Federal Reserve Chair Jerome Powell" in the narrative
            persons.append((pos, {"speaker": titled[2], "role": titled[1], "org": titled[0], "ref": "name"}))
            continue
        described = None
        if len(toks) in (2, 3) and toks[-1] not in v["org_suffixes"] and name not in v["places"] \
                and name not in v["orgs"]:
            # "Dana Whitcombe, an economist at Norland Partners," / "X is a partner at Y"
            d = _DESCRIBED_AS.match(masked, m.end(2))
            if d and any(w in v["role_heads"] for w in d.group(1).lower().split()):
                described = d.group(1)
        if lead.lower() in v["role_set"] or lead.lower().rstrip(".") in v["honor_bare"] or described \
                or (len(toks) in (2, 3) and (toks[0] in v["given"] or toks[0] in v["pinyin"])
                    and toks[-1] not in v["org_suffixes"]):
            if toks[0] in v["not_names"]:
                toks = toks[1:]
            if len(toks) >= 2:
                role, org = _split_role_org(described) if described else (None, None)
                persons.append((pos, {"speaker": " ".join(toks),
                                      "role": lead if lead.lower() in v["role_set"] else role,
                                      "org": org, "ref": "name"}))
        elif toks[-1] in v["org_suffixes"] or name in v["orgs"] or lead.lower() in v["org_nouns"]:
            orgs.append((pos, {"speaker": name, "role": None, "org": None, "ref": "org"}))
