"""What the notebook API returns: `Table` (rows) and `TraceResult` (a traced cascade).

Both print readably in a terminal and as HTML in Jupyter, and convert to a pandas DataFrame
(`to_pandas()`, pandas from the `notebook` extra, imported only then) and to a networkx
MultiDiGraph (`to_networkx()`) whose attributes are all str, int, float or bool, so that
`networkx.write_graphml` writes it for Gephi as it is.
"""

from __future__ import annotations

import html
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from policy_cascades.graph import render
from policy_cascades.graph.export import to_networkx
from policy_cascades.graph.model import Label, Node, Relationship, RelType, Subgraph
from policy_cascades.graph.trace import Trace, TracePath

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

SHOWN_ROWS = 10  # rows a repr prints; to_pandas() has them all
CELL_CHARS = 60
INSTALL_HINT = 'pip install "policy-cascades[notebook]"'


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as err:
        raise ImportError(f"to_pandas() needs pandas, which is not installed: {INSTALL_HINT}") from err
    return pandas


@dataclass
class Table:
    """Rows of one shape (dicts with the same keys), and the nodes and relationships they are
    about: the stored ones for measures, documents and search hits; for a named query's rows,
    those the rows carry ({"id", "labels", ...} and {"type", "start", "end", ...} values)."""

    rows: list[dict[str, Any]]
    columns: list[str] = field(default_factory=list)
    graph: Subgraph = field(default_factory=Subgraph)
    title: str = ""
    shown: list[str] = field(default_factory=list)  # the columns a repr prints (default: all)

    def __post_init__(self) -> None:
        if not self.columns:
            self.columns = list(dict.fromkeys(key for row in self.rows for key in row))
        if not self.shown:
            self.shown = list(self.columns)

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self.rows)

    def __getitem__(self, index: int) -> dict[str, Any]:
        return self.rows[index]

    def to_pandas(self) -> pd.DataFrame:
        """One DataFrame row per row, the columns in order (a missing value is None)."""
        return _pandas().DataFrame([[row.get(c) for c in self.columns] for row in self.rows],
                                   columns=self.columns)

    def to_networkx(self) -> nx.MultiDiGraph:
        """The nodes and relationships the rows are about (see `Table`)."""
        return to_networkx(_public(self.graph))

    def __repr__(self) -> str:
        head = f"{self.title + ': ' if self.title else ''}{len(self.rows)} rows"
        lines = [" | ".join(self.shown)]
        lines += [" | ".join(_cell(row.get(c)) for c in self.shown) for row in self.rows[:SHOWN_ROWS]]
        more = [f"… {len(self.rows) - SHOWN_ROWS} more"] if len(self.rows) > SHOWN_ROWS else []
        return "\n".join([head, *lines, *more])

    def _repr_html_(self) -> str:
        head = "".join(f"<th>{html.escape(c)}</th>" for c in self.shown)
        body = "".join("<tr>" + "".join(f"<td>{html.escape(_cell(row.get(c)))}</td>" for c in self.shown)
                       + "</tr>" for row in self.rows[:SHOWN_ROWS])
        more = f" (the first {SHOWN_ROWS} shown)" if len(self.rows) > SHOWN_ROWS else ""
        caption = html.escape(f"{self.title + ': ' if self.title else ''}{len(self.rows)} rows{more}")
        return f"<table><caption>{caption}</caption><tr>{head}</tr>{body}</table>"


def node_table(nodes: Sequence[Node], columns: Sequence[str], title: str,
               extra: dict[str, dict[str, Any]] | None = None) -> Table:
    """A row per node: `columns` first (id, then properties or `extra[node.id]` values), then
    the node's other public properties; a repr prints `columns` only."""
    rows = []
    graph = Subgraph()
    for node in nodes:
        values = {**node.to_json(), **(extra or {}).get(node.id, {})}
        values.pop("labels")
        rows.append({**{c: values.get(c) for c in columns}, **values})
        graph.add_node(node)
    keys = list(dict.fromkeys([*columns, *(k for row in rows for k in row)]))
    return Table([{k: row.get(k) for k in keys} for row in rows], keys, graph, title, list(columns))


def row_table(rows: list[dict[str, Any]], title: str) -> Table:
    """A named query's rows, with the nodes and relationships found in their values (a
    relationship's end that no value describes is a node known by its id only)."""
    nodes: list[Node] = []
    rels: list[Relationship] = []
    for row in rows:
        _collect(row, nodes, rels)
    graph = Subgraph()
    for node in nodes:
        graph.add_node(node)
    for rel in rels:
        for end in (rel.start, rel.end):
            if end not in graph.nodes:
                graph.add_node(Node(id=end, label=_label(end)))
        graph.add_rel(rel)
    return Table(rows, graph=graph, title=title)


def _collect(value: Any, nodes: list[Node], rels: list[Relationship]) -> None:
    if isinstance(value, list):
        for item in value:
            _collect(item, nodes, rels)
    if not isinstance(value, dict):
        return
    if _is_rel(value):
        rels.append(Relationship(type=RelType(value["type"]), start=value["start"],
                                 end=value["end"], props=_flat(value, ("type", "start", "end"))))
    elif isinstance(value.get("id"), str) and ("labels" in value or "label" in value):
        labels = value.get("labels") or [value.get("label")]
        if labels[0] in Label.__members__.values():
            nodes.append(Node(id=value["id"], label=Label(labels[0]),
                              props=_flat(value, ("id", "labels", "label"))))
    for item in value.values():
        _collect(item, nodes, rels)


def _is_rel(value: dict[str, Any]) -> bool:
    return (value.get("type") in RelType.__members__.values()
            and isinstance(value.get("start"), str) and isinstance(value.get("end"), str))


