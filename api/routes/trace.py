"""Traces: a cascade followed down from a directive, or up from a local action."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Query

from policy_cascades.api.deps import (
    Page,
    PageDep,
    StoreDep,
    TraceBasis,
    TraceDepth,
    TraceMinScore,
    require_node,
)
from policy_cascades.api.models import TracePublic
from policy_cascades.graph.model import Label
from policy_cascades.graph.store import GraphStore
from policy_cascades.graph.trace import Trace, trace_down, trace_up

router = APIRouter(prefix="/trace", tags=["trace"])

From = Annotated[str, Query(alias="from", description="a node id, a 文号, or 文号#path",
                            examples=["政府工作报告#六保.1", "周政字〔2020〕8号#三.(一).15"])]


@router.get("/down", response_model=TracePublic)
def read_trace_down(store: StoreDep, start: From, page: PageDep, depth: TraceDepth = 4,
                    basis: TraceBasis = "all", min_score: TraceMinScore = 0.0) -> dict[str, Any]:
    """Chains that carry the starting measure or document out, down the levels; a page of
    them in the walk's order, computed at the source (`more`: another page follows)."""
    return _trace(trace_down, store, start, depth, basis, min_score, page)


@router.get("/up", response_model=TracePublic)
def read_trace_up(store: StoreDep, start: From, page: PageDep, depth: TraceDepth = 4,
                  basis: TraceBasis = "all", min_score: TraceMinScore = 0.0) -> dict[str, Any]:
    """Chains from the starting measure or document up to what it carries out; a page of
    them in the walk's order, computed at the source (`more`: another page follows)."""
    return _trace(trace_up, store, start, depth, basis, min_score, page)


def _trace(walk: Callable[..., Trace | None], store: GraphStore, ref: str, depth: int,
           basis: str, min_score: float, page: Page) -> dict[str, Any]:
    node = require_node(store, ref, (Label.MEASURE, Label.DOCUMENT), "measure or document")
    trace = walk(store, node.id, depth, basis, min_score, limit=page.limit, offset=page.offset)
    assert trace is not None  # the node exists
    return trace.to_json()
