"""The cascade viewer in a real headless Chromium (Debian's), driven by Playwright.

Starts the API on a loopback port on the seed corpus, opens /, waits for the cascade from
the national 保居民就业, searches 稳岗返还, opens 周村区's measure and checks the panel.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from api.deps import get_store
from api.main import create_app
from graph.memory_store import MemoryStore
from tests.linking.evaluate import seed_graph

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DOCS = Path(__file__).resolve().parents[2] / "docs"
pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    store = MemoryStore()
    store.write(seed_graph())
    app = create_app()
    app.dependency_overrides[get_store] = lambda: store
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the API did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


def test_web_page_search_and_click_through_to_a_zhoucun_measure(base_url: str, tmp_path: Path) -> None:
    if not Path(CHROMIUM).exists():
        pytest.fail("no Chromium: apt-get install chromium (scripts/test.sh does it as root)")
    playwright = pytest.importorskip("playwright.sync_api", reason="pip install '.[ui]'")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        page = browser.new_page(viewport={"width": 1500, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda err: errors.append(str(err)))
        page.goto(base_url + "/")
        page.wait_for_selector("g.node.root", timeout=20000)
        assert "保居民就业" in page.inner_text("#status")
        assert page.locator("g.county").count() > 0  # the cascade reaches counties
        assert page.locator("path.edge.inferred").count() > 0

        page.fill("#q", "稳岗返还")
        page.click("#search-form button")
        page.wait_for_selector("#results .result")
        page.locator("#results .result", has_text="周村区").first.click()
        page.wait_for_selector("#m-heading")
        assert page.inner_text("#m-heading") == "加大稳岗返还"
        assert page.inner_text("#m-doc-number") == "周政字〔2020〕8号"
        assert "区人力资源社会保障局" in page.inner_text("#m-lead")
        assert "路德芝" in page.inner_text("#m-persons")
        page.wait_for_selector("g.node.selected")
        assert "up from" in page.inner_text("#status")

        page.click("#down")  # back down from the national level to show the cascade
        page.select_option("#directive", label="保居民就业")
        page.wait_for_selector("g.node.root")
        page.wait_for_timeout(300)
        shot = tmp_path / "viewer.png"
        page.screenshot(path=str(shot), full_page=False)
        DOCS.mkdir(exist_ok=True)
        shutil.copy(shot, DOCS / "screenshot.png")
        browser.close()
    assert shot.stat().st_size > 20000
    assert errors == []
