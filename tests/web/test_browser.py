"""The workbench in a real browser: Debian's Chromium driven by Playwright (no download).

Screenshots go to test-artifacts/ for people to look at."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import ROOT

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = ROOT / "test-artifacts"

if not Path(CHROMIUM).exists():
    if os.environ.get("TIDINGS_REQUIRE_BROWSER"):
        raise RuntimeError(f"browser tests need {CHROMIUM} (apt-get install chromium)")
    pytest.skip(f"no browser at {CHROMIUM}", allow_module_level=True)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                              args=["--no-sandbox", "--disable-gpu", "--disable-quic",
                                    "--no-first-run", "--disable-background-networking",
                                    "--disable-component-update", "--disable-sync"])
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = ctx.new_page()
    dialogs: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pg.dialogs = dialogs  # type: ignore[attr-defined]
    yield pg
    ctx.close()


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_browser_events_filter_and_follow_link(page, live_server):
    page.goto(f"{live_server}/events")
    total = int(page.text_content("#total"))
    assert total >= 4
    shot(page, "events")
    page.fill("input[name=actor]", "BLR")
    page.fill("input[name=root]", "11")
    page.click("#filters button[type=submit]")
    page.wait_for_load_state()
    rows = page.locator("table.events tbody tr")
    assert 1 <= rows.count() < total
    assert "11" in rows.first.locator("td").nth(2).text_content()
    shot(page, "events-filtered")
    page.locator("a.article-link").first.click()
    page.wait_for_load_state()
    assert "/articles/" in page.url
    assert page.locator("#article-body span.trigger").count() >= 1
    assert page.locator(".record:target").count() == 1  # the event's record is picked out
    shot(page, "article")


def test_browser_article_view_highlights_records(page, live_server):
    page.goto(f"{live_server}/articles/example")
    assert page.locator("#article-body span.actor").count() > 10
    assert page.locator("#article-body span.quote").count() >= 5
    assert page.locator("#article-body span.amount").count() >= 1
    assert "pattern" in page.locator(".record .why").first.text_content()


def test_browser_dyad_timeline_and_events_behind_it(page, live_server):
    page.goto(f"{live_server}/dyads?a=RUS&b=BLR&interval=month")
    page.wait_for_selector("#dyad-chart[data-ready='1']", timeout=20000)
    assert page.locator("#dyad-chart .bars path, #dyad-chart .point").count() >= 1
    page.wait_for_selector("#period-events .event", timeout=20000)
    shot(page, "dyad")


def test_browser_network(page, live_server):
    page.goto(f"{live_server}/network")
    page.wait_for_selector("#network-chart[data-ready='1']", timeout=20000)
    text = page.locator("#network-chart").text_content()
    assert "RUS" in text and "BLR" in text
    shot(page, "network")


def test_browser_paste_article_and_see_events(page, live_server):
    page.goto(f"{live_server}/extract")
    page.fill("textarea[name=text]", "Japan and South Korea held talks in Tokyo on Monday. "
                                     "China condemned the meeting.")
    page.fill("input[name=published]", "2021-03-01")
    page.click("#extract-form button[type=submit]")
    page.wait_for_load_state()
    heads = page.locator(".record .head").all_text_contents()
    assert any("JPN" in h and "04" in h for h in heads), heads
    shot(page, "extract")


def test_browser_script_in_articles_never_runs(page, live_server):
    for url in ("/articles/xss", "/events", "/events?text=talks", "/articles"):
        page.goto(f"{live_server}{url}")
        page.wait_for_load_state("networkidle")
        assert page.evaluate("window.__xss") is None
    # the payload is shown as text
    page.goto(f"{live_server}/articles/xss")
    assert "<script>" in page.locator("#article-body").text_content()
    page.goto(f"{live_server}/extract")
    page.fill("textarea[name=text]", '<script>window.__xss=5</script> Egypt praised Jordan. '
                                     '<img src=x onerror="window.__xss=6">')
    page.click("#extract-form button[type=submit]")
    page.wait_for_load_state("networkidle")
    assert page.evaluate("window.__xss") is None
    assert page.dialogs == []
    shot(page, "xss")
