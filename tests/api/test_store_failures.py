"""A store that fails: 503 with a message, then answers again by itself (no restart)."""

from __future__ import annotations

import socket
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import SecretStr

from policy_cascades.api.deps import LazyStore
from policy_cascades.api.main import create_app
from policy_cascades.errors import StoreError, StoreUnavailable
from policy_cascades.graph.memory_store import MemoryStore
from policy_cascades.graph.model import Label, Node, Relationship, RelType, Subgraph
from policy_cascades.graph.search import Found
from policy_cascades.graph.store import (
    Direction,
    GraphStore,
    Neighbourhood,
    Progress,
    WriteSummary,
)
from policy_cascades.settings import Settings, get_settings
from tests.api.conftest import client_on
from tests.api.urls import HIRING, ZHOUCUN, enc
from tests.tcp_proxy import relay_to

DOWN = "cannot reach Neo4j at bolt://127.0.0.1:7687: connection refused"


class FlakyStore:
    """A test double for the failure path only: its first `failures` calls raise StoreError
    as Neo4jStore does when the server is down; later calls are the real store's."""

    name = "neo4j"

    def __init__(self, store: GraphStore, failures: int) -> None:
        self.store, self.failures = store, failures

    def _up(self) -> GraphStore:
        if self.failures > 0:
            self.failures -= 1
            raise StoreError(DOWN)
        return self.store

    def write(self, graph: Subgraph, progress: Progress | None = None) -> WriteSummary:
        return self._up().write(graph, progress)

    def clear(self) -> None:
        self._up().clear()

    def node(self, node_id: str) -> Node | None:
        return self._up().node(node_id)

    def nodes(self, label: Label, where: dict[str, Any] | None = None,
              limit: int | None = None, offset: int = 0) -> tuple[list[Node], int]:
        return self._up().nodes(label, where, limit, offset)

    def edges(self, node_ids: Sequence[str], direction: Direction = "both",
              types: Sequence[RelType] | None = None) -> list[tuple[Relationship, Node]]:
        return self._up().edges(node_ids, direction, types)

    def neighbourhood(self, node_ids: Sequence[str], down: bool) -> Neighbourhood:
        return self._up().neighbourhood(node_ids, down)

    def items(self, node_ids: Sequence[str], rel_keys: Sequence[tuple[str, str, str]]
              ) -> tuple[list[Node], list[Relationship]]:
        return self._up().items(node_ids, rel_keys)

    def subgraph(self) -> Subgraph:
        return self._up().subgraph()

    def stats(self) -> dict[str, int]:
        return self._up().stats()

    def search(self, terms: Sequence[str], offset: int, limit: int) -> Found:
        return self._up().search(terms, offset, limit)

    def ping(self) -> bool:
        try:
            self._up()
        except StoreError:
            return False
        return True

    def close(self) -> None:
        pass


@pytest.mark.parametrize("url", [
    f"/measures/{enc(HIRING)}", "/documents?level=county", "/search?q=稳岗返还",
    f"/trace/up?from={enc(HIRING)}", "/stats", "/regions"])
def test_store_down_503_then_recovers_same_answer(seed_store: MemoryStore, url: str) -> None:
    with client_on(seed_store) as client:
        expected = client.get(url).json()
    with client_on(FlakyStore(seed_store, failures=1)) as client:
        down = client.get(url)
        assert down.status_code == 503
        assert DOWN in down.json()["detail"]
        assert down.headers["retry-after"]
        again = client.get(url)
        assert again.status_code == 200
        assert again.json() == expected


def test_health_store_down_200_unreachable_then_reachable(seed_store: MemoryStore) -> None:
    with client_on(FlakyStore(seed_store, failures=1)) as client:
        down = client.get("/health")
        assert down.status_code == 200
        assert down.json()["reachable"] is False
        assert client.get("/health").json() == {"store": "neo4j", "reachable": True,
                                                "version": "0.1.0"}


