"""One document's records -> its own subgraph (pure): the document, its outline, who does what.

Cross-document edges (references, measure lineage, inferred themes) are the linker's job;
`document_to_subgraph` returns the references it saw so the linker can resolve them.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass, field, replace

from policy_cascades.graph.agencies import resolve_agency
from policy_cascades.graph.ids import (
    agency_id,
    measure_id,
    person_id,
    record_id,
    region_id,
    theme_id,
    title_key,
)
from policy_cascades.graph.model import Label, Node, Relationship, RelType, Subgraph
from policy_cascades.loaders.gazetteer import gazetteer, themes
from policy_cascades.loaders.records import Measure, PolicyDocument, Reference

RECORD = "_record"  # a Document's extracted record, as JSON
_ROLE = {"leads": RelType.LEADS, "supports": RelType.SUPPORTS, "responsible": RelType.RESPONSIBLE_FOR}


@dataclass
class DocumentGraph:
    """A document's own subgraph, with what the linker needs of it (its record, the
    references it makes); build_graph keeps the parts without their subgraphs once merged."""

    doc_id: str
    doc: PolicyDocument
    graph: Subgraph
    references: list[tuple[str, Reference]] = field(default_factory=list)  # (from node id, ref)

    def for_linking(self) -> DocumentGraph:
        """What the linker reads of this part once its subgraph is written: no subgraph, and
        of its record's measures only the plans (link_documents reads their kind). A national
        corpus's records are mostly their measures (about 2.4 KB a measure, issue 12)."""
        plans = tuple(m for m in self.doc.measures if m.kind == "plan")
        return replace(self, graph=Subgraph(), doc=self.doc.model_copy(update={"measures": plans}))


def document_to_subgraph(doc: PolicyDocument) -> DocumentGraph:
    """Nodes and edges that one document holds by itself.

    Example:
        >>> g = document_to_subgraph(read_document(Path("004_65dc26d30b7e2b8f.txt")))  # doctest: +SKIP
        >>> g.doc_id  # doctest: +SKIP
        'doc:周政字〔2020〕8号'
    """
    graph = Subgraph()
    doc_id = record_id(doc)
    out = DocumentGraph(doc_id, doc, graph)
    # The record itself rides along (a private property, never in API answers), so that a later
    # load can re-link every stored document with the new ones, as if loaded all at once.
    props = {**document_props(doc), RECORD: doc.model_dump_json()}
    graph.add_node(Node(id=doc_id, label=Label.DOCUMENT, props=props))
    if doc.region:  # a document whose region no clue tells has no IN edge
        add_region_path(graph, doc.region)
        _rel(graph, RelType.IN, doc_id, region_id(doc.region), doc.source, 1)
    for issuer in doc.issuers:
        agency = _agency(graph, issuer, doc.region or "", doc.source, 1)
        _rel(graph, RelType.ISSUED, agency, doc_id, doc.source, 1)
    _themes(graph, doc_id, doc.themes, doc.source, 1, heading=doc.title)
    out.references.extend((doc_id, ref) for ref in doc.references)

    inherited: dict[str, tuple[tuple[str, ...], str]] = {}
    for measure in doc.measures:
        mid = measure_id(doc_id, measure.path)
        graph.add_node(Node(id=mid, label=Label.MEASURE, props=measure_props(measure, doc, doc_id)))
        parent = _parent_path(measure.path, inherited)
        _rel(graph, RelType.CONTAINS, measure_id(doc_id, parent) if parent else doc_id, mid,
             doc.source, measure.line)
        _duties(graph, measure, mid, doc)
        themes_here, heading = inherited.get(parent, ((), "")) if parent else ((), "")
        if measure.themes:
            themes_here, heading = measure.themes, measure.heading
        inherited[measure.path] = (themes_here, heading)
        _themes(graph, mid, themes_here, doc.source, measure.line, heading=heading)
        out.references.extend((mid, ref) for ref in measure.references)
    return out


def _parent_path(path: str, seen: Container[str]) -> str | None:
    """The nearest enclosing path that is a measure of its own (六保.1 sits in 六保 only if
    the document lists 六保)."""
    while "." in path:
        path = path.rsplit(".", 1)[0]
        if path in seen:
            return path
    return None


def document_props(doc: PolicyDocument) -> dict[str, object]:
    return {
        "doc_number": doc.doc_number, "title": doc.title, "title_key": title_key(doc.title),
        "issuers": list(doc.issuers), "level": doc.level, "region": doc.region, "date": doc.date,
        "addressees": list(doc.addressees), "in_corpus": True, "source": doc.source, "line": 1,
        "caption": doc_caption(doc),  # a short name for Neo4j Browser and the viewer
    }


