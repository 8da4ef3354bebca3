"""The Python twins of the named queries that walk paths: trace_up, trace_down,
document_lineage and neighbourhood. Each gives, from the embedded graph, the rows its .cypher
file gives on Neo4j; the walks follow Cypher's rules (a path never uses a relationship twice,
the shortest chain wins and ties go to the smallest list of node ids).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import Any

from policy_cascades.graph.national import SOURCE as NATIONAL
from policy_cascades.queries.view import Edge, Row, View, asc, level_rank, wanted

MAX_HOPS = 10  # the trace queries' {0,10}
Params = dict[str, Any]
Moves = Callable[[str], list[tuple[Edge, str]]]
Trail = tuple[list[str], list[Edge], int]  # nodes, relationships, IMPLEMENTS steps


def _trails(start: str, moves: Moves, max_steps: int) -> Iterator[Trail]:
    """Every path from `start` of at most MAX_HOPS relationships, none used twice and at most
    `max_steps` of them IMPLEMENTS, that is empty or ends with an IMPLEMENTS."""
    if max_steps < 0:
        return
    nodes: list[str] = [start]
    rels: list[Edge] = []
    used: set[tuple[str, str, str]] = set()

    def walk(steps: int) -> Iterator[Trail]:
        if not rels or rels[-1].type == "IMPLEMENTS":
            yield list(nodes), list(rels), steps
        if len(rels) == MAX_HOPS:
            return
        for edge, nxt in moves(nodes[-1]):
            more = steps + (edge.type == "IMPLEMENTS")
            if edge.key in used or more > max_steps:
                continue
            used.add(edge.key)
            nodes.append(nxt)
            rels.append(edge)
            yield from walk(more)
            used.discard(edge.key)
            nodes.pop()
            rels.pop()

    yield from walk(0)


def _followed(p: Params) -> Callable[[Edge], bool]:
    """The IMPLEMENTS a trace follows: declared ones, and with basis all the inferred ones
    scored at least min_score (graph/trace.py's rule)."""
    basis, floor = p["basis"], p["min_score"]
    return lambda e: e.props.get("basis") == "declared" or (
        basis == "all" and float(e.props.get("score", 1.0)) >= floor)


def _national(v: View, node: str) -> bool:
    return v.is_(node, "Measure") and v.get(node, "source") == NATIONAL


def _bridges(v: View, item: str, newer: bool) -> Iterator[tuple[str, list[str], list[Edge]]]:
    """The theme bridge from a national item: (item)-[ADDRESSES]->(own theme, its heading)
    -[CORRESPONDS_TO]-(other theme)<-[ADDRESSES]-(national item headed by it), towards the
    newer theme (稳就业 -> 保居民就业) or the older; yields (that item, [own, other], edges)."""
    heading = v.get(item, "heading")
    if not _national(v, item) or heading is None:
        return
    for own in v.out(item, "ADDRESSES"):
        if not (v.is_(own.end, "Theme") and v.get(own.end, "name") == heading):
            continue
        links = v.out(own.end, "CORRESPONDS_TO") if newer else v.into(own.end, "CORRESPONDS_TO")
        for corr in links:
            other = corr.end if newer else corr.start
            if not v.is_(other, "Theme"):
                continue
            for back in v.into(other, "ADDRESSES"):
                if _national(v, back.start) and v.get(back.start, "heading") == v.get(other, "name"):
                    yield back.start, [own.end, other], [own, corr, back]


def _node_columns(v: View, node: str) -> Row:
    heading = v.get(node, "heading")
    return {"id": node, "label": v.label(node), "level": v.get(node, "level"),
            "region": v.get(node, "region"), "doc_number": v.get(node, "doc_number"),
            "path": v.get(node, "path"), "heading": heading if heading is not None else v.get(node, "title"),
            "date": v.get(node, "date")}


def _best(chains: list[tuple[tuple[Any, ...], Row]]) -> tuple[Row, int]:
    """The first chain by (steps, length, node ids) and how many chains there are."""
    return min(chains, key=lambda chain: chain[0])[1], len(chains)


def trace_up(v: View, p: Params) -> list[Row]:
    root, depth = p["id"], p["depth"]
    if not (v.is_(root, "Measure") or v.is_(root, "Document")):
        return []
    keep = _followed(p)

    def moves(node: str) -> list[tuple[Edge, str]]:
        return [(e, e.start) for e in v.into(node, "CONTAINS")] + \
            [(e, e.end) for e in v.out(node, "IMPLEMENTS") if keep(e)]

    found: dict[str, list[tuple[tuple[Any, ...], Row]]] = defaultdict(list)
    for nodes, rels, steps in _trails(root, moves, depth):
        ends: list[tuple[str, list[str], list[Edge], int]] = \
            [(nodes[-1], [], [], steps)] if rels else []
        if steps < depth:
            ends += [(origin, [*themes, origin], edges, steps + 1)
                     for origin, themes, edges in _bridges(v, nodes[-1], newer=True)]
        for origin, tail, tail_edges, total in ends:
            if origin == root or not wanted(v.get(origin, "level"), p["levels"]):
                continue
            chain = {"steps": total, "chain": nodes + tail,
                     "edges": [e.brief() for e in rels + tail_edges]}
            found[origin].append(((total, len(rels) + len(tail), nodes + tail), chain))
    rows = []
    for origin, chains in found.items():
        best, paths = _best(chains)
        stub = v.is_(origin, "Document") and not v.get(origin, "in_corpus")
        rows.append({**_node_columns(v, origin), "stub": stub, "steps": best["steps"],
                     "paths": paths, "chain": best["chain"], "edges": best["edges"]})
    rows.sort(key=lambda r: (level_rank(r["level"]), r["steps"], r["id"]))
    return rows[:p["limit"]]


def trace_down(v: View, p: Params) -> list[Row]:
    root, depth = p["id"], p["depth"]
    if not (v.is_(root, "Measure") or v.is_(root, "Document")):
        return []
    keep = _followed(p)

    def moves(node: str) -> list[tuple[Edge, str]]:
        return [(e, e.end) for e in v.out(node, "CONTAINS") if v.is_(e.end, "Measure")] + \
            [(e, e.start) for e in v.into(node, "IMPLEMENTS") if keep(e)]

    found: dict[str, list[tuple[tuple[Any, ...], Row]]] = defaultdict(list)
    for start, lead, lead_edges, bridged in _starts(v, root):
        for nodes, rels, steps in _trails(start, moves, depth - bridged):
            m, total = nodes[-1], steps + bridged
            if m == root or not wanted(v.get(m, "level"), p["levels"]) or (not rels and not bridged):
                continue
            ids = lead + nodes
            chain = {"steps": total, "chain": ids,
                     "edges": [e.brief() for e in lead_edges + rels]}
            found[m].append(((total, len(lead) + len(rels), ids), chain))
    rows = []
    for m, chains in found.items():
        best, paths = _best(chains)
        rows.append({**_node_columns(v, m), "steps": best["steps"], "paths": paths,
                     "chain": best["chain"], "edges": best["edges"]})
    rows.sort(key=lambda r: (r["steps"], level_rank(r["level"]), asc(r["region"]), r["id"]))
    return rows[:p["limit"]]


def _starts(v: View, root: str) -> list[tuple[str, list[str], list[Edge], int]]:
    """Where trace_down's walks begin: the root, and the older national items reached over the
    theme bridge from the root or one of its parts (CONTAINS*0..3), with the way there."""
    starts: list[tuple[str, list[str], list[Edge], int]] = [(root, [], [], 0)]
    stack: list[tuple[list[str], list[Edge]]] = [([root], [])]
    while stack:
        nodes, rels = stack.pop()
        for start, themes, edges in _bridges(v, nodes[-1], newer=False):
            starts.append((start, nodes + themes, rels + edges, 1))
        if len(rels) < 3:
            stack += [(nodes + [e.end], rels + [e]) for e in v.out(nodes[-1], "CONTAINS")]
    return starts


def document_lineage(v: View, p: Params) -> list[Row]:
    doc, depth = p["id"], min(p["depth"], 6)
    if not v.is_(doc, "Document"):
        return []
    ways: list[tuple[str, str, int, list[str], list[str], list[Any]]] = []
    for direction, forward in (("ancestor", True), ("descendant", False)):
        for other, (chain, relations) in _shortest(v, doc, forward, depth).items():
            if v.is_(other, "Document"):
                ways.append((direction, other, len(relations), chain, relations, []))
    for m in v.ids("Measure"):
        for e in v.out(m, "CITES"):
            if v.get(m, "doc_id") == doc and v.is_(e.end, "Document"):
                ways.append(("ancestor", e.end, 1, [doc, e.end], ["CITES"], [v.get(m, "path")]))
            cited_by = v.get(m, "doc_id")
            if e.end == doc and v.is_(cited_by, "Document"):
                ways.append(("descendant", cited_by, 1, [cited_by, doc], ["CITES"],
                             [v.get(m, "path")]))
    ways.sort(key=lambda w: (w[2], w[3]))  # ORDER BY distance, chain (stable: documents first)
    grouped: dict[tuple[str, str], list[Any]] = {}
    for direction, other, distance, chain, relations, paths in ways:
        if other == doc:
            continue
        best = grouped.setdefault((direction, other), [distance, relations, chain, []])
        best[3] += [path for path in paths if path not in best[3]]
    rows = []
    for (direction, other), (distance, relations, chain, paths) in grouped.items():
        rows.append({"direction": direction, "distance": distance, "id": other,
                     "doc_number": v.get(other, "doc_number"), "title": v.get(other, "title"),
                     "level": v.get(other, "level"), "region": v.get(other, "region"),
                     "date": v.get(other, "date"), "stub": not v.get(other, "in_corpus"),
                     "relations": relations, "chain": chain, "measures": paths})
    rows.sort(key=lambda r: (r["direction"], r["distance"], r["stub"], asc(r["date"]), r["id"]))
    return rows[:p["limit"]]


def _shortest(v: View, doc: str, forward: bool, depth: int) -> dict[str, tuple[list[str], list[str]]]:
    """Each node within `depth` IMPLEMENTS|CITES hops of `doc` (along them when `forward`, else
    against): the smallest chain of node ids (citing first) among the shortest, its types."""
    best: dict[str, tuple[list[str], list[str]]] = {doc: ([doc], [])}
    layer = [doc]
    for _ in range(depth):
        reached: dict[str, tuple[list[str], list[str]]] = {}
        for node in layer:
            chain, relations = best[node]
            for e in v.out(node, "IMPLEMENTS", "CITES") if forward else v.into(node, "IMPLEMENTS", "CITES"):
                nxt = e.end if forward else e.start
                if nxt in best:
                    continue
                way = ([*chain, nxt], [*relations, e.type]) if forward else \
                    ([nxt, *chain], [e.type, *relations])
                if nxt not in reached or way[0] < reached[nxt][0]:
                    reached[nxt] = way
        best.update(reached)
        layer = sorted(reached)
    del best[doc]
    return best


def neighbourhood(v: View, p: Params) -> list[Row]:
    center, depth, limit = p["id"], p["depth"], p["limit"]
    if not v.has(center):
        return []
    # OPTIONAL MATCH: when it finds nothing, Cypher collects one null neighbour
    found = _rings(v, center, min(depth, 3)) or [(None, None)]
    kept = found[:limit]
    shown = [center] + [node for node, _ in kept]
    relationships = [e.json() for a in shown if a is not None
                     for e, b in v.around(a) if e.start == a and b in shown]
    rings = [[node for node, d in kept if d == ring] for ring in range(1, depth + 1)]
    return [{"center": v.json(center), "nodes": [None if n is None else v.json(n) for n in shown],
             "relationships": relationships, "rings": [ring for ring in rings if ring],
             "truncated": len(found) > limit}]


def _rings(v: View, center: str, depth: int) -> list[tuple[Any, Any]]:
    """The nodes within `depth` undirected hops, nearest first then by id, each with its
    distance; the center itself too when a path of distinct relationships returns to it."""
    distance = {center: 0}
    layer = [center]
    for hop in range(1, depth + 1):
        layer = sorted({b for a in layer for _, b in v.around(a)} - set(distance))
        distance.update((node, hop) for node in layer)
    found = sorted(((node, d) for node, d in distance.items() if node != center),
                   key=lambda pair: (pair[1], pair[0]))
    back = _return_length(v, center)
    if back is not None and back <= depth:
        found = sorted([*found, (center, back)], key=lambda pair: (pair[1], pair[0]))
    return found


def _return_length(v: View, center: str) -> int | None:
    """The fewest distinct relationships on a walk from the center back to it (at most 3)."""
    around = v.around(center)
    if any(b == center for _, b in around):
        return 1
    ends = [b for _, b in around]
    if len(ends) != len(set(ends)):  # two relationships between the center and one node
        return 2
    near = set(ends)
    if any(b in near and b != a for a in near for _, b in v.around(a)):
        return 3
    return None
