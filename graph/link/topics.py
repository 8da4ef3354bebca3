"""Topical links to the national theme items: a measure whose content lies in one 六保 (or 六稳)
area carries out that area's national item.

The national items of the 六保 and 六稳 (政府工作报告 六保.1 保居民就业, the 2020-04-17 and
2018-07-31 政治局会议 items) name a policy area, not an instrument: a county's 稳岗返还 item
carries out 保居民就业 although the two texts share hardly a word, so text similarity finds
few of these links. Instead each (measure, theme) pair is scored from what the measure says
about the theme: its keywords (themes.json) in the heading and the text, their share among the
family's themes, a heading of the measure or of a section above it that names the theme, the
evidence for the corresponding theme of the other family (稳外贸 for 保产业链供应链稳定), and the
measure's TF-IDF cosine to the nearest national item of the theme. The topic model (graph/link/model.py,
trained by tools/train_linker.py on hand-judged children) turns the row into the chance that
the area is the measure's; above its threshold, the measure links to every national item of
that theme (both 2020 documents for a 六保 area), at most `per_document` themes per family.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

import ahocorasick_rs
import numpy as np

from policy_cascades.graph.link.facts import Facts
from policy_cascades.graph.link.pairs import GENERIC, is_child
from policy_cascades.loaders.gazetteer import Theme, themes

FAMILIES = ("六保", "六稳")
_CLAUSE = re.compile(r"[。；;！!？?]")
TOPIC_FEATURES = ("head_hits", "text_hits", "share", "top", "named_own", "named_above",
                  "above_share", "related_share", "item_cos", "c_section", "c_generic", "liuwen",
                  "parts_hits", "parts_share", "related_named", "clause_share",
                  "clauses")


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


def topic_rows(facts: Facts) -> TopicRows:
    """The (child, theme) rows of every local child measure and every 六保 / 六稳 theme that
    has a national item."""
    items = theme_items(facts)
    family = [t for t in themes() if t.family in FAMILIES and t.name in items]
    children = [m for m in facts.order if is_child(facts, m)]
    row = {node_id: i for i, node_id in enumerate(facts.order)}
    kids = np.array([row[m] for m in children], np.int32)
    cos = np.zeros((len(children), len(family)), np.float32)
    for j, theme in enumerate(family):  # the nearest of the theme's items
        near = facts.vectors.block_rows(kids, np.array([row[i] for i in items[theme.name]], np.int32))
        cos[:, j] = near.max(axis=1) if near.size else 0.0
    related = _related(family)
    parts = _parts(facts, children)
    child_ids: list[str] = []
    names: list[str] = []
    rows: list[list[float]] = []
    for i, node_id in enumerate(children):
        evidence = _Evidence(facts, node_id, family, parts.get(node_id, ""))
        for j, theme in enumerate(family):
            child_ids.append(node_id)
            names.append(theme.name)
            rows.append(evidence.row(theme, related[theme.name], float(cos[i, j])))
    x = np.array(rows, np.float32).reshape(len(rows), len(TOPIC_FEATURES))
    return TopicRows(child_ids, names, x)


def select_topics(rows: TopicRows, scores: np.ndarray, threshold: float,
                  per_family: int) -> list[int]:
    """Row indices kept: at or above the threshold, at most `per_family` best themes of a
    family per child."""
    family = {t.name: t.family for t in themes()}
    kept: dict[tuple[str, str], list[tuple[float, int]]] = defaultdict(list)
    for i in np.flatnonzero(scores >= threshold).tolist():
        kept[(rows.child[i], family[rows.theme[i]])].append((-float(scores[i]), i))
    return sorted(i for group in kept.values() for _, i in sorted(group)[:per_family])


def _parts(facts: Facts, children: list[str]) -> dict[str, str]:
    """The text of everything a section child holds (its items and points), by section."""
    sections = {m for m in children if facts.measures[m].props.get("kind") == "section"}
    held: dict[str, list[str]] = defaultdict(list)
    for node_id in facts.order:
        for container in facts.containers[node_id]:
            if container in sections:
                props = facts.measures[node_id].props
                held[container].append(f"{props.get('heading', '')}。{props.get('text', '')}")
    return {m: "".join(texts) for m, texts in held.items()}


def _related(family: list[Theme]) -> dict[str, set[str]]:
    """Theme -> the themes of the other family it corresponds to (themes.json), both ways."""
    out: dict[str, set[str]] = defaultdict(set)
    for theme in family:
        for target in theme.corresponds_to:
            out[theme.name].add(target)
            out[target].add(theme.name)
    return out


class _Evidence:
    """What one measure says about each theme: keyword hits and who names the theme."""

    def __init__(self, facts: Facts, node_id: str, family: list[Theme], parts: str) -> None:
        props = facts.measures[node_id].props
        heading = str(props.get("heading", ""))
        body = facts.body(node_id)
        above = [str(facts.measures[c].props.get("heading", "")) for c in facts.containers[node_id]]
        self.head = _hits(heading, family)
        self.text = _hits(body, family)
        self.weight = {t.name: 2 * self.head[t.name] + self.text[t.name] for t in family}
        self.share = _shares(self.weight, family)
        nearest = above[0] if above else ""
        self.above_share = _shares(_hits(nearest, family), family)
        self.named_own = facts.explicit_own[node_id]
        self.named_above = set().union(*(facts.explicit_own[c] for c in facts.containers[node_id]))
        self.section = float(props.get("kind") == "section")
        self.generic = float(bool(GENERIC.search(heading)))
        self.family = {t.name: t.family for t in family}
        self.parts = _hits(parts, family) if parts else dict.fromkeys(self.family, 0)
        self.parts_share = _shares(self.parts, family)
        self.clause_share = dict.fromkeys(self.family, 0.0)
        self.clauses = dict.fromkeys(self.family, 0)
        for hits in _clause_hits(body, family):
            for name, share in _shares(hits, family).items():
                self.clause_share[name] = max(self.clause_share[name], share)
                self.clauses[name] += hits[name] > 0

    def row(self, theme: Theme, related: set[str], item_cos: float) -> list[float]:
        name = theme.name
        in_family = [w for t, w in self.weight.items() if self.family[t] == theme.family]
        return [
            1 - math.exp(-self.head[name] / 2),
            1 - math.exp(-self.text[name] / 3),
            self.share[name],
            float(self.weight[name] > 0 and self.weight[name] == max(in_family)),
            float(name in self.named_own),
            float(name in self.named_above),
            self.above_share[name],
            max((self.share[r] for r in related if r in self.share), default=0.0),
            item_cos,
            self.section,
            self.generic,
            float(theme.family == "六稳"),
            1 - math.exp(-self.parts[name] / 5),
            self.parts_share[name],
            float(any(self.head.get(r, 0) > 0 or r in self.named_own or r in self.named_above
                      for r in related)),
            self.clause_share[name],
            1 - math.exp(-self.clauses[name] / 2),
        ]


def _hits(text: str, family: list[Theme]) -> dict[str, int]:
    """Each theme's evidence in a text: its keywords once, its name or an alias twice."""
    automaton, weights = _words()
    hits = dict.fromkeys((t.name for t in family), 0)
    for index, _, _ in automaton.find_matches_as_indexes(text, overlapping=True):
        for name, weight in weights[index]:
            if name in hits:
                hits[name] += weight
    return hits


