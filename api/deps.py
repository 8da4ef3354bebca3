"""Dependencies of the routes: the store, the settings, paging, and node lookups that 404."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

from fastapi import Depends, HTTPException, Query, Request

from policy_cascades.errors import StoreError, StoreUnavailable
from policy_cascades.graph.lookup import find_node
from policy_cascades.graph.memory_store import MemoryStore
from policy_cascades.graph.model import Label, Node, Relationship, RelType, Subgraph
from policy_cascades.graph.search import Found
from policy_cascades.graph.store import Direction, GraphStore, Neighbourhood, Progress, WriteSummary
from policy_cascades.settings import Settings, get_settings

logger = logging.getLogger(__name__)

MAX_LIMIT = 500
MAX_OFFSET = 10_000_000  # beyond it a 422, never a store error
PROBE_EVERY = 2.0  # seconds between probes of a store known to be down
T = TypeVar("T")


def get_store(request: Request) -> GraphStore:
    """The store the lifespan opened (tests override this)."""
    store: GraphStore = request.app.state.store
    return store


StoreDep = Annotated[GraphStore, Depends(get_store)]
# Query parameters that several routes share
TraceDepth = Annotated[int, Query(ge=1, le=10, description="IMPLEMENTS steps to follow")]
TraceBasis = Annotated[Literal["declared", "all"], Query(
    description="declared: only links the texts state; all: inferred links too")]
TraceMinScore = Annotated[float, Query(
    ge=0.0, le=1.0, description="follow inferred links only at or above this score: the "
    "score is the chance, measured on held-out hand-judged links, that such a link is true "
    "(0.8 = about 8 in 10 right; on documents of places the models were not trained on, scores "
    "under 0.8 were right about 2 in 3, and 0.8 or more about 9 in 10 over seventy-seven held-out draws: README)")]
SettingsDep = Annotated[Settings, Depends(get_settings)]


class Page:
    """limit and offset query parameters (limit 50 by default, at most MAX_LIMIT)."""

    def __init__(self, limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="at most this many items")] = 50,
                 offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="skip this many items first")] = 0) -> None:
        self.limit, self.offset = limit, offset

    def cut(self, items: Sequence[Any]) -> list[Any]:
        return list(items[self.offset:self.offset + self.limit])


PageDep = Annotated[Page, Depends()]


def require_node(store: GraphStore, ref: str, label: Label | tuple[Label, ...],
                 what: str) -> Node:
    """The node `ref` names (an id, a 文号, 文号#path), of `label`; else 404."""
    labels = label if isinstance(label, tuple) else (label,)
    node = find_node(store, ref)
    if node is None and Label.AGENCY in labels and not ref.startswith("agency:"):
        node = store.node(f"agency:{ref}")
    if node is None or node.label not in labels:
        hint = "" if "#" in ref else (" — if the id has a path after '#', URL-encode the "
                                      "'#' as %23: a bare '#' ends the URL's path")
        raise HTTPException(404, f"no {what} {ref!r} (give an id, a 文号 or 文号#path){hint}")
    return node


class LazyStore:
    """A store opened on first use, that answers at once while it is known to be down.

    An API started while Neo4j is down serves 503s until Neo4j is up, then answers, with no
    restart. Once a call finds the store unreachable (StoreUnavailable: the driver spent
    seconds retrying), every call fails at once with that reason while one background
    thread probes the store every `probe_every` seconds; the first probe that answers
    brings the store back for everyone."""

    def __init__(self, name: str, opener: Callable[[], GraphStore],
                 probe_every: float = PROBE_EVERY) -> None:
        self.name, self._opener, self.probe_every = name, opener, probe_every
        self._store: GraphStore | None = None
        self._lock = threading.Lock()  # handlers run in a thread pool: open one driver only
        self._down: StoreUnavailable | None = None  # why the store is known to be down
        self._closed = threading.Event()

    def open(self) -> GraphStore:
        if self._store is None:
            with self._lock:
                if self._store is None:
                    self._store = self._opener()  # StoreError: a 503, and a retry next time
        return self._store

    def _run(self, call: Callable[[GraphStore], T]) -> T:
        down = self._down
        if down is not None:  # known down: no new wait on the network
            raise StoreUnavailable(f"{down} (still unreachable; checked every "
                                   f"{self.probe_every:g} s)", retry_after=self.probe_every)
        try:
            return call(self.open())
        except StoreUnavailable as err:
            self._mark_down(err)
            raise

    def _mark_down(self, err: StoreUnavailable) -> None:
        with self._lock:
            if self._down is not None or self._closed.is_set():
                return
            self._down = err
        err.retry_after = self.probe_every
        logger.warning("store %s unreachable, answering 503 until a probe succeeds: %s",
                       self.name, err)
        threading.Thread(target=self._probe, name=f"probe-{self.name}", daemon=True).start()

    def _probe(self) -> None:
        """Until the store answers (or is closed): wait, then try it once."""
        while not self._closed.wait(self.probe_every):
            try:
                if self.open().ping():
                    self._down = None
                    logger.warning("store %s reachable again", self.name)
                    return
            except StoreError as err:
                logger.info("store %s still unreachable: %s", self.name, err)

    @property
    def down(self) -> bool:
        """Whether the store is known to be unreachable now (a probe is running)."""
        return self._down is not None

    def write(self, graph: Subgraph, progress: Progress | None = None) -> WriteSummary:
        return self._run(lambda store: store.write(graph, progress))

    def clear(self) -> None:
        self._run(lambda store: store.clear())

    def node(self, node_id: str) -> Node | None:
        return self._run(lambda store: store.node(node_id))

    def nodes(self, label: Label, where: dict[str, Any] | None = None,
              limit: int | None = None, offset: int = 0) -> tuple[list[Node], int]:
        return self._run(lambda store: store.nodes(label, where, limit, offset))

    def edges(self, node_ids: Sequence[str], direction: Direction = "both",
              types: Sequence[RelType] | None = None) -> list[tuple[Relationship, Node]]:
        return self._run(lambda store: store.edges(node_ids, direction, types))

    def neighbourhood(self, node_ids: Sequence[str], down: bool) -> Neighbourhood:
        return self._run(lambda store: store.neighbourhood(node_ids, down))

    def items(self, node_ids: Sequence[str], rel_keys: Sequence[tuple[str, str, str]]
              ) -> tuple[list[Node], list[Relationship]]:
        return self._run(lambda store: store.items(node_ids, rel_keys))

    def subgraph(self) -> Subgraph:
        return self._run(lambda store: store.subgraph())

    def stats(self) -> dict[str, int]:
        return self._run(lambda store: store.stats())

    def search(self, terms: Sequence[str], offset: int, limit: int) -> Found:
        return self._run(lambda store: store.search(terms, offset, limit))

    def read_cypher(self, query: str, parameters: dict[str, Any], timeout: float,
                    limit: int, max_bytes: int) -> tuple[list[dict[str, Any]], bool]:
        def call(store: GraphStore) -> tuple[list[dict[str, Any]], bool]:
            run = getattr(store, "read_cypher", None)
            if run is None:
                raise StoreError(f"the {self.name} store cannot run Cypher (no read_cypher)")
            found: tuple[list[dict[str, Any]], bool] = run(query, parameters, timeout, limit,
                                                           max_bytes)
            return found

        return self._run(call)

    def ping(self) -> bool:
        if self._down is not None:
            return False  # the probe will say when it is back
        try:
            return self.open().ping()
        except StoreUnavailable as err:
            self._mark_down(err)
            return False
        except StoreError as err:
            logger.info("store %s unreachable: %s", self.name, err)
            return False

    def close(self) -> None:
        self._closed.set()
        with self._lock:
            store, self._store = self._store, None
        if store is not None:
            store.close()


class SavedStore(LazyStore):
    """The embedded store of a saved graph file, read again when the file changes (a later
    `policy-cascades load` is seen by a running API without a restart). While the file is
    damaged, every call fails with a StoreError that names it (a 503), until it changes."""

    def __init__(self, path: Path) -> None:
        super().__init__("memory", lambda: MemoryStore.open(path))
        self.path = path
        self._seen: tuple[int, int] | None = None
        self._damaged: StoreError | None = None

    def open(self) -> GraphStore:
        try:
            info = self.path.stat()
            seen = (info.st_mtime_ns, info.st_size)
        except OSError:
            seen = None  # gone for a moment (being replaced): keep what we have
        if seen is not None and seen != self._seen:
            with self._lock:
                if seen != self._seen:
                    try:
                        self._store, self._damaged = MemoryStore.open(self.path), None
                    except StoreError as err:
                        self._store, self._damaged = None, err
                    self._seen = seen
        if self._damaged is not None:
            raise StoreError(str(self._damaged))
        return super().open()
