"""What apps need beyond single ids: measures filtered and paged, agencies found by the name a
text prints, traces paged, and a 404 that explains the '#' of measure ids."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.api.urls import HIRING, HRSS, NATIONAL_JOBS, ZHOUCUN, enc


def test_measures_filtered_by_document_in_reading_order(client: TestClient) -> None:
    page = client.get("/measures", params={"document": ZHOUCUN, "limit": 5}).json()
    assert page["count"] > 50 and len(page["data"]) == 5
    lines = [m["line"] for m in page["data"]]
    assert lines == sorted(lines) and {m["doc_id"] for m in page["data"]} == {f"doc:{ZHOUCUN}"}
    rest = client.get("/measures", params={"document": ZHOUCUN, "offset": 5, "limit": 500})
    assert len(rest.json()["data"]) == page["count"] - 5


def test_measures_filtered_by_agency_theme_level_kind(client: TestClient) -> None:
    led = client.get("/measures", params={"agency": HRSS}).json()["data"]
    assert HIRING in {m["id"] for m in led}
    jobs = client.get("/measures", params={"theme": "保居民就业", "level": "county"}).json()
    assert jobs["count"] > 0 and all(m["level"] == "county" for m in jobs["data"])
    points = client.get("/measures", params={"kind": "point", "limit": 500}).json()["data"]
    assert points and all(m["kind"] == "point" for m in points)
    assert client.get("/measures", params={"kind": "chapter"}).status_code == 422
    assert client.get("/measures", params={"document": "no-such-doc"}).status_code == 404


def test_agencies_found_by_printed_abbreviation_within_a_region(client: TestClient) -> None:
    found = client.get("/agencies", params={"name": "区人社局", "region": "周村区"}).json()
    assert [a["id"] for a in found["data"]] == [HRSS] and found["count"] == 1
    assert client.get("/agencies", params={"name": "区人社局", "region": "沂源县"}).json()[
        "count"] == 0


def test_trace_down_is_paged_at_the_source(client: TestClient) -> None:
    whole = client.get("/trace/down", params={"from": NATIONAL_JOBS, "limit": 500}).json()
    first = client.get("/trace/down", params={"from": NATIONAL_JOBS, "limit": 3}).json()
    second = client.get("/trace/down", params={"from": NATIONAL_JOBS, "limit": 3, "offset": 3}).json()
    assert whole["count"] == len(whole["paths"]) > 6 and not whole["more"]
    assert first["more"] and first["count"] is None and len(first["paths"]) == 3
    assert first["paths"] + second["paths"] == whole["paths"][:6] and second["offset"] == 3
    last = client.get("/trace/down", params={"from": NATIONAL_JOBS, "limit": 3,
                                             "offset": whole["count"] - 2}).json()
    assert last["paths"] == whole["paths"][-2:] and not last["more"]
    assert last["count"] == whole["count"]
    on_paths = {n for p in first["paths"] for n in p["nodes"]}
    assert set(first["nodes"]) <= on_paths | {first["root"]["id"]}


def test_404_for_a_measure_id_cut_at_its_hash_says_to_encode_it(client: TestClient) -> None:
    cut = HIRING.split("#")[0]
    response = client.get(f"/measures/{enc(cut)}")
    assert response.status_code == 404 and "%23" in response.json()["detail"]
