"""jusText's paragraphs without SAX: trafilatura's last fallback on the full pass, same output.

When the full pass's text is short or unclean, ``trafilatura.external.justext_rescue`` turns the
cleaned page into jusText paragraphs (``justext.core.ParagraphMaker.make_paragraphs``): lxml.sax
replays the tree as SAX events -- a namespace map, an attribute object and a qualified name built
for every element -- into a handler that keeps a path object and formats the XPath of every
paragraph it starts, most of them empty and dropped.  Then ``classify_paragraphs`` and
``revise_paragraph_classification`` read each paragraph's ``text`` property (a join, a strip and
a white-space regex) five to eight times, and split it twice.

:func:`make_paragraphs` walks the tree itself and emits what the handler does for the same
events (start, text, children, end, tail; comments and processing instructions give only their
tail), building a paragraph's path strings only when it holds text: the same paragraphs, with
the same ``dom_path``, ``xpath``, ``text_nodes``, ``chars_count_in_links`` and ``tags_count``.
They are :class:`Paragraph` objects, jusText's class with its text (a function of
``text_nodes``, which nothing changes after the maker) computed once; jusText's own
classification runs on them.  A tree the walk does not follow (a namespaced tag, an entity node,
siblings of the root, nesting deeper than :data:`MAX_DEPTH`) goes to jusText's maker.

Followed only on the sources pinned in :data:`PINNED` (jusText's maker, paragraph and path
classes, trafilatura's ``try_justext``/``justext_rescue`` and lxml's SAX producer); otherwise
:func:`justext_rescue` is trafilatura's.  ``tests/test_speed_equivalents_justext.py`` compares
both makers and both rescues on invented and random pages.
"""

from __future__ import annotations

import functools
import hashlib
import inspect
import logging
import re
from pathlib import Path
from typing import Any

from justext.core import PARAGRAPH_TAGS
from justext.paragraph import Paragraph as _JustextParagraph
from lxml.etree import Comment, ProcessingInstruction

LOGGER = logging.getLogger("trafilatura.external")  # trafilatura's logger, as its try_justext

#: Nesting past this depth goes to jusText's own (recursive) maker, so a tree deep enough to
#: exhaust Python's stack fails there exactly as it would have.
MAX_DEPTH = 200

#: sha256 of the sources :func:`make_paragraphs` and :func:`justext_rescue` repeat (jusText
#: 3.0.2, trafilatura 2.3.1, lxml 6's ``sax.py``).
PINNED = "65b8775a94cfa08353c1438ac1ba0d090cdd3e5a6b6a0cfc6ae946fd770c1ade"


def _sources() -> str:
    import justext.core
    import justext.paragraph
    import justext.utils
    import lxml.sax
    from trafilatura import external

    parts = [inspect.getsource(obj) for obj in (justext.core.ParagraphMaker, justext.core.PathInfo,
                                                justext.paragraph.Paragraph, justext.utils.is_blank,
                                                external.try_justext, external.justext_rescue)]
    sax = Path(lxml.sax.__file__).with_name("sax.py")
    parts.append(sax.read_text(encoding="utf-8") if sax.exists() else "")
    return "\n".join(parts)


@functools.cache
def followed() -> bool:
    """Are the installed jusText, trafilatura and lxml the ones this module repeats?"""
    try:
        return hashlib.sha256(_sources().encode()).hexdigest() == PINNED
    except (OSError, TypeError, AttributeError):
        return False


#: A white-space run holding a line break (its first ``\s*`` is greedy and backtracks to the run's
#: last break, the second takes the rest: the whole run); then the runs without one.
_BREAK_RUN = re.compile(r"\s*[\r\n]\s*")
_SPACE_RUN = re.compile(r"[^\S\r\n]+")
#: Text whose every white-space run is one plain space is left as it is.
_ODD_SPACE = re.compile(r"[^\S ]|  ")


def normalize_whitespace(text: str) -> str:
    """``justext.utils.normalize_whitespace``: each white-space run becomes "\\n" when it holds
    "\\n" or "\\r", else " ".  Its regex calls a Python function for every run (every gap between
    two words); here two substitutions with fixed replacements, none when nothing would change."""
    if not _ODD_SPACE.search(text):
        return text
    return _SPACE_RUN.sub(" ", _BREAK_RUN.sub("\n", text))


class Paragraph(_JustextParagraph):
    """jusText's paragraph with its text and word count computed once."""

    @functools.cached_property
    def text(self) -> str:  # type: ignore[override]
        return normalize_whitespace("".join(self.text_nodes).strip())

    words_count = functools.cached_property(_JustextParagraph.words_count.fget)  # type: ignore[attr-defined]

    def stopwords_count(self, stopwords: Any) -> int:
        return sum(map(stopwords.__contains__, map(str.lower, self.text.split())))


class _Unfollowed(Exception):
    """A node :class:`_Maker` does not replay as lxml.sax would: jusText's maker takes the tree."""


