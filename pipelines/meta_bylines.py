"""Authors: names from the page's structured data and its visible bylines, English and Chinese.

Sources, first that gives a name wins (:func:`choose`):

1. an info bar outside the body ("来源：X　作者：记者 A") and a Chinese wire dateline
   ("…电 (记者 王晓东)");
2. the byline element, ``<meta name=author>`` (also ``article:author``, ``byl``), then the
   JSON-LD authors when they are more (``@id`` references resolved by the parse stage);
3. trafilatura's byline rules on the page (only run when 1-2 have nothing structured).

Names, not roles: "By", "Posted by", a trailing date, "Published", "Last updated", "| Site",
", Staff Writer" and similar tails are cut.  Organizations are dropped when a person is
credited; a page that credits only an organization (JSON-LD author typed ``Organization``,
the site itself, "Acme Team") gets that name, because then it is the author the page states.
"Admin"-style account names are kept only when they are all there is.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any
from urllib.parse import urlsplit

from pipelines.boilerplate import byline_names
from pipelines.meta_bylines_zh import (cjk_person, closing_credit, info_line_names, name_line,  # noqa: F401
                                      owner_heading)
from pipelines.meta_structured import tagged_author, tagged_authors
from pipelines.normalize import cjk_count, normalize_text
from pipelines.meta_record import PageMeta

def _jsonld_names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [value["name"]] if isinstance(value.get("name"), str) else []
    if isinstance(value, list):
        return [n for v in value for n in _jsonld_names(v)]
    return []


# "Kenji Morita, Nikko staff writer": the role after the name is not part of it.
_ROLE_TAIL_RE = re.compile(
    r"\s*[,|–—-]\s*(?:[A-Z][\w.&’'-]*\s+){0,3}(?:senior |chief |staff |contributing |special )?"
    r"(?:writer|reporter|correspondent|editor|columnist|analyst|contributor)s?$", re.I)
# Several CJK names in one author field: "刘一鸣,赵晨", "王芳、李强".
_CJK_NAME_LIST_RE = re.compile(r"[\u4e00-\u9fff·]{2,5}(?:\s*[,，、;；/]\s*[\u4e00-\u9fff·]{2,5}){1,5}")
# One CJK name written with spaces between its single characters: "赵  培", "王 小 明".
_SPACED_CJK_NAME_RE = re.compile(r"[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,3}")
# A forum or column nickname in <meta name=author> ("价值发现者老周"): CJK only, no spaces.
_CJK_NICK_RE = re.compile(r"[\u4e00-\u9fff·A-Za-z0-9_]{2,12}")
# A Chinese wire dateline crediting its reporter: "中新网北京6月7日电 (记者 王晓东)中国人民银行...".
_DATELINE_REPORTER_RE = re.compile(
    r"^[^。！？]{2,30}?[电讯]\s*[（(]\s*(?:本报|本台)?(?:见习|实习|特约)?记者\s*"
    r"(?P<names>[\u4e00-\u9fff·]{2,5}(?:\s*[ 、，,]\s*[\u4e00-\u9fff·]{2,5}){0,3})\s*[)）]")


# The outlet opening a Chinese dateline: "新京报贝壳财经讯（记者 …）", "中新网北京6月7日电": the original
# publisher of a story a platform (腾讯新闻, 网易, 搜狐号) republishes.
_DATELINE_OUTLET_RE = re.compile(
    r"^(?P<src>[\u4e00-\u9fff]{1,6}?(?:报|网|社|台))[\u4e00-\u9fff\d月日]{0,14}?[电讯]\s*[（(]")


def _names_from_byline(text: str, *, nickname: bool = False) -> list[str]:
    """Names in a byline or author field; ``nickname`` also accepts one CJK handle (meta author)."""
    text = normalize_text(text)
    names = byline_names(text)
    if names:
        return names
    text = _ROLE_TAIL_RE.sub("", text)
    if _SPACED_CJK_NAME_RE.fullmatch(text):  # "赵  培": a two-character name padded to line up
        return [re.sub(r"\s+", "", text)]
    if _CJK_NAME_LIST_RE.fullmatch(text):
        return re.split(r"\s*[,，、;；/]\s*", text)
    # "Posted on June 12, 2024 by Li Wei"
    m = re.search(r"\bby\s+([A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})\s*$", text)
    if m:
        return [m.group(1)]
    # A bare name in an author element: "Jane Doe", "邢萌".
    if re.fullmatch(r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3}", text) or re.fullmatch(r"[\u4e00-\u9fff·]{2,5}", text):
        return [text]
    if nickname and cjk_count(text) >= 2 and _CJK_NICK_RE.fullmatch(text):
        return [text]
    return []


def _visible_casing(name: str, texts: list[str]) -> str:
    """An all-capitals name ("KENJI MORITA", JSON-LD or meta) in the casing a visible byline uses."""
    if not name.isupper():
        return name
    for text in texts:
        m = re.search(re.escape(name), text, re.I)
        if m and not m.group(0).isupper():
            return m.group(0)
    return name.title()


_ORG_SUFFIX_RE = re.compile(
    r"(?:\b(?:inc|corp|corporation|co|ltd|limited|llc|plc|lp|l\.p|ag|sa|gmbh|group|holdings|company|int|intl|"
    r"bank|news|media|press|publishers?|publishing|wire|newswire|staff)\.?|公司|集团|银行|报社|出版社|新闻|日报|晚报|编辑部)$",
    re.I,
)


def _organizations(jsonld: dict[str, Any], names: list[str | None]) -> set[str]:
    """Names known to be organizations: JSON-LD authors typed Organization, the site and publisher."""
    orgs = {n.lower() for n in names if isinstance(n, str) and n}
    authors = jsonld.get("author")
    for item in authors if isinstance(authors, list) else [authors]:
        if isinstance(item, dict) and item.get("@type") == "Organization" and isinstance(item.get("name"), str):
            orgs.add(item["name"].lower())
    return orgs


def _is_organization(name: str, orgs: set[str]) -> bool:
    """A press release's issuer in ``<meta name=author>`` ("Acme Biosystems, Inc.") is not a person."""
    return name.lower() in orgs or bool(_ORG_SUFFIX_RE.search(name.strip(" ,")))


