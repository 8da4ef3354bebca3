"""Links by a restated target: a local measure that sets a figure for an indicator a national
item sets (城镇新增就业 6万人, 城镇登记失业率控制在3.7%以内, against 国发〔2020〕6号 一.(一).2's
城镇新增就业900万人以上 …) carries that item out, whatever else it shares with it.

Only the national items that stand for no theme are linked so (the theme items, 六保.1 保居民就业
…, are linked by subject: graph/link/topics.py). A target (graph/data/national.json's `targets`)
gives an indicator, its words before its figure (four characters at least), and the figure's
unit (人, %); a measure restates it when its own heading or text (read in simplified script; not
the points it holds, which are measures of their own) names the indicator and, in the same
clause soon after, a figure in that unit (so not 2021年度, 每月1次, 1000元). Every such link has
one score, SCORE: the share of these links that were true among the judged children of the
draws the models are trained on (tests/linking/real_judgements.json, tools/train_linker.REAL_DRAWS),
so that it reads as the other links' calibrated scores do.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from policy_cascades.graph.link.facts import Facts
from policy_cascades.graph.link.pairs import is_child
from policy_cascades.graph.link.script import simplified
from policy_cascades.graph.national import SOURCE as NATIONAL

# Measured on the judged children of draws 1–32 (in sample): 13 of 15 links true (BENCHMARKS,
# "Restated targets"); rounded down.
SCORE = 0.85
_TARGET = re.compile(r"^([^\d\W]{4,}?)\d+(?:\.\d+)?\s*(?:万|亿)?\s*(%|％|[^\d\W])")  # words, figure, unit
_CLAUSE_GAP = r"[^。；;！？]{0,15}?"  # the rest of the clause before the figure, briefly
_FIGURE = r"(?<![\d.第])\d+(?:\.\d+)?\s*(?:万|亿)?\s*"


def indicator(target: str) -> tuple[str, str] | None:
    """The indicator a target sets a figure for and the figure's unit: its words before the
    figure, when they are four characters or more, and the first character after it (a
    magnitude, 万 or 亿, passed over).

    Example:
        >>> indicator("城镇新增就业900万人以上"), indicator("城镇调查失业率6%左右"), indicator("发行1万亿元抗疫特别国债")
        (('城镇新增就业', '人'), ('城镇调查失业率', '%'), None)
    """
    found = _TARGET.match(target)
    return (found.group(1), "%" if found.group(2) in "%％" else found.group(2)) if found else None


def _restating(words: set[tuple[str, str]]) -> re.Pattern[str]:
    """What a measure's text restating one of the indicators matches; group 1 is the indicator."""
    units = {"%": "[%％]"}
    return re.compile("|".join(f"({re.escape(w)}){_CLAUSE_GAP}{_FIGURE}{units.get(u, re.escape(u))}"
                               for w, u in sorted(words)))


def restated_items(facts: Facts) -> dict[str, re.Pattern[str]]:
    """National item id -> what a measure restating one of its indicators matches: the national
    items that stand for no theme and set targets."""
    out = {}
    for node_id, node in sorted(facts.measures.items()):
        props = node.props
        if props.get("source") != NATIONAL or facts.is_theme_item(node_id):
            continue
        words = {w for t in props.get("targets") or () if (w := indicator(str(t)))}
        if words:
            out[node_id] = _restating(words)
    return out


def restated_links(facts: Facts) -> Iterator[tuple[str, str, str]]:
    """(child, national item, the indicator it restates with a figure) for every local measure
    that restates a target of a national item that stands for no theme."""
    items = restated_items(facts)
    if not items:
        return
    for child in facts.order:
        if not is_child(facts, child):
            continue
        props = facts.measures[child].props
        own = simplified(f"{props.get('heading', '')}。{props.get('text', '')}")
        for item, pattern in items.items():
            found = pattern.search(own)
            if found:
                yield child, item, next(g for g in found.groups() if g)
