"""Cypher: read-only statements against the Neo4j store, for analysts."""

from __future__ import annotations

import hmac
import threading
from typing import Annotated, Any

from fastapi import APIRouter, Header, HTTPException

from policy_cascades.api.deps import SettingsDep, StoreDep
from policy_cascades.api.models import CypherRequest, CypherResult
from policy_cascades.api.responses import CYPHER_ERRORS
from policy_cascades.graph.cypher_guard import check_read_only

router = APIRouter(prefix="/cypher", tags=["cypher"])

_running: dict[int, threading.BoundedSemaphore] = {}  # one per configured concurrency
_lock = threading.Lock()


def _slots(size: int) -> threading.BoundedSemaphore:
    with _lock:
        return _running.setdefault(size, threading.BoundedSemaphore(size))


@router.post("", response_model=CypherResult, responses=CYPHER_ERRORS)
def run_cypher(store: StoreDep, settings: SettingsDep, body: CypherRequest,
               x_api_key: Annotated[str | None, Header()] = None) -> dict[str, Any]:
    """Run one read-only statement: checked as text, then on the server's own plan (EXPLAIN),
    then run in a READ transaction with limits on time, rows and bytes."""
    if settings.api_key is not None and not hmac.compare_digest(
            (x_api_key or "").encode(), settings.api_key.get_secret_value().encode()):
        raise HTTPException(401, "POST /cypher needs the X-API-Key header",
                            headers={"WWW-Authenticate": "X-API-Key"})
    run = getattr(store, "read_cypher", None)
    if run is None:
        raise HTTPException(400, f"POST /cypher needs the Neo4j store (set NEO4J_URI); "
                                 f"this API serves the {store.name} store")
    check_read_only(body.query)  # CypherRefused -> 403, before anything reaches the server
    slots = _slots(settings.cypher_concurrency)
    if not slots.acquire(blocking=False):
        raise HTTPException(429, f"{settings.cypher_concurrency} /cypher calls are running; "
                                 "retry shortly", headers={"Retry-After": "2"})
    try:
        limit = settings.cypher_row_limit
        rows, truncated = run(body.query, body.parameters, settings.cypher_timeout, limit,
                              settings.cypher_max_bytes)
    finally:
        slots.release()
    return {"data": rows, "count": len(rows), "truncated": truncated}
