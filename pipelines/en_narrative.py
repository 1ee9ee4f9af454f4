"""English narrative mentions for :mod:`pipelines.attribution_en`: titled names, described
persons and subject organizations in a paragraph's narrative (quotations masked), the
antecedents of pronouns and "the company" that never speak themselves."""

from __future__ import annotations

import re

from pipelines import en_reading
from pipelines.attribution_common import vocab
from pipelines.en_speakers import _org_role_name, _split_role_org
from pipelines.en_words import _ABBREV, _CAP_TOKEN, _v

_NARRATIVE_NAME = re.compile(r"(?<![\w’])((?:[A-Z][\w’.&+-]*|[a-z][\w-]*)\s+)?(" + _CAP_TOKEN
                             + r"(?:\s+(?:(?:of|and|for|the|&)\s+)*" + _CAP_TOKEN + r")*)")


#: ", a|an <lower-case words>" after a two- or three-word name: an apposition about a person.
_A_PERSON = re.compile(r",\s+(?:a|an)\s+(?:\d+-year-old\s+)?[A-Za-z][\w-]+")
_NOT_PERSON_HEADS = frozenset("city town village country state region province county river island street "
                              "road district suburb neighbourhood neighborhood brand product service app "
                              "website site charity organisation organization".split())
_HYPOTHETICAL = re.compile(r"\s+(?:might|would|could)\s+(?:well\s+)?(?:have\s+)?(?:put|said|say|called|call|argued?|written|write)\b")
_DESCRIBED_AS = re.compile(r"(?:,\s+|\s+(?:is|was|has been|had been)\s+)(?:(?:a|an|the)\s+)?([^,.;:\ue000“”]{2,60})")


def narrative_mentions(masked: str, base: int, persons: list, orgs: list) -> None:
    """Titled names ("Commissioner Hester Peirce") and sentence-subject organizations
    in the narrative, as antecedents for pronouns and "the company"."""
    v = _v()
    for m in _NARRATIVE_NAME.finditer(masked):
        name = m.group(2)
        if any(t[-1] == "." and len(t) > 2 and t[:-1].lower() not in _ABBREV for t in name.split()[:-1]):
            continue  # a sentence stop inside the run: "on Monday. Later, ..." names nobody
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
        if en_reading.photo_credit(masked, pos - base, m.end(2)) or _HYPOTHETICAL.match(masked, m.end(2)):
            continue  # (a hypothetical speaker, "as Ada Lovell might have said", is in no scene)
        described = en_reading.role_before(masked, pos - base, v["role_heads"]) if len(toks) in (2, 3) else None
        if described is None and len(toks) in (2, 3) and toks[-1] not in v["org_suffixes"] and name not in v["places"] \
                and name not in v["orgs"]:
            # "Dana Whitcombe, an economist at Norland Partners," / "X is a partner at Y"
            d = _DESCRIBED_AS.match(masked, m.end(2))
            if d and any(w in v["role_heads"] for w in d.group(1).lower().split()):
                described = d.group(1)
            elif _A_PERSON.match(masked, m.end(2)) and not set(masked[m.end(2):m.end(2) + 60].split()) \
                    & (v["org_nouns"] | _NOT_PERSON_HEADS):
                described = ""  # "Dana Whitcombe, a final-year student at X": a person all the same
        if lead.lower() in v["role_set"] or lead.lower().rstrip(".") in v["honor_bare"] or described is not None \
                or (len(toks) == 2 and lead.lower() in vocab("en")["person_nouns"]) \
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

