"""The dashboard in headless Chromium (Debian's package, driven by Playwright), against the real
server started with `accord serve` on a free localhost port.

From the relations curve down to the sentence: pick Russia and South Ossetia, see the curve,
click a month, click one of its events, and find its sentence highlighted in the article.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from servekit import REPO, SEED

CHROMIUM = next((p for p in (os.environ.get("ACCORD_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                             shutil.which("chromium-browser")) if p and Path(p).is_file()), None)
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium at /usr/bin/chromium or on PATH "
                                "(`make browser` installs Debian's chromium)")
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')")

ACCUSATION = ("South Ossetia accused Russia of delaying gas deliveries to Tskhinvali, the breakaway region's "
              "leader said on Tuesday.")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(store_db):
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "accord.cli", "serve", "--db", str(store_db), "--port", str(port)],
                            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(base + "/api/info", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"accord serve did not start:\n{proc.stdout.read()}")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    page.on("console", lambda msg: msg.type == "error" and page.errors.append(msg.text))
    page.set_default_timeout(15_000)
    yield page
    context.close()


def test_from_relations_curve_to_the_sentence(server, page, tmp_path):
    page.goto(server + "/")
    page.wait_for_selector("#actor-a option[value=RUS]", state="attached")
    page.select_option("#actor-a", "RUS")
    page.select_option("#actor-b", "XSO")
    page.select_option("#interval", "month")
    page.click("#show-dyad")

    page.wait_for_selector("svg.series circle.point")
    periods = page.eval_on_selector_all("circle.point", "nodes => nodes.map(n => n.dataset.period)")
    assert {"2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01", "2024-05-01"} <= set(periods)
    if SEED.is_file():
        assert "2023-12-01" in periods  # the seed article's joint Russia-South Ossetia events
    assert page.locator("rect.band-coop").count() == 1 and page.locator("rect.band-conflict").count() == 1
    curve = tmp_path / "dyad-curve.png"
    page.screenshot(path=str(curve), full_page=True)

    page.click("circle.point[data-period='2024-02-01']")
    row = page.locator("#period-events tr.event-row")
    row.first.wait_for()
    assert row.count() == 1 and "accused Russia" in row.first.inner_text()
    row.first.click()

    page.wait_for_selector(".article-text .sentence.focus")
    assert "#/article/rso-2024-02" in page.url
    focused = "".join(page.eval_on_selector_all(".article-text .focus", "nodes => nodes.map(n => n.textContent)"))
    assert focused.strip() == ACCUSATION
    background = page.eval_on_selector(".article-text .focus", "n => getComputedStyle(n).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    assert page.locator(".article-text .trigger").first.inner_text() == "accused"
    assert page.locator(".article-text .place").count() >= 1
    assert page.locator(".side-events li.current").count() == 1

    shot = tmp_path / "dyad-to-sentence.png"
    page.screenshot(path=str(shot), full_page=True)
    print(f"\nscreenshots: {curve} {shot}")
    assert shot.stat().st_size > 10_000
    assert page.errors == []


def test_seed_point_lists_joint_events(server, page):
    if not SEED.is_file():
        pytest.skip(f"{SEED} is missing (../shared is not beside the repository)")
    page.goto(server + "/#/dyad?a=RUS&b=XSO&interval=month")
    page.click("circle.point[data-period='2023-12-01']")
    rows = page.locator("#period-events tr.event-row")
    rows.first.wait_for()
    assert rows.count() == 4
    assert all("RUS" in text and "XSO" in text for text in rows.all_inner_texts())
    assert page.errors == []


def test_network_event_table_and_articles_render(server, page, tmp_path):
    page.goto(server + "/#/network")
    page.wait_for_selector("line.edge[data-dyad='RUS-XSO']")
    stroke = page.get_attribute("line.edge[data-dyad='RUS-XSO']", "stroke")
    assert stroke.startswith("rgb(")
    page.screenshot(path=str(tmp_path / "network.png"))
    page.click("g.node[data-code='XAB']")
    page.wait_for_selector("#event-results tr.event-row")
    assert "involving=XAB" in page.url

    page.goto(server + "/#/events?type=COERCE")
    page.wait_for_selector("#event-results tr.event-row")
    assert all("COERCE" in text for text in page.locator("#event-results tr.event-row").all_inner_texts())
    page.fill("#event-filters input[name=q]", "protesters")
    page.click("#event-filters button[type=submit]")
    page.wait_for_function("location.hash.includes('q=protesters')")
    page.wait_for_selector("#event-results tr.event-row")

    page.goto(server + "/#/articles?q=tunnel")
    page.wait_for_selector("ul.articles li a")
    assert page.locator("ul.articles li").count() == 2
    assert page.errors == []


def test_bad_actor_in_the_url_shows_the_api_error(server, page):
    page.goto(server + "/#/dyad?a=RUS&b=NOPE")
    page.wait_for_selector("#error:not([hidden])")
    assert "unknown actor code" in page.inner_text("#error")