# Where a visible byline stops being a name: a date, a reading time, a label, a separator.
_BYLINE_CUT_RE = re.compile(
    r"\s*(?:[|•·⋅∙]|\s[-–—]\s|\b(?:published|updated|last updated|posted|reviewed|fact[- ]checked|edited|on)\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,4}[/.-]\d{1,2}\b|\b\d+(?:\s*[–—-]\s*\d+)?\s*min"
    r"|\b(?:former|senior|chief|staff(?=\s+\w)|contributing|freelance|associate|managing|executive|co-?founder|founder"
    r"|ceo|cto|cfo|president|director|manager|head of)\b"
    r"|\b(?:writer|reporter|editor|correspondent|columnist|contributor|author)s?\b"
    r"|\b(?:view|visit|read more|follow|subscribe|share|let’s talk|let's talk)\b"
    r"|\b(?:january|february|march|april|june|july|august|september|october|november|december)\s*$"
    r"|\s+(?:at|in|for|on)\s*$).*$", re.I)
_BYLINE_LEAD_RE = re.compile(
    r"^\s*(?:(?:this (?:post|article|story) was )?(?:written|posted|reviewed|words|article|story|reporting)\s+by"
    r"|(?:more )?(?:articles|posts|stories) (?:by|from)|more from"
    r"|(?:authored|written|posted)\s+by|(?:read |learn )?more about|about|by|author|authors|作者)"
    r"\s*[:：]?\s+", re.I)
# Not a name: role words and labels that a byline element may hold on their own.
_NOT_NAME_RE = re.compile(
    r"^(?:by|the|a|an|our|the author|author|authors|contributing|contributor|guest|staff|editor|editorial|published|"
    r"updated|share|follow|admin|administrator|unknown|anonymous|none|null|role|name|about|home|menu|"
    r"contact|more|view|read|subscribe|comments?|reply|tags?|categor(?:y|ies)|(?:see\s+)?full\s+bio|bio|profile|"
    r"(?:written|posted|authored|reviewed)\s+by|"
    r"(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?|january|february|march|april|july|august|"
    r"september|october|november|december|\W*)$", re.I)
_ADMIN_RE = re.compile(r"^(?:site\s*)?admin\w*$|^\w+_admin$|^administrator$", re.I)


_LEAD_DATE_RE = re.compile(
    r"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\s*[·•|,–—-]?\s*", re.I)


def clean_byline(text: str) -> str:
    """``"Written By: Jane Doe Last Updated: August 1, 2025"`` -> ``"Jane Doe"``."""
    text = normalize_text(text or "").strip()
    text = _BYLINE_LEAD_RE.sub("", _LEAD_DATE_RE.sub("", text))
    cut = _BYLINE_CUT_RE.sub("", text).strip(" ,;:/")
    return cut if cut else text


