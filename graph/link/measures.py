"""Measure lineage: which measures of the levels above a measure it carries out.

Candidate pairs come from graph/link/pairs.py (blocked by region ancestry, with their
features); the link model (graph/link/model.py, trained on hand-judged pairs) gives each
pair a probability. For each child and each parent document, the pairs whose probability
reaches the model's threshold become links, best first, at most `per_document` of them:
IMPLEMENTS, or SIMILAR_TO when the parent was issued after the child (upward diffusion). A link's score is its probability recalibrated on held-out children
(LinkModel.calibrated): the chance that the link is true. The national theme items (六保.1
保居民就业 …) are linked by subject instead, through the topic model (graph/link/topics.py,
method topic).
"""

from __future__ import annotations

import numpy as np

from policy_cascades.graph.link.facts import Facts
from policy_cascades.graph.link.model import LinkModel, link_model, topic_model
from policy_cascades.graph.link.pairs import Candidates, candidate_pairs
from policy_cascades.graph.link.reinvention import reinvention
from policy_cascades.graph.link.text import shared_phrases
from policy_cascades.graph.link.topics import TOPIC_FEATURES, select_topics, theme_items, topic_rows
from policy_cascades.graph.model import Relationship, RelType, Subgraph
from policy_cascades.loaders.gazetteer import gazetteer, themes


def link_measures(graph: Subgraph, declared: dict[str, set[str]],
                  model: LinkModel | None = None, topics: LinkModel | None = None) -> Subgraph:
    """IMPLEMENTS and SIMILAR_TO between measures of different levels."""
    model = model or link_model()
    facts = Facts.of(graph)
    closure = _closure(declared)
    out = Subgraph()
    found = candidates(facts, closure)
    scores = model.probabilities(found.x)
    kept = select(found, scores, model.threshold, model.per_document)
    for i, score in zip(kept, model.calibrated(scores[kept]), strict=True):
        pair = found.pair(int(i))
        _add_link(out, facts, pair.child, pair.parent, float(score), pair.features,
                  method="model")
    link_topics(facts, out, topics or topic_model())
    return out


def candidates(facts: Facts, closure: dict[str, set[str]]) -> Candidates:
    """Every candidate pair, blocked by region ancestry, with its features."""
    places = gazetteer()
    return candidate_pairs(facts, closure, lambda region: places.path(region)[1:])


def select(found: Candidates, scores: np.ndarray, threshold: float,
           per_document: int) -> np.ndarray:
    """Indices of the pairs kept: per child and parent document, those at or above the
    threshold, best first, at most `per_document` of them."""
    keep = np.flatnonzero(scores >= threshold)
    if not len(keep):
        return keep
    doc_of = {i: found.ids[i].split("#", 1)[0] for i in set(found.parent[keep].tolist())}
    names = sorted(set(doc_of.values()))
    number = {name: n for n, name in enumerate(names)}
    parent_doc = np.array([number[doc_of[int(p)]] for p in found.parent[keep]])
    order = np.lexsort((found.parent[keep], -scores[keep], parent_doc, found.child[keep]))
    ranked = keep[order]
    group = np.stack([found.child[ranked], parent_doc[order]], axis=1)
    new_group = np.ones(len(ranked), bool)
    new_group[1:] = np.any(group[1:] != group[:-1], axis=1)
    starts = np.flatnonzero(new_group)
    position = np.arange(len(ranked)) - np.repeat(starts, np.diff(np.append(starts, len(ranked))))
    return np.sort(ranked[position < per_document])


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


def link_topics(facts: Facts, out: Subgraph, model: LinkModel) -> None:
    """Links from measures to the national items of the themes their content lies in."""
    items = theme_items(facts)
    rows = topic_rows(facts)
    scores = model.probabilities(rows.x)
    words = {t.name: (t.name, *t.aliases, *t.keywords) for t in themes()}
    kept = select_topics(rows, scores, model.threshold, model.per_document)
    for i, score in zip(kept, model.calibrated(scores[kept]), strict=True):
        child, theme = rows.child[i], rows.theme[i]
        body = facts.body(child)
        features = {name: float(v) for name, v in zip(TOPIC_FEATURES, rows.x[i], strict=True)}
        for item in items[theme]:
            _add_link(out, facts, child, item, float(score), features, method="topic",
                      evidence=[w for w in words[theme] if w in body])


def _add_link(out: Subgraph, facts: Facts, child_id: str, parent_id: str, score: float,
              features: dict[str, float], method: str, evidence: list[str] | None = None) -> None:
    child, parent = facts.measures[child_id].props, facts.measures[parent_id].props
    later = (parent.get("date") or "") > (child.get("date") or "")
    found = reinvention(child, parent, score, facts.agencies[child_id])
    out.add_rel(Relationship(
        type=RelType.SIMILAR_TO if later else RelType.IMPLEMENTS, start=child_id, end=parent_id,
        props={
            "basis": "inferred", "score": round(score, 3), "method": method,
            "evidence": evidence if evidence is not None else shared_phrases(
                f"{child.get('heading', '')}。{child.get('text', '')}",
                f"{parent.get('heading', '')}。{parent.get('text', '')}"),
            "features": " ".join(f"{k}={v:.2f}" for k, v in sorted(features.items()) if v),
            "child_date": child.get("date"), "parent_date": parent.get("date"),
            "verbatim_share": found.verbatim_share, "similarity": found.similarity,
            "reinvention": found.reinvention, "adds": found.adds,
        }))
