"""English speakers: a subject phrase before or after a cue becomes a speaker dict
``{speaker, role, org, ref}`` (names, organizations, titles, appositions, anonymous
sources, pronouns)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pipelines.attribution_common import MASK, OPEN, vocab
from pipelines.en_words import _A_REPORTER, _CAP_TOKEN, _CONNECT, _DETS, _ORG_PRONOUNS, _PREPS, _PRONOUNS, _v
from pipelines.en_words import _ING, _LEADING_AND, _REPORTER_END, _THE_PAPER, _TRAILING_AUX, _TRAILING_SELF

# --- speakers ----------------------------------------------------------------------

def _cap_run_at_end(s: str) -> re.Match[str] | None:
    return _CAP_RUN_END.search(s)


# (the patterns built from _CAP_TOKEN are compiled once: built in the call, they fell
# out of re's cache under the cleaning stages' patterns and were compiled again)
_CAP_RUN_END = re.compile(_CAP_TOKEN + r"(?:\s+(?:(?:of|and|for|the|&|de)\s+)*" + _CAP_TOKEN + r")*$")
_ORG_POSSESSIVE = re.compile(r"^(?:the\s+)?(" + _CAP_TOKEN + r"(?:\s+" + _CAP_TOKEN + r")*)’s?\s+(.+)$")
_ROLE_AT_ORG = re.compile(r"^(.*?)\s+(?:at|of|for|with|from)\s+(?:the\s+)?(" + _CAP_TOKEN
                          + r"(?:\s+(?:(?:of|and|for|the|&)\s+)*" + _CAP_TOKEN + r")*)")
_POSSESSIVE_LEAD = re.compile(r"^(?:the\s+)?" + _CAP_TOKEN + r"’s\s")


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
    m = _ORG_POSSESSIVE.match(s)
    if m and not m.group(1).lower() in _DETS:
        return _strip_article(m.group(2)) or None, m.group(1)
    m = _ROLE_AT_ORG.match(s)
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


_SURNAME_PREFIX = re.compile(r"(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Van|Von)[A-Z][a-z]")
#: Head nouns that stand as a subject with no determiner ("Senior management said").
_CONJUNCTIONS = frozenset("but and or so yet then also still now meanwhile however instead thus".split())
_BARE_HEADS = frozenset("management staff leadership police security government research".split())


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
        if name.isupper() or (re.search(r"[a-z][A-Z]", name) and not _SURNAME_PREFIX.match(name)):
            return "org"  # HSBC, BitMining; not McLaughlin, MacLeod, DeSantis
        return "name" if role else "surname"
    if name in v["places"]:
        return "org"
    return "name"


def parse_subject(subj: str, pos: int) -> dict[str, Any] | None:
    """Speaker dict ``{speaker, role, org, ref, pos}`` for a subject phrase, or None when it is no source
    (empty, the journalist, too long).  A reporter in the story is a description: never the "she" who answers."""
    out = _parse_subject(subj)
    out = dict(out, ref="ref") if out is not None and _A_REPORTER.match(out["speaker"].lower()) else out
    return dict(out, pos=pos) if out is not None else None


#: Head nouns of data citations: "LSEG data", "data compiled by Bloomberg", "a Reuters
#: survey", "a review of SEC filings by Reuters", "the company’s own monthly filings".
_DATA_SOURCE = re.compile(r"\b(?:data|figures|statistics|stats|survey|surveys|poll|polls|filings?|records|"
                          r"calculations|tally|review|estimates|database|documents|disclosures)\b")


#: Letters after a name ("Elizabeth Hoge, MD, said"): no apposition, no name.
_CREDENTIAL = re.compile(r"(?:M\.?D|Ph\.?D|R\.?N|R\.?D|D\.?O|CPA|CFA|Esq|Jr|Sr|MBA|MPH|MSc|MS|MA|BSc|DDS|DVM|LCSW|"
                         r"RDN|CDN|FACP|FAAP|II|III)\.?")


_QUANTIFIERS = frozenset("a an one two three four five several some many most few another each every both all "
                         "his her their its our my your other no".split())
_TRAILING_ADVERB = re.compile(r"\s+(?:also|further|then|later|previously|recently|once|again|publicly|has|have|had|"
                              r"would|will|long|has long|had long|on|earlier|separately|likewise|only|just)$")
_NOT_PART = re.compile(r"(?i)(?:who|which|whose|speaking|asking|citing|in|on|during|via|by|according|when|while|"
                       r"as|after|before|if|not|adding|writing|and)\b")


@lru_cache(maxsize=4096)
def _parse_subject(subj: str) -> dict[str, Any] | None:
    s = _trimmed_subject(subj)
    if s is None:
        return None
    parts = [p.strip() for p in s.split(",") if p.strip()]
    parts = [p for p in parts if not _NOT_PART.match(p) and not _CREDENTIAL.fullmatch(p)
             and not (len(parts) > 1 and p in _v()["places"])]
    if not parts or len(s.split()) > 24:
        return None
    out: dict[str, Any] = {"role": None, "org": None, "pos": 0}
    first = parts[0].lower()
    if len(parts) == 1 and first in _PRONOUNS:
        return {**out, "speaker": parts[0], "ref": "pronoun"}
    if len(parts) == 1 and first in ("they", "their"):
        return {**out, "speaker": "they", "ref": "they"}  # a group or a company: see resolve
    if len(parts) == 1 and first in _ORG_PRONOUNS:
        return {**out, "speaker": "the company", "written": parts[0], "ref": "orgref"}
    namey = [i for i, p in enumerate(parts) if _is_namey(p) and p.lower() not in _PRONOUNS]
    if namey and len(parts) > 1:
        name, descriptor = _name_in_parts(parts, namey, out)
    else:
        found = _name_in_phrase(parts, out)
        if isinstance(found, dict):
            return found or None
        name, descriptor = found
    return _named(name, out, descriptor)


def _trimmed_subject(subj: str) -> str | None:
    """The subject phrase without trailing adverbs and auxiliaries, or None when it is
    no source (the journalist, a data citation, a quotation)."""
    v = _v()
    s = subj.strip(" ,;:\u2014-")
    s = _TRAILING_ADVERB.sub("", s)
    s = _TRAILING_AUX.sub("", s).strip(" ,")
    s = _TRAILING_SELF.sub("", s)  # "As Vale himself noted"
    s = _LEADING_AND.sub("", s)  # "And Harry said", "As X told me": not the subject
    if not s or MASK in s or OPEN in s or s.endswith(("’s", "'s")) or _ING.fullmatch(s):
        return None  # (a possessive is no subject: "the state’s confirmed caseload")
    low = s.lower()
    if (low in v["narrator"] or _REPORTER_END.search(low) or _THE_PAPER.match(low)) \
            and not _A_REPORTER.match(low):  # ("a reporter asked X, “...?”": someone in the story)
        return None
    if _DATA_SOURCE.search(" ".join(low.split()[:6])):
        return None  # "according to LSEG data", "a Reuters survey": a data citation, not a source
    return s


def _name_in_parts(parts: list[str], namey: list[int], out: dict[str, Any]) -> tuple[str, bool]:
    """The name among comma-separated parts, its role and org from the others: "Ruth
    Amadi, chief executive of Acme" / "The CEO of Litecoin Mining Pool, Jiang Zhuoer"
    (the titled part is the apposition)."""
    v = _v()
    plain = [i for i in namey if not _looks_like_apposition(p := parts[i]) and " of " not in p]
    name_idx = (plain or namey)[0]
    descriptor = False
    for i, p in enumerate(parts):
        if i != name_idx:
            role, org = _split_role_org(p)
            if role or org:
                out["role"], out["org"] = role, org
                break
            descriptor = descriptor or _strip_article(p).split()[0].lower() in v["org_nouns"]
    return parts[name_idx], descriptor


def _name_in_phrase(parts: list[str], out: dict[str, Any]) -> dict[str, Any] | tuple[str, bool]:
    """The name ending the first part ("JPMorgan analyst Jane Doe", "The European
    Central Bank") as ``(name, is-org-descriptor)``, or the speaker dict of an anonymous
    source or a description ("a spokesman for HSBC", "the company")."""
    v = _v()
    p = parts[0]
    m = _cap_run_at_end(p)
    before = p[:m.start()].strip() if m else p
    prev_word = before.split()[-1].lower() if before.split() else ""
    if m and prev_word not in _PREPS and prev_word not in _DETS | {"a", "an"} \
            and not (prev_word and before.split()[-1][0].isupper()):
        role, org, descriptor = _role_before(before)
        out["role"], out["org"] = role, org
        return m.group(0), descriptor
    if m and before.strip().lower() in _DETS:
        if _is_role_title(m.group(0)):  # "the Conservative MP": a description of someone named
            return {**out, "speaker": p, "ref": "ref"}
        return m.group(0), False  # "The European Central Bank"
    words = p.split()
    role, org = _split_role_org(p)
    if len(parts) > 1:
        r2, o2 = _split_role_org(parts[1])
        role, org = role or r2, org or o2
    # an anonymous source has a role only when its head noun is one: "a spokesman for HSBC"
    if role and role.lower().split()[-1] not in v["role_heads"]:
        role = None
    out["role"], out["org"] = role, org
    if words[0].lower() in _DETS:
        noun = re.split(r"\s+(?:of|at|in|for|from|with|close|familiar)\b", p)[0].split()[-1].lower()
        if len(words) > 2 and words[1][:1].isupper() and words[-1].islower():
            noun = words[-1]  # "The Ministry of Labour complaint": a complaint, not a ministry
        if noun in v["org_nouns"] or " ".join(p.lower().split()[-2:]) in v["org_nouns"]:
            return {**out, "speaker": p, "ref": "orgref"}
        return {**out, "speaker": p, "ref": "ref"}
    if len(words) == 1 and p[0].isupper() and p not in v["not_names"]:
        return p, False
    if _bare_singular(words):
        return {}  # "Polarized radio signals ...": a noun phrase, the cue a noun
    return {**out, "speaker": p, "ref": "anon"}


def _is_role_title(run: str) -> bool:
    v = _v()
    toks = run.split()
    return len(toks) <= 4 and toks[-1] not in v["org_suffixes"] and (
        toks[-1].lower() in v["role_heads"] or toks[-1].lower() in vocab("en")["person_nouns"])


def _bare_singular(words: list[str]) -> bool:
    """A sentence-opening adjective and a lower-case singular head, with no determiner
    or number, is no subject ("Polarized radio" before the noun "signals"); plurals
    are ("Foreign analysts said")."""
    head = words[-1]
    if len(words) not in (2, 3) or not words[0][:1].isupper() or not all(w.isalpha() and w.islower() for w in words[1:]) \
            or head.endswith("s") or head in _BARE_HEADS or head in _PRONOUNS or head in _ORG_PRONOUNS \
            or words[0].lower() in _CONJUNCTIONS:
        return False
    first = words[0].lower()
    return first not in _DETS and first not in _QUANTIFIERS and not first.isdigit() \
        and first.rstrip(".") not in _v()["honor_bare"] and head not in _v()["role_words"]


def _named(name: str, out: dict[str, Any], descriptor: bool) -> dict[str, Any] | None:
    """The speaker dict of a name: honorifics and titles before it go to the role
    ("Dr. Jane Smith", "Federal Reserve Chair Jerome Powell")."""
    v = _v()
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
    name = _name_of_org(name, out)
    pm = _POSSESSOR.fullmatch(name)
    if pm and pm.group(2).split()[0].lower() not in v["role_words"] and pm.group(2).split()[0] not in v["not_names"]:
        # "Vermont’s Tarrant", "Adelaide’s Quillon": the possessor is where they work, not them
        out["org"] = out["org"] or pm.group(1)
        name = pm.group(2)
    if name.lower() in _PRONOUNS:
        return {**out, "speaker": name, "ref": "pronoun"}
    out["ref"] = classify_name(name, out["role"], descriptor)
    out["speaker"] = name
    return out


_POSSESSOR = re.compile(r"((?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)[’']s\s+((?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*)")


def _name_of_org(name: str, out: dict[str, Any]) -> str:
    """``"Supervisor Ana Whitcomb of Marlow County"`` -> ``"Ana Whitcomb"``, the title
    to the role and what follows "of" to the org; organizations ("Federal Reserve Bank of
    New York", "University of Chicago") stay whole."""
    v = _v()
    left, sep, right = name.partition(" of ")
    toks = left.split()
    if not sep or not 2 <= len(toks) <= 4 or not right[:1].isupper() or toks[-1] in v["org_suffixes"] \
            or toks[-1] in v["org_of_heads"] or not all(t[:1].isupper() for t in toks):
        return name
    if toks[0] not in v["given"]:
        if len(toks) < 3:
            return name
        out["role"] = out["role"] or toks[0]
        toks = toks[1:]
    out["org"] = out["org"] or right
    return " ".join(toks)


@lru_cache(maxsize=None)
def title_words() -> frozenset[str]:
    """Words that title a name and are no part of it: roles, honorifics, "Gov", "Sen"."""
    v = _v()
    extra = {"gov", "sen", "rep", "gen", "col", "lt", "capt", "sgt", "det", "insp", "supt", "pres", "atty",
             "police", "county", "state", "city", "u.s.", "former", "late", "acting", "interim", "deputy", "tester",
             "detective", "sergeant", "lieutenant", "captain", "officer", "trooper", "coach", "nurse", "pastor",
             "rabbi", "father", "sister", "brother", "uncle", "aunt", "now", "then", "here", "also", "even"}
    return frozenset(v["role_words"] | v["honor_bare"] | extra | v["rank_titles"] | {w.lower() for w in v["role_words"]})


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


_NAME_PARTICLES = frozenset("de van von da del der di du la le bin al".split())


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
            if rest[-1] in v["org_suffixes"] or not rest[-1][:1].isupper() \
                    or not all(t[:1].isupper() or t in _NAME_PARTICLES for t in rest):  # "Bill de Blasio"
                continue
            org = " ".join(toks[:j])
            org = org[:-2] if org.endswith("’s") else org
            if org.split()[-1] in _CONNECT or org in v["not_names"]:
                continue
            return org, " ".join(toks[j:j + k]), " ".join(rest)
    return None




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
    if _POSSESSIVE_LEAD.match(part.strip()):
        return True
    return any(w in v["role_heads"] or w in v["role_set"] for w in words)


