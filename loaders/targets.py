"""Quantitative targets and deadlines, kept verbatim with their numbers parsed."""

from __future__ import annotations

import re

from policy_cascades.loaders.records import Target
from policy_cascades.loaders.text import half_width_digits

_CLAUSE = re.compile(r"[^。；;，,]+")
# The words a counted quantity ends with (50个, 3.5万人次, 6800个学位), longest first; one list
# for targets and for an item number glued to a quantity (outline: 2.50个小区 is item 2).
COUNT_WORDS = ("人次|人|户|家|个|元|%|％|亩|吨|千瓦|平方米|公里|千米|米|项|所|座|辆|套|次|天|条|名|台|倍|场|"
               "批|间|张")
MAGNITUDES = "万|亿|千|百"
_QUANTITY = re.compile(rf"(?<![\d.])(\d+(?:\.\d+)?)\s*(万|亿)?\s*({COUNT_WORDS})")  # (from a number's start: linear)
_TARGET_WORD = re.compile(r"(目标|达到|不低于|不少于|以上|以内|控制在|完成|新增|力争|确保|超过|提高到|增长)")
_DEADLINE = re.compile(
    r"((?:20\d{2}\s*年\s*底|(?:20\d{2}\s*年\s*)?\d{1,2}\s*月\s*(?:\d{1,2}\s*日|底|中旬|上旬|下旬)|年底|年内)"
    r"(?:前|之前)?)"
)
_SCALE = {"万": 1e4, "亿": 1e8}


def find_targets(text: str, line: int) -> list[Target]:
    """Clauses that set a number to reach.

    Example:
        >>> find_targets("城镇新增就业。最低目标：6万人；中间目标：6.5万人", 29)[0].value
        60000.0
    """
    out = []
    for clause in _CLAUSE.findall(half_width_digits(text)):
        quantity = _QUANTITY.search(clause)
        if not quantity or not _TARGET_WORD.search(clause):
            continue
        value = float(quantity.group(1)) * _SCALE.get(quantity.group(2) or "", 1)
        unit = "%" if quantity.group(3) in "%％" else quantity.group(3)
        out.append(Target(text=clause.strip(), value=value, unit=unit, line=line))
    return out


def find_deadline(text: str) -> str | None:
    """The first deadline an item sets: 2020年12月底前, 6月底前, 年底前."""
    for m in _DEADLINE.finditer(half_width_digits(text)):
        phrase = re.sub(r"\s+", "", m.group(1))
        if phrase.endswith(("前", "底", "年内")):
            return phrase
    return None
