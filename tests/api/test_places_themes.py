"""GET /regions, /themes, /themes/{name}/coverage."""

from __future__ import annotations

from fastapi.testclient import TestClient


def _walk(tree: list[dict], depth: int = 0) -> list[tuple[str, int]]:  # type: ignore[type-arg]
    out = []
    for region in tree:
        out.append((region["name"], depth))
        out += _walk(region["children"], depth + 1)
    return out


def test_regions_tree_china_down_to_zhoucun(client: TestClient) -> None:
    body = client.get("/regions").json()
    assert [r["name"] for r in body["data"]] == ["中国"]
    places = dict(_walk(body["data"]))
    assert places == {"中国": 0, "山东省": 1, "甘肃省": 1, "淄博市": 2, "张掖市": 2,
                      "周村区": 3, "沂源县": 3, "高台县": 3}
    assert body["count"] == 8
    zibo = body["data"][0]["children"][0]["children"][0]
    assert (zibo["name"], zibo["level"]) == ("淄博市", "municipal")
    assert [c["name"] for c in zibo["children"]] == ["周村区", "沂源县"]


def test_themes_families_and_correspondence(client: TestClient) -> None:
    body = client.get("/themes", params={"limit": 500}).json()
    themes = {t["name"]: t for t in body["data"]}
    assert body["count"] == len(themes) == 15
    assert {n for n, t in themes.items() if t["family"] == "六保"} == {
        "保居民就业", "保基本民生", "保市场主体", "保粮食能源安全", "保产业链供应链稳定", "保基层运转"}
    assert themes["稳就业"]["corresponds_to"] == ["保居民就业"]


def test_coverage_jobs_every_level_national_first(client: TestClient) -> None:
    body = client.get("/themes/保居民就业/coverage").json()
    assert body["theme"]["id"] == "theme:保居民就业"
    assert [lv["level"] for lv in body["levels"]] == ["national", "provincial", "municipal", "county"]
    assert body["count"] == sum(lv["count"] for lv in body["levels"])
    assert all(lv["count"] == sum(r["count"] for r in lv["regions"]) for lv in body["levels"])
    municipal = body["levels"][2]["regions"]
    assert [r["region"] for r in municipal] == ["淄博市"]
    assert ("doc:淄博市:关于印发淄博市六保三促工作方案修订版的通知#P1.二.(二).7"
            in municipal[0]["measures"])


def test_coverage_unknown_theme_404(client: TestClient) -> None:
    response = client.get("/themes/保不存在/coverage")
    assert response.status_code == 404
    assert "保不存在" in response.json()["detail"]
