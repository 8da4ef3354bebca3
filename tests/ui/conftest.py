"""Fixtures for the viewer's tests: the API served for real (uvicorn, a loopback port) on the
seed corpus, in the embedded store and, with --neo4j, in Neo4j."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi import FastAPI

from policy_cascades.api.deps import get_store
from policy_cascades.api.main import create_app
from policy_cascades.api.routes import ui
from policy_cascades.graph.memory_store import MemoryStore
from policy_cascades.graph.model import Subgraph
from policy_cascades.graph.pipeline import build_graph, corpus_files, extract, seed_corpus
from policy_cascades.graph.store import GraphStore

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's Chromium, headless, driven by Playwright."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as err:  # a missing driver must not pass as a skipped test
        pytest.fail(f"the browser tests need Playwright: pip install -e '.[test]' ({err})")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def seed_graph() -> Subgraph:
    return build_graph(extract(corpus_files([seed_corpus()])).documents)


def viewer_app(store: GraphStore) -> FastAPI:
    """The API serving `store`, with the viewer's routes (included here should api/main.py not
    include them yet)."""
    app = create_app()
    if not any(getattr(route, "path", None) == "/" for route in app.routes):
        app.include_router(ui.router)
    app.dependency_overrides[get_store] = lambda: store
    return app


@contextmanager
def serving(store: GraphStore) -> Iterator[str]:
    """The API on `store` in a background thread, on a free loopback port; yields its base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(viewer_app(store), lifespan="off", log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the API did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


@pytest.fixture(scope="session")
def memory_url(seed_graph: Subgraph) -> Iterator[str]:
    store = MemoryStore()
    store.write(seed_graph)
    with serving(store) as url:
        yield url


@pytest.fixture
def neo4j_url(seed_graph: Subgraph, neo4j_db, neo4j_settings) -> Iterator[str]:  # type: ignore[no-untyped-def]
    from policy_cascades.graph.neo4j_store import Neo4jStore

    store = Neo4jStore(neo4j_db, database=neo4j_settings.database)
    store.write(seed_graph)
    with serving(store) as url:
        yield url
