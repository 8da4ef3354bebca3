"""The linker's inferred measure links scored against a synthetic corpus's truth.

Every inferred IMPLEMENTS between two measures that the linker emitted is counted. Each is
one of: the child's true parent (direct, a row of truth.jsonl with op copy, adapt or merge);
a true ancestor further up the chain (a county copy of a city copy of a province item carries
out the province item too; DESIGN.md's IMPLEMENTS means that); a national item of the
theme the child's section is about (topical: the seed judgements count these as true, the
generator's truth does not); or false. Precision is given strictly (direct and ancestors)
and with topical links; recall is of the direct parents, over all measures that have one
(sections and sub-plans carry out the parent's section or the national item) and over items,
and per operation: what a synthetic copy gives away is not what an adaptation does.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from policy_cascades.graph.model import Label, RelType, Subgraph
from policy_cascades.graph.national import SOURCE as NATIONAL


def read_truth(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]


def emitted_links(graph: Subgraph) -> dict[tuple[str, str], str]:
    """(child, parent) -> method, of every inferred IMPLEMENTS between measures."""
    measures = {i for i, n in graph.nodes.items() if n.label == Label.MEASURE}
    return {(r.start, r.end): str(r.props.get("method", "")) for r in graph.relationships.values()
            if r.type == RelType.IMPLEMENTS and r.props.get("basis") == "inferred"
            and r.start in measures and r.end in measures}


def score(graph: Subgraph, truth: list[dict[str, Any]]) -> dict[str, float]:
    """Links emitted, true pairs, precision (strict, with topical, and strict per linking
    method) and recall (all, items, per operation), and the share of emitted links of each
    kind."""
    methods = emitted_links(graph)
    emitted = set(methods)
    direct = {(r["child"]["id"], r["parent"]["id"]): r for r in truth if r["parent"]}
    lineage = _closure(direct)
    theme = {r["child"]["id"]: r.get("theme") for r in truth}
    national = {i: n.props.get("heading") for i, n in graph.nodes.items()
                if n.label == Label.MEASURE and n.props.get("source") == NATIONAL}
    kind_of = {p: "direct" if p in direct else "ancestor" if p in lineage
               else "topical" if national.get(p[1]) is not None and national[p[1]] == theme.get(p[0])
               else "false" for p in emitted}
    kinds = Counter(kind_of.values())
    n = max(len(emitted), 1)
    out: dict[str, float] = {"emitted": len(emitted), "true": len(direct),
                             "precision": (kinds["direct"] + kinds["ancestor"]) / n,
                             "precision_topical": (len(emitted) - kinds["false"]) / n}
    out.update({f"share_{k}": kinds[k] / n for k in ("direct", "ancestor", "topical", "false")})
    for method in sorted(set(methods.values())):  # each way the linker links, on its own
        mine = [kind_of[p] for p, m in methods.items() if m == method]
        out[f"method_{method}"] = len(mine)
        out[f"precision_{method}"] = sum(k in ("direct", "ancestor") for k in mine) / len(mine)
    kind = {r["child"]["id"]: r["kind"] for r in truth}
    for name, kinds_kept in (("all", ("plan", "section", "item")), ("items", ("item",))):
        wanted = {p for p in direct if kind.get(p[0]) in kinds_kept}
        out[f"recall_{name}"] = len(emitted & wanted) / len(wanted) if wanted else 0.0
    found = Counter(direct[p]["op"] for p in emitted if p in direct)
    for op, total in Counter(r["op"] for r in direct.values()).items():
        out[f"recall_{op}"] = found[op] / total
    return out


def _closure(direct: dict[tuple[str, str], Any]) -> set[tuple[str, str]]:
    """Every (measure, ancestor) pair of the true lineage."""
    parents: dict[str, set[str]] = {}
    for child, parent in direct:
        parents.setdefault(child, set()).add(parent)
    out: set[tuple[str, str]] = set()
    for child in parents:
        stack, seen = list(parents[child]), set()
        while stack:
            current = stack.pop()
            if current not in seen:
                seen.add(current)
                stack.extend(parents.get(current, ()))
        out.update((child, ancestor) for ancestor in seen)
    return out
