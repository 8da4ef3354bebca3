"""GET /trace/down, /trace/up, /search."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.api.urls import HIRING, NATIONAL_JOBS, STABLE_JOBS, ZHOUCUN


def test_trace_up_from_hiring_reaches_national_jobs(client: TestClient) -> None:
    body = client.get("/trace/up", params={"from": HIRING}).json()
    assert body["root"]["id"] == HIRING
    ends = {path["nodes"][-1] for path in body["paths"]}
    assert NATIONAL_JOBS in ends
    path = next(p for p in body["paths"] if p["nodes"][-1] == NATIONAL_JOBS)
    assert path["nodes"][0] == HIRING
    assert "IMPLEMENTS" in {r["type"] for r in path["relationships"]}  # directly or via its section


def test_trace_up_by_doc_number_path_same_as_by_id(client: TestClient) -> None:
    by_ref = client.get("/trace/up", params={"from": f"{ZHOUCUN}#三.(一).15"}).json()
    assert by_ref == client.get("/trace/up", params={"from": HIRING}).json()


def test_trace_down_from_national_jobs_reaches_counties(client: TestClient) -> None:
    body = client.get("/trace/down", params={"from": "政府工作报告#六保.1", "depth": 4}).json()
    assert body["root"]["id"] == NATIONAL_JOBS
    assert body["paths"]
    levels = {body["nodes"][p["nodes"][-1]]["level"] for p in body["paths"]}
    assert levels & {"municipal", "county"}


def test_trace_down_from_document(client: TestClient) -> None:
    body = client.get("/trace/down", params={"from": "doc:中国:政府工作报告", "depth": 1}).json()
    assert "doc:源政发〔2020〕11号" in {p["nodes"][-1] for p in body["paths"]}


def test_trace_unknown_start_404_missing_start_422(client: TestClient) -> None:
    assert client.get("/trace/up", params={"from": "周政字〔2020〕8号#九.99"}).status_code == 404
    assert client.get("/trace/up").status_code == 422
    assert client.get("/trace/up", params={"from": HIRING, "depth": 11}).status_code == 422


def test_search_stable_jobs_refund_finds_zhoucun_and_zibo(client: TestClient) -> None:
    body = client.get("/search", params={"q": "稳岗返还"}).json()
    ids = [hit["measure"]["id"] for hit in body["data"]]
    assert body["count"] == len(ids)
    assert STABLE_JOBS in ids
    zibo_p1 = [i for i in ids if i.startswith("doc:淄博市:") and "#P1." in i]
    assert "doc:淄博市:关于印发淄博市六保三促工作方案修订版的通知#P1.二.(二).7" in zibo_p1
    assert ids[:2] == [STABLE_JOBS, zibo_p1[0]]  # both score 7 (heading x3 + text): by id
    scores = [hit["score"] for hit in body["data"]]
    assert scores == sorted(scores, reverse=True)
    assert all("稳岗返还" in hit["snippet"] for hit in body["data"])


def test_search_every_term_required(client: TestClient) -> None:
    both = client.get("/search", params={"q": "稳岗返还 失业保险"}).json()
    only = client.get("/search", params={"q": "稳岗返还"}).json()
    assert 0 < both["count"] <= only["count"]
    assert all("失业保险" in h["measure"]["heading"] + h["measure"]["text"] for h in both["data"])


def test_search_paged_count_is_total(client: TestClient) -> None:
    whole = client.get("/search", params={"q": "就业", "limit": 500}).json()
    page = client.get("/search", params={"q": "就业", "limit": 3, "offset": 3}).json()
    assert page["count"] == whole["count"] > 6
    assert page["data"] == whole["data"][3:6]


def test_search_no_match_empty(client: TestClient) -> None:
    assert client.get("/search", params={"q": "火星殖民"}).json() == {"data": [], "count": 0}


def test_search_blank_or_missing_query_422(client: TestClient) -> None:
    assert client.get("/search", params={"q": "   "}).status_code == 422
    assert client.get("/search").status_code == 422
    assert client.get("/search", params={"q": "就业", "limit": 100000}).status_code == 422


def test_search_too_many_terms_422_naming_the_limit(client: TestClient) -> None:
    ten = " ".join("就业稳岗返还保障补贴")  # ten distinct one-character terms
    assert client.get("/search", params={"q": ten}).status_code == 200
    eleven = client.get("/search", params={"q": ten + " 企"})
    assert eleven.status_code == 422 and "at most 10" in eleven.text


def test_trace_min_score_drops_inferred_links_below_the_floor(client: TestClient) -> None:
    def scores(min_score: float) -> list[float]:
        response = client.get("/trace/down", params={"from": "政府工作报告#六保.1", "depth": 4,
                                                     "min_score": min_score})
        assert response.status_code == 200 and response.json()["min_score"] == min_score
        return [r.get("score", 1.0) for p in response.json()["paths"]
                for r in p["relationships"] if r.get("basis") == "inferred"]
    every = scores(0.0)
    floor = sorted(every)[len(every) // 2]
    assert every and min(every) < floor
    assert all(s >= floor for s in scores(floor))
    assert client.get("/trace/down", params={"from": "政府工作报告#六保.1",
                                             "min_score": 1.5}).status_code == 422
