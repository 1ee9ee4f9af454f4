"""bench/realdata.match_key: the one normalization the real-page benches find snippets with
(invented text; the dev pages themselves are never read here)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from realdata import match_key  # noqa: E402


def test_invisible_format_characters_do_not_count():
    # a label copied with an invisible separator or a soft hyphen still matches the cleaned text
    assert match_key("200g flat noodles\u2063") == match_key("200g flat noodles")
    assert match_key("ferry\u00adboat and\u200b pier") == match_key("ferryboat and pier")
    assert match_key("ferry boat") != match_key("ferryboat")
