"""A document and its outline are read through lookups, never a scan of the graph (issue 12
part 3): every store call names the document, its 文号 or its measures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from policy_cascades.graph.memory_store import MemoryStore
from policy_cascades.graph.model import Label, Node, Relationship, RelType, Subgraph
from policy_cascades.graph.search import Found
from policy_cascades.graph.store import Direction
from policy_cascades.queries import run_named
from tests.api.conftest import client_on

DOC = "doc:周政字〔2020〕8号"


class Recording(MemoryStore):
    """A MemoryStore that fails any call able to read every node, and records the rest."""

    def __init__(self, graph: Subgraph) -> None:
        super().__init__()
        self.write(graph)
        self.calls: list[tuple[str, Any]] = []

    def nodes(self, label: Label, where: dict[str, Any] | None = None,
              limit: int | None = None, offset: int = 0) -> tuple[list[Node], int]:
        assert where, f"nodes({label}) with no condition reads every {label}"
        self.calls.append(("nodes", where))
        return super().nodes(label, where, limit, offset)

    def edges(self, node_ids: Sequence[str], direction: Direction = "both",
              types: Sequence[RelType] | None = None) -> list[tuple[Relationship, Node]]:
        self.calls.append(("edges", list(node_ids)))
        return super().edges(node_ids, direction, types)

    def subgraph(self) -> Subgraph:
        raise AssertionError("subgraph() reads everything")

    def search(self, terms: Sequence[str], offset: int, limit: int) -> Found:
        raise AssertionError("search() reads every measure")


def test_document_and_outline_read_only_that_document(seed_graph: Subgraph) -> None:
    store = Recording(seed_graph)
    mine = {DOC} | {n.id for n in seed_graph.nodes.values() if n.props.get("doc_id") == DOC}
    with client_on(store) as client:
        for url in (f"/documents/{quote(DOC)}", f"/documents/{quote(DOC)}/outline",
                    f"/documents/{quote('周政字〔2020〕8号')}/outline"):
            assert client.get(url).status_code == 200
    run_named(store, "document_outline", {"id": DOC})
    for call, arg in store.calls:
        if call == "edges":
            assert set(arg) <= mine, arg
        else:
            assert arg in ({"doc_id": DOC}, {"doc_number": "周政字〔2020〕8号"}), arg
