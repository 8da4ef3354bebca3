"""Document lineage: every reference resolved to a document of the corpus or to a stub.

By 文号 first, then by title, tolerantly (省政府《关于贯彻落实国务院<政府工作报告>若干措施的通知》
names 山东省人民政府关于贯彻落实国务院《政府工作报告》若干措施的通知), and never across a
conflict (two different 文号, or an issuer from another region). A stub gets the level and
region that its 文号 prefix or its cited issuer implies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from policy_cascades.graph.build import DocumentGraph, add_region_path
from policy_cascades.graph.ids import document_id, measure_id, region_id, title_key
from policy_cascades.graph.model import Label, Node, Relationship, RelType, Subgraph
from policy_cascades.loaders.gazetteer import Gazetteer, gazetteer
from policy_cascades.loaders.records import Reference

_ISSUER_HEAD = re.compile(
    r"^(?:中共)?[\u4e00-\u9fff]{0,10}?(?:人民政府办公厅|人民政府办公室|人民政府|政府办公厅|政府办公室|"
    r"委员会|办公厅|办公室|国务院|政府)(?=关于|印发)")
_LEVEL_WORD = (("国务院", "national"), ("中共中央", "national"), ("党中央", "national"),
               ("国家", "national"), ("省", "provincial"), ("市", "municipal"),
               ("县", "county"), ("区", "county"))


def core_title(title: str) -> str:
    """A title without its issuer, 印发/关于 and 的通知: the words that name the document.

    Example:
        >>> core_title("山东省人民政府关于贯彻落实国务院《政府工作报告》若干措施的通知")
        '贯彻落实国务院政府工作报告若干措施'
    """
    key = title_key(title)
    key = _ISSUER_HEAD.sub("", key)
    key = re.sub(r"^(关于)?(印发|转发)?(关于)?", "", key)
    return re.sub(r"(的通知|的意见|的决定)$", "", key)


@dataclass
class DocumentIndex:
    by_number: dict[str, str] = field(default_factory=dict)
    by_core: dict[str, list[str]] = field(default_factory=dict)
    region: dict[str, str | None] = field(default_factory=dict)
    number: dict[str, str | None] = field(default_factory=dict)

    @classmethod
    def of(cls, parts: list[DocumentGraph]) -> DocumentIndex:
        index = cls()
        for part in parts:
            doc = part.doc
            index.region[part.doc_id] = doc.region
            index.number[part.doc_id] = doc.doc_number
            if doc.doc_number:
                index.by_number[doc.doc_number] = part.doc_id
            index.by_core.setdefault(core_title(doc.title), []).append(part.doc_id)
        return index

    def resolve(self, ref: Reference, issuer_region: str | None) -> str | None:
        if ref.doc_number and ref.doc_number in self.by_number:
            return self.by_number[ref.doc_number]
        if not ref.title:
            return None
        core = core_title(ref.title)
        candidates = self.by_core.get(core, [])
        if not candidates and len(core) >= 8:
            candidates = [d for c, ids in self.by_core.items() for d in ids
                          if len(c) >= 8 and (core in c or c in core) and min(len(c), len(core)) / max(len(c), len(core)) >= 0.6]
        fitting = [d for d in candidates if self._fits(d, ref, issuer_region)]
        return fitting[0] if len(fitting) == 1 else None  # two fit: never guess between them

    def _fits(self, doc_id: str, ref: Reference, issuer_region: str | None) -> bool:
        number = self.number.get(doc_id)
        if ref.doc_number and number and ref.doc_number != number:
            return False
        return issuer_region is None or self.region.get(doc_id) == issuer_region


def issuer_region(ref: Reference, citing_region: str | None, places: Gazetteer) -> str | None:
    """Where the cited document comes from: its 文号 prefix, else its issuer's name or level."""
    if ref.doc_number:
        found = places.by_doc_number(ref.doc_number, near=citing_region)
        if found:
            return found.key
    issuer = ref.issuer or ""
    if issuer:
        named = places.named_in(issuer, near=citing_region)
        if named:
            return named.key
        for word, level in _LEVEL_WORD:
            if issuer.startswith(word) or issuer.startswith("中共" + word):
                return "中国" if level == "national" else _ancestor_at(citing_region, level, places)
    return None


def _ancestor_at(region: str | None, level: str, places: Gazetteer) -> str | None:
    if region is None:
        return None
    for name in places.path(region):
        known = places.get(name)
        if known and known.level == level:
            return name
    return None


def link_documents(parts: list[DocumentGraph]) -> tuple[Subgraph, dict[str, set[str]]]:
    """IMPLEMENTS / CITES edges and stubs; also each document's declared parents (doc ids)."""
    places = gazetteer()
    index = DocumentIndex.of(parts)
    out = Subgraph()
    declared: dict[str, set[str]] = {part.doc_id: set() for part in parts}
    for part in parts:
        measure_kinds = {measure_id(part.doc_id, m.path): m.kind for m in part.doc.measures}
        for from_id, ref in part.references:
            region = issuer_region(ref, part.doc.region, places)
            target = index.resolve(ref, region) or _stub(out, ref, region, part)
            if target == part.doc_id:
                continue
            props = {"basis": "declared", "relation": ref.relation, "cited_as": ref.doc_number or ref.title,
                     "source": part.doc.source, "line": ref.line}
            if from_id != part.doc_id:
                out.add_rel(Relationship(type=RelType.CITES, start=from_id, end=target, props=props))
            if from_id == part.doc_id or measure_kinds.get(from_id) == "plan":
                doc_type = RelType.IMPLEMENTS if ref.relation == "implements" else RelType.CITES
                out.add_rel(Relationship(type=doc_type, start=part.doc_id, end=target, props=props))
                if ref.relation == "implements":
                    declared[part.doc_id].add(target)
    return out, declared


def _stub(out: Subgraph, ref: Reference, region: str | None, part: DocumentGraph) -> str:
    places = gazetteer()
    title = ref.title or ""
    stub_id = document_id(ref.doc_number, title, region)
    known = places.get(region) if region else None
    out.add_node(Node(id=stub_id, label=Label.DOCUMENT, props={
        "doc_number": ref.doc_number, "title": title, "title_key": title_key(title),
        "issuers": [ref.issuer] if ref.issuer else [], "level": known.level if known else None,
        "region": region, "date": None, "addressees": [], "in_corpus": False,
        "source": part.doc.source, "line": ref.line,
        "caption": ref.doc_number or title[:16],
    }))
    if region:
        add_region_path(out, region)
        out.add_rel(Relationship(type=RelType.IN, start=stub_id, end=region_id(region),
                                 props={"source": part.doc.source, "line": ref.line}))
    return stub_id
