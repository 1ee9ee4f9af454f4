"""Random small HTML pages for the speed-equivalence tests: a shortcut must give what its plain
definition gives on trees nobody designed (nesting, empty and invisible elements, odd text)."""

from __future__ import annotations

import random
from typing import Callable


def no_attributes(rng: random.Random) -> str:
    return ""


def random_page(rng: random.Random, tags: list[str], words: list[str],
                attributes: Callable[[random.Random], str] = no_attributes) -> str:
    """A page of up to six random trees of ``tags`` (depth <= 5), text and tails from ``words``;
    ``attributes(rng)`` gives each element's attribute text (with its leading space)."""
    def node(depth: int) -> str:
        if depth > 4 or rng.random() < 0.3:
            return rng.choice(words)
        tag = rng.choice(tags)
        attrs = attributes(rng)
        inner = "".join(node(depth + 1) for _ in range(rng.randint(0, 4)))
        return f"<{tag}{attrs}>{inner}</{tag}>{rng.choice(words)}"
    return "<html><body>" + "".join(node(0) for _ in range(rng.randint(1, 6))) + "</body></html>"
