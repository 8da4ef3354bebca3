"""GET /agencies, /agencies/{id}, /agencies/{id}/workload."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.api.urls import HIRING, HRSS, STABLE_JOBS, enc


def test_agencies_system_filter_one_per_region(client: TestClient) -> None:
    body = client.get("/agencies", params={"system": "人力资源社会保障"}).json()
    assert body["count"] == len(body["data"]) == 4
    assert HRSS in {a["id"] for a in body["data"]}
    assert len({a["region"] for a in body["data"]}) == 4  # the same line at every level


def test_agencies_region_filter_and_paging(client: TestClient) -> None:
    body = client.get("/agencies", params={"region": "周村区", "limit": 5}).json()
    assert len(body["data"]) == 5 < body["count"]
    assert all(a["region"] == "周村区" for a in body["data"])
    ids = [a["id"] for a in body["data"]]
    assert ids == sorted(ids)


def test_agency_by_id(client: TestClient) -> None:
    body = client.get(f"/agencies/{enc(HRSS)}").json()
    assert (body["name"], body["region"], body["system"]) == (
        "区人力资源社会保障局", "周村区", "人力资源社会保障")


def test_agency_without_prefix_found(client: TestClient) -> None:
    assert client.get(f"/agencies/{enc('周村区:区人力资源社会保障局')}").json()["id"] == HRSS


def test_agency_unknown_404(client: TestClient) -> None:
    assert client.get(f"/agencies/{enc('agency:周村区:区不存在局')}").status_code == 404


def test_workload_hrss_leads_hiring_under_jobs_theme(client: TestClient) -> None:
    body = client.get(f"/agencies/{enc(HRSS)}/workload").json()
    assert body["agency"]["id"] == HRSS
    assert body["totals"]["leads"] >= 2
    by_theme = {group["theme"]: group for group in body["themes"]}
    led = {m["id"] for m in by_theme["稳就业"]["leads"]}
    assert {HIRING, STABLE_JOBS} <= led
    assert all(m["heading"] for group in body["themes"] for m in group["leads"])
    names = [g["theme"] for g in body["themes"]]
    assert names == sorted(names, key=lambda n: (n is None, n or ""))