# Job-title words: a "name" made only of them ("Senior Content", "Staff Writer") is a role.
_ROLE_ONLY_WORDS = frozenset(
    "senior junior chief staff lead head content contributing managing executive associate assistant deputy "
    "freelance guest special digital marketing writer writers reporter editor editors correspondent columnist "
    "contributor analyst producer author".split())


def plausible(name: str) -> bool:
    """A person or outlet name, not a label ("By", "The Author", "Full Bio"), a role ("Senior
    Content"), markup residue (``size="20"``) or a date."""
    name = name.strip()
    if _NOT_NAME_RE.match(name) or len(name) > 60 or re.search(r"\d{3,}|@|https?:|[=<>{}\"“”]", name):
        return False
    if re.match(r"\d+\s*(?:min(?:ute)?s?|hours?|hrs?)\b", name, re.I):  # "3 min read": a reading time
        return False
    if all(w in _ROLE_ONLY_WORDS for w in name.lower().split()):
        return False
    return bool(cjk_count(name) >= 2 or re.search(r"[A-Za-z\u00c0-\u024f]{2,}", name))


def _site_like(name: str, orgs: set[str]) -> bool:
    """The site's own short name: an organization name (or the host's label) that begins with it
    ("Acme" beside the site name "Acme Blog")."""
    key = _squash(name)
    return len(key) >= 3 and any(_squash(o).startswith(key) for o in orgs)


def _structured(meta: PageMeta, orgs: set[str], authors: list[str]) -> list[str]:
    """Byline element, ``<meta name=author>``-style tags (when ``authors`` is still empty),
    then JSON-LD when it names more people."""
    candidates = [meta.byline, *tagged_authors(meta.head)]
    for k, cand in enumerate(candidates if not authors else []):
        if not cand or cand.startswith("http"):
            continue
        names = [n for n in _names_from_byline(cand, nickname=k > 0) if not _is_organization(n, orgs) and plausible(n)]
        if not names and k == 0:  # "About Jane", "Full Bio": the label is not the name
            names = [n for n in _names_from_byline(clean_byline(cand)) if not _is_organization(n, orgs)]
        names = [n for n in names if plausible(n) and cjk_person(n)]  # "该作者文章" is a link label
        if names:
            authors = names
            break
    ld_names = [n for n in meta.jsonld_authors if not _is_organization(n, orgs)]
    if ld_names and (len(ld_names) > len(authors) or authors and all(_site_like(a, orgs) for a in authors)):
        authors = [normalize_text(n) for n in ld_names]  # "Acme" in <meta name=author>, a person in JSON-LD
    # "James Bradshaw Banking Reporter Toronto": the byline's spans read as "<desk> Reporter <name>" give the
    # city; when the JSON-LD authors all appear in that byline and none of its names is one of them, they win.
    byline = normalize_text(meta.byline or "")
    if (ld_names and authors and byline and not meta.info_byline
            and not {a.lower() for a in authors} & {normalize_text(n).lower() for n in ld_names}
            and all(normalize_text(n).lower() in byline.lower() for n in ld_names)):
        authors = [normalize_text(n) for n in ld_names]
    return authors


_STAFF_RE = re.compile(r"^(?:staff|anonymous|admin\w*|administrator|editorial(?: team| staff)?|\w+_admin)$", re.I)


def _credited_only(meta: PageMeta) -> list[str]:
    """What a page without a person's byline credits: a visible "Written by" label or author
    link, trafilatura's byline reading, then an organization, account or "Staff" credit the
    structured data gives (kept because it is all the page states; on WCXB the gold credits the
    site's own name as often as not, so a site-name credit is not passed over)."""
    for raw in (meta.labelled_author, meta.visible_author):
        if raw:
            pieces = [clean_byline(p) for p in re.split(r"\s*;\s*", raw)]
            names = [p for p in pieces if plausible(p) and not _ADMIN_RE.match(p)]
            if names:
                return names
    for raw in (*meta.jsonld_authors, tagged_author(meta.head), meta.tag("article:author")):
        if raw and not raw.startswith("http"):
            name = clean_byline(raw)
            if plausible(name) or _STAFF_RE.match(name):
                return [name]
    return []


