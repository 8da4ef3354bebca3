"""`bench`'s latencies (policy_cascades.bench.latencies: trace up, trace down, a first page,
search) on a Neo4j database that already holds a benchmark corpus's graph, e.g. one bulk-imported
(`policy-cascades bulk import`, or tools/neo4j_admin.py) from `bench`'s saved graph.

    python tools/bench_neo4j_latency.py --uri bolt://127.0.0.1:7687 --documents 10000
    python tools/bench_neo4j_latency.py --home /tmp/neo10k/home --documents 10000 --repeat 2

--home starts a throw-away harness server on a copy of that NEO4J_HOME (tools/neo4j_server.py)
and creates the store's schema first. The corpus is regenerated from --documents and --seed
(the roots sampled are `bench`'s). Each figure is printed with the load average beside it: on
a shared machine a figure means little without it. Nothing is written to the database except
the schema (`ensure_schema`, idempotent).
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from policy_cascades import bench  # noqa: E402
from policy_cascades.graph.neo4j_store import Neo4jStore  # noqa: E402
from policy_cascades.synth import generate  # noqa: E402

logger = logging.getLogger("bench_neo4j_latency")


@contextlib.contextmanager
def _server(args: argparse.Namespace) -> Iterator[str]:
    if args.uri:
        yield args.uri
        return
    from neo4j_server import running_neo4j

    with running_neo4j(timeout=1200, http_port=-1, copy_from=Path(args.home)) as uri:
        yield uri


def _say(*parts: object) -> None:
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    sys.stdout.write(f"{time.strftime('%H:%M:%S', time.gmtime())} UTC load {load}: "
                     f"{' '.join(map(str, parts))}\n")
    sys.stdout.flush()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--uri", help="a running server holding the graph")
    where.add_argument("--home", help="a NEO4J_HOME to start a throw-away server on (copied)")
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=1, help="time the calls this many times")
    args = parser.parse_args()
    corpus = generate(bench.config_for(args.documents, args.seed))
    with _server(args) as uri:
        store = Neo4jStore(uri, os.environ.get("NEO4J_USER", "neo4j"),
                           os.environ.get("NEO4J_PASSWORD"))
        try:
            started = time.perf_counter()
            store.ensure_schema()
            _say(f"schema ready in {time.perf_counter() - started:.1f} s on {uri}")
            for _ in range(args.repeat):
                figures = bench.latencies(store, corpus, args.requests, args.seed)
                _say(" ".join(f"{k} {v:,.1f}" for k, v in figures.items()))
        finally:
            store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
