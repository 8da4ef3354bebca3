"""Cypher: read-only statements against the Neo4j store, for analysts."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException

from api.deps import SettingsDep, StoreDep
from api.models import CypherRequest, CypherResult
from graph.cypher_guard import check_read_only

router = APIRouter(prefix="/cypher", tags=["cypher"])


@router.post("", response_model=CypherResult, responses={
    400: {"description": "the store is not Neo4j"},
    403: {"description": "the statement could write, and was not run"},
    503: {"description": "Neo4j is unreachable or failed"}})
def run_cypher(store: StoreDep, settings: SettingsDep, body: CypherRequest) -> dict[str, Any]:
    """Run one read-only statement in a READ transaction, with a timeout and a row limit."""
    run = getattr(store, "read_cypher", None)
    if run is None:
        raise HTTPException(400, f"POST /cypher needs the Neo4j store (set NEO4J_URI); "
                                 f"this API serves the {store.name} store")
    check_read_only(body.query)  # CypherRefused -> 403, before anything reaches the server
    limit = settings.cypher_row_limit
    rows: list[dict[str, Any]] = run(body.query, body.parameters, settings.cypher_timeout,
                                     limit + 1)
    return {"data": rows[:limit], "count": min(len(rows), limit), "truncated": len(rows) > limit}
