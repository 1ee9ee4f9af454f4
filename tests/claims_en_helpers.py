"""Shared helpers of the English claims tests: claims of paragraphs, a claim by its words."""

from pipelines import claims


def en_claims(*paras: str) -> list[dict]:
    """Claims of English paragraphs (each string one paragraph)."""
    return claims.extract([{"kind": "paragraph", "text": p} for p in paras], language="en")


def by_text(out: list[dict], words: str) -> dict:
    """The first claim whose text holds ``words``."""
    return next(c for c in out if words in c["text"])