def _clause_hits(text: str, family: list[Theme]) -> list[dict[str, int]]:
    """`_hits` of each clause of a text (split at 。；！？) that has any, from one scan."""
    automaton, weights = _words()
    ends = [m.start() for m in _CLAUSE.finditer(text)]
    out: dict[int, dict[str, int]] = {}
    for index, start, _ in automaton.find_matches_as_indexes(text, overlapping=True):
        clause = bisect.bisect_right(ends, start)
        for name, weight in weights[index]:
            hits = out.get(clause)
            if hits is None:
                hits = out[clause] = dict.fromkeys((t.name for t in family), 0)
            if name in hits:
                hits[name] += weight
    return list(out.values())


@cache
def _words() -> tuple[ahocorasick_rs.AhoCorasick, list[list[tuple[str, int]]]]:
    """One automaton over every theme's keywords, names and aliases, and what each word counts
    for (a word can be a keyword of one theme and the name of another)."""
    weight: dict[str, dict[str, int]] = defaultdict(dict)
    for theme in themes():
        for word in theme.keywords:
            weight[word][theme.name] = max(weight[word].get(theme.name, 0), 1)
        for word in (theme.name, *theme.aliases):
            weight[word][theme.name] = 2
    words = sorted(weight)
    automaton = ahocorasick_rs.AhoCorasick(words, matchkind=ahocorasick_rs.MatchKind.Standard)
    return automaton, [sorted(weight[w].items()) for w in words]


def _shares(weights: Mapping[str, float], family: list[Theme]) -> dict[str, float]:
    """Each theme's weight over the total of its family's weights (0 when none)."""
    total: dict[str, float] = defaultdict(float)
    for theme in family:
        total[theme.family] += weights[theme.name]
    return {t.name: weights[t.name] / total[t.family] if total[t.family] else 0.0 for t in family}
