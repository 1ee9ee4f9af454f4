"""entities_numeric: the scan from likely starts finds what finditer finds (invented text)."""

import pytest

from pipelines import entities_numeric

TEXTS = [
    "Lakeview Holdings paid US$5 million, HK$3.2bn and RMB 200 million; USD 40 and CNY 7 too.",
    "The fee rose 4.5 percent, or 0.5 percentage points, to 12%; .5% and 1.25 per cent were cited.",
    "On March 3, 2020 and 3 May 2021 the board met; in 2019 it met in May; Sept. 14th and Jun 2022.",
    "Ticket 12345 in 2020, x2020, 3.2020, 42 dollars, 2,000,000 yuan, 7 thousand euros, $ 5.",
    "HE SAID JAN 5 AND MAY 2020 COST $40 OR 10% MORE, RMB5, USD5.5, HKD 9.",
    "湖畔水务公司去年营收增长百分之3.5，达到12亿元，比2019年3月高出0.8个百分点，约5万美元。",
    "Numbers only: 1 22 333 4444 55555 2021 1999 2100 1900s 19th; Junk: Janx Febs Marvel Octopus.",
    "",
]


@pytest.mark.parametrize("language", ["en", "zh"])
def test_scan_finds_what_finditer_finds(monkeypatch, language):
    for text in TEXTS + [t.lower() for t in TEXTS] + [t.upper() for t in TEXTS]:
        got = entities_numeric._numeric(text, language)
        with monkeypatch.context() as m:
            m.setattr(entities_numeric, "_scan", lambda pattern, _at, body: pattern.finditer(body))
            want = entities_numeric._numeric(text, language)
        assert got == want, text


def test_the_scan_still_reads_the_text_before_a_start():
    # "in 2019" is a date (the year looks behind at "in "), "x2020" is none (\b)
    found = entities_numeric._numeric("Founded in 2019 as x2020 Labs.", "en")
    assert [(s, e, t, c) for s, e, t, c in found if t == "DATE"] == [(11, 15, "DATE", "2019")]
