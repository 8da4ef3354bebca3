"""Measures: one measure with its document, its lineage up and down, and who answers for it."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path

from api.deps import StoreDep, TraceBasis, TraceDepth, TraceMinScore, require_node
from api.models import MEASURE_ID, MeasureDetail, MeasureLineage, Responsibilities
from graph.model import Label, RelType
from graph.trace import trace_down, trace_up

router = APIRouter(prefix="/measures", tags=["measures"])

MeasureRef = Annotated[str, Path(description="a measure id, or 文号#path",
                                 examples=[MEASURE_ID, "周政字〔2020〕8号#三.(一).15"])]


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
