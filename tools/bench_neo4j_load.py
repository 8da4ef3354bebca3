"""How fast the stores load: the seed corpus into each store, and Neo4jStore's batched write
path against one statement per row on a larger synthetic graph.

    python tools/bench_neo4j_load.py               # 20000 nodes, ~40000 relationships
    python tools/bench_neo4j_load.py 5000 --sample 500

Uses NEO4J_URI (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE), whose database it EMPTIES;
without it, starts a throw-away local Neo4j with tools/neo4j_server.py. Prints figures only.
"""

from __future__ import annotations

import argparse
import logging
import os
import random
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent.parent), str(Path(__file__).resolve().parent)]

from policy_cascades.graph.memory_store import MemoryStore  # noqa: E402
from policy_cascades.graph.model import Label, Node, Relationship, RelType, Subgraph  # noqa: E402
from policy_cascades.graph.neo4j_store import Neo4jStore  # noqa: E402
from policy_cascades.graph.pipeline import build_graph, corpus_files, extract, seed_corpus  # noqa: E402

HEADINGS = ["保障复产企业用工", "稳定就业岗位", "减免中小微企业房租", "加强粮食生产", "保基层运转",
            "落实减税降费政策", "扩大有效投资", "支持个体工商户"]


def synthetic_graph(nodes: int, seed: int = 7, prefix: str = "") -> Subgraph:
    """`nodes` nodes of every label (mostly Measures) and about twice as many relationships,
    shaped like the corpus: documents contain measures, agencies lead them, themes."""
    rng, graph = random.Random(seed), Subgraph()
    counts = {Label.REGION: max(nodes // 400, 1), Label.THEME: 12,
              Label.DOCUMENT: max(nodes // 50, 1), Label.AGENCY: max(nodes // 20, 1),
              Label.PERSON: max(nodes // 40, 1)}
    counts[Label.MEASURE] = max(nodes - sum(counts.values()), 1)
    ids = {label: [f"{prefix}{label.value.lower()}:{i}" for i in range(n)]
           for label, n in counts.items()}
    for label, label_ids in ids.items():
        for index, node_id in enumerate(label_ids):
            graph.add_node(Node(id=node_id, label=label, props=_props(rng, label, index)))

    def link(rel_type: RelType, start: str, end: str) -> None:
        graph.add_rel(Relationship(type=rel_type, start=start, end=end,
                                   props={"source": "bench.txt", "line": rng.randrange(1, 500)}))

    for measure in ids[Label.MEASURE]:
        link(RelType.CONTAINS, rng.choice(ids[Label.DOCUMENT]), measure)
        link(RelType.LEADS, rng.choice(ids[Label.AGENCY]), measure)
    for node_id in ids[Label.AGENCY] + ids[Label.DOCUMENT]:
        link(RelType.IN, node_id, rng.choice(ids[Label.REGION]))
    for measure in rng.sample(ids[Label.MEASURE], len(ids[Label.MEASURE]) // 8):
        link(RelType.ADDRESSES, measure, rng.choice(ids[Label.THEME]))
    return graph


def _props(rng: random.Random, label: Label, index: int) -> dict[str, object]:
    heading = rng.choice(HEADINGS)
    if label is Label.MEASURE:
        return {"heading": heading, "text": f"{heading}，第{index}条。" * 3, "kind": "item",
                "path": f"一.{index}", "level": "county", "region": "周村区", "line": index,
                "targets": [], "source": "bench.txt"}
    if label is Label.DOCUMENT:
        return {"doc_number": f"周政字〔2020〕{index}号", "title": f"关于{heading}的通知",
                "in_corpus": True, "issuers": ["周村区人民政府"], "date": "2020-03-06"}
    if label is Label.AGENCY:
        return {"name": f"区第{index}局", "aliases": [f"区第{index}局"], "system": "其他"}
    return {"name": f"{label.value}{index}"}


def per_row(store: Neo4jStore, graph: Subgraph) -> float:
    """The naive path: one auto-committed statement per node and per relationship."""
    started = time.perf_counter()
    for node in graph.nodes.values():
        store.driver.execute_query(
            f"MERGE (n:`{node.label.value}` {{id: $id}}) SET n += $props",
            {"id": node.id, "props": node.props}, database_=store.database)
    for rel in graph.relationships.values():
        start, end = graph.nodes[rel.start].label.value, graph.nodes[rel.end].label.value
        store.driver.execute_query(
            f"MATCH (a:`{start}` {{id: $start}}) MATCH (b:`{end}` {{id: $end}}) "
            f"MERGE (a)-[r:`{rel.type.value}`]->(b) SET r += $props",
            {"start": rel.start, "end": rel.end, "props": rel.props}, database_=store.database)
    return time.perf_counter() - started


@contextmanager
def neo4j_uri() -> Iterator[str]:
    if os.environ.get("NEO4J_URI"):
        yield os.environ["NEO4J_URI"]
        return
    from neo4j_server import running_neo4j

    with running_neo4j() as uri:
        yield uri


@contextmanager
def warm_neo4j(warm_up: Subgraph) -> Iterator[Neo4jStore]:
    """A store on NEO4J_URI's database (or a server started for the run), emptied, with its
    schema, and its JIT warmed by writing `warm_up` once (not timed, cleared again); closed after."""
    with neo4j_uri() as uri:
        store = Neo4jStore(uri, os.environ.get("NEO4J_USER", "neo4j"),
                           os.environ.get("NEO4J_PASSWORD"), os.environ.get("NEO4J_DATABASE", "neo4j"))
        try:
            store.clear()
            store.ensure_schema()
            store.write(warm_up)
            store.clear()
            yield store
        finally:
            store.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("nodes", type=int, nargs="?", default=20000)
    parser.add_argument("--sample", type=int, default=1000,
                        help="rows (nodes + relationships) for the one-statement-per-row run")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    graph = synthetic_graph(args.nodes)
    sample = synthetic_graph(max(args.sample // 3, 10), seed=8, prefix="row-")
    rows, sample_rows = (len(g.nodes) + len(g.relationships) for g in (graph, sample))
    seed = build_graph(extract(corpus_files([seed_corpus()])).documents)
    seed_rows = len(seed.nodes) + len(seed.relationships)
    started = time.perf_counter()
    MemoryStore().write(seed)
    seed_memory = time.perf_counter() - started
    with warm_neo4j(synthetic_graph(2000, seed=9, prefix="warm-")) as store:
        seed_neo4j = []
        for _ in range(2):  # the seed corpus: a first load, then again (nothing changes)
            started = time.perf_counter()
            store.write(seed)
            seed_neo4j.append(time.perf_counter() - started)
        store.clear()
        timings = []
        for _ in range(2):  # a first load, then the same graph again (all MERGEs match)
            started = time.perf_counter()
            store.write(graph)
            timings.append(time.perf_counter() - started)
        per_row_seconds = per_row(store, sample)
        store.clear()
    report = [
        f"seed corpus graph: {seed_rows} rows; memory store {seed_memory:.2f} s; Neo4j first load "
        f"{seed_neo4j[0]:.2f} s, reload {seed_neo4j[1]:.2f} s",
        f"graph: {len(graph.nodes)} nodes + {len(graph.relationships)} relationships = {rows} rows",
        f"batched UNWIND, one transaction, first load: {timings[0]:.2f} s, "
        f"{rows / timings[0]:,.0f} rows/s",
        f"batched UNWIND, reloading the same graph:    {timings[1]:.2f} s, "
        f"{rows / timings[1]:,.0f} rows/s",
        f"one statement per row ({sample_rows} rows):    {per_row_seconds:.2f} s, "
        f"{sample_rows / per_row_seconds:,.0f} rows/s",
        f"batched / per-row: {(rows / timings[0]) / (sample_rows / per_row_seconds):.0f}x",
    ]
    print("\n".join(report))  # noqa: T201  (the figures are this tool's output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
