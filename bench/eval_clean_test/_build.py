"""Writes the blind cleaning test pages: python bench/eval_clean_test/_build.py

Each page's markup and its labels (expected body, headings, boilerplate lines, title, authors,
language) are written together in _pages_en.py / _pages_zh.py; _lib.Page checks that every label is
text a reader can see on the page. This script never runs the extractor.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _pages_en  # noqa: E402
import _pages_zh  # noqa: E402

if __name__ == "__main__":
    for build in _pages_en.ALL + _pages_zh.ALL:
        build()
        print("wrote", build.__name__)
