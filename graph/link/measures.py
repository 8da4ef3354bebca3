"""Measure lineage: which measures of the levels above a measure it carries out.

Candidates are blocked by region ancestry: a 周村区 measure is compared only with measures of
淄博市, 山东省 and the national level, through one inverted index per region, so the cost
grows with the corpus, not with its square. The TOP_K nearest candidates of each ancestor
region are scored on (WEIGHTS)

    0.30 text (bigram TF-IDF cosine) + 0.10 heading cosine + 0.35 shared phrases (4-grams)
    + 0.05 same agency system + 0.10 same theme + 0.10 the child's document declares it
    carries out the parent's,

and up to MAX_PER_LEVEL candidates of each level that reach THRESHOLD (and RATIO of the
level's best) become IMPLEMENTS — or SIMILAR_TO when the parent was issued after the child
(upward diffusion). A heading that names a theme (保居民就业工作方案, 以政策落实为重点稳就业)
links its measure to the national item of that theme; an item that addresses a theme not
named above it links there too, at THEME_WEIGHT times its theme score.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from graph.link.reinvention import reinvention
from graph.link.text import InvertedIndex, TfIdf, cosine, ngrams, shared_phrases
from graph.model import Label, Node, Relationship, RelType, Subgraph
from graph.national import SOURCE as NATIONAL
from loaders.gazetteer import gazetteer

# Chosen on tests/linking/measure_pairs.json (see BENCHMARKS.md for the grid and a held-out check).
THRESHOLD = 0.21
WEIGHTS = {"text": 0.30, "heading": 0.10, "phrase": 0.35, "system": 0.05, "theme": 0.10, "declared": 0.10}
PHRASE, PHRASE_FULL = 4, 10  # shared 4-grams; 10 of them (a 13-character phrase) count fully
TOP_K = 15
MAX_PER_LEVEL, RATIO = 3, 0.7  # a child may carry out several parents of one level
THEME_WEIGHT = 0.8  # an inferred theme links to its national item at 0.8 x its score
_ROLES = {RelType.LEADS, RelType.SUPPORTS, RelType.RESPONSIBLE_FOR}


@dataclass
class _Facts:
    """What the linker needs to know about the graph, read once."""

    measures: dict[str, Node] = field(default_factory=dict)
    systems: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    themes: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    explicit_own: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    agencies: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    has_parts: set[str] = field(default_factory=set)
    containers: dict[str, list[str]] = field(default_factory=dict)  # measure -> enclosing measures
    points: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    theme_score: dict[tuple[str, str], float] = field(default_factory=dict)

    @classmethod
    def of(cls, graph: Subgraph) -> _Facts:
        facts = cls()
        facts.measures = {n.id: n for n in graph.nodes.values() if n.label == Label.MEASURE}
        for rel in graph.relationships.values():
            if rel.type in _ROLES and rel.end in facts.measures:
                agency = graph.nodes[rel.start]
                facts.agencies[rel.end] += 1
                if agency.props.get("system"):
                    facts.systems[rel.end].add(agency.props["system"])
            elif rel.type == RelType.ADDRESSES and rel.start in facts.measures:
                name = graph.nodes[rel.end].props["name"]
                facts.themes[rel.start].add(name)
                facts.theme_score[(rel.start, name)] = float(rel.props.get("score", 1.0))
                heading = facts.measures[rel.start].props.get("heading", "")
                if rel.props.get("basis") == "explicit" and rel.props.get("evidence") == heading:
                    facts.explicit_own[rel.start].add(name)
            elif rel.type == RelType.CONTAINS and rel.start in facts.measures:
                facts.has_parts.add(rel.start)
                if facts.measures[rel.end].props.get("kind") == "point":
                    facts.points[rel.start].append(rel.end)
        parent = {r.end: r.start for r in graph.relationships.values()
                  if r.type == RelType.CONTAINS and r.start in facts.measures}
        for node_id in facts.measures:
            chain, current = [], parent.get(node_id)
            while current is not None:
                chain.append(current)
                current = parent.get(current)
            facts.containers[node_id] = chain
        return facts


def link_measures(graph: Subgraph, declared: dict[str, set[str]]) -> Subgraph:
    """IMPLEMENTS and SIMILAR_TO between measures of different levels."""
    facts = _Facts.of(graph)
    out = Subgraph()
    _link_by_text(facts, declared, out)
    _link_by_named_theme(facts, declared, out)
    return out


# -- text ---------------------------------------------------------------------------------


def _is_child(node: Node) -> bool:
    props = node.props
    if props.get("source") == NATIONAL:
        return False
    return props.get("kind") == "item" or (props.get("kind") == "section" and len(props.get("text", "")) >= 30)


def _is_parent(node: Node) -> bool:
    return node.props.get("kind") in ("item", "section") and len(
        node.props.get("text", "") + node.props.get("heading", "")) >= 8


class Scorer:
    """The features and score of a (child, parent) pair; built once per graph."""

    def __init__(self, facts: _Facts, declared: dict[str, set[str]]) -> None:
        self.facts = facts
        nodes = facts.measures
        self.body = TfIdf({i: _body(i, facts) for i in nodes})
        self.heads = TfIdf({i: n.props.get("heading", "") for i, n in nodes.items()})
        self.grams = {i: set(ngrams(_body(i, facts), PHRASE)) for i in nodes}
        self.closure = _closure(declared)

    def features(self, child: str, parent: str) -> dict[str, float]:
        c, p = self.facts.measures[child].props, self.facts.measures[parent].props
        return {
            "text": cosine(self.body.vectors[child], self.body.vectors[parent]),
            "heading": cosine(self.heads.vectors[child], self.heads.vectors[parent]),
            "phrase": min(1.0, len(self.grams[child] & self.grams[parent]) / PHRASE_FULL),
            "system": 1.0 if self.facts.systems[child] & self.facts.systems[parent] else 0.0,
            "theme": 1.0 if self.facts.themes[child] & self.facts.themes[parent] else 0.0,
            "declared": 1.0 if p.get("doc_id") in self.closure.get(c.get("doc_id", ""), set()) else 0.0,
        }

    def score(self, parts: dict[str, float]) -> float:
        return sum(WEIGHTS[k] * v for k, v in parts.items())


def _body(node_id: str, facts: _Facts) -> str:
    """Heading twice, text, and the text of the points an item holds (6.加大金融服务力度 (1)…)."""
    props = facts.measures[node_id].props
    points = "".join(facts.measures[p].props.get("text", "") for p in facts.points.get(node_id, []))
    return f"{props.get('heading', '')}{props.get('heading', '')}{props.get('text', '')}{points}"


def _link_by_text(facts: _Facts, declared: dict[str, set[str]], out: Subgraph) -> None:
    places = gazetteer()
    nodes = facts.measures
    scorer = Scorer(facts, declared)
    body = scorer.body
    parents_by_region: dict[str, list[str]] = defaultdict(list)
    for node_id, node in nodes.items():
        if _is_parent(node):
            parents_by_region[node.props.get("region", "")].append(node_id)
    indexes = {region: InvertedIndex({i: body.vectors[i] for i in ids})
               for region, ids in parents_by_region.items()}
    for child_id, child in nodes.items():
        if not _is_child(child) or child_id in facts.has_parts and child.props.get("kind") == "section":
            continue
        region = child.props.get("region", "")
        for ancestor in places.path(region)[1:]:
            index = indexes.get(ancestor)
            if index is None:
                continue
            scored = []
            for parent_id, _ in index.top(body.vectors[child_id], TOP_K):
                parts = scorer.features(child_id, parent_id)
                scored.append((scorer.score(parts), parent_id, parts))
            if not scored:
                continue
            top = max(s for s, _, _ in scored)
            for score, parent_id, parts in sorted(scored, key=lambda x: (-x[0], x[1]))[:MAX_PER_LEVEL]:
                if score >= THRESHOLD and score >= RATIO * top:
                    _add_link(out, facts, child_id, parent_id, score, parts, method="tfidf+features")


def _closure(declared: dict[str, set[str]]) -> dict[str, set[str]]:
    """Every document a document carries out, directly or through others."""
    out: dict[str, set[str]] = {}
    for doc in declared:
        seen: set[str] = set()
        stack = list(declared[doc])
        while stack:
            current = stack.pop()
            if current not in seen:
                seen.add(current)
                stack.extend(declared.get(current, ()))
        out[doc] = seen
    return out


# -- named themes -------------------------------------------------------------------------


def _link_by_named_theme(facts: _Facts, declared: dict[str, set[str]], out: Subgraph) -> None:
    """A measure whose heading names a theme carries out the national item of that theme;
    so does an item that addresses a theme (explicitly under such a heading, or inferred)."""
    national: dict[str, list[tuple[str, str]]] = defaultdict(list)  # theme -> [(date, id)]
    for node_id, node in facts.measures.items():
        heading = node.props.get("heading")
        if node.props.get("source") == NATIONAL and heading in facts.explicit_own[node_id]:
            national[heading].append((node.props.get("date") or "", node_id))  # 六保.1 保居民就业
    closure = _closure(declared)
    for node_id, node in facts.measures.items():
        if node.props.get("source") == NATIONAL:
            continue
        named_above = set().union(*(facts.explicit_own[c] for c in facts.containers.get(node_id, [])))
        named = facts.explicit_own[node_id] - named_above
        addressed = facts.themes[node_id] - named - named_above if _is_child(node) else set()
        for theme in sorted(named | addressed):
            options = sorted(national.get(theme, []))
            if not options:
                continue
            date = node.props.get("date") or ""
            before = [o for o in options if o[0] <= date]
            _, parent_id = before[-1] if before else options[0]
            parent_doc = facts.measures[parent_id].props.get("doc_id")
            parts = {"declared": 1.0 if parent_doc in closure.get(node.props.get("doc_id", ""), set()) else 0.0}
            score = 1.0 if theme in named else facts.theme_score.get((node_id, theme), 0.0) * THEME_WEIGHT
            if score < THRESHOLD:
                continue
            _add_link(out, facts, node_id, parent_id, score, parts,
                      method="named-theme" if theme in named else "theme",
                      evidence=[node.props.get("heading", "")] if theme in named else [theme])


# -- edges --------------------------------------------------------------------------------


def _add_link(out: Subgraph, facts: _Facts, child_id: str, parent_id: str, score: float,
              parts: dict[str, float], method: str, evidence: list[str] | None = None) -> None:
    child, parent = facts.measures[child_id].props, facts.measures[parent_id].props
    later = (parent.get("date") or "") > (child.get("date") or "")
    rel_type = RelType.SIMILAR_TO if later else RelType.IMPLEMENTS
    basis = "declared" if parts.get("declared") and not later else "inferred"
    found = reinvention(child, parent, score, facts.agencies[child_id])
    out.add_rel(Relationship(type=rel_type, start=child_id, end=parent_id, props={
        "basis": basis, "score": round(score, 3), "method": method,
        "evidence": evidence if evidence is not None else shared_phrases(
            f"{child.get('heading', '')}。{child.get('text', '')}",
            f"{parent.get('heading', '')}。{parent.get('text', '')}"),
        "features": [f"{k}={v:.2f}" for k, v in sorted(parts.items())],
        "child_date": child.get("date"), "parent_date": parent.get("date"),
        "verbatim_share": found.verbatim_share, "similarity": found.similarity,
        "reinvention": found.reinvention, "adds": found.adds,
    }))
