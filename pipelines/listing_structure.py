"""Structural evidence that a page's main area is a grid of items, not one text.

Two signals for :mod:`pipelines.listing_evidence`, read from the raw tree outside the site's
chrome (``nav``, ``header``, ``footer``, ``aside``, forms), so a mega menu or a footer of
links does not count:

* ``card_grid``: a run of :data:`MIN_CARDS` or more sibling elements of one tag and class,
  three quarters of them *cards* -- a link plus an image, or a link naming it (a fifth of its
  text or more) and a line of text of its own (a price, a date, a summary), and short (at most :data:`MAX_CARD_CHARS` characters) -- whose
  text is :data:`CARD_SHARE` or more of the final main text's (a story's "more stories"
  grid is small beside the story), and not already counted as headline items.  Product
  grids, course catalogues, charts and story fronts are built so; a menu's items are bare links.
* ``priced_grid``: a run of :data:`MIN_PRICED` or more sibling items (one tag and class),
  three quarters of them short, linked and showing a price (a currency sign or code beside a
  number): a product grid, whatever its buttons say.  A review names prices in its paragraphs,
  not one per repeated item.

Measured and not used: many distinct same-site links of four or more words outside the
chrome (a "hub of headline links") -- it cost articles with large link rails in their main
area and counts the same evidence as the headline-item signals.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Sequence

#: Elements that hold the site's chrome rather than the page's main area.
CHROME = {"nav", "header", "footer", "aside", "form", "select", "template", "noscript"}
#: Fewer cards than this is a box of related items, not a grid.
MIN_CARDS = 12
#: A card is a short item: a name or headline, a line, a price or a date.
MAX_CARD_CHARS = 500
#: Text beside a card's link that makes it more than a bare menu link (a summary, a price).
CARD_EXTRA_CHARS = 20
#: A card without an image: its links hold at least this share of its text.
CARD_LINK_SHARE = 0.2
#: The grid's text must be at least this share of the candidate main text's.
CARD_SHARE = 0.3
#: Sibling items showing a price each that make a product grid.
MIN_PRICED = 6
_PRICE = re.compile(r"(?:[$€£¥₹]|\b(?:USD|EUR|GBP|CHF|CAD|AUD)\s?)\d|\d(?:[.,]\d\d)?\s?(?:€|£|\bkr\b|\bzł)")
#: Tags that are not items of a grid (table cells, inline text, options).
_NOT_CARDS = {"tr", "td", "th", "option", "p", "span", "a", "br", "script", "style"}


def most(test: Callable[[Any], Any], items: Sequence[Any], share: float = 0.75) -> bool:
    """``sum(map(test, items)) >= share * len(items)``, stopping once the answer is known."""
    need, left, hits = share * len(items), len(items), 0
    for item in items:
        if hits >= need:
            return True
        if hits + left < need:
            return False
        hits += bool(test(item))
        left -= 1
    return hits >= need


def in_chrome(el: Any) -> bool:
    """Whether ``el`` sits inside the site's chrome (:data:`CHROME`)."""
    return any(isinstance(p.tag, str) and p.tag in CHROME for p in el.iterancestors())


def _text(el: Any) -> str:
    return " ".join(el.text_content().split())


def _linked(item: Any) -> list[Any]:
    return [a for a in item.iter("a") if a.get("href")]


def is_card(item: Any) -> bool:
    """A link plus an image, or a link holding :data:`CARD_LINK_SHARE` of the text and
    :data:`CARD_EXTRA_CHARS` characters of its own text, in at most :data:`MAX_CARD_CHARS`."""
    links = _linked(item)
    text = _text(item)
    if not links or not 8 <= len(text) <= MAX_CARD_CHARS:
        return False
    if next(item.iter("img", "picture"), None) is not None:
        return True
    # Its link names it (a title, a product name): a paragraph with a link inside is not a card.
    linked = sum(len(_text(a)) for a in links)
    return len(text) - linked >= CARD_EXTRA_CHARS and linked >= CARD_LINK_SHARE * len(text)


def _priced(item: Any) -> bool:
    text = _text(item)
    return len(text) <= MAX_CARD_CHARS and bool(_PRICE.search(text)) and bool(_linked(item))


#: A class or id token naming comments or their list (``comment``, ``commentlist``,
#: ``comments-area``, ``comment-thread`` ...), not one that merely mentions them
#: (``comments-open``, ``most-commented``).
_COMMENTS = re.compile(r"^(?:wp-block-)?comments?(?:[-_]?(?:list|thread|area|box|section|container))?$", re.I)


def is_comments(run: list[Any]) -> bool:
    """A run of readers' comments (the items, their list or its box named so, as WordPress and
    most comment systems do): each opens with its author's linked name and may show an
    avatar, but they reply to the page's text, they are not teasers or cards of other pages."""
    el, levels = run[0], 0
    while el is not None and levels < 3:
        if any(_COMMENTS.match(t) for t in f"{el.get('class') or ''} {el.get('id') or ''}".split()):
            return True
        el, levels = el.getparent(), levels + 1
    return False


def is_slideshow(run: list[Any]) -> bool:
    """A run of slides (:mod:`pipelines.slideshow`): ``<figure>`` items whose captions are
    running text, a gallery article's text, not teasers of other pages (each slide's title
    links to the slide's own view)."""
    from pipelines.slideshow import running_caption

    return run[0].tag == "figure" and most(lambda el: running_caption(el) is not None, run)


def _grids(runs: list[list[Any]], least: int, test: Any) -> list[list[Any]]:
    return [run for run in runs if len(run) >= least and run[0].tag not in _NOT_CARDS
            and not in_chrome(run[0]) and not is_comments(run) and not is_slideshow(run)
            and most(test, run)]


def structure(runs: list[list[Any]]) -> dict[str, Any]:
    """``card_chars`` (the characters of the largest card grid, 0 when none; the final main
    text decides ``card_grid``, :func:`card_grid`) and ``priced_grid``; ``runs``: sibling
    elements of one tag and class (:func:`pipelines.listing.sibling_runs`)."""
    cards = max((sum(len(_text(c)) for c in run) for run in _grids(runs, MIN_CARDS, is_card)), default=0)
    return {"card_chars": cards, "priced_grid": bool(_grids(runs, MIN_PRICED, _priced))}


def card_grid(card_chars: int, body_chars: int, headline_items: bool) -> bool:
    """A card grid holding :data:`CARD_SHARE` of the main text's characters or more, unless the
    main text is already a run of headline items (the same evidence, counted once)."""
    return bool(card_chars) and card_chars >= CARD_SHARE * body_chars and not headline_items
