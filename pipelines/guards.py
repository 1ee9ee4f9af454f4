"""Guards around every extraction stage against hostile pages.

Pure functions; the stage adapter (:class:`pipelines.base.StagePipeline`) and
:func:`pipelines.run_stages` call :func:`run_stage` instead of the stage itself, so
every page that cannot become an article ends as a :class:`~pipelines.errors.Reject`
with a short reason, never as an exception that carries the page into a log line.

* a page nested thousands of elements deep exhausts Python's recursion limit in a
  tree walk: rejected at that stage with ``"markup nested too deep ..."``;
* a stray NUL byte in an otherwise textual page is removed before decoding (a page
  with many NULs is still rejected by ``decode`` as binary);
* lone UTF-16 surrogates (from ``&#xD800;``-style JSON-LD escapes or text given to
  :func:`pipelines.extract`) and NULs are replaced in the text fields after every
  stage, so the store never fails on them.
"""

from __future__ import annotations

import codecs
import re
from typing import Callable

from pipelines.document import Document
from pipelines.errors import Reject

#: At most this share of NUL bytes in the first 4 KiB is a stray NUL, not a binary file.
STRAY_NUL_SHARE = 0.01
_SNIFF = 4096
_BAD_CHARS = re.compile("[\x00\ud800-\udfff]")


def stray_nuls(raw: bytes) -> bool:
    """True when ``raw`` holds a few NUL bytes in otherwise textual content
    (UTF-16 pages, which are full of NULs, are left alone)."""
    if b"\x00" not in raw or raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    head = raw[:_SNIFF]
    return head.count(b"\x00") <= max(1, int(len(head) * STRAY_NUL_SHARE))


def has_bad_chars(text: str) -> bool:
    """Whether ``text`` holds a NUL or a surrogate code point (what :data:`_BAD_CHARS` matches).

    Checked after every stage on the whole page text: the ASCII flag and strict UTF-8
    encoding (which refuses exactly the surrogates) are C-speed, the regex scan is not."""
    if "\x00" in text:
        return True
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def scrub(text: str) -> str:
    """``text`` without NULs; lone surrogates become U+FFFD (a valid pair is joined)."""
    if not has_bad_chars(text):
        return text
    text = text.replace("\x00", "")
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _clean_raw(doc: Document) -> None:
    raw = doc.raw
    if isinstance(raw, str):
        doc.raw = scrub(raw)
    elif isinstance(raw, bytes) and stray_nuls(raw):
        # NUL is never part of a multi-byte UTF-8/GBK/Big5 character: removing it is safe
        doc.raw = raw.replace(b"\x00", b"")
        doc.warnings.append("stray NUL bytes removed")


#: The last page text found clean: the same string object comes back after every stage (a
#: string never changes, so it is not scanned again).
_CLEAN: list[str | None] = [None]


def scrub_fields(doc: Document) -> None:
    """Replace NULs and lone surrogates in the document's text fields, in place.  The blocks
    are checked joined (one scan; a bad character in any block is one in the join), then one
    by one only when the join holds one."""
    for name in ("text", "title", "source", "section", "body"):
        value = getattr(doc, name)
        if not isinstance(value, str) or value is _CLEAN[0]:
            continue
        if has_bad_chars(value):
            setattr(doc, name, scrub(value))
        elif name == "text":
            _CLEAN[0] = value
    if any(has_bad_chars(a) for a in doc.authors if isinstance(a, str)):
        doc.authors = [scrub(a) if isinstance(a, str) else a for a in doc.authors]
    if not has_bad_chars("".join(t for b in doc.blocks if isinstance(t := b.get("text"), str))):
        return
    for block in doc.blocks:
        text = block.get("text")
        if isinstance(text, str) and has_bad_chars(text):
            block["text"] = scrub(text)


def run_stage(name: str, func: Callable[[Document], Document], doc: Document) -> Document:
    """``func(doc)`` with the guards above; raises :class:`Reject` for hostile pages."""
    if name == "decode":
        _clean_raw(doc)
    try:
        doc = func(doc)
    except RecursionError:
        raise Reject(name, "markup nested too deep to extract (past the recursion limit)") from None
    scrub_fields(doc)
    return doc
