"""Datasette as a person sees it: pages loaded in headless Chromium (Debian's package).

The browser is driven over the DevTools protocol (websocket-client); each check
runs JavaScript in the rendered page and asserts on what is on the screen.
Without a ``chromium`` binary the test skips, except under ``CI=true``, where it
fails (``.ci/run`` installs it).
"""

from __future__ import annotations

import itertools
import json
import shutil
import subprocess
import time
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from conftest import _unavailable
from test_datasette import CLAIM, _serve, archive_db  # noqa: F401 - the fixture is used below

websocket = pytest.importorskip("websocket")

#: The screen a person looks at.
WIDTH, HEIGHT = 1280, 800


def chromium_binary() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if path := shutil.which(name):
            return path
    _unavailable("chromium", "no chromium binary on PATH (apt-get install chromium)")
    raise AssertionError("unreachable")


class Browser:
    """One headless Chromium page, driven over the DevTools protocol."""

    def __init__(self, binary: str, profile: Path):
        self.proc = subprocess.Popen(
            [binary, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             "--no-first-run", "--remote-debugging-port=0", f"--user-data-dir={profile}",
             f"--window-size={WIDTH},{HEIGHT}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 60
        while not port_file.exists() or not port_file.read_text().strip():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("chromium did not start")
            time.sleep(0.05)
        port = port_file.read_text().split()[0]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=30) as resp:
            page = next(t for t in json.loads(resp.read()) if t["type"] == "page")
        self.ws = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=60, suppress_origin=True)
        self.ids = itertools.count(1)

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        msg_id = next(self.ids)
        self.ws.send(json.dumps({"id": msg_id, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == msg_id:
                if "error" in msg:
                    raise RuntimeError(msg["error"])
                return msg["result"]

    def eval(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        return result["result"].get("value")

    def open(self, url: str) -> None:
        self.call("Page.navigate", url=url)
        deadline = time.monotonic() + 60
        while self.eval("document.readyState + ' ' + location.href") != f"complete {url}":
            if time.monotonic() > deadline:
                raise RuntimeError(f"page did not load: {url}")
            time.sleep(0.05)

    def close(self) -> None:
        self.ws.close()
        self.proc.terminate()
        self.proc.wait(timeout=30)


@pytest.fixture
def browser(tmp_path):
    b = Browser(chromium_binary(), tmp_path / "chromium-profile")
    yield b
    b.close()


@pytest.fixture
def site(archive_db):  # noqa: F811 - pytest fixture from test_datasette
    yield from _serve(archive_db, True, settings=["truncate_cells_html", "200"])


#: Cells of the rendered results table: [{column: text}] for the rows, with the screen box of each cell.
ROWS_JS = """
Array.from(document.querySelectorAll('table.rows-and-columns tbody tr')).map(tr => {
  const row = {};
  tr.querySelectorAll('td').forEach(td => {
    const col = Array.from(td.classList).find(c => c.startsWith('col-'));
    const box = td.getBoundingClientRect();
    if (col) row[col.slice(4)] = {text: td.innerText.trim(), left: box.left, right: box.right, top: box.top};
  });
  return row;
})"""


def test_search_box_finds_a_two_character_chinese_word(browser, site):
    browser.open(f"{site}/archive/articles_view?_search={urllib.parse.quote('挖矿')}")
    rows = browser.eval(ROWS_JS)
    assert [r["title"]["text"] for r in rows] == ["金融委定调打击比特币挖矿"]
    assert browser.eval("document.querySelector('input[name=_search]').value") == "挖矿"
    # The row a person sees is on the first screen.
    assert 0 <= rows[0]["title"]["top"] < HEIGHT


def test_claim_text_is_on_the_first_screen(browser, site):
    browser.open(f"{site}/archive/claims_view")
    rows = browser.eval(ROWS_JS)
    assert rows, "no claims shown"
    cell = rows[0]["text"]
    assert cell["text"] == CLAIM["text"]
    assert 0 <= cell["left"] and cell["right"] <= WIDTH, cell   # not off to the right
    assert 0 <= cell["top"] < HEIGHT, cell                      # not below the fold
    assert rows[0]["speaker"]["text"] == CLAIM["speaker"] and rows[0]["cue"]["text"] == CLAIM["cue"]


def test_article_bodies_do_not_fill_the_table(browser, site):
    browser.open(f"{site}/archive/articles")
    rows = browser.eval(ROWS_JS)
    assert len(rows) == 4
    # The 9,000-character body is cut to 200 characters ...
    assert max(len(r["body"]["text"]) for r in rows) <= 210, [len(r["body"]["text"]) for r in rows]
    # ... so no row takes more than a fifth of the screen.
    heights = browser.eval("Array.from(document.querySelectorAll('table.rows-and-columns tbody tr'))"
                           ".map(tr => tr.getBoundingClientRect().height)")
    assert max(heights) < HEIGHT / 5, heights
