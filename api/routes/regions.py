"""Regions: the tree of places from 中国 down (PART_OF)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from fastapi import APIRouter

from policy_cascades.api.deps import StoreDep
from policy_cascades.api.models import RegionsPublic, RegionTree
from policy_cascades.graph.model import Label, Node, RelType

router = APIRouter(prefix="/regions", tags=["regions"])


@router.get("", response_model=RegionsPublic)
def read_regions(store: StoreDep) -> dict[str, Any]:
    """The regions as a tree: 中国 > provinces > cities > counties."""
    regions, count = store.nodes(Label.REGION)
    parent: dict[str, str] = {}
    for rel, _ in store.edges([r.id for r in regions], "out", [RelType.PART_OF]):
        parent[rel.start] = rel.end
    children: dict[str | None, list[Node]] = defaultdict(list)
    for region in regions:
        children[parent.get(region.id)].append(region)
    return {"data": _tree(None, children, set()), "count": count}


def _tree(parent: str | None, children: dict[str | None, list[Node]],
          seen: set[str]) -> list[RegionTree]:
    out = []
    for region in sorted(children.get(parent, []), key=lambda r: r.id):
        if region.id in seen:  # a PART_OF cycle would otherwise never end
            continue
        seen.add(region.id)
        out.append(RegionTree(id=region.id, name=str(region.props.get("name", region.id)),
                              level=region.props.get("level"),
                              children=_tree(region.id, children, seen)))
    return out
