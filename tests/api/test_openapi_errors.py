"""Every operation in the OpenAPI document declares the errors it may answer, with the shape
its error bodies really have."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import BaseModel

from policy_cascades.api.responses import ErrorPublic, ValidationErrorPublic
from policy_cascades.settings import Settings
from tests.api.conftest import client_on
from tests.api.test_store_failures import FlakyStore
from tests.api.urls import enc

EVERY_OPERATION = {"400": "ErrorPublic", "404": "ErrorPublic", "413": "ErrorPublic",
                   "422": "ValidationErrorPublic", "503": "ErrorPublic"}
CYPHER = {"401": "ErrorPublic", "403": "ErrorPublic", "429": "ErrorPublic",
          "504": "ErrorPublic"}


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(method.upper(), path, op) for path, ops in spec["paths"].items()
            for method, op in ops.items()]


def _schema(response: dict[str, Any]) -> str:
    ref: str = response["content"]["application/json"]["schema"]["$ref"]
    return ref.rsplit("/", 1)[-1]


def test_every_operation_declares_its_errors_with_their_model(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    operations = _operations(spec)
    assert len(operations) >= 20
    missing = []
    for method, path, op in operations:
        want = EVERY_OPERATION | (CYPHER if path == "/cypher" else {})
        declared = {status: _schema(response) for status, response in op["responses"].items()
                    if status != "200"}
        if any(declared.get(status) != model for status, model in want.items()):
            missing.append((method, path, sorted(declared.items())))
        for status in ("503", "429"):
            if status in want:
                assert "Retry-After" in op["responses"][status].get("headers", {}), (path, status)
    assert missing == []
    assert {"ErrorPublic", "ValidationErrorPublic"} <= set(spec["components"]["schemas"])


@pytest.mark.parametrize(("url", "status", "model"), [
    (f"/documents/{enc('doc:nosuch')}", 404, ErrorPublic),
    ("/documents?limit=0", 422, ValidationErrorPublic),
    ("/search?q=%20", 422, ValidationErrorPublic),
    ("/graph/neighbourhood?id=x&depth=99", 422, ValidationErrorPublic),
])
def test_error_bodies_have_the_declared_shape(client: TestClient, url: str, status: int,
                                              model: type[BaseModel]) -> None:
    answer = client.get(url)
    assert answer.status_code == status, answer.text
    model.model_validate(answer.json())


def test_413_and_503_bodies_have_the_declared_shape(seed_store: Any) -> None:
    with client_on(seed_store, Settings(max_body_bytes=10)) as client:
        too_large = client.post("/cypher", json={"query": "RETURN 1 AS one, 2 AS two"})
    assert too_large.status_code == 413
    ErrorPublic.model_validate(too_large.json())
    with client_on(FlakyStore(seed_store, failures=1)) as client:
        down = client.get("/stats")
    assert down.status_code == 503 and int(down.headers["retry-after"]) > 0
    ErrorPublic.model_validate(down.json())
