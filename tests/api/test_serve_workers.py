"""`policy-cascades serve --workers 2`: the embedded graph built once (no graph file yet),
then served by two uvicorn worker processes that both answer."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _workers(pid: int) -> list[int]:
    """Child processes of `pid` running multiprocessing's spawn_main (uvicorn's workers)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            command = (entry / "cmdline").read_bytes()
        except (OSError, ValueError, IndexError):
            continue
        if ppid == pid and b"spawn_main" in command:
            found.append(int(entry.name))
    return found


def test_serve_two_workers_build_the_seed_once_and_answer(tmp_path: Path) -> None:
    graph_file = tmp_path / "graph.json.gz"
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "policy_cascades", "serve", "--port", str(port), "--workers", "2"],
        env={**env, "GRAPH_FILE": str(graph_file)}, stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300
        while True:
            assert server.poll() is None, server.stderr.read().decode() if server.stderr else ""
            assert time.monotonic() < deadline, "serve --workers 2 never answered"
            try:
                if httpx.get(f"{base}/health", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.5)
        assert graph_file.exists()
        assert len(_workers(server.pid)) == 2
        answers = [httpx.get(f"{base}/stats", timeout=30) for _ in range(10)]  # new connections
        assert {a.status_code for a in answers} == {200}
        assert len({a.text for a in answers}) == 1 and answers[0].json()["nodes"]["Document"] > 5
    finally:
        server.terminate()
        server.wait(timeout=60)
