"""The viewer at ordinary widths (issue 13 part 5), in a real headless Chromium on the seed corpus.

At 1440×900 and 1024×768 the four level columns and the national root are on screen at once
(element boxes against the viewport), the sticky column heads cover no node, a click on a node
leaves the root in view, and the side panel collapses and stays so after a reload. The two
national sources of 六保 are told apart in the directive list and on the cascade. The focused
question (a national item → 周村区) draws only the chains that end in 周村区 and says why the
province and the city have none (their texts came first: SIMILAR_TO).
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.ui.conftest import CHROMIUM

WAIT = 30_000  # ms
DIRECTIVE = "doc:中国:政府工作报告#六保.1"
VIEWPORTS = [(1440, 900), (1024, 768)]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium: apt-get install chromium"),
]

# The viewport, and the box of every node and column head, in one round trip.
BOXES = """() => {
  const box = (el) => { const r = el.getBoundingClientRect();
    return { x: r.left, y: r.top, right: r.right, bottom: r.bottom, id: el.dataset.id || el.className,
             level: el.classList ? el.classList[1] : "" }; };
  return { width: innerWidth, height: innerHeight,
           heads: [...document.querySelectorAll('#heads > div')].map(box),
           headsBottom: document.querySelector('#heads').getBoundingClientRect().bottom,
           nodes: [...document.querySelectorAll('g.node')].map(box),
           root: box(document.querySelector('g.node.root')) };
}"""
# The node drawn at the centre of the root's box, as the user would see it (not a column head).
ROOT_ON_TOP = """() => { const r = document.querySelector('g.node.root').getBoundingClientRect();
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  return Boolean(hit && hit.closest('g.node.root')); }"""
LEAVES = """() => { const parents = new Set([...document.querySelectorAll('g.edge')].map(e => e.dataset.from));
  return [...document.querySelectorAll('g.node')].filter(g => !parents.has(g.dataset.id)).map(g => g.dataset.region); }"""
FITTED = """() => document.querySelector('#cascade').getBoundingClientRect().right
  <= document.querySelector('#view').getBoundingClientRect().right + 1"""


def open_viewer(browser: Any, url: str, width: int, height: int) -> Any:
    page = browser.new_page(viewport={"width": width, "height": height})
    errors: list[str] = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    page.errors = errors
    page.goto(url + "/")
    page.wait_for_selector(f'g.node.root[data-id="{DIRECTIVE}"]', timeout=WAIT)
    page.wait_for_function(FITTED, timeout=WAIT)
    return page


def inside(box: dict[str, Any], width: int, height: int) -> bool:
    return box["x"] >= 0 and box["y"] >= 0 and box["right"] <= width and box["bottom"] <= height


def assert_every_level_in_view(page: Any) -> None:
    boxes = page.evaluate(BOXES)
    width, height = boxes["width"], boxes["height"]
    assert [h["id"] for h in boxes["heads"]] == ["national", "provincial", "municipal", "county"]
    for head in boxes["heads"]:
        assert inside(head, width, height), head
    assert any(b["level"] == "county" for b in boxes["nodes"]), "no county node drawn"
    assert all(0 <= b["x"] and b["right"] <= width for b in boxes["nodes"]), "a column is cut off"
    assert inside(boxes["root"], width, height), boxes["root"]
    assert boxes["root"]["y"] >= boxes["headsBottom"], "the column heads cover the first row"
    assert page.evaluate(ROOT_ON_TOP), "something is drawn over the root"


@pytest.mark.parametrize(("width", "height"), VIEWPORTS)
def test_viewer_shows_every_level_and_the_root_at_once(
        browser: Any, memory_url: str, width: int, height: int) -> None:
    page = open_viewer(browser, memory_url, width, height)
    assert_every_level_in_view(page)
    assert page.inner_text("#zoom-value") == "100%"  # the columns fit as they are, unscaled

    # A click on a county node (周村区's section) opens the panel; the levels are fitted
    # again into what is left, and the national root stays in view.
    zhoucun = page.locator('g.node.county[data-region="周村区"]').first
    zhoucun_id = zhoucun.get_attribute("data-id")
    zhoucun.click()
    page.wait_for_selector("#m-heading", timeout=WAIT)
    assert page.is_visible("#panel")
    page.wait_for_function(FITTED, timeout=WAIT)
    page.wait_for_selector(f'g.node.selected[data-id="{zhoucun_id}"]', timeout=WAIT)
    assert page.locator(f'g.edge.hl[data-to="{zhoucun_id}"]').count() >= 1  # its links stay lit
    assert_every_level_in_view(page)
    panel = page.locator("#panel").bounding_box()
    county_right = max(b["right"] for b in page.evaluate(BOXES)["nodes"])
    assert county_right <= panel["x"] + 1, "the panel covers the county column"
    assert page.errors == []
    page.close()


@pytest.mark.parametrize(("width", "height"), VIEWPORTS)
def test_side_panel_collapses_and_stays_collapsed(
        browser: Any, memory_url: str, width: int, height: int) -> None:
    page = open_viewer(browser, memory_url, width, height)
    page.locator("g.node.county").first.click()  # opens the panel, whatever the default
    page.wait_for_selector("#m-heading", timeout=WAIT)
    wide_with_panel = page.locator("#view").bounding_box()["width"]
    page.click("#panel-toggle")
    assert not page.is_visible("#panel")
    assert page.get_attribute("#panel-toggle", "aria-expanded") == "false"
    assert page.locator("#view").bounding_box()["width"] > wide_with_panel + 200
    page.wait_for_function(FITTED, timeout=WAIT)
    assert_every_level_in_view(page)

    page.reload()  # the choice is kept
    page.wait_for_selector("g.node.root", timeout=WAIT)
    assert not page.is_visible("#panel")
    page.click("#panel-toggle")
    assert page.is_visible("#panel")
    page.reload()
    page.wait_for_selector("g.node.root", timeout=WAIT)
    assert page.is_visible("#panel")
    assert page.errors == []
    page.close()


def test_zoom_in_pans_and_fit_brings_every_level_back(browser: Any, memory_url: str) -> None:
    page = open_viewer(browser, memory_url, 1024, 768)
    fitted = page.locator("#cascade").bounding_box()["width"]
    assert "on" in (page.get_attribute("#zoom-fit", "class") or "")
    page.click("#zoom-in")
    page.wait_for_function(f"document.querySelector('#cascade').getBoundingClientRect().width > {fitted * 1.2}",
                           timeout=WAIT)
    assert page.evaluate("(v => v.scrollWidth > v.clientWidth)(document.querySelector('#view'))")
    assert "on" not in (page.get_attribute("#zoom-fit", "class") or "")
    page.click("#zoom-fit")
    page.wait_for_function(FITTED, timeout=WAIT)
    assert_every_level_in_view(page)
    assert page.errors == []
    page.close()


def test_directive_list_tells_the_two_national_sources_apart(browser: Any, memory_url: str) -> None:
    page = open_viewer(browser, memory_url, 1440, 900)
    captions = page.eval_on_selector_all("#directive option:not([hidden])", "os => os.map(o => o.textContent)")
    assert len(captions) >= 18  # 六保 twice (政府工作报告, 政治局会议 2020-04-17) and 六稳
    assert len(set(captions)) == len(captions), [c for c in captions if captions.count(c) > 1]
    assert "保居民就业 · 政府工作报告 2020-05-22" in captions
    assert "保居民就业 · 政治局会议 2020-04-17" in captions
    groups = page.eval_on_selector_all("#directive optgroup", "gs => gs.map(g => g.label)")
    assert len(set(groups)) == len(groups)

    # Choosing the meeting's item roots the cascade there, named by source and date.
    option = page.locator("#directive option", has_text="保居民就业 · 政治局会议 2020-04-17")
    meeting_item = option.get_attribute("value")
    assert meeting_item and meeting_item != DIRECTIVE and meeting_item.endswith("#六保.1")
    page.select_option("#directive", meeting_item)
    page.wait_for_selector(f'g.node.root[data-id="{meeting_item}"]', timeout=WAIT)
    assert "down from 中国 中共中央政治局会议(2020-04-17)#六保.1 保居民就业" in page.inner_text("#status")
    assert "政治局会议(2020-04-17) · 六保.1" in page.locator("g.node.root text.l1").text_content()
    assert page.errors == []
    page.close()


def test_focus_on_zhoucun_draws_only_its_chains_and_says_why_levels_are_empty(
        browser: Any, memory_url: str) -> None:
    page = open_viewer(browser, memory_url, 1440, 900)
    everything = page.locator("g.node").count()
    page.select_option("#focus", "周村区")
    page.wait_for_selector("#why li.why", timeout=WAIT)

    status = page.inner_text("#status")
    found = re.search(r"(\d+) of (\d+) chains end in 周村区", status)
    assert found and 1 <= int(found[1]) < int(found[2]), status
    assert page.locator("g.node").count() < everything
    assert page.locator(f'g.node.root[data-id="{DIRECTIVE}"]').count() == 1
    assert set(page.eval_on_selector_all("g.node", "gs => gs.map(g => g.dataset.region)")) \
        <= {"中国", "山东省", "淄博市", "周村区"}  # no 高台县, no 沂源县
    assert set(page.eval_on_selector_all("g.node.county", "gs => gs.map(g => g.dataset.region)")) == {"周村区"}
    assert set(page.evaluate(LEAVES)) == {"周村区"}  # every chain drawn ends in 周村区

    # 周村区's March measures came before 淄博市's July plan: upward diffusion, SIMILAR_TO.
    city = page.locator('#why li.why[data-level="municipal"][data-region="淄博市"]')
    text = city.inner_text()
    assert "周村区's measures (2020-03-06) came before" in text and "(2020-07-16)" in text
    assert "upward diffusion" in text
    links = city.locator("li.similar")
    assert links.count() >= 1
    assert all("≈ SIMILAR_TO" in t and "周村区" in t and "淄博市" in t and "2020-03-06 → 2020-07-16" in t
               for t in links.all_inner_texts())
    assert page.locator('#why li.why[data-level="county"]').count() == 0  # 周村区 has its chains
    assert "focus=" in page.url

    # 保基本民生 of the 政府工作报告 reaches no 周村区 measure: 周村区's measures and 山东省's
    # opinions came before the report.
    page.select_option("#directive", "doc:中国:政府工作报告#六保.2")
    page.wait_for_selector('#why li.why[data-level="county"]', timeout=WAIT)
    assert "0 of " in page.inner_text("#status")
    county = page.inner_text('#why li.why[data-level="county"]')
    assert "周政字〔2020〕8号 (2020-03-06) came before the directive (2020-05-22)" in county
    province = page.inner_text('#why li.why[data-level="provincial"][data-region="山东省"]')
    assert "(2020-02-29) came before the directive (2020-05-22)" in province

    page.reload()  # the question is kept in the URL
    page.wait_for_selector("#why li.why", timeout=WAIT)
    assert page.input_value("#focus") == "周村区"
    page.select_option("#focus", "")
    page.wait_for_function("document.querySelector('#why').hidden", timeout=WAIT)
    assert page.locator("g.node.county").count() > 0
    page.select_option("#focus", "周村区")  # the question is asked down only: ↑ up drops it
    page.wait_for_selector("#why li.why", timeout=WAIT)
    page.click("#dir-up")
    page.wait_for_function("document.querySelector('#why').hidden", timeout=WAIT)
    assert page.input_value("#focus") == "" and "focus=" not in page.url
    assert page.errors == []
    page.close()
