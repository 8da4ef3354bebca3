"""Traces: a cascade followed down from a directive, or up from a local action."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query

from api.deps import StoreDep, require_node
from api.models import TracePublic
from graph.model import Label, Node
from graph.store import GraphStore
from graph.trace import trace_down, trace_up

router = APIRouter(prefix="/trace", tags=["trace"])

From = Annotated[str, Query(alias="from", description="a node id, a 文号, or 文号#path",
                            examples=["政府工作报告#六保.1", "周政字〔2020〕8号#三.(一).15"])]
Depth = Annotated[int, Query(ge=1, le=10, description="IMPLEMENTS steps to follow")]
Basis = Annotated[Literal["declared", "all"], Query(
    description="declared: only links the texts state; all: inferred links too")]


@router.get("/down", response_model=TracePublic)
def read_trace_down(store: StoreDep, start: From, depth: Depth = 4,
                    basis: Basis = "all") -> dict[str, Any]:
    """Every chain that carries the starting measure or document out, down the levels."""
    node = _start(store, start)
    trace = trace_down(store, node.id, depth, basis)
    assert trace is not None
    return trace.to_json()


@router.get("/up", response_model=TracePublic)
def read_trace_up(store: StoreDep, start: From, depth: Depth = 4,
                  basis: Basis = "all") -> dict[str, Any]:
    """Every chain from the starting measure or document up to what it carries out."""
    node = _start(store, start)
    trace = trace_up(store, node.id, depth, basis)
    assert trace is not None
    return trace.to_json()


def _start(store: GraphStore, ref: str) -> Node:
    return require_node(store, ref, (Label.MEASURE, Label.DOCUMENT), "measure or document")
