"""A trace as text: an indented tree for the terminal, Mermaid and Graphviz for papers.

Pure functions of a Trace (graph/trace.py); the CLI writes what they return. The three
share one reading of a trace: its paths as steps in cascade order (the directive first,
the local action last, whichever way the trace was walked), the two themes of a 六保 <-> 六稳
bridge folded into one step, so that every node drawn is a measure or a document with a level.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from policy_cascades.graph.model import Label, Node, Relationship, RelType
from policy_cascades.graph.trace import Trace

LEVELS = ("national", "provincial", "municipal", "county")
COLOURS = {"national": "red", "provincial": "yellow", "municipal": "blue", "county": "green"}
FILL = {"national": "#fde2e1", "provincial": "#fff1c2", "municipal": "#dcebfa", "county": "#dff3e3"}
STROKE = {"national": "#c0392b", "provincial": "#b7950b", "municipal": "#2471a3", "county": "#1e8449"}
HEADING_CHARS = 24
TITLE_CHARS = 10
Style = Callable[..., str]


@dataclass(frozen=True)
class Step:
    """One edge of the cascade as drawn: `parent` above, `child` below it."""

    parent: str
    child: str
    kind: str  # declared, inferred, contains, bridge, or a relationship type in lower case
    note: str  # what the edge says: "IMPLEMENTS inferred 0.83", "contains", "theme 保居民就业 ⇄ 稳就业"
    rel: Relationship | None  # None for a bridge


def label(node: Node) -> str:
    """区域 文号#path heading for a measure, 区域 文号 (or title) for a document, else a name.

    Example:
        >>> from policy_cascades.graph.model import Label
        >>> label(Node(id="doc:周政字〔2020〕8号#三.(一).15", label=Label.MEASURE, props={
        ...     "region": "周村区", "doc_number": "周政字〔2020〕8号", "path": "三.(一).15",
        ...     "heading": "保障复产企业用工"}))
        '周村区 周政字〔2020〕8号#三.(一).15 保障复产企业用工'
    """
    props = node.props
    if node.label == Label.MEASURE or "path" in props:
        heading = str(props.get("heading") or "")
        heading = heading if len(heading) <= HEADING_CHARS else heading[: HEADING_CHARS - 1] + "…"
        return f"{props.get('region') or ''} {doc_ref(props)}#{props.get('path', '')} {heading}".strip()
    if node.label == Label.DOCUMENT:
        return f"{props.get('region') or ''} {props.get('doc_number') or short_title(str(props.get('title', '')))}".strip()
    return str(props.get("name") or node.id)


def doc_ref(props: dict[str, object]) -> str:
    """How a measure names its document: the 文号, else a short title (and, for a national
    document, its date: two 中央政治局会议 differ only by it).

    Example:
        >>> doc_ref({"doc_id": "doc:中国:政府工作报告", "date": "2020-05-22"})
        '政府工作报告(2020-05-22)'
    """
    if props.get("doc_number"):
        return str(props["doc_number"])
    title = short_title(str(props.get("doc_id", "")).split(":", 2)[-1])
    national = props.get("level") == "national" or str(props.get("doc_id", "")).startswith("doc:中国:")
    return f"{title}({props['date']})" if national and props.get("date") else title


def short_title(title: str) -> str:
    """A title without 关于印发 … 的通知 and cut to TITLE_CHARS.

    Example:
        >>> short_title("关于印发淄博市六保三促工作方案修订版的通知")
        '淄博市六保三促工作…'
    """
    title = re.sub(r"^(关于印发|印发|关于)", "", title)
    title = re.sub(r"(的通知|的意见|的若干意见)$", "", title) or title
    return title if len(title) <= TITLE_CHARS else title[: TITLE_CHARS - 1] + "…"


def level_of(node: Node | None) -> str | None:
    level = node.props.get("level") if node is not None else None
    return str(level) if level in LEVELS else None


# -- the steps ----------------------------------------------------------------------------


def chains(trace: Trace) -> list[list[Step]]:
    """Each path as its steps, in cascade order (the directive first), bridges folded."""
    out = []
    for path in trace.paths:
        between = {frozenset((r.start, r.end)): r for r in path.relationships}
        kept = [n for n in path.nodes if not _is_theme(trace, n)]
        steps = []
        for a, b in zip(kept, kept[1:], strict=False):
            rel = between.get(frozenset((a, b)))
            if rel is None:  # themes stood between them: a 六保 <-> 六稳 bridge
                i, j = path.nodes.index(a), path.nodes.index(b)
                themes = [str(trace.nodes[t].props.get("name", t)) if t in trace.nodes else t
                          for t in path.nodes[i + 1:j]]
                parent, child = (a, b) if trace.direction == "down" else (b, a)
                steps.append(Step(parent, child, "bridge", "theme " + " ⇄ ".join(themes), None))
            else:
                parent, child = (a, b) if trace.direction == "down" else (b, a)
                steps.append(Step(parent, child, _kind(rel), edge_note(rel), rel))
        out.append(steps if trace.direction == "down" else steps[::-1])
    return out


def edges(trace: Trace) -> list[Step]:
    """Every distinct step of the trace, by (parent, child)."""
    seen: dict[tuple[str, str], Step] = {}
    for steps in chains(trace):
        for step in steps:
            seen.setdefault((step.parent, step.child), step)
    return [seen[k] for k in sorted(seen)]


def edge_note(rel: Relationship) -> str:
    """IMPLEMENTS declared, IMPLEMENTS inferred 0.83, contains, …"""
    if rel.type == RelType.CONTAINS:
        return "contains"
    if rel.type == RelType.IMPLEMENTS:
        score = rel.props.get("score")
        basis = rel.props.get("basis", "")
        return f"IMPLEMENTS {basis} {score:.2f}" if isinstance(score, float) else f"IMPLEMENTS {basis}"
    return rel.type.value


def _kind(rel: Relationship) -> str:
    if rel.type == RelType.CONTAINS:
        return "contains"
    if rel.type == RelType.IMPLEMENTS:
        return "declared" if rel.props.get("basis") == "declared" else "inferred"
    return rel.type.value.lower()


def _is_theme(trace: Trace, node_id: str) -> bool:
    node = trace.nodes.get(node_id)
    return node is not None and node.label == Label.THEME


# -- tree ---------------------------------------------------------------------------------


def tree(trace: Trace, color: bool = False, style: Style | None = None) -> str:
    """The trace as an indented tree from its root, shared beginnings of paths merged.

    Each line is a node, coloured by level when `color` (with `style`, click.style by
    default), then the step that reached it: [IMPLEMENTS inferred 0.83], [contains] …
    """
    if color and style is None:
        import click

        style = click.style
    paint: Style = style if (color and style) else (lambda text, **_: text)
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    notes: dict[tuple[str, ...], str] = {}
    for path in trace.paths:
        kept = [n for n in path.nodes if not _is_theme(trace, n)]
        steps = _walked_notes(trace, path.nodes, path.relationships)
        branch = root
        for depth, node_id in enumerate(kept):
            branch = branch.setdefault(node_id, {})
            notes[tuple(kept[: depth + 1])] = steps.get(node_id, "")
    lines = [paint(label(trace.root), fg=COLOURS.get(str(level_of(trace.root))), bold=True)]

    def walk(branch: dict, prefix: tuple[str, ...], indent: str) -> None:  # type: ignore[type-arg]
        items = list(branch.items())
        for index, (node_id, children) in enumerate(items):
            last = index == len(items) - 1
            node = trace.nodes.get(node_id)
            text = paint(label(node) if node else node_id, fg=COLOURS.get(str(level_of(node))))
            note = notes.get((*prefix, node_id), "")
            lines.append(f"{indent}{'└─' if last else '├─'} {text}  {paint(f'[{note}]', dim=True)}")
            walk(children, (*prefix, node_id), indent + ("   " if last else "│  "))

    walk(root.get(trace.root.id, {}), (trace.root.id,), "")
    return "\n".join(lines)


def _walked_notes(trace: Trace, nodes: list[str], rels: list[Relationship]) -> dict[str, str]:
    """For each node of a path but the first: how the walk reached it (bridges folded)."""
    between = {frozenset((r.start, r.end)): r for r in rels}
    notes: dict[str, str] = {}
    themes: list[str] = []
    previous = nodes[0]
    for current in nodes[1:]:
        if _is_theme(trace, current):
            themes.append(str(trace.nodes[current].props.get("name", current)))
            continue
        rel = between.get(frozenset((previous, current)))
        notes[current] = edge_note(rel) if rel is not None else "theme " + " ⇄ ".join(themes)
        previous, themes = current, []
    return notes


# -- diagrams -----------------------------------------------------------------------------


def _ids(trace: Trace) -> dict[str, str]:
    drawn = sorted(n for n in trace.nodes if not _is_theme(trace, n))
    return {node_id: f"n{index}" for index, node_id in enumerate(drawn)}


def _by_level(trace: Trace, ids: dict[str, str]) -> list[tuple[str, list[Node]]]:
    groups: list[tuple[str, list[Node]]] = []
    for level in (*LEVELS, None):
        members = [trace.nodes[n] for n in ids if level_of(trace.nodes[n]) == level]
        if members:
            groups.append((level or "other", members))
    return groups


def mermaid(trace: Trace) -> str:
    """A Mermaid flowchart: a subgraph per level, nodes filled by level; declared links solid,
    inferred ones dashed (-.->) with their score, CONTAINS and theme bridges thin and grey."""
    ids = _ids(trace)
    lines = ["flowchart LR"]
    for level, members in _by_level(trace, ids):
        lines.append(f'  subgraph lv_{level}["{level}"]')
        lines.extend(f'    {ids[n.id]}["{_mermaid_text(label(n))}"]' for n in members)
        lines.append("  end")
    light: list[int] = []
    for index, step in enumerate(edges(trace)):
        arrow = {"inferred": "-.->", "bridge": "-.-"}.get(step.kind, "-->")
        note = step.note.replace("IMPLEMENTS ", "")
        lines.append(f'  {ids[step.parent]} {arrow}|"{_mermaid_text(note)}"| {ids[step.child]}')
        if step.kind in ("contains", "bridge"):
            light.append(index)
    for level in LEVELS:
        lines.append(f"  classDef {level} fill:{FILL[level]},stroke:{STROKE[level]}")
    for level, members in _by_level(trace, ids):
        if level in LEVELS:
            lines.append(f"  class {','.join(ids[n.id] for n in members)} {level}")
    if light:
        lines.append(f"  linkStyle {','.join(map(str, light))} stroke:#bbbbbb,stroke-width:1px")
    return "\n".join(lines) + "\n"


def dot(trace: Trace) -> str:
    """A Graphviz digraph, left to right: one rank=same group per level, nodes filled by level;
    inferred edges dashed with their score, CONTAINS and theme bridges thin and grey."""
    ids = _ids(trace)
    lines = ["digraph cascade {", "  rankdir=LR;", "  newrank=true;",
             '  node [shape=box, style="rounded,filled", fontname="Noto Sans CJK SC", fontsize=10];',
             '  edge [fontname="Noto Sans CJK SC", fontsize=8];']
    for level, members in _by_level(trace, ids):
        lines.append(f"  {{ rank=same; // {level}")
        lines.extend(f'    {ids[n.id]} [label="{_dot_text(label(n))}", fillcolor="{FILL.get(level, "#eeeeee")}", '
                     f'color="{STROKE.get(level, "#999999")}", tooltip="{_dot_text(n.id)}"];' for n in members)
        lines.append("  }")
    for step in edges(trace):
        attrs = {"declared": 'style=solid, penwidth=1.6',
                 "inferred": 'style=dashed', "contains": 'color="#bbbbbb", arrowhead=none',
                 "bridge": 'style=dotted, color="#8e44ad"'}.get(step.kind, "style=solid")
        lines.append(f'  {ids[step.parent]} -> {ids[step.child]} [label="{_dot_text(step.note)}", {attrs}];')
    lines.append("}")
    return "\n".join(lines) + "\n"


def _mermaid_text(text: str) -> str:
    """Text inside a quoted Mermaid label: quotes as entities, and a # that would start an
    entity (#word;) escaped as #35;."""
    text = re.sub(r"#(?=\w+;)", "#35;", text.replace("\n", " "))
    return text.replace('"', "#quot;")


def _dot_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")


FORMATS: dict[str, Callable[[Trace], str]] = {"mermaid": mermaid, "dot": dot}
