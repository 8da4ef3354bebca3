"""GET /documents, /documents/{id}, /documents/{id}/outline, /documents/{id}/lineage."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.api.urls import ZHOUCUN, ZHOUCUN_DOC, ZIBO_DOC, enc

COUNTY_DOCS = {ZHOUCUN_DOC, "doc:源政发〔2020〕11号", "doc:高台县:关于印发高台县六保工作方案的通知"}


def test_documents_level_county_in_corpus_three_county_documents(client: TestClient) -> None:
    body = client.get("/documents", params={"level": "county", "in_corpus": True}).json()
    assert {d["id"] for d in body["data"]} == COUNTY_DOCS
    assert body["count"] == 3


def test_documents_level_county_includes_cited_stub_marked(client: TestClient) -> None:
    body = client.get("/documents", params={"level": "county"}).json()
    stubs = [d for d in body["data"] if not d["in_corpus"]]
    assert {d["id"] for d in body["data"]} - COUNTY_DOCS == {"doc:源政办发〔2020〕5号"}
    assert [d["doc_number"] for d in stubs] == ["源政办发〔2020〕5号"]


def test_documents_paged_count_is_total(client: TestClient) -> None:
    first = client.get("/documents", params={"limit": 10}).json()
    second = client.get("/documents", params={"limit": 10, "offset": 10}).json()
    everything = client.get("/documents", params={"limit": 500}).json()
    assert first["count"] == second["count"] == everything["count"] == len(everything["data"])
    assert [d["id"] for d in first["data"] + second["data"]] == [
        d["id"] for d in everything["data"][:20]]


def test_documents_theme_filter_documents_addressing_it(client: TestClient) -> None:
    body = client.get("/documents", params={"theme": "保居民就业", "in_corpus": True}).json()
    ids = {d["id"] for d in body["data"]}
    assert {ZHOUCUN_DOC, ZIBO_DOC, "doc:中国:政府工作报告"} <= ids
    assert client.get("/documents", params={"theme": "theme:保居民就业", "in_corpus": True}
                      ).json() == body


def test_documents_region_filter_only_that_region(client: TestClient) -> None:
    body = client.get("/documents", params={"region": "淄博市", "in_corpus": True}).json()
    assert [d["id"] for d in body["data"]] == [ZIBO_DOC]


def test_document_by_id_or_doc_number_same(client: TestClient) -> None:
    by_id = client.get(f"/documents/{enc(ZHOUCUN_DOC)}")
    by_number = client.get(f"/documents/{enc(ZHOUCUN)}")
    assert by_id.status_code == 200
    assert by_id.json() == by_number.json()
    assert by_id.json()["date"] == "2020-03-06"
    assert by_id.json()["issuers"] == ["周村区人民政府"]


def test_document_unknown_404_names_it(client: TestClient) -> None:
    response = client.get(f"/documents/{enc('鲁政字〔2099〕1号')}")
    assert response.status_code == 404
    assert "鲁政字〔2099〕1号" in response.json()["detail"]


def test_document_given_measure_id_404(client: TestClient) -> None:
    assert client.get(f"/documents/{enc(ZHOUCUN_DOC + '#三.(一).15')}").status_code == 404


def test_outline_nested_in_order(client: TestClient) -> None:
    body = client.get(f"/documents/{enc(ZHOUCUN)}/outline").json()
    assert body["document"]["id"] == ZHOUCUN_DOC
    sections = body["data"]
    assert [s["path"] for s in sections][:3] == ["一", "二", "三"]
    employment = next(s for s in sections[2]["children"] if s["path"] == "三.(一)")
    assert employment["kind"] == "section"
    items = [i["path"] for i in employment["children"]]
    assert items.index("三.(一).14") + 1 == items.index("三.(一).15")
    hiring = employment["children"][items.index("三.(一).15")]
    assert (hiring["kind"], hiring["heading"]) == ("item", "保障复产企业用工")


def _count(entries: list[dict]) -> int:  # type: ignore[type-arg]
    return sum(1 + _count(e["children"]) for e in entries)


def test_outline_count_every_measure_once(client: TestClient) -> None:
    body = client.get(f"/documents/{enc(ZIBO_DOC)}/outline").json()
    assert body["count"] == _count(body["data"]) > 300
    assert [p["path"] for p in body["data"]] == [f"P{n}" for n in range(1, 10)]
    points = body["data"][0]["children"][1]["children"][1]["children"][0]["children"]
    assert [p["path"] for p in points] == [f"P1.二.(二).5.({n})" for n in range(1, 7)]


def test_lineage_county_document_up_to_zibo_stub(client: TestClient) -> None:
    body = client.get(f"/documents/{enc(ZHOUCUN)}/lineage").json()
    ancestors = {e["document"]["id"]: e for e in body["ancestors"]}
    assert ancestors["doc:淄政字〔2020〕15号"]["distance"] == 1
    assert ancestors["doc:淄政字〔2020〕15号"]["document"]["in_corpus"] is False
    assert any(r["type"] == "IMPLEMENTS" and r["end"] == "doc:淄政字〔2020〕15号"
               for r in body["relationships"])


def test_lineage_national_report_descendants_declared_and_inferred(client: TestClient) -> None:
    url = f"/documents/{enc('doc:中国:政府工作报告')}/lineage"
    declared = {e["document"]["id"] for e in client.get(url, params={"basis": "declared"}
                                                         ).json()["descendants"]}
    everything = {e["document"]["id"] for e in client.get(url).json()["descendants"]}
    assert declared == {"doc:源政发〔2020〕11号"}
    assert declared < everything
    assert ZIBO_DOC in everything
