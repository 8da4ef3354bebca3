"""The cascade viewer in a real headless Chromium (Debian's), driven by Playwright.

The test starts the API on a loopback port on the seed corpus (tests/ui/conftest.py), opens
/, waits for the cascade from the national 保居民就业, follows the 稳就业 branch down to a
周村区 measure, checks the side panel, searches 稳岗返还, and re-roots the view from a lineage
link. It runs on the embedded store, and on Neo4j too with --neo4j: the page only calls the API.
`REFRESH_SCREENSHOT=1 bash scripts/test.sh tests/ui` refreshes the README's docs/screenshot.png.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from tests.ui.conftest import CHROMIUM

DOCS = Path(__file__).resolve().parents[2] / "docs"
DIRECTIVE = "doc:中国:政府工作报告#六保.1"
ZHOUCUN_14 = "doc:周政字〔2020〕8号#三.(一).14"
ZHOUCUN_15 = "doc:周政字〔2020〕8号#三.(一).15"
WAIT = 30_000  # ms

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium: apt-get install chromium"),
]


def node(node_id: str) -> str:
    return f'g.node[data-id="{node_id}"]'


@pytest.mark.parametrize("store", ["memory", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def test_web_page_follows_the_cascade_to_a_zhoucun_measure(
        store: str, browser: Any, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    base_url = request.getfixturevalue(f"{store}_url")
    page = browser.new_page(viewport={"width": 1600, "height": 1000})
    errors: list[str] = []
    page.on("pageerror", lambda err: errors.append(f"page error: {err}"))
    page.on("console", lambda msg: errors.append(f"console: {msg.text}") if msg.type == "error" else None)
    page.on("requestfailed", lambda req: errors.append(f"request failed: {req.url}"))

    # The default cascade: 六保.1 保居民就业 down through the levels, as columns.
    page.goto(base_url + "/")
    page.wait_for_selector(node(DIRECTIVE) + ".root", timeout=WAIT)
    assert page.input_value("#directive") == DIRECTIVE
    assert "down from 中国 政府工作报告(2020-05-22)#六保.1 保居民就业" in page.inner_text("#status")
    assert page.locator("#heads > div").all_inner_texts()[0].startswith("national")
    for level in ("national", "municipal", "county"):  # 山东省's February items came first: SIMILAR_TO
        assert page.locator(f"g.node.{level}").count() > 0, level
    assert page.locator("g.edge.inferred").count() > 0
    assert page.locator("g.edge.contains").count() > 0 and page.locator("g.edge.bridge").count() > 0
    title = page.locator("g.edge.inferred title").first.text_content() or ""
    assert title.startswith("IMPLEMENTS · inferred · score ")
    assert page.locator("#directive optgroup").count() >= 2  # 六保 and 六稳
    assert page.locator("#directive option", has_text="稳就业").count() >= 1

    # The region filter keeps the chains through 山东省's places: 甘肃 高台县 goes.
    assert page.locator("g.node.county", has_text="高台县").count() > 0
    page.select_option("#region", "山东省")
    page.wait_for_function("document.querySelector('#status').textContent.includes('(filtered)')")
    assert page.locator("g.node.county", has_text="高台县").count() == 0
    assert "(filtered)" in page.inner_text("#status")

    # The 稳就业 branch reaches 周村区's measure 15 (in its section 三.(一), which names 稳就业);
    # it is opened re-rooted by the URL, as a shared link would.
    assert page.locator(node(ZHOUCUN_15)).count() == 1
    page.goto(base_url + "/#from=" + quote(ZHOUCUN_15, safe="") + "&dir=up")
    page.reload()
    page.wait_for_selector(node(ZHOUCUN_15) + ".root", timeout=WAIT)
    page.click(node(ZHOUCUN_15))
    page.wait_for_selector("#m-heading", timeout=WAIT)
    page.wait_for_selector("#m-up li a", timeout=WAIT)
    assert page.inner_text("#m-heading") == "保障复产企业用工"
    assert page.inner_text("#m-doc-number") == "周政字〔2020〕8号"
    assert page.inner_text("#m-date") == "2020-03-06"
    assert "强化统筹思维" in page.inner_text("#m-title")
    assert "区人力资源社会保障局" in page.inner_text("#m-lead")
    assert "路德芝" in page.inner_text("#m-persons")
    assert "职业介绍补贴" in page.inner_text("#m-text")
    assert "以政策落实为重点稳就业" in page.inner_text("#m-container")
    assert "政府工作报告(2020-05-22)#六保.1 保居民就业" in page.inner_text("#m-up")
    assert page.locator(node(ZHOUCUN_15) + ".selected").count() == 1
    assert page.locator("g.edge.hl").count() >= 1  # its edges stand out
    page.wait_for_timeout(300)
    shot = tmp_path / f"cascade-{store}.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 50_000
    if store == "memory" and os.environ.get("REFRESH_SCREENSHOT"):  # the README's picture,
        DOCS.mkdir(exist_ok=True)                                    # refreshed on purpose
        shutil.copy(shot, DOCS / "screenshot.png")

    # Search: 稳岗返还 finds 周村区's measure 14; opening it re-roots the view there.
    page.select_option("#region", "")
    page.fill("#q", "稳岗返还")
    page.press("#q", "Enter")
    page.wait_for_selector("#results .result", timeout=WAIT)
    assert "周村区" in page.inner_text("#results")
    page.click(f'#results .result[data-id="{ZHOUCUN_14}"]')
    page.wait_for_function("document.querySelector('#m-heading')?.textContent === '加大稳岗返还'", timeout=WAIT)
    page.wait_for_selector(node(ZHOUCUN_14) + ".root.selected", timeout=WAIT)
    assert "up from 周村区 周政字〔2020〕8号#三.(一).14 加大稳岗返还" in page.inner_text("#status")
    assert page.inner_text("#m-doc-number") == "周政字〔2020〕8号"
    assert "区人力资源社会保障局" in page.inner_text("#m-lead")
    assert page.locator(node(DIRECTIVE)).count() == 1  # the trace up reaches the directive

    # A lineage link re-roots the view at the national directive again.
    page.wait_for_selector(f'#m-up a[data-reroot="{DIRECTIVE}"]', timeout=WAIT)
    page.click(f'#m-up a[data-reroot="{DIRECTIVE}"]')
    page.wait_for_function("document.querySelector('#m-heading')?.textContent === '保居民就业'", timeout=WAIT)
    assert "down from 中国 政府工作报告(2020-05-22)#六保.1" in page.inner_text("#status")
    assert page.input_value("#directive") == DIRECTIVE
    assert "#from=" in page.url

    page.close()
    assert errors == []


def test_openapi_docs_render_offline_in_chromium(browser: Any, memory_url: str) -> None:
    """Swagger UI draws the operations with every request kept on this machine's API."""
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    outside: list[str] = []
    page.route("**/*", lambda route: (outside.append(route.request.url), route.abort())
               if not route.request.url.startswith(memory_url) else route.continue_())
    page.goto(memory_url + "/docs")
    page.wait_for_selector(".opblock-summary-path", timeout=WAIT)
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert any("/trace/down" in p for p in paths) and any("/cypher" in p for p in paths)
    assert outside == []
    page.close()


def test_min_score_slider_drops_weaker_inferred_links(browser: Any, memory_url: str) -> None:
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    page.goto(memory_url + "/")
    page.wait_for_selector(node(DIRECTIVE) + ".root", timeout=WAIT)
    every = page.locator("g.edge.inferred").count()
    page.eval_on_selector("#min-score", "el => { el.value = '0.95'; el.dispatchEvent(new Event('change')); }")
    page.wait_for_function(f"document.querySelectorAll('g.edge.inferred').length < {every}",
                           timeout=WAIT)
    assert page.inner_text("#min-score-value") in ("0.00", "0.95")
    page.close()