def test_lazy_store_open_fails_twice_retried_every_request(seed_store: MemoryStore) -> None:
    attempts: list[int] = []

    def opener() -> GraphStore:
        attempts.append(1)
        if len(attempts) <= 2:
            raise StoreError(DOWN)
        return seed_store

    with client_on(LazyStore("neo4j", opener)) as client:
        assert client.get("/health").json()["reachable"] is False  # attempt 1
        assert client.get(f"/documents/{enc(ZHOUCUN)}").status_code == 503  # attempt 2
        assert client.get(f"/documents/{enc(ZHOUCUN)}").status_code == 200  # attempt 3: up
        assert client.get("/health").json()["reachable"] is True
    assert len(attempts) == 3  # once open, the store is kept (its driver reconnects)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def app_with(settings: Settings) -> FastAPI:
    """A new app whose lifespan opens the store these settings name."""
    app = create_app()
    app.dependency_overrides[get_settings] = lambda: settings
    return app


def test_lifespan_memory_opens_saved_graph(tmp_path: Path, seed_store: MemoryStore) -> None:
    seed_store.save(tmp_path / "graph.json.gz")
    with TestClient(app_with(Settings(graph_file=tmp_path / "graph.json.gz", neo4j_uri=None))) as client:
        assert client.get("/health").json()["store"] == "memory"
        assert client.get(f"/measures/{enc(HIRING)}").json()["heading"] == "保障复产企业用工"


def test_lifespan_missing_graph_file_builds_and_saves_seed(tmp_path: Path) -> None:
    graph_file = tmp_path / "var" / "graph.json.gz"
    with TestClient(app_with(Settings(graph_file=graph_file, neo4j_uri=None))) as client:
        assert client.get(f"/documents/{enc(ZHOUCUN)}").json()["in_corpus"] is True
    assert graph_file.exists()


def test_lifespan_neo4j_unreachable_starts_serves_503() -> None:
    settings = Settings(neo4j_uri=f"bolt://127.0.0.1:{_free_port()}", neo4j_password=SecretStr("unused"))
    with TestClient(app_with(settings)) as client:
        health = client.get("/health")
        assert health.status_code == 200
        assert health.json()["store"] == "neo4j" and health.json()["reachable"] is False
        down = client.get(f"/documents/{enc(ZHOUCUN)}")
        assert down.status_code == 503
        assert "127.0.0.1" in down.json()["detail"]


