"""The viewer's routes: the page at /, its assets, and the Neo4j Browser files (cross-origin)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from policy_cascades.graph.memory_store import MemoryStore
from tests.ui.conftest import viewer_app


def client() -> TestClient:
    return TestClient(viewer_app(MemoryStore()))


def test_root_serves_the_viewer_page_with_its_assets() -> None:
    page = client().get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert 'src="/static/app.js"' in page.text and 'href="/static/app.css"' in page.text
    for asset, kind in (("app.js", "text/javascript"), ("app.css", "text/css")):
        response = client().get(f"/static/{asset}")
        assert response.status_code == 200 and response.headers["content-type"].startswith(kind)


def test_the_page_loads_nothing_from_elsewhere() -> None:
    for name in ("/", "/static/app.js", "/static/app.css"):
        text = client().get(name).text
        assert "http://" not in text.replace("http://www.w3.org/2000/svg", "") and "https://" not in text
        assert "//cdn" not in text and "@import" not in text


def test_browser_style_and_guide_are_served_cross_origin() -> None:
    for name, kind in (("style.grass", "text/plain"), ("guide.html", "text/html")):
        response = client().get(f"/browser/{name}")
        assert response.status_code == 200, name
        assert response.headers["access-control-allow-origin"] == "*"
        assert response.headers["content-type"].startswith(kind)
    assert '<article class="guide">' in client().get("/browser/guide.html").text


def test_only_known_files_are_served() -> None:
    for path in ("/static/..%2F..%2Fsettings.py", "/static/missing.js", "/static/.hidden.js",
                 "/browser/..%2Fpyproject.toml", "/browser/nothing.html", "/static/index.py"):
        assert client().get(path).status_code == 404, path


def test_viewer_routes_stay_out_of_the_openapi_schema() -> None:
    paths = client().get("/openapi.json").json()["paths"]
    assert "/" not in paths and not any(p.startswith(("/static", "/browser")) for p in paths)
