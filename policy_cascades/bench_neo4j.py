"""The Neo4j columns of the benchmark (policy_cascades/bench.py, `bench --neo4j`): loading a
corpus's graph into Neo4j (rows/s, the batched write path of graph/neo4j_store.py) and the
p50/p95 of trace up, trace down and search on it.

Uses NEO4J_URI (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE), whose database it EMPTIES;
unset, it starts a throw-away local server with tools/neo4j_server.py (a checkout only).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from policy_cascades.errors import StoreError, TransactionTooLarge
from policy_cascades.graph.model import Subgraph

PARTS = 50_000  # rows per transaction when the load does not fit one


@contextmanager
def neo4j_uri() -> Iterator[str]:
    """NEO4J_URI, else a local harness server for the duration."""
    if os.environ.get("NEO4J_URI"):
        yield os.environ["NEO4J_URI"]
        return
    tools = Path(__file__).resolve().parents[1] / "tools"
    if not (tools / "neo4j_server.py").exists():
        raise SystemExit("bench --neo4j: set NEO4J_URI (tools/neo4j_server.py is only in a checkout)")
    sys.path.insert(0, str(tools))
    from neo4j_server import running_neo4j  # type: ignore[import-not-found]

    with running_neo4j(timeout=600) as uri:
        yield uri


def neo4j_figures(graph: Subgraph, corpus: Any, requests: int, seed: int) -> dict[str, Any]:
    """Load seconds and trace/search latencies on an emptied Neo4j database. A load is one
    transaction; one larger than the server's transaction memory is timed again in parts of
    PARTS rows (`neo4j_parts`); another failure gives the server's reason."""
    from policy_cascades.bench import latencies
    from policy_cascades.graph.neo4j_store import Neo4jStore

    with neo4j_uri() as uri:
        store = Neo4jStore(uri, os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD"),
                           os.environ.get("NEO4J_DATABASE", "neo4j"))
        try:
            store.clear()
            store.ensure_schema()
            out: dict[str, Any] = {}
            started = time.perf_counter()
            try:
                store.write(graph)
            except TransactionTooLarge:  # more than the server's transaction memory: in parts
                store.clear()
                started = time.perf_counter()
                store.write(graph, batch_rows=PARTS)
                out["neo4j_parts"] = PARTS
            except StoreError as err:
                return {"neo4j_error": str(err).split(" failed: ", 1)[-1][:160]}
            out["neo4j_load_s"] = time.perf_counter() - started
            out.update({f"neo4j_{k}": v for k, v in latencies(store, corpus, requests, seed).items()})
            store.clear()
        finally:
            store.close()
    return out
