"""English attribution inside one sentence: the subject before a cue, the reported
clause after it, "according to X", "<clause>, X said" and "<clause>, said X, role"."""

from __future__ import annotations

import re
from typing import Any

from pipelines import en_reading
from pipelines.attribution_common import CLOSE, MASK, OPEN
from pipelines.en_subjects import _LAST_PRONOUN, _leading_np, _negated, front_clause_end  # noqa: F401 - re-exported
from pipelines.en_speakers import _apposed_name_start, _is_namey, _looks_like_apposition, parse_subject
from pipelines.en_words import _CAP_TOKEN, _NEW_SUBJECT, _TOLD_OBJECT, _v

# --- attribution inside one sentence -----------------------------------------------

#: "a report titled “...”": a quoted document title, not speech and not a claim
_TITLE_BEFORE = re.compile(r"(?<![\w’])(?:titled|entitled|headlined|dubbed):?\s*$")  # ("a paper titled: “...”")
_TITLED = re.compile(r"(?<![\w’])(?:titled|entitled|headlined|dubbed):?\s+" + OPEN + "[^" + CLOSE + "]*" + CLOSE + ",?")
#: a non-restrictive relative clause closed by a comma ("X, who has run the firm since 2016, said")
_RELATIVE = re.compile(r",\s+(?:who|whose|which)\b[^,]*,")


_TOWN_END = re.compile(r"\b(?:in|at|from|near|outside)\s+" + _CAP_TOKEN + r"(?:\s+" + _CAP_TOKEN + r")?$")
_STATE_AFTER_TOWN = re.compile(_CAP_TOKEN + r"(?:\s+" + _CAP_TOKEN + r")?,\s+(?=\S)")


def bare_left(left: str) -> bool:
    """Nothing before the quotation stops an attribution after it: no words, a fronted
    adverbial ("Still, “...,” notes X"), or narration that introduces it with a colon
    ("X weighs in on what to avoid: “...,” she says")."""
    words = left.strip(" ,")
    if not words or left.rstrip().endswith(":"):
        return True
    toks = words.split()
    return left.rstrip().endswith(",") and len(toks) <= 3 and toks[0].lower() in _v()["openers"] \
        and not _v()["cue_rx"].search(words)


#: A fronted participle phrase ("Recalling her past hardships, she said"): a lower-case
#: word after the -ing word, so a name ("Fleming, a lawyer, said", "Kessling Bank’s
#: chief executive, X, said") is none.
_PARTICIPLE_PHRASE = re.compile(r"^\s*[A-Z]?[a-z]{3,}ing\s+[a-z]")


def subject_before(prefix: str, cue: str) -> str:
    """The subject phrase of a cue from the sentence text before it."""
    v = _v()
    # a quoted title is part of the narrative: "The strategists, in a note titled “...”, recommended"
    prefix = _TITLED.sub(" ", prefix)
    if CLOSE in prefix:
        # "X took the podium to caution against a “...” plan, adding:": a participle's
        # subject opens the sentence, before the quotation
        lead = _leading_np(prefix.strip()) if cue.endswith("ing") and prefix.strip()[:1] != OPEN else ""
        if lead:
            return lead
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
        if en_reading.as_name_subject(m.group(1), m.group(2)):
            s = en_reading.as_name_subject(m.group(1), m.group(2))  # type: ignore[assignment]
            break
        if (first in v["openers"] or _PARTICIPLE_PHRASE.match(m.group(1))) and not re.match(r"(?i)(?:in the (?:view|opinion) of|according to)", m.group(1)):
            s = m.group(2)
            # "Speaking in Dayton, Ohio, Mayor X said": the state after the town is the opener's
            t = _STATE_AFTER_TOWN.match(s) if _TOWN_END.search(m.group(1)) else None
            s = s[t.end():] if t else s
        else:
            break
    if cue.endswith("ing") or re.search(r"\s(?:and|but)(?:\s+(?:then|later|also|[a-z]+ly))*$", s):
        return _leading_np(s)
    m = None
    for m in re.finditer(r"\b(?:[Aa]fter|[Bb]efore|[Ww]hile|[Ww]hen|where|[Bb]ecause|[Ss]ince|[Aa]lthough|[Tt]hough|whereas|but|if|"
                         r"(?<!such )as|so|which|whom|that(?=\s+(?:he|she|they)\s*$))\s+", s):  # ("in which X said")
        pass
    if re.search(r"(?:^|[\s:;])(?:[Ii]f|[Uu]nless)\s[^,]*$", s):
        return ""  # a condition is no attribution: "If your mechanic suggests you come in more often"
    if m is not None and s[m.end():].strip():
        s = s[m.end():]
    p = _LAST_PRONOUN.search(s)  # "Later he", "Speaking in French he": the pronoun speaks
    return p.group(1) if p else s.strip()



