"""The pipeline benchmark on synthetic national corpora (issue 12): one table for 100, 1,000,
10,000 … documents.

For each size a fresh process (so that its peak RSS is its own) writes a corpus with
`synth`, then measures: extraction (documents/s, MB/s); building and linking the graph
(the linker's time and ms per measure); the linker's precision and recall against the
corpus's truth (synth_score); loading the graph into the embedded store (rows/s); p50 and
p95 of trace up, trace down (the whole trace, and the first page GET /trace/down answers)
and search on that store (the calls the API's handlers make);
and the API's start-up: from launching uvicorn on the saved graph to its first answer, and
that process's resident memory then (the embedded store's size as it serves); with
--neo4j, the same load and latencies on Neo4j (bench_neo4j.py). Prints figures; asserts
nothing.

    policy-cascades bench --sizes 100,1000
    python -m policy_cascades.bench --one 100     # one size, as JSON (what `bench` runs)
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from functools import partial
from itertools import product
from pathlib import Path
from typing import Any

from policy_cascades.synth import SynthConfig, generate, select_regions, write_corpus

SEARCHES = ("就业", "稳岗返还", "减税降费 中小微企业", "粮食 播种面积", "养老金")
PAGE = 50  # chains in a first page of a trace down (the API's default limit)
_GRID = (1, 2, 3, 4, 6, 8, 12, None)


def config_for(documents: int, seed: int) -> SynthConfig:
    """The corpus shape (provinces, cities, counties; three campaigns) nearest `documents`."""
    best: tuple[float, SynthConfig] | None = None
    for provinces, cities, counties in product((1, 2, 3, 5, 8, 12, 20, 31), _GRID, _GRID):
        config = SynthConfig(provinces, seed, cities, counties, rounds=3)
        size = 3 * len(select_regions(config))
        gap = abs(math.log(size / documents))
        if best is None or gap < best[0] - 1e-9:
            best = (gap, config)
    assert best is not None
    return best[1]


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def run_size(documents: int, seed: int, requests: int, api: bool,
             neo4j: bool = False) -> dict[str, Any]:
    """Every figure for one corpus size (run in a process of its own)."""
    from policy_cascades.graph.build import document_to_subgraph
    from policy_cascades.graph.link import link_corpus
    from policy_cascades.graph.memory_store import MemoryStore
    from policy_cascades.graph.model import Subgraph
    from policy_cascades.graph.national import national_documents
    from policy_cascades.graph.pipeline import corpus_files, default_workers, extract, link_workers
    from policy_cascades.synth_score import read_truth, score

    row: dict[str, Any] = {"target": documents}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        row["synth_s"], corpus = _timed(lambda: generate(config_for(documents, seed)))
        summary = write_corpus(corpus, out)
        row.update(documents=summary["documents"], mb=summary["bytes"] / 1e6)
        files = corpus_files([out / "corpus"])
        row["extract_s"], extraction = _timed(lambda: extract(files))
        row["workers"] = default_workers(len(files))  # as `load` parses: a process per core
        row["extract_pool_s"], _ = _timed(lambda: extract(files, workers=row["workers"]))
        parts = [document_to_subgraph(d) for d in [*national_documents(), *extraction.documents]]
        graph = Subgraph()
        for part in parts:
            graph.merge(part.graph)
        row["measures"] = sum(1 for n in graph.nodes.values() if n.label.value == "Measure")
        row["link_workers"] = link_workers(row["measures"])  # as `load` links: a province a task
        unlinked = Subgraph()  # a copy for the process pool to link, compared below
        if row["link_workers"] > 1:
            unlinked.merge(graph)
        row["link_s"], _ = _timed(lambda: link_corpus(parts, graph))  # adds to the graph
        row["link_pool_s"] = (_pool_linking(parts, unlinked, row["link_workers"], graph)
                              if row["link_workers"] > 1 else row["link_s"])
        del unlinked
        row.update(score(graph, read_truth(out / "truth.jsonl")))
        store = MemoryStore()
        row["rows"] = len(graph.nodes) + len(graph.relationships)
        row["load_s"], _ = _timed(lambda: store.write(graph))
        row.update(latencies(store, corpus, requests, seed))
        if api:
            row["api_start_s"], row["api_rss_mib"] = _api_start(store, out / "graph.json.gz")
        if neo4j:
            from policy_cascades.bench_neo4j import neo4j_figures

            row.update(neo4j_figures(graph, corpus, requests, seed))
    row["rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return row


def _pool_linking(parts: Any, unlinked: Any, workers: int, linked: Any) -> float:
    """Seconds to link `unlinked` (the graph before linking) in `workers` local processes,
    which must give `linked` (the graph linked in one process)."""
    from policy_cascades.graph.link import link_corpus

    seconds, _ = _timed(lambda: link_corpus(parts, unlinked, workers=workers))
    if unlinked != linked:
        raise RuntimeError("the process pool linked otherwise than one process")
    return seconds


def latencies(store: Any, corpus: Any, requests: int, seed: int) -> dict[str, float]:
    """p50 / p95 (ms) of the library calls behind /trace/up, /trace/down and /search."""
    from policy_cascades.graph.ids import measure_id
    from policy_cascades.graph.search import query_terms
    from policy_cascades.graph.trace import trace_down, trace_up

    rng = random.Random(seed)
    county = [measure_id(d.doc_id, m.path) for d in corpus.documents if d.region.level == "county"
              for b in d.blocks for m in b.children]
    tops = [measure_id(r.doc.doc_id, r.path) for r in corpus.roots.values() if r.doc is not None]
    tops += [measure_id(d.doc_id, b.path) for d in corpus.documents
             if d.region.level == "provincial" for b in d.blocks]
    def search(query: str) -> object:
        return store.search(query_terms(query), 0, PAGE)

    up_roots = rng.sample(county, min(50, len(county)))
    down_roots = rng.sample(tops, min(50, len(tops)))
    calls: dict[str, list[Callable[[], object]]] = {
        "up": [partial(trace_up, store, i) for i in up_roots],
        "down": [partial(trace_down, store, i) for i in down_roots],
        # what GET /trace/down answers: a first page, computed at the source
        "page": [partial(trace_down, store, i, limit=PAGE) for i in down_roots],
        "search": [partial(search, q) for q in SEARCHES],
    }
    out: dict[str, float] = {}
    for name, fns in calls.items():
        times = []
        for index in range(requests):
            seconds, _ = _timed(fns[index % len(fns)])
            times.append(seconds * 1000)
        cuts = statistics.quantiles(times, n=20, method="inclusive")
        out[f"{name}_p50"], out[f"{name}_p95"] = statistics.median(times), cuts[18]
    return out


def _api_start(store: Any, path: Path, timeout: float = 600.0) -> tuple[float, float]:
    """Seconds from launching the API on the saved graph to its first answer, and the API
    process's resident memory (MiB) then: the embedded store as it serves."""
    store.save(path)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    started = time.perf_counter()
    server = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "policy_cascades.api.main:app", "--port", str(port),
         "--log-level", "warning"], env={**env, "GRAPH_FILE": str(path)}, stdin=subprocess.DEVNULL)
    try:
        while time.perf_counter() - started < timeout and server.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/documents?limit=1", timeout=5):
                    return time.perf_counter() - started, _rss_mib(server.pid)
            except OSError:
                time.sleep(0.05)
        return float("nan"), float("nan")
    finally:
        server.terminate()
        server.wait(timeout=30)


