"""Finding a node from what a person types: an id, a 文号, or 文号#path."""

from __future__ import annotations

from policy_cascades.graph.model import Label, Node
from policy_cascades.graph.store import GraphStore


def find_node(store: GraphStore, ref: str) -> Node | None:
    """Resolve `ref`: a node id (doc:周政字〔2020〕8号#三.(一).15), a 文号 (周政字〔2020〕8号),
    or a 文号 or national title with a path (周政字〔2020〕8号#三.(一).15, 政府工作报告#六保.1).

    Example:
        >>> find_node(store, "周政字〔2020〕8号#三.(一).15").props["heading"]  # doctest: +SKIP
        '保障复产企业用工'
    """
    ref = ref.strip()
    for candidate in (ref, f"doc:{ref}", f"doc:中国:{ref}"):
        node = store.node(candidate)
        if node is not None:
            return node
    doc_part, _, path = ref.partition("#")
    docs, _ = store.nodes(Label.DOCUMENT, {"doc_number": doc_part}, limit=1)
    if not docs:
        docs, _ = store.nodes(Label.DOCUMENT, {"title": doc_part}, limit=1)
    if not docs:
        return None
    return docs[0] if not path else store.node(f"{docs[0].id}#{path}")
