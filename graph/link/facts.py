"""What the measure linker needs to know about the graph, read once: the measures, their
agencies' systems, their themes, and the outline around them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

from policy_cascades.graph.link.script import simplified
from policy_cascades.graph.link.vectors import Rows, Vectors
from policy_cascades.graph.model import Label, Node, RelType, Subgraph
from policy_cascades.graph.national import SOURCE as NATIONAL
from policy_cascades.graph.reader import GraphReader, nodes_labelled, reader

# what a measure's facts are read from: its agencies (roles) and container coming in, its
# themes and parts going out
_IN = (RelType.LEADS, RelType.SUPPORTS, RelType.RESPONSIBLE_FOR, RelType.CONTAINS)
_OUT = (RelType.ADDRESSES, RelType.CONTAINS)


@dataclass
class Facts:
    measures: Mapping[str, Node] = field(default_factory=dict)  # a store's: read when asked
    systems: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    themes: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    explicit_own: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    agencies: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    has_parts: set[str] = field(default_factory=set)
    containers: dict[str, list[str]] = field(default_factory=dict)  # measure -> enclosing measures
    points: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    theme_score: dict[tuple[str, str], float] = field(default_factory=dict)

    @classmethod
    def of(cls, graph: Subgraph | GraphReader) -> Facts:
        """The facts of a graph: a Subgraph, or a store's rows read measure by measure."""
        read = reader(graph)
        facts = cls(measures=read.node_map(nodes_labelled(read, Label.MEASURE)))
        parent: dict[str, str] = {}
        for measure in facts.measures:
            for rel in read.rels(measure, False, _IN):
                if rel.type != RelType.CONTAINS:
                    facts.agencies[measure] += 1
                    system = read.prop(rel.start, "system")
                    if system:
                        facts.systems[measure].add(system)
                elif rel.start in facts.measures:
                    parent[measure] = rel.start  # the last written, were there several
            for rel in read.rels(measure, True, _OUT):
                if rel.type == RelType.ADDRESSES:
                    facts._address(measure, read.prop(rel.end, "name"), rel.props)
                else:
                    facts.has_parts.add(measure)
                    if facts.measures[rel.end].props.get("kind") == "point":
                        facts.points[measure].append(rel.end)
        for node_id in facts.measures:
            chain, current = [], parent.get(node_id)
            while current is not None:
                chain.append(current)
                current = parent.get(current)
            facts.containers[node_id] = chain
        return facts

    def _address(self, measure: str, theme: str, props: dict[str, object]) -> None:
        self.themes[measure].add(theme)
        score = props.get("score", 1.0)
        self.theme_score[(measure, theme)] = float(score) if isinstance(score, int | float) else 1.0
        heading = self.measures[measure].props.get("heading", "")
        if props.get("basis") == "explicit" and props.get("evidence") == heading:
            self.explicit_own[measure].add(theme)

    def is_theme_item(self, node_id: str) -> bool:
        """A national item that stands for a theme: its heading is the theme's name (六保.1 保居民就业)."""
        props = self.measures[node_id].props
        return (props.get("source") == NATIONAL and props.get("kind") == "item"
                and props.get("heading") in self.explicit_own[node_id])

    @cached_property
    def order(self) -> list[str]:
        """The measure ids in a stable order: the rows of `vectors`."""
        return sorted(self.measures)

    @cached_property
    def vectors(self) -> Rows:
        """Every measure's body as a TF-IDF row (in `order`), analysed once for the linker
        (a Vectors; in facts `restricted` to some measures, their rows of the whole's)."""
        return Vectors([self.body(i) for i in self.order])

    @cached_property
    def position(self) -> dict[str, int]:
        """Each measure's row in `order`."""
        return {node_id: i for i, node_id in enumerate(self.order)}

    def restricted(self, keep: set[str], vectors: Rows) -> Facts:
        """The facts of some measures alone, whole documents (so that a measure's containers
        and points are among them), with `vectors`, their rows (in `order`) of this corpus's
        TF-IDF space: what one linking task needs. Pickles without the corpus's vocabulary.
        Read measure by measure, so that making every province's part reads the corpus about
        once, not once a province."""
        ids = sorted(keep)
        out = Facts(measures={i: self.measures[i] for i in ids})
        for name in ("systems", "themes", "explicit_own", "agencies", "points"):
            mine, theirs = getattr(out, name), getattr(self, name)
            mine.update((i, theirs[i]) for i in ids if i in theirs)
        out.has_parts = self.has_parts & keep
        out.containers = {i: self.containers[i] for i in ids if i in self.containers}
        out.theme_score = {(i, t): self.theme_score[(i, t)] for i in ids
                           for t in self.themes.get(i, ()) if (i, t) in self.theme_score}
        out.__dict__["vectors"] = vectors
        return out

    def body(self, node_id: str) -> str:
        """Heading, text, and the text of the points an item holds (6.加大金融服务力度 (1)…),
        in simplified characters (graph/link/script.py)."""
        props = self.measures[node_id].props
        points = "".join(self.measures[p].props.get("text", "") for p in self.points.get(node_id, []))
        return simplified(f"{props.get('heading', '')}。{props.get('text', '')}{points}")

    def heading(self, node_id: str) -> str:
        """The measure's heading, in simplified characters when its text is traditional."""
        props = self.measures[node_id].props
        heading = str(props.get("heading", ""))
        return simplified(heading, f"{heading}。{props.get('text', '')}")
