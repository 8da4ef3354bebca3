"""Links by a restated target: a local measure that sets a figure for an indicator a national
item sets (城镇新增就业 6万人, 城镇登记失业率控制在3.7%以内, against 国发〔2020〕6号 一.(一).2's
城镇新增就业900万人以上 …) carries that item out, whatever else it shares with it.

Only the national items that stand for no theme are linked so (the theme items, 六保.1 保居民就业
…, are linked by subject: graph/link/topics.py). An indicator is a target's words before its
figure (graph/data/national.json's `targets`), four characters at least; a measure restates it
when its heading, text or points (read in simplified script) name it and a figure follows in the same
clause. Every such link has one score, SCORE: the share of these links that were true among the
judged children of the draws the models are trained on (tests/linking/real_judgements.json,
tools/train_linker.REAL_DRAWS), so that it reads as the other links' calibrated scores do.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from policy_cascades.graph.link.facts import Facts
from policy_cascades.graph.link.pairs import is_child
from policy_cascades.graph.national import SOURCE as NATIONAL

# Measured on the judged children of draws 1–32 (in sample): 13 of 15 links true (BENCHMARKS,
# "Restated targets"); rounded down.
SCORE = 0.85
_FIGURE_AFTER = r"[^。；;！？]{0,15}?\d"  # a figure in the same clause, soon after the indicator
_INDICATOR = re.compile(r"^[^\d\W]{4,}?(?=\d)")  # a target's words before its figure


def indicator(target: str) -> str | None:
    """The indicator a target sets a figure for: its words before the figure, when they are four
    characters or more.

    Example:
        >>> indicator("城镇新增就业900万人以上"), indicator("城镇调查失业率6%左右"), indicator("发行1万亿元抗疫特别国债")
        ('城镇新增就业', '城镇调查失业率', None)
    """
    found = _INDICATOR.match(target)
    return found.group(0) if found else None


def restated_items(facts: Facts) -> dict[str, re.Pattern[str]]:
    """National item id -> what a measure restating one of its indicators matches: the national
    items that stand for no theme and set targets."""
    out = {}
    for node_id, node in sorted(facts.measures.items()):
        props = node.props
        if props.get("source") != NATIONAL or facts.is_theme_item(node_id):
            continue
        words = sorted({w for t in props.get("targets") or () if (w := indicator(str(t)))})
        if words:
            out[node_id] = re.compile(f"({'|'.join(map(re.escape, words))}){_FIGURE_AFTER}")
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
        body = facts.body(child)
        for item, pattern in items.items():
            found = pattern.search(body)
            if found:
                yield child, item, found.group(1)
