"""Export a graph as JSON, GraphML (Gephi, networkx) or the CSV layout of `neo4j-admin database import`."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import networkx as nx

from policy_cascades.graph.memory_store import export_json
from policy_cascades.graph.model import Subgraph


def write_json(graph: Subgraph, path: Path) -> list[Path]:
    path.write_text(json.dumps(export_json(graph), ensure_ascii=False, indent=1), "utf-8")
    return [path]


def write_graphml(graph: Subgraph, path: Path) -> list[Path]:
    nx.write_graphml(to_networkx(graph), path)
    return [path]


def to_networkx(graph: Subgraph) -> nx.MultiDiGraph:
    """Nodes with their `label` (Document, Measure …) and properties, relationships keyed by
    their `type`. GraphML keeps scalars only: a list property becomes its JSON text."""
    g = nx.MultiDiGraph()
    for node in graph.nodes.values():
        g.add_node(node.id, label=node.label.value, **_scalars(node.props))
    for rel in graph.relationships.values():
        g.add_edge(rel.start, rel.end, key=rel.type.value, type=rel.type.value, **_scalars(rel.props))
    return g


def _scalars(props: dict[str, Any]) -> dict[str, Any]:
    return {k: json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v
            for k, v in props.items() if v is not None}


def write_csv(graph: Subgraph, folder: Path) -> list[Path]:
    """One nodes_<Label>.csv per label and one rels_<TYPE>.csv per type, with typed headers
    (id:ID, name, targets:string[], :LABEL; :START_ID, :END_ID, :TYPE), arrays joined by ;:
    for spreadsheets and data frames. It is not exact for neo4j-admin (an empty string reads
    back as no value, a value holding ; splits): graph/bulk.py writes the importer's files."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    by_label: dict[str, list[Any]] = defaultdict(list)
    for node in graph.nodes.values():
        by_label[node.label.value].append(node)
    for label, nodes in sorted(by_label.items()):
        keys = sorted({k for n in nodes for k in n.props})
        header = ["id:ID", *(_typed(k, [n.props.get(k) for n in nodes]) for k in keys), ":LABEL"]
        rows = [[n.id, *(_cell(n.props.get(k)) for k in keys), label] for n in sorted(nodes, key=lambda n: n.id)]
        written.append(_write(folder / f"nodes_{label}.csv", header, rows))
    by_type: dict[str, list[Any]] = defaultdict(list)
    for rel in graph.relationships.values():
        by_type[rel.type.value].append(rel)
    for rel_type, rels in sorted(by_type.items()):
        keys = sorted({k for r in rels for k in r.props})
        header = [":START_ID", ":END_ID", *(_typed(k, [r.props.get(k) for r in rels]) for k in keys), ":TYPE"]
        rows = [[r.start, r.end, *(_cell(r.props.get(k)) for k in keys), rel_type]
                for r in sorted(rels, key=lambda r: r.key)]
        written.append(_write(folder / f"rels_{rel_type}.csv", header, rows))
    return written


def _typed(key: str, values: list[Any]) -> str:
    sample = next((v for v in values if v is not None), None)
    if isinstance(sample, bool):
        return f"{key}:boolean"
    if isinstance(sample, int):
        return f"{key}:long"
    if isinstance(sample, float):
        return f"{key}:double"
    if isinstance(sample, list):
        inner = next((x for v in values if v for x in v), "")
        return f"{key}:{'double' if isinstance(inner, float) else 'string'}[]"
    return key


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return str(value)


def _write(path: Path, header: list[str], rows: list[list[Any]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


WRITERS = {"json": write_json, "graphml": write_graphml, "csv": write_csv}