_PERSON_RE = re.compile(r"^(?P<name>[A-Z][a-z\u00e0-\u024f]+(?:\s+[A-Z][a-z\u00e0-\u024f]+){1,2})(?:[’']s\s+(?:blog|site|notes))?$")
# Words that make a name an outlet or a business, not a person ("Portside Weekly", "Acme Labs").
_SITE_WORD_RE = re.compile(
    r"\b(?:news|daily|weekly|times|post|press|media|journal|magazine|review|report|blog|labs?|studio|group|"
    r"network|digital|tech|health|care|insurance|bank|capital|partners|global|online|world|today|guide|hub|"
    r"security|solutions|services|consulting|agency|institute|university|college|school|company|center|"
    r"centre|society|council|foundation|association|academy|store|shop|official)\b", re.I)
_SITE_SPLIT_RE = re.compile(r"\s+[|\-–—·:]\s+")


def site_owner(meta: PageMeta, url: str | None) -> list[str]:
    """A personal site credits its owner: a person-like name ("Jane Doe", "Jane Doe's blog") as
    ``og:site_name``, a ``<title>`` segment after the headline or the footer's copyright holder
    ("© 2025 Jane Doe"), whose first name or surname is
    in the host or a ``~user`` path (``janedoe.dev``, ``jane.example.dev``, ``/~jdoe/``)."""
    if not url:
        return []
    parts = urlsplit(url)
    where = (parts.hostname or "") + " " + " ".join(re.findall(r"/~([^/]+)", parts.path))
    where = unicodedata.normalize("NFKD", where).lower()
    candidates = [meta.tag("og:site_name"), *_SITE_SPLIT_RE.split(meta.html_title or "")[1:], meta.copyright_holder]
    for cand in candidates:
        m = _PERSON_RE.match((cand or "").strip())
        if not m or _SITE_WORD_RE.search(m.group("name")) or _ORG_SUFFIX_RE.search(m.group("name")):
            continue
        words = unicodedata.normalize("NFKD", m.group("name")).encode("ascii", "ignore").decode().lower().split()
        if any(len(w) >= 4 and w in where for w in (words[0], words[-1])):
            return [m.group("name")]
    return []


def keep_names(authors: list[str]) -> list[str]:
    """Names another stage found (a body byline), tidied; labels and noun phrases dropped."""
    tidied = [n for a in authors for n in tidy(normalize_text(a))]
    return list(dict.fromkeys(a for a in tidied if plausible(a) and cjk_person(a)))


def choose(meta: PageMeta, blocks: list[dict[str, Any]], *, site_names: list[str | None],
           removed: list[str] = (), url: str | None = None) -> list[str]:
    """The article's authors, in byline order (see the module docstring); ``removed`` are the
    lines the cleaning cut from the body (a closing "（记者 X）" credit may be among them)."""
    orgs = _organizations(meta.jsonld, [*site_names, *_host_names(url)]) | {n.lower() for n in meta.jsonld_author_orgs}
    authors = [normalize_text(n) for n in meta.info_byline]
    if not all(cjk_person(n) for n in authors):  # "该作者文章" read as a byline
        authors = []
    if not authors:
        # A wire dateline in the first paragraphs names the reporter: "...电 (记者 王晓东)".
        for block in blocks[:2]:
            m = _DATELINE_REPORTER_RE.match(block["text"])
            if m:
                authors = re.split(r"\s*[ 、，,]\s*", m.group("names").strip())
                break
    authors = _structured(meta, orgs, authors)
    closing = [b["text"] for b in blocks[-3:]] + list(removed) + [b["text"] for b in blocks[:2]]
    if not authors:
        # related links may follow the story: its closing credit can sit in any paragraph
        authors = closing_credit(closing + [b["text"] for b in reversed(blocks[2:-3])]) or name_line(blocks)
    if not authors:
        authors = info_line_names(meta.date_text or meta.date_line or "")
    if not authors:
        authors = _credited_only(meta) or site_owner(meta, url) or owner_heading(meta.h1s)
    if not authors:
        authors = closing_credit(closing + [meta.date_text or "", meta.editor_line or ""], editors=True)
    if any(n.isupper() for n in authors):
        text = " ".join(b["text"] for b in blocks)
        visible = [t for t in (meta.byline, text) if t]
        authors = [_visible_casing(n, visible) for n in authors]
    tidied = [n for a in authors for n in tidy(normalize_text(a))]
    if len(tidied) == 1 and _STAFF_RE.match(tidied[0]):
        return tidied  # "Staff" / "admin": all the page credits
    tidied = agree_with_credits(tidied, page_credits(meta), [*site_names, *_host_names(url)])
    # a nickname the page labels or links as its author ("太小心") is a name whatever jieba reads
    return list(dict.fromkeys(a for a in tidied if plausible(a) and (cjk_person(a) or a == meta.labelled_author)))


