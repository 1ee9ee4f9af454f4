"""The dateparser gate: a string it turns away is one dateparser reads as no date (invented text)."""

from __future__ import annotations

import pytest

pytest.importorskip("dateparser")
pytest.importorskip("htmldate")

from htmldate import extractors  # noqa: E402

from pipelines import meta_dategate  # noqa: E402
from pipelines.meta_dategate import install, unreadable  # noqa: E402

TURNED_AWAY = [
    "Top 12 Zorblatt Gadgets Ranked for 2025",
    "Our 7 favourite quibbleware picks, 2024 edition",
    "Plinkety Reviews 4.6 out of 5 (318",
    "Grunfeld Widget Mk 3 (2021",
]

READABLE = [
    "March 5, 2024",
    "Tuesday, 14 May 2024",
    "5 de marzo de 2024",
    "12. Oktober 2023",
    "Nov. 20, 2025",
    "3 janvier 2022",
    "12 fevrier 2024",  # an accent-folded month name
    "Zorblatt feature, posted on: 3 March 2024",  # dateparser drops what comes before "on:"
]


def _dateparser(string: str):
    return extractors.get_external_parser().get_date_data(string)["date_obj"]


@pytest.mark.parametrize("string", TURNED_AWAY)
def test_turned_away_strings_are_no_date_for_dateparser(string: str) -> None:
    assert unreadable(string)
    assert _dateparser(string) is None


@pytest.mark.parametrize("string", READABLE)
def test_readable_dates_reach_dateparser(string: str) -> None:
    assert not unreadable(string)
    assert _dateparser(string) is not None


@pytest.mark.parametrize("string", [
    "Monday evening 2024",  # every word a dateparser word
    "в 2024 году Zorblatt 12",  # Cyrillic: locale rewriting patterns may apply
    "Zyx 12 2024",  # words under four letters are not judged
])
def test_gate_passes_what_it_cannot_judge(string: str) -> None:
    assert not unreadable(string)


def test_install_is_idempotent_and_keeps_readable_results(monkeypatch) -> None:
    monkeypatch.setattr(extractors, "_external_date", extractors._external_date)
    before = {string: extractors._external_date(string) for string in READABLE + TURNED_AWAY}
    install()
    gated = extractors._external_date
    install()
    assert extractors._external_date is gated
    assert getattr(gated, "_newsarchive_gate", False)
    assert {string: gated(string) for string in READABLE + TURNED_AWAY} == before


def test_gate_does_not_call_dateparser_for_turned_away(monkeypatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(extractors, "_external_date", lambda s: calls.append(s))
    install()
    extractors._external_date(TURNED_AWAY[0])
    extractors._external_date(READABLE[0])
    assert calls == [READABLE[0]]
    assert meta_dategate._known_text()


def test_gate_stands_only_for_our_own_date_search(monkeypatch) -> None:
    """Inside ``active()`` turned-away strings never reach dateparser; outside it htmldate's own
    call is back, so a trafilatura run elsewhere in the process is unchanged."""
    from lxml import html

    from pipelines.meta_htmldate import find_date

    calls: list[str] = []
    monkeypatch.setattr(extractors, "_external_date", lambda s: calls.append(s))
    original = extractors._external_date
    with meta_dategate.active():
        assert extractors._external_date is not original
        extractors._external_date(TURNED_AWAY[0])
    assert extractors._external_date is original
    assert calls == []
    find_date(html.fromstring("<html><body><p>Quarterly note, no date here.</p></body></html>"), None)
    assert extractors._external_date is original
