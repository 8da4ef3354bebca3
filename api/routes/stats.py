"""Stats and health: what the graph holds, and whether its store answers."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from policy_cascades.api import VERSION
from policy_cascades.api.deps import StoreDep
from policy_cascades.api.models import HealthPublic, StatsPublic
from policy_cascades.graph.model import Label

router = APIRouter(tags=["stats"])


@router.get("/stats", response_model=StatsPublic)
def read_stats(store: StoreDep) -> dict[str, Any]:
    """How many nodes per label and relationships per type the graph holds."""
    counts = store.stats()
    labels = {label.value for label in Label}
    return {"nodes": {k: v for k, v in counts.items() if k in labels},
            "relationships": {k: v for k, v in counts.items() if k not in labels}}


@router.get("/health", response_model=HealthPublic)
def read_health(store: StoreDep) -> dict[str, Any]:
    """Which store serves, and whether it answers now (200 even when it does not)."""
    return {"store": store.name, "reachable": store.ping(), "version": VERSION}
