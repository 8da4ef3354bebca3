"""Benchmark the API's latency: trace, search and document endpoints, per store.

    python tools/bench_api.py [--requests 200] [--load-neo4j]
    python tools/bench_api.py --clients 50 --requests 3000 [--workers 2] [--no-neo4j]

Starts the API with uvicorn on 127.0.0.1 (a free port) as a separate process, on the
embedded store (the seed corpus, built into a temporary GRAPH_FILE), then on Neo4j when
NEO4J_URI is set (--load-neo4j first merges the seed corpus into it; loading is
idempotent). This process is the client: it sends --requests requests per endpoint with
httpx, one at a time, and prints p50 and p95 per endpoint and store. With --clients N it
sends --requests requests in all, the endpoints' URLs mixed in turn, from N concurrent
clients (asyncio), and prints requests/s and p50/p95 overall and per endpoint. --workers
runs uvicorn with that many worker processes. Prints figures; asserts nothing. Each server
is stopped at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
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
def serving(env: dict[str, str], timeout: float = 120.0, workers: int = 1,
            server_args: tuple[str, ...] = ()) -> Iterator[tuple[str, int]]:
    """uvicorn api.main:app in its own process(es), with `env` as its environment (plus
    PYTHONPATH); yields its base URL and pid; stops it at the end. Keep-alive is 60 s: at
    uvicorn's default 5 s, a connection left idle in a loaded client's pool is reset."""
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "policy_cascades.api.main:app", "--host", "127.0.0.1",
         "--port", str(port), "--log-level", "warning", "--no-access-log",
         "--workers", str(workers), "--timeout-keep-alive", "60", *server_args],
        cwd=ROOT, env={**env, "PYTHONPATH": str(ROOT)},
        stdin=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_for(base, server, timeout)
        yield base, server.pid
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


def cpu_seconds(pid: int) -> float:
    """CPU seconds (user + system) used so far by a process and its descendants (/proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    procs: dict[int, tuple[int, float]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue  # gone meanwhile
            procs[int(entry.name)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / tick)
    family = {pid}
    while grown := {p for p, (parent, _) in procs.items() if parent in family} - family:
        family |= grown
    return sum(procs[p][1] for p in family if p in procs)


def measure_concurrent(base: str, clients: int, requests: int, server: int
                       ) -> tuple[float, float, dict[str, list[float]]]:
    """`requests` requests from `clients` concurrent clients, the endpoints' URLs in turn;
    wall seconds, the server's CPU seconds, and seconds per request, per endpoint (after
    one warm-up round)."""
    work = [(name, url) for name, urls in ENDPOINTS.items() for url in urls]
    times: dict[str, list[float]] = {}

    async def run() -> float:
        limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
        async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as client:
            for _, url in work:
                (await client.get(url)).raise_for_status()
            todo = itertools.islice(itertools.cycle(work), requests)

            async def one_client() -> None:
                for name, url in todo:  # shared: each request is taken once
                    start = time.perf_counter()
                    (await client.get(url)).raise_for_status()
                    times.setdefault(name, []).append(time.perf_counter() - start)

            cpu[0], start = cpu_seconds(server), time.perf_counter()
            await asyncio.gather(*(one_client() for _ in range(clients)))
            wall = time.perf_counter() - start
            cpu[0] = cpu_seconds(server) - cpu[0]
            return wall

    cpu = [0.0]
    wall = asyncio.run(run())
    return wall, cpu[0], times


def report_concurrent(store: str, wall: float, cpu: float,
                      times: dict[str, list[float]]) -> None:
    every = [t for found in times.values() for t in found]
    _out(f"{store}: {len(every)} requests in {wall:.1f} s = {len(every) / wall:.0f} requests/s;"
         f" server CPU {cpu * 1000 / len(every):.2f} ms per request "
         f"(= {len(every) / cpu:.0f} requests/s per core)")
    report(store, {"all": every, **times})


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
    parser.add_argument("--clients", type=int, default=0,
                        help="concurrent clients; then --requests counts all requests")
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    parser.add_argument("--no-neo4j", action="store_true", help="the embedded store only")
    parser.add_argument("--http", choices=["auto", "h11", "httptools"], default="auto",
                        help="uvicorn's HTTP parser (auto: httptools when installed)")
    parser.add_argument("--loop", choices=["auto", "asyncio", "uvloop"], default="auto",
                        help="uvicorn's event loop (auto: uvloop when installed)")
    args = parser.parse_args(argv)
    server = ("--http", args.http, "--loop", args.loop)

    def bench(store: str, server: tuple[str, int]) -> None:
        base, pid = server
        if args.clients:
            report_concurrent(store, *measure_concurrent(base, args.clients, args.requests, pid))
        else:
            report(store, measure(base, args.requests))

    _out(f"{'store':7} {'endpoint':24} {'n':>5} {'p50 ms':>9} {'p95 ms':>9} {'max ms':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        memory_env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
        graph_file = str(Path(tmp) / "graph.json.gz")
        if args.workers > 1:  # built once here, not by each worker at once
            subprocess.run([sys.executable, "-m", "policy_cascades", "load"], check=True,
                           env={**memory_env, "GRAPH_FILE": graph_file, "PYTHONPATH": str(ROOT)},
                           stdout=subprocess.DEVNULL)
        with serving({**memory_env, "GRAPH_FILE": graph_file}, workers=args.workers,
                     server_args=server) as running:
            bench("memory", running)
    if os.environ.get("NEO4J_URI") and not args.no_neo4j:
        if args.load_neo4j:
            load_neo4j()
        with serving(dict(os.environ), workers=args.workers, server_args=server) as running:
            bench("neo4j", running)
    else:
        _out("(neo4j: skipped, NEO4J_URI is not set)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
