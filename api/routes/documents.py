"""Documents: the list, one document, its outline, and its lineage among documents."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query

from policy_cascades.api.deps import PageDep, StoreDep, require_node
from policy_cascades.api.models import (
    DOC_ID,
    DocumentPublic,
    DocumentsPublic,
    LineageEntry,
    LineagePublic,
    OutlinePublic,
)
from policy_cascades.graph.model import Label, Node, Relationship, RelType
from policy_cascades.graph.store import Direction, GraphStore
from policy_cascades.loaders.text import CN_DIGITS, cn_number

router = APIRouter(prefix="/documents", tags=["documents"])

Level = Literal["national", "provincial", "municipal", "county"]
Basis = Literal["declared", "all"]
DocRef = Annotated[str, Path(description="a document id, 文号 or title",
                             examples=[DOC_ID, "周政字〔2020〕8号"])]


@router.get("", response_model=DocumentsPublic)
def list_documents(store: StoreDep, page: PageDep, level: Level | None = None,
                   region: Annotated[str | None, Query(examples=["周村区"])] = None,
                   theme: Annotated[str | None, Query(
                       description="documents addressing it, themselves or through a measure",
                       examples=["保居民就业"])] = None,
                   in_corpus: bool | None = None) -> dict[str, Any]:
    """Documents by id, filtered by level, region, theme and whether they are in the corpus."""
    where = {key: value for key, value in
             {"level": level, "region": region, "in_corpus": in_corpus}.items() if value is not None}
    if theme is None:
        docs, count = store.nodes(Label.DOCUMENT, where, page.limit, page.offset)
    else:
        addressing = documents_addressing(store, theme)
        matching = [d for d in store.nodes(Label.DOCUMENT, where)[0] if d.id in addressing]
        docs, count = page.cut(matching), len(matching)
    return {"data": [d.to_json() for d in docs], "count": count}


def documents_addressing(store: GraphStore, theme: str) -> set[str]:
    theme_id = theme if theme.startswith("theme:") else f"theme:{theme}"
    found = set()
    for _, other in store.edges([theme_id], "in", [RelType.ADDRESSES]):
        found.add(other.id if other.label == Label.DOCUMENT else str(other.props.get("doc_id")))
    return found


@router.get("/{ref:path}/outline", response_model=OutlinePublic)
def read_outline(store: StoreDep, ref: DocRef) -> dict[str, Any]:
    """The document's measures in order, each nesting its parts (CONTAINS)."""
    doc = require_node(store, ref, Label.DOCUMENT, "document")
    measures, count = store.nodes(Label.MEASURE, {"doc_id": doc.id})
    children: dict[str, list[Node]] = defaultdict(list)
    for rel, other in store.edges([doc.id, *(m.id for m in measures)], "out", [RelType.CONTAINS]):
        if other.label == Label.MEASURE:
            children[rel.start].append(other)
    placed: set[str] = set()
    top = _outline(doc.id, children, placed)
    orphans = [m for m in measures if m.id not in placed]  # kept, should a CONTAINS be missing
    top += [_entry(m, children, placed) for m in sorted(orphans, key=outline_order)]
    return {"document": doc.to_json(), "data": top, "count": count}


def _outline(parent: str, children: dict[str, list[Node]],
             placed: set[str]) -> list[dict[str, Any]]:
    return [_entry(m, children, placed)
            for m in sorted(children.get(parent, []), key=outline_order) if m.id not in placed]


def _entry(measure: Node, children: dict[str, list[Node]], placed: set[str]) -> dict[str, Any]:
    """An OutlineEntry as a dict (the response model validates it once)."""
    placed.add(measure.id)
    props = measure.props
    return {"id": measure.id, "kind": props.get("kind", ""), "path": props.get("path", ""),
            "heading": props.get("heading", ""), "line": props.get("line"),
            "children": _outline(measure.id, children, placed)}


def outline_order(measure: Node) -> tuple[Any, ...]:
    """Where a measure stands in its document: by line, then by its path's numbers, so that
    points printed on one line keep their order ((1) < (2) < (10), 二 < 十)."""
    return (measure.props.get("line") or 0, path_key(str(measure.props.get("path", ""))))


