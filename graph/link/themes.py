"""Themes: 六稳 items tied to the 六保 items they grew into, and themes inferred from a measure's words.

A heading that names a theme gives an explicit ADDRESSES (graph/build.py). Here every other
measure is scored against each theme's keywords (themes.json): heading hits count double,
and the score saturates, 1 - exp(-hits / 3). The best theme of each family is kept when it
reaches INFER_MIN.
"""

from __future__ import annotations

import math

from policy_cascades.graph.ids import theme_id
from policy_cascades.graph.model import Label, Node, Relationship, RelType, Subgraph
from policy_cascades.graph.reader import GraphReader, nodes_labelled, reader
from policy_cascades.loaders.gazetteer import themes

INFER_MIN = 0.6
_ADDRESSES = (RelType.ADDRESSES,)


def correspondences() -> Subgraph:
    """Theme nodes for the whole vocabulary and CORRESPONDS_TO from 六稳 to 六保."""
    out = Subgraph()
    for theme in themes():
        out.add_node(Node(id=theme_id(theme.name), label=Label.THEME,
                          props={"name": theme.name, "family": theme.family}))
    for theme in themes():
        for target in theme.corresponds_to:
            out.add_rel(Relationship(type=RelType.CORRESPONDS_TO, start=theme_id(theme.name),
                                     end=theme_id(target), props={"source": "themes.json"}))
    return out


def theme_scores(heading: str, text: str) -> dict[str, float]:
    """Keyword evidence for each theme, 0..1."""
    scores = {}
    for theme in themes():
        hits = sum(2 * heading.count(k) + text.count(k) for k in theme.keywords)
        if hits:
            scores[theme.name] = 1 - math.exp(-hits / 3)
    return scores


def infer_themes(graph: Subgraph | GraphReader) -> Subgraph:
    """ADDRESSES {basis: inferred, score} for measures whose words point to a theme (the graph
    a Subgraph, or a store's rows read measure by measure)."""
    out = Subgraph()
    read = reader(graph)
    family = {t.name: t.family for t in themes()}
    for node_id in nodes_labelled(read, Label.MEASURE):
        node = read.node(node_id)
        if node is None or node.props.get("kind") == "plan":
            continue
        scores = theme_scores(node.props.get("heading", ""), node.props.get("text", ""))
        best: dict[str, tuple[float, str]] = {}
        for name, score in scores.items():
            if score > best.get(family[name], (0.0, ""))[0]:
                best[family[name]] = (score, name)
        explicit = {rel.end for rel in read.rels(node_id, True, _ADDRESSES)} if best else set()
        for score, name in best.values():
            if score < INFER_MIN or theme_id(name) in explicit:
                continue
            out.add_rel(Relationship(type=RelType.ADDRESSES, start=node.id, end=theme_id(name), props={
                "basis": "inferred", "score": round(score, 3), "method": "keywords",
                "source": node.props.get("source"), "line": node.props.get("line")}))
    return out
