"""pipelines.decode: charset evidence, wrong declarations, kinds, limits."""

from __future__ import annotations

import codecs

import pytest

from pipelines.decode import decode_bytes, declared_charsets, detect_kind, python_codec, repair_c1_mojibake, run
from pipelines.document import Document
from pipelines.errors import Reject

ZH = "证券日报记者 邢萌，比特币挖矿行业正在整改，多家矿池迅速剥离境内业务。" * 10


def test_gbk_and_gb2312_read_as_gb18030():
    assert python_codec("GBK") == "gb18030"
    assert python_codec("gb2312") == "gb18030"
    assert python_codec("ISO-8859-1") == "cp1252"
    assert python_codec("no-such-charset") is None


def test_header_wins_over_meta_and_both_are_reported():
    raw = b'<meta charset="gb2312"><p>x</p>'
    found = declared_charsets(raw, headers={"content-type": "text/html; charset=UTF-8"})
    assert found == [("utf-8", "http header"), ("gb18030", "meta")]


def test_meta_charset_used_when_no_header():
    raw = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head>'
           f"<body><p>{ZH}</p></body></html>").encode("gbk")
    text, codec, warnings = decode_bytes(raw)
    assert codec == "gb18030" and ZH in text and warnings == []


def test_declared_utf8_but_gbk_bytes_is_detected():
    raw = f"<html><body><p>{ZH}</p></body></html>".encode("gbk")
    text, codec, warnings = decode_bytes(raw, headers={"content-type": "text/html; charset=utf-8"})
    assert codec == "gb18030"
    assert ZH in text and "\ufffd" not in text
    assert warnings and "utf-8" in warnings[0]


def test_declared_latin1_but_gbk_bytes_is_detected():
    raw = f"<p>{ZH}</p>".encode("gbk")
    text, codec, warnings = decode_bytes(raw, headers={"content-type": "text/html; charset=iso-8859-1"})
    assert codec == "gb18030" and ZH in text and warnings


def test_utf8_bytes_declared_gbk_are_read_as_utf8():
    raw = f"<meta charset=gbk><p>{ZH}</p>".encode("utf-8")
    text, codec, warnings = decode_bytes(raw)
    assert codec == "utf-8" and ZH in text and warnings


def test_bom_wins():
    text, codec, _ = decode_bytes(codecs.BOM_UTF8 + "<p>中文</p>".encode("utf-8"),
                                  headers={"content-type": "text/html; charset=gbk"})
    assert text == "<p>中文</p>" and codec == "utf-8"


def test_profile_fallback_charset():
    raw = f"<html><body><p>{ZH}</p></body></html>".encode("gbk")
    doc = run(Document(raw=raw, profile="securities_daily"))
    assert doc.encoding == "gb18030" and ZH in doc.text


@pytest.mark.parametrize("text, kind", [
    ("<!DOCTYPE html><html><body>x</body></html>", "html"),
    ("<div><p>Hello</p></div>", "html"),
    ("Title\n\n<<:  Previous story\n\n>>:  Next story\n", "text"),
    ("Plain words only.\nSecond line.", "text"),
])
def test_detect_kind(text, kind):
    assert detect_kind(text) == kind


def test_seed_is_text(tmp_path):
    from pathlib import Path

    seed = Path(__file__).parent / "fixtures" / "pages" / "seed" / "page.txt"
    doc = run(Document(raw=seed.read_bytes()))
    assert doc.input_kind == "text" and doc.encoding == "utf-8"


def test_str_input_is_accepted():
    doc = run(Document(raw="<p>already decoded</p><p>text</p>"))
    assert doc.input_kind == "html" and doc.encoding == "utf-8"


@pytest.mark.parametrize("raw", [b"", "", b"   \n\t "])
def test_empty_body_rejected(raw):
    with pytest.raises(Reject) as exc:
        run(Document(raw=raw))
    assert exc.value.stage == "decode" and "empty body" in exc.value.reason


def test_oversized_page_rejected_with_size():
    raw = b"<p>" + b"a" * (11 * 1024 * 1024) + b"</p>"
    with pytest.raises(Reject) as exc:
        run(Document(raw=raw))
    assert "11.0 MB" in exc.value.reason and "limit of 10 MB" in exc.value.reason


def test_binary_rejected():
    with pytest.raises(Reject) as exc:
        run(Document(raw=b"%PDF-1.4\x00\x00\x01\x02" * 100))
    assert "binary" in exc.value.reason


def test_undecodable_garbage_is_rejected_not_archived():
    raw = bytes(range(0x80, 0x100)) * 400
    with pytest.raises(Reject) as exc:
        decode_bytes(raw, headers={"content-type": "text/html; charset=utf-8"})
    assert exc.value.stage == "decode"


def test_undeclared_western_page_is_cp1252():
    text = ("<p>Le marché européen a progressé de 2,5 % grâce à la hausse des valeurs bancaires. Les investisseurs "
            "étaient prudents après la réunion de la Banque centrale européenne à Francfort.</p>")
    decoded, codec, _ = decode_bytes(text.encode("cp1252"))
    assert codec == "cp1252" and decoded == text


def test_mostly_ascii_gbk_page_is_not_taken_for_cyrillic():
    script = "<script>var cfg = {" + ", ".join(f'"k{i}": "{"x" * 40}"' for i in range(500)) + "};</script>"
    nav = "".join(f"<li><a href='/s/{i}.html'>Section {i}</a></li>" for i in range(150))
    page = f"<html><body>{script}<ul>{nav}</ul><p>{ZH[:120]}</p></body></html>"
    decoded, codec, _ = decode_bytes(page.encode("gbk"), headers={"content-type": "text/html; charset=utf-5"})
    assert codec == "gb18030" and ZH[:120] in decoded


def test_utf8_read_as_latin1_keeps_its_quotes():
    # “Hello,” and ’ encoded to UTF-8, read as Latin-1 and encoded to UTF-8 again: C1 controls inside
    twice = "<p>“We will open in May,” said Orla Vint of Brennick’s Mill.</p>".encode().decode("latin-1")
    doc = run(Document(url="http://example.test/a", raw=("<html><body>" + twice + "</body></html>").encode()))
    assert "“We will open in May,” said Orla Vint of Brennick’s Mill." in doc.text
    assert repair_c1_mojibake("Crème brûlée, Ã© as written") == "Crème brûlée, Ã© as written"