def _skip_object(rest: str) -> str:
    """Drop the object of "told" (``the Securities Daily reporter``, ``Reuters``)."""
    m = _TOLD_OBJECT.match(rest)
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
    e = next((b.start() for h in _v()["cue_rx"].finditer(masked, start, end)  # ", but critics argued ...":
              if (b := _NEW_SUBJECT.search(masked, start, h.start()))), end)  # another speaker's statement
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
_BACK_ACCORDING = re.compile(r"[,\u201d]\s+according to\s+([^,.]+(?:,\s*[^,.]+)?)(?=[,.]|$)")


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
    front = _front_according(masked, s, e)
    if front is not None:
        return front or None
    return _back_according(masked, s, e) or _comma_cue(masked, s, e, cue_hits) or _subject_cue(masked, s, e, cue_hits)


def _front_according(masked: str, s: int, e: int) -> dict[str, Any] | None:
    """"According to X, <clause>" / "In the view of X, <clause>", after fronted
    adverbials.  ``{}`` when the sentence has that form but no speaker (no other rule
    then applies), None when it has not."""
    v = _v()
    body = masked[s:e]
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
                return {}
            cs = s + off + tail_start
            return {"speaker": spk, "cue": cue, "cue_at": s + off + lead,
                    "clause": (cs, clause_end(masked, cs, e, masked))}
        m = _OPENER.match(body)
        if m and m.group(1).split() and m.group(1).split()[0].lower() in v["openers"]:
            off += m.end()
            body = body[m.end():]
            continue
        break
    return None


def _back_according(masked: str, s: int, e: int) -> dict[str, Any] | None:
    """"<clause>, according to X[, ...]."."""
    sent = masked[s:e]
    m = _BACK_ACCORDING.search(sent)
    if not m or OPEN in sent[:m.start()].strip()[:1]:
        return None
    spk_text = m.group(1)
    first, _, second = spk_text.partition(",")
    if second and not _looks_like_apposition(second.strip()):
        spk_text = first
    spk = parse_subject(spk_text, s + m.start(1))
    if spk and sent[:m.start()].strip() and sent.lstrip()[:1] not in (OPEN,):
        cs = s + len(sent) - len(sent.lstrip())
        # (“...,” according to X: the comma is inside the closing mark, which ends the clause)
        ce = s + m.start() + 1 if sent[m.start()] == CLOSE else clause_end(masked, cs, s + m.start(), masked)
        return {"speaker": spk, "cue": "according to", "cue_at": s + m.start(), "clause": (cs, ce)}
    return None


_TAIL_OK = re.compile(r"(?:\s+(?:on|in|at|by|during|via|over|through|to|from|last|this|earlier|later|"
                      r"yesterday|today|previously|recently|publicly|also|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
                      r"(?:\s+[^,.\s\ue000\u201c]+){0,5})?"
                      r"\s*(?:,\s+(?:[a-z]+ing|in|who|according|with)\b.*)?[.!?]?\s*")


_ASIDE_TAIL = re.compile(r"\s*[,:]\s+(?![a-z]+ing\b|in\b|who\b|according\b|with\b|(?:but|and)\s+(?:also\s+)?(?:[a-z]+ed|"
                         r"said|says|told|tells|adds|notes|warns|went|wrote|writes)\b)[a-z\u201c\ue000].*")


