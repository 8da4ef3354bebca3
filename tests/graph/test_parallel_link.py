"""Measure lineage as independent tasks, a province each: the parts give the links of the
whole corpus linked in one piece, and a process pool and a Dask cluster give what one process
gives."""

from __future__ import annotations

from functools import cache

import pytest

from policy_cascades.graph.build import document_to_subgraph
from policy_cascades.graph.link import link_before_lineage
from policy_cascades.graph.link.facts import Facts
from policy_cascades.graph.link.measures import (
    Part,
    _closure,
    link_measures,
    link_part,
    parts,
    province,
)
from policy_cascades.graph.link.model import link_model, topic_model
from policy_cascades.graph.link.pairs import Spaces
from policy_cascades.graph.memory_store import export_json
from policy_cascades.graph.model import Subgraph
from policy_cascades.graph.national import national_documents
from policy_cascades.graph.pipeline import build_graph, corpus_files, extract, seed_corpus
from policy_cascades.loaders import PolicyDocument, parse_document


@cache
def _seed() -> tuple[PolicyDocument, ...]:
    return tuple(extract(corpus_files([seed_corpus()])).documents)


@cache
def _before_lineage() -> tuple[Subgraph, dict[str, set[str]]]:
    """The seed graph with everything but Measure -> Measure links, as write_graph has it."""
    records = [*national_documents(), *_seed()]
    subgraphs = [document_to_subgraph(doc) for doc in records]
    graph = Subgraph()
    for part in subgraphs:
        graph.merge(part.graph)
    out, declared = link_before_lineage(subgraphs, graph)
    graph.merge(out)
    return graph, declared


def _links(graph: Subgraph) -> dict[tuple[str, str, str], dict[str, object]]:
    return {(r.type.value, r.start, r.end): r.props for r in graph.relationships.values()}


def test_the_seed_corpus_is_linked_in_one_task_per_province() -> None:
    graph, declared = _before_lineage()
    tasks = list(parts(Facts.of(graph), declared, link_model(), topic_model()))
    assert [t.province for t in tasks] == ["山东省", "甘肃省"]
    national = {m for m, n in Facts.of(graph).measures.items() if n.props["level"] == "national"}
    mine = [set(t.facts.measures) - national for t in tasks]
    assert mine[0] and mine[1] and not mine[0] & mine[1]
    for task in tasks:
        assert national <= set(task.facts.measures)
        assert {province(task.facts.measures[m].props["region"]) for m in
                set(task.facts.measures) - national} == {task.province}


def test_the_parts_give_the_links_of_the_corpus_in_one_piece() -> None:
    graph, declared = _before_lineage()
    facts = Facts.of(graph)
    whole = Part("", facts, Spaces.of(facts), {}, _closure(declared), link_model(), topic_model())
    one_piece = Subgraph()
    for rel in link_part(whole):
        one_piece.add_rel(rel)
    in_parts = _links(link_measures(graph, declared))
    assert len(in_parts) > 500
    assert in_parts == _links(one_piece)


def test_a_process_pool_links_as_one_process_does() -> None:
    one = export_json(build_graph(_seed(), workers=1))
    assert export_json(build_graph(_seed(), workers=2)) == one


def test_a_dask_cluster_links_as_one_process_does() -> None:
    distributed = pytest.importorskip("distributed")
    one = export_json(build_graph(_seed(), workers=1))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        on_cluster = build_graph(_seed(), scheduler=cluster.scheduler_address)
    assert export_json(on_cluster) == one


def test_a_document_of_no_known_region_is_linked_to_the_national_level_only() -> None:
    text = ("关于做好稳就业保居民就业工作的通知\n各单位：\n"
            "一、落实援企稳岗政策。对不裁员或少裁员的参保企业，返还失业保险费，稳岗返还。"
            "（牵头单位：县人社局；配合单位：县财政局）\n"
            "二、加大创业担保贷款贴息力度，支持高校毕业生、农民工返乡创业就业。\n")
    doc = parse_document(text, "nowhere.txt")
    assert doc.region is None and doc.measures[0].leads == ("县人社局",)  # placed nowhere
    graph = build_graph([*_seed(), doc])
    mine = {n.id for n in graph.nodes.values()
            if n.label.value == "Measure" and n.props.get("source") == "nowhere.txt"}
    assert mine
    parents = {r.end for r in graph.relationships.values()
               if r.start in mine and r.type.value in ("IMPLEMENTS", "SIMILAR_TO")}
    assert parents, "a local measure with no region still carries out the national items"
    assert {graph.nodes[p].props["level"] for p in parents} == {"national"}
