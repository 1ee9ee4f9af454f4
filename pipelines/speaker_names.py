"""Speakers as written and as meant, by name: the pass between attribution and
resolution that keeps speaker strings names (:func:`clean_speaker`), the mentions of
speakers in the body used as antecedents (:func:`speaker_mentions`), the gender the
article gives each person (:func:`genders`), and the fullest name of each person
speaker (:func:`fullest_names`).  Chinese speakers pass :func:`clean_speaker` untouched."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Any

from pipelines.attribution_common import vocab
from pipelines.en_name_words import is_lead_word, strip_lead, strip_possessive
from pipelines.en_name_words import words as name_words

# --- speakers as written --------------------------------------------------------------

#: A transcript speaker tag left in front of a name ("MARTINEZ-BELTRAN: Cantwell").
_TAG_PREFIX = re.compile(r"^(?:[A-Z][A-Z.’'\- ]+|[^\s:：]{1,20}|(?:[A-Z][\w’'.&-]*\s+){1,3}[A-Z][\w’'.&-]*)[:：]\s*")
_RELATIVE = re.compile(r"(?:,\s*|\s+)(?:who|whose|which|where)\b.*$|,\s*(?:speaking|asking|citing)\b.*$")
_FIRST_PERSON = re.compile(r"^(?:i|i’d|i'd|i’m|i'm|we|me|us|my|our)$", re.I)
_TAIL_START = re.compile(r"^(?:[A-Z]|(?:a|an|the|this|that|his|her|its|their|one|two|three|some|many)\s)")
_LEADING_JUNK = re.compile(
    r"^(?:(?:but|and|or|so|yet|then|also|still|now|meanwhile|however|instead|to|for|as|while|when|"
    r"after|before|because|though|although|if|since|with|by|from|in|on|at|of|about|into|over|"
    r"under|honestly|indeed|finally|separately|later|earlier|today|yesterday)\b[,\s]+)+", re.I)
#: A verb inside a "speaker" means the subject search ran into a clause.
_CLAUSE_VERB = re.compile(
    r"\b(?:said|says|say|told|tells|is|are|was|were|has|have|had|will|would|could|should|can|did|does|"
    r"kept|keeps|added|asked|called|noted)\b")
_PRONOUN = re.compile(r"\b(he|she|they|it|we)\b", re.I)


_CJK = re.compile(r"[\u3400-\u9fff]")


def clean_speaker(spk: dict[str, Any]) -> dict[str, Any] | None:
    """A speaker dict whose name is a name, not a clause fragment: a transcript tag, a
    leading conjunction or preposition and a clause before the real subject are cut
    (``"But Kennedy"`` -> ``"Kennedy"``; ``"X said ... a pattern she"`` -> ``"she"``).
    None when nothing name-like is left."""
    name = spk.get("speaker") or ""
    if _CJK.search(name) or spk.get("ref") == "pronoun":
        return spk
    new = _TAG_PREFIX.sub("", name, count=1) if ":" in name else name
    new = _RELATIVE.sub("", new)
    new = _LEADING_JUNK.sub("", new + " ").strip(" ,")
    new = _TRAILING_IN.sub("", _TRAILING_TIME.sub("", new))
    ref = spk.get("ref")
    if _LEAD_CLAUSE.match(new):
        # "Asked why she", "Recalling her past hardships": a participle clause, not a subject
        last = new.split()[-1]
        if last.lower() in ("he", "she", "they"):
            new, ref = last, ("they" if last.lower() == "they" else "pronoun")
    verbs = list(_CLAUSE_VERB.finditer(new))
    if verbs:
        tail = new[verbs[-1].end():].strip(" ,")
        pron = [p for p in _PRONOUN.finditer(tail) if p.end() == len(tail)]
        if pron:
            new, ref = pron[-1].group(1), ("they" if pron[-1].group(1).lower() == "they" else "pronoun")
        elif tail and len(tail.split()) <= 6 and _TAIL_START.match(tail):
            new = _LEADING_JUNK.sub("", tail + " ").strip(" ,")
        else:
            return None
    rel = _RELATIVE_PRONOUN.search(new)
    if rel:  # "robots built from cubes that he": the subject of the relative clause
        new, ref = rel.group(1), ("they" if rel.group(1).lower() == "they" else "pronoun")
    new = _cut_after_name(new)
    if new[:1].isupper() and ref != "org":
        new = strip_possessive(strip_lead(new))  # "Analysts Ann Lee" / "Ann Lee’s" -> "Ann Lee"
    if not new or not re.search(r"\w", new) or _FIRST_PERSON.match(new.split()[0]) or _NO_SPEAKER.match(new):
        return None
    if ref not in ("pronoun", "they") and " " not in new and new[:1].isupper() and new != name:
        ref = "surname"  # "MARTINEZ-BELTRAN: Cantwell" -> "Cantwell", a short form to resolve
    if new == name:
        return spk
    if new.lower() in ("he", "she", "they"):
        ref = "they" if new.lower() == "they" else "pronoun"  # "But she" -> "she"
    if ref in ("pronoun", "they"):
        return dict(spk, speaker=new.lower() if ref == "they" else new, written=new, ref=ref)
    if ref in ("name", "surname", "org") and new[:1].islower():
        ref = "anon"
    elif ref == "anon" and re.fullmatch(r"(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'.-]*", new) \
            and new.split()[0].lower() not in _NOT_NAME_HEADS:
        ref = "name"  # "Mr. Ruano last week" was a phrase; "Mr. Ruano" is a name
    return dict(spk, speaker=new, written=new, ref=ref)


_RELATIVE_PRONOUN = re.compile(r"(?:^|\s)(?:that|whom?|which|what)\s+(he|she|they)$", re.I)
#: A participle or preposition opening a clause before the subject ("Asked why she").
_LEAD_CLAUSE = re.compile(r"^(?:[A-Z][a-z]+ing|Asked|Told|Despite|Apart|Unlike|Like|Given|Amid|Regarding)\s")
#: A time phrase or "that" left after the subject ("Mr. Ruano last week", "Microsoft on Thursday").
_TRAILING_TIME = re.compile(r"(?<=\w)\s+(?:(?:last|this|next|earlier this|later this)\s+(?:week|month|year|"
                            r"morning|afternoon|evening|weekend|spring|summer|fall|autumn|winter)|"
                            r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
                            r"yesterday|today|tonight|that)$")
#: The document a speaker said it in ("the court in its ruling", "Acme in a statement").
_TRAILING_IN = re.compile(r"(?<=\w)\s+in\s+(?:its|his|her|their|a|an|the)\s+(?:\w+\s+)?(?:ruling|statement|"
                          r"report|letter|filing|decision|opinion|interview|post|note|email|speech|order)$")
_NOT_ADVERB = frozenset("family ally daily weekly monthly quarterly yearly italy july rally belly jelly".split())
_NO_SPEAKER = re.compile(r"^(?:(?:it’s|it's|that’s|that's|there’s|there's|here’s|here's)\b.*"
                         r"|this|that|these|those|there|here|a|an|the|it)$", re.I)
_NAME_THEN_LOWER = re.compile(r"^((?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*)\s+([a-z][\w’'-]*)\b")
_NOT_NAME_HEADS = frozenset("the a an this that these those it it’s it's several another some many most few one "
                            "two three four five other all both each every people analysts officials experts "
                            "traders investors economists critics residents".split())
_NAME_LINKS = frozenset("of at for from with and de da del der van von la le du bin al el y".split())


@lru_cache(maxsize=None)
def _role_words() -> frozenset[str]:
    return frozenset(w for r in vocab("en")["roles"] for w in r.split()) | {"source", "member", "person", "people"}


def _cut_after_name(name: str) -> str:
    """``"Mellor agrees"`` -> ``"Mellor"``, ``"Pitt of his role"`` -> ``"Pitt"``: a name
    followed by a verb or by "of his/her ..." ends at the name."""
    m = _NAME_THEN_LOWER.match(name)
    if m is None:
        return name
    head, word = m.group(1), m.group(2)
    if head.split()[0].lower() in _NOT_NAME_HEADS or len(head.split()) > 3 or "." in head[:-1]:
        return name
    if word.rstrip("s") in _role_words() or word in ("familiar", "close", "who"):
        return name
    if word.endswith("ly") and len(word) > 4 and word not in _NOT_ADVERB:
        return head  # "Dion adamantly"
    if word not in _NAME_LINKS and (word.endswith(("s", "ed")) and not word.endswith("ss")
                                    or word in ("took", "gave", "made", "put", "kept", "went", "told")):
        return head
    if word == "of" and re.match(r"\s*(?:his|her|their|its|the\s+[a-z])", name[m.end():]):
        return head
    return name


def clean_speakers(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """:func:`clean_speaker` on raw claims (before resolution); claims left with no
    speaker are dropped."""
    out = []
    for c in claims:
        spk = clean_speaker({"speaker": c["speaker"], "ref": c["_ref"]})
        if spk is None:
            continue
        if spk["speaker"] != c["speaker"]:
            c = dict(c, speaker=spk["speaker"], speaker_text=spk["written"], _ref=spk["ref"])
        out.append(c)
    return out


# --- antecedents ----------------------------------------------------------------------

_CAP = r"[A-Z][\w’'.-]*"
_NOT_FIRST = frozenset("The A An In On At As But And Or If So Then This That These Those When While After Before "
                       "Like With From For By Of To Mr Mrs Ms Dr Said Says".split())


def speaker_mentions(claims: list[dict[str, Any]], body: str, titles: frozenset[str] = frozenset(),
                     quoted: list[tuple[int, int]] = ()) -> list[tuple[int, dict[str, Any]]]:
    """Every mention in ``body`` of a person who speaks somewhere in the article, as
    ``(position, speaker dict)`` antecedents for pronouns and surnames: the full names
    of named speakers, and the full name a lone surname speaker ("Cantwell") is
    introduced with ("her friend, Travis Cantwell, a plumber").  Mentions inside the
    ``quoted`` spans (quotation contents) are no antecedents: a name a speaker says is
    not who "he" is in the attribution after it."""
    names = {c["speaker"] for c in claims if c["_ref"] == "name" and " " in c["speaker"]
             and not re.search(r"[\u3400-\u9fff]", c["speaker"])}
    surnames = {c["speaker"] for c in claims if c["_ref"] == "surname" and c["speaker"][:1].isupper()
                and " " not in c["speaker"]}
    if surnames:
        for _pos, words in _cap_runs(body):
            for i, w in enumerate(words):
                core = w.rstrip(".,:;")
                if i and core in surnames:
                    first = _given_words(words[max(0, i - 2):i], _not_given() | titles)
                    if first:
                        names.add(" ".join(first) + " " + core)
                        surnames.discard(core)
    out = []
    for name in names:
        k = body.find(name)
        while k >= 0:
            end = k + len(name)
            if (k == 0 or not body[k - 1].isalnum()) and (end >= len(body) or not body[end].isalnum()) \
                    and not _inside(quoted, k) and not _LISTENER.search(body, max(0, k - 30), k):
                out.append((k, {"speaker": name, "role": None, "org": None, "ref": "name"}))
            k = body.find(name, end)
    return out


#: After these, the one spoken to ("Ann told Bea that"): no antecedent of the next he/she.
_LISTENER = re.compile(r"(?<!according )\b(?:told|tells|asked|asks|to|with|by)\s+$")


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    i = bisect.bisect_right(spans, (at, len(spans) and 1 << 60)) - 1
    return i >= 0 and spans[i][0] <= at < spans[i][1]


# (the first word outside the repeat: sre then skips on [A-Z], where a leading
# (?:...){0,5} was entered at every position, two thirds of the scan; same matches)
#: Capitalized words on one line (a name never runs over a paragraph break).
_CAP_RUN = re.compile(r"[A-Z][\w’'.-]*(?:[^\S\n]+(?:(?:" + "|".join(sorted(name_words()["particles"], key=len, reverse=True))
                      + r")[^\S\n]+){0,2}[A-Z][\w’'.-]*){0,5}")


@lru_cache(maxsize=None)
def _not_given() -> frozenset[str]:
    """Capitalized words that open sentences or title people, never a first name."""
    return frozenset(w.lower() for w in vocab("en")["not_names"]) | frozenset(
        "now then here there today still yet also even only just so later earlier instead".split())


def _cap_runs(body: str) -> list[tuple[int, list[str]]]:
    """Runs of capitalized words, ``(offset, words)``, each word without a trailing comma
    or colon kept as the stop :func:`_given_words` looks for."""
    return [(m.start(), m.group(0).split()) for m in _CAP_RUN.finditer(body)]


def fullest_names(claims: list[dict[str, Any]], body: str, *, titles: frozenset[str]) -> None:
    """Each person speaker by the fullest name the article gives it (in place):
    ``"McEnaney"``, ``"Mr Shapps"``, ``"Gov. Inslee"`` -> ``"Ryan McEnaney"``, ``"Grant
    Shapps"``, ``"Jay Inslee"``.  A leading title word (``titles``: roles, honorifics)
    is no part of a name: ``"Detective Alvaro Zabaleta"`` -> ``"Alvaro Zabaleta"``.
    The title dropped from a name goes to ``speaker_role`` when that is empty."""
    cache: dict[tuple[str, str], str] = {}
    runs: list[tuple[int, list[str]]] | None = None
    for c in claims:
        spk = c["speaker"]
        if spk and spk[:1].isupper() and c.get("_ref") != "org":
            # a person is never a possessive nor "Both"/"Analysts" ("Ann Lee’s" -> "Ann Lee")
            spk = c["speaker"] = strip_possessive(strip_lead(spk))
        if c.get("_ref") == "org" and re.fullmatch(r"[A-Z][a-z]+", spk or ""):
            # a one-word "organization" the article names in full ("Walter" -> "Walter A. Reed")
            runs = _cap_runs(body) if runs is None else runs
            full = _fullest(spk, runs, titles)  # "Cruz" named in full "Maria de la Cruz": a person
            c["speaker"] = full if set(full.split()) & name_words()["particles"] else \
                _first_name_to_full(spk, runs, titles) or spk
            continue
        if c.get("_ref") not in ("name", "surname") or not spk \
                or not (spk[:1].isupper() or spk.split()[0] in name_words()["particles"]) \
                or spk.rstrip("s").lower() in _role_words() or len(spk.split()) > 6 \
                or not re.fullmatch(r"[A-Za-z][\w’'.\- ]*", spk):
            continue
        key = (spk, c.get("speaker_role") or "")
        if key not in cache:
            runs = _cap_runs(body) if runs is None else runs
            # the speaker's own title is no first name ("Supervisor Ana Whitcomb")
            tw = titles | frozenset(key[1].lower().split())
            pair = _PAIR.fullmatch(spk)  # "Quillon and Tarrant": each by the fullest name
            cache[key] = (_fullest(pair.group(1), runs, tw) + " and " + _fullest(pair.group(2), runs, tw)
                          if pair else _fullest(spk, runs, tw))
        full = cache[key]
        if full != spk:
            dropped = spk.split()[0] if spk.split()[0].lower().rstrip(".") in titles else None
            c["speaker"] = full
            if dropped and not c.get("speaker_role"):
                c["speaker_role"] = dropped


_PAIR = re.compile(r"([A-Z][\w’'-]+) and ([A-Z][\w’'-]+)")


def _given_words(words: list[str], titles: frozenset[str]) -> list[str]:
    """The name words right before a surname: back to a title, a sentence word or the
    end of the previous sentence ("Law Firm. Ding" gives nothing)."""
    kept: list[str] = []
    for w in reversed(words):
        if w.lower().rstrip(".") in titles or w in _NOT_FIRST or w.endswith((",", ":", "’s", "'s")) \
                or (w.endswith(".") and len(w) > 2) or is_lead_word(w, bool(kept)):
            break
        kept.insert(0, w)
    return kept


def _fullest(spk: str, runs: list[tuple[int, list[str]]], titles: frozenset[str]) -> str:
    toks = spk.split()
    titled = [j for j, t in enumerate(toks[:-1]) if t.lower().rstrip(".") in titles]
    if titled:  # "Miami-Dade Police Detective Alvaro Zabaleta": the name follows the last title
        toks = toks[titled[-1] + 1:]
    last = toks[-1]
    if len(toks) > 1 and toks[0] in name_words()["particles"]:
        return _particle_full(toks, runs, titles)
    if len(toks) > 2 or not last[:1].isupper():
        return " ".join(toks)
    best = " ".join(toks)
    for _pos, words in runs:
        for i, w in enumerate(words):
            if not i or w.rstrip(".,:;’'s") != last and w != last:
                continue
            if w != last and strip_possessive(w.rstrip(",.:;")) != last:
                continue
            kept = _given_words(words[max(0, i - 3):i], titles)
            if not kept or (len(toks) == 2 and kept[-1] != toks[0] and len(kept) < 2):
                continue
            cand = " ".join(kept + [last])
            if len(cand.split()) > len(best.split()) and len(cand.split()) <= 4:
                best = cand
    if len(best.split()) == 1 and len(spk.split()) == 2:
        return spk  # "Mrs. Okafor" with no first name anywhere: the honorific stays (rule book)
    if len(toks) == 1 and best == last:
        return _first_name_to_full(last, runs, titles) or best
    return best


def _particle_full(toks: list[str], runs: list[tuple[int, list[str]]], titles: frozenset[str]) -> str:
    """``"de la Cruz"`` -> ``"Maria de la Cruz"``: a surname with particles by the given
    name the article writes before it."""
    n = len(toks)
    for _pos, run in runs:
        for i in range(1, len(run) - n + 1):
            if run[i:i + n - 1] == toks[:-1] and strip_possessive(run[i + n - 1].rstrip(",.:;")) == toks[-1]:
                kept = _given_words(run[max(0, i - 2):i], titles)
                if kept:
                    return " ".join(kept + toks)
    return " ".join(toks)


def _first_name_to_full(first: str, runs: list[tuple[int, list[str]]], titles: frozenset[str]) -> str | None:
    """A speaker known by a first name ("Tobin says") whom the article names in full once
    ("Tobin Harrow, a reviewer"): the run of two to four name words it opens."""
    for _pos, words in runs:
        for i, w in enumerate(words[:-1]):
            if w != first or (i and not words[i - 1].endswith((",", ":")) and words[i - 1] not in _NOT_FIRST
                              and words[i - 1].lower().rstrip(".") not in titles):
                continue
            name = [w]
            for nxt in words[i + 1:i + 4]:
                if re.fullmatch(r"[A-Z]\.", nxt):  # a middle initial: "Walter A. Reed"
                    name.append(nxt)
                    continue
                core = nxt.rstrip(",.:;")
                if core.lower() in _not_given() or core.lower() in titles or core.endswith(("’s", "'s")) \
                        or core in vocab("en")["org_suffixes"]:
                    return None  # "Tobin Motors": a company
                name.append(core)
                if core != nxt:
                    break
            if len(name) >= 2:
                return " ".join(name)
    return None


# --- gender as the article gives it -----------------------------------------------------

#: A subject pronoun that tells a person's gender (a possessive after a name is as often
#: about someone else: "Tom Reed, her deputy").
_GENDER_WORD = re.compile(r"(?<![\w’'])(he|himself|she|herself)(?![\w’'])", re.I)
_HONORIFIC_BEFORE = re.compile(r"(?:^|[^\w])(Mr|Mrs|Ms|Miss)\.?\s+$")
_GENDER_OF = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f",
              "herself": "f", "mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
#: How far after a mention the first pronoun is taken to be about it (characters).
_GENDER_WINDOW = 160


def genders(names: set[str], body: str) -> dict[str, str]:
    """``{name: "m" | "f"}`` for the persons in ``names`` whose gender the article tells:
    an honorific before a mention ("Mrs. Okafor"), else the first he/she pronoun after
    mentions of the name (he, she), up to the paragraph's end or an opening quotation mark (a
    pronoun inside a quotation is about someone else), by majority."""
    out: dict[str, str] = {}
    for name in names:
        if not name[:1].isupper() or re.search(r"[\u3400-\u9fff]", name):
            continue
        votes = {"m": 0, "f": 0}
        for form in {name, name.split()[-1]}:
            _vote(form, body, votes)
        if votes["m"] != votes["f"]:
            out[name] = "m" if votes["m"] > votes["f"] else "f"
    return out


def _vote(form: str, body: str, votes: dict[str, int]) -> None:
    k = body.find(form)
    while k >= 0:
        end = k + len(form)
        if (k == 0 or not body[k - 1].isalnum()) and (end >= len(body) or not body[end].isalnum()):
            h = _HONORIFIC_BEFORE.search(body, max(0, k - 6), k)
            if h:
                votes[_GENDER_OF[h.group(1).lower()]] += 2
            window = body[end:end + _GENDER_WINDOW]
            window = window.split("\n\n")[0].split("\u201c")[0]
            p = _GENDER_WORD.search(window)
            if p:
                votes[_GENDER_OF[p.group(1).lower()]] += 1
        k = body.find(form, end)
