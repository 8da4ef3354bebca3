"""The two national sources of 六保 told apart in the API: the 2020-04-17 中共中央政治局会议 and
the 2020 政府工作报告 both state 六保.1 保居民就业, so a caption names the source and its date."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.api.urls import enc

MEETING = "doc:中国:中共中央政治局会议分析国内外新冠肺炎疫情防控形势，研究部署抓紧抓实抓细常态化疫情防控工作；分析研究当前经济形势，部署当前经济工作"


def test_national_documents_captions_name_source_and_date(client: TestClient) -> None:
    docs = client.get("/documents", params={"level": "national", "limit": 100}).json()["data"]
    captions = {d["id"]: d["caption"] for d in docs}
    assert len(set(captions.values())) == len(captions), captions
    assert captions["doc:中国:政府工作报告"] == "政府工作报告 2020-05-22"
    assert captions[MEETING] == "中共中央政治局会议 2020-04-17"
    assert "中共中央政治局会议 2018-07-31" in captions.values()  # the 六稳 meeting
    assert captions["doc:国发〔2020〕6号"] == "国发〔2020〕6号"


def test_the_two_baojumin_jiuye_items_have_different_captions(client: TestClient) -> None:
    report = client.get(f"/measures/{enc('doc:中国:政府工作报告#六保.1')}").json()
    meeting = client.get(f"/measures/{enc(MEETING + '#六保.1')}").json()
    assert report["heading"] == meeting["heading"] == "保居民就业"
    assert report["caption"] == "中国 政府工作报告 2020-05-22 六保.1 保居民就业"
    assert meeting["caption"] == "中国 中共中央政治局会议 2020-04-17 六保.1 保居民就业"


def test_trace_nodes_carry_the_source_in_their_caption(client: TestClient) -> None:
    trace = client.get("/trace/down", params={"from": MEETING + "#六保.1", "limit": 500}).json()
    assert trace["root"]["caption"] == "中国 中共中央政治局会议 2020-04-17 六保.1 保居民就业"
    national = [n for n in trace["nodes"].values() if n.get("level") == "national" and "path" in n]
    assert national and all(n["caption"].split()[2] in {"2018-07-31", "2020-04-17", "2020-05-22"}
                            or "〔" in n["caption"] for n in national)
    local = [n for n in trace["nodes"].values() if n.get("level") == "county" and "path" in n]
    assert local and all(n["caption"] == f"{n['region']} {n['path']} {n['heading'][:14]}" for n in local)