def _label(end: str) -> Label:
    """A node known only as a relationship's end: its label from its id's prefix."""
    prefix = end.split(":", 1)[0]
    by_prefix = {"doc": Label.MEASURE if "#" in end else Label.DOCUMENT, "agency": Label.AGENCY,
                 "person": Label.PERSON, "region": Label.REGION, "theme": Label.THEME}
    return by_prefix.get(prefix, Label.MEASURE)


def _flat(value: dict[str, Any], skip: tuple[str, ...]) -> dict[str, Any]:
    """The scalar values and lists of scalars of a row dict (dicts become nodes and edges)."""
    return {k: v for k, v in value.items() if k not in skip and v is not None
            and not isinstance(v, dict)
            and not (isinstance(v, list) and any(isinstance(x, dict | list) for x in v))}


def _public(graph: Subgraph) -> Subgraph:
    """Without the properties kept for the project's own use (a document's `_record`)."""
    out = Subgraph()
    for node in graph.nodes.values():
        out.nodes[node.id] = Node(id=node.id, label=node.label,
                                  props={k: v for k, v in node.props.items() if not k.startswith("_")})
    out.relationships = dict(graph.relationships)
    return out


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = "、".join(map(str, value)) if isinstance(value, list) else str(value)
    text = text.replace("\n", " ")
    return text if len(text) <= CELL_CHARS else text[: CELL_CHARS - 1] + "…"


PATH_COLUMNS = ["end", "level", "region", "heading", "steps", "weakest_score", "declared",
                "regions", "chain", "nodes"]


@dataclass
class TraceResult:
    """A cascade traced up or down from `root` (graph/trace.py's Trace): one chain per path,
    each edge with its basis and, for an inferred link, its calibrated score."""

    trace: Trace

    @property
    def root(self) -> Node:
        return self.trace.root

    @property
    def paths(self) -> list[TracePath]:
        return self.trace.paths

    def __len__(self) -> int:
        return len(self.trace.paths)

    def ending_at(self, region: str | None = None, level: str | None = None) -> TraceResult:
        """Only the paths whose last node is in `region` and (or) at `level`."""
        def keep(path: TracePath) -> bool:
            end = self.trace.nodes[path.nodes[-1]].props
            return (region is None or end.get("region") == region) and (
                level is None or end.get("level") == level)

        paths = [p for p in self.trace.paths if keep(p)]
        used = {n for p in paths for n in p.nodes} | {self.root.id}
        nodes = {k: v for k, v in self.trace.nodes.items() if k in used}
        return TraceResult(Trace(root=self.root, direction=self.trace.direction,
                                 depth=self.trace.depth, basis=self.trace.basis,
                                 min_score=self.trace.min_score, nodes=nodes, paths=paths))

    def table(self) -> Table:
        """One row per path: where it ends, its steps, its weakest inferred score, and the
        regions it passes through and its nodes as labels, in the order walked from the root."""
        return Table([self._path_row(p) for p in self.trace.paths], list(PATH_COLUMNS),
                     self.subgraph(), self._title())

    def _path_row(self, path: TracePath) -> dict[str, Any]:
        nodes = [self.trace.nodes[n] for n in path.nodes]
        end = nodes[-1].props
        links = [r for r in path.relationships if r.type == RelType.IMPLEMENTS]
        scores = [float(r.props["score"]) for r in links
                  if r.props.get("basis") != "declared" and "score" in r.props]
        regions = [str(n.props["region"]) for n in nodes if n.props.get("region")]
        return {"end": path.nodes[-1], "level": end.get("level"), "region": end.get("region"),
                "heading": end.get("heading") or end.get("title"),
                "steps": len(links) + sum(r.type == RelType.CORRESPONDS_TO for r in path.relationships),
                "weakest_score": min(scores) if scores else None,
                "declared": all(r.props.get("basis") == "declared" for r in links),
                "regions": " → ".join(r for i, r in enumerate(regions) if i == 0 or regions[i - 1] != r),
                "chain": " → ".join(render.label(n) for n in nodes), "nodes": list(path.nodes)}

    def subgraph(self) -> Subgraph:
        """The trace's nodes and every relationship on its paths."""
        graph = Subgraph()
        for node in self.trace.nodes.values():
            graph.add_node(node)
        for path in self.trace.paths:
            for rel in path.relationships:
                graph.add_rel(rel)
        return graph

    def to_pandas(self) -> pd.DataFrame:
        """`table()` as a DataFrame: one row per path."""
        return self.table().to_pandas()

    def to_networkx(self) -> nx.MultiDiGraph:
        """The trace's nodes and relationships, with their properties (lists as JSON text)."""
        return to_networkx(_public(self.subgraph()))

    def to_json(self) -> dict[str, Any]:
        return self.trace.to_json()

    def _title(self) -> str:
        return (f"trace {self.trace.direction} from {render.label(self.root)} "
                f"(depth {self.trace.depth}, basis {self.trace.basis}, "
                f"min_score {self.trace.min_score:g}): {len(self.trace.paths)} paths, "
                f"{len(self.trace.nodes)} nodes")

    def __repr__(self) -> str:
        chains = [row["chain"] for row in map(self._path_row, self.trace.paths[:SHOWN_ROWS])]
        more = len(self.trace.paths) - SHOWN_ROWS
        return "\n".join([self._title(), *chains, *([f"… {more} more"] if more > 0 else [])])

    def _repr_html_(self) -> str:
        rows = [self._path_row(p) for p in self.trace.paths]
        shown = Table([{k: row[k] for k in ("region", "level", "heading", "steps", "weakest_score",
                                            "regions")} for row in rows], title=self._title())
        return shown._repr_html_()
