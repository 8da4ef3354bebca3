"""GET /measures/{id}, /measures/{id}/lineage, /measures/{id}/responsibilities."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.api.urls import HIRING, HRSS, NATIONAL_JOBS, ZHOUCUN, ZHOUCUN_DOC, enc


def test_measure_hiring_heading_document_and_date(client: TestClient) -> None:
    body = client.get(f"/measures/{enc(HIRING)}").json()
    assert body["heading"] == "保障复产企业用工"
    assert (body["kind"], body["path"]) == ("item", "三.(一).15")
    assert body["doc_number"] == ZHOUCUN
    assert body["date"] == "2020-03-06"
    assert body["document"]["id"] == ZHOUCUN_DOC
    assert body["document"]["title"].startswith("印发关于强化统筹思维")


def test_measure_by_doc_number_and_path_same_as_by_id(client: TestClient) -> None:
    by_ref = client.get(f"/measures/{enc(ZHOUCUN + '#三.(一).15')}")
    assert by_ref.status_code == 200
    assert by_ref.json() == client.get(f"/measures/{enc(HIRING)}").json()


def test_measure_national_item_by_title_path(client: TestClient) -> None:
    body = client.get(f"/measures/{enc('政府工作报告#六保.1')}").json()
    assert (body["id"], body["heading"], body["level"]) == (NATIONAL_JOBS, "保居民就业", "national")


def test_measure_unknown_path_404(client: TestClient) -> None:
    response = client.get(f"/measures/{enc(ZHOUCUN + '#九.99')}")
    assert response.status_code == 404
    assert "九.99" in response.json()["detail"]


def test_measure_given_document_id_404(client: TestClient) -> None:
    assert client.get(f"/measures/{enc(ZHOUCUN_DOC)}").status_code == 404


def test_responsibilities_hiring_lead_hrss_person_lu(client: TestClient) -> None:
    body = client.get(f"/measures/{enc(HIRING)}/responsibilities").json()
    assert [a["id"] for a in body["lead"]] == [HRSS]
    assert body["lead"][0]["name"] == "区人力资源社会保障局"
    assert body["lead"][0]["system"] == "人力资源社会保障"
    assert [p["name"] for p in body["responsible_persons"]] == ["路德芝"]
    assert body["measure"]["id"] == HIRING


def test_responsibilities_zibo_item_supporting_agencies(client: TestClient) -> None:
    ref = "doc:淄博市:关于印发淄博市六保三促工作方案修订版的通知#P1.二.(二).7"
    body = client.get(f"/measures/{enc(ref)}/responsibilities").json()
    assert body["lead"] or body["responsible_agencies"]
    everyone = body["lead"] + body["supporting"] + body["responsible_agencies"]
    assert all(a["region"] == "淄博市" for a in everyone)


def test_measure_lineage_up_reaches_national_jobs_item(client: TestClient) -> None:
    body = client.get(f"/measures/{enc(HIRING)}/lineage").json()
    assert body["measure"]["id"] == HIRING
    assert body["up"]["direction"] == "up"
    assert any(path["nodes"][-1] == NATIONAL_JOBS for path in body["up"]["paths"])
    assert NATIONAL_JOBS in body["up"]["nodes"]
    assert body["down"]["direction"] == "down"


def test_measure_lineage_declared_drops_inferred_links(client: TestClient) -> None:
    body = client.get(f"/measures/{enc(HIRING)}/lineage", params={"basis": "declared"}).json()
    assert body["up"]["basis"] == "declared"
    assert all(r.get("basis") != "inferred" for p in body["up"]["paths"]
               for r in p["relationships"] if r["type"] == "IMPLEMENTS")


def test_measure_lineage_depth_out_of_range_422(client: TestClient) -> None:
    assert client.get(f"/measures/{enc(HIRING)}/lineage", params={"depth": 0}).status_code == 422
    assert client.get(f"/measures/{enc(HIRING)}/lineage",
                      params={"basis": "guessed"}).status_code == 422
