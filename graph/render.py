"""A trace as text: an indented tree for the terminal, Mermaid and Graphviz for papers.

Pure functions of a Trace (graph/trace.py); the CLI writes what they return.
"""

from __future__ import annotations

from collections.abc import Callable

from graph.model import Node, Relationship, RelType
from graph.trace import Trace

LEVELS = ("national", "provincial", "municipal", "county")
COLOURS = {"national": "red", "provincial": "yellow", "municipal": "green", "county": "cyan"}
FILL = {"national": "#fde2e1", "provincial": "#fff4cc", "municipal": "#e3f4e1", "county": "#e1eefc",
        None: "#eeeeee"}


def label(node: Node) -> str:
    """区域 文号#path heading, or a theme's name, or a document's 文号 / title."""
    props = node.props
    if "path" in props:
        doc = props.get("doc_number") or f"{str(props.get('doc_id', '')).split(':')[-1][:8]}({props.get('date')})"
        return f"{props.get('region')} {doc}#{props['path']} {str(props.get('heading', ''))[:24]}"
    if "title" in props:
        return f"{props.get('region') or ''} {props.get('doc_number') or props['title'][:24]}".strip()
    return str(props.get("name") or node.id)


def edge_note(rel: Relationship) -> str:
    if rel.type == RelType.CONTAINS:
        return "contains"
    if rel.type == RelType.IMPLEMENTS:
        score = rel.props.get("score")
        return f"{rel.props.get('basis', '')} {score:.2f}" if isinstance(score, float) else str(rel.props.get("basis", ""))
    return rel.type.value.lower()


def tree(trace: Trace, color: bool = False, style: Callable[..., str] | None = None) -> str:
    """The paths of a trace merged into one indented tree; each line says how it is reached."""
    paint = style if (color and style) else (lambda text, **_: text)
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    notes: dict[tuple[str, ...], str] = {}
    for path in trace.paths:
        branch = root
        steps = _steps(path.nodes, path.relationships)
        for depth, (node_id, note) in enumerate(steps):
            branch = branch.setdefault(node_id, {})
            notes[tuple(n for n, _ in steps[: depth + 1])] = note
    lines = [paint(label(trace.root), bold=True)]

    def walk(branch: dict, prefix: tuple[str, ...], indent: str) -> None:  # type: ignore[type-arg]
        items = sorted(branch.items())
        for index, (node_id, children) in enumerate(items):
            last = index == len(items) - 1
            node = trace.nodes.get(node_id)
            text = label(node) if node else node_id
            level = node.props.get("level") if node else None
            note = notes.get((*prefix, node_id), "")
            lines.append(f"{indent}{'└─' if last else '├─'} {paint(text, fg=COLOURS.get(str(level)))}"
                         f"  [{note}]")
            walk(children, (*prefix, node_id), indent + ("   " if last else "│  "))

    first = next(iter(root), None)
    walk(root.get(first, {}) if first == trace.root.id else root, (trace.root.id,), "")
    return "\n".join(lines)


def _steps(nodes: list[str], rels: list[Relationship]) -> list[tuple[str, str]]:
    """(node, how it was reached) along a path; the root has no note."""
    between = {frozenset((r.start, r.end)): r for r in rels}
    out = [(nodes[0], "")]
    for previous, current in zip(nodes, nodes[1:], strict=False):
        rel = between.get(frozenset((previous, current)))
        out.append((current, edge_note(rel) if rel else ""))
    return out


def mermaid(trace: Trace) -> str:
    """A Mermaid flowchart, a subgraph per level; inferred links dashed, declared solid."""
    ids = {node_id: f"n{index}" for index, node_id in enumerate(sorted(trace.nodes))}
    lines = ["flowchart LR"]
    for level in (*LEVELS, None):
        members = [n for n in trace.nodes.values() if n.props.get("level") == level]
        if not members:
            continue
        lines.append(f"  subgraph {level or 'themes'}")
        lines.extend(f'    {ids[n.id]}["{_quote(label(n))}"]' for n in sorted(members, key=lambda n: n.id))
        lines.append("  end")
    for rel in _edges(trace):
        arrow = "-.->" if rel.props.get("basis") == "inferred" else "-->"
        if rel.type == RelType.CONTAINS:
            arrow = "--o"
        lines.append(f'  {ids[rel.start]} {arrow}|"{_quote(edge_note(rel))}"| {ids[rel.end]}')
    return "\n".join(lines) + "\n"


def dot(trace: Trace) -> str:
    """A Graphviz digraph: one rank per level, nodes filled by level, inferred edges dashed."""
    ids = {node_id: f"n{index}" for index, node_id in enumerate(sorted(trace.nodes))}
    lines = ["digraph cascade {", "  rankdir=LR;", '  node [shape=box, style="rounded,filled", fontname="sans-serif"];']
    for level in (*LEVELS, None):
        members = sorted((n for n in trace.nodes.values() if n.props.get("level") == level), key=lambda n: n.id)
        if not members:
            continue
        lines.append("  { rank=same;")
        lines.extend(f'    {ids[n.id]} [label="{_quote(label(n))}", fillcolor="{FILL[level]}"];' for n in members)
        lines.append("  }")
    for rel in _edges(trace):
        style = "dashed" if rel.props.get("basis") == "inferred" else "dotted" if rel.type == RelType.CONTAINS else "solid"
        lines.append(f'  {ids[rel.start]} -> {ids[rel.end]} [label="{_quote(edge_note(rel))}", style={style}];')
    lines.append("}")
    return "\n".join(lines) + "\n"


def _edges(trace: Trace) -> list[Relationship]:
    seen: dict[tuple[str, str, str], Relationship] = {}
    for path in trace.paths:
        for rel in path.relationships:
            if rel.start in trace.nodes and rel.end in trace.nodes:
                seen.setdefault(rel.key, rel)
    return [seen[k] for k in sorted(seen)]


def _quote(text: str) -> str:
    return text.replace('"', "'").replace("\n", " ")


FORMATS = {"mermaid": mermaid, "dot": dot}