def test_saved_store_sees_a_later_load_without_a_restart(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from policy_cascades.api.deps import SavedStore
    from policy_cascades.graph.memory_store import MemoryStore
    from policy_cascades.graph.model import Label, Node, Subgraph

    path = tmp_path / "graph.json.gz"
    first = MemoryStore()
    first.write(Subgraph(nodes={"theme:甲": Node(id="theme:甲", label=Label.THEME, props={"name": "甲"})}))
    first.save(path)
    served = SavedStore(path)
    assert served.node("theme:乙") is None
    first.write(Subgraph(nodes={"theme:乙": Node(id="theme:乙", label=Label.THEME, props={"name": "乙"})}))
    first.save(path)
    assert served.node("theme:乙") is not None


def test_password_in_neo4j_uri_never_in_messages() -> None:
    from policy_cascades.errors import StoreError
    from policy_cascades.graph.neo4j_store import Neo4jStore, redact

    assert redact("neo4j://neo4j:s3cret@db.example:7687") == "neo4j://neo4j:***@db.example:7687"
    try:
        Neo4jStore("http://neo4j:s3cret@db.example:7687", "neo4j", "s3cret")
    except StoreError as err:
        assert "s3cret" not in str(err) and "***" in str(err)
    try:  # the driver itself refuses userinfo in a bolt:// URI, quoting it
        Neo4jStore("bolt://neo4j:s3cret@127.0.0.1:9", "neo4j", "s3cret")
    except StoreError as err:
        assert "s3cret" not in str(err) and "***" in str(err)


def test_offset_far_beyond_any_page_is_422(client) -> None:  # type: ignore[no-untyped-def]
    for offset in (2**31, 2**63, 10**30):
        assert client.get("/documents", params={"offset": offset}).status_code == 422


class DownStore(FlakyStore):
    """A test double for the failure path only: while `down` is set, every call waits
    `delay` seconds (as the driver does, retrying) and raises StoreUnavailable."""

    def __init__(self, store: GraphStore, delay: float) -> None:
        super().__init__(store, failures=0)
        self.down, self.delay, self.calls = False, delay, 0

    def _up(self) -> GraphStore:
        self.calls += 1
        if self.down:
            time.sleep(self.delay)
            raise StoreUnavailable(DOWN)
        return self.store


def _timed(client: TestClient, url: str) -> tuple[int, float, Any]:
    started = time.monotonic()
    response = client.get(url)
    return response.status_code, time.monotonic() - started, response


def test_lazy_store_known_down_fails_fast_then_recovers(seed_store: MemoryStore) -> None:
    double = DownStore(seed_store, delay=0.5)
    served = LazyStore("neo4j", lambda: double, probe_every=0.2)
    with client_on(served) as client:
        assert client.get("/stats").status_code == 200
        double.down = True
        status, took, _ = _timed(client, "/stats")
        assert status == 503 and took >= 0.5  # the first one waits for the driver
        calls = double.calls
        answers = [_timed(client, url) for url in ["/stats", "/regions", "/documents"] * 5]
        assert [status for status, _, _ in answers] == [503] * 15
        assert max(took for _, took, _ in answers) < 0.2
        assert all(DOWN in r.json()["detail"] and r.headers["retry-after"] == "1"
                   for _, _, r in answers)
        assert double.calls - calls <= 1  # at most the one probe, none from the requests
        assert client.get("/health").json()["reachable"] is False
        double.down = False
        deadline = time.monotonic() + 5
        while client.get("/stats").status_code != 200:
            assert time.monotonic() < deadline, "the store never came back"
            time.sleep(0.05)
        assert client.get("/health").json()["reachable"] is True
    served.close()


def test_lifespan_neo4j_down_then_up_503_fast_then_answers(neo4j_db, neo4j_settings) -> None:  # type: ignore[no-untyped-def]
    """Against a real Neo4j behind a relay that is cut and restored: once one request has
    found it down, the others answer 503 in well under a second; it comes back by itself."""
    s = neo4j_settings
    with relay_to(s.uri) as relay:
        settings = Settings(neo4j_uri=f"bolt://{relay.address}", neo4j_user=s.user,
                            neo4j_password=None if s.password is None else SecretStr(s.password))
        with TestClient(app_with(settings)) as client:
            assert client.get("/stats").status_code == 200
            relay.cut()
            first = client.get(f"/documents/{enc(ZHOUCUN)}")
            assert first.status_code == 503 and relay.address in first.json()["detail"]
            answers = [_timed(client, url) for url in ["/stats", "/regions", "/search?q=就业",
                                                       f"/documents/{enc(ZHOUCUN)}"] * 5]
            assert [status for status, _, _ in answers] == [503] * 20
            assert max(took for _, took, _ in answers) < 0.5, answers
            assert all(r.headers["retry-after"] for _, _, r in answers)
            health = _timed(client, "/health")
            assert health[2].json()["reachable"] is False and health[1] < 0.5
            relay.restore()
            deadline = time.monotonic() + 20
            while (stats := client.get("/stats")).status_code != 200:
                assert time.monotonic() < deadline, stats.text
                time.sleep(0.2)
            assert client.get("/health").json()["reachable"] is True


@pytest.mark.parametrize("damage", [b"\x1f\x8b\x08\x00truncated", b'{"nodes": [',
                                    b'{"nodes": [{"id": "x"}]}'])
def test_lifespan_damaged_graph_file_503_names_it_until_replaced(
        tmp_path: Path, seed_store: MemoryStore, damage: bytes) -> None:
    path = tmp_path / "graph.json.gz"
    path.write_bytes(damage)
    with TestClient(app_with(Settings(graph_file=path, neo4j_uri=None))) as client:
        down = client.get("/stats")
        assert down.status_code == 503
        assert f"{path}: the saved graph is damaged" in down.json()["detail"]
        assert client.get("/health").json()["reachable"] is False
        seed_store.save(path)  # a load replaces it: served without a restart
        assert client.get(f"/measures/{enc(HIRING)}").json()["heading"] == "保障复产企业用工"
