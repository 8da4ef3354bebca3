"""Precision and recall of inferred measure links against the hand-labelled pairs.

A pair (child, parent) counts as linked when the child, or a measure that contains it,
IMPLEMENTS the parent (a plan titled 保居民就业工作方案 carries out 六保.1 through its items).
Run `python -m tests.linking.evaluate` for the report.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from policy_cascades.graph.ids import document_id
from policy_cascades.graph.model import Label, RelType, Subgraph
from policy_cascades.graph.national import SOURCE as NATIONAL
from policy_cascades.graph.national import _data as national_data
from policy_cascades.graph.pipeline import build_graph, corpus_files, extract, seed_corpus

PAIRS = Path(__file__).with_name("measure_pairs.json")


@dataclass
class Outcome:
    tp: list[dict] = field(default_factory=list)
    fp: list[dict] = field(default_factory=list)
    fn: list[dict] = field(default_factory=list)
    tn: int = 0

    @property
    def precision(self) -> float:
        return len(self.tp) / (len(self.tp) + len(self.fp)) if self.tp or self.fp else 1.0

    @property
    def recall(self) -> float:
        return len(self.tp) / (len(self.tp) + len(self.fn)) if self.tp or self.fn else 1.0


@cache
def seed_graph() -> Subgraph:
    return build_graph(extract(corpus_files([seed_corpus()])).documents)


def _doc_ids(graph: Subgraph) -> dict[str, str]:
    ids = {n.props["source"]: n.id for n in graph.nodes.values()
           if n.label == Label.DOCUMENT and n.props.get("in_corpus") and n.props.get("source") != NATIONAL}
    for raw in national_data()["documents"]:
        ids[raw["key"]] = document_id(raw.get("doc_number"), raw["title"], "中国")
    return ids


def _measure_id(ref: dict, doc_ids: dict[str, str]) -> str:
    doc = doc_ids[ref["doc"]] if ref["source"] == NATIONAL else doc_ids[ref["source"]]
    return f"{doc}#{ref['path']}"


def evaluate(graph: Subgraph | None = None) -> Outcome:
    graph = graph or seed_graph()
    doc_ids = _doc_ids(graph)
    implements = {(r.start, r.end) for r in graph.relationships.values()
                  if r.type == RelType.IMPLEMENTS}
    container = {r.end: r.start for r in graph.relationships.values() if r.type == RelType.CONTAINS}
    outcome = Outcome()
    for pair in json.loads(PAIRS.read_text("utf-8"))["pairs"]:
        child, parent = _measure_id(pair["child"], doc_ids), _measure_id(pair["parent"], doc_ids)
        assert child in graph.nodes and parent in graph.nodes, (child, parent)
        linked, current = False, child
        while current is not None and not linked:
            linked = (current, parent) in implements
            current = container.get(current)
        if linked and pair["implements"]:
            outcome.tp.append(pair)
        elif linked:
            outcome.fp.append(pair)
        elif pair["implements"]:
            outcome.fn.append(pair)
        else:
            outcome.tn += 1
    return outcome


def report() -> str:
    o = evaluate()
    return (f"pairs: {len(o.tp) + len(o.fp) + len(o.fn) + o.tn}; true positives {len(o.tp)}, "
            f"false positives {len(o.fp)}, false negatives {len(o.fn)}, true negatives {o.tn}\n"
            f"precision {o.precision:.3f}, recall {o.recall:.3f}")


if __name__ == "__main__":
    import sys

    sys.stdout.write(report() + "\n")
