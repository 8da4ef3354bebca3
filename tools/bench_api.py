"""Benchmark the API's latency: trace, search and document endpoints, per store.

    python tools/bench_api.py [--requests 200] [--load-neo4j]

Starts the API with uvicorn on 127.0.0.1 (a free port) as a separate process, on the
embedded store (the seed corpus, built into a temporary GRAPH_FILE), then on Neo4j when
NEO4J_URI is set (--load-neo4j first merges the seed corpus into it; loading is
idempotent). This process is the client: it sends --requests requests per endpoint with
httpx, one at a time, and prints p50 and p95 per endpoint and store. Prints figures;
asserts nothing. Each server is stopped at the end.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote, urlencode

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

HIRING = "doc:周政字〔2020〕8号#三.(一).15"
ZIBO = "doc:淄博市:关于印发淄博市六保三促工作方案修订版的通知"
ENDPOINTS: dict[str, list[str]] = {  # several URLs per endpoint, requested in turn
    "trace/up": [f"/trace/up?{urlencode({'from': ref})}" for ref in (
        HIRING, "周政字〔2020〕8号#三.(一).14", f"{ZIBO}#P1.二.(二).7")],
    "trace/down": [f"/trace/down?{urlencode({'from': ref})}" for ref in (
        "政府工作报告#六保.1", "政府工作报告#六保.3", "doc:中国:政府工作报告")],
    "search": [f"/search?{urlencode({'q': q})}" for q in (
        "稳岗返还", "就业", "稳岗返还 失业保险", "复工复产")],
    "documents": ["/documents", "/documents?level=county", "/documents?theme=保居民就业"],
    "documents/{id}": [f"/documents/{quote(ref, safe='')}" for ref in (
        "周政字〔2020〕8号", ZIBO, "doc:淄政字〔2020〕15号")],
    "documents/{id}/outline": [f"/documents/{quote(ref, safe='')}/outline" for ref in (
        "周政字〔2020〕8号", ZIBO)],
    "measures/{id}": [f"/measures/{quote(HIRING, safe='')}"],
}


def _out(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving(env: dict[str, str], timeout: float = 120.0) -> Iterator[str]:
    """uvicorn api.main:app in its own process, with `env` as its environment (plus
    PYTHONPATH); yields its base URL; stops it at the end."""
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "policy_cascades.api.main:app", "--host", "127.0.0.1",
         "--port", str(port), "--log-level", "warning", "--no-access-log"],
        cwd=ROOT, env={**env, "PYTHONPATH": str(ROOT)},
        stdin=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_for(base, server, timeout)
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def _wait_for(base: str, server: subprocess.Popen[bytes], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the API exited with code {server.returncode} before answering")
        try:
            if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"the API did not answer at {base} within {timeout:.0f}s")


def measure(base: str, requests: int) -> dict[str, list[float]]:
    """Seconds per request, per endpoint; a warm-up request per URL is not counted."""
    times: dict[str, list[float]] = {}
    with httpx.Client(base_url=base, timeout=60) as client:
        for name, urls in ENDPOINTS.items():
            for url in urls:
                client.get(url).raise_for_status()
            found = times.setdefault(name, [])
            for index in range(requests):
                url = urls[index % len(urls)]
                start = time.perf_counter()
                client.get(url).raise_for_status()
                found.append(time.perf_counter() - start)
    return times


def report(store: str, times: dict[str, list[float]]) -> None:
    for name, found in times.items():
        cuts = statistics.quantiles(found, n=100, method="inclusive")
        _out(f"{store:7} {name:24} {len(found):5} {cuts[49] * 1000:9.1f} {cuts[94] * 1000:9.1f}"
             f" {max(found) * 1000:9.1f}")


def load_neo4j() -> None:
    from policy_cascades.graph.pipeline import build_graph, corpus_files, extract, seed_corpus
    from policy_cascades.graph.stores import open_neo4j
    from policy_cascades.settings import get_settings

    settings = get_settings()
    assert settings.neo4j_uri is not None
    password = settings.neo4j_password.get_secret_value() if settings.neo4j_password else None
    store = open_neo4j(settings.neo4j_uri, settings.neo4j_user, password, settings.neo4j_database)
    try:
        store.write(build_graph(extract(corpus_files([seed_corpus()])).documents))
    finally:
        store.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=200, help="per endpoint and store")
    parser.add_argument("--load-neo4j", action="store_true",
                        help="merge the seed corpus into NEO4J_URI's database first")
    args = parser.parse_args(argv)
    _out(f"{'store':7} {'endpoint':24} {'n':>5} {'p50 ms':>9} {'p95 ms':>9} {'max ms':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        memory_env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
        with serving({**memory_env, "GRAPH_FILE": str(Path(tmp) / "graph.json.gz")}) as base:
            report("memory", measure(base, args.requests))
    if os.environ.get("NEO4J_URI"):
        if args.load_neo4j:
            load_neo4j()
        with serving(dict(os.environ)) as base:
            report("neo4j", measure(base, args.requests))
    else:
        _out("(neo4j: skipped, NEO4J_URI is not set)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
