"""Unattributed two-person exchanges in Chinese, told by their address terms."""

from __future__ import annotations

from pipelines import claims


def _claims(*texts: str) -> list[dict]:
    return claims.extract([{"kind": "paragraph", "text": t} for t in texts], language="zh")


def test_exchange_by_address_terms() -> None:
    out = _claims("“妈妈，我们什么时候去公园？”", "“宝贝，等雨停了我们就去。”", "“妈妈，雨什么时候停？”",
                  "“孩子，再等一会儿，就能出门了。”", "雨后的小城格外安静。")
    assert [(c["kind"], c["speaker"]) for c in out] == [
        ("direct", "孩子"), ("direct", "妈妈"), ("direct", "孩子"), ("direct", "妈妈")]
    assert out[1]["text"] == "宝贝，等雨停了我们就去。"


def test_single_line_or_same_address_is_no_exchange() -> None:
    assert _claims("“妈妈，我们什么时候去公园？”", "雨后的小城格外安静。") == []
    assert _claims("“妈妈，我们去公园吧！”", "“妈妈，我们去公园吧！”", "小城格外安静。") == []


def test_attributed_lines_keep_their_speaker() -> None:
    out = _claims("林小雨问：“妈妈，我们什么时候去公园？”", "“宝贝，等雨停了我们就去。”")
    assert out[0]["speaker"] == "林小雨"


def test_pet_name_alone_is_kept() -> None:
    out = _claims("“妈妈，我们什么时候去公园？”", "“宝贝，等雨停了我们就去。”", "小城格外安静。")
    assert [c["speaker"] for c in out] == ["宝贝", "妈妈"]