class _Maker:
    """The state of ``justext.core.ParagraphMaker`` (its ``PathInfo`` kept as three lists)."""

    def __init__(self) -> None:
        self.paragraphs: list[Paragraph] = []
        self.tags: list[str] = []  # the path's tag names (``PathInfo.dom``)
        self.parts: list[str] = []  # the path's "tag[order]" steps (``PathInfo.xpath``)
        self.children: list[dict[str, int]] = []  # each path element's child counts by tag
        self.link = self.br = False
        self.path: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
        self.nodes: list[str] = []
        self.in_links = self.tags_count = 0

    def new_paragraph(self) -> None:
        """``_start_new_pragraph``: keep the current paragraph if it holds text (its ``text``
        not empty, as the handler's truth test through ``__len__`` asks), start another."""
        if self.nodes:
            paragraph = Paragraph.__new__(Paragraph)
            paragraph.dom_path = ".".join(self.path[0])
            paragraph.xpath = "/" + "/".join(self.path[1])
            paragraph.text_nodes = self.nodes
            paragraph.chars_count_in_links = self.in_links
            paragraph.tags_count = self.tags_count
            paragraph.class_type = ""
            if paragraph.text:  # a lone <br>'s " " is no text
                self.paragraphs.append(paragraph)
        self.path = (tuple(self.tags), tuple(self.parts))
        self.nodes, self.in_links, self.tags_count = [], 0, 0

    def characters(self, content: str) -> None:
        if not content or content.isspace():
            return
        text = normalize_whitespace(content)
        self.nodes.append(text)
        if self.link:
            self.in_links += len(text)
        self.br = False

    def element(self, el: Any, depth: int) -> None:
        """``startElementNS``, the text, the children, ``endElementNS``, the tail."""
        name = el.tag
        if not isinstance(name, str) or name[:1] == "{" or depth > MAX_DEPTH:
            raise _Unfollowed
        counts = self.children[-1] if self.children else {}
        order = counts[name] = counts.get(name, 0) + 1
        self.tags.append(name)
        self.parts.append(f"{name}[{order}]")
        self.children.append({})
        if name in PARAGRAPH_TAGS or (name == "br" and self.br):
            if name == "br":
                self.tags_count -= 1  # <br><br> separates paragraphs and is no tag of one
            self.new_paragraph()
        else:
            self.br = name == "br"
            if self.br:
                self.nodes.append(" ")
            elif name == "a":
                self.link = True
            self.tags_count += 1
        self.characters(el.text)
        for child in el:
            tag = child.tag
            if tag is Comment or tag is ProcessingInstruction:
                self.characters(child.tail)
            else:
                self.element(child, depth + 1)
        self.tags.pop()
        self.parts.pop()
        self.children.pop()
        if name in PARAGRAPH_TAGS:
            self.new_paragraph()
        if name == "a":
            self.link = False
        self.characters(el.tail)


def make_paragraphs(root: Any) -> list[Any]:
    """``justext.core.ParagraphMaker.make_paragraphs(root)``: the same paragraphs, as
    :class:`Paragraph` objects when the walk follows the tree."""
    from justext.core import ParagraphMaker

    maker = _Maker()
    try:
        if root.getprevious() is not None or root.getnext() is not None:
            raise _Unfollowed  # lxml.sax replays a root's sibling processing instructions
        maker.element(root, 0)
    except _Unfollowed:
        return ParagraphMaker.make_paragraphs(root)
    maker.new_paragraph()  # endDocument
    return maker.paragraphs


def _try_justext(tree: Any, url: str | None, target_language: str | None) -> Any:
    """``trafilatura.external.try_justext`` with :func:`make_paragraphs`."""
    from justext.core import classify_paragraphs, revise_paragraph_classification
    from justext.utils import get_stoplist
    from lxml.etree import Element, SubElement
    from trafilatura import external
    from trafilatura.settings import JUSTEXT_LANGUAGES

    result_body = Element("body")
    if target_language in JUSTEXT_LANGUAGES:
        justext_stoplist = get_stoplist(JUSTEXT_LANGUAGES[target_language])
    else:
        justext_stoplist = external.JT_STOPLIST or external.jt_stoplist_init()
    try:
        paragraphs = make_paragraphs(tree)
        classify_paragraphs(paragraphs, justext_stoplist, 50, 150, 0.1, 0.2, 0.25, True)
        revise_paragraph_classification(paragraphs, 150)
    except Exception as err:  # noqa: BLE001 -- trafilatura's own handling: log, no paragraphs
        LOGGER.error("justext %s %s", err, url)
    else:
        for paragraph in paragraphs:
            if not paragraph.is_boilerplate:
                SubElement(result_body, "p").text = paragraph.text
    return result_body


def justext_rescue(tree: Any, options: Any) -> tuple[Any, str]:
    """``trafilatura.external.justext_rescue(tree, options)``: the same body and text."""
    from trafilatura import external

    if not followed():
        return external.justext_rescue(tree, options)
    from trafilatura.baseline import basic_cleaning
    from trafilatura.utils import trim

    body = _try_justext(basic_cleaning(tree), options.url, options.lang)
    return body, trim(" ".join(body.itertext()))
