"""Topical links to the national theme items: a measure whose content lies in one 六保 (or 六稳)
area carries out that area's national item.

The national items of the 六保 and 六稳 (政府工作报告 六保.1 保居民就业, the 2020-04-17 and
2018-07-31 政治局会议 items) name a policy area, not an instrument: a county's 稳岗返还 item
carries out 保居民就业 although the two texts share hardly a word, so text similarity finds
few of these links. Instead each (measure, theme) pair is scored from what the measure says
about the theme: its keywords (themes.json) in the heading and the text, their share among the
family's themes, a heading of the measure or of a section above it that names the theme, the
evidence for the corresponding theme of the other family (稳外贸 for 保产业链供应链稳定; once for
every theme and once more for the 六保 theme it is, since what it is worth differs by theme), the
measure's TF-IDF cosine to the nearest national item of the theme, for a section the keywords
of the items and points it holds (a heading such as 切实抓好农业稳产保供 names no keyword), and
the theme's best share in one clause (split at 。；！？) and how many clauses name it (one
clause of an omnibus item: 稳岗返还 inside a tax item). The topic model (graph/link/model.py,
trained by tools/train_linker.py on hand-judged children) turns the row into the chance that
the area is the measure's; above its threshold, the measure links to every national item of
that theme (both 2020 documents for a 六保 area), at most `per_document` themes per family.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from policy_cascades.graph.link.centroids import Centroids
from policy_cascades.graph.link.facts import Facts
from policy_cascades.graph.link.keywords import Keywords
from policy_cascades.graph.link.pairs import GENERIC, is_child
from policy_cascades.graph.link.script import simplified
from policy_cascades.loaders.gazetteer import Theme, themes

FAMILIES = ("六保", "六稳")


# A heading about pollution control (大气污染, 扬尘, 黑臭水体, 土壤污染 …) counts with the generic ones
# (c_generic): environment is no national theme item's subject (the judging rules of
# tests/linking/real_judgements.json), though its plans share their words (项目, 企业, 投资).
# Measured by cross-validation over draws 1-17 before it was adopted (BENCHMARKS, "An eighteenth draw").
_POLLUTION = re.compile("污染|扬尘|黑臭|排放|减排|蓝天|碧水|净土|大气|水质|土壤|秸秆|散煤|VOCs|臭氧|PM2")


def _related_columns() -> tuple[str, ...]:
    """One more related_share column for each theme another theme grew into (a 六保 item that
    a 六稳 one corresponds_to in themes.json): what the older family's evidence is worth differs
    by theme (a 稳外贸 measure is a 保产业链供应链稳定 one by the judging rule, a 稳金融 one is
    seldom 保市场主体), so the model weighs it theme by theme. Not the other way: a 保产业链
    heading says nothing about whether a measure is 稳外贸 or 稳外资."""
    family = [t for t in themes() if t.family in FAMILIES]
    targets = {r for t in family for r in t.corresponds_to}
    return tuple(f"related_share:{t.name}" for t in family if t.name in targets)


TOPIC_FEATURES = ("head_hits", "text_hits", "share", "top", "named_own", "named_above",
                  "above_share", "related_share", "item_cos", "c_section", "c_generic", "liuwen",
                  "parts_hits", "parts_share", "related_named", "clause_share",
                  "clauses", *_related_columns(), "learned", "learned_share")


@dataclass(frozen=True)
class TopicRows:
    """One row per (child measure, theme): measure ids, theme names, and the feature matrix."""

    child: list[str]
    theme: list[str]
    x: np.ndarray  # float32, (rows, len(TOPIC_FEATURES))


def theme_items(facts: Facts) -> dict[str, list[str]]:
    """Theme name -> the national items that stand for it (an item whose heading is the name)."""
    items: dict[str, list[str]] = defaultdict(list)
    for node_id, node in sorted(facts.measures.items()):
        if facts.is_theme_item(node_id):
            items[str(node.props["heading"])].append(node_id)
    return dict(items)


def topic_rows(facts: Facts, centroids: Centroids | None = None) -> TopicRows:
    """The (child, theme) rows of every local child measure and every 六保 / 六稳 theme that
    has a national item, child by child (the themes in `family` order within a child). The
    learned columns come from `centroids` (graph/link/centroids.py; 0 without).

    Every feature is a (children x themes) array: keyword hits come from one automaton scan per
    text, as a sparse (texts x words) count matrix times the (words x themes) weights."""
    items = theme_items(facts)
    family = [t for t in themes() if t.family in FAMILIES and t.name in items]
    children = [m for m in facts.order if is_child(facts, m)]
    n, k = len(children), len(family)
    if not n or not k:
        return TopicRows([], [], np.zeros((0, len(TOPIC_FEATURES)), np.float32))
    row = {node_id: i for i, node_id in enumerate(facts.order)}
    kids = np.array([row[m] for m in children], np.int32)
    cos = np.zeros((n, k), np.float32)
    for j, theme in enumerate(family):  # the nearest of the theme's items
        near = facts.vectors.block_rows(kids, np.array([row[i] for i in items[theme.name]], np.int32))
        cos[:, j] = near.max(axis=1) if near.size else 0.0
    words = Keywords(family, [FAMILIES.index(t.family) for t in family])
    props = [facts.measures[m].props for m in children]
    headings = [facts.heading(m) for m in children]
    head = words.hits(headings)
    bodies = [facts.body(m) for m in children]
    text = words.hits(bodies)
    weight = 2 * head + text
    share = words.shares(weight)
    nearest = [facts.containers[m][0] if facts.containers[m] else None for m in children]
    above_share = words.shares(words.hits(
        [facts.heading(c) if c else "" for c in nearest]))
    index = {t.name: j for j, t in enumerate(family)}
    named_own = _named(facts, [[m] for m in children], index)
    named_above = _named(facts, [facts.containers[m] for m in children], index)
    parts = _parts(facts, children, words)
    clause_share, clauses = words.clauses(bodies)
    related = _related(family)
    related_share = np.zeros((n, k), np.float32)
    related_named = np.zeros((n, k), bool)
    named = (head > 0) | (named_own > 0) | (named_above > 0)
    for j, theme in enumerate(family):
        others = [index[r] for r in related[theme.name] if r in index]
        if others:
            related_share[:, j] = share[:, others].max(axis=1)
            related_named[:, j] = named[:, others].any(axis=1)
    same_family = words.family[None, :] == words.family[:, None]  # themes x themes
    family_best = np.where(same_family[None, :, :], weight[:, None, :], 0).max(axis=2)
    section = np.array([p.get("kind") == "section" for p in props], np.float32)
    generic = np.array([bool(GENERIC.search(h) or _POLLUTION.search(h)) for h in headings], np.float32)
    columns = {
        "head_hits": 1 - np.exp(-head / 2), "text_hits": 1 - np.exp(-text / 3), "share": share,
        "top": (weight > 0) & (weight == family_best), "named_own": named_own,
        "named_above": named_above, "above_share": above_share, "related_share": related_share,
        "item_cos": cos, "c_section": np.repeat(section[:, None], k, axis=1),
        "c_generic": np.repeat(generic[:, None], k, axis=1),
        "liuwen": np.repeat(np.array([[t.family == "六稳" for t in family]]), n, axis=0),
        "parts_hits": 1 - np.exp(-parts / 5), "parts_share": words.shares(parts),
        "related_named": related_named, "clause_share": clause_share,
        "clauses": 1 - np.exp(-clauses / 2),
    }
    for j, theme in enumerate(family):  # the other family's evidence, theme by theme
        name = f"related_share:{theme.name}"
        if name in TOPIC_FEATURES:
            columns[name] = np.zeros((n, k), np.float32)
            columns[name][:, j] = related_share[:, j]
    columns["learned"], columns["learned_share"] = learned(
        centroids, bodies, [t.name for t in family])
    for name in TOPIC_FEATURES:
        columns.setdefault(name, np.zeros((n, k), np.float32))
    x = np.stack([np.asarray(columns[name], np.float32) for name in TOPIC_FEATURES], axis=2)
    return TopicRows([m for m in children for _ in range(k)], [t.name for t in family] * n,
                     x.reshape(n * k, len(TOPIC_FEATURES)))


def learned(centroids: Centroids | None, texts: list[str],
            family: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(texts x themes of `family`) twice: the learned evidence for each theme (log of 1 + 10
    times the summed centroid weights the text has) and its share among the themes of its
    family (六保 or 六稳)."""
    out = np.zeros((len(texts), len(family)), np.float32)
    if centroids is not None:
        scores = centroids.scores(texts)
        index = {name: j for j, name in enumerate(centroids.themes)}
        for j, name in enumerate(family):
            if name in index:
                out[:, j] = scores[:, index[name]]
    group = {t.name: t.family for t in themes()}
    share = np.zeros_like(out)
    for f in FAMILIES:
        mine = np.array([group.get(name) == f for name in family], bool)
        total = out[:, mine].sum(axis=1, keepdims=True)
        share[:, mine] = np.divide(out[:, mine], total, out=np.zeros_like(out[:, mine]), where=total > 0)
    return np.log1p(10 * out), share