def _comma_cue(masked: str, s: int, e: int, cue_hits: list[re.Match[str]]) -> dict[str, Any] | None:
    """"<clause>, X said[ on Monday][, asking ...]."  /  "<clause>, said X."."""
    sent = masked[s:e]
    for m in reversed(cue_hits):
        before, after = sent[:m.start()], sent[m.end():]
        comma = before.rfind(",")
        close = before.rfind(CLOSE)
        o = before.rfind(OPEN, 0, close)
        if close > comma and OPEN not in before[close:] and before[:close].lstrip()[:1] != OPEN \
                and not before[:o].rstrip().endswith(":"):
            # "the reality was “the reverse,” X said": the comma is inside the closing mark
            comma = close
        if comma < 0 or OPEN in before[comma:] or MASK in before[:comma].strip()[:1]:
            continue
        tail_ok = bool(_TAIL_OK.fullmatch(after))
        subj = before[comma + 1:]
        inverted = not subj.strip()
        # "Those signs, he says, will go up": one clause around its attribution
        aside = not tail_ok and not inverted and len(subj.split()) <= 4 and bool(_ASIDE_TAIL.fullmatch(after))
        tail_ok = tail_ok or aside
        chained = False
        if inverted and tail_ok:
            # "<clause>, Gareth Pryce, chief executive of X, one of the largest ..., said"
            k = _apposed_name_start(before[:comma])
            if k is not None:
                comma, subj, inverted, chained = k - 1, before[k:comma], False, True
        if inverted:
            subj = _inverted_subject(m.group(1), before[:comma], after)
            if subj is None:
                continue
            tail_ok = True
        long_subj = len(subj.split()) > 8 and not (inverted and len(subj.split(",")[0].split()) <= 5)
        if not tail_ok or (long_subj and not chained) or _negated(before):
            continue
        if before[:comma].lstrip()[:1] in (OPEN,) and not QUOTE_THEN_VERB.match(before[:comma].lstrip()):
            continue
        spk = parse_subject(subj, s + (m.end() if inverted else comma + 1))
        if spk is None:
            continue
        cs = s + len(sent) - len(sent.lstrip())
        ce = s + comma + 1 if before[comma] == CLOSE else clause_end(masked, cs, e if aside else s + comma, masked)
        return {"speaker": spk, "cue": m.group(1), "cue_at": s + m.start(), "clause": (cs, ce)}
    return None


#: A quotation that is the subject of a clause ("“Hydrate” was his favourite word, X said"):
#: the sentence is a reported clause holding quoted words, not a quotation attributed.
QUOTE_THEN_VERB = re.compile(OPEN + "[^" + CLOSE + "]*" + CLOSE + r"\s+(?:is|was|are|were|has|had|will|would)\s")


def _inverted_subject(cue: str, clause: str, after: str) -> str | None:
    """The subject after an inverted cue ("..., said the people, who asked not to be
    identified because ...": the relative clause is no part of it), or None when the
    words after the cue are no subject ("Acme’s chief, Ruth Amadi, said the lender had")."""
    mi = re.fullmatch(r"\s+([^.,]+?)(?:,\s+(?:who|whose|which)\b[^.]*)?\s*[.!?]?\s*", after)
    if mi is None:
        mi = re.fullmatch(r"\s+([^.]+?)\s*[.!?]?\s*", after)
    if not mi or cue not in _v()["inverted"] \
            or not re.match(r"(?:[A-Z]|(?:a|an|the|one|two|three|several)\s)", mi.group(1)) \
            or re.match(r"(?:It|They|He|She|We|That|This)\b", mi.group(1)) \
            or _FINITE_VERB.search(mi.group(1)) or _apposition_subject(clause):
        return None
    return mi.group(1)


#: Gerunds that are speech after a preposition too ("closed by describing X as “...”"),
#: unlike "boost it by adding"
_SPEECH_GERUNDS = frozenset({"saying", "describing", "telling", "stating", "arguing", "claiming", "insisting", "warning"})
_PREP_BEFORE = re.compile(r"(?<![\w’])(?:by|of|for|in|on|after|before|while|from|about|with)\s*$")


def _subject_cue(masked: str, s: int, e: int, cue_hits: list[re.Match[str]]) -> dict[str, Any] | None:
    """"X <cue> [complement] [that] <clause>"; a cue without a clause gives way to a later
    cue of the same sentence that has one ("Halvern Foods Inc. reported profit ...,
    saying <clause>")."""
    sent = masked[s:e]
    fallback: dict[str, Any] | None = None
    for m in cue_hits:
        before = sent[:m.start()]
        if _negated(before) or (m.group(1).endswith("ing") and m.group(1) not in _SPEECH_GERUNDS and _PREP_BEFORE.search(before)):
            continue  # "did not say"; "boost it by adding": a gerund after a preposition is no cue
        subj = subject_before(before, m.group(1))
        if not subj:
            continue
        spk = parse_subject(subj, s + m.start() - len(before) + before.find(subj) if subj in before else s + m.start())
        if spk is None:
            if re.search(r"\b(?:reporters?|journalists?|newspaper|publication)\b", subj.lower()):
                return None  # the journalist's own narration
            continue
        k = clause_after(m.group(1), sent[m.end():])
        clause = None
        if k is not None:
            cs = s + m.end() + k
            ce = clause_end(masked, cs, front_clause_end(masked, s, s + m.start(), e) or e, masked)
            inner = masked[cs:ce].strip()
            if inner and not (inner[0] == OPEN and inner.endswith(CLOSE) and inner.count(OPEN) == 1):
                clause = (cs, ce)
        att = {"speaker": spk, "cue": m.group(1), "cue_at": s + m.start(), "clause": clause}
        if clause is not None:
            return att
        fallback = fallback or att
    return fallback
