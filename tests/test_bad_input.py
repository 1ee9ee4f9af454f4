"""Bad input never crashes: ``extract`` returns an error object, the pipeline a reject."""

from __future__ import annotations

import pytest

from pipelines import extract
from pipelines.base import Rejected
from pipelines.document import Document
from pipelines.validate import ValidatePipeline

ARTICLE = "".join(
    f"<p>Paragraph {i}: the regulator said on Monday that new capital rules would apply to all "
    f"brokers from next year, and that firms had six months to comply with the reporting changes.</p>"
    for i in range(6)
)


def page(body: str, title: str = "Regulator tightens broker capital rules") -> str:
    return (f"<!DOCTYPE html><html><head><title>{title}</title></head><body>"
            f"<nav><a href='/'>Home</a></nav><h1>{title}</h1><div class='article'>{body}</div></body></html>")


def test_good_page_has_no_error():
    out = extract(page(ARTICLE).encode(), url="https://news.example/a/1.html")
    assert out["error"] is None and out["body"].count("\n\n") == 5


@pytest.mark.parametrize("data", [b"", "   "])
def test_empty(data):
    out = extract(data)
    assert out["error"]["stage"] == "decode" and "empty body" in out["error"]["reason"]
    assert out["body"] == "" and out["blocks"] == []


def test_page_without_text():
    out = extract(page("<img src='x.jpg'>"))
    assert out["error"]["stage"] == "validate"


def test_listing_page_is_not_an_article():
    items = "".join(f"<li><a href='/n/{i}.html'>Headline number {i} about markets and rates</a> "
                    f"<span>2024-05-{i + 1:02d}</span></li>" for i in range(25))
    out = extract(page(f"<ul class='list'>{items}</ul>", title="Markets news"), url="https://news.example/markets/")
    assert out["error"]["stage"] == "validate"
    assert out["error"]["reason"].startswith("not an article")


def test_chinese_index_page_is_not_an_article():
    items = "".join(f"<li><a href='/c/{i}.html'>央行宣布下调存款准备金率第{i}条新闻标题</a></li>" for i in range(30))
    out = extract(page(f"<ul>{items}</ul>", title="财经首页").encode("gbk"), url="https://cj.example/index.html")
    assert out["error"]["reason"].startswith("not an article")


def test_login_page_is_not_an_article():
    form = ("<form action='/login' method='post'><p>Sign in to read premium stories from our newsroom, "
            "including analysis, data and commentary, every day.</p><input name='user'>"
            "<input type='password' name='pw'><button>Sign in</button></form>")
    out = extract(page(form, title="Sign in"))
    assert out["error"]["stage"] == "validate"
    assert "not an article" in out["error"]["reason"]


def test_too_short():
    out = extract(page("<p>Shares rose on Monday, the exchange said in a statement to investors.</p>"))
    assert out["error"]["reason"].startswith(("too short", "not an article"))


def test_truncated_html_still_parses():
    html = page(ARTICLE)
    cut = html[: html.index("Paragraph 4") + 40]
    out = extract(cut.encode())
    assert out["error"] is None
    assert "Paragraph 3" in out["body"] and "Paragraph 4" in out["body"]


def test_wrong_declared_charset_is_detected():
    zh = "".join(f"<p>中国人民银行宣布下调金融机构存款准备金率，此次降准共计释放长期资金约1万亿元，第{i}段。</p>" for i in range(5))
    out = extract(page(zh, title="央行降准").encode("gbk"), headers={"content-type": "text/html; charset=utf-8"})
    assert out["error"] is None
    assert "中国人民银行" in out["body"] and "\ufffd" not in out["body"]
    assert out["encoding"] == "gb18030" and out["warnings"]


def test_twenty_megabyte_page_is_rejected_quickly():
    big = page(ARTICLE * 30000).encode()
    assert len(big) > 20 * 1024 * 1024
    out = extract(big)
    assert out["error"]["stage"] == "decode"
    assert "MB" in out["error"]["reason"] and "limit" in out["error"]["reason"]


def test_binary():
    out = extract(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(5000))
    assert out["error"]["stage"] == "decode"


def test_profile_selectors_missing_falls_back_with_warning():
    out = extract(page(ARTICLE).encode(), url="http://www.zqrb.cn/finance/x/2021-05-26/A1621983946519.html")
    assert out["error"] is None
    assert any("selectors found no body; generic extraction used" in w for w in out["warnings"])


def test_pipeline_adapter_turns_reject_into_rejected_item():
    item = Document(url="https://x.example/", blocks=[])
    result = ValidatePipeline().process_item(item)
    assert isinstance(result, Rejected)
    assert result["stage"] == "validate" and "empty body" in result["reason"]
