"""The story's last lines that trafilatura's candidate stops short of, taken from the own candidate.

:func:`pipelines.candidate_merge.fill_gaps` fills gaps between paragraphs both candidates hold;
what the own candidate has after the last of them is mostly a page's end matter (author boxes,
comments, footers) and stays out.  Two kinds of line there belong to the story, and this module
takes them back (``fill_gaps`` calls :func:`closing_lines` first):

* the links a closing colon announces (:func:`_announced`): a text does not end on a colon;
* the story's reporting credit (:func:`_credit_line`): "Additional reporting by …; Editing by
  …", "Jane Doe contributed to this report." -- real pages' labels keep such sign-offs as the
  story's text (docs/cleaning.md, wave 12), and trafilatura's precision mode often drops the
  short line after the last paragraph (a box of its own, next to a linked "our standards" line).
"""

from __future__ import annotations

import re
from typing import Any

from pipelines.normalize import LINK_LINE

Blocks = list[dict[str, Any]]


def closing_lines(traf: Blocks, own: Blocks) -> Blocks:
    """``traf`` with the announced links, then the reporting credit, the own candidate holds
    right after trafilatura's last paragraph."""
    return _credit_line(_announced(traf, own), own)


def _last_shared(traf: Blocks, own: Blocks) -> int | None:
    """Index in ``own`` of trafilatura's last paragraph (the same text), or None."""
    from pipelines.candidate_merge import ANCHOR_MIN_CHARS, text_key

    last = text_key(traf[-1]["text"])
    if len(last) < ANCHOR_MIN_CHARS:
        return None
    return next((i for i, b in enumerate(own) if text_key(b["text"]) == last), None)


#: What a closing colon announces: a link (a wholly linked paragraph of at most this many
#: characters) or a list of at most :data:`ANNOUNCED_MAX_ITEMS` wholly linked items.
ANNOUNCED_MAX_CHARS = 300
ANNOUNCED_MAX_ITEMS = 12


def _announced(traf: Blocks, own: Blocks) -> Blocks:
    """``traf`` with the links its last paragraph announces: when that paragraph is running
    text ending in a colon ("... please sign this petition:", "... I'd suggest these
    tutorials:") and the own candidate follows it with a wholly linked ``<p>`` (a bare link)
    or a run of wholly linked ``<li>`` trafilatura lacks, they are the story's last lines: a
    text does not end on a colon.  An unlinked line or a ``<div>`` after the colon is as
    likely a comment form's note or a page's "home" link, and stays out."""
    from pipelines.candidate_merge import _running, text_key

    if not traf or not own or traf[-1]["text"].rstrip()[-1:] not in (":", "："):
        return traf
    # running text: the colon stands for the sentence stop
    if not _running({**traf[-1], "text": traf[-1]["text"].rstrip()[:-1] + "."}):
        return traf
    at = _last_shared(traf, own)
    if at is None:
        return traf
    known = " ".join(text_key(b["text"]) for b in traf)
    links: Blocks = []
    for line in own[at + 1:at + 1 + ANNOUNCED_MAX_ITEMS]:
        key = text_key(line["text"])
        if (line.get("kind") != "paragraph" or line.get("_links", 0) < LINK_LINE or not key or key in known
                or len(line["text"]) > ANNOUNCED_MAX_CHARS or line.get("_tag") not in ("p", "li")
                or (links and (line["_tag"] != "li" or links[0]["_tag"] != "li"))):
            break
        links.append(line)
    return [*traf, *links] if links else traf


#: A reporting credit: "(Additional) reporting by …" (a wire's sign-off, often with "; Writing
#: by …; Editing by …" after it), "Additional research by …" ("Research by" alone is a menu's
#: button), "Jane Doe contributed (reporting) to this report.", "Jane Doe and John Roe
#: contributed."  The whole line is the credit.
_SIGN_OFF_RE = re.compile(
    r"^[(\[—–-]?\s*(?:(?:additional |further )?reporting|(?:additional|further) research) (?:contributed )?by\s+\S"
    r"|^.{0,80}\bcontributed(?: reporting| research)?(?: to| for)? (?:this|the) (?:report|story|article)\W*$"
    r"|^(?:(?:(?-i:[A-Z])[\w.’'-]*|and|&),?\s+){1,12}contributed(?: reporting| research)?\W*$",
    re.I,
)
#: A credit line is at most this long, and at most this many own blocks after the last
#: paragraph (an empty ad slot's label or a photo credit may stand between).
CREDIT_MAX_CHARS = 300
CREDIT_REACH = 2
#: Running text among this many own blocks after the credit means the story goes on: trafilatura
#: stopped short of its end, and a credit there is not the closing one.
CREDIT_AFTER = 3


def _credit_line(traf: Blocks, own: Blocks) -> Blocks:
    """``traf`` with the reporting credit (:data:`_SIGN_OFF_RE`) the own candidate has among the
    :data:`CREDIT_REACH` blocks after trafilatura's last paragraph, when trafilatura lacks it.
    Only a line that is wholly the credit, little linked, is taken: a bio box naming the
    reporter is a sentence about her, and stays out; so does a credit the own candidate follows
    with running text (:data:`CREDIT_AFTER`)."""
    from pipelines.candidate_merge import _running, text_key

    if not traf or not own:
        return traf
    at = _last_shared(traf, own)
    if at is None:
        return traf
    for i in range(at + 1, min(len(own), at + 1 + CREDIT_REACH)):
        line, text = own[i], " ".join(own[i]["text"].split())
        if (line.get("kind") == "paragraph" and line.get("_links", 0) < 0.5 and len(text) <= CREDIT_MAX_CHARS
                and _SIGN_OFF_RE.match(text)):
            key = text_key(text)
            if any(key in text_key(b["text"]) for b in traf) or any(map(_running, own[i + 1:i + 1 + CREDIT_AFTER])):
                return traf  # known, or the story goes on after it: not its closing credit
            return [*traf, line]
    return traf