def measure_props(m: Measure, doc: PolicyDocument, doc_id: str) -> dict[str, object]:
    return {
        "doc_id": doc_id, "doc_number": doc.doc_number, "kind": m.kind, "path": m.path,
        "heading": m.heading, "text": m.text, "level": doc.level, "region": doc.region,
        "date": doc.date, "deadline": m.deadline, "targets": [t.text for t in m.targets],
        "target_values": [t.value for t in m.targets if t.value is not None],
        "source": doc.source, "line": m.line, "end_line": m.end_line,
        "caption": measure_caption(m, doc),  # a short name for Neo4j Browser and the viewer
    }


def doc_caption(doc: PolicyDocument) -> str:
    """A document's short name: its 文号; else, for a national document, its title without
    the bracketed agenda and its date (two 中共中央政治局会议 differ only by it); else the
    title's start.

    Example:
        >>> from policy_cascades.loaders.records import PolicyDocument
        >>> doc_caption(PolicyDocument(source="national.json", doc_number=None, level="national",
        ...     title="中共中央政治局会议（分析研究当前经济形势，部署当前经济工作）",
        ...     issuers=(), region="中国", region_path=("中国",), date="2020-04-17"))
        '中共中央政治局会议 2020-04-17'
    """
    if doc.doc_number:
        return doc.doc_number
    if doc.level == "national" and doc.date:
        return f"{re.sub(r'[（(][^（(]*[）)]$', '', doc.title) or doc.title} {doc.date}"
    return doc.title[:16]


def measure_caption(m: Measure, doc: PolicyDocument) -> str:
    """Region, path and heading; a national measure names its document too, since the
    2020-04-17 政治局会议 and the 政府工作报告 both hold 六保.1 保居民就业."""
    if doc.level == "national":
        return f"{doc.region or ''} {doc_caption(doc)} {m.path} {m.heading[:14]}".strip()
    return f"{doc.region or ''} {m.path} {m.heading[:14]}"


def add_region_path(graph: Subgraph, region: str) -> None:
    """The region and its parents up to 中国, linked by PART_OF."""
    places = gazetteer()
    path = places.path(region)
    for index, name in enumerate(path):
        known = places.get(name)
        level = known.level if known else _guess_level(name)
        graph.add_node(Node(id=region_id(name), label=Label.REGION, props={
            "name": known.name if known else name, "level": level,
            "code": known.code or None if known else None}))
        if index + 1 < len(path):
            graph.add_rel(Relationship(type=RelType.PART_OF, start=region_id(name),
                                       end=region_id(path[index + 1])))


def _guess_level(name: str) -> str:
    if name == "中国":
        return "national"
    if name.endswith(("省", "自治区")):
        return "provincial"
    return "county" if name.endswith(("县", "区")) else "municipal"


def _duties(graph: Subgraph, m: Measure, mid: str, doc: PolicyDocument) -> None:
    for role, rel_type in _ROLE.items():
        for printed in getattr(m, role):
            agency = _agency(graph, printed, doc.region or "", doc.source, m.line)
            _rel(graph, rel_type, agency, mid, doc.source, m.line)
    for name in m.persons:
        pid = person_id(doc.region or "?", name)
        graph.add_node(Node(id=pid, label=Label.PERSON, props={
            "name": name, "region": doc.region, "source": doc.source, "line": m.line}))
        _rel(graph, RelType.RESPONSIBLE_FOR, pid, mid, doc.source, m.line)


def _agency(graph: Subgraph, printed: str, doc_region: str, source: str, line: int) -> str:
    name = resolve_agency(printed, doc_region)
    aid = agency_id(name.region, name.canonical)
    old = graph.nodes.get(aid)
    aliases = sorted({*(old.props["aliases"] if old else []), printed})
    graph.add_node(Node(id=aid, label=Label.AGENCY, props={
        "name": old.props["name"] if old else printed, "canonical": name.canonical,
        "region": name.region, "system": name.system, "aliases": aliases,
        "source": old.props["source"] if old else source, "line": old.props["line"] if old else line,
    }))
    if name.region:  # "" when neither the name nor the document tells the region
        add_region_path(graph, name.region)
        _rel(graph, RelType.IN, aid, region_id(name.region), source, line)
    return aid


def _themes(graph: Subgraph, node_id: str, names: tuple[str, ...], source: str, line: int,
            heading: str) -> None:
    families = {t.name: t.family for t in themes()}
    for name in names:
        graph.add_node(Node(id=theme_id(name), label=Label.THEME,
                            props={"name": name, "family": families.get(name, "other")}))
        graph.add_rel(Relationship(type=RelType.ADDRESSES, start=node_id, end=theme_id(name), props={
            "basis": "explicit", "score": 1.0, "evidence": heading, "source": source, "line": line}))


def _rel(graph: Subgraph, rel_type: RelType, start: str, end: str, source: str, line: int) -> None:
    graph.add_rel(Relationship(type=rel_type, start=start, end=end,
                               props={"source": source, "line": line}))
