"""GET /graph/neighbourhood, /stats, /health, and the OpenAPI document."""

from __future__ import annotations

from fastapi.testclient import TestClient

from policy_cascades.graph.model import Subgraph
from tests.api.urls import HIRING, HRSS


def test_neighbourhood_depth_one_hiring_agency_person_section(client: TestClient) -> None:
    body = client.get("/graph/neighbourhood", params={"id": HIRING}).json()
    ids = {n["id"] for n in body["nodes"]}
    assert {HIRING, HRSS, "person:周村区:路德芝", "doc:周政字〔2020〕8号#三.(一)"} <= ids
    assert body["truncated"] is False
    assert all(r["start"] in ids and r["end"] in ids for r in body["relationships"])
    assert {"type": "LEADS", "start": HRSS, "end": HIRING} .items() <= next(
        r for r in body["relationships"] if r["type"] == "LEADS").items()


def test_neighbourhood_capped_truncated(client: TestClient) -> None:
    body = client.get("/graph/neighbourhood",
                      params={"id": HRSS, "depth": 3, "max_nodes": 20}).json()
    assert len(body["nodes"]) == 20
    assert body["truncated"] is True


def test_neighbourhood_types_filter(client: TestClient) -> None:
    body = client.get("/graph/neighbourhood",
                      params={"id": HIRING, "types": ["LEADS", "RESPONSIBLE_FOR"]}).json()
    assert {r["type"] for r in body["relationships"]} == {"LEADS", "RESPONSIBLE_FOR"}
    assert client.get("/graph/neighbourhood",
                      params={"id": HIRING, "types": "KNOWS"}).status_code == 422


def test_neighbourhood_unknown_404(client: TestClient) -> None:
    assert client.get("/graph/neighbourhood", params={"id": "doc:无"}).status_code == 404


def test_stats_counts_split_labels_types(client: TestClient, seed_graph: Subgraph) -> None:
    body = client.get("/stats").json()
    assert set(body["nodes"]) == {"Region", "Document", "Measure", "Agency", "Person", "Theme"}
    assert body["relationships"]["IMPLEMENTS"] > 0
    assert {**body["nodes"], **body["relationships"]} == seed_graph.counts()


def test_health_memory_reachable(client: TestClient) -> None:
    assert client.get("/health").json() == {"store": "memory", "reachable": True,
                                            "version": "0.1.0"}


ENDPOINTS = {
    ("get", "/documents"), ("get", "/documents/{ref}"), ("get", "/documents/{ref}/outline"),
    ("get", "/documents/{ref}/lineage"), ("get", "/measures"), ("get", "/measures/{ref}"),
    ("get", "/measures/{ref}/lineage"), ("get", "/measures/{ref}/responsibilities"),
    ("get", "/agencies"), ("get", "/agencies/{ref}"), ("get", "/agencies/{ref}/workload"),
    ("get", "/regions"), ("get", "/themes"), ("get", "/themes/{name}/coverage"),
    ("get", "/trace/down"), ("get", "/trace/up"), ("get", "/search"),
    ("get", "/graph/neighbourhood"), ("get", "/stats"), ("get", "/health"), ("post", "/cypher"),
}


def test_openapi_lists_every_endpoint_documented(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert spec["info"]["title"] == "policy-cascades"
    found = {(method, path) for path, ops in spec["paths"].items() for method in ops}
    assert found == ENDPOINTS
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            assert op.get("description") or op.get("summary"), (method, path)
            assert op.get("tags"), (method, path)


def test_openapi_has_examples_for_ids(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    params = spec["paths"]["/measures/{ref}"]["get"]["parameters"]
    assert any(HIRING in str(p.get("examples") or p.get("schema", {}).get("examples"))
               for p in params)
    assert "examples" in spec["components"]["schemas"]["DocumentPublic"]
