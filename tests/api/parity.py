"""Parity of the two stores through the API: every GET endpoint, the same JSON.

`assert_same_json(client_memory, client_neo4j, paths)` requests each path from both clients
and compares status and body; PARITY_PATHS names a representative URL per GET endpoint
(/health is left out: it names the store).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from urllib.parse import urlencode

from fastapi.testclient import TestClient

from tests.api.urls import (
    HIRING,
    HRSS,
    NATIONAL_JOBS,
    STABLE_JOBS,
    ZHOUCUN,
    ZHOUCUN_DOC,
    ZIBO_DOC,
    enc,
)


def _q(path: str, **params: object) -> str:
    return f"{path}?{urlencode(params, doseq=True)}"


PARITY_PATHS = [
    "/documents",
    _q("/documents", level="county"),
    _q("/documents", level="county", in_corpus="true"),
    _q("/documents", in_corpus="false", limit=7, offset=3),
    _q("/documents", theme="保居民就业"),
    _q("/documents", region="淄博市"),
    f"/documents/{enc(ZHOUCUN_DOC)}",
    f"/documents/{enc(ZHOUCUN)}",
    f"/documents/{enc('doc:淄政字〔2020〕15号')}",
    f"/documents/{enc(ZHOUCUN)}/outline",
    f"/documents/{enc(ZIBO_DOC)}/outline",
    f"/documents/{enc(ZHOUCUN)}/lineage",
    _q(f"/documents/{enc('doc:中国:政府工作报告')}/lineage", depth=4),
    _q(f"/documents/{enc('doc:中国:政府工作报告')}/lineage", basis="declared"),
    _q("/measures", document=ZHOUCUN, limit=20, offset=10),
    _q("/measures", agency=HRSS),
    _q("/measures", theme="保居民就业", level="county", kind="item"),
    f"/measures/{enc(HIRING)}",
    f"/measures/{enc(ZHOUCUN + '#三.(一).15')}",
    f"/measures/{enc(NATIONAL_JOBS)}",
    f"/measures/{enc(HIRING)}/lineage",
    _q(f"/measures/{enc(HIRING)}/lineage", depth=2, basis="declared"),
    f"/measures/{enc(NATIONAL_JOBS)}/lineage",
    f"/measures/{enc(HIRING)}/responsibilities",
    f"/measures/{enc(ZIBO_DOC + '#P1.二.(二).7')}/responsibilities",
    "/agencies",
    _q("/agencies", region="周村区", limit=20, offset=5),
    _q("/agencies", system="人力资源社会保障"),
    _q("/agencies", name="区人社局", region="周村区"),
    f"/agencies/{enc(HRSS)}",
    f"/agencies/{enc(HRSS)}/workload",
    "/regions",
    _q("/themes", limit=500),
    f"/themes/{enc('保居民就业')}/coverage",
    f"/themes/{enc('稳就业')}/coverage",
    _q("/trace/up", **{"from": HIRING}),
    _q("/trace/up", **{"from": STABLE_JOBS, "basis": "declared"}),
    _q("/trace/down", **{"from": "政府工作报告#六保.1"}),
    _q("/trace/down", **{"from": "doc:中国:政府工作报告", "depth": 2}),
    _q("/trace/down", **{"from": "政府工作报告#六保.1", "limit": 5, "offset": 5, "min_score": 0.5}),
    _q("/search", q="稳岗返还"),
    _q("/search", q="稳岗返还 失业保险"),
    _q("/search", q="就业", limit=20, offset=10),
    _q("/search", q="5G"),
    _q("/graph/neighbourhood", id=HIRING),
    _q("/graph/neighbourhood", id=HRSS, depth=2, max_nodes=50),
    _q("/graph/neighbourhood", id=HIRING, depth=2, types=["CONTAINS", "IMPLEMENTS"]),
    "/stats",
    # errors answer alike too
    f"/documents/{enc('鲁政字〔2099〕1号')}",
    f"/measures/{enc(ZHOUCUN + '#九.99')}",
    _q("/documents", limit=100000),
]


def assert_same_json(client_memory: TestClient, client_neo4j: TestClient,
                     paths: Sequence[str] = PARITY_PATHS) -> None:
    """Each path answers both clients with the same status and the same JSON; the message
    names every path that differs and where."""
    differences = []
    for path in paths:
        memory, neo4j = client_memory.get(path), client_neo4j.get(path)
        if memory.status_code != neo4j.status_code:
            differences.append(f"{path}: status {memory.status_code} != {neo4j.status_code}")
        elif memory.json() != neo4j.json():
            differences.append(f"{path}: {_first_difference(memory.json(), neo4j.json())}")
    assert not differences, "memory and neo4j differ:\n" + "\n".join(differences)


def _first_difference(a: object, b: object, where: str = "") -> str:
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            if a.get(key, KeyError) != b.get(key, KeyError):
                return _first_difference(a.get(key), b.get(key), f"{where}.{key}")
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return f"{where or '.'}: {len(a)} items != {len(b)}"
        for index, (x, y) in enumerate(zip(a, b, strict=True)):
            if x != y:
                return _first_difference(x, y, f"{where}[{index}]")
    return f"{where or '.'}: {_show(a)} != {_show(b)}"


def _show(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)[:200]
