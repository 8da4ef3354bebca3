"""The graph's data model: labels, relationship types, nodes, relationships, subgraphs.

Imports nothing of the project. Labels and types are ASCII enums (the only names ever put
into Cypher); Chinese text lives in properties. Properties are Neo4j-storable values:
str, int, float, bool, None, or lists of one of those.

Nodes and relationships are frozen slotted dataclasses, not pydantic models (issue 12): a
national corpus holds millions of them, and a pydantic model with a two-key props dict took
672 bytes against 256. What pydantic gave them is kept: a label or type given as its name
is made the enum member, and a node or relationship cannot be changed once made.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Label(StrEnum):
    REGION = "Region"
    DOCUMENT = "Document"
    MEASURE = "Measure"
    AGENCY = "Agency"
    PERSON = "Person"
    THEME = "Theme"


class RelType(StrEnum):
    IMPLEMENTS = "IMPLEMENTS"
    CITES = "CITES"
    CONTAINS = "CONTAINS"
    LEADS = "LEADS"
    SUPPORTS = "SUPPORTS"
    RESPONSIBLE_FOR = "RESPONSIBLE_FOR"
    ISSUED = "ISSUED"
    IN = "IN"
    PART_OF = "PART_OF"
    ADDRESSES = "ADDRESSES"
    CORRESPONDS_TO = "CORRESPONDS_TO"
    SIMILAR_TO = "SIMILAR_TO"


Props = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Node:
    """A node: its id, its one label and its properties (a dict the node owns).

    Example:
        >>> Node(id="doc:周政字〔2020〕8号", label="Document").label
        <Label.DOCUMENT: 'Document'>
    """

    id: str
    label: Label
    props: Props = field(default_factory=dict)

    def __post_init__(self) -> None:
        if type(self.label) is not Label:
            object.__setattr__(self, "label", Label(self.label))

    def to_json(self, private: bool = False) -> Props:
        """The public shape: {"id", "labels", ...properties}; properties whose name starts
        with "_" (a document's stored record) only when `private`."""
        props = self.props if private else {k: v for k, v in self.props.items()
                                            if not k.startswith("_")}
        return {"id": self.id, "labels": [self.label.value], **props}


@dataclass(frozen=True, slots=True)
class Relationship:
    """A relationship of one type from `start` to `end` (node ids), with its properties.

    Example:
        >>> Relationship(type="CONTAINS", start="doc:周政字〔2020〕8号", end="m:1").key
        ('CONTAINS', 'doc:周政字〔2020〕8号', 'm:1')
    """

    type: RelType
    start: str
    end: str
    props: Props = field(default_factory=dict)

    def __post_init__(self) -> None:
        if type(self.type) is not RelType:
            object.__setattr__(self, "type", RelType(self.type))

    @property
    def key(self) -> tuple[str, str, str]:
        """A graph holds at most one relationship of a type between two nodes."""
        return (self.type.value, self.start, self.end)

    def to_json(self) -> Props:
        return {"type": self.type.value, "start": self.start, "end": self.end, **self.props}


@dataclass(slots=True)
class Subgraph:
    """Nodes and relationships with no duplicates: a later node with the same id merges
    its properties into the earlier one (non-empty values win), as MERGE ... SET += does."""

    nodes: dict[str, Node] = field(default_factory=dict)
    relationships: dict[tuple[str, str, str], Relationship] = field(default_factory=dict)

    def add_node(self, node: Node) -> Node:
        old = self.nodes.get(node.id)
        if old is not None:
            if old.label != node.label:
                raise ValueError(f"node {node.id} is both {old.label} and {node.label}")
            node = Node(id=node.id, label=node.label, props=merge_props(old.props, node.props))
        self.nodes[node.id] = node
        return node

    def add_rel(self, rel: Relationship) -> None:
        old = self.relationships.get(rel.key)
        if old is not None:
            rel = Relationship(type=rel.type, start=rel.start, end=rel.end,
                               props=merge_props(old.props, rel.props))
        self.relationships[rel.key] = rel

    def merge(self, other: Subgraph) -> None:
        for node in other.nodes.values():
            self.add_node(node)
        for rel in other.relationships.values():
            self.add_rel(rel)

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for node in self.nodes.values():
            out[node.label.value] = out.get(node.label.value, 0) + 1
        for rel in self.relationships.values():
            out[rel.type.value] = out.get(rel.type.value, 0) + 1
        return dict(sorted(out.items()))


def merge_props(old: Props, new: Props) -> Props:
    """Properties of `new` over `old`, except that an empty value never erases a filled one,
    and a stub (in_corpus=false) never overwrites the document it stands for."""
    if old.get("in_corpus") is True and new.get("in_corpus") is False:
        return {**new, **{k: v for k, v in old.items() if v not in (None, "", [], ())}}
    merged = dict(old)
    for key, value in new.items():
        if key == "aliases" and key in merged:  # every name an agency was printed under
            merged[key] = sorted({*merged[key], *value})
            continue
        if value in (None, "", [], ()) and merged.get(key) not in (None, "", [], ()):
            continue
        merged[key] = value
    return merged
