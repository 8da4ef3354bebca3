"""Graph: a node's neighbourhood, nodes and relationships, for a viewer."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query

from policy_cascades.api.deps import StoreDep, TraceMinScore
from policy_cascades.api.models import MEASURE_ID, Neighbourhood
from policy_cascades.graph.lookup import find_node
from policy_cascades.graph.model import Node, Relationship, RelType

router = APIRouter(prefix="/graph", tags=["graph"])


@router.get("/neighbourhood", response_model=Neighbourhood)
def read_neighbourhood(store: StoreDep,
                       node_id: Annotated[str, Query(alias="id", examples=[MEASURE_ID],
                                                     description="a node id, 文号 or 文号#path")],
                       depth: Annotated[int, Query(ge=1, le=4)] = 1,
                       types: Annotated[list[RelType] | None, Query(
                           description="follow only these relationship types")] = None,
                       max_nodes: Annotated[int, Query(ge=1, le=2000)] = 300,
                       min_score: TraceMinScore = 0.0) -> dict[str, Any]:
    """Nodes within `depth` steps of a node and the relationships among them, capped;
    inferred links below `min_score` are left out."""
    root = find_node(store, node_id)
    if root is None:
        raise HTTPException(404, f"no node {node_id!r}")
    nodes: dict[str, Node] = {root.id: root}
    frontier, truncated = [root.id], False
    for _ in range(depth):
        reached = []
        for rel, other in store.edges(frontier, "both", types):
            if other.id in nodes or not _kept(rel, min_score):
                continue
            if len(nodes) >= max_nodes:
                truncated = True
                break
            nodes[other.id] = other
            reached.append(other.id)
        frontier = reached
        if truncated or not frontier:
            break
    rels: dict[tuple[str, str, str], Relationship] = {}
    for rel, _ in store.edges(sorted(nodes), "out", types):
        if rel.end in nodes and _kept(rel, min_score):
            rels[rel.key] = rel
    return {"nodes": [nodes[k].to_json() for k in sorted(nodes)],
            "relationships": [rels[k].to_json() for k in sorted(rels)],
            "truncated": truncated}


def _kept(rel: Relationship, min_score: float) -> bool:
    """Declared and structural edges always; inferred ones at or above the floor."""
    return rel.props.get("basis") != "inferred" or float(rel.props.get("score", 1.0)) >= min_score