def page_credits(meta: PageMeta) -> list[str]:
    """Every author credit the page states, as written: JSON-LD, author-like ``<meta>`` tags
    (``cxenseparse:author`` too), the byline element without its "By", the visible readings."""
    tags = [v for k, v in meta.head.items() if k.endswith("author") and isinstance(v, str)]
    raws = [*meta.jsonld_authors, *tagged_authors(meta.head), *tags, meta.visible_author or "",
            meta.labelled_author or "", clean_byline(meta.byline or ""),
            _BYLINE_LEAD_RE.sub("", normalize_text(meta.byline or ""))]
    pieces = [normalize_text(p) for raw in raws for p in re.split(r"\s*;\s*", raw)]
    return [p for p in pieces if p and not p.startswith("http")]


def _host_names(url: str | None) -> list[str]:
    labels = [p for p in (urlsplit(url or "").hostname or "").split(".") if p not in ("www", "m", "blog", "news")]
    return labels[-2:-1]


# A desk credit: an outlet's name with a generic role ("Acme Staff", "The Ledger editors").
_DESK_RE = re.compile(r"(?:staff|editors?|contributors?|team|desk|newsroom)", re.I)


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKD", text).lower())


def agree_with_credits(names: list[str], credits: list[str], sites: list[str | None]) -> list[str]:
    """Names checked against the page's other credits: a name that is another credit plus
    trailing words takes the shorter one ("Jane Doe Tech" beside a tag "Jane Doe": the desk
    word came from the byline's role); an outlet's name that a credit gives with a desk word
    ("Acme" beside "Acme Staff") keeps the whole desk credit, which names no person."""
    site_keys = {_squash(s) for s in sites if s}
    out = []
    for name in names:
        key = name.lower()
        shorter = [c for c in credits if len(c.split()) >= 2 and key.startswith(c.lower() + " ")]
        desk = [c for c in credits if c.lower().startswith(key + " ") and _DESK_RE.fullmatch(c[len(name) + 1:])]
        if shorter:
            name = min(shorter, key=len)
        elif desk and (_squash(name) in site_keys or name.startswith("The ") or len(name.split()) == 1):
            name = desk[0]
        out.append(name)
    return out


_ROLE_WORD_RE = re.compile(
    r"(?:coordinator|specialist|strategist|consultant|engineer|scientist|designer|developer|expert|manager|"
    r"director|officer|lead|head|marketing|content|communications|research|researcher|analyst|editor|writer|"
    r"reporter|producer|founder|ceo|cto|president|professor|author|contributor)s?", re.I)
_CAPS_TAIL_RE = re.compile(r"^(?P<name>.*[a-z].*?)(?:\s+[A-Z]{2,}\.?)+$")
_LABEL_TAIL_RE = re.compile(r"\s+(?:published|updated|sponsored|verified)\s*$", re.I)
_PAIR_RE = re.compile(r"^(?P<a>(?:[A-Z][\w’'.-]*\s*){1,3}?)\s+(?:&|and)\s+(?P<b>(?:[A-Z][\w’'.-]*\s*){1,3})$")


def tidy(name: str) -> list[str]:
    """One credited name as person names: ``"Dylan Bailey, MS, RD"`` -> ``["Dylan Bailey"]``,
    ``"Brian Truitt USA TODAY"`` -> ``["Brian Truitt"]``, ``"Maria & Katerina"`` -> both,
    ``"Jane Doe | Outlet"`` -> ``["Jane Doe"]``."""
    name = re.split(r"\s+[|｜]\s+", name.strip())[0]
    if not cjk_count(name):
        name = clean_byline(name)
    first, _, rest = name.partition(",")
    if rest and len(first.split()) >= 2 and not _ORG_SUFFIX_RE.search(name.strip(" ,")):
        # credentials, a role or the outlet after the comma (not "Acme Biosystems, Inc.")
        name = first
    name = _LABEL_TAIL_RE.sub("", name).strip()
    words = name.split()
    if (len(words) >= 4 and any(_ROLE_WORD_RE.fullmatch(w) for w in words[2:])
            and all(w[:1].isupper() for w in words[:2])):  # not "Center for Drug ... Research"
        name = " ".join(words[:2])  # "Meghan Neville Content Marketing Coordinator"
    m = _CAPS_TAIL_RE.match(name)
    if m and len(m.group("name").split()) >= 2:
        name = m.group("name").strip()
    m = _PAIR_RE.match(name)
    if m:
        return [m.group("a").strip(), m.group("b").strip()]
    return [name] if name else []
