"""Agencies: the list, one agency, and its workload grouped by theme."""

from __future__ import annotations

from collections import defaultdict
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

from policy_cascades.api.deps import PageDep, StoreDep, require_node
from policy_cascades.api.models import (
    AGENCY_ID,
    AgenciesPublic,
    AgencyPublic,
    MeasureRef,
    WorkloadPublic,
)
from policy_cascades.graph.agencies import resolve_agency
from policy_cascades.graph.model import Label, Node, RelType

router = APIRouter(prefix="/agencies", tags=["agencies"])

AgencyRef = Annotated[str, Path(description="an agency id (agency:<region>:<canonical name>)",
                                examples=[AGENCY_ID])]
ROLES = {RelType.LEADS: "leads", RelType.SUPPORTS: "supports",
         RelType.RESPONSIBLE_FOR: "responsible_for"}


@router.get("", response_model=AgenciesPublic)
def list_agencies(store: StoreDep, page: PageDep,
                  region: Annotated[str | None, Query(examples=["周村区"])] = None,
                  system: Annotated[str | None, Query(
                      description="the functional line, e.g. 人力资源社会保障",
                      examples=["人力资源社会保障"])] = None,
                  name: Annotated[str | None, Query(
                      max_length=100, examples=["区人社局"],
                      description="a name as printed, an alias or an abbreviation (区人社局 "
                                  "finds 区人力资源社会保障局); best with region")] = None
                  ) -> dict[str, Any]:
    """Agencies by id, filtered by region, system and name."""
    where = {k: v for k, v in {"region": region, "system": system}.items() if v is not None}
    if name is None:
        agencies, count = store.nodes(Label.AGENCY, where, page.limit, page.offset)
        return {"data": [a.to_json() for a in agencies], "count": count}
    found = [a for a in store.nodes(Label.AGENCY, where)[0] if _named(a, name)]
    return {"data": [a.to_json() for a in page.cut(found)], "count": len(found)}


def _named(agency: Node, name: str) -> bool:
    """The agency prints, aliases or abbreviates to `name` (resolved in its own region)."""
    props = agency.props
    names = {props.get("name"), props.get("canonical"), *(props.get("aliases") or ())}
    if name in names:
        return True
    region = props.get("region")
    return bool(region) and resolve_agency(name, region).canonical in names


@router.get("/{ref:path}/workload", response_model=WorkloadPublic)
def read_workload(store: StoreDep, ref: AgencyRef) -> dict[str, Any]:
    """The measures the agency leads, supports or answers for, grouped by the themes they address."""
    agency = require_node(store, ref, Label.AGENCY, "agency")
    roles: dict[str, dict[str, Node]] = {role: {} for role in ROLES.values()}
    for rel, measure in store.edges([agency.id], "out", list(ROLES)):
        if measure.label == Label.MEASURE:
            roles[ROLES[rel.type]][measure.id] = measure
    measure_ids = sorted({m for found in roles.values() for m in found})
    themes: dict[str, set[str]] = defaultdict(set)
    for rel, theme in store.edges(measure_ids, "out", [RelType.ADDRESSES]):
        themes[rel.start].add(str(theme.props.get("name", theme.id)))
    groups: dict[str | None, dict[str, list[MeasureRef]]] = {}
    for role, found in roles.items():
        for measure_id in sorted(found):
            names: list[str | None] = [*sorted(themes.get(measure_id, set()))] or [None]
            for theme_name in names:
                group = groups.setdefault(theme_name, {r: [] for r in ROLES.values()})
                group[role].append(measure_ref(found[measure_id]))
    ordered = sorted(groups.items(), key=lambda kv: (kv[0] is None, kv[0] or ""))
    return {"agency": agency.to_json(),
            "totals": {role: len(found) for role, found in roles.items()},
            "themes": [{"theme": name, **group} for name, group in ordered]}


def measure_ref(measure: Node) -> MeasureRef:
    return MeasureRef(id=measure.id, **{k: v for k, v in measure.props.items()
                                        if k in MeasureRef.model_fields})


@router.get("/{ref:path}", response_model=AgencyPublic)
def read_agency(store: StoreDep, ref: AgencyRef) -> dict[str, Any]:
    """One agency: name as printed, canonical name, region, system."""
    return require_node(store, ref, Label.AGENCY, "agency").to_json()
