"""tests/linking/real_judgements.json is well formed: every child names an existing real
document and an outline path, once; every parent is a measure of the national documents
(graph/national.py), with a strength of strong or partial and a reason; and
tools/eval_real_linking.py finds a child by its source file and path, not by its id."""

from __future__ import annotations

import json
from pathlib import Path

from policy_cascades.graph.ids import measure_id, record_id
from policy_cascades.graph.model import Label, Node, Relationship, RelType, Subgraph
from policy_cascades.graph.national import national_documents
from tests.linking.evaluate_all import outline_of
from tools.eval_real_linking import resolve

HERE = Path(__file__).resolve().parent
REAL = HERE.parent / "data" / "real"
JUDGEMENTS = HERE / "real_judgements.json"


def _national_ids() -> set[str]:
    return {measure_id(record_id(d), m.path)
            for d in national_documents() for m in d.measures}


def test_the_real_judgements_are_well_formed() -> None:
    data = json.loads(JUDGEMENTS.read_text("utf-8"))
    assert isinstance(data["about"], str) and "20261206" in data["about"]
    children = data["children"]
    assert len(children) >= 100
    national = _national_ids()
    assert len(national) == 25
    keys = set()
    for entry in children:
        assert (REAL / entry["source"]).is_file(), entry["source"]
        assert entry["path"] and entry["child"].endswith("#" + entry["path"])
        assert isinstance(entry["heading"], str)
        keys.add((entry["source"], entry["path"]))
        ids = [p["id"] for p in entry["parents"]]
        assert len(ids) == len(set(ids)), entry["child"]
        for parent in entry["parents"]:
            assert parent["id"] in national, parent["id"]
            assert parent["strength"] in ("strong", "partial")
            assert parent["why"]
        assert entry["parents"] or entry.get("note"), entry["child"]
    assert len(keys) == len(children)  # each child once


def test_children_are_resolved_by_source_and_path_whatever_their_id(tmp_path: Path) -> None:
    national = "doc:中国:政府工作报告"
    graph = Subgraph()
    graph.add_node(Node(id=national, label=Label.DOCUMENT, props={"source": "national.json"}))
    graph.add_node(Node(id=f"{national}#六保.3", label=Label.MEASURE,
                        props={"doc_id": national, "path": "六保.3", "kind": "item", "heading": "保市场主体"}))
    new_id = "doc:某市:新标题#一.1"  # the extractor now gives the document another id
    graph.add_node(Node(id=new_id, label=Label.MEASURE,
                        props={"doc_id": "doc:某市:新标题", "path": "一.1", "kind": "item"}))
    graph.add_rel(Relationship(type=RelType.IMPLEMENTS, start=new_id, end=f"{national}#六保.3",
                               props={"basis": "inferred", "score": 0.9, "method": "topic"}))
    judgements = tmp_path / "j.json"
    judgements.write_text(json.dumps({"about": "", "children": [
        {"source": "dev/a.txt", "path": "一.1", "child": "doc:旧#一.1", "level": "municipal",
         "heading": "", "parents": [{"id": f"{national}#六保.3", "strength": "strong", "why": "减税"}]},
        {"source": "dev/a.txt", "path": "一.9", "child": "doc:旧#一.9", "level": "municipal",
         "heading": "", "parents": []}]}), "utf-8")
    files_of = {"doc:某市:新标题": "dev/a.txt"}
    resolved = resolve(graph, files_of, outline_of(graph), judgements)
    assert set(resolved.judged.parents) == {new_id}
    assert [e["path"] for e in resolved.missing] == ["一.9"]
    assert resolved.strengths == {(new_id, f"{national}#六保.3"): "strong"}


def test_no_framing_block_of_a_real_document_carries_out_a_national_measure_unless_it_names_the_programme() -> None:
    """A 总体要求 / 指导思想 / 工作目标 block of a real document of another place links to a national
    measure only when it restates the programme (names 六稳 or 六保): a framing block shares its
    words with every other, and none of the judged ones that did not name it was a true child."""
    import re

    from policy_cascades.graph.link.pairs import GENERIC
    from policy_cascades.graph.pipeline import build_graph
    from policy_cascades.loaders.hant import simplified
    from tests.linking.evaluate_all import inferred_links, outline_of
    from tools.sample_real_children import real_documents

    graph = build_graph(real_documents()[0])
    outline = outline_of(graph)
    national = [link for link in inferred_links(graph) if outline.doc_of(link.parent) in outline.national_docs]
    assert len(national) > 500
    framing = [link for link in national if link.method == "model"
               and GENERIC.search(simplified(str(graph.nodes[link.child].props.get("heading"))))]
    props = [graph.nodes[link.child].props for link in framing]
    assert all(re.search("六稳|六保", simplified(f"{p.get('heading')}{p.get('text')}")) for p in props)


def test_every_judged_child_is_still_extracted() -> None:
    """An extractor change that moves a judged measure (a plan title read as P1 puts its entries
    under P1.…) loses its judgement silently unless the entry is remapped: every judged child is
    found by its source file and path in the real documents as the extractor reads them now."""
    from policy_cascades.graph.pipeline import build_graph
    from tools.sample_real_children import real_documents

    docs, files_of = real_documents()
    graph = build_graph(docs, lineage=False)
    resolved = resolve(graph, files_of, outline_of(graph), JUDGEMENTS)
    assert [(e["source"], e["path"]) for e in resolved.missing] == []
