"""Measures: one measure with its document, its lineage up and down, and who answers for it."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query

from policy_cascades.api.deps import (
    PageDep,
    StoreDep,
    TraceBasis,
    TraceDepth,
    TraceMinScore,
    require_node,
)
from policy_cascades.api.models import (
    MEASURE_ID,
    MeasureDetail,
    MeasureLineage,
    MeasuresPublic,
    Responsibilities,
)
from policy_cascades.graph.ids import theme_id
from policy_cascades.graph.model import Label, Node, Relationship, RelType
from policy_cascades.graph.trace import trace_down, trace_up

router = APIRouter(prefix="/measures", tags=["measures"])
Level = Literal["national", "provincial", "municipal", "county"]
Kind = Literal["plan", "section", "item", "point"]

MeasureRef = Annotated[str, Path(description="a measure id, or 文号#path",
                                 examples=[MEASURE_ID, "周政字〔2020〕8号#三.(一).15"])]


@router.get("", response_model=MeasuresPublic)
def list_measures(
        store: StoreDep, page: PageDep,
        document: Annotated[str | None, Query(description="a document id or 文号",
                                              examples=["周政字〔2020〕8号"])] = None,
        region: Annotated[str | None, Query(examples=["周村区"])] = None,
        level: Annotated[Level | None, Query()] = None,
        kind: Annotated[Kind | None, Query()] = None,
        theme: Annotated[str | None, Query(description="a theme name: measures that address it",
                                           examples=["保居民就业"])] = None,
        agency: Annotated[str | None, Query(description="an agency id: the measures it leads, "
                                            "supports or answers for",
                                            examples=["agency:周村区:区人力资源社会保障局"])] = None,
) -> dict[str, Any]:
    """Measures in reading order (document, line), filtered; paginated {data, count}."""
    where: dict[str, Any] = {k: v for k, v in {"region": region, "level": level,
                                                "kind": kind}.items() if v is not None}
    if document is not None:
        where["doc_id"] = require_node(store, document, Label.DOCUMENT, "document").id
    found = store.nodes(Label.MEASURE, where)[0]
    if theme is not None:
        found = _keep(found, store.edges([theme_id(theme)], "in", [RelType.ADDRESSES]))
    if agency is not None:
        duty = [RelType.LEADS, RelType.SUPPORTS, RelType.RESPONSIBLE_FOR]
        found = _keep(found, store.edges([require_node(store, agency, Label.AGENCY, "agency").id],
                                         "out", duty))
    found.sort(key=lambda m: (str(m.props.get("doc_id")), m.props.get("line") or 0, m.id))
    return {"data": [m.to_json() for m in page.cut(found)], "count": len(found)}


def _keep(measures: list[Node], edges: list[tuple[Relationship, Node]]) -> list[Node]:
    linked = {other.id for _, other in edges}
    return [m for m in measures if m.id in linked]


@router.get("/{ref:path}/lineage", response_model=MeasureLineage)
def read_measure_lineage(store: StoreDep, ref: MeasureRef, depth: TraceDepth = 4,
                         basis: TraceBasis = "all",
                         min_score: TraceMinScore = 0.0) -> dict[str, Any]:
    """What the measure carries out (up) and what carries it out (down)."""
    measure = require_node(store, ref, Label.MEASURE, "measure")
    up = trace_up(store, measure.id, depth, basis, min_score)
    down = trace_down(store, measure.id, depth, basis, min_score)
    assert up is not None and down is not None  # the measure exists
    return {"measure": measure.to_json(), "up": up.to_json(), "down": down.to_json()}


@router.get("/{ref:path}/responsibilities", response_model=Responsibilities)
def read_responsibilities(store: StoreDep, ref: MeasureRef) -> dict[str, Any]:
    """Lead (牵头), supporting (配合) and responsible (责任) agencies, and responsible persons."""
    measure = require_node(store, ref, Label.MEASURE, "measure")
    roles: dict[str, list[dict[str, Any]]] = {
        "lead": [], "supporting": [], "responsible_agencies": [], "responsible_persons": []}
    types = [RelType.LEADS, RelType.SUPPORTS, RelType.RESPONSIBLE_FOR]
    for rel, other in store.edges([measure.id], "in", types):
        if rel.type == RelType.LEADS:
            roles["lead"].append(other.to_json())
        elif rel.type == RelType.SUPPORTS:
            roles["supporting"].append(other.to_json())
        elif other.label == Label.PERSON:
            roles["responsible_persons"].append(other.to_json())
        else:
            roles["responsible_agencies"].append(other.to_json())
    return {"measure": measure.to_json(), **roles}


@router.get("/{ref:path}", response_model=MeasureDetail)
def read_measure(store: StoreDep, ref: MeasureRef) -> dict[str, Any]:
    """One measure, with its document (文号, title, date)."""
    measure = require_node(store, ref, Label.MEASURE, "measure")
    document = store.node(str(measure.props.get("doc_id")))
    data = measure.to_json()
    if document is not None:
        data["document"] = document.to_json()
        data.setdefault("doc_number", document.props.get("doc_number"))
        data.setdefault("date", document.props.get("date"))
    return data