def select_topics(rows: TopicRows, scores: np.ndarray, threshold: float,
                  per_family: int) -> list[int]:
    """Row indices kept: at or above the threshold, at most `per_family` best themes of a
    family per child."""
    family = {t.name: t.family for t in themes()}
    kept: dict[tuple[str, str], list[tuple[float, int]]] = defaultdict(list)
    for i in np.flatnonzero(scores >= threshold).tolist():
        kept[(rows.child[i], family[rows.theme[i]])].append((-float(scores[i]), i))
    return sorted(i for group in kept.values() for _, i in sorted(group)[:per_family])


def _parts(facts: Facts, children: list[str], words: Keywords) -> np.ndarray:
    """Per child, the keyword hits of everything it holds (items and points under a section;
    0 for others): each measure's own heading and text, summed into its section children."""
    position = {m: i for i, m in enumerate(children) if facts.measures[m].props.get("kind") == "section"}
    held = [(position[c], m) for m in facts.order for c in facts.containers[m] if c in position]
    out = np.zeros((len(children), len(words.family)), np.float32)
    if held:
        own = words.hits([simplified(f"{facts.measures[m].props.get('heading', '')}。"
                                     f"{facts.measures[m].props.get('text', '')}") for _, m in held])
        np.add.at(out, np.array([i for i, _ in held]), own)
    return out


def _named(facts: Facts, groups: list[list[str]], index: dict[str, int]) -> np.ndarray:
    """Per group of measures: 1 for each theme that one of them names in its own heading."""
    out = np.zeros((len(groups), len(index)), np.float32)
    for i, group in enumerate(groups):
        for m in group:
            for name in facts.explicit_own[m]:
                if name in index:
                    out[i, index[name]] = 1.0
    return out


def _related(family: list[Theme]) -> dict[str, set[str]]:
    """Theme -> the themes of the other family it corresponds to (themes.json), both ways."""
    out: dict[str, set[str]] = defaultdict(set)
    for theme in family:
        for target in theme.corresponds_to:
            out[theme.name].add(target)
            out[target].add(theme.name)
    return out
