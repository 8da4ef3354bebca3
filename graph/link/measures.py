"""Measure lineage: which measures of the levels above a measure it carries out.

Candidate pairs come from graph/link/pairs.py (blocked by region ancestry, with their
features); the link model (graph/link/model.py, trained on hand-judged pairs) gives each
pair a probability. For each child and each parent document, the pairs whose probability
reaches the model's threshold become links, best first, at most `per_document` of them:
IMPLEMENTS, or SIMILAR_TO when the parent was issued after the child (upward diffusion). A
link's score is its probability recalibrated on held-out children (LinkModel.calibrated): the
chance that the link is true. The national measures (六保.1 保居民就业 …) are linked by subject
instead, through the topic model (graph/link/topics.py, method topic): the pair model never
links into the national documents (pair_model_may_link).

The work is a task per province (`parts`, `link_part`), run wherever graph/tasks.py runs
tasks; the links are those of the corpus linked in one piece.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from policy_cascades.graph.link.facts import Facts
from policy_cascades.graph.link.model import LinkModel, link_model, topic_model
from policy_cascades.graph.link.pairs import (
    Candidates,
    Fitted,
    Spaces,
    candidate_pairs,
)
from policy_cascades.graph.link.reinvention import forget as forget_alignments
from policy_cascades.graph.link.reinvention import reinvention
from policy_cascades.graph.link.restated import SCORE as RESTATED_SCORE
from policy_cascades.graph.link.restated import restated_links
from policy_cascades.graph.link.text import forget as forget_grams
from policy_cascades.graph.link.text import shared_phrases
from policy_cascades.graph.link.topics import TOPIC_FEATURES, select_topics, theme_items, topic_rows
from policy_cascades.graph.model import Relationship, RelType, Subgraph
from policy_cascades.graph.national import SOURCE as NATIONAL
from policy_cascades.graph.tasks import run
from policy_cascades.loaders.gazetteer import gazetteer, themes


def link_measures(graph: Subgraph, declared: dict[str, set[str]],
                  model: LinkModel | None = None, topics: LinkModel | None = None,
                  workers: int = 1, scheduler: str | None = None) -> Subgraph:
    """IMPLEMENTS and SIMILAR_TO between measures of different levels: every province's
    links (province_links) in one subgraph."""
    out = Subgraph()
    for links in province_links(Facts.of(graph), declared, model, topics, workers, scheduler):
        out.merge(links)
    return out


def province_links(facts: Facts, declared: dict[str, set[str]],
                   model: LinkModel | None = None, topics: LinkModel | None = None,
                   workers: int = 1, scheduler: str | None = None) -> Iterator[Subgraph]:
    """The links of each province's measures, a subgraph a province, in the provinces' order.

    A measure's candidate parents are its own region's ancestors', so the children of one
    province (with the national measures as parents) are linked apart from any other's: what
    they need of the whole corpus is its TF-IDF spaces (each measure's rows: Spaces) and how
    generic each national parent is over all children (national_hubs), both computed once
    here from the graph's `facts`. The tasks then run here, in `workers` local processes or
    on the Dask cluster at `scheduler` (graph/tasks.py), and give the same links wherever
    they run, the same as the whole corpus linked in one piece."""
    model = model or link_model()
    topics = topics or topic_model()
    # map, not a loop, so that a province's links are not held while the next is linked
    return map(_subgraph, run(link_part, parts(facts, declared, model, topics), workers,
                              scheduler))


def _subgraph(links: list[Relationship]) -> Subgraph:
    return Subgraph(relationships={rel.key: rel for rel in links})


@dataclass(frozen=True)
class Part:
    """One linking task: a province's measures with the national ones, and what they need of
    the whole corpus."""

    province: str
    facts: Facts
    spaces: Spaces
    hubs: dict[str, float]
    closure: dict[str, set[str]]
    model: LinkModel
    topics: LinkModel


def parts(facts: Facts, declared: dict[str, set[str]], model: LinkModel,
          topics: LinkModel) -> Iterator[Part]:
    """The linking tasks of a graph (its `facts`), each made when asked for: one per province
    that holds local measures (a region the gazetteer does not know is a province of its own;
    no region at all, one more), in the provinces' order."""
    closure = _closure(declared)
    fitted = Fitted(facts)
    national = {m for m, node in facts.measures.items() if node.props.get("source") == NATIONAL}
    members: dict[str, set[str]] = defaultdict(set)
    for node_id in sorted(set(facts.measures) - national):
        members[province(facts.measures[node_id].props.get("region") or "")].add(node_id)
    for name in sorted(members):
        keep = members[name] | national
        index = np.array(sorted(facts.position[m] for m in keep), np.int64)
        docs = {facts.measures[m].props.get("doc_id", "") for m in members[name]}
        spaces = fitted.spaces(index)
        yield Part(name, facts.restricted(keep, spaces.bodies), spaces, fitted.hubs,
                   {d: closure[d] for d in docs if d in closure}, model, topics)


def link_part(part: Part) -> list[Relationship]:
    """One task: the links of a province's children, to parents of their ancestors (a pure
    function of the part, so that it gives the same wherever it runs). The alignment caches
    are emptied at its end: kept, they held about 700 MiB for the rest of a load."""
    facts = part.facts
    found = candidate_pairs(facts, part.closure, ancestors, part.spaces, part.hubs)
    scores = part.model.probabilities(found.x)
    kept = select(found, scores, part.model.threshold, part.model.per_document)
    kept = kept[[pair_model_may_link(facts, found.ids[found.parent[i]]) for i in kept]] if len(kept) else kept
    out = Subgraph()
    try:
        for i, score in zip(kept, part.model.calibrated(scores[kept]), strict=True):
            pair = found.pair(int(i))
            _add_link(out, facts, pair.child, pair.parent, float(score), pair.features,
                      method="model")
        link_topics(facts, out, part.topics)
        link_restated(facts, out)
    finally:
        forget_grams()
        forget_alignments()
    return list(out.relationships.values())


def pair_model_may_link(facts: Facts, parent: str) -> bool:
    """Whether the pair model may link to `parent`: never to a national measure, which is linked
    by subject instead, through the topic model (link_topics). The pair model is fitted on the
    seed's pairs alone; of its links into the national documents from the judged children of
    the real documents of other places (tests/linking/real_judgements.json, out of sample for
    it), 4 of 13 were true in draws 1-17 and 0 of 3 in the eighteenth: a heading echoing the
    national one's words (经济社会发展主要预期目标 and 总体要求和主要预期目标, a framing block and
    the 六保 section) links whatever the child asks for."""
    return facts.measures[parent].props.get("source") != NATIONAL


def province(region: str) -> str:
    """The province-level unit a region lies in ('' for no region, 中国 for the national
    level; a region the gazetteer does not know stands for itself).

    Example:
        >>> province("周村区"), province("东城区"), province(""), province("中国")
        ('山东省', '北京市', '', '中国')
    """
    path = gazetteer().path(region)
    return path[-2] if len(path) > 1 else region


def ancestors(region: str) -> tuple[str, ...]:
    """The regions whose measures a region's measures may carry out, nearest first: its
    parents up to 中国 (for a document of no known region, the national level alone)."""
    return gazetteer().path(region)[1:] if region else ("中国",)


def candidates(facts: Facts, closure: dict[str, set[str]]) -> Candidates:
    """Every candidate pair of the whole corpus in one piece, blocked by region ancestry,
    with its features (what tools/train_linker.py fits the model on)."""
    return candidate_pairs(facts, closure, ancestors)


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
    rows = topic_rows(facts, model.centroids)
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


def link_restated(facts: Facts, out: Subgraph) -> None:
    """Links from measures that restate a target of a national item standing for no theme
    (graph/link/restated.py): no other method links to those items."""
    for child, item, phrase in restated_links(facts):
        _add_link(out, facts, child, item, RESTATED_SCORE, {"restated": 1.0}, method="target",
                  evidence=[phrase])


def _add_link(out: Subgraph, facts: Facts, child_id: str, parent_id: str, score: float,
              features: dict[str, float], method: str, evidence: list[str] | None = None) -> None:
    child, parent = facts.measures[child_id].props, facts.measures[parent_id].props
    later = (parent.get("date") or "") > (child.get("date") or "")
    found = reinvention(child, parent, score, facts.agencies[child_id])
    if evidence is None:
        evidence = shared_phrases(f"{child.get('heading', '')}。{child.get('text', '')}",
                                  f"{parent.get('heading', '')}。{parent.get('text', '')}")
    out.add_rel(Relationship(
        type=RelType.SIMILAR_TO if later else RelType.IMPLEMENTS, start=child_id, end=parent_id,
        props={
            "basis": "inferred", "score": round(score, 3), "method": method,
            # a phrase or an addition is one string object however many links show it (a
            # national corpus has millions of links and far fewer distinct phrases)
            "evidence": [sys.intern(phrase) for phrase in evidence],
            "features": " ".join(f"{k}={v:.2f}" for k, v in sorted(features.items()) if v),
            "child_date": child.get("date"), "parent_date": parent.get("date"),
            "verbatim_share": found.verbatim_share, "similarity": found.similarity,
            "reinvention": found.reinvention, "adds": [sys.intern(add) for add in found.adds],
        }))
