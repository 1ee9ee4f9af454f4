"""An article page's tree and base URL for its links, parsed from the bytes when that is
the same as parsing the decoded page.

``response.selector`` decodes the whole body to a ``str`` (``response.text``), and parsel
encodes that text back to UTF-8 for lxml; ``get_base_url`` reads ``response.text`` too.
On a page whose declared charset is UTF-8 (most of the web), the bytes lxml is given are
then the page's own bytes, stripped: :func:`page_root` hands those to lxml directly, with
the same parser and options, whenever nothing could tell the two apart, and takes the
plain path otherwise (another charset, charset only guessed, a byte order mark, a NUL
byte, an end that ``str.strip`` and ``bytes.strip`` would cut differently, bytes that are
not UTF-8).  The tree is then not tied to the response (a selector refers back to its
response, so a parsed response waited for the garbage collector's cycle pass).
"""

from __future__ import annotations

import codecs
from typing import Any

import lxml.html
from lxml import etree
from scrapy.http import HtmlResponse
from scrapy.utils.response import get_base_url
from w3lib.html import get_base_url as base_url_in

#: What parsel counts as bytes the declared encoding cannot decode (then it decodes them).
_ENCODING_ERRORS = frozenset({etree.ErrorTypes.ERR_INVALID_CHAR, etree.ErrorTypes.ERR_INVALID_ENCODING})
#: ASCII characters ``str.strip`` removes and ``bytes.strip`` keeps.
_STR_ONLY_SPACE = frozenset(b"\x1c\x1d\x1e\x1f")
#: ``get_base_url`` reads the first 4,096 characters: at most 4 bytes each, one cut at the end.
_BASE_PREFIX_BYTES = 4 * 4096 + 8


def page_root(response: Any) -> tuple[Any, str]:
    """``(root element, base URL)``: what ``response.selector.root`` and
    ``get_base_url(response)`` give (a test compares them on pages of every kind)."""
    fast = utf8_root(response)
    if fast is not None:
        return fast
    return response.selector.root, get_base_url(response)


def utf8_root(response: Any) -> tuple[Any, str] | None:
    """The tree and base URL parsed from the body's own bytes, or None when that could
    differ from the decoded page's (see the module docstring)."""
    body = _utf8_body(response)
    if body is None:
        return None
    stripped = body.strip()
    if not stripped or _cut_differently(stripped):
        return None
    parser = lxml.html.HTMLParser(recover=True, encoding="utf-8", huge_tree=True)
    base = base_url_in(body[:_BASE_PREFIX_BYTES].decode("utf-8", "ignore")[:4096], response.url, "utf-8")
    try:
        root = etree.fromstring(stripped, parser=parser, base_url=base)
    except etree.XMLSyntaxError:
        return None
    if root is None or any(error.type in _ENCODING_ERRORS for error in parser.error_log):
        return None
    return root, base


def _utf8_body(response: Any) -> bytes | None:
    """The body of an HTML response declared UTF-8 (header or ``<meta>``) with no byte
    order mark and no NUL byte, not yet parsed; else None."""
    if type(response) is not HtmlResponse or getattr(response, "_cached_selector", True) is not None:
        return None
    declared = getattr(response, "_declared_encoding", None)
    encoding = declared() if declared is not None else None
    if not encoding or codecs.lookup(encoding).name != "utf-8":
        return None
    body = response.body
    if body.startswith(codecs.BOM_UTF8) or b"\x00" in body:
        return None
    return body


def _cut_differently(stripped: bytes) -> bool:
    """Whether ``str.strip`` on the decoded page could cut more than ``bytes.strip`` did:
    an end byte that is non-ASCII (U+00A0, U+3000 ...) or one of \\x1c-\\x1f."""
    first, last = stripped[0], stripped[-1]
    return first >= 0x80 or last >= 0x80 or first in _STR_ONLY_SPACE or last in _STR_ONLY_SPACE
