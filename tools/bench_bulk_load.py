"""Bulk import against the driver, in one run on the same data (issue 12 part 4): the seed
corpus's graph copied N times (ids prefixed, so N disjoint cascades), loaded

- through the driver into an emptied database: Neo4jStore.write (one transaction; CREATE for
  the rows it finds new), then the same rows sent as independent batches from several
  threads, one transaction each (what a first load could do if it gave up atomicity);
- through `neo4j-admin database import full` (tools/neo4j_admin.py, the harness's jars) into
  a new store, which a second local server then opens for `bulk finish`.

    python tools/bench_bulk_load.py 25            # 25 copies of the seed graph (~200k rows)
    python tools/bench_bulk_load.py 25 --threads 2

Uses NEO4J_URI for the driver runs (its database is EMPTIED), else a throw-away local
server. Prints figures only; the load average is printed with them.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
import tempfile
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

sys.path[:0] = [str(Path(__file__).resolve().parent.parent), str(Path(__file__).resolve().parent)]

from bench_neo4j_load import warm_neo4j  # noqa: E402

from policy_cascades.graph.bulk import finish_import, run_import, write_import_csv  # noqa: E402
from policy_cascades.graph.model import Node, Relationship, Subgraph  # noqa: E402
from policy_cascades.graph.neo4j_store import Neo4jStore  # noqa: E402
from policy_cascades.graph.pipeline import build_graph, corpus_files, extract, seed_corpus  # noqa: E402
from policy_cascades.graph.store import storable  # noqa: E402

ADMIN = [sys.executable, str(Path(__file__).resolve().parent / "neo4j_admin.py")]


def copies(graph: Subgraph, n: int) -> Subgraph:
    """`n` disjoint copies of `graph`, ids prefixed c0:, c1:, …"""
    out = Subgraph()
    for i in range(n):
        for node in graph.nodes.values():
            out.add_node(Node(id=f"c{i}:{node.id}", label=node.label, props=node.props))
        for rel in graph.relationships.values():
            out.add_rel(Relationship(type=rel.type, start=f"c{i}:{rel.start}",
                                     end=f"c{i}:{rel.end}", props=rel.props))
    return out


def parallel_create(store: Neo4jStore, graph: Subgraph, threads: int, batch: int) -> None:
    """Every node, then every relationship, CREATEd in batches of `batch` rows, each batch its
    own transaction, `threads` at a time (nodes before relationships: their ends must exist)."""
    nodes: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for node in graph.nodes.values():
        nodes[node.label.value].append({"id": node.id, "props": storable(node.props)})
    rels: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for rel in graph.relationships.values():
        key = (rel.type.value, graph.nodes[rel.start].label.value, graph.nodes[rel.end].label.value)
        rels[key].append({"start": rel.start, "end": rel.end, "props": storable(rel.props)})
    node_jobs = [(f"UNWIND $rows AS row CREATE (n:`{label}` {{id: row.id}}) SET n += row.props",
                  rows[i:i + batch]) for label, rows in nodes.items() for i in range(0, len(rows), batch)]
    rel_jobs = [(f"UNWIND $rows AS row MATCH (a:`{a}` {{id: row.start}}) MATCH (b:`{b}` {{id: row.end}}) "
                 f"CREATE (a)-[r:`{t}`]->(b) SET r += row.props", rows[i:i + batch])
                for (t, a, b), rows in rels.items() for i in range(0, len(rows), batch)]

    def run(job: tuple[str, list[dict[str, Any]]]) -> None:
        store.driver.execute_query(job[0], {"rows": job[1]}, database_=store.database)

    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(run, node_jobs))
        list(pool.map(run, rel_jobs))


def timed(fn: Any, *args: Any) -> float:
    started = time.perf_counter()
    fn(*args)
    return time.perf_counter() - started


def driver_runs(graph: Subgraph, threads: int, batch: int) -> dict[str, float]:
    with warm_neo4j(copies(_seed(), 1)) as store:
        out = {"driver_write_s": timed(store.write, graph)}
        store.clear()
        out["driver_parallel_s"] = timed(parallel_create, store, graph, threads, batch)
        assert sum(store.stats().values()) == len(graph.nodes) + len(graph.relationships)
        store.clear()
    return out


def bulk_run(graph: Subgraph) -> dict[str, float]:
    from neo4j_server import running_neo4j

    with tempfile.TemporaryDirectory(prefix="bench-bulk-") as tmp:
        home, folder = Path(tmp) / "home", Path(tmp) / "csv"
        started = time.perf_counter()
        files = write_import_csv(graph, folder)
        csv_s = time.perf_counter() - started
        output = run_import(files, home, ADMIN)
        total_s = time.perf_counter() - started
        done = re.search(r"IMPORT DONE in (?:(\d+)m )?(\d+)s (\d+)ms", output)
        importer_s = (int(done[1] or 0) * 60 + int(done[2]) + int(done[3]) / 1000) if done else 0.0
        started = time.perf_counter()
        with running_neo4j(timeout=600, http_port=-1, copy_from=home) as uri:
            opened_s = time.perf_counter() - started
            store = Neo4jStore(uri, None)
            try:
                finish_s = timed(finish_import, store, folder)
                stats = store.stats()
            finally:
                store.close()
    assert sum(stats.values()) == len(graph.nodes) + len(graph.relationships), stats
    return {"bulk_csv_s": csv_s, "bulk_import_s": total_s, "bulk_importer_s": importer_s,
            "bulk_open_s": opened_s, "bulk_finish_s": finish_s}


def _seed() -> Subgraph:
    return build_graph(extract(corpus_files([seed_corpus()])).documents)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("copies", type=int, nargs="?", default=25)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--batch", type=int, default=1000)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    graph = copies(_seed(), args.copies)
    rows = len(graph.nodes) + len(graph.relationships)
    load = os.getloadavg()
    figures = driver_runs(graph, args.threads, args.batch)
    figures.update(bulk_run(graph))
    load_after = os.getloadavg()

    def rate(seconds: float) -> str:
        return f"{seconds:6.1f} s {rows / seconds:>9,.0f} rows/s"

    write, bulk = figures["driver_write_s"], figures["bulk_import_s"]
    print("\n".join([  # noqa: T201  (the figures are this tool's output)
        f"{args.copies} copies of the seed graph: {len(graph.nodes):,} nodes + "
        f"{len(graph.relationships):,} relationships = {rows:,} rows; load average "
        f"{load[0]:.1f} before, {load_after[0]:.1f} after",
        f"driver, Neo4jStore.write (one transaction):     {rate(write)}",
        f"{f'driver, {args.threads} threads x {args.batch}-row transactions:':48}"
        f"{rate(figures['driver_parallel_s'])}",
        f"bulk, CSV written:                              {figures['bulk_csv_s']:6.1f} s",
        f"bulk, CSV + neo4j-admin import (wall):          {rate(bulk)}",
        f"bulk, the importer's own time:                  {rate(figures['bulk_importer_s'])}",
        f"bulk, a server opening the store:               {figures['bulk_open_s']:6.1f} s",
        f"bulk, finish (schema + empty lists):            {figures['bulk_finish_s']:6.1f} s",
        f"driver rate / bulk rate (CSV + import):         {bulk / write:.2f}x",
        f"driver rate / bulk rate (+ bulk finish):        "
        f"{(bulk + figures['bulk_finish_s']) / write:.2f}x",
    ]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