def path_key(path: str) -> tuple[tuple[int, int, str], ...]:
    key = []
    for part in path.split("."):
        bare = part.strip("()（）")
        if bare.isdigit():
            key.append((0, int(bare), part))
        elif bare and all(ch in CN_DIGITS for ch in bare):
            key.append((0, cn_number(bare), part))
        else:
            key.append((1, 0, part))
    return tuple(key)


@router.get("/{ref:path}/lineage", response_model=LineagePublic)
def read_lineage(store: StoreDep, ref: DocRef,
                 depth: Annotated[int, Query(ge=1, le=10)] = 3,
                 basis: Annotated[Basis, Query(
                     description="declared: the documents' own IMPLEMENTS and CITES; all: also "
                                 "the inferred IMPLEMENTS of their measures")] = "all",
                 ) -> dict[str, Any]:
    """Documents it implements or cites (ancestors) and that implement or cite it (descendants)."""
    doc = require_node(store, ref, Label.DOCUMENT, "document")
    rels: dict[tuple[str, str, str], Relationship] = {}
    ancestors = _walk(store, doc, depth, basis, up=True, rels=rels)
    descendants = _walk(store, doc, depth, basis, up=False, rels=rels)
    return {"document": doc.to_json(), "ancestors": ancestors, "descendants": descendants,
            "relationships": [rels[key].to_json() for key in sorted(rels)]}


def _walk(store: GraphStore, doc: Node, depth: int, basis: Basis, up: bool,
          rels: dict[tuple[str, str, str], Relationship]) -> list[LineageEntry]:
    seen = {doc.id}
    found: list[LineageEntry] = []
    frontier = [doc.id]
    for distance in range(1, depth + 1):
        reached: list[str] = []
        for rel, doc_id in _step(store, frontier, basis, up):
            rels[rel.key] = rel
            if doc_id not in seen:
                seen.add(doc_id)
                reached.append(doc_id)
        for doc_id in sorted(reached):
            node = store.node(doc_id)
            if node is not None and node.label == Label.DOCUMENT:
                found.append(LineageEntry(document=DocumentPublic(**node.to_json()),
                                          distance=distance))
        frontier = sorted(reached)
        if not frontier:
            break
    return found


def contained_measures(store: GraphStore, docs: Sequence[str]) -> list[str]:
    """The ids of every measure in `docs`, level by level down CONTAINS (one call a level)."""
    found: list[str] = []
    frontier = list(docs)
    while frontier:
        frontier = sorted({other.id for _, other in store.edges(frontier, "out", [RelType.CONTAINS])
                           if other.label == Label.MEASURE} - set(found))
        found += frontier
    return found


def _step(store: GraphStore, docs: Sequence[str], basis: Basis,
          up: bool) -> list[tuple[Relationship, str]]:
    """One step from `docs`: (relationship, the document at its other end), where an end
    that is a measure stands for its document (a measure citing a document, a measure
    implementing another measure)."""
    direction: Direction = "out" if up else "in"
    measure_ids = contained_measures(store, docs)
    steps = store.edges(docs, direction, [RelType.IMPLEMENTS, RelType.CITES])
    measure_types = [RelType.CITES] if up else []
    if basis == "all":
        measure_types.append(RelType.IMPLEMENTS)
    if measure_types and measure_ids:
        steps += [(rel, other) for rel, other in store.edges(measure_ids, direction, measure_types)
                  if up or other.label == Label.MEASURE]
    out = []
    for rel, other in steps:
        if basis == "declared" and rel.props.get("basis") not in (None, "declared"):
            continue
        doc_id = other.id if other.label == Label.DOCUMENT else str(other.props.get("doc_id"))
        out.append((rel, doc_id))
    return sorted(out, key=lambda pair: pair[0].key)


@router.get("/{ref:path}", response_model=DocumentPublic)
def read_document(store: StoreDep, ref: DocRef) -> dict[str, Any]:
    """One document, by id, 文号 or title (a cited-only document has in_corpus false)."""
    return require_node(store, ref, Label.DOCUMENT, "document").to_json()