def _rss_mib(pid: int) -> float:
    """A process's resident set (VmRSS) in MiB, NaN where /proc does not say."""
    try:
        status = Path(f"/proc/{pid}/status").read_text("utf-8")
    except OSError:
        return float("nan")
    kib = next((line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")), "nan")
    return float(kib) / 1024


def run(sizes: list[int], seed: int, requests: int, api: bool, neo4j: bool = False,
        progress: Callable[[str], None] | None = None) -> list[dict[str, Any]]:
    """Each size in a process of its own, smallest first."""
    rows = []
    for size in sizes:
        if progress:
            progress(f"{size} documents …")
        args = [sys.executable, "-m", "policy_cascades.bench", "--one", str(size), "--seed", str(seed),
                "--requests", str(requests), *([] if api else ["--no-api"]),
                *(["--neo4j"] if neo4j else [])]
        done = subprocess.run(args, stdout=subprocess.PIPE, text=True)  # stderr: as it comes
        if done.returncode:
            raise RuntimeError(f"bench at {size} documents failed (exit {done.returncode}); "
                               "its error is above")
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return rows


def table(rows: list[dict[str, Any]]) -> str:
    """The figures as one Markdown table, a column per size."""
    Cell = Callable[[dict[str, Any], dict[str, Any] | None], str]
    lines: list[tuple[str, Cell]] = [("documents", lambda r, p: f"{r['documents']:,}"),
             ("measures", lambda r, p: f"{r['measures']:,}"),
             ("text MB", lambda r, p: f"{r['mb']:.1f}"),
             ("extraction documents/s, one process", lambda r, p: f"{r['documents'] / r['extract_s']:.0f}"),
             ("extraction MB/s, one process", lambda r, p: f"{r['mb'] / r['extract_s']:.2f}"),
             ("extraction documents/s, a process per core (as `load`)",
              lambda r, p: f"{r['documents'] / r['extract_pool_s']:.0f} ({r['workers']})"),
             ("linking s, one process", lambda r, p: f"{r['link_s']:.1f}"),
             ("linking s, a process per core (as `load`; a province a task)",
              lambda r, p: f"{r['link_pool_s']:.1f} ({r['link_workers']})"
              if "link_pool_s" in r else "–"),
             ("linking ms/measure", lambda r, p: f"{1000 * r['link_s'] / r['measures']:.2f}"),
             ("ms/measure growth per 10x", _growth),
             ("links emitted / true", lambda r, p: f"{r['emitted']:,} / {r['true']:,}"),
             ("emitted: direct / ancestor / topical / false", lambda r, p: " / ".join(
                 f"{r[f'share_{k}']:.2f}" for k in ("direct", "ancestor", "topical", "false"))),
             ("precision (strict / with topical)",
              lambda r, p: f"{r['precision']:.3f} / {r['precision_topical']:.3f}"),
             ("strict precision by method", lambda r, p: ", ".join(
                 f"{k[7:]} {r[k]:,} {r['precision_' + k[7:]]:.2f}" for k in sorted(r)
                 if k.startswith("method_"))),
             ("recall of direct parents (all / items)",
              lambda r, p: f"{r['recall_all']:.3f} / {r['recall_items']:.3f}"),
             ("recall copy / adapt / merge", lambda r, p: "{:.3f} / {:.3f} / {:.3f}".format(
                 r.get("recall_copy", 0), r.get("recall_adapt", 0), r.get("recall_merge", 0))),
             ("peak RSS MiB", lambda r, p: f"{r['rss_mib']:,.0f}"),
             ("memory store load rows/s", lambda r, p: f"{r['rows'] / r['load_s']:,.0f}"),
             ("trace up p50 / p95 ms", lambda r, p: f"{r['up_p50']:.1f} / {r['up_p95']:.1f}"),
             ("trace down p50 / p95 ms (the whole trace)",
              lambda r, p: f"{r['down_p50']:.1f} / {r['down_p95']:.1f}"),
             (f"trace down, first page ({PAGE} chains) p50 / p95 ms", partial(_cell, "page")),
             ("search p50 / p95 ms", lambda r, p: f"{r['search_p50']:.1f} / {r['search_p95']:.1f}"),
             ("API start-up s", lambda r, p: f"{r['api_start_s']:.1f}" if "api_start_s" in r else "–"),
             ("API RSS MiB after start-up (the embedded store)",
              lambda r, p: f"{r['api_rss_mib']:,.0f}" if "api_rss_mib" in r else "–"),
             ("Neo4j load rows/s", lambda r, p: f"{r['rows'] / r['neo4j_load_s']:,.0f}"
              + (f" (in parts of {r['neo4j_parts']:,} rows)" if "neo4j_parts" in r else "")
              if "neo4j_load_s" in r else f"failed: {r['neo4j_error']}" if "neo4j_error" in r
              else "–"),
             *((f"Neo4j {name} p50 / p95 ms", partial(_neo4j_cell, key))
               for name, key in (("trace up", "up"), ("trace down", "down"),
                                 ("trace down, first page", "page"), ("search", "search")))]
    out = ["| | " + " | ".join(f"{r['target']:,}" for r in rows) + " |",
           "|---|" + "---|" * len(rows)]
    for name, cell in lines:
        out.append(f"| {name} | " + " | ".join(
            cell(r, rows[i - 1] if i else None) for i, r in enumerate(rows)) + " |")
    return "\n".join(out)


def _neo4j_cell(key: str, row: dict[str, Any], previous: dict[str, Any] | None) -> str:
    return _cell(f"neo4j_{key}", row, previous)


def _cell(key: str, row: dict[str, Any], previous: dict[str, Any] | None) -> str:
    """p50 / p95 of `key`, or – when not measured (a row of an older run)."""
    if f"{key}_p50" not in row:
        return "–"
    return f"{row[f'{key}_p50']:.1f} / {row[f'{key}_p95']:.1f}"


def _growth(row: dict[str, Any], previous: dict[str, Any] | None) -> str:
    """How many times the ms per measure grows when the measures grow tenfold."""
    if previous is None:
        return "–"
    per = [r["link_s"] / r["measures"] for r in (previous, row)]
    return f"×{(per[1] / per[0]) ** (1 / math.log10(row['measures'] / previous['measures'])):.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--one", type=int, required=True, help="documents (about)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--no-api", action="store_true")
    parser.add_argument("--neo4j", action="store_true", help="also load and query Neo4j")
    args = parser.parse_args(argv)
    row = run_size(args.one, args.seed, args.requests, api=not args.no_api, neo4j=args.neo4j)
    sys.stdout.write(json.dumps(row) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
